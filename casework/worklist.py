"""The specialist's "Assigned cases" as plain state: one row per case offered to this computer,
and a fetched case opened for review.

``worklist_rows`` joins what local_store keeps (the offer and its fetch, the received case, the
opinion's draft or signed versions and the signed one's outbox row) into rows a screen shows
as they are: patient age and sex, specialty, urgency, the first question, when assigned, due
by, fetched or not, where the opinion is (none, draft, signed, sent) and where the follow-up
thread is (a question asked and waiting for its answer, or answered), and, for an update
bundle (the files of a follow-up question), the case it follows. Urgent and soonest
due first, as `review list` prints them; ``review_counts`` is what the specialist's status bar
counts from them (cases waiting for an opinion, opinions waiting to be sent, the clinics'
follow-up questions waiting for an answer).
``open_for_review`` is what `review show` does:
it marks the case opened (the clinic sees "in review" after the next sync) and gives the case
as the clinic sent it (casework.received_case.case_view). ``viewer_studies`` rebuilds the
studies the clinic's manifest lists so the DICOM viewer opens a received series. No words
here: codes only. Thread-safety: functions over a store, run on the database executor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from casework.received_case import case_view
from local_store import attachments, cases, opinions, outbox, received
from local_store.dicom_index import InstanceRef, Series, Study
from local_store.errors import NotFound
from local_store.store import Store
from local_store.validation import age_on
from sync.thread import THREAD_NONE, thread_for_case, thread_state, unanswered

# Where the opinion on a case is.
OPINION_NONE = "none"
OPINION_DRAFT = "draft"
OPINION_SIGNED = "signed"  # signed, waiting to be sent
OPINION_SENT = "sent"


@dataclass(frozen=True)
class UpdateFetch:
    """An update bundle folded into its case's row: its id, where its fetch is (WAITING,
    STORED, FAILED, WITHDRAWN) and why it was refused, when it was."""

    bundle_id: str
    fetch_state: str
    problem: str | None = None


@dataclass(frozen=True)
class WorklistRow:
    bundle_id: str
    case_id: str | None  # None until the case is fetched
    fetch_state: str  # local_store.received WAITING | STORED | FAILED | WITHDRAWN
    assignment: str  # the offer's state (offered, accepted, declined, ...)
    specialty: str
    urgency: str  # "urgent" | "routine"
    offered_at: str
    due_at: str
    age_years: int | None
    sex: str  # local_store.models.Sex value, "" before the case is fetched
    first_question: str
    opinion: str  # OPINION_NONE | OPINION_DRAFT | OPINION_SIGNED | OPINION_SENT
    opened: bool
    problem: str | None  # why the fetch was refused, when it was
    # Where the follow-up thread is: sync.thread THREAD_NONE, QUESTION_ASKED ("question
    # asked": the clinic waits for an answer) or ANSWERED.
    thread: str = THREAD_NONE
    questions_waiting: int = 0  # the clinic's questions on this case not answered yet
    # The case's first bundle when this one is an update of it (files added later, such as
    # the report sent with a follow-up question): no opinion of its own is asked for.
    update_of: str | None = None
    # The update bundles folded into this case's row (files the clinic added later).
    updates: tuple[UpdateFetch, ...] = ()

    @property
    def fetched(self) -> bool:
        return self.fetch_state == received.STORED

    @property
    def new_files(self) -> str | None:
        """Where the case's added files are: None without any (a withdrawn update brings
        none), received.FAILED when an update could not be fetched, WAITING while one is still
        to fetch, else STORED (all here, shown in the review)."""
        states = {u.fetch_state for u in self.updates} - {received.WITHDRAWN}
        for state in (received.FAILED, received.WAITING, received.STORED):
            if state in states:
                return state
        return None

    @property
    def urgent(self) -> bool:
        return self.urgency == "urgent"


def opinion_state(store: Store, bundle_id: str) -> str:
    """Where the opinion on ``bundle_id`` is: a draft open, else the latest signed version
    (sent once its outbox row is), else none."""
    if opinions.draft(store, bundle_id) is not None:
        return OPINION_DRAFT
    signed = opinions.latest_signed(store, bundle_id)
    if signed is None:
        return OPINION_NONE
    entry = outbox.get_entry(store, signed.opinion_id)
    return OPINION_SENT if entry is not None and entry.state == outbox.SENT else OPINION_SIGNED


def _age(age_years: int | None, birth_date: str | None) -> int | None:
    if age_years is not None:
        return age_years
    try:
        return age_on(date.fromisoformat(birth_date), date.today()) if birth_date else None
    except ValueError:
        return None


def _row(store: Store, fetch: received.Fetch) -> WorklistRow:
    item = fetch.item.get("item") or {}
    case_id, age, sex, question, opened = None, None, "", "", False
    thread = THREAD_NONE
    questions_waiting = 0
    update_of = None
    if fetch.state == received.STORED:
        kept = received.get_received(store, fetch.bundle_id)
        follows = kept.manifest.get("update_of")
        update_of = follows if isinstance(follows, str) and follows else None
        case = cases.get_case(store, kept.case_id)
        case_id, opened = kept.case_id, kept.opened_at is not None
        age = _age(case.patient.age_years, case.patient.birth_date)
        sex = case.patient.sex.value
        question = next(iter(case.referral.questions), "")
        messages = thread_for_case(store, kept.case_id)
        thread = thread_state(messages)
        questions_waiting = len(unanswered(messages))
    return WorklistRow(
        bundle_id=fetch.bundle_id,
        case_id=case_id,
        fetch_state=fetch.state,
        assignment=fetch.assignment,
        specialty=str(item.get("specialty") or ""),
        urgency=str(item.get("urgency") or ""),
        offered_at=str(item.get("at") or fetch.offered_at or ""),
        due_at=str(item.get("due_at") or ""),
        age_years=age,
        sex=sex,
        first_question=question,
        opinion=opinion_state(store, fetch.bundle_id),
        opened=opened,
        problem=fetch.last_error,
        thread=thread,
        questions_waiting=questions_waiting,
        update_of=update_of,
    )


@dataclass(frozen=True)
class ReviewCounts:
    """What a specialist's status bar says: cases here waiting for an opinion, opinions
    signed but not yet sent, and the clinics' follow-up questions waiting for an answer."""

    awaiting_opinion: int
    opinions_to_send: int
    questions_waiting: int = 0


def review_counts(rows: list[WorklistRow]) -> ReviewCounts:
    """Counted from the worklist's rows: a fetched case still the specialist's (not declined
    nor given to someone else) whose opinion is not signed yet waits for an opinion; an update
    of a case (its later files) waits for none. Every question of a fetched case without an
    answer waits, whatever the offer's state: a question comes after the opinion, when the
    service may already call the case answered."""
    mine = [
        r
        for r in rows
        if r.fetched and r.assignment in ("offered", "accepted") and r.update_of is None
    ]
    return ReviewCounts(
        awaiting_opinion=sum(1 for r in mine if r.opinion in (OPINION_NONE, OPINION_DRAFT)),
        opinions_to_send=sum(1 for r in rows if r.opinion == OPINION_SIGNED),
        questions_waiting=sum(r.questions_waiting for r in rows if r.fetched),
    )


def offered(store: Store) -> list[received.Fetch]:
    """Every bundle offered to this computer, in any fetch state."""
    return received.fetches(
        store, (received.WAITING, received.STORED, received.FAILED, received.WITHDRAWN)
    )


def update_links(store: Store, fetches: list[received.Fetch]) -> dict[str, str]:
    """Update bundle id -> the bundle id of the case it adds files to, among ``fetches``.
    A fetched update names its case in its manifest; one not fetched yet is named by the
    case's follow-up question that its files came with (sync.thread's ``supplement``)."""
    here = {f.bundle_id for f in fetches}
    stored = [f.bundle_id for f in fetches if f.state == received.STORED]
    follows: dict[str, str] = {}
    for bundle_id in stored:
        named = received.get_received(store, bundle_id).manifest.get("update_of")
        if isinstance(named, str) and named:
            follows[bundle_id] = named
    for bundle_id in stored:
        if bundle_id in follows:
            continue
        case_id = received.get_received(store, bundle_id).case_id
        for entry in thread_for_case(store, case_id):
            for file in entry.attachments:
                if file.supplement != bundle_id:
                    follows.setdefault(file.supplement, bundle_id)
    # Only to a case here that is no update itself.
    return {u: c for u, c in follows.items() if u in here and c in here and c not in follows}


def worklist_rows(store: Store) -> list[WorklistRow]:
    """Every case offered to this computer, fetched or not, one row each (its updates folded
    in), urgent and soonest due first."""
    everything = offered(store)
    links = update_links(store, everything)
    rows = {f.bundle_id: _row(store, f) for f in everything}
    folded: dict[str, list[UpdateFetch]] = {}
    for update_id, case_bundle in links.items():
        update = rows.pop(update_id)
        folded.setdefault(case_bundle, []).append(
            UpdateFetch(update.bundle_id, update.fetch_state, update.problem)
        )
    cases_here = [
        replace(row, updates=tuple(sorted(folded.get(row.bundle_id, []), key=_by_id)))
        for row in rows.values()
    ]
    return sorted(cases_here, key=lambda r: (not r.urgent, r.due_at, r.bundle_id))


def _by_id(update: UpdateFetch) -> str:
    return update.bundle_id


def open_for_review(store: Store, bundle_id: str) -> dict[str, Any]:
    """Mark the fetched case opened and return it as the clinic sent it (case_view), with the
    offer's state. Raises local_store.errors.NotFound when it is not fetched."""
    fetch = received.get_fetch(store, bundle_id)
    if fetch is None or fetch.state != received.STORED:
        raise NotFound("case")
    received.mark_opened(store, bundle_id)
    return case_for_review(store, bundle_id)


def case_for_review(store: Store, bundle_id: str) -> dict[str, Any]:
    """The fetched case as open_for_review gives it, without marking it opened (the opinion
    editor, beside a review already open). Raises NotFound when it is not fetched."""
    fetch = received.get_fetch(store, bundle_id)
    if fetch is None or fetch.state != received.STORED:
        raise NotFound("case")
    kept = received.get_received(store, bundle_id)
    case = cases.get_case(store, kept.case_id)
    files = {a.id: a for a in attachments.list_attachments(store, kept.case_id)}
    view = case_view(kept, case, files)
    view["assignment"] = fetch.assignment
    view["attachments"] = files
    # The clinic's attachment id -> ours: the manifest's studies name the clinic's.
    view["local_attachment"] = {
        str(entry["attachment_id"]): kept.files[str(entry.get("file_id"))]
        for entry in kept.manifest.get("files") or []
        if entry.get("attachment_id") and str(entry.get("file_id")) in kept.files
    }
    return view


def viewer_studies(view: dict[str, Any]) -> list[Study]:
    """The studies the clinic's manifest lists, each instance read from the received file the
    clinic's attachment id maps to; a series whose files are not all here is left out."""
    files = view.get("attachments") or {}
    local = view.get("local_attachment") or {}
    studies = []
    for s in view.get("studies") or []:
        series = []
        for se in s.get("series") or []:
            refs = [
                InstanceRef(
                    attachment_id=local[str(r.get("attachment_id"))],
                    # The file as sent (the clinic's copy may have been cleaned on the way).
                    sha256=files[local[str(r.get("attachment_id"))]].sha256,
                    sop_instance_uid=str(r.get("sop_instance_uid") or ""),
                    instance_number=r.get("instance_number"),
                    position=None,
                    frames=int(r.get("frames") or 1),
                    rows=int(r.get("rows") or 0),
                    columns=int(r.get("columns") or 0),
                    transfer_syntax=str(r.get("transfer_syntax") or ""),
                    photometric=str(r.get("photometric") or ""),
                )
                for r in se.get("instance_refs") or []
                if local.get(str(r.get("attachment_id"))) in files
            ]
            if not refs or len(refs) != len(se.get("instance_refs") or []):
                continue
            series.append(
                Series(
                    series_uid=str(se.get("series_uid") or ""),
                    modality=str(se.get("modality") or ""),
                    description=str(se.get("description") or ""),
                    body_part=str(se.get("body_part") or ""),
                    number=se.get("number"),
                    instances=len(refs),
                    instance_refs=refs,
                )
            )
        if series:
            studies.append(
                Study(
                    study_uid=str(s.get("study_uid") or ""),
                    patient_name=str(s.get("patient_name") or ""),
                    patient_id=str(s.get("patient_id") or ""),
                    study_date=str(s.get("study_date") or ""),
                    description=str(s.get("description") or ""),
                    modalities=[str(m) for m in s.get("modalities") or []],
                    series=series,
                )
            )
    if not studies and view.get("deidentified"):
        # A de-identified bundle leaves out the DICOM index: its files are one series.
        refs = [
            InstanceRef(a.id, a.sha256, "", None, None, 1, 0, 0, "", "")
            for a in (view.get("attachments") or {}).values()
            if a.kind.value == "dicom"
        ]
        if refs:
            whole = Series("", "", "", "", None, len(refs), refs)
            studies.append(Study("", "", "", "", "", [], [whole]))
    return studies
