"""The case editor as plain state: the form's values, what is not saved yet, the problems shown
next to each field, the notice above the form, the symptom timeline and "mark ready".

The view reports each edit (``edit``), asks for the changes to save (``take_changes``) when its
debounce fires or a field is left, runs the store work through its executor with the functions
below, and hands the results back (``saved``, ``save_failed``, ``ready_refused``,
``marked_ready``, ``timeline_changed``...). After each call it draws the model again. Problems
and notices are codes: the view puts them into words. Every value is kept as typed (an age of
300 is refused by the store and shown in red, never cut to 30); the date of birth and the age
never erase each other, ``age_relation`` says how they agree. Thread-safety: not thread-safe; one
owner (the GUI thread in the desktop, the test in tests). The module's store functions run on
whichever thread calls them (the database executor in the desktop).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from casework import case_state
from casework.case_state import CaseState
from local_store import attachments as attachment_repo
from local_store import cases, outbox, timeline, trash, validation
from local_store.errors import StoreError
from local_store.models import Attachment, Case, CaseStatus, CaseSummary, TimelineEntry

AUTOSAVE_DELAY_MS = 600  # typing pauses this long before the form is saved

TEXT_FIELDS = (
    "patient.name",
    "patient.phone",
    "patient.abha_number",
    "patient.hospital_id",
    "patient.birth_date",
    "consent.given_by",
    "consent.at",
    "consent.recorded_by",
    "referral.working_diagnosis",
    "referral.referring_doctor",
    "referral.referring_registration",
)
LONG_TEXT_FIELDS = (
    "referral.clinical_summary",
    "referral.medications",
    "referral.allergies",
    "referral.prior_treatment",
    "referral.planned_treatment",
)
CHOICE_FIELDS = (
    "patient.sex",
    "consent.initiated_by",
    "consent.method",
    "referral.specialty",
    "referral.urgency",
)
FORM_FIELDS = (
    *TEXT_FIELDS,
    *LONG_TEXT_FIELDS,
    *CHOICE_FIELDS,
    "patient.age_years",
    "referral.questions",
)
# Problems the readiness check puts on one field that another field's value also answers.
RELATED = {"patient.age_years": "patient.birth_date"}


def summary_of(case: Case) -> CaseSummary:
    return CaseSummary(
        case.id,
        case.patient.name,
        case.patient.hospital_id,
        case.referral.specialty,
        case.status,
        case.referral.urgency,
        case.updated_at,
        case.created_at,
    )


def field_values(case: Case) -> dict[str, object]:
    """Every form field's value as the form shows it: text (dates the clinic's way, 15/10/2026),
    a choice's code, an age or None, the list of questions."""
    p, c, r = case.patient, case.consent, case.referral
    values: dict[str, object] = {
        "patient.name": p.name,
        "patient.phone": p.phone,
        "patient.abha_number": p.abha_number,
        "patient.hospital_id": p.hospital_id,
        "patient.birth_date": validation.typed_date(p.birth_date),
        "consent.given_by": c.given_by,
        "consent.at": validation.typed_date(c.at),
        "consent.recorded_by": c.recorded_by,
        "referral.working_diagnosis": r.working_diagnosis,
        "referral.referring_doctor": r.referring_doctor,
        "referral.referring_registration": r.referring_registration,
        "patient.sex": p.sex.value,
        "consent.initiated_by": c.initiated_by.value,
        "consent.method": c.method.value,
        "referral.specialty": r.specialty,
        "referral.urgency": r.urgency.value,
        "patient.age_years": p.age_years,
        "referral.questions": list(r.questions),
    }
    for path in LONG_TEXT_FIELDS:
        values[path] = getattr(r, path.split(".")[1])
    return values


def date_read(text: str, *, month_only: bool = False) -> str | None:
    """The ISO date a typed date reads as (``validation.read_date``), or None when it does not
    read as one yet; the view shows it back in words so "05/10" is never ambiguous."""
    if not text or not text.strip():
        return None
    try:
        return validation.read_date(text, month_only=month_only)
    except ValueError:
        return None


# ---------------------------------------------------------------------- store work


@dataclass(frozen=True)
class LoadedCase:
    case: Case
    entries: list[TimelineEntry]
    attachments: list[Attachment]
    state: CaseState | None = None  # the state every screen shows (casework.case_state)
    sent_at: str | None = None  # when its first bundle was queued


def load_case(store, case_id: str) -> LoadedCase:
    case = cases.get_case(store, case_id)
    entries = [e for e in outbox.list_entries(store) if e.case_id == case_id]
    return LoadedCase(
        case,
        timeline.list_entries(store, case_id),
        attachment_repo.list_attachments(store, case_id),
        case_state.derive(case.status, entries, case_state.kept_out_of(store, case_id)),
        min((e.created_at for e in entries), default=None),
    )


def close_case(store, case_id: str) -> LoadedCase:
    cases.close_case(store, case_id)
    return load_case(store, case_id)


def remove_case(store, case_id: str) -> str:
    """Into the trash (only a case not yet queued); returns its id."""
    trash.remove_case(store, case_id)
    return case_id


def mark_ready(store, case_id: str) -> Case:
    """Raises InvalidIntake (with the problems per field) when the case is not complete."""
    cases.mark_ready(store, case_id)
    return cases.get_case(store, case_id)


def save_timeline_entry(store, case_id: str, entry_id: str | None, entry_date: str, text: str):
    """Add (``entry_id`` None) or change an entry; returns (case_id, the case's entries)."""
    if entry_id is None:
        timeline.add_entry(store, case_id, entry_date, text)
    else:
        timeline.update_entry(store, entry_id, entry_date, text)
    return case_id, timeline.list_entries(store, case_id)


def delete_timeline_entry(store, case_id: str, entry_id: str):
    timeline.delete_entry(store, entry_id)
    return case_id, timeline.list_entries(store, case_id)


# ---------------------------------------------------------------------- the form


@dataclass(frozen=True)
class Notice:
    """The line above the form: a code, a kind ("ok", "problem", or "" for plain), a count."""

    code: str
    kind: str = ""
    count: int = 0


@dataclass
class CaseForm:
    """One case at a time, as the editor shows it."""

    case: Case | None = None
    entries: list[TimelineEntry] = field(default_factory=list)
    pending: dict[str, object] = field(default_factory=dict)
    in_flight: int = 0
    failed: bool = False
    problems: dict[str, str] = field(default_factory=dict)  # field path -> problem code
    # Values the store refused on autosave; they stay on screen (and in red) until fixed.
    value_problems: dict[str, str] = field(default_factory=dict)
    timeline_problems: dict[str, str] = field(default_factory=dict)
    notice: Notice | None = None
    state: CaseState | None = None
    sent_at: str | None = None

    @property
    def case_id(self) -> str | None:
        return self.case.id if self.case is not None else None

    @property
    def locked(self) -> bool:
        """Sent or closed: the form shows the case and changes nothing (cases.EDITABLE)."""
        return self.case is not None and not cases.is_editable(self.case.status)

    @property
    def can_send_update(self) -> bool:
        return self.locked and self.case is not None and self.case.status != CaseStatus.CLOSED

    @property
    def can_remove(self) -> bool:
        return self.case is not None and trash.can_remove_case(self.case.status)

    @property
    def can_close(self) -> bool:
        return self.case is not None and self.case.status != CaseStatus.CLOSED

    @property
    def lock_notice(self) -> str | None:
        """Why the form is read only: "closed", "sent_update" (an update waits) or "sent"."""
        if not self.locked or self.case is None:
            return None
        if self.case.status == CaseStatus.CLOSED:
            return "closed"
        if self.state is not None and self.state.update_pending:
            return "sent_update"
        return "sent"

    @property
    def shown_state(self) -> str:
        if self.state is not None:
            return self.state.code
        return self.case.status.value if self.case is not None else ""

    def loaded(self, loaded: LoadedCase) -> None:
        """A case was read: nothing pending for it, no problems, no notice."""
        self.case = loaded.case
        self.state = loaded.state
        self.sent_at = loaded.sent_at
        self.entries = list(loaded.entries)
        self.failed = False
        self.problems.clear()
        self.value_problems.clear()
        self.timeline_problems.clear()
        self.notice = None

    # ------------------------------------------------------------------ editing

    def edit(self, path: str, value) -> None:
        """Record one field's new value, exactly as given; no other field changes with it.

        The date of birth and the age answer the same question, but neither erases the other:
        ``age_relation`` says how they relate, for the view to show.
        """
        if self.case is not None and not self.locked:
            self.pending[path] = value

    def age_relation(self, today: date | None = None) -> tuple[str, int] | None:
        """What the date of birth (as typed so far) says about the age: ("age_from_birth", n)
        when no age is given, ("age_differs", n) when the given age is another, else None."""
        if self.case is None:
            return None
        birth = date_read(str(self._shown("patient.birth_date") or ""))
        if birth is None:
            return None
        today = today or date.today()
        born = date.fromisoformat(birth)
        if born > today:
            return None
        years = validation.age_on(born, today)
        given = str(self._shown("patient.age_years") or "").strip()
        if not given:
            return ("age_from_birth", years)
        if given.isdigit() and int(given) != years:
            return ("age_differs", years)
        return None

    def _shown(self, path: str):
        if path in self.pending:
            return self.pending[path]
        return field_values(self.case)[path] if self.case is not None else None

    @property
    def title_name(self) -> str:
        """The patient's name as typed so far ('' when none: the view says "New patient")."""
        if self.case is None:
            return ""
        return str(self._shown("patient.name") or "").strip()

    # ------------------------------------------------------------------ saving

    @property
    def has_unsaved(self) -> bool:
        return bool(self.pending) or self.in_flight > 0

    @property
    def save_state(self) -> str:
        """'failed', 'saving' or 'saved'."""
        if self.failed:
            return "failed"
        return "saving" if self.has_unsaved else "saved"

    def take_changes(self) -> dict[str, object] | None:
        """The changes to save now (and no longer pending), or None when there are none."""
        if not self.pending or self.case is None:
            return None
        changes, self.pending = self.pending, {}
        return changes

    def save_started(self) -> None:
        self.in_flight += 1

    def saved(self, result) -> bool:
        """An ``UpdateResult`` came back; True when it is the case shown."""
        self.in_flight = max(self.in_flight - 1, 0)
        self.failed = False
        if self.case is None or result.case.id != self.case.id:
            return False
        self.case = result.case
        for path in result.saved:
            self.value_problems.pop(path, None)
            self.problems.pop(path, None)
            related = RELATED.get(path)
            if related and self.problems.get(related, "").endswith("required"):
                del self.problems[related]
        for problem in result.rejected:
            self.value_problems[problem.field] = problem.code
            self._put_problem(problem.field, problem.code)
        if result.rejected:
            self.notice = Notice("invalid_intake")
        elif not self.problems:
            self.notice = None
        return True

    def save_failed(self, error) -> None:
        self.in_flight = max(self.in_flight - 1, 0)
        self.failed = True
        self.failed_with(error)

    def _put_problem(self, path: str, code: str) -> None:
        if path in FORM_FIELDS:
            self.problems[path] = code

    # ------------------------------------------------------------------ ready to send

    @property
    def can_mark_ready(self) -> bool:
        return self.case is not None and self.case.status == CaseStatus.DRAFT

    @property
    def can_review(self) -> bool:
        return self.case is not None and self.case.status == CaseStatus.READY

    def ready_refused(self, problems) -> str | None:
        """The readiness check's problems go next to their fields, with the values the store
        refused (they explain more than "missing"); returns the first field to show."""
        self.problems.clear()
        for problem in problems:
            self._put_problem(problem.field, problem.code)
        for path, code in self.value_problems.items():
            self._put_problem(path, code)
        self.notice = Notice("not_ready", "problem", len({p.field for p in problems}))
        return next((p.field for p in problems if p.field in FORM_FIELDS), None)

    def marked_ready(self, case: Case) -> bool:
        """True when it is the case shown."""
        if case.id != self.case_id:
            return False
        self.case = case
        self.problems.clear()
        self.notice = Notice("ready", "ok")
        return True

    def status_changed(
        self, case_id: str, status: CaseStatus, shown: str = "", update_pending: bool = False
    ) -> bool:
        """A status changed elsewhere (the sync engine); True when the case shown follows."""
        if self.case is None or case_id != self.case.id:
            return False
        state = CaseState(shown or status.value, update_pending=update_pending)
        if self.case.status == status and self.state == state:
            return False
        self.case.status = status
        self.state = state
        return True

    # ------------------------------------------------------------------ timeline

    def timeline_changed(self, data) -> bool:
        case_id, entries = data
        if case_id != self.case_id:
            return False
        self.entries = list(entries)
        self.timeline_problems.clear()
        return True

    def timeline_refused(self, problems) -> None:
        self.timeline_problems = {
            p.field: p.code
            for p in reversed(problems)
            if p.field in ("timeline.entry_date", "timeline.text")
        }

    # ------------------------------------------------------------------ errors

    def failed_with(self, error) -> None:
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.notice = Notice(code, "problem")
