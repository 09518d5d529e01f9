"""Test media made the way hospitals and patients make them: dcmtk DICOMDIR discs, compressed
copies, zips (including hostile ones). PDFs and photos come from testdata.documents.

Uses the real dcmtk tools (dcmmkdir, dcmcjpeg, dcmcjpls, pdf2dcm); ``needs`` gives a skip
marker naming the tool when it is not installed (pytest is imported for it). Thread-safety:
functions only.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

from testdata.dicom import ct_series


def needs(*tools: str):
    missing = [t for t in tools if shutil.which(t) is None]
    return pytest.mark.skipif(
        bool(missing), reason=f"dcmtk tool(s) not installed: {', '.join(missing)}"
    )


def run(*args: str | Path, cwd: Path | None = None) -> None:
    subprocess.run([str(a) for a in args], check=True, cwd=cwd, capture_output=True, timeout=120)


def dicomdir_disc(disc: Path, files: list[Path], folder: str = "DICOM/ST000001") -> list[Path]:
    """A disc image: the files copied to 8.3 upper-case names, then `dcmmkdir --recurse`."""
    target = disc.joinpath(*folder.split("/"))
    target.mkdir(parents=True, exist_ok=True)
    copies = []
    for n, source in enumerate(files, 1):
        copy = target / f"IM{n:06d}"
        shutil.copyfile(source, copy)
        copies.append(copy)
    top = folder.split("/")[0]
    # -Nxc: hospital discs carry compressed images too; the default profile would refuse them.
    run("dcmmkdir", "--recurse", "-Nxc", "--output-file", "DICOMDIR", top, cwd=disc)
    return copies


def as_linux_mount(disc: Path, extension: str = "") -> None:
    """Rename everything on the disc to lower case (+ an extension), as some mounts show it."""
    for path in sorted(disc.rglob("*"), key=lambda p: -len(p.parts)):
        if path.name == "DICOMDIR":
            continue
        new_name = path.name.lower() + (extension if path.is_file() else "")
        path.rename(path.with_name(new_name))


def compressed(
    source: Path, target: Path, tool: str, *, process: tuple[str, ...] = ("+e1",)
) -> Path:
    """A compressed copy (dcmcjpeg: JPEG lossless SV1, or the JPEG ``process`` given as
    dcmcjpeg options, e.g. ("+ee", "+un") for 12-bit extended keeping the UID; dcmcjpls:
    JPEG-LS lossless); the SOP instance UID stays the same for lossless compression, as on a
    PACS that stores the same image compressed."""
    args = list(process) if tool == "dcmcjpeg" else []
    run(tool, *args, source, target)
    return target


def zip_of(target: Path, folder: Path, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def disc_with_zip(disc: Path, slices: int, zipped: int, size: int = 32) -> Path:
    """A disc with a CT series of ``slices`` in a folder and ``zipped`` slices of a second
    series in ``more.zip`` beside it (stored, as a clinic's zip tool would)."""
    ct_series(disc / "CT", slices, size=size)
    with tempfile.TemporaryDirectory() as loose_dir:
        loose = ct_series(Path(loose_dir), zipped, size=size, series_number=2, start=100)
        with zipfile.ZipFile(disc / "more.zip", "w") as archive:
            for path in loose:
                archive.write(path, path.name)
    return disc


def zip_with_members(target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def zip_bomb(target: Path, member_bytes: int = 64 * 1024 * 1024) -> Path:
    """One member of zeros that deflates more than a thousandfold."""
    zeros = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("scan.dcm", "w", force_zip64=True) as member,
    ):
        for _ in range(member_bytes // len(zeros)):
            member.write(zeros)
    return target
