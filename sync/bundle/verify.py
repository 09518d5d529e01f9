"""Checking a bundle: the envelope first (anyone can), then with an identity everything.

Without an identity: envelope.json readable and of a known format, its Ed25519 signature by the
key it names, the device id derived from that key, every listed file present with its size and
ciphertext hash, nothing extra. With an identity: the manifest decrypts, its inner signature
holds, its ids and ciphertext hashes agree with the envelope, and every file decrypts to the
plaintext hash the manifest states (decrypted into a hash, never to disk). Every problem found
is reported, not just the first.

A specialist's copy of a bundle is re-encrypted to its key by the service, so its ciphertext
differs from what the clinic's envelope lists: ``cipher_files`` (the service-signed list of a
``case_assigned`` item) then replaces the envelope's sizes and hashes for the ciphertext
check; everything else (the envelope's signature, the manifest's inner signature and ids,
every plaintext hash) is checked as for the clinic's own bundle.
Thread-safety: pure functions over files.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from foundation.hashing_io import CHUNK, HashingWriter, sha256_file
from sync.bundle import format as fmt
from sync.canonical import NotCanonical, canonical_bytes
from sync.protocol import CipherFile, Envelope, ShapeError, key_id

# Whether (device_id, seq) was already seen with a different bundle: the replay check.
SeenBefore = Callable[[str, int, str], bool]


@dataclass
class Report:
    ok: bool = True
    bundle_id: str = ""
    device_id: str = ""
    seq: int | None = None
    files: int = 0
    problems: list[fmt.Problem] = field(default_factory=list)
    envelope: Envelope | None = None
    manifest: dict[str, Any] | None = None
    manifest_sha256: str = ""  # of the decrypted manifest's bytes, when it decrypted

    def add(self, code: str, file: str = "") -> None:
        self.ok = False
        self.problems.append(fmt.Problem(code, file))


def verify_bundle(
    folder: Path,
    identity: pyrage.x25519.Identity | None = None,
    *,
    seen_before: SeenBefore | None = None,
    cipher_files: Sequence[CipherFile] | None = None,
) -> Report:
    report = Report()
    envelope = _check_envelope(folder, report, cipher_files)
    if envelope is None:
        return report
    report.envelope = envelope
    if seen_before is not None and seen_before(
        envelope.device_id, envelope.seq, envelope.bundle_id
    ):
        report.add(fmt.REPLAYED)
    if identity is not None:
        _check_contents(folder, envelope, identity, report)
    return report


def _check_envelope(
    folder: Path, report: Report, cipher_files: Sequence[CipherFile] | None = None
) -> Envelope | None:
    env_path = folder / fmt.ENVELOPE
    try:
        raw = env_path.read_bytes()
    except FileNotFoundError:
        report.add(fmt.ENVELOPE_MISSING, fmt.ENVELOPE)
        return None
    try:
        envelope = Envelope.parse_bytes(raw)
    except ShapeError as exc:  # envelope_unreadable or format_unknown
        report.add(exc.code, fmt.ENVELOPE)
        return None
    report.bundle_id = envelope.bundle_id
    report.device_id = envelope.device_id
    report.seq = envelope.seq
    report.files = len(envelope.files)

    try:
        signature = base64.b64decode((folder / fmt.ENVELOPE_SIG).read_bytes(), validate=True)
        # The signature covers the bytes as written; they must also be the canonical form,
        # or two verifiers could read different envelopes from the same signed bytes.
        if envelope.to_bytes() != raw:
            raise InvalidSignature()
        Ed25519PublicKey.from_public_bytes(envelope.device_key_raw).verify(signature, raw)
    except FileNotFoundError:
        report.add(fmt.SIGNATURE_MISSING, fmt.ENVELOPE_SIG)
    except (InvalidSignature, binascii.Error, ValueError):
        report.add(fmt.SIGNATURE_BAD, fmt.ENVELOPE_SIG)
    # Derived here rather than through sync.device_keys, which pulls in the clinic store: the
    # opinion service verifies bundles without it.
    if key_id("dev-", envelope.device_key_raw) != report.device_id:
        report.add(fmt.DEVICE_MISMATCH, fmt.ENVELOPE)

    copy = None if cipher_files is None else {f.name: f for f in cipher_files}
    for listed in envelope.all_files:
        path = folder / listed.name
        item = listed if copy is None else copy.get(listed.name)
        if item is None or not path.is_file():
            report.add(fmt.FILE_MISSING, listed.name)
            continue
        digest, size = sha256_file(path)
        if size != item.size_cipher or digest != item.sha256_cipher:
            report.add(fmt.FILE_CHANGED, item.name)
    expected = {item.name for item in envelope.all_files} | {fmt.ENVELOPE, fmt.ENVELOPE_SIG}
    for path in sorted(folder.iterdir()):
        if path.name not in expected:
            report.add(fmt.FILE_UNEXPECTED, path.name)
    return envelope


def _check_contents(
    folder: Path, envelope: Envelope, identity: pyrage.x25519.Identity, report: Report
) -> None:
    try:
        manifest_bytes = pyrage.decrypt((folder / fmt.MANIFEST).read_bytes(), [identity])
    except FileNotFoundError:
        return  # already reported as missing
    except pyrage.DecryptError as exc:
        code = fmt.WRONG_IDENTITY if "matching" in str(exc).lower() else fmt.MANIFEST_UNREADABLE
        report.add(code, fmt.MANIFEST)
        return
    report.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    try:
        manifest = json.loads(manifest_bytes)
        inner_sig = base64.b64decode(manifest.pop("inner_sig"), validate=True)
        key = Ed25519PublicKey.from_public_bytes(envelope.device_key_raw)
        key.verify(inner_sig, canonical_bytes(manifest))
    except (ValueError, KeyError, TypeError, binascii.Error, NotCanonical):
        report.add(fmt.MANIFEST_UNREADABLE, fmt.MANIFEST)
        return
    except InvalidSignature:
        report.add(fmt.INNER_SIGNATURE_BAD, fmt.MANIFEST)
        return
    report.manifest = manifest
    same_ids = tuple(manifest.get(k) for k in ("format", "bundle_id", "device_id", "seq")) == (
        fmt.FORMAT,
        envelope.bundle_id,
        envelope.device_id,
        envelope.seq,
    )
    files = manifest.get("files", [])
    if not same_ids or sorted(f["file_id"] for f in files) != sorted(
        f.file_id for f in envelope.files
    ):
        report.add(fmt.MANIFEST_MISMATCH, fmt.MANIFEST)
    for entry in files:
        listed = envelope.file(entry["file_id"])
        if listed is None or listed.sha256_cipher != entry["sha256_cipher"]:
            report.add(fmt.MANIFEST_MISMATCH, f"{entry['file_id']}.age")
            continue
        if any(p.file == listed.name for p in report.problems):
            continue  # missing or changed: decrypting it would say nothing new
        digest = _plain_digest(folder / listed.name, identity)
        if digest != entry["sha256_plain"]:
            report.add(fmt.PLAIN_CHANGED, listed.name)


def _plain_digest(path: Path, identity: pyrage.x25519.Identity) -> str | None:
    hasher = HashingWriter()
    try:
        with open(path, "rb") as fh:
            # pyrage writes to any object with write(); its stubs ask for BufferedIOBase.
            pyrage.decrypt_io(
                io.BufferedReader(fh, CHUNK),
                hasher,  # type: ignore[arg-type]
                [identity],
            )
    except (OSError, pyrage.DecryptError):
        return None
    return hasher.hexdigest()
