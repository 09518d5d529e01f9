"""Signing a specialist's opinion and queueing it to send.

``prepare`` makes the document (sync/opinion.py) exactly as it would be signed now from the
case's draft: the draft's fields (sync/opinion_draft.py), bound to the bundle and the manifest
hash the service's ``case_assigned`` item gave, this device's id, the specialist as enrolled,
and ``replaces`` when it corrects a signed version. The preview shows it; ``sign`` signs that
same document with this device's Ed25519 key after checking it can go (every question
answered, the choices made, the case still this device's to answer, the document reading back
as the format), seals it with age to the clinic device (its key from the service's vouch) and
the service, writes ``opinion.age`` and the opinion's signed envelope into a new folder of
``DATA_DIR/outbox/`` and marks the draft signed and queued in one transaction
(local_store.opinions). The engine sends it like a bundle (sync/delivery.py).

Refusals raise ``OpinionRefused`` with a code and, when there is one, what it names.
Thread-safety: call from one thread at a time per case; store writes run on the store's writer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from local_store import opinions, outbox, received
from local_store.received import ReceivedCase
from local_store.store import Store
from sync import opinion_draft, protocol
from sync.bundle import format as bundle_format
from sync.device_keys import load_or_create
from sync.enrollment import NotEnrolled, current
from sync.opinion import Opinion, Signatory, seal
from sync.protocol import AssignmentState
from sync.submit import outbox_dir

NO_DRAFT = "no_draft"
NOT_FETCHED = "not_fetched"


class OpinionRefused(Exception):
    def __init__(self, code: str, where: str = ""):
        super().__init__(code)
        self.code = code
        self.where = where


@dataclass(frozen=True)
class SignedOpinion:
    opinion_id: str
    bundle_id: str
    version: int
    replaces: str | None
    folder: Path


def questions_of(case: ReceivedCase) -> list[str]:
    """The clinic's questions, as its manifest holds them."""
    referral = (case.manifest.get("case") or {}).get("referral") or {}
    return [str(q) for q in referral.get("questions") or []]


def prepare(store: Store, bundle_id: str, created_at: str | None = None) -> Opinion:
    """The draft of ``bundle_id`` as the document it would sign as. Raises OpinionRefused
    (``no_draft``, ``draft_unreadable``), NotFound (no such received case), NotEnrolled."""
    case = received.get_received(store, bundle_id)
    record = opinions.draft(store, bundle_id)
    if record is None:
        raise OpinionRefused(NO_DRAFT)
    enrollment = current(store)
    if enrollment is None:
        raise NotEnrolled()
    try:
        fields = opinion_draft.document_fields(
            opinion_draft.parse(record.fields), questions_of(case)
        )
    except protocol.ShapeError as exc:
        raise OpinionRefused(exc.code, exc.where or "") from None
    profile = enrollment.profile
    return Opinion(
        opinion_id=record.opinion_id,
        bundle_id=bundle_id,
        manifest_sha256=case.manifest_sha256,
        device_id=enrollment.device_id,
        created_at=created_at or outbox.now_iso(),
        replaces=record.replaces,
        specialist=Signatory(
            name=profile.get("name", ""),
            qualification=profile.get("qualification", ""),
            council=profile.get("council", ""),
            registration=profile.get("registration", ""),
        ),
        **fields,
    )


def sign(store: Store, data_dir: Path, bundle_id: str) -> SignedOpinion:
    """Sign the case's draft and queue it to send. Raises OpinionRefused: ``no_draft``,
    ``not_fetched``, ``assignment_closed`` (declined or no longer this device's),
    ``opinion_incomplete`` / ``question_unanswered`` (naming what), ``draft_unreadable``,
    ``vouch_unreadable`` (the clinic's key as the service vouched it is unusable)."""
    fetch = received.get_fetch(store, bundle_id)
    if fetch is None or fetch.state != received.STORED:
        raise OpinionRefused(NOT_FETCHED)
    if fetch.assignment not in (*AssignmentState.ACTIVE, AssignmentState.ANSWERED):
        raise OpinionRefused(protocol.ReviewError.ASSIGNMENT_CLOSED)
    case = received.get_received(store, bundle_id)
    record = opinions.draft(store, bundle_id)
    if record is None:
        raise OpinionRefused(NO_DRAFT)
    questions = questions_of(case)
    try:
        opinion_draft.check_complete(opinion_draft.parse(record.fields), questions)
    except protocol.ShapeError as exc:
        raise OpinionRefused(exc.code, exc.where or "") from None
    document = prepare(store, bundle_id)
    enrollment = current(store)
    keys = load_or_create(store)
    if enrollment is None:
        raise NotEnrolled()
    try:
        clinic = protocol.KeyVouch.parse(case.clinic)
        # Reading it back as the clinic will: the format's own check, the answers' rule.
        Opinion.parse(json.loads(json.dumps(document.to_json())))
        document.check_answers(questions)
    except protocol.ShapeError as exc:
        raise OpinionRefused(exc.code, exc.where or "") from None
    signed = protocol.Signed.make(document, keys.signing_key)
    sealed = seal(signed, [clinic.age, enrollment.service_age])
    envelope = protocol.OpinionEnvelope(
        opinion_id=document.opinion_id,
        bundle_id=bundle_id,
        manifest_sha256=document.manifest_sha256,
        device_id=document.device_id,
        created_at=document.created_at,
        replaces=document.replaces,
        files=(
            protocol.CipherFile(
                protocol.OPINION_FILE, len(sealed), hashlib.sha256(sealed).hexdigest()
            ),
        ),
    )
    folder = _write_folder(data_dir, envelope, protocol.b64(keys.sign(envelope.to_bytes())), sealed)
    try:
        opinions.mark_signed(
            store,
            document.opinion_id,
            signed.to_json(),
            case_id=case.case_id,
            folder=str(folder),
            service_url=enrollment.service_url,
            files=[outbox.NewFile(f.name, f.size_cipher, f.sha256_cipher) for f in envelope.files],
            urgent=case.urgency == protocol.Urgency.URGENT,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return SignedOpinion(document.opinion_id, bundle_id, record.version, record.replaces, folder)


def _write_folder(
    data_dir: Path, envelope: protocol.OpinionEnvelope, signature: str, sealed: bytes
) -> Path:
    """The opinion's outbox folder: ``envelope.json``, ``envelope.sig`` and ``opinion.age``,
    made under a temporary name and renamed whole, so a crash leaves no half folder queued."""
    parent = outbox_dir(data_dir)
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = uuid.uuid4().hex
    staging = parent / f".{name}.part"
    staging.mkdir(mode=0o700)
    try:
        (staging / bundle_format.ENVELOPE).write_bytes(envelope.to_bytes())
        (staging / bundle_format.ENVELOPE_SIG).write_text(signature, "ascii")
        (staging / protocol.OPINION_FILE).write_bytes(sealed)
        target = parent / name
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
