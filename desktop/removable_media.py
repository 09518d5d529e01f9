"""Mounted removable media (CD/DVD, USB sticks, memory cards) and whether they hold a DICOMDIR.

Linux: /proc/mounts entries of a /dev device mounted under /media, /run/media or /mnt, or
whose device sysfs marks removable, or whose filesystem is one that discs and sticks use
(iso9660, udf, vfat, exfat). Windows: drive letters whose GetDriveTypeW is removable or
CD-ROM. macOS: /Volumes except the start-up disk. Plain Python, no Qt, so it runs on a
worker thread: looking for a DICOMDIR can spin up a sleeping CD drive for seconds.
Thread-safety: pure functions; call from any thread.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

MEDIA_ROOTS = ("/media/", "/run/media/", "/mnt/")
MEDIA_FILESYSTEMS = {"iso9660", "udf", "vfat", "exfat", "msdos"}
OPTICAL_FILESYSTEMS = {"iso9660", "udf"}
# DICOMDIR is normally at the root; some burners put the study in one sub-folder.
DICOMDIR_DEPTH = 1

DRIVE_REMOVABLE = 2
DRIVE_CDROM = 5


@dataclass(frozen=True)
class Medium:
    path: Path  # where it is mounted
    label: str  # volume name as the system shows it (may be empty)
    optical: bool  # a CD or DVD (slow to read)
    dicomdir: Path | None  # the DICOMDIR found on it, if any


def find_dicomdir(root: Path, depth: int = DICOMDIR_DEPTH) -> Path | None:
    """The DICOMDIR at ``root`` or up to ``depth`` folders below, matched case-insensitively.

    Linux mounts CDs with lower-case names, and some burners add an extension (DICOMDIR.).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return None
    for entry in entries:
        if entry.name.lower().rstrip(".") == "dicomdir":
            try:
                if entry.is_file():
                    return Path(entry.path)
            except OSError:
                continue
    if depth > 0:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir and not entry.name.startswith("."):
                found = find_dicomdir(Path(entry.path), depth - 1)
                if found is not None:
                    return found
    return None


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes.
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _sysfs_removable(device: str, sys_root: Path) -> bool:
    """True when sysfs says the block device (or the disk a partition belongs to) is removable."""
    if not device.startswith("/dev/"):
        return False
    name = Path(os.path.realpath(device)).name if os.path.exists(device) else Path(device).name
    block = sys_root / "class" / "block" / name
    # A partition (sdb1) has no removable flag of its own; its disk (sdb) is its parent.
    for candidate in (block / "removable", block.resolve().parent / "removable"):
        try:
            if candidate.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def linux_mounts(mounts_text: str, sys_root: Path = Path("/sys")) -> list[tuple[Path, str, bool]]:
    """(mount point, filesystem, optical) of the removable-looking entries in /proc/mounts."""
    found: list[tuple[Path, str, bool]] = []
    seen: set[str] = set()
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, mount_point, fs_type = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        if mount_point in seen:
            continue
        under_media = mount_point.startswith(MEDIA_ROOTS)
        if not (under_media or fs_type in MEDIA_FILESYSTEMS or _sysfs_removable(device, sys_root)):
            continue
        if not device.startswith("/dev/"):
            continue  # bind mounts, network shares and virtual filesystems are no disc or stick
        if mount_point in ("/", "/boot", "/boot/efi") or mount_point.startswith("/boot/"):
            continue
        seen.add(mount_point)
        found.append((Path(mount_point), fs_type, fs_type in OPTICAL_FILESYSTEMS))
    return found


def _windows_drives() -> list[tuple[Path, str, bool]]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index in range(26):
        if not mask & (1 << index):
            continue
        root = f"{chr(ord('A') + index)}:\\"
        kind = kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
        if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
            drives.append((Path(root), "", kind == DRIVE_CDROM))
    return drives


def _mac_volumes(volumes: Path = Path("/Volumes")) -> list[tuple[Path, str, bool]]:
    found = []
    try:
        entries = sorted(volumes.iterdir())
    except OSError:
        return []
    for entry in entries:
        # The start-up disk appears in /Volumes as a link to /.
        if entry.is_symlink() and os.path.realpath(entry) == "/":
            continue
        if entry.is_dir():
            found.append((entry, "", False))
    return found


def _label(path: Path) -> str:
    return path.name or str(path)


def list_media(
    *, mounts_file: Path = Path("/proc/mounts"), sys_root: Path = Path("/sys")
) -> list[Medium]:
    """Mounted removable media, those holding a DICOMDIR first; never raises for a bad drive."""
    if sys.platform == "win32":
        candidates = _windows_drives()
    elif sys.platform == "darwin":
        candidates = _mac_volumes()
    else:
        try:
            text = mounts_file.read_text(errors="replace")
        except OSError:
            text = ""
        candidates = linux_mounts(text, sys_root)
    media = [
        Medium(path, _label(path), optical, find_dicomdir(path))
        for path, _fs, optical in candidates
    ]
    media.sort(key=lambda m: (m.dicomdir is None, str(m.path)))
    return media
