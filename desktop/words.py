"""Translated words for the codes the lower layers return (status, field, problem, error...).

Thin wrappers over ``wording``: each returns ``QCoreApplication.translate(wording.CONTEXT, ...)``
so the Hindi translation applies. Every other visible string in desktop goes through
``self.tr()``. Thread-safety: translate is reentrant; call from any thread, though only the GUI
thread shows the result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import wording
from wording.app_running import APP_RUNNING
from wording.forms import FORM_WORDS, MONTH_SHORT, date_text


def _t(text: str) -> str:
    return QCoreApplication.translate(wording.CONTEXT, text)


def tr_status(code: str) -> str:
    return _t(wording.STATUS.get(code, code))


def tr_field(path: str) -> str:
    return _t(wording.FIELD.get(path, path))


def tr_problem(code: str) -> str:
    return _t(wording.problem_text(code))


def tr_error(code: str) -> str:
    return _t(wording.error_text(code))


def tr_sex(code: str) -> str:
    return _t(wording.SEX.get(code, code))


def tr_urgency(code: str) -> str:
    return _t(wording.URGENCY.get(code, code))


def tr_specialty(code: str) -> str:
    return _t(wording.SPECIALTY.get(code, code)) if code else ""


def tr_consent_method(code: str) -> str:
    return _t(wording.CONSENT_METHOD.get(code, code))


def tr_initiator(code: str) -> str:
    return _t(wording.INITIATOR.get(code, code))


def tr_protection(kind: str, backend: str) -> str:
    text = wording.PROTECTION.get(kind)
    if text is None:
        return backend
    return _t(text).replace("{backend}", backend)


def tr_import_reject(code: str) -> str:
    """Why a file was not imported (``Rejected.reason``), in the user's language."""
    texts = getattr(wording, "IMPORT_REJECT", {})
    text = texts.get(code) or texts.get("unknown") or wording.ERROR["store_error"]
    return _t(text)


def tr_app_running(code: str) -> str:
    return _t(APP_RUNNING[code])


def tr_date(iso: str | None) -> str:
    """A stored date as "15 Oct 2026" (or "Oct 2026"), the month in the user's language."""
    return date_text(iso, lambda month: _t(MONTH_SHORT[month]))


def tr_form(code: str, **values) -> str:
    text = _t(FORM_WORDS[code])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text
