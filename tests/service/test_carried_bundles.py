"""A bundle carried on a USB stick: another enrolled clinic device registers, uploads and
commits it on behalf of the device that signed it; the bundle stays the signer's."""

from __future__ import annotations

import pytest

from sync import protocol
from sync.protocol import Receipt, Signed
from tests.support.service_client import Client, build_bundle, new_device

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def carrier(service) -> Client:
    client = Client(service.url, new_device())
    assert client.enroll(service.new_code("clinic")).status_code == 201
    return client


def _carry(carrier: Client, bundle) -> dict:
    registered = carrier.register(bundle.path, carried=True)
    assert registered.status_code == 201, registered.text
    carrier.upload_all(bundle.path, bundle.bundle_id)
    committed = carrier.commit(bundle.bundle_id)
    assert committed.status_code == 200, committed.text
    return committed.json()


def test_a_carried_bundle_is_received_as_the_signers(service, clinic, carrier, bundle):
    answer = _carry(carrier, bundle)
    receipt = Signed.open(Receipt, answer, protocol.unb64(service.keys()["ed25519"])).value
    assert receipt.bundle_id == bundle.bundle_id and receipt.seq == 1
    row = service.running.db.one(
        "SELECT device_id, state FROM bundles WHERE bundle_id = ?", (bundle.bundle_id,)
    )
    assert row["device_id"] == clinic.device.device_id
    # Committed, and maybe already checked by the service's worker, which takes it at once.
    assert row["state"] in ("committed", "checked")
    # The signer hears of it in its own feed; the carrier's feed says nothing of it.
    statuses = [e["item"]["status"] for e in clinic.feed().json()["items"]]
    assert "received" in statuses
    assert carrier.feed().json()["items"] == []
    # The signer's own copy, sent later over its link, meets the same bundle and receipt.
    assert clinic.register(bundle.path).json()["state"] == "committed"
    again = clinic.commit(bundle.bundle_id)
    assert again.status_code == 200 and again.json() == answer


def test_carrying_after_the_signer_sent_it_gives_the_same_receipt(service, clinic, carrier, bundle):
    answer = clinic.send(bundle)
    registered = carrier.register(bundle.path, carried=True)
    assert registered.status_code == 200 and registered.json()["state"] == "committed"
    committed = carrier.commit(bundle.bundle_id)
    assert committed.status_code == 200 and committed.json() == answer


def test_without_the_carried_flag_another_devices_envelope_is_still_refused(
    service, clinic, carrier, bundle
):
    answer = carrier.register(bundle.path)
    assert (answer.status_code, answer.json()["error"]) == (403, "device_mismatch")


def test_a_bundle_of_a_device_the_service_does_not_know_is_refused(tmp_path, service, carrier):
    stranger = new_device()  # never enrolled: nobody may vouch for it by carrying its bundle
    bundle = build_bundle(tmp_path / "stranger", stranger, service.keys()["age"])
    answer = carrier.register(bundle.path, carried=True)
    assert (answer.status_code, answer.json()["error"]) == (403, "device_mismatch")
    assert service.running.db.one("SELECT COUNT(*) AS n FROM bundles")["n"] == 0


def test_a_carried_envelope_with_a_bad_signature_is_refused(service, clinic, carrier, bundle):
    answer = carrier.register(bundle.path, carried=True, signature="AAAA" + "A" * 84)
    assert (answer.status_code, answer.json()["error"]) == (403, "signature_bad")


def test_only_the_signer_and_its_carrier_may_upload_or_commit(service, clinic, carrier, bundle):
    assert carrier.register(bundle.path, carried=True).status_code == 201
    other = Client(service.url, new_device())
    assert other.enroll(service.new_code("clinic")).status_code == 201
    refused = other.create(bundle.bundle_id, "manifest.age", 10)
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yours")
    url = carrier.upload_file(bundle.bundle_id, bundle.path / "manifest.age")
    assert other.head(url).status_code == 403
    assert other.commit(bundle.bundle_id).json()["error"] == "not_yours"


def test_a_replayed_sequence_is_refused_when_carried_too(
    tmp_path, service, clinic, carrier, bundle
):
    assert carrier.register(bundle.path, carried=True).status_code == 201
    replay = build_bundle(tmp_path / "replay", clinic.device, service.keys()["age"], seq=1)
    answer = carrier.register(replay.path, carried=True)
    assert (answer.status_code, answer.json()["error"]) == (409, "replayed_sequence")


def test_only_an_enrolled_unrevoked_clinic_device_may_be_carried_for(
    tmp_path, service, clinic, carrier, bundle
):
    specialist = Client(service.url, new_device())
    code = service.new_code("specialist", ["radiology"])
    assert specialist.enroll(code, role="specialist").status_code == 201
    theirs = build_bundle(tmp_path / "specialist", specialist.device, service.keys()["age"])
    answer = carrier.register(theirs.path, carried=True)
    assert (answer.status_code, answer.json()["error"]) == (403, "device_mismatch")

    with service.running.db.transaction() as conn:
        conn.execute(
            "UPDATE devices SET revoked = 1 WHERE device_id = ?", (clinic.device.device_id,)
        )
    answer = carrier.register(bundle.path, carried=True)
    assert (answer.status_code, answer.json()["error"]) == (403, "device_mismatch")
    assert service.running.db.one("SELECT COUNT(*) AS n FROM bundles")["n"] == 0
