"""Words for a case's follow-up thread: why a message could not be written, sent or kept, where
a message is on its way, and the CLI's `ask`, `answer` and thread lines.

Same conventions as the rest of the package (see wording/__init__.py): QT_TRANSLATE_NOOP
marks, one sentence that says what happened and what to do; an error of the link or the
service is worded by wording.sync. Thread-safety: constant data and pure functions.
"""

from __future__ import annotations

from wording import QT_TRANSLATE_NOOP
from wording.sync import SYNC_ERROR, sync_error_text

THREAD_ERROR = {
    "wrong_role": QT_TRANSLATE_NOOP(
        "wording",
        "On this computer the clinic asks and the specialist answers: this message is the "
        "other side's to write.",
    ),
    "case_not_sent": QT_TRANSLATE_NOOP(
        "wording", "This case has not been sent yet. Send it before asking about it."
    ),
    "message_unknown": QT_TRANSLATE_NOOP(
        "wording",
        "There is no question from the clinic with that id in this case. Check the id in "
        "'opinion show'.",
    ),
    "message_unreadable": QT_TRANSLATE_NOOP(
        "wording",
        "The message is empty, too long (more than 10,000 characters) or cannot be read. "
        "Nothing was kept.",
    ),
    "message_mismatch": QT_TRANSLATE_NOOP(
        "wording",
        "A message claimed another case or author than the one it came as. It was kept out.",
    ),
    "message_replayed": QT_TRANSLATE_NOOP(
        "wording",
        "A message came again with other words under an id already used. It was kept out.",
    ),
    "not_in_thread": QT_TRANSLATE_NOOP(
        "wording", "The answer names a question that is not part of this case."
    ),
    "no_peer": QT_TRANSLATE_NOOP(
        "wording",
        "No specialist has this case yet. The question is sent by itself once one does.",
    ),
    "case_unknown": QT_TRANSLATE_NOOP(
        "wording", "A message came for a case this computer does not hold. It was kept out."
    ),
    "peer_signature_bad": QT_TRANSLATE_NOOP(
        "wording",
        "The service's word on who receives this message did not verify. Nothing was sent; "
        "ask the service's administrator.",
    ),
}

# Where a message written here is on its way (local_store.thread_messages states).
MESSAGE_STATE = {
    "waiting": QT_TRANSLATE_NOOP("wording", "waiting for its files to be sent"),
    "queued": QT_TRANSLATE_NOOP("wording", "waiting to send"),
    "sent": QT_TRANSLATE_NOOP("wording", "sent"),
    "failed": QT_TRANSLATE_NOOP("wording", "not sent"),
    "received": QT_TRANSLATE_NOOP("wording", "received"),
}

# Where a case's thread is (sync.thread.thread_state), as the worklist shows it.
THREAD_STATE = {
    "none": "",
    "question_asked": QT_TRANSLATE_NOOP("wording", "question asked"),
    "answered": QT_TRANSLATE_NOOP("wording", "question answered"),
}

ROLE = {
    "clinic": QT_TRANSLATE_NOOP("wording", "Clinic"),
    "specialist": QT_TRANSLATE_NOOP("wording", "Specialist"),
}


def thread_error_text(code: str | None) -> str:
    """Words for why a message could not be written, sent or kept."""
    if not code:
        return ""
    if code in THREAD_ERROR:
        return THREAD_ERROR[code]
    if code in SYNC_ERROR:
        return SYNC_ERROR[code]
    return sync_error_text(code)


# The CLI's own lines (not translated, like the other CLI_*_WORDS).
CLI_THREAD_WORDS = {
    "asked": "Question {message} kept for case {case}; it is sent at the next 'casebridge sync'.",
    "asked_files": "Question {message} kept for case {case} with {count} file(s), sent first "
    "as update {bundle}; both go at the next 'casebridge sync'.",
    "answered": "Answer {message} kept for case {case}; it is sent at the next 'casebridge sync'.",
    "heading": "Follow-up questions:",
    "none": "Follow-up questions: none yet.",
    "message": "  [{message}] {when}  {who} ({role}){reply}: {state}",
    "reply": ", answering {message}",
    "text": "      {text}",
    "file": "      file: {name} ({size}){here}",
    "file_here": ", here",
    "verified": "      signature verified, key {fingerprint}",
    "not_verified": "      SIGNATURE DOES NOT VERIFY: do not trust this message",
    "problem": "      not sent: {words}",
    "you": "you",
    "refused": "  kept out: a message {message}: {words}",
    "sent": "Message sent: {message}",
    "send_failed": "Message not sent: {message}: {words}",
}
