"""Enrollment, envelope registration, tus uploads and commit against a real service."""

from __future__ import annotations

import pytest
import requests
from nacl.signing import VerifyKey

from sync import protocol
from sync.bundle import format as fmt
from sync.canonical import canonical_bytes
from sync.delivery import verify_receipt
from sync.enrollment import Enrollment
from sync.protocol import Envelope, Receipt, Signed
from tests.support.service_client import TIMEOUT, Client, b64, new_device

pytestmark = pytest.mark.timeout(120)


def test_service_info_names_its_keys_and_the_tus_path(service):
    info = requests.get(service.url + protocol.SERVICE_PATH, timeout=TIMEOUT).json()
    keys = service.keys()
    assert info["protocol"] == protocol.PROTOCOL
    assert (
        info["service_id"]
        == keys["service_id"]
        == protocol.key_id("svc-", protocol.unb64(keys["ed25519"]))
    )
    assert info["age"] == keys["age"]
    assert info["tus"]["path"] == protocol.UPLOADS_PATH


def test_enroll_answers_token_and_pins_service_keys(service):
    client = Client(service.url, new_device())
    answer = client.enroll(service.new_code("specialist", ["cardiology"]), role="specialist")
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["device_id"] == client.device.device_id
    assert body["role"] == "specialist" and body["specialties"] == ["cardiology"]
    assert body["service"]["ed25519"] == service.keys()["ed25519"]
    assert body["token"] and body["token_expires_at"].endswith("Z")


def test_enroll_refuses_bad_used_and_mismatched(service):
    client = Client(service.url, new_device())
    assert client.enroll("AAAA-BBBB-CCCC").json()["error"] == "code_invalid"
    code = service.new_code("clinic")
    other = new_device()
    mismatch = client.enroll(code, device_id=other.device_id)
    assert (mismatch.status_code, mismatch.json()["error"]) == (400, "device_mismatch")
    assert client.enroll(code, label="").status_code == 201  # an empty label is no label
    # The same device again (a lost answer) is fine; another device is not.
    assert client.enroll(code).status_code == 201
    used = Client(service.url, other).enroll(code)
    assert (used.status_code, used.json()["error"]) == (403, "code_used")


def test_a_request_without_a_good_token_is_refused(service, clinic):
    clinic.token = "nonsense"
    answer = clinic.feed()
    assert (answer.status_code, answer.json()["error"]) == (401, "token_invalid")


def test_whole_bundle_is_received_with_a_receipt_signed_by_the_service(service, clinic, bundle):
    registered = clinic.register(bundle.path)
    assert registered.status_code == 201, registered.text
    names = [f["name"] for f in registered.json()["files"]]
    assert names == [fmt.MANIFEST, "f001.age", "f002.age", "f003.age"]
    clinic.upload_all(bundle.path, bundle.bundle_id)
    committed = clinic.commit(bundle.bundle_id)
    assert committed.status_code == 200, committed.text
    answer = committed.json()
    # Opening checks the service's signature over the receipt exactly as it came.
    receipt = Signed.open(Receipt, answer, protocol.unb64(service.keys()["ed25519"])).value
    envelope = Envelope.parse_bytes((bundle.path / fmt.ENVELOPE).read_bytes())
    expected = list(envelope.all_files)
    assert list(receipt.files) == expected
    assert receipt.bundle_id == bundle.bundle_id and receipt.seq == 1
    # Committing again (a lost answer) gives the very same receipt, and no second case.
    again = clinic.commit(bundle.bundle_id)
    assert again.status_code == 200 and again.json() == answer
    for item in expected:
        assert service.bundle_bytes(bundle.bundle_id, item.name) == (
            (bundle.path / item.name).read_bytes()
        )
    assert service.stored_uploads() == []


def test_the_service_receipt_and_feed_verify_with_the_engine_and_with_libsodium(
    service, clinic, bundle
):
    answer = clinic.send(bundle)
    keys = service.keys()
    enrollment = Enrollment(
        service.url,
        clinic.device.device_id,
        "clinic",
        (),
        keys["service_id"],
        keys["ed25519"],
        keys["age"],
    )
    envelope = Envelope.parse_bytes((bundle.path / fmt.ENVELOPE).read_bytes())
    assert verify_receipt(answer, envelope, enrollment).to_json() == answer
    # An independent Ed25519 (libsodium) over the canonical bytes of the receipt as it came.
    service_key = VerifyKey(protocol.unb64(keys["ed25519"]))
    service_key.verify(canonical_bytes(answer["receipt"]), protocol.unb64(answer["signature"]))
    entries = clinic.feed().json()["items"]
    assert entries
    for entry in entries:
        service_key.verify(canonical_bytes(entry["item"]), protocol.unb64(entry["signature"]))


def test_a_bad_envelope_signature_stores_nothing(service, clinic, bundle):
    signature = (bundle.path / fmt.ENVELOPE_SIG).read_text()
    bad = b64(bytes(64)) if not signature.startswith("AAAA") else b64(b"\x01" * 64)
    answer = clinic.register(bundle.path, signature=bad)
    assert (answer.status_code, answer.json()["error"]) == (403, "signature_bad")
    missing = clinic.create(bundle.bundle_id, fmt.MANIFEST, 10)
    assert missing.json()["error"] == "bundle_unknown"
    assert service.running.db.one("SELECT COUNT(*) AS n FROM bundles")["n"] == 0


def test_an_envelope_of_another_device_is_refused(service, clinic, bundle):
    stranger = Client(service.url, new_device())
    assert stranger.enroll(service.new_code("clinic")).status_code == 201
    answer = stranger.register(bundle.path)
    assert (answer.status_code, answer.json()["error"]) == (403, "device_mismatch")


def test_register_again_is_200_and_a_replayed_sequence_is_409(tmp_path, service, clinic, bundle):
    from tests.support.service_client import build_bundle

    assert clinic.register(bundle.path).status_code == 201
    again = clinic.register(bundle.path)
    assert again.status_code == 200 and again.json()["bundle_id"] == bundle.bundle_id
    replay = build_bundle(tmp_path / "replay", clinic.device, service.keys()["age"], seq=1)
    answer = clinic.register(replay.path)
    assert (answer.status_code, answer.json()["error"]) == (409, "replayed_sequence")


def test_upload_creation_checks_name_size_and_owner(service, clinic, bundle):
    clinic.register(bundle.path)
    size = (bundle.path / "f001.age").stat().st_size
    assert clinic.create(bundle.bundle_id, "f999.age", 5).json()["error"] == "file_unknown"
    assert clinic.create(bundle.bundle_id, "f001.age", size + 1).json()["error"] == (
        "size_mismatch"
    )
    first = clinic.create(bundle.bundle_id, "f001.age", size)
    assert first.status_code == 201 and first.headers["Upload-Expires"]
    second = clinic.create(bundle.bundle_id, "f001.age", size)
    assert second.status_code == 200
    assert second.headers["Location"] == first.headers["Location"]
    stranger = Client(service.url, new_device())
    stranger.enroll(service.new_code("clinic"))
    assert stranger.head(clinic.location(first)).status_code == 403


def test_tus_version_offset_and_options(service, clinic, bundle):
    clinic.register(bundle.path)
    data = (bundle.path / "f001.age").read_bytes()
    url = clinic.location(clinic.create(bundle.bundle_id, "f001.age", len(data)))
    wrong = clinic.head(url, **{"Tus-Resumable": "0.2.2"})
    assert wrong.status_code == 412 and wrong.headers["Tus-Version"] == "1.0.0"
    assert clinic.patch(url, 0, data[:1000]).status_code == 204
    mismatch = clinic.patch(url, 0, data[:1000])
    assert (mismatch.status_code, mismatch.json()["error"]) == (409, "offset_mismatch")
    head = clinic.head(url)
    assert head.headers["Upload-Offset"] == "1000"
    assert head.headers["Upload-Length"] == str(len(data))
    assert head.headers["Cache-Control"] == "no-store"
    options = requests.options(service.url + protocol.UPLOADS_PATH, timeout=TIMEOUT)
    assert set(options.headers["Tus-Extension"].split(",")) == set(protocol.TUS_EXTENSIONS)


def test_commit_incomplete_then_file_changed_then_resent(service, clinic, bundle):
    clinic.register(bundle.path)
    incomplete = clinic.commit(bundle.bundle_id)
    assert (incomplete.status_code, incomplete.json()["error"]) == (409, "incomplete")
    assert fmt.MANIFEST in incomplete.json()["missing"]
    # f002 arrives with one byte changed: only that file must be sent again.
    original = (bundle.path / "f002.age").read_bytes()
    changed = bytearray(original)
    changed[len(changed) // 2] ^= 1
    (bundle.path / "f002.age").write_bytes(bytes(changed))
    clinic.upload_all(bundle.path, bundle.bundle_id)
    answer = clinic.commit(bundle.bundle_id)
    assert (answer.status_code, answer.json()["error"]) == (422, "file_changed")
    assert answer.json()["files"] == ["f002.age"]
    state = clinic.register(bundle.path).json()
    by_name = {f["name"]: f for f in state["files"]}
    assert by_name["f002.age"]["upload_url"] is None
    assert by_name["f001.age"]["offset"] == by_name["f001.age"]["size_cipher"]
    (bundle.path / "f002.age").write_bytes(original)
    clinic.upload_file(bundle.bundle_id, bundle.path / "f002.age")
    assert clinic.commit(bundle.bundle_id).status_code == 200


def test_delete_removes_the_upload(service, clinic, bundle):
    clinic.register(bundle.path)
    data = (bundle.path / "f001.age").read_bytes()
    url = clinic.location(clinic.create(bundle.bundle_id, "f001.age", len(data)))
    clinic.patch(url, 0, data[:500])
    from tests.support.service_client import TUS

    deleted = requests.delete(url, headers={**clinic.auth, **TUS}, timeout=TIMEOUT)
    assert deleted.status_code == 204
    assert clinic.head(url).status_code == 404
    again = clinic.create(bundle.bundle_id, "f001.age", len(data))
    assert again.status_code == 201 and clinic.location(again) != url
