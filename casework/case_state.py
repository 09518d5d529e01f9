"""The one state of a case that every screen shows: the case list, the case header, the status
bar and the Sending panel all take it from here, so they never disagree.

A case's stored status moves forward only with what this device did or the feed said; the
outbox knows more (a bundle waiting, interrupted, refused, an opinion ready at the service).
``derive`` puts the two together: a closed case is closed; a bundle still to send decides while
the case's first bundle is on its way; after delivery the furthest of the case's status and the
service's status of its bundles wins ("opinion ready" at the service is later than "in review").
An update bundle on its way does not take a delivered case back to "waiting"; it is
``update_pending``. An opinion the clinic kept out (it failed a check on receipt) with nothing
received or on its way in its place is ``opinion_kept_out``, with the refusal's code as the
problem, instead of the service's "opinion ready": the patient's answer is not here.
``sending_counts`` gives the status bar what it needs to never say "all cases sent" while a
case is ready but not queued. Codes only; wording.cases.STATUS has the words.
Thread-safety: pure functions over values, except the loaders, which read the store on the
calling thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from local_store import cases, outbox
from local_store.models import CaseStatus, CaseSummary
from local_store.outbox import OutboxEntry
from sync import opinion_inbox

DRAFT = "draft"
READY = "ready"
QUEUED = "queued"
SENDING = "sending"
SEND_PROBLEM = "send_problem"  # still to send, the last try failed; it resumes by itself
NOT_SENT = "not_sent"  # refused for good (a permanent error): a person must act
DELIVERED = "delivered"
ASSIGNED = "assigned"
IN_REVIEW = "in_review"
OPINION_READY = "opinion_ready"  # the service has the opinion; not received here yet
OPINION_KEPT_OUT = "opinion_kept_out"  # the opinion failed a check here; none took its place
REFUSED = "refused"  # the service refused the bundle after receiving it
OPINION_RECEIVED = "opinion_received"
QUESTION_ASKED = "question_asked"  # a follow-up question waits for its answer
ANSWERED = "answered"
CLOSED = "closed"

# After delivery a case only moves forward along this order. The thread's two states come
# from this device alone (a new question takes an answered case back to "question asked").
_FORWARD = (
    DELIVERED,
    ASSIGNED,
    IN_REVIEW,
    OPINION_READY,
    OPINION_RECEIVED,
    QUESTION_ASKED,
    ANSWERED,
)
_SERVICE = {
    "received": DELIVERED,
    "assigned": ASSIGNED,
    "in_review": IN_REVIEW,
    "opinion_ready": OPINION_READY,
    "rejected": REFUSED,
}
_OPEN = ("queued", "sending", "committing")


@dataclass(frozen=True)
class CaseState:
    code: str  # one of the codes above
    # The last error code while sending has a problem; the refusal's code when an opinion
    # was kept out.
    problem: str | None = None
    update_pending: bool = False  # an update bundle is still to send

    @property
    def kept_out(self) -> str | None:
        """The refusal's code when the case's opinion was kept out, else None."""
        return self.problem if self.code == OPINION_KEPT_OUT else None


def entry_state(entry: OutboxEntry) -> CaseState:
    """The state one bundle puts its case in (the Sending panel's row)."""
    if entry.state in _OPEN:
        if entry.last_error:
            return CaseState(SEND_PROBLEM, entry.last_error)
        return CaseState(SENDING if entry.state != "queued" else QUEUED)
    if entry.state == "failed":
        return CaseState(NOT_SENT, entry.last_error)
    return CaseState(_SERVICE.get(entry.service_status or "", DELIVERED))


def derive(
    status: CaseStatus, entries: Iterable[OutboxEntry], kept_out: str | None = None
) -> CaseState:
    """The state to show for a case in ``status`` with these outbox entries (any order);
    ``kept_out`` is the code of the refusal when the case's opinion was kept out and nothing
    took its place (sync.opinion_inbox.kept_out_by_case)."""
    entries = list(entries)
    if status == CaseStatus.CLOSED:
        return CaseState(CLOSED)
    if not entries:
        return CaseState(status.value)
    states = [entry_state(e) for e in entries]
    open_states = [s for s in states if s.code in (QUEUED, SENDING, SEND_PROBLEM)]
    sent = [s.code for s in states if s.code in _FORWARD or s.code == REFUSED]
    after = [s for s in sent if s in _FORWARD]
    if status.value in _FORWARD:
        after.append(status.value)
    if after:
        furthest = max(after, key=_FORWARD.index)
        if furthest == OPINION_READY and kept_out is not None:
            return CaseState(OPINION_KEPT_OUT, kept_out, update_pending=bool(open_states))
        return CaseState(furthest, update_pending=bool(open_states))
    if open_states:
        for code in (SEND_PROBLEM, SENDING, QUEUED):
            found = next((s for s in open_states if s.code == code), None)
            if found is not None:
                return found
    if REFUSED in sent:
        return CaseState(REFUSED)
    failed = next((s for s in states if s.code == NOT_SENT), None)
    return failed or CaseState(status.value)


def case_rows(store) -> list[CaseSummary]:
    """The case list's rows, each with the state to show (``CaseSummary.shown``)."""
    return load_sending(store).rows


def state_of(store, case_id: str) -> CaseState:
    """One case's state (the case header)."""
    entries = [e for e in outbox.list_entries(store) if e.case_id == case_id]
    return derive(cases.get_case(store, case_id).status, entries, kept_out_of(store, case_id))


def kept_out_of(store, case_id: str) -> str | None:
    """The refusal's code when the case's opinion was kept out and nothing took its place."""
    return opinion_inbox.kept_out_by_case(store).get(case_id)


@dataclass(frozen=True)
class SendingCounts:
    ready: int  # ready to send but not queued: a person still has to click Review and send
    queued: int  # bundles still to send


@dataclass(frozen=True)
class Sending:
    """Every case's row with its state, the status bar's counts, the cases with an update on
    its way: what the screens that follow sending need, read at once."""

    rows: list[CaseSummary]
    counts: SendingCounts
    updating: frozenset[str]


def load_sending(store) -> Sending:
    entries = outbox.list_entries(store)
    by_case: dict[str, list[OutboxEntry]] = {}
    for entry in entries:
        by_case.setdefault(entry.case_id, []).append(entry)
    rows, updating = [], set()
    kept_out = opinion_inbox.kept_out_by_case(store)
    for summary in cases.list_cases(store):
        state = derive(summary.status, by_case.get(summary.id, ()), kept_out.get(summary.id))
        rows.append(replace(summary, shown=state.code))
        if state.update_pending:
            updating.add(summary.id)
    ready = sum(1 for r in rows if r.status == CaseStatus.READY)
    queued = sum(1 for e in entries if e.state in _OPEN)
    return Sending(rows, SendingCounts(ready, queued), frozenset(updating))
