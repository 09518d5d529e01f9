"""The received opinion printed: the whole opinion for the referring doctor, and a one- or
two-page summary in plain words for the patient, in English or Hindi.

Both are a QTextDocument laid out by Qt (HarfBuzz shapes Devanagari: conjuncts and vowel signs
join; fonts from printing.fonts), printed to A4 with margins by ``write_pdf`` (a file) or
``print_to`` (a printer the print dialog chose). Large type; text wraps, never clips. The
doctor's printout speaks the application's language (the desktop's catalogue through
QCoreApplication.translate, English in the CLI); the patient's speaks the language asked for
(wording.patient_summary). Input: a casework.opinion_view.OpinionScreen.
Thread-safety: GUI thread only (Qt fonts and painting).
"""

from __future__ import annotations

import contextlib
import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

import wording
from casework.opinion_view import OpinionScreen
from printing import fonts
from sync.thread import ThreadEntry
from wording.forms import date_text
from wording.opinion import SEE_IN_PERSON, VERDICT
from wording.opinion_view import AUTHOR_ROLE, OPINION_VIEW_WORDS, URGENT_BANNER
from wording.patient_summary import summary_date, summary_words
from wording.thread import ROLE as THREAD_ROLE

# QTextDocument.print_ keeps 2 cm of margin inside the page's printable area, where it also
# writes the page numbers; the page itself asks for none beyond what the printer needs.
PAGE_MARGIN_MM = 0.0
RESOLUTION = 300
DOCTOR_POINTS = 12.0
PATIENT_POINTS = 15.0  # large type: read by people who may not read much
# Devanagari at the same size reads smaller than Latin (a lower headline): a Hindi summary
# is set larger.
PATIENT_POINTS_HINDI = 17.0
URGENT_COLOUR = "#b00020"


def _t(text: str) -> str:
    return QCoreApplication.translate(wording.CONTEXT, text)


def _w(key: str, **values: object) -> str:
    text = _t(OPINION_VIEW_WORDS[key])
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def _date(iso: str) -> str:
    return date_text(iso[:10]) if iso else ""


def _para(text: str) -> str:
    """``text`` as HTML paragraphs: escaped, its own line breaks kept."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    return "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _section(title: str, body: str) -> str:
    return f"<h2>{html.escape(title)}</h2>{body}" if body else ""


def _items(texts: list[str], ordered: bool = False) -> str:
    if not texts:
        return ""
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{html.escape(t)}</li>" for t in texts)
    return f"<{tag}>{rows}</{tag}>"


def _banner(text: str) -> str:
    return (
        f'<table width="100%" cellpadding="8" style="background-color:{URGENT_COLOUR}">'
        f'<tr><td><b><span style="color:#ffffff">{html.escape(text)}</span></b></td></tr>'
        "</table>"
    )


def _document(body: str, points: float, devanagari_first: bool, title: str) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(fonts.families(devanagari_first))
    font.setPointSizeF(points)
    # No "fi"/"fl" ligatures: a printout's words stay findable and copyable as typed (the
    # Devanagari conjuncts come from other OpenType features, which stay on).
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    # A word longer than the line (a long number, a web address) breaks rather than runs off
    # the page: nothing printed is ever clipped.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setDefaultStyleSheet(
        "h1 { font-size: 160%; } h2 { font-size: 125%; margin-top: 14px; } "
        "td { vertical-align: baseline; } p, li { margin-bottom: 4px; }"
    )
    document.setHtml(f"<html><body>{body}</body></html>")
    return document


def doctor_document(screen: OpinionScreen, printed_on: str | None = None) -> QTextDocument:
    """The whole opinion for the referring doctor: the case, the dates, every section, the
    specialist, the verification line and the earlier versions."""
    opinion = screen.opinion
    printed_on = printed_on or date.today().isoformat()
    title = _w("doctor_title", case=screen.case_number)
    version = str(screen.version)
    if screen.earlier:
        version = _w("corrects", version=screen.version, earlier=screen.earlier[-1].number)
    facts = [
        (_w("patient"), screen.patient_name),
        (_w("case"), screen.case_number),
        (_w("version_of"), version),
        (_w("signed_at"), _date(opinion.created_at)),
        (_w("received_at"), _date(screen.received_at)),
        (_w("printed_at"), _date(printed_on)),
    ]
    parts = [f"<h1>{html.escape(title)}</h1>"]
    parts.append(
        '<table cellpadding="3">'
        + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in facts
            if v
        )
        + "</table>"
    )
    if screen.urgent:
        parts.append(_banner(_t(URGENT_BANNER[screen.see_in_person])))
    verdict = _w("verdict", verdict=_t(VERDICT.get(opinion.verdict, opinion.verdict)))
    parts.append(f"<h2>{html.escape(verdict)}</h2>")
    parts.append(_section(_w("diagnosis"), _para(opinion.diagnosis)))
    parts.append(_section(_w("reasons"), _para(opinion.reasons)))
    parts.append(_section(_w("severity"), _para(opinion.severity)))
    answers = "".join(
        f"<p><b>{html.escape(_w('question', number=qa.number, question=qa.question))}</b></p>"
        f'<p style="margin-left:36px">{html.escape(qa.answer)}</p>'
        for qa in screen.answers
    )
    parts.append(_section(_w("questions"), answers))
    parts.append(_section(_w("plan"), _para(opinion.plan)))
    parts.append(_section(_w("alternatives"), _items(list(opinion.alternatives))))
    investigations = [
        f"{i.text} ({_w('done_on_date', date=_date(i.done_on))})" if i.done_on else i.text
        for i in screen.investigations
    ]
    parts.append(_section(_w("investigations"), _items(investigations, ordered=True)))
    parts.append(_section(_w("lifestyle"), _para(opinion.lifestyle)))
    when = _t(SEE_IN_PERSON.get(opinion.see_in_person, opinion.see_in_person))
    parts.append(f"<p><b>{html.escape(_w('see_in_person', when=when))}</b></p>")
    parts.append(_section(_w("limitations"), _para(opinion.limitations)))
    parts.append(_section(_w("patient_summary"), _para(opinion.patient_summary)))
    parts.append(_section(_w("specialist"), _signatory(screen)))
    if screen.earlier:
        lines = [
            _w(
                "earlier_line",
                version=e.number,
                signed=_date(e.created_at),
                verdict=_t(VERDICT.get(e.verdict, e.verdict)),
                diagnosis=e.diagnosis,
            )
            for e in screen.earlier
        ]
        parts.append(_section(_w("earlier"), _items(lines)))
    parts.append(_section(_w("thread"), "".join(_thread_entry(e) for e in screen.thread)))
    return _document("".join(parts), DOCTOR_POINTS, False, title)


def _thread_entry(entry: ThreadEntry) -> str:
    if entry.author_name:
        role = _t(AUTHOR_ROLE.get(entry.author_role, entry.author_role))
        line = _w("thread_line", who=entry.author_name, role=role, at=_date(entry.at))
    else:  # as the Opinion tab says it: "Clinic, 7 Dec 2026", not " (clinic), 7 Dec 2026"
        role = _t(THREAD_ROLE.get(entry.author_role, entry.author_role))
        line = _w("thread_line_unnamed", role=role, at=_date(entry.at))
    if entry.verified:
        line += "  " + _w("verified")
    files = (
        f"<p>{html.escape(_w('thread_files', names=', '.join(entry.file_names)))}</p>"
        if entry.attachments
        else ""
    )
    return f"<p><b>{html.escape(line)}</b></p>{_para(entry.text)}{files}"


def _signatory(screen: OpinionScreen) -> str:
    who = screen.specialist
    lines = [
        f"<p><b>{html.escape(who.name)}</b>, {html.escape(who.qualification)}<br>"
        + html.escape(_w("registration", registration=who.registration, council=who.council))
        + "</p>"
    ]
    if screen.verified:
        lines.append(f"<p>{html.escape(_w('verified_line', fingerprint=screen.fingerprint))}</p>")
    else:
        lines.append(f"<p>{html.escape(_w('not_verified'))}</p>")
    return "".join(lines)


def patient_document(
    screen: OpinionScreen, language: str = "en", printed_on: str | None = None
) -> QTextDocument:
    """The summary for the patient in ``language`` ("en" or "hi"): what was found, what to do
    next, the tests, when to come back, care at home and the answers, in large type."""
    words = summary_words(language)
    opinion = screen.opinion
    parts = [f"<h1>{html.escape(words['title'])}</h1>"]
    facts = [
        (words["patient"], screen.patient_name),
        (words["case"], screen.case_number),
        (words["date"], summary_date(opinion.created_at, language)),
    ]
    parts.append(
        '<table cellpadding="3">'
        + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in facts
            if v
        )
        + "</table>"
    )
    come_back = words.get(f"see.{opinion.see_in_person}", "")
    if screen.urgent:
        parts.append(_banner(come_back))
    found = f"<p><b>{html.escape(words.get(f'verdict.{opinion.verdict}', ''))}</b></p>"
    parts.append(_section(words["found"], found + _para(opinion.patient_summary)))
    parts.append(_section(words["next"], _para(opinion.plan)))
    parts.append(_section(words["tests"], _items(list(opinion.investigations))))
    parts.append(_section(words["come_back"], f"<p>{html.escape(come_back)}</p>"))
    parts.append(_section(words["care"], _para(opinion.lifestyle)))
    answers = "".join(
        f"<p><b>{html.escape(qa.question)}</b><br>{html.escape(qa.answer)}</p>"
        for qa in screen.answers
    )
    parts.append(_section(words["answers"], answers))
    who = screen.specialist
    parts.append(
        _section(
            words["specialist"],
            f"<p>{html.escape(who.name)}, {html.escape(who.qualification)}<br>"
            f"{html.escape(words['signed'])}</p><p><b>{html.escape(words['bring'])}</b></p>",
        )
    )
    points = PATIENT_POINTS_HINDI if language == "hi" else PATIENT_POINTS
    return _document("".join(parts), points, language == "hi", words["title"])


def _lay_out_for(document: QTextDocument, device: QPagedPaintDevice) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)
    # Unpaginated, so print_ lays the text out on this device's page with its own margins.
    document.setPageSize(QSizeF())


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print ``document`` on ``device`` (a QPrinter from the print dialog, or a QPdfWriter)
    on A4 with the printouts' margins."""
    _lay_out_for(document, device)
    document.print_(device)


def write_pdf(document: QTextDocument, path: Path, title: str = "") -> None:
    """``document`` as an A4 PDF at ``path``. Written beside it first and moved into place, so
    a failure leaves no half file (the partial one is removed). Raises OSError."""
    partial = path.with_name(path.name + ".part")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setCreator("CaseBridge")
        writer.setTitle(
            title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        )
        print_to(document, writer)
        del writer  # the file is complete once the writer is gone
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError("pdf_not_written")
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
