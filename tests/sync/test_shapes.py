"""The protocol's shapes (envelope, receipt, feed item): each parses exactly what it writes,
refuses anything else with a stable code, and writes the very bytes that were signed before
the shapes existed, so bundles, receipts and feed items already out there stay valid."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from nacl.signing import VerifyKey

from sync import protocol
from sync.bundle import format as fmt
from sync.canonical import canonical_bytes
from sync.protocol import (
    CipherFile,
    Envelope,
    EnvelopeFile,
    FeedItem,
    Receipt,
    ShapeError,
    SignatureError,
    Signed,
)
from tests.support.service_client import build_bundle, new_device

KEY_B64 = protocol.b64(bytes(range(32)))

ENVELOPE = Envelope(
    bundle_id="b-1",
    device_id="dev-1",
    device_key=KEY_B64,
    seq=1,
    created_at="2025-01-01T00:00:00+00:00",
    recipients=("SHA256:r",),
    manifest=CipherFile("manifest.age", 10, "aa"),
    files=(EnvelopeFile("f001", "f001.age", 99, "bb"), EnvelopeFile("f002", "f002.age", 0, "cc")),
)
RECEIPT = Receipt.for_envelope(ENVELOPE, service_id="svc-1", received_at="2025-01-01T00:00:05Z")
ITEM = FeedItem(7, "b-1", protocol.Status.REJECTED, "2025-01-02T00:00:00Z", None, "plain_changed")

# The canonical bytes as the writer, the service's commit and its feed wrote them by hand
# before these shapes: the signatures over them must keep verifying.
ENVELOPE_BYTES = (
    b'{"bundle_id":"b-1","created_at":"2025-01-01T00:00:00+00:00","device_id":"dev-1",'
    b'"device_key":"' + KEY_B64.encode() + b'","files":['
    b'{"file_id":"f001","name":"f001.age","sha256_cipher":"bb","size_cipher":99},'
    b'{"file_id":"f002","name":"f002.age","sha256_cipher":"cc","size_cipher":0}],'
    b'"format":"casebridge-bundle/1",'
    b'"manifest":{"name":"manifest.age","sha256_cipher":"aa","size_cipher":10},'
    b'"recipients":["SHA256:r"],"seq":1}'
)
RECEIPT_BYTES = (
    b'{"bundle_id":"b-1","device_id":"dev-1","files":['
    b'{"name":"manifest.age","sha256_cipher":"aa","size_cipher":10},'
    b'{"name":"f001.age","sha256_cipher":"bb","size_cipher":99},'
    b'{"name":"f002.age","sha256_cipher":"cc","size_cipher":0}],'
    b'"format":"casebridge-receipt/1","received_at":"2025-01-01T00:00:05Z","seq":1,'
    b'"service_id":"svc-1"}'
)
ITEM_BYTES = (
    b'{"at":"2025-01-02T00:00:00Z","bundle_id":"b-1","cursor":7,"kind":"status",'
    b'"problem":"plain_changed","specialty":null,"status":"rejected"}'
)


def test_the_signed_bytes_are_those_of_before():
    assert ENVELOPE.to_bytes() == ENVELOPE_BYTES
    assert canonical_bytes(RECEIPT.to_json()) == RECEIPT_BYTES
    assert canonical_bytes(ITEM.to_json()) == ITEM_BYTES


@pytest.mark.parametrize("shape", [ENVELOPE, RECEIPT, ITEM])
def test_parse_gives_back_what_to_json_wrote(shape):
    written = json.loads(canonical_bytes(shape.to_json()))
    assert type(shape).parse(written) == shape
    assert type(shape).parse(written).to_json() == written


def test_a_built_bundle_envelope_reads_back_to_its_exact_bytes(tmp_path):
    device = new_device()
    built = build_bundle(tmp_path / "b", device, str(new_device().age_recipient))
    raw = (built.path / fmt.ENVELOPE).read_bytes()
    envelope = Envelope.parse_bytes(raw)
    assert envelope == built.envelope and envelope.to_bytes() == raw
    assert envelope.device_key_raw == protocol.unb64(device.ed25519_public)
    assert [f.name for f in envelope.all_files] == [
        fmt.MANIFEST,
        "f001.age",
        "f002.age",
        "f003.age",
    ]
    assert envelope.size_cipher == sum(
        (built.path / f.name).stat().st_size for f in envelope.all_files
    )


def _changed(value: dict, path: tuple, new=None, *, drop: bool = False) -> dict:
    value = json.loads(json.dumps(value))
    *parents, last = path
    target = value
    for key in parents:
        target = target[key]
    if drop:
        del target[last]
    else:
        target[last] = new
    return value


ENVELOPE_JSON = ENVELOPE.to_json()


@pytest.mark.parametrize(
    ("obj", "code"),
    [
        ([], "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("format",), "casebridge-bundle/2"), "format_unknown"),
        (_changed(ENVELOPE_JSON, ("format",), drop=True), "format_unknown"),
        (_changed(ENVELOPE_JSON, ("seq",), drop=True), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("note",), "x"), "envelope_unreadable"),  # a key not signed for
        (_changed(ENVELOPE_JSON, ("seq",), "1"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("seq",), True), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("seq",), -1), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("bundle_id",), 5), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("device_key",), "not base64!"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("device_key",), protocol.b64(bytes(31))), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("recipients",), [1]), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("manifest", "name"), "f009.age"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 0, "name"), "manifest.age"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 0, "name"), "../x.age"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 1, "name"), "f001.age"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 1, "file_id"), "f001"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 0, "size_cipher"), "99"), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 0, "sha256_cipher"), None), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("files", 0, "file_id"), drop=True), "envelope_unreadable"),
        (_changed(ENVELOPE_JSON, ("manifest", "file_id"), "m"), "envelope_unreadable"),
    ],
)
def test_a_bad_envelope_is_refused_with_its_code(obj, code):
    with pytest.raises(ShapeError) as refused:
        Envelope.parse(obj)
    assert refused.value.code == code


@pytest.mark.parametrize("raw", [b"", b"{", b"\xff\xfe", b"null"])
def test_envelope_bytes_that_are_not_json_are_unreadable(raw):
    with pytest.raises(ShapeError) as refused:
        Envelope.parse_bytes(raw)
    assert refused.value.code == Envelope.UNREADABLE


RECEIPT_JSON = RECEIPT.to_json()
ITEM_JSON = ITEM.to_json()


@pytest.mark.parametrize(
    ("shape", "obj", "code"),
    [
        (Receipt, _changed(RECEIPT_JSON, ("format",), "casebridge-receipt/2"), "format_unknown"),
        (Receipt, _changed(RECEIPT_JSON, ("seq",), drop=True), "receipt_unreadable"),
        (Receipt, _changed(RECEIPT_JSON, ("extra",), 1), "receipt_unreadable"),
        (Receipt, _changed(RECEIPT_JSON, ("files",), {}), "receipt_unreadable"),
        (Receipt, _changed(RECEIPT_JSON, ("files", 0, "size_cipher"), 1.5), "receipt_unreadable"),
        (Receipt, _changed(RECEIPT_JSON, ("files", 0, "file_id"), "f"), "receipt_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("cursor",), "7"), "feed_item_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("cursor",), True), "feed_item_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("problem",), drop=True), "feed_item_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("specialty",), 3), "feed_item_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("status",), None), "feed_item_unreadable"),
        (FeedItem, _changed(ITEM_JSON, ("case_id",), "c-1"), "feed_item_unreadable"),
        (FeedItem, "item", "feed_item_unreadable"),
    ],
)
def test_a_bad_receipt_or_feed_item_is_refused_with_its_code(shape, obj, code):
    with pytest.raises(ShapeError) as refused:
        shape.parse(obj)
    assert refused.value.code == code


def test_a_signed_shape_opens_only_with_its_key_and_verifies_with_libsodium():
    key = Ed25519PrivateKey.generate()
    signed = Signed.make(RECEIPT, key)
    raw_key = key.public_key().public_bytes_raw()
    wire = json.loads(json.dumps(signed.to_json()))
    assert set(wire) == {"receipt", "signature"}
    assert Signed.open(Receipt, wire, raw_key) == signed
    # libsodium checks the same signature over the same canonical bytes.
    VerifyKey(raw_key).verify(RECEIPT_BYTES, protocol.unb64(wire["signature"]))
    with pytest.raises(SignatureError):
        Signed.open(Receipt, wire, Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    item = Signed.make(ITEM, key).to_json()
    assert set(item) == {"item", "signature"}
    assert Signed.open(FeedItem, item, raw_key).value == ITEM


def test_the_signature_is_checked_before_the_shape():
    key = Ed25519PrivateKey.generate()
    raw_key = key.public_key().public_bytes_raw()
    odd = _changed(RECEIPT_JSON, ("seq",), "1")
    signed_odd = {"receipt": odd, "signature": protocol.sign_json(key, odd)}
    with pytest.raises(ShapeError) as refused:
        Signed.open(Receipt, signed_odd, raw_key)
    assert refused.value.code == Receipt.UNREADABLE
    unsigned_odd = {"receipt": odd, "signature": protocol.sign_json(key, RECEIPT_JSON)}
    with pytest.raises(SignatureError):
        Signed.open(Receipt, unsigned_odd, raw_key)


@pytest.mark.parametrize(
    "wrapper",
    [
        None,
        {"receipt": RECEIPT_JSON},
        {"receipt": RECEIPT_JSON, "signature": 5},
        {"receipt": "text", "signature": "AAAA"},
        {"receipt": RECEIPT_JSON, "signature": "AAAA", "more": 1},
        {"item": ITEM_JSON, "signature": "AAAA"},
    ],
)
def test_a_wrapper_without_its_shape_is_unreadable(wrapper):
    with pytest.raises(ShapeError) as refused:
        Signed.open(Receipt, wrapper, bytes(32))
    assert refused.value.code == Receipt.UNREADABLE


def test_a_receipt_covers_only_its_own_envelope():
    assert RECEIPT.covers(ENVELOPE, "svc-1")
    assert not RECEIPT.covers(ENVELOPE, "svc-2")
    assert not RECEIPT.covers(replace(ENVELOPE, seq=2), "svc-1")
    assert not RECEIPT.covers(replace(ENVELOPE, files=ENVELOPE.files[:1]), "svc-1")
    twice = replace(RECEIPT, files=(*RECEIPT.files, RECEIPT.files[0]))
    assert not twice.covers(ENVELOPE, "svc-1")
