"""The sending indicator in the status bar and the words the sending screens share.

``SyncIndicator`` is a clickable status-bar label: offline, waiting (with how many cases),
sending (percent, speed, time left), paused, cases ready but not queued, or everything sent;
first, when opinions arrived that nobody has looked at yet, that they did. On a specialist's
computer (``set_review``) it counts what a specialist sends and has to do: opinions waiting to
be sent, cases waiting for an opinion and the clinics' questions waiting for an answer
(casework.worklist.review_counts), never "all cases sent".
``sync_error_text`` is shared by the indicator, the Submit screen and the Sync panel, which
import it from here and nothing from each other; ``sync_controls`` wires them all into the
main window. Sizes, speeds and time left come from ``desktop.words`` (tr_size, tr_rate,
tr_time_left), as everywhere else. This module imports no other view.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel

import wording
from desktop.words import tr_rate, tr_time_left
from wording import sync as sync_words

IDLE_STYLE = "color: #1d5e27; font-weight: bold; padding: 0 8px;"
BUSY_STYLE = "color: #0b4f8a; font-weight: bold; padding: 0 8px;"
PROBLEM_STYLE = "color: #8a0015; font-weight: bold; padding: 0 8px;"


# Written out as translate("Context", "text") at each use: lupdate finds only literal pairs.
translate = QCoreApplication.translate


def waiting_text(queued: int) -> str:
    if queued == 1:
        return translate("SyncWords", "1 case waiting to be sent")
    return translate("SyncWords", "%1 cases waiting to be sent").replace("%1", str(queued))


def opinions_waiting_text(queued: int) -> str:
    if queued == 1:
        return translate("SyncWords", "1 opinion waiting to be sent")
    return translate("SyncWords", "%1 opinions waiting to be sent").replace("%1", str(queued))


def awaiting_opinion_text(count: int) -> str:
    """Cases on this computer still waiting for the specialist's opinion."""
    if count == 0:
        return translate("SyncWords", "no case waiting for your opinion")
    if count == 1:
        return translate("SyncWords", "1 case waiting for your opinion")
    return translate("SyncWords", "%1 cases waiting for your opinion").replace("%1", str(count))


def questions_waiting_text(count: int) -> str:
    """The clinics' follow-up questions on this computer still waiting for the specialist's
    answer, said short: beside the cases waiting for an opinion it must still fit the status
    bar of a 1024-pixel screen. "" for none: the idle text already says whether a case waits,
    and "no question" would only lengthen it."""
    if count <= 0:
        return ""
    if count == 1:
        return translate("SyncWords", "1 question to answer")
    return translate("SyncWords", "%1 questions to answer").replace("%1", str(count))


def sync_error_text(code: str) -> str:
    """Words for a sync, enrollment or submit error code (wording.sync), else a store error's."""
    if code in sync_words.SYNC_ERROR:
        text = sync_words.sync_error_text(code)
    elif code in wording.store.ERROR:
        text = wording.store.error_text(code)
    else:
        text = sync_words.sync_error_text(code)  # its generic refusal
    return QCoreApplication.translate(wording.CONTEXT, text)


def percent(done: int, total: int) -> int:
    if not total:
        return 0
    return max(0, min(100, int(done * 100 / total)))


def ready_text(ready: int) -> str:
    """Short enough for the status bar of a 1024-pixel screen; the tooltip says what to do."""
    if ready == 1:
        return translate("SyncWords", "1 case ready, not sent yet")
    return translate("SyncWords", "%1 cases ready, not sent yet").replace("%1", str(ready))


def to_receive_text(count: int) -> str:
    """Cases offered to this computer and not fetched yet."""
    if count == 1:
        return translate("SyncWords", "1 case to receive")
    return translate("SyncWords", "%1 cases to receive").replace("%1", str(count))


def new_opinions_text(count: int) -> str:
    """Opinions received and not looked at yet."""
    if count == 1:
        return translate("SyncWords", "✉ A new opinion arrived")
    return translate("SyncWords", "✉ %1 new opinions arrived").replace("%1", str(count))


def progress_summary(p, ready: int = 0, review=None) -> tuple[str, str]:
    """The indicator's text and style for one SyncProgress; ``ready`` counts the cases ready
    to send that nobody queued yet (casework.case_state.SendingCounts), so "all cases sent"
    is never said while one waits for a click. A new opinion is said first, whatever else is
    going on, until someone has looked at it. ``review`` (casework.worklist.ReviewCounts) is
    given on a specialist's computer: what waits to be sent is opinions, and the idle text
    counts the cases waiting for an opinion and the questions waiting for an answer."""
    if p is None:
        return "", IDLE_STYLE
    text, style = _link_summary(p, ready, review)
    new = getattr(p, "new_opinions", 0)
    if new:
        return new_opinions_text(new) + " · " + text, style
    return text, style


def _link_summary(p, ready: int, review) -> tuple[str, str]:
    waiting = waiting_text if review is None else opinions_waiting_text
    if p.state == "sending":
        text = translate("SyncWords", "↑ Sending %1% · %2 · %3")
        text = text.replace("%1", str(percent(p.bundle_done, p.bundle_total)))
        text = text.replace("%2", tr_rate(p.rate))
        return text.replace("%3", tr_time_left(p.seconds_left)), BUSY_STYLE
    if p.state == "receiving":
        text = translate("SyncWords", "↓ Receiving %1% · %2 · %3")
        text = text.replace("%1", str(percent(p.bundle_done, p.bundle_total)))
        text = text.replace("%2", tr_rate(p.rate))
        text = text.replace("%3", tr_time_left(p.seconds_left))
        if p.to_receive > 1:
            text += " · " + to_receive_text(p.to_receive)
        return text, BUSY_STYLE
    if p.state == "paused":
        text = translate("SyncWords", "❚❚ Sending paused")
        if p.queued:
            text += " · " + waiting(p.queued)
        return text, PROBLEM_STYLE
    if p.state == "offline":
        text = translate("SyncWords", "○ Offline")
        if p.queued:
            text += " · " + waiting(p.queued)
        return text, PROBLEM_STYLE
    if p.state == "waiting" or p.queued:
        text = waiting(p.queued) if p.queued else translate("SyncWords", "Waiting to send")
        if p.last_error:
            text = translate("SyncWords", "⚠ %1 · see Sending").replace("%1", text)
            return text, PROBLEM_STYLE
        return "◷ " + text, BUSY_STYLE
    if ready:
        return "◷ " + ready_text(ready), BUSY_STYLE
    if p.to_receive:
        return "◷ " + to_receive_text(p.to_receive), BUSY_STYLE
    if review is not None:
        text = translate("SyncWords", "● Online · %1").replace(
            "%1", awaiting_opinion_text(review.awaiting_opinion)
        )
        questions = questions_waiting_text(review.questions_waiting)
        return (text + " · " + questions if questions else text), IDLE_STYLE
    return translate("SyncWords", "● Online · all cases sent"), IDLE_STYLE


class SyncIndicator(QLabel):
    """A status-bar label that opens the Sync panel when clicked."""

    clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.setToolTip(self.tr("Click to see what is being sent and received"))
        self.hide()
        self.progress = None
        self.ready = 0
        self.review = None  # casework.worklist.ReviewCounts on a specialist's computer
        self._enrolled = True

    def show_progress(self, progress) -> None:
        self.progress = progress
        self._enrolled = True
        self._render()

    def set_ready(self, ready: int) -> None:
        """How many cases are ready but not queued (the status bar's refresh gives it)."""
        if ready != self.ready:
            self.ready = ready
            if self._enrolled:
                self._render()

    def set_review(self, counts) -> None:
        """A specialist's counts (casework.worklist.ReviewCounts), from the worklist."""
        if counts != self.review:
            self.review = counts
            if self._enrolled:
                self._render()

    def _render(self) -> None:
        text, style = progress_summary(self.progress, self.ready, self.review)
        tip = self.tr("Click to see what is being sent and received")
        if self.ready:
            tip = self.tr(
                "A case marked ready goes only after Review and send: open it and click "
                "Review and send."
            )
        self.setToolTip(tip)
        self.setText(text)
        self.setStyleSheet(style)
        self.setVisible(bool(text))

    def show_not_enrolled(self) -> None:
        self._enrolled = False
        self.setText(self.tr("Not set up to send cases: click Enroll"))
        self.setStyleSheet(PROBLEM_STYLE)
        self.show()

    def mousePressEvent(self, event) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)
