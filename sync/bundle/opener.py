"""Opening a verified bundle into a folder: every file decrypted to a hidden temporary name and
renamed only when complete, and on any failure everything written so far removed, so no
partial plaintext is ever left behind (pyrage writes plaintext before it detects tampering).
Thread-safety: pure functions over files.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import threading
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyrage

from foundation.cancel import check
from foundation.hashing_io import CHUNK, HashingWriter
from sync.bundle.verify import Report, verify_bundle
from sync.protocol import CipherFile

_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


class BundleInvalid(Exception):
    """The bundle failed verification; ``report.problems`` says how."""

    def __init__(self, report: Report) -> None:
        super().__init__(", ".join(p.code for p in report.problems))
        self.report = report


def safe_name(file_id: str, name: str) -> str:
    base = _UNSAFE.sub("_", Path(name).name).strip(" .") or "file"
    return f"{file_id}-{base}"[:150]


def open_bundle(
    folder: Path,
    identity: pyrage.x25519.Identity,
    target: Path,
    *,
    cancel: threading.Event | None = None,
    cipher_files: Sequence[CipherFile] | None = None,
) -> Report:
    """Verify, then decrypt into ``target`` (made here; must not exist or be empty).
    ``cipher_files``: the ciphertext of a re-encrypted copy (``verify_bundle``)."""
    report = verify_bundle(folder, identity, cipher_files=cipher_files)
    envelope = report.envelope
    if not report.ok or report.manifest is None or envelope is None:
        raise BundleInvalid(report)
    work = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.partial"
    work.mkdir(mode=0o700, parents=True)
    try:
        for entry in report.manifest["files"]:
            check(cancel, "open")
            out_path = work / safe_name(entry["file_id"], entry["name"])
            listed = envelope.file(entry["file_id"])
            if listed is None:  # verify_bundle reports this, so it cannot be ok
                raise BundleInvalid(report)
            source = folder / listed.name
            _decrypt_checked(source, identity, out_path, entry)
        manifest_out = work / "manifest.json"
        manifest_out.write_text(
            json.dumps(report.manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        if target.exists():
            target.rmdir()
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return report


def _decrypt_checked(
    source: Path, identity: pyrage.x25519.Identity, out_path: Path, entry: dict[str, Any]
) -> None:
    fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        writer = HashingWriter(out)
        try:
            with open(source, "rb") as fh:
                # pyrage writes to any object with write(); its stubs ask for BufferedIOBase.
                pyrage.decrypt_io(
                    io.BufferedReader(fh, CHUNK),
                    writer,  # type: ignore[arg-type]
                    [identity],
                )
        except pyrage.DecryptError as exc:
            raise (writer.error or exc) from exc
    if writer.hexdigest() != entry["sha256_plain"]:
        with contextlib.suppress(FileNotFoundError):
            out_path.unlink()
        raise ValueError("plaintext hash differs from the manifest")
