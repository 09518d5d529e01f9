"""The screens' language in tests: ``english`` (a fixture) starts a test in English and puts
English back after it, whatever language the test switched to, so no test leaks its language
into the next. Thread-safety: the GUI (test) thread only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@pytest.fixture
def english():
    from desktop import language

    app = QApplication.instance() or QApplication([])
    language.install(app, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English))
    yield app
    language.install(app, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English))
