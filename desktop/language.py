"""The language of the screens: installing its translator, and switching it while windows are
open without losing what is typed in them.

``RecordingTranslator`` answers from the language's catalogue (resources/i18n) and remembers,
for every text it was asked for, which source text and context it came from. Switching
language (``switch``) installs a new one and walks every widget and action of the application:
each text the old translator produced is translated again from its source, in place, so
fields, selections and unsaved typing are untouched. Qt sends every widget a LanguageChange
event when the translator changes; screens that compose texts from numbers or names (counts,
"Enrolled as ...") rebuild those in their ``changeEvent`` or on their next refresh.
Thread-safety: GUI thread only (translate itself is reentrant and may run on any thread).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
ENGLISH = "en"
# The languages offered, each named in its own script so anyone can find theirs.
LANGUAGE_NAMES = (("en", "English"), ("hi", "हिन्दी (Hindi)"))

_Key = tuple[str, str, str | None, int]
MAX_CONTEXTS = 16


class RecordingTranslator(QTranslator):
    """The catalogue of one language, remembering which source each answer came from."""

    def __init__(self, lang: str | None, parent=None) -> None:
        super().__init__(parent)
        self.locale = QLocale(lang) if lang else QLocale.system()
        self.catalogue = QTranslator(self)
        # load(locale, ...) tries hi_IN, then hi, so a Hindi system finds casebridge_hi.qm.
        self.loaded = self.catalogue.load(self.locale, "casebridge", "_", str(I18N_DIR))
        # PySide6 ships no Hindi catalogue of Qt's own words (OK, Cancel, the text menus, the
        # file dialog), so the project keeps its own: qt_standard_hi.qm.
        self.standard = QTranslator(self)
        self.standard.load(self.locale, "qt_standard", "_", str(I18N_DIR))
        # Shown text -> where it may have come from. PySide's tr() asks once per class of the
        # widget's hierarchy, so one text can have several contexts; the first is the widget's.
        self.sources: dict[str, list[_Key]] = {}
        self._lock = threading.Lock()

    def translate(self, context, source, disambiguation=None, n=-1):
        answer = self.catalogue.translate(
            context, source, disambiguation, n
        ) or self.standard.translate(context, source, disambiguation, n)
        shown = answer or source
        if n >= 0:
            shown = shown.replace("%n", str(n))
        key = (context, source, disambiguation, n)
        with self._lock:
            keys = self.sources.setdefault(shown, [])
            if key not in keys and len(keys) < MAX_CONTEXTS:
                keys.append(key)
        # None, not "": an empty answer would replace the source text with nothing.
        return answer or None

    def sources_of(self, text: str) -> list[_Key]:
        with self._lock:
            return list(self.sources.get(text, ()))


_active: RecordingTranslator | None = None


def current() -> RecordingTranslator | None:
    """The translator installed last by ``install`` or ``switch``."""
    return _active


def shown_language() -> str:
    """The code of the language the screens are in now ("hi" or "en")."""
    translator = _active
    locale = translator.locale if translator is not None else QLocale()
    if locale.language() == QLocale.Language.Hindi and (translator is None or translator.loaded):
        return "hi"
    return ENGLISH


def install(app: QApplication, lang: str | None) -> RecordingTranslator:
    """Install the translator for ``lang`` (None: the system's language) in place of the last."""
    global _active
    translator = RecordingTranslator(lang, app)
    if lang:
        QLocale.setDefault(translator.locale)
    if _active is not None:
        app.removeTranslator(_active)
    app.installTranslator(translator)
    _active = translator
    return translator


def switch(app: QApplication, lang: str) -> RecordingTranslator:
    """Show every open window in ``lang`` from now on, keeping whatever is typed in it."""
    old = _active
    new = install(app, lang)
    QLocale.setDefault(new.locale)
    if old is not None:
        for widget in QApplication.allWidgets():
            _retranslate_widget(widget, old)
        for action in _window_actions():
            _retranslate(old, action.text, action.setText)
            _retranslate(old, action.toolTip, action.setToolTip)
        old.deleteLater()
    return new


def _window_actions() -> list[QAction]:
    actions: dict[int, QAction] = {}
    for window in QApplication.topLevelWidgets():
        for action in window.findChildren(QAction):
            actions[id(action)] = action
    return list(actions.values())


def _retranslate(old: RecordingTranslator, getter, setter) -> None:
    text = getter()
    if not text:
        return
    keys = old.sources_of(text)
    if not keys:
        return  # not a translated text (a name, a number): left as it is
    answers = [QCoreApplication.translate(*key) for key in keys]
    # A context that translates it wins over those that give the text back unchanged.
    setter(next((answer for answer in answers if answer != text), answers[0]))


def _retranslate_widget(widget: QWidget, old: RecordingTranslator) -> None:
    _retranslate(old, widget.windowTitle, widget.setWindowTitle)
    _retranslate(old, widget.toolTip, widget.setToolTip)
    if isinstance(widget, QLabel | QAbstractButton):
        _retranslate(old, widget.text, widget.setText)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        _retranslate(old, widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QGroupBox | QMenu):
        _retranslate(old, widget.title, widget.setTitle)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            _retranslate(
                old, lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t)
            )
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            _retranslate(old, lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(column)
            if item is not None:
                _retranslate(old, item.text, item.setText)
