"""The way back at the service: the specialist's re-encrypted copy of a case, offers accepted
and declined, who may fetch what, due times, and the signed opinion sent back to the clinic.

The specialist device is a test-side key pair; every copy it receives must open with the
standard `age` tool and its identity, and the service must never write the case's plaintext
to its data folder.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import uuid
from datetime import datetime

import pytest
import requests

from sync import opinion as opinion_format
from sync import protocol
from sync.bundle import format as fmt
from sync.bundle.writer import BundleWriter
from sync.canonical import canonical_bytes
from sync.opinion import Answer, Opinion, Signatory
from sync.protocol import CipherFile, OpinionEnvelope, OpinionReceipt, Signed
from testdata.dicom import ASHA, ct_series
from tests.service.test_assignment import feed_items, statuses
from tests.support.service_client import TIMEOUT, TUS, Client, b64, build_bundle, new_device

pytestmark = pytest.mark.timeout(180)

DOCTOR = {
    "name": "Dr Kavita Rao",
    "qualification": "MD (Cardiology)",
    "council": "Karnataka Medical Council",
    "registration": "KMC-48213",
}
QUESTIONS = ["Is the lesion malignant?", "Surgery or chemotherapy first?"]


def specialist(service, *specialties: str, profile=None) -> Client:
    client = Client(service.url, new_device())
    answer = client.enroll(service.new_code("specialist", specialties, profile), role="")
    assert answer.status_code == 201, answer.text
    assert answer.json()["role"] == "specialist"
    return client


def offers(client: Client, service) -> list[protocol.CaseAssigned]:
    return [i for i in feed_items(client, service) if i.kind == protocol.FeedKind.CASE_ASSIGNED]


def fetch(client: Client, service, bundle_id: str, name: str) -> requests.Response:
    return requests.get(
        service.url + protocol.file_path(bundle_id, name), headers=client.auth, timeout=TIMEOUT
    )


def post(client: Client, service, path: str, body=None) -> requests.Response:
    return requests.post(service.url + path, json=body or {}, headers=client.auth, timeout=TIMEOUT)


def dicom_bundle(tmp_path, clinic: Client, service, *, urgency="routine"):
    """A case with a CT series (ASHA's name in every header) and her name in the manifest."""
    scans = ct_series(tmp_path / "scans", 3)
    with BundleWriter(tmp_path / "bundle", clinic.device, [service.keys()["age"]], 1) as writer:
        for path in scans:
            writer.add_file(path, name=path.name, kind="dicom", media_type="application/dicom")
        return writer.finish(
            {
                "case": {
                    "id": "case-1",
                    "referral": {
                        "specialty": "cardiology",
                        "urgency": urgency,
                        "questions": QUESTIONS,
                    },
                },
                "patient": {"name": "Asha Sharma", "dicom_name": ASHA.name},
            }
        )


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed")
def test_the_specialist_gets_a_copy_only_it_and_the_age_tool_can_open(tmp_path, service, clinic):
    doctor = specialist(service, "cardiology", profile=DOCTOR)
    other = specialist(service, "oncology")
    built = dicom_bundle(tmp_path, clinic, service)
    clinic.send(built)
    service.wait_idle()
    [offer] = offers(doctor, service)
    assert offer.bundle_id == built.bundle_id and offer.specialty == "cardiology"
    # The service vouches for the clinic device that signed the manifest.
    assert offer.clinic.device_id == clinic.device.device_id
    assert offer.clinic.ed25519 == clinic.device.ed25519_public
    identity = tmp_path / "specialist.key"
    identity.write_text(str(doctor.device.age_identity) + "\n")
    identity.chmod(0o600)
    listed = {f.name: f for f in offer.files}
    assert set(listed) == {fmt.MANIFEST, *(f.name for f in built.envelope.files)}
    plain = {}
    for name, item in listed.items():
        got = fetch(doctor, service, built.bundle_id, name)
        assert got.status_code == 200, got.text
        assert CipherFile(name, len(got.content), hashlib.sha256(got.content).hexdigest()) == item
        (tmp_path / name).write_bytes(got.content)
        opened = subprocess.run(
            ["age", "-d", "-i", str(identity), str(tmp_path / name)],
            capture_output=True,
            timeout=60,
        )
        assert opened.returncode == 0, opened.stderr
        plain[name] = opened.stdout
    manifest_bytes = plain.pop(fmt.MANIFEST)
    assert hashlib.sha256(manifest_bytes).hexdigest() == offer.manifest_sha256
    manifest = json.loads(manifest_bytes)
    inner = protocol.unb64(manifest.pop("inner_sig"))
    protocol.Ed25519PublicKey.from_public_bytes(offer.clinic.ed25519_raw).verify(
        inner, canonical_bytes(manifest)
    )  # the clinic's inner signature survives re-encryption
    by_name = {e["file_id"] + ".age": e["sha256_plain"] for e in manifest["files"]}
    assert {n: hashlib.sha256(p).hexdigest() for n, p in plain.items()} == by_name
    # A specialist of another specialty got nothing and may fetch nothing.
    assert offers(other, service) == []
    refused = fetch(other, service, built.bundle_id, fmt.MANIFEST)
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yours")
    refused = post(other, service, protocol.accept_path(built.bundle_id))
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yours")


def test_the_service_never_writes_the_case_in_plaintext(tmp_path, service, clinic):
    specialist(service, "cardiology")
    built = dicom_bundle(tmp_path, clinic, service)
    clinic.send(built)
    service.wait_idle()
    assert ct_series(tmp_path / "probe", 1)[0].read_bytes()[128:132] == b"DICM"
    leaks = []
    for path in service.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (b"DICM", ASHA.name.encode(), b"Asha Sharma"):
                if secret in data:
                    leaks.append((path.relative_to(service.data_dir), secret))
    assert leaks == []
    assert not any((service.data_dir / "work").iterdir())  # no ciphertext left behind either


def test_a_declined_case_goes_to_the_next_specialist(tmp_path, service, clinic, bundle):
    first = specialist(service, "cardiology")
    second = specialist(service, "cardiology")
    clinic.send(bundle)
    service.wait_idle()
    assert [o.bundle_id for o in offers(first, service)] == [bundle.bundle_id]
    declined = post(first, service, protocol.decline_path(bundle.bundle_id), {"reason": "leave"})
    assert declined.status_code == 200, declined.text
    assert declined.json()["state"] == "declined"
    service.wait_idle()
    assert [o.bundle_id for o in offers(second, service)] == [bundle.bundle_id]
    assert statuses(clinic, service, bundle.bundle_id) == ["received", "assigned", "assigned"]
    refused = fetch(first, service, bundle.bundle_id, fmt.MANIFEST)
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yours")
    again = post(first, service, protocol.accept_path(bundle.bundle_id))
    assert (again.status_code, again.json()["error"]) == (409, "assignment_closed")
    accepted = post(second, service, protocol.accept_path(bundle.bundle_id))
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    mine = requests.get(
        service.url + protocol.ASSIGNMENTS_PATH, headers=second.auth, timeout=TIMEOUT
    ).json()["assignments"]
    assert [(a["bundle_id"], a["state"], a["ready"]) for a in mine] == [
        (bundle.bundle_id, "accepted", True)
    ]
    # With nobody left to take it, a declined case waits for the admin.
    post(second, service, protocol.decline_path(bundle.bundle_id))
    from opinion_service import admin

    listed = admin.assignments(
        service.data_dir, db_url=service.db_url, storage_url=service.storage_url
    )
    assert [(r["bundle_id"], r["state"]) for r in listed] == [(bundle.bundle_id, "waiting")]


def test_due_times_follow_urgency(tmp_path, service, clinic):
    doctor = specialist(service, "cardiology")
    clinic.send(dicom_bundle(tmp_path, clinic, service, urgency="urgent"))
    service.wait_idle()
    [offer] = offers(doctor, service)
    hours = (_time(offer.due_at) - _time(offer.at)).total_seconds() / 3600
    assert (offer.urgency, hours) == ("urgent", 48)
    routine = build_bundle(tmp_path / "b2", clinic.device, service.keys()["age"], seq=2)
    clinic.send(routine)
    service.wait_idle()
    later = next(o for o in offers(doctor, service) if o.bundle_id == routine.bundle_id)
    assert (_time(later.due_at) - _time(later.at)).days == 7


def test_admin_cannot_give_a_case_to_a_specialist_of_another_specialty(service, clinic, bundle):
    from opinion_service import admin
    from opinion_service.errors import ApiError

    specialist(service, "cardiology")
    skin = specialist(service, "dermatology")
    clinic.send(bundle)
    service.wait_idle()
    with pytest.raises(ApiError) as refused:
        admin.assign(
            service.data_dir,
            bundle.bundle_id,
            skin.device.device_id,
            db_url=service.db_url,
            storage_url=service.storage_url,
        )
    assert refused.value.code == "specialty_mismatch"


# ---- the opinion


def _time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


def make_opinion(offer, doctor: Client, answers, **changes) -> Opinion:
    values = dict(
        opinion_id=str(uuid.uuid4()),
        bundle_id=offer.bundle_id,
        manifest_sha256=offer.manifest_sha256,
        device_id=doctor.device.device_id,
        created_at="2025-03-01T10:00:00Z",
        verdict="refined",
        diagnosis="Benign cyst",
        reasons="Thin wall, no enhancement",
        severity="mild",
        plan="Follow-up ultrasound in 6 months",
        alternatives=("Aspiration",),
        investigations=("Ultrasound",),
        lifestyle="",
        answers=tuple(answers),
        see_in_person="routine",
        limitations="Three slices only",
        patient_summary="The lump is not cancer.",
        specialist=Signatory(**DOCTOR),
    )
    values.update(changes)
    return Opinion(**values)


def send_opinion(service, doctor: Client, clinic: Client, opinion: Opinion) -> requests.Response:
    """Seal, register, upload with tus, commit: what a specialist device does."""
    signed = Signed(opinion, protocol.sign_json(doctor.device.signing_key, opinion.to_json()))
    sealed = opinion_format.seal(signed, [clinic.device.age_recipient, service.keys()["age"]])
    envelope = OpinionEnvelope(
        opinion_id=opinion.opinion_id,
        bundle_id=opinion.bundle_id,
        manifest_sha256=opinion.manifest_sha256,
        device_id=doctor.device.device_id,
        created_at=opinion.created_at,
        replaces=opinion.replaces,
        files=(CipherFile(protocol.OPINION_FILE, len(sealed), hashlib.sha256(sealed).hexdigest()),),
    )
    raw = envelope.to_bytes()
    registered = post(
        doctor,
        service,
        protocol.OPINIONS_PATH,
        {"envelope": b64(raw), "signature": b64(doctor.device.sign(raw))},
    )
    assert registered.status_code == 201, registered.text
    meta = f"opinion_id {b64(opinion.opinion_id.encode())},name {b64(b'opinion.age')}"
    created = requests.post(
        service.url + protocol.UPLOADS_PATH,
        headers={**doctor.auth, **TUS, "Upload-Length": str(len(sealed)), "Upload-Metadata": meta},
        timeout=TIMEOUT,
    )
    assert created.status_code == 201, created.text
    url = doctor.location(created)
    for offset in range(0, len(sealed), 100):  # small pieces, as on a 2G link
        assert doctor.patch(url, offset, sealed[offset : offset + 100]).status_code == 204
    return post(doctor, service, protocol.opinion_commit_path(opinion.opinion_id))


def test_the_opinion_goes_back_signed_and_only_to_the_clinic(tmp_path, service, clinic):
    doctor = specialist(service, "cardiology", profile=DOCTOR)
    other = specialist(service, "cardiology")
    built = dicom_bundle(tmp_path, clinic, service)
    clinic.send(built)
    service.wait_idle()
    [offer] = offers(doctor, service)
    assert post(doctor, service, protocol.accept_path(built.bundle_id)).status_code == 200
    ids = opinion_format.question_ids(QUESTIONS)
    half = make_opinion(offer, doctor, [Answer(ids[0][0], ids[0][1], "No.")])
    refused = send_opinion(service, doctor, clinic, half)
    assert refused.status_code == 422
    assert (refused.json()["error"], refused.json()["question_id"]) == ("question_unanswered", "q2")
    whole = make_opinion(offer, doctor, [Answer(q, text, "No.") for q, text in ids])
    committed = send_opinion(service, doctor, clinic, whole)
    assert committed.status_code == 200, committed.text
    public = protocol.unb64(service.keys()["ed25519"])
    receipt = Signed.open(OpinionReceipt, committed.json(), public).value
    assert receipt.opinion_id == whole.opinion_id and receipt.bundle_id == built.bundle_id
    # The clinic learns of it from the feed, with the service's word on who signed it.
    ready = [i for i in feed_items(clinic, service) if i.kind == protocol.FeedKind.OPINION_READY]
    assert [(r.opinion_id, r.manifest_sha256) for r in ready] == [
        (whole.opinion_id, offer.manifest_sha256)
    ]
    vouched = ready[0].specialist
    assert (vouched.device_id, vouched.name, vouched.registration) == (
        doctor.device.device_id,
        DOCTOR["name"],
        DOCTOR["registration"],
    )
    assert statuses(clinic, service, built.bundle_id)[-1] == "opinion_ready"
    url = service.url + protocol.opinion_file_path(whole.opinion_id, protocol.OPINION_FILE)
    got = requests.get(url, headers=clinic.auth, timeout=TIMEOUT)
    assert got.status_code == 200
    opened = opinion_format.unseal(got.content, clinic.device.age_identity, vouched.ed25519_raw)
    assert opened == whole
    refused = requests.get(url, headers=other.auth, timeout=TIMEOUT)
    assert (refused.status_code, refused.json()["error"]) == (403, "not_yours")
