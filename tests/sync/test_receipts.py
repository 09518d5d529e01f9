"""Receipt checks without a network: a receipt counts only when the pinned service key signed
it and it lists exactly the bundle's files, sizes and hashes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync import protocol
from sync.delivery import BundleFailed, verify_receipt
from sync.enrollment import Enrollment
from sync.protocol import CipherFile, Envelope, EnvelopeFile, Receipt, Signed

ENVELOPE = Envelope(
    bundle_id="b-1",
    device_id="dev-1",
    device_key=protocol.b64(bytes(32)),
    seq=1,
    created_at="2025-01-01T00:00:00+00:00",
    recipients=(),
    manifest=CipherFile("manifest.age", 10, "aa"),
    files=(EnvelopeFile("f001", "f001.age", 99, "bb"),),
)


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


def _receipt(enrollment, files=None, **changes) -> Receipt:
    # Made the way the service makes it, then changed where a test needs another one.
    receipt = Receipt.for_envelope(
        ENVELOPE, service_id=enrollment.service_id, received_at="2025-01-01T00:00:00Z"
    )
    if files is not None:
        changes["files"] = tuple(files)
    return replace(receipt, **changes)


def test_a_true_receipt_is_accepted():
    key, enrollment = _service()
    receipt = _receipt(enrollment)
    answer = Signed.make(receipt, key).to_json()
    assert verify_receipt(answer, ENVELOPE, enrollment).value == receipt


def test_another_key_or_a_changed_receipt_is_refused():
    key, enrollment = _service()
    receipt = _receipt(enrollment)
    other = Ed25519PrivateKey.generate()
    with pytest.raises(BundleFailed, match="receipt_signature_bad"):
        verify_receipt(Signed.make(receipt, other).to_json(), ENVELOPE, enrollment)
    signature = Signed.make(receipt, key).signature
    changed = replace(receipt, bundle_id="b-2")
    with pytest.raises(BundleFailed, match="receipt_signature_bad"):
        verify_receipt(Signed(changed, signature).to_json(), ENVELOPE, enrollment)


@pytest.mark.parametrize(
    "files",
    [
        [CipherFile("manifest.age", 10, "aa")],  # a file missing
        [
            CipherFile("manifest.age", 10, "aa"),
            CipherFile("f001.age", 99, "cc"),  # another hash
        ],
        [
            CipherFile("manifest.age", 10, "aa"),
            CipherFile("f001.age", 98, "bb"),  # another size
        ],
    ],
)
def test_a_signed_receipt_for_other_bytes_is_refused(files):
    key, enrollment = _service()
    receipt = _receipt(enrollment, files)
    answer = Signed.make(receipt, key).to_json()
    with pytest.raises(BundleFailed, match="receipt_mismatch"):
        verify_receipt(answer, ENVELOPE, enrollment)
