"""A bundle built here opens with independent tools: Debian's `age` and libsodium's Ed25519."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import threading

import pytest
from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from foundation.cancel import Cancelled
from sync.bundle import format as fmt
from sync.bundle.opener import open_bundle, safe_name
from sync.bundle.verify import verify_bundle
from sync.bundle.writer import BundleWriter
from sync.protocol import Envelope
from tests.bundle.conftest import build, make_service


def test_built_bundle_verifies_with_and_without_the_identity(
    tmp_path, device, service, plain_files
):
    built = build(tmp_path / "bundle", device, [service.recipient], plain_files)
    envelope_only = verify_bundle(built.path)
    assert envelope_only.ok, envelope_only.problems
    full = verify_bundle(built.path, service.identity)
    assert full.ok, full.problems
    assert full.files == 3 and full.device_id == device.device_id
    assert [f["name"] for f in full.manifest["files"]] == [p.name for p in plain_files]
    assert full.manifest["case"]["question"] == "Is surgery an option?"


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age command is not installed")
@pytest.mark.interop
def test_every_file_decrypts_with_the_age_cli_to_the_manifest_hash(
    tmp_path, device, service, plain_files
):
    escrow = make_service(tmp_path / "escrow")
    built = build(tmp_path / "bundle", device, [service.recipient, escrow.recipient], plain_files)
    manifest = json.loads(
        subprocess.run(
            ["age", "-d", "-i", str(service.identity_file), str(built.path / fmt.MANIFEST)],
            check=True,
            capture_output=True,
        ).stdout
    )
    for entry in manifest["files"]:
        for who in (service, escrow):  # both recipients can open every file
            plain = subprocess.run(
                [
                    "age",
                    "-d",
                    "-i",
                    str(who.identity_file),
                    str(built.path / f"{entry['file_id']}.age"),
                ],
                check=True,
                capture_output=True,
            ).stdout
            assert hashlib.sha256(plain).hexdigest() == entry["sha256_plain"]


def test_envelope_and_inner_signatures_verify_with_libsodium(
    tmp_path, device, service, plain_files
):
    built = build(tmp_path / "bundle", device, [service.recipient], plain_files)
    envelope_bytes = (built.path / fmt.ENVELOPE).read_bytes()
    key = VerifyKey(Envelope.parse_bytes(envelope_bytes).device_key_raw)
    signature = base64.b64decode((built.path / fmt.ENVELOPE_SIG).read_bytes())
    key.verify(envelope_bytes, signature)
    with pytest.raises(BadSignatureError):
        key.verify(envelope_bytes.replace(b'"seq":1', b'"seq":2'), signature)

    manifest = verify_bundle(built.path, service.identity).manifest
    inner = dict(manifest)
    inner_sig = base64.b64decode(
        json.loads(
            subprocess.run(
                ["age", "-d", "-i", str(service.identity_file), str(built.path / fmt.MANIFEST)],
                check=True,
                capture_output=True,
            ).stdout
        )["inner_sig"]
    )
    canonical = json.dumps(inner, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    key.verify(canonical.encode(), inner_sig)


def test_open_writes_every_file_and_the_manifest(tmp_path, device, service, plain_files):
    built = build(tmp_path / "bundle", device, [service.recipient], plain_files)
    target = tmp_path / "opened"
    report = open_bundle(built.path, service.identity, target)
    for entry, source in zip(report.manifest["files"], plain_files, strict=True):
        assert (target / safe_name(entry["file_id"], entry["name"])).read_bytes() == (
            source.read_bytes()
        )
    assert json.loads((target / "manifest.json").read_text())["bundle_id"] == built.bundle_id


def test_cancelled_build_leaves_nothing(tmp_path, device, service, plain_files):
    cancel = threading.Event()
    out = tmp_path / "out"
    out.mkdir()
    writer = BundleWriter(out / "bundle", device, [service.recipient], 1, cancel=cancel)
    with pytest.raises(Cancelled), writer:
        writer.add_file(plain_files[1], name="a", kind="document", media_type="x")
        cancel.set()
        writer.add_file(plain_files[0], name="b", kind="document", media_type="x")
    assert list(out.iterdir()) == []
