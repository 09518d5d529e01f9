"""After the receipt: the full check, rejection, round-robin assignment, the signed feed,
specialist status and downloads, token renewal."""

from __future__ import annotations

import json
import time
from dataclasses import replace

import pyrage
import pytest
import requests

from sync import protocol
from sync.bundle import format as fmt
from sync.canonical import canonical_bytes
from sync.protocol import CipherFile, Envelope, FeedItem
from tests.support.running_service import running_service
from tests.support.service_client import TIMEOUT, Client, b64, build_bundle, new_device

pytestmark = pytest.mark.timeout(120)


def specialist(service, *specialties: str) -> Client:
    client = Client(service.url, new_device())
    answer = client.enroll(service.new_code("specialist", specialties), role="specialist")
    assert answer.status_code == 201, answer.text
    return client


def feed_items(client: Client, service) -> list:
    """The client's whole feed, of every kind, every item's signature checked with the
    service key."""
    public = protocol.unb64(service.keys()["ed25519"])
    out, cursor = [], 0
    for _ in range(100):
        page = client.feed(cursor, limit=2)
        assert page.status_code == 200, page.text
        body = page.json()
        for entry in body["items"]:
            # Raises unless the signature holds and the item has exactly its shape's keys.
            out.append(protocol.open_feed_item(entry, public))
        cursor = body["next"]
        if not body["more"]:
            return out
    raise AssertionError("feed never ended")


def items(client: Client, service) -> list[FeedItem]:
    """The client's status items (kind ``status``); other kinds are the way back's."""
    return [i for i in feed_items(client, service) if i.kind == protocol.FeedKind.STATUS]


def statuses(client, service, bundle_id: str) -> list[str]:
    return [i.status for i in items(client, service) if i.bundle_id == bundle_id]


def test_a_checked_bundle_goes_to_the_specialist_and_the_feed_says_so(service, clinic, bundle):
    doctor = specialist(service, "cardiology")
    clinic.send(bundle)
    service.wait_idle()
    assert statuses(clinic, service, bundle.bundle_id) == ["received", "assigned"]
    seen = items(doctor, service)
    assert [(i.bundle_id, i.status) for i in seen] == [(bundle.bundle_id, "assigned")]
    assert seen[0].specialty == "cardiology" and seen[0].problem is None
    # The feed carries no case or patient: only ids, statuses and the specialty (an item
    # opens only when its keys are exactly these).
    assert {
        "cursor",
        "kind",
        "bundle_id",
        "status",
        "specialty",
        "at",
        "problem",
    } == FeedItem.KEYS


def test_the_feed_pages_by_cursor_and_repeats_nothing(service, clinic, tmp_path):
    specialist(service, "cardiology")
    for seq in (1, 2):
        clinic.send(
            build_bundle(tmp_path / f"b{seq}", clinic.device, service.keys()["age"], seq=seq)
        )
    service.wait_idle()
    everything = items(clinic, service)
    cursors = [i.cursor for i in everything]
    assert len(everything) == 4 and cursors == sorted(set(cursors))
    last = clinic.feed(cursors[-1]).json()
    assert last["items"] == [] and last["next"] == cursors[-1] and last["more"] is False


def test_cases_go_round_robin_across_specialists_of_the_specialty(service, clinic, tmp_path):
    first = specialist(service, "cardiology")
    second = specialist(service, "cardiology", "neurology")
    other = specialist(service, "dermatology")
    given = []
    for seq in (1, 2, 3):
        built = build_bundle(tmp_path / f"b{seq}", clinic.device, service.keys()["age"], seq=seq)
        clinic.send(built)
        service.wait_idle()
        given.append(built.bundle_id)
    got = {
        name: [i.bundle_id for i in items(c, service)]
        for name, c in (("first", first), ("second", second), ("other", other))
    }
    assert got == {"first": [given[0], given[2]], "second": [given[1]], "other": []}


def test_without_a_specialist_the_case_waits_until_one_enrolls(service, clinic, bundle):
    clinic.send(bundle)
    service.wait_idle()
    assert statuses(clinic, service, bundle.bundle_id) == ["received"]
    doctor = specialist(service, "cardiology")
    assert statuses(clinic, service, bundle.bundle_id) == ["received", "assigned"]
    assert [i.bundle_id for i in items(doctor, service)] == [bundle.bundle_id]


def test_a_bundle_whose_inner_signature_is_bad_is_rejected(service, clinic, tmp_path):
    specialist(service, "cardiology")
    built = build_bundle(tmp_path / "b", clinic.device, service.keys()["age"])
    # The manifest is changed after the device signed it (the outer envelope is re-signed,
    # so the transport accepts it): only the full check with the service identity sees it.
    identity = pyrage.x25519.Identity.from_str(
        (service.data_dir / "keys" / "age.key").read_text().strip()
    )
    manifest_path = built.path / fmt.MANIFEST
    manifest = json.loads(pyrage.decrypt(manifest_path.read_bytes(), [identity]))
    manifest["case"]["referral"]["specialty"] = "neurology"
    recipient = pyrage.x25519.Recipient.from_str(service.keys()["age"])
    manifest_path.write_bytes(pyrage.encrypt(canonical_bytes(manifest), [recipient]))
    envelope = Envelope.parse_bytes((built.path / fmt.ENVELOPE).read_bytes())
    import hashlib

    data = manifest_path.read_bytes()
    manifest_file = CipherFile(fmt.MANIFEST, len(data), hashlib.sha256(data).hexdigest())
    raw = replace(envelope, manifest=manifest_file).to_bytes()
    (built.path / fmt.ENVELOPE).write_bytes(raw)
    (built.path / fmt.ENVELOPE_SIG).write_text(b64(clinic.device.sign(raw)))
    clinic.send(built)
    service.wait_idle()
    feed = [i for i in items(clinic, service) if i.bundle_id == built.bundle_id]
    assert [(i.status, i.problem) for i in feed] == [
        ("received", None),
        ("rejected", fmt.INNER_SIGNATURE_BAD),
    ]


def test_the_specialist_reviews_and_downloads_with_ranges(service, clinic, bundle):
    doctor = specialist(service, "cardiology")
    clinic.send(bundle)
    service.wait_idle()
    url = service.url + protocol.file_path(bundle.bundle_id, "f001.age")
    # The specialist gets the file re-encrypted to its own key: the same plaintext.
    service_identity = pyrage.x25519.Identity.from_str(
        (service.data_dir / "keys" / "age.key").read_text().strip()
    )
    plain = pyrage.decrypt((bundle.path / "f001.age").read_bytes(), [service_identity])
    whole = requests.get(url, headers=doctor.auth, timeout=TIMEOUT)
    assert whole.status_code == 200
    assert pyrage.decrypt(whole.content, [doctor.device.age_identity]) == plain
    data = whole.content
    part = requests.get(url, headers={**doctor.auth, "Range": "bytes=1000-"}, timeout=TIMEOUT)
    assert part.status_code == 206 and part.content == data[1000:]
    assert part.headers["Content-Range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    refused = requests.get(url, headers=clinic.auth, timeout=TIMEOUT)
    assert (refused.status_code, refused.json()["error"]) == (403, "not_assigned")
    review = requests.post(
        service.url + protocol.status_path(bundle.bundle_id),
        json={"status": "in_review"},
        headers=doctor.auth,
        timeout=TIMEOUT,
    )
    assert review.status_code == 200, review.text
    assert statuses(clinic, service, bundle.bundle_id) == ["received", "assigned", "in_review"]


def test_admin_reassigns_to_another_specialist(service, clinic, bundle):
    from opinion_service import admin

    first = specialist(service, "cardiology")
    clinic.send(bundle)
    service.wait_idle()
    second = specialist(service, "cardiology")
    admin.assign(
        service.data_dir,
        bundle.bundle_id,
        second.device.device_id,
        db_url=service.db_url,
        storage_url=service.storage_url,
    )
    service.wait_idle()  # the running service makes the second specialist's copy
    assert [i.bundle_id for i in items(second, service)] == [bundle.bundle_id]
    assert statuses(clinic, service, bundle.bundle_id) == ["received", "assigned", "assigned"]
    url = service.url + protocol.file_path(bundle.bundle_id, fmt.MANIFEST)
    assert requests.get(url, headers=second.auth, timeout=TIMEOUT).status_code == 200
    assert requests.get(url, headers=first.auth, timeout=TIMEOUT).status_code == 403


def test_an_expired_token_is_renewed_with_the_device_key(tmp_path, service_backend):
    with running_service(tmp_path, service_backend, token_ttl_seconds=1) as service:
        clinic = Client(service.url, new_device())
        clinic.enroll(service.new_code("clinic"))
        deadline = time.monotonic() + 15
        answer = clinic.feed()
        while answer.status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.2)
            answer = clinic.feed()
        assert (answer.status_code, answer.json()["error"]) == (401, "token_expired")
        renewed = clinic.renew()
        assert renewed.status_code == 200, renewed.text
        assert clinic.feed().status_code in (200, 401)  # a 1-second token may lapse again


def test_token_renewal_refuses_a_wrong_signature_and_a_reused_nonce(service, clinic):
    challenge = requests.post(
        service.url + protocol.CHALLENGE_PATH,
        json={"device_id": clinic.device.device_id},
        timeout=TIMEOUT,
    ).json()
    wrong = new_device().sign(protocol.token_message(clinic.device.device_id, challenge["nonce"]))
    body = {
        "device_id": clinic.device.device_id,
        "nonce": challenge["nonce"],
        "signature": b64(wrong),
    }
    answer = requests.post(service.url + protocol.TOKEN_PATH, json=body, timeout=TIMEOUT)
    assert (answer.status_code, answer.json()["error"]) == (403, "signature_bad")
    body["signature"] = b64(
        clinic.device.sign(protocol.token_message(clinic.device.device_id, challenge["nonce"]))
    )
    reused = requests.post(service.url + protocol.TOKEN_PATH, json=body, timeout=TIMEOUT)
    assert (reused.status_code, reused.json()["error"]) == (403, "challenge_invalid")
    unknown = requests.post(
        service.url + protocol.CHALLENGE_PATH,
        json={"device_id": new_device().device_id},
        timeout=TIMEOUT,
    )
    assert (unknown.status_code, unknown.json()["error"]) == (403, "device_unknown")
