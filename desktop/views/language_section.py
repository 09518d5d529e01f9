"""Settings' "Language" section: choosing it changes every open window at once, keeping
whatever is typed (desktop.language.switch), and the choice is kept in the data folder's
config file, so the next start (and the unlock screen before the store opens) uses it.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from casework import first_run
from desktop import language
from desktop.views.widgets import Section
from local_store.errors import StoreError


class LanguageSection(Section):
    def __init__(self, data_dir: Path, parent=None) -> None:
        super().__init__(self.tr("Language"), parent)
        self.data_dir = Path(data_dir)
        intro = QLabel(self.tr("The screens change at once; nothing you typed is lost."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        for code, name in language.LANGUAGE_NAMES:
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(language.shown_language())))
        self.choice.currentIndexChanged.connect(self._on_chosen)
        self.body.addWidget(self.choice)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.body.addWidget(self.problem)

    @Slot(int)
    def _on_chosen(self, _index: int) -> None:
        code = self.choice.currentData()
        language.switch(QApplication.instance(), code)
        try:
            first_run.save_language(self.data_dir, code)
        except StoreError:
            # Shown in the new language already; only the next start would not remember it.
            self.problem.setText(self.tr("The choice could not be saved for the next start."))
            self.problem.show()
