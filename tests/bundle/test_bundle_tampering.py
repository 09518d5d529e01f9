"""Every kind of change on the way is named by verify, and open leaves no plaintext behind."""

from __future__ import annotations

import shutil

import pytest

from sync.bundle import format as fmt
from sync.bundle.opener import BundleInvalid, open_bundle
from sync.bundle.verify import verify_bundle
from tests.bundle.conftest import build, make_service


@pytest.fixture
def bundle(tmp_path, device, service, plain_files):
    return build(tmp_path / "bundle", device, [service.recipient], plain_files)


def codes(report) -> set[tuple[str, str]]:
    return {(p.code, p.file) for p in report.problems}


def flip_byte(path, offset=None):
    data = bytearray(path.read_bytes())
    at = len(data) // 2 if offset is None else offset
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", [fmt.MANIFEST, "f001.age", "f002.age", "f003.age"])
def test_a_flipped_byte_in_any_encrypted_file_is_named(bundle, service, name):
    flip_byte(bundle.path / name)
    report = verify_bundle(bundle.path, service.identity)
    assert not report.ok
    assert (fmt.FILE_CHANGED, name) in codes(report)


def test_a_flipped_byte_in_the_envelope_breaks_its_signature(bundle):
    envelope = bundle.path / fmt.ENVELOPE
    envelope.write_bytes(envelope.read_bytes().replace(b'"seq":1', b'"seq":7'))
    assert (fmt.SIGNATURE_BAD, fmt.ENVELOPE_SIG) in codes(verify_bundle(bundle.path))


def test_a_flipped_byte_in_the_signature_is_named(bundle):
    sig = bundle.path / fmt.ENVELOPE_SIG
    text = sig.read_text()
    sig.write_text(("B" if text[0] == "A" else "A") + text[1:])
    assert (fmt.SIGNATURE_BAD, fmt.ENVELOPE_SIG) in codes(verify_bundle(bundle.path))


def test_a_removed_file_is_named(bundle, service):
    (bundle.path / "f002.age").unlink()
    report = verify_bundle(bundle.path, service.identity)
    assert (fmt.FILE_MISSING, "f002.age") in codes(report)


def test_a_file_swapped_in_from_another_bundle_is_named(
    tmp_path, bundle, device, service, plain_files
):
    other = build(tmp_path / "other", device, [service.recipient], plain_files, seq=2)
    shutil.copy(other.path / "f001.age", bundle.path / "f001.age")
    report = verify_bundle(bundle.path, service.identity)
    assert (fmt.FILE_CHANGED, "f001.age") in codes(report)


def test_an_extra_file_is_named(bundle):
    (bundle.path / "f009.age").write_bytes(b"x")
    assert (fmt.FILE_UNEXPECTED, "f009.age") in codes(verify_bundle(bundle.path))


def test_a_replayed_sequence_number_is_named(tmp_path, bundle, device, service, plain_files):
    seen = {(bundle.device_id, bundle.seq): bundle.bundle_id}

    def seen_before(device_id, seq, bundle_id):
        known = seen.get((device_id, seq))
        return known is not None and known != bundle_id

    again = build(tmp_path / "again", device, [service.recipient], plain_files, seq=bundle.seq)
    assert verify_bundle(bundle.path, seen_before=seen_before).ok  # the same bundle twice
    assert (fmt.REPLAYED, "") in codes(verify_bundle(again.path, seen_before=seen_before))


def test_the_wrong_identity_is_named(tmp_path, bundle):
    stranger = make_service(tmp_path / "stranger")
    report = verify_bundle(bundle.path, stranger.identity)
    assert codes(report) == {(fmt.WRONG_IDENTITY, fmt.MANIFEST)}


def test_a_signed_envelope_from_another_device_is_named(tmp_path, bundle, service, plain_files):
    # A second device signs its own envelope for the same files: the key is valid, the
    # device id it claims is not the one derived from that key.
    envelope = bundle.path / fmt.ENVELOPE
    envelope.write_bytes(envelope.read_bytes().replace(bundle.device_id.encode(), b"dev-0000"))
    report = verify_bundle(bundle.path)
    assert (fmt.DEVICE_MISMATCH, fmt.ENVELOPE) in codes(report)


@pytest.mark.parametrize("name", [fmt.MANIFEST, "f001.age", "f003.age"])
def test_open_of_a_tampered_bundle_leaves_no_plaintext(tmp_path, bundle, service, name):
    flip_byte(bundle.path / name, offset=-40)
    target = tmp_path / "opened"
    with pytest.raises(BundleInvalid):
        open_bundle(bundle.path, service.identity, target)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
