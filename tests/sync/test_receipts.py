"""Receipt checks without a network: a receipt counts only when the pinned service key signed
it and it lists exactly the bundle's files, sizes and hashes."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import protocol
from sync.engine import BundleFailed, verify_receipt
from sync.enrollment import Enrollment

ENVELOPE = {
    "bundle_id": "b-1",
    "device_id": "dev-1",
    "manifest": {"name": "manifest.age", "size_cipher": 10, "sha256_cipher": "aa"},
    "files": [{"file_id": "f001", "name": "f001.age", "size_cipher": 99, "sha256_cipher": "bb"}],
}


def _service():
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    enrollment = Enrollment(
        "http://127.0.0.1:1",
        "dev-1",
        "clinic",
        (),
        protocol.key_id("svc-", raw),
        protocol.b64(raw),
        "age1x",
    )
    return key, enrollment


def _receipt(enrollment, files=None, **changes):
    receipt = {
        "format": protocol.RECEIPT_FORMAT,
        "service_id": enrollment.service_id,
        "bundle_id": "b-1",
        "device_id": "dev-1",
        "seq": 1,
        "received_at": "2025-01-01T00:00:00Z",
        "files": files
        or [
            {"name": "manifest.age", "size_cipher": 10, "sha256_cipher": "aa"},
            {"name": "f001.age", "size_cipher": 99, "sha256_cipher": "bb"},
        ],
    }
    return receipt | changes


def test_a_true_receipt_is_accepted():
    key, enrollment = _service()
    receipt = _receipt(enrollment)
    answer = {"receipt": receipt, "signature": protocol.sign_json(key, receipt)}
    assert verify_receipt(answer, ENVELOPE, enrollment)["receipt"] == receipt


def test_another_key_or_a_changed_receipt_is_refused():
    key, enrollment = _service()
    receipt = _receipt(enrollment)
    other = Ed25519PrivateKey.generate()
    with pytest.raises(BundleFailed, match="receipt_signature_bad"):
        verify_receipt(
            {"receipt": receipt, "signature": protocol.sign_json(other, receipt)},
            ENVELOPE,
            enrollment,
        )
    signature = protocol.sign_json(key, receipt)
    changed = receipt | {"bundle_id": "b-2"}
    with pytest.raises(BundleFailed, match="receipt_signature_bad"):
        verify_receipt({"receipt": changed, "signature": signature}, ENVELOPE, enrollment)


@pytest.mark.parametrize(
    "files",
    [
        [{"name": "manifest.age", "size_cipher": 10, "sha256_cipher": "aa"}],  # a file missing
        [
            {"name": "manifest.age", "size_cipher": 10, "sha256_cipher": "aa"},
            {"name": "f001.age", "size_cipher": 99, "sha256_cipher": "cc"},  # another hash
        ],
        [
            {"name": "manifest.age", "size_cipher": 10, "sha256_cipher": "aa"},
            {"name": "f001.age", "size_cipher": 98, "sha256_cipher": "bb"},  # another size
        ],
    ],
)
def test_a_signed_receipt_for_other_bytes_is_refused(files):
    key, enrollment = _service()
    receipt = _receipt(enrollment, files)
    answer = {"receipt": receipt, "signature": protocol.sign_json(key, receipt)}
    with pytest.raises(BundleFailed, match="receipt_mismatch"):
        verify_receipt(answer, ENVELOPE, enrollment)
