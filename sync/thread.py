"""A case's follow-up thread as both sides read it, and the messages the feed brings.

``thread_for_case`` is the one read API every screen and command uses (the Opinion tab,
`opinion show`, `case show --json`): the case's messages in order, each with who wrote it
(name and role as the service vouched for them, or this device), when, the text, the files it
refers to (and whether they are here), and whether its signature verifies, with the signing
key's fingerprint. ``thread_state`` says where the thread is (a question waiting, or
answered); ``unanswered_questions`` lists the questions still waiting for an answer.
``receive_posted`` keeps a ``thread_message`` feed item's message once every check passes
(sync.thread_format.open_posted) and its case is known here; a message that fails is kept out
with its code (``local_store.thread_messages.refusals``). Either way the feed cursor moves
past the item in the same write, so each message is kept exactly once.

Codes only, no words. Thread-safety: functions over a store; reads on the calling thread,
writes on the store's writer.
"""

from __future__ import annotations

from dataclasses import dataclass

from local_store import attachments, outbox, received, thread_messages
from local_store.errors import NotFound
from local_store.models import CaseStatus
from local_store.store import Store
from local_store.thread_messages import ThreadRow
from sync import protocol, thread_format
from sync.device_keys import fingerprint, load_or_create
from sync.protocol import KeyVouch, Role, ShapeError, SignatureError, Signed, ThreadPosted
from sync.thread_format import ThreadMessage

# Where a case's thread is.
THREAD_NONE = "none"
QUESTION_ASKED = CaseStatus.QUESTION_ASKED.value
ANSWERED = CaseStatus.ANSWERED.value

# A message for a case this device does not hold.
CASE_UNKNOWN = "case_unknown"


@dataclass(frozen=True)
class ThreadFile:
    """A file a message refers to; ``attachment_id`` is the case file here with the same bytes
    (None until the supplementary bundle carrying it has arrived)."""

    name: str
    sha256: str
    size: int
    supplement: str  # the bundle that carries it
    attachment_id: str | None


@dataclass(frozen=True)
class ThreadEntry:
    message_id: str
    case_id: str
    in_reply_to: str | None
    author_name: str  # as the service vouched for the author ("" when it named nobody)
    author_role: str  # sync.protocol.Role: "clinic" or "specialist"
    author_device: str
    mine: bool  # written on this device
    at: str  # when the author wrote it (ISO 8601, UTC)
    text: str
    attachments: tuple[ThreadFile, ...]
    verified: bool  # the signature holds for the author's vouched key and binds this case
    fingerprint: str  # of the author's signing key, as people compare it
    state: str  # local_store.thread_messages: waiting, queued, sent, failed, received
    problem: str | None  # why sending failed, while it does
    service_at: str | None  # when the service stored it (None until sent)


def _verified(row: ThreadRow, author: KeyVouch) -> tuple[ThreadMessage | None, bool]:
    """The message as kept, and whether it still verifies: the author's signature over it
    and its binding to this case, id and author."""
    try:
        signed = Signed.open(ThreadMessage, row.signed, author.ed25519_raw)
    except SignatureError:
        try:
            return ThreadMessage.parse(row.signed.get(ThreadMessage.SIGNED_AS)), False
        except ShapeError:
            return None, False
    except ShapeError:
        return None, False
    try:
        thread_format.check_bound(
            signed.value, message_id=row.message_id, bundle_id=row.bundle_id, author=author
        )
    except ShapeError:
        return signed.value, False
    return signed.value, True


def _files(store: Store, case_id: str, message: ThreadMessage) -> tuple[ThreadFile, ...]:
    if not message.attachments or message.supplement is None:
        return ()
    here = {a.sha256: a.id for a in attachments.list_attachments(store, case_id)}
    try:
        # On a specialist's device the supplementary bundle arrives as a case of its own.
        extra = received.get_received(store, message.supplement).case_id
        here |= {a.sha256: a.id for a in attachments.list_attachments(store, extra)}
    except NotFound:
        pass
    return tuple(
        ThreadFile(f.name, f.sha256, f.size, message.supplement, here.get(f.sha256))
        for f in message.attachments
    )


def _entry(store: Store, row: ThreadRow) -> ThreadEntry | None:
    try:
        author = KeyVouch.parse(row.author)
    except ShapeError:
        return None
    message, verified = _verified(row, author)
    if message is None:
        return None
    return ThreadEntry(
        message_id=row.message_id,
        case_id=row.case_id,
        in_reply_to=message.in_reply_to,
        author_name=author.name,
        author_role=author.role,
        author_device=author.device_id,
        mine=row.outgoing,
        at=message.at,
        text=message.text,
        attachments=_files(store, row.case_id, message),
        verified=verified,
        fingerprint=fingerprint(author.ed25519_raw),
        state=row.state,
        problem=row.last_error,
        service_at=row.received_at,
    )


def thread_for_case(store: Store, case_id: str) -> list[ThreadEntry]:
    """The case's follow-up messages in the order written, each checked again as read."""
    entries = [_entry(store, row) for row in thread_messages.for_case(store, case_id)]
    return [e for e in entries if e is not None]


def unanswered_questions(entries: list[ThreadEntry]) -> list[ThreadEntry]:
    """The clinic's questions no answer of the specialist's replies to yet (an answer written
    and still waiting to be sent counts as given), in order."""
    answered = {e.in_reply_to for e in entries if e.author_role == Role.SPECIALIST}
    return [e for e in entries if e.author_role == Role.CLINIC and e.message_id not in answered]


def thread_state(entries: list[ThreadEntry]) -> str:
    """QUESTION_ASKED while a clinic's question has no answer, ANSWERED once every one has,
    THREAD_NONE before any question."""
    if unanswered_questions(entries):
        return QUESTION_ASKED
    return ANSWERED if any(e.author_role == Role.CLINIC for e in entries) else THREAD_NONE


def status_after(store: Store, case_id: str, message: ThreadMessage) -> CaseStatus:
    """The case's status once ``message`` joins its thread: ``question_asked`` while any of
    the clinic's questions has no answer, else ``answered``."""
    rows = thread_messages.for_case(store, case_id)
    parts = [(r.author.get("role"), r.message_id, _in_reply_to(r)) for r in rows]
    parts.append((message.role, message.message_id, message.in_reply_to))
    answered = {reply for role, _id, reply in parts if role == Role.SPECIALIST}
    waiting = [mid for role, mid, _reply in parts if role == Role.CLINIC and mid not in answered]
    return CaseStatus.QUESTION_ASKED if waiting else CaseStatus.ANSWERED


def _in_reply_to(row: ThreadRow) -> str | None:
    body = row.signed.get(ThreadMessage.SIGNED_AS)
    reply = body.get("in_reply_to") if isinstance(body, dict) else None
    return reply if isinstance(reply, str) else None


def case_of_bundle(store: Store, bundle_id: str) -> str | None:
    """The local case a thread's bundle belongs to: the clinic's case that sent it, or the
    specialist's received case."""
    case_id = outbox.case_of(store, bundle_id)
    if case_id:
        return case_id
    try:
        return received.get_received(store, bundle_id).case_id
    except NotFound:
        return None


def receive_posted(store: Store, item: ThreadPosted) -> str:
    """Keep the message a verified ``thread_message`` item carries, or keep it out; the feed
    cursor moves past the item either way. Returns thread_messages STORED or DUPLICATE, or the
    refusal's code (a ThreadError code, ``signature_bad``, ``case_unknown``)."""
    case_id = case_of_bundle(store, item.bundle_id)
    code: str
    if case_id is None:
        code = CASE_UNKNOWN
    else:
        try:
            signed = thread_format.open_posted(item, load_or_create(store).age_identity)
        except SignatureError:
            code = protocol.Error.SIGNATURE_BAD
        except ShapeError as exc:
            code = exc.code
        else:
            return thread_messages.add_incoming(
                store,
                cursor=item.cursor,
                message_id=item.message_id,
                case_id=case_id,
                bundle_id=item.bundle_id,
                signed=signed.to_json(),
                author=item.author.to_json(),
                at=signed.value.at,
                received_at=item.at,
                case_status=status_after(store, case_id, signed.value),
            )
    thread_messages.refuse_incoming(
        store,
        cursor=item.cursor,
        bundle_id=item.bundle_id,
        message_id=item.message_id,
        code=code,
    )
    return code
