"""Opinions as a clinic keeps them once received (``sync.opinion.ReceivedOpinion``), made the
real way: a specialist device's own keys (sync.device_keys.DeviceKeys) sign the document,
it is sealed with age to the clinic's key and opened again with the signature checked
(sync.opinion.seal / unseal), and the record holds the service's vouch for that key and its
fingerprint. For the Opinion tab, the printouts and ``opinion print``, without a service.
Also ``clinic_case``: the clinic's case the opinion answers, with its questions, and
``thread_entry``: a follow-up message as ``sync.thread.thread_for_case`` reads it back, for
the screens that only show one."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from local_store import cases
from local_store.models import Patient, Referral, Sex
from sync import protocol
from sync.device_keys import DeviceKeys, fingerprint
from sync.opinion import Answer, Opinion, ReceivedOpinion, Signatory, question_ids, seal, unseal
from sync.thread import ThreadEntry, ThreadFile

SPECIALIST = Signatory(
    name="Dr Meera Iyer",
    qualification="MD, DM (Medical Oncology)",
    council="Karnataka Medical Council",
    registration="KMC-48213",
)
QUESTIONS = [
    "Is breast-conserving surgery possible, or is mastectomy needed?",
    "Should chemotherapy be given before surgery?",
    "Can she travel 200 km to Bengaluru for radiotherapy?",
]
ANSWERS = [
    "Breast-conserving surgery is possible after the lump shrinks with chemotherapy.",
    "Yes: four cycles of chemotherapy first (neoadjuvant), then surgery.",
    "Yes, for five weeks; the district hospital at Tumakuru also gives radiotherapy.",
]
INVESTIGATIONS = (
    "Core biopsy with ER, PR and HER2 receptor tests",
    "CT of chest and abdomen for staging",
    "Echocardiogram before chemotherapy",
)
# A specialist writing for a Hindi-speaking patient: conjuncts (क्ष, ज्ञ, स्त, प्र) and
# pre-base vowel signs (ि) that only a shaping text layout draws right.
HINDI_SUMMARY = (
    "आपके स्तन में गाँठ कैंसर की है, लेकिन इसका इलाज हो सकता है। पहले कीमोथेरेपी दी जाएगी, "
    "जिससे गाँठ छोटी होगी, फिर ऑपरेशन होगा। विशेषज्ञ ने आपकी जाँच रिपोर्ट देखी है। "
    "प्रश्न हों तो क्लिनिक में पूछें।"
)


def clinic_case(store, name: str = "Sunita Devi") -> str:
    """The clinic's case the opinion answers: a patient and three questions; its id."""
    return cases.create_case(
        store,
        Patient(name=name, sex=Sex.FEMALE, age_years=54, hospital_id="PHC-BST-1021"),
        referral=Referral(specialty="oncology", questions=list(QUESTIONS)),
    )


def specialist_keys() -> DeviceKeys:
    return DeviceKeys(Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())


def opinion(
    *,
    see_in_person: str = "within_days",
    verdict: str = "refined",
    replaces: str | None = None,
    patient_summary: str = (
        "The lump in your breast is a cancer that can be treated. You will first have "
        "medicines (chemotherapy) to shrink it, then an operation."
    ),
    created_at: str = "2026-12-03T11:20:00Z",
    device_id: str = "dev-specialist",
) -> Opinion:
    return Opinion(
        opinion_id=str(uuid.uuid4()),
        bundle_id=str(uuid.uuid4()),
        manifest_sha256="0" * 64,
        device_id=device_id,
        created_at=created_at,
        replaces=replaces,
        verdict=verdict,
        diagnosis="Invasive ductal carcinoma, left breast, T2 N1 (stage IIB)",
        reasons="The mammogram and the FNAC report agree; the axillary node is suspicious.",
        severity="Stage IIB",
        plan="Neoadjuvant chemotherapy (4 cycles AC), then breast-conserving surgery.",
        alternatives=(
            "Mastectomy first (cost: free under PM-JAY; available at: district hospital)",
            "Hormone therapy alone if receptors are positive and she declines chemotherapy",
        ),
        investigations=INVESTIGATIONS,
        lifestyle="Eat enough protein during chemotherapy; walk daily; no tobacco or alcohol.",
        answers=tuple(
            Answer(qid, question, answer)
            for (qid, question), answer in zip(question_ids(QUESTIONS), ANSWERS, strict=True)
        ),
        see_in_person=see_in_person,
        limitations="No receptor status yet; the ultrasound images were photographs.",
        patient_summary=patient_summary,
        specialist=SPECIALIST,
    )


def received(
    document: Opinion,
    keys: DeviceKeys | None = None,
    received_at: str = "2026-12-03T12:05:00Z",
) -> ReceivedOpinion:
    """``document`` signed with ``keys`` (a new specialist device's when None), sealed to a
    clinic device, opened with the signature checked, and kept with the vouch for the key."""
    keys = keys or specialist_keys()
    document = replace(document, device_id=keys.device_id)
    clinic = pyrage.x25519.Identity.generate()
    sealed = seal(protocol.Signed.make(document, keys.signing_key), [str(clinic.to_public())])
    opened = unseal(sealed, clinic, keys.ed25519_public_raw)
    vouch = protocol.KeyVouch(
        device_id=keys.device_id,
        role=protocol.Role.SPECIALIST,
        ed25519=keys.ed25519_public,
        age=keys.age_recipient,
        name=SPECIALIST.name,
        qualification=SPECIALIST.qualification,
        council=SPECIALIST.council,
        registration=SPECIALIST.registration,
        specialties=("oncology",),
    )
    return ReceivedOpinion(opened, vouch, fingerprint(keys.ed25519_public_raw), received_at)


def versions(see_in_person: str = "within_days", **fields) -> list[ReceivedOpinion]:
    """A first opinion and its correction by the same specialist device, oldest first."""
    keys = specialist_keys()
    first = received(
        opinion(see_in_person="routine", verdict="confirmed", created_at="2026-12-02T09:00:00Z"),
        keys,
        received_at="2026-12-02T09:30:00Z",
    )
    second = received(
        opinion(see_in_person=see_in_person, replaces=first.opinion.opinion_id, **fields), keys
    )
    return [first, second]


def thread_entry(
    who: str,
    role: str,
    at: str,
    text: str,
    *,
    attachments: tuple[str, ...] = (),
    verified: bool = False,
    fingerprint: str = "",
    case_id: str = "",
) -> ThreadEntry:
    """A received message of the thread written by ``who`` as ``role`` (sync.protocol.Role),
    with the files named ``attachments`` (not here yet)."""
    return ThreadEntry(
        message_id=str(uuid.uuid4()),
        case_id=case_id,
        in_reply_to=None,
        author_name=who,
        author_role=role,
        author_device=str(uuid.uuid4()),
        mine=False,
        at=at,
        text=text,
        attachments=tuple(
            ThreadFile(name, hashlib.sha256(name.encode()).hexdigest(), 1024, "", None)
            for name in attachments
        ),
        verified=verified,
        fingerprint=fingerprint,
        state="received",
        problem=None,
        service_at=at,
    )
