"""A case received by an enrolled specialist, made in the store the way a fetch leaves it
(local_store.received.queue_fetch then store_received, sync.enrollment's settings), without a
service: for tests of what the specialist does with a case (the opinion editor). The clinic's
vouch holds real keys, so signing works; tests/sync/test_opinion_end_to_end.py covers the same
steps over the network."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict

import pyrage
from nacl.signing import SigningKey

from local_store import received, settings
from sync import protocol
from sync.enrollment import ENROLLMENT_KEY, Enrollment

PROFILE = {
    "name": "Dr Meera Iyer",
    "qualification": "MD, DM (Medical Oncology)",
    "council": "Karnataka Medical Council",
    "registration": "KMC-48213",
}
QUESTIONS = ["Is surgery still an option?", "Can she travel 200 km for treatment?"]


def enroll_specialist(store, specialty: str = "oncology") -> None:
    service_age = pyrage.x25519.Identity.generate().to_public()
    enrollment = Enrollment(
        service_url="https://service.invalid",
        device_id=str(uuid.uuid4()),
        role=protocol.Role.SPECIALIST,
        specialties=(specialty,),
        service_id="service",
        service_ed25519=protocol.b64(bytes(SigningKey.generate().verify_key)),
        service_age=str(service_age),
        profile=dict(PROFILE),
    )
    settings.put(store, ENROLLMENT_KEY, asdict(enrollment) | {"specialties": [specialty]})


def received_case(
    store, questions=QUESTIONS, specialty: str = "oncology", *, files=(), sent=None
) -> str:
    """A case with ``questions`` from a clinic, fetched and accepted here; its bundle id.
    ``files`` are local_store.received.ReceivedFile (their blobs already stored) and ``sent``
    more of the manifest (its files, studies, key images), as a fetch keeps them."""
    bundle_id = str(uuid.uuid4())
    clinic_key = bytes(SigningKey.generate().verify_key)
    clinic = protocol.KeyVouch(
        device_id=protocol.key_id("dev-", clinic_key),
        role=protocol.Role.CLINIC,
        ed25519=protocol.b64(clinic_key),
        age=str(pyrage.x25519.Identity.generate().to_public()),
        name="Primary Health Centre, Hosakote",
    )
    manifest = {
        "patient": {"name": "Sunita Devi", "sex": "female", "age_years": 52},
        "case": {
            "updated_at": "2026-12-01T09:00:00+00:00",
            "referral": {
                "question": "Second opinion on a breast lump",
                "working_diagnosis": "Carcinoma of the left breast",
                "questions": list(questions),
                "urgency": "routine",
            },
        },
    }
    manifest |= sent or {}
    item = {
        "bundle_id": bundle_id,
        "specialty": specialty,
        "urgency": "routine",
        "at": "2026-12-01T10:00:00+00:00",
        "due_at": "2026-12-04T10:00:00+00:00",
        "manifest_sha256": hashlib.sha256(json.dumps(manifest).encode()).hexdigest(),
        "clinic": clinic.to_json(),
    }
    received.queue_fetch(
        store,
        {"item": item, "signature": ""},
        bundle_id=bundle_id,
        offered_at=item["at"],
        cursor=1,
        urgent=False,
        size_cipher=0,
    )
    received.store_received(store, item=item, manifest=manifest, files=list(files))
    received.set_assignment(store, bundle_id, protocol.AssignmentState.ACCEPTED)
    return bundle_id
