"""Translated words for the codes the lower layers return (status, field, problem, error...),
and sizes, speeds and time left.

Thin wrappers over ``wording``: each returns ``QCoreApplication.translate(wording.CONTEXT, ...)``
so the Hindi translation applies; the size and time formatters are ``wording.units``'s, given
this translation for their unit words. Every other visible string in desktop goes through
``self.tr()``. Thread-safety: translate is reentrant; call from any thread, though only the GUI
thread shows the result.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

import wording.cases
import wording.first_run
import wording.importing
import wording.opinion
import wording.opinion_view
import wording.review
import wording.store
import wording.thread
from wording import units
from wording.app_running import APP_RUNNING
from wording.cancel import cancelled_text
from wording.forms import FORM_WORDS, MONTH_SHORT, date_text
from wording.staff import LOCK_WORDS


def plural(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with %1 replaced (both already translated). Two plain
    strings instead of a %n message: English has no catalogue to pick "case" or "cases"."""
    return one if n == 1 else many.replace("%1", str(n))


def tr_marked(text: str) -> str:
    """A sentence marked in wording/ (QT_TRANSLATE_NOOP), in the screens' language."""
    return QCoreApplication.translate(wording.CONTEXT, text)


def tr_status(code: str) -> str:
    return tr_marked(wording.cases.STATUS.get(code, code))


def tr_status_hint(code: str) -> str:
    """What the state means and what to do, or "" when the status says it all."""
    hint = wording.cases.STATUS_HINT.get(code)
    return tr_marked(hint) if hint else ""


def tr_field(path: str) -> str:
    return tr_marked(wording.cases.FIELD.get(path, path))


def tr_problem(code: str) -> str:
    return tr_marked(wording.cases.problem_text(code))


def tr_error(code: str) -> str:
    return tr_marked(wording.store.error_text(code))


def tr_setup_problem(code: str) -> str:
    """A first-run wizard problem (casework.first_run codes)."""
    return tr_marked(wording.first_run.problem_text(code))


def tr_strength(code: str) -> str:
    return tr_marked(wording.first_run.strength_text(code))


def tr_sex(code: str) -> str:
    return tr_marked(wording.cases.SEX.get(code, code))


def tr_urgency(code: str) -> str:
    return tr_marked(wording.cases.URGENCY.get(code, code))


def tr_specialty(code: str) -> str:
    return tr_marked(wording.cases.SPECIALTY.get(code, code)) if code else ""


def tr_consent_method(code: str) -> str:
    return tr_marked(wording.cases.CONSENT_METHOD.get(code, code))


def tr_initiator(code: str) -> str:
    return tr_marked(wording.cases.INITIATOR.get(code, code))


def tr_protection(kind: str, backend: str) -> str:
    text = wording.store.PROTECTION.get(kind)
    if text is None:
        return backend
    return tr_marked(text).replace("{backend}", backend)


def tr_import_reject(code: str) -> str:
    """Why a file was not imported (``Rejected.reason``), in the user's language."""
    return tr_marked(wording.importing.import_reject_text(code))


def tr_import_note(code: str) -> str:
    """What to do about a file imported with a note (``Noted.note``), in the user's language."""
    return tr_marked(wording.importing.import_note_text(code))


def tr_import_phase(code: str) -> str:
    """What an import is doing (``ImportProgress.phase``): the CLI shows the same sentence."""
    return tr_marked(wording.importing.import_phase_text(code))


def tr_size(size: float) -> str:
    """'12.3 MB' (decimal units, see wording.units)."""
    return units.size_text(size, tr_marked)


def tr_rate(bytes_per_second: float | None) -> str:
    """'12.3 KB/s', or 'measuring speed' before there is a measurement."""
    return units.rate_text(bytes_per_second, tr_marked)


def tr_duration(seconds: float | None) -> str:
    """'about 4 min', rounded up; 'working it out…' without an estimate."""
    return units.duration_text(seconds, tr_marked)


def tr_time_left(seconds: float | None) -> str:
    """'about 4 min left', or 'time left unknown'."""
    return units.time_left_text(seconds, tr_marked)


def tr_cancelled(what: str) -> str:
    """What the screen says when the user cancelled ``what`` (bundle, import, import_kept)."""
    return tr_marked(cancelled_text(what))


def tr_app_running(code: str) -> str:
    return tr_marked(APP_RUNNING[code])


def tr_lock(code: str, **values: object) -> str:
    """The screen lock's words (wording.staff.LOCK_WORDS), ``{name}`` filled from ``values``."""
    return tr_marked(LOCK_WORDS[code]).format(**values)


def tr_date(iso: str | None) -> str:
    """A stored date as "15 Oct 2026" (or "Oct 2026"), the month in the user's language. A
    moment with its time zone (a due time, when a case was assigned) is the day it is here."""
    if iso and "T" in iso:
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            pass
        else:
            if moment.tzinfo is not None:
                iso = moment.astimezone().date().isoformat()
    return date_text(iso, lambda month: tr_marked(MONTH_SHORT[month]))


def tr_case_line(case_number: str, created_at: str) -> str:
    """ "Case 3f2a9c1e · 6 Dec 2026", the number and the day started: two cases of one
    patient told apart."""
    try:
        day = datetime.fromisoformat(created_at).astimezone().date().isoformat()
    except ValueError:
        day = created_at[:10]
    return tr_marked(wording.cases.CASE_LINE).replace("%2", tr_date(day)).replace("%1", case_number)


def tr_case(key: str, **values) -> str:
    """The words about a sent, closed or removed case and the trash (wording.cases.CASE_WORDS)."""
    text = tr_marked(wording.cases.CASE_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def tr_form(code: str, **values) -> str:
    text = tr_marked(FORM_WORDS[code])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def tr_opinion(key: str, **values) -> str:
    """The opinion editor's words (wording.opinion.EDITOR_WORDS)."""
    text = tr_marked(wording.opinion.EDITOR_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def tr_review(key: str, **values) -> str:
    """The specialist's worklist and review words (wording.review.REVIEW_WORDS)."""
    text = tr_marked(wording.review.REVIEW_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def tr_opinion_error(code: str | None) -> str:
    return tr_marked(wording.opinion.opinion_error_text(code))


def tr_opinion_section(code: str) -> str:
    return tr_marked(wording.opinion.SECTION_TITLE.get(code, code))


def tr_verdict(code: str) -> str:
    return tr_marked(wording.opinion.VERDICT.get(code, code))


def tr_see_in_person(code: str) -> str:
    return tr_marked(wording.opinion.SEE_IN_PERSON.get(code, code))


def tr_opinion_state(code: str) -> str:
    return tr_marked(wording.review.OPINION_STATE.get(code, code))


def tr_fetch_state(code: str) -> str:
    return tr_marked(wording.review.FETCH_STATE.get(code, code))


def tr_review_error(code: str | None) -> str:
    return tr_marked(wording.review.review_error_text(code))


def tr_opinion_view(key: str, **values) -> str:
    """The clinic's Opinion tab and its printouts (wording.opinion_view.OPINION_VIEW_WORDS)."""
    text = tr_marked(wording.opinion_view.OPINION_VIEW_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def tr_urgent_banner(see_in_person: str) -> str:
    """The urgent-visit banner for how soon the specialist wants the patient seen; "" when
    that is not urgent."""
    text = wording.opinion_view.URGENT_BANNER.get(see_in_person)
    return tr_marked(text) if text else ""


def tr_thread_error(code: str | None) -> str:
    """Why a follow-up message could not be written, sent or kept (wording.thread)."""
    return tr_marked(wording.thread.thread_error_text(code))


def tr_message_state(code: str) -> str:
    """Where a follow-up message written here is on its way (wording.thread.MESSAGE_STATE)."""
    return tr_marked(wording.thread.MESSAGE_STATE.get(code, code))


def tr_author_role(role: str) -> str:
    """ "clinic" or "specialist" in a follow-up message's heading line (wording.opinion_view.
    AUTHOR_ROLE); an unknown role as its code."""
    return tr_marked(wording.opinion_view.AUTHOR_ROLE.get(role, role))


def tr_thread_role(role: str) -> str:
    """ "Clinic" or "Specialist": who wrote a message the service named no one for."""
    return tr_marked(wording.thread.ROLE.get(role, role))
