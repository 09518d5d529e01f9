"""Writing to a case's follow-up thread, and sending what was written.

``ask`` is the clinic's follow-up question on a case it sent: files added to the case since it
was sent go first as a small supplementary bundle through the same pipeline as "Send an
update" (sync.submit.submit_update: built, queued in the outbox, delivered by the engine), and
the message lists them (name, SHA-256, size) and names that bundle. ``answer`` is the
specialist's reply to one question of a case it received. Both sign the message with this
device's Ed25519 key (sync.thread_format) and keep it in local_store.thread_messages, where it
waits for its supplementary bundle, then is queued; the case's status becomes
``question_asked`` or ``answered``. Both work offline.

``deliver_message`` sends one queued message: the other party's keys from the service's signed
vouch (``GET /v1/threads/{bundle_id}/peer``), sealed once to them and the service (the sealed
bytes are kept, so a retry after a cut sends the same bytes), posted, and marked sent only on a
receipt signed by the pinned service key that names this message and its hash. The engine
calls it (sync/engine.py) and handles the session's typed errors as for a bundle.

Refusals raise ``ThreadRefused`` with a code. Thread-safety: call from one thread at a time per
case; store writes run on the store's writer.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from local_store import attachments, cases, outbox, received, thread_messages
from local_store.errors import CaseClosed
from local_store.models import CaseStatus
from local_store.store import Store
from local_store.thread_messages import ThreadRow
from sync import protocol, thread_format
from sync.device_keys import load_or_create
from sync.enrollment import Enrollment, NotEnrolled, current
from sync.protocol import KeyVouch, Role, ShapeError, Signed, ThreadPeer, ThreadReceipt
from sync.submit import submit_update
from sync.thread import status_after
from sync.thread_format import MessageFile, ThreadMessage
from sync.transport.api import ServiceApi

WRONG_ROLE = protocol.Error.WRONG_ROLE  # a clinic asks, a specialist answers
NOT_SENT = "case_not_sent"  # the case has no bundle at the service to ask about
MESSAGE_UNKNOWN = "message_unknown"  # no such question in this case
PEER_BAD = "peer_signature_bad"  # the service's vouch for the other party did not verify
RECEIPT_SIGNATURE_BAD = "receipt_signature_bad"
RECEIPT_MISMATCH = "receipt_mismatch"
# Answers that mean "not yet": the case has no specialist at the service yet.
WAIT_CODES = frozenset({protocol.ThreadError.NO_PEER, protocol.Error.BUNDLE_UNKNOWN})


class ThreadRefused(Exception):
    def __init__(self, code: str, where: str = ""):
        super().__init__(code)
        self.code = code
        self.where = where


@dataclass(frozen=True)
class Written:
    message_id: str
    case_id: str
    bundle_id: str
    supplement: str | None  # the supplementary bundle carrying the files, when any
    files: tuple[MessageFile, ...]


def _own_vouch(enrollment: Enrollment, store: Store) -> KeyVouch:
    """This device as the service knows it: what its messages are shown as written by."""
    keys = load_or_create(store)
    profile = enrollment.profile
    return KeyVouch(
        device_id=keys.device_id,
        role=enrollment.role,
        ed25519=keys.ed25519_public,
        age=keys.age_recipient,
        name=profile.get("name", ""),
        qualification=profile.get("qualification", ""),
        council=profile.get("council", ""),
        registration=profile.get("registration", ""),
        specialties=enrollment.specialties,
    )


def _enrolled_as(store: Store, role: str) -> Enrollment:
    enrollment = current(store)
    if enrollment is None:
        raise NotEnrolled()
    if enrollment.role != role:
        raise ThreadRefused(WRONG_ROLE)
    return enrollment


def _checked(message: ThreadMessage) -> ThreadMessage:
    """The message as the other side will read it: the format's own check."""
    try:
        return ThreadMessage.parse(message.to_json())
    except ShapeError as exc:
        raise ThreadRefused(exc.code, exc.where) from None


def _keep(
    store: Store, enrollment: Enrollment, message: ThreadMessage, case_id: str, status: CaseStatus
) -> Written:
    signed = Signed.make(message, load_or_create(store).signing_key)
    thread_messages.add_outgoing(
        store,
        message_id=message.message_id,
        case_id=case_id,
        bundle_id=message.bundle_id,
        signed=signed.to_json(),
        author=_own_vouch(enrollment, store).to_json(),
        at=message.at,
        supplement=message.supplement,
        case_status=status,
    )
    return Written(
        message.message_id, case_id, message.bundle_id, message.supplement, message.attachments
    )


def ask(
    store: Store,
    data_dir: Path,
    case_id: str,
    text: str,
    *,
    cancel: threading.Event | None = None,
) -> Written:
    """The clinic's follow-up question on ``case_id``, with every file added to the case since
    it was last sent. Raises ThreadRefused (``wrong_role``, ``case_not_sent``,
    ``message_unreadable`` for an empty or too long text), CaseClosed, NotEnrolled, and what
    ``submit_update`` raises."""
    enrollment = _enrolled_as(store, Role.CLINIC)
    if cases.get_case(store, case_id).status == CaseStatus.CLOSED:
        raise CaseClosed()
    bundle_id = outbox.first_bundle(store, case_id)
    if bundle_id is None:
        raise ThreadRefused(NOT_SENT)
    new = attachments.unsent(store, case_id)
    message = ThreadMessage(
        message_id=str(uuid.uuid4()),
        bundle_id=bundle_id,
        device_id=load_or_create(store).device_id,
        role=Role.CLINIC,
        at=outbox.now_iso(),
        text=text.strip(),
        attachments=tuple(MessageFile(a.name, a.sha256, a.size) for a in new),
        supplement="pending" if new else None,
    )
    _checked(message)  # before any bundle is built: a refused text sends nothing
    if new:
        sent = submit_update(store, data_dir, case_id, text.strip(), cancel=cancel)
        listed = attachments.list_attachments(store, case_id)
        carried = {a.id for a in listed if a.sent_in == sent.bundle_id}
        files = tuple(MessageFile(a.name, a.sha256, a.size) for a in new if a.id in carried)
        message = replace(message, attachments=files, supplement=sent.bundle_id if files else None)
    return _keep(store, enrollment, _checked(message), case_id, CaseStatus.QUESTION_ASKED)


def resolve_message(store: Store, case_id: str, text: str) -> ThreadRow:
    """The message of ``case_id`` an id (or its first characters, at least 4) names."""
    text = text.strip().lower()
    rows = [r for r in thread_messages.for_case(store, case_id) if r.message_id.startswith(text)]
    if len(text) < 4 or len(rows) != 1:
        raise ThreadRefused(MESSAGE_UNKNOWN)
    return rows[0]


def answer(store: Store, bundle_id: str, message_id: str, text: str) -> Written:
    """The specialist's answer to the clinic's message ``message_id`` (or its first
    characters) on the received case ``bundle_id``. Raises ThreadRefused (``wrong_role``,
    ``message_unknown``, ``message_unreadable``), NotFound (no such received case),
    NotEnrolled."""
    enrollment = _enrolled_as(store, Role.SPECIALIST)
    case_id = received.get_received(store, bundle_id).case_id
    question = resolve_message(store, case_id, message_id)
    if question.outgoing or question.author.get("role") != Role.CLINIC:
        raise ThreadRefused(MESSAGE_UNKNOWN)
    message = ThreadMessage(
        message_id=str(uuid.uuid4()),
        bundle_id=bundle_id,
        device_id=load_or_create(store).device_id,
        role=Role.SPECIALIST,
        at=outbox.now_iso(),
        text=text.strip(),
        in_reply_to=question.message_id,
    )
    checked = _checked(message)
    return _keep(store, enrollment, checked, case_id, status_after(store, case_id, checked))


# ---- sending


def due(store: Store, now: float) -> list[ThreadRow]:
    """Messages to send now, oldest first. A message waiting for its supplementary bundle
    is queued the moment that bundle is at the service (its receipt held)."""
    ready = []
    for row in thread_messages.to_send(store):
        if row.state == thread_messages.WAITING:
            entry = outbox.get_entry(store, row.supplement or "")
            if entry is None or entry.state != outbox.SENT:
                continue
            thread_messages.set_queued(store, row.message_id)
        if (row.next_attempt_at or 0) <= now:
            ready.append(row)
    return ready


def _peer(api: ServiceApi, enrollment: Enrollment, bundle_id: str) -> KeyVouch:
    answer_ = api.thread_peer(bundle_id)
    try:
        peer = Signed.open(ThreadPeer, answer_, enrollment.service_key_raw).value
    except (protocol.SignatureError, ShapeError):
        raise ThreadRefused(PEER_BAD) from None
    if peer.bundle_id != bundle_id:
        raise ThreadRefused(PEER_BAD)
    return peer.peer


def deliver_message(store: Store, row: ThreadRow, api: ServiceApi, enrollment: Enrollment) -> None:
    """Send one message and keep the service's receipt. Raises ThreadRefused for what no
    retry mends, and the session's typed errors (Offline, ProtocolError...) otherwise."""
    sealed = row.sealed
    if sealed is None:
        peer = _peer(api, enrollment, row.bundle_id)
        signed = Signed.open(ThreadMessage, row.signed, _own_key(store))
        sealed = thread_format.seal(signed, [peer.age, enrollment.service_age])
        thread_messages.set_sealed(store, row.message_id, sealed)
        # Another attempt may have sealed first: send what is kept, never two versions.
        kept = thread_messages.get(store, row.message_id)
        sealed = kept.sealed if kept is not None and kept.sealed is not None else sealed
    answer_ = api.post_thread_message(row.bundle_id, row.message_id, sealed)
    try:
        receipt = Signed.open(ThreadReceipt, answer_, enrollment.service_key_raw).value
    except protocol.SignatureError:
        raise ThreadRefused(RECEIPT_SIGNATURE_BAD) from None
    except ShapeError:
        raise ThreadRefused(RECEIPT_MISMATCH) from None
    expected = (
        enrollment.service_id,
        row.message_id,
        row.bundle_id,
        enrollment.device_id,
        thread_format.signed_sha256(Signed.open(ThreadMessage, row.signed, _own_key(store))),
    )
    got = (
        receipt.service_id,
        receipt.message_id,
        receipt.bundle_id,
        receipt.device_id,
        receipt.sha256,
    )
    if got != expected:
        raise ThreadRefused(RECEIPT_MISMATCH)
    thread_messages.mark_sent(store, row.message_id, answer_, receipt.received_at)


def _own_key(store: Store) -> bytes:
    return load_or_create(store).ed25519_public_raw
