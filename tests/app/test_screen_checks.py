"""The screenshot checks catch what a person would notice: a cut-off label or button, a widget
that is hidden or outside the window, a text that is not on screen. Runs offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tests.support.screen_checks import assert_seen

LONG = "Saving the files into this case (encrypted), then reading the reports"

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    window = QWidget()
    window.setLayout(QVBoxLayout())
    qtbot.addWidget(window)
    window.resize(400, 300)
    return window


def shown(qtbot, window, *widgets):
    for widget in widgets:
        window.layout().addWidget(widget)
    window.show()
    qtbot.waitExposed(window)


def test_a_window_that_shows_everything_passes(qtbot, window):
    label, button = QLabel("Sunita Devi"), QPushButton("Import")
    shown(qtbot, window, label, button)
    assert_seen(window, shows=[label, button], says=["Sunita Devi", "Import"])


@pytest.mark.parametrize("kind", [QLabel, QPushButton, QCheckBox])
def test_text_wider_than_its_widget_is_cut_off(qtbot, window, kind):
    widget = kind(LONG)
    widget.setFixedWidth(120)
    shown(qtbot, window, widget)
    with pytest.raises(AssertionError, match="text cut off"):
        assert_seen(window, shows=[widget], says=[])
    assert_seen(window, shows=[widget], says=[], may_elide=[widget])


def test_wrapped_label_too_short_for_its_lines_is_cut_off(qtbot, window):
    label = QLabel(" ".join([LONG] * 4))
    label.setWordWrap(True)
    label.setFixedSize(150, 20)
    shown(qtbot, window, label)
    with pytest.raises(AssertionError, match="text cut off"):
        assert_seen(window, shows=[label], says=[])


def test_hidden_widget_and_missing_text_are_reported(qtbot, window):
    label, hidden = QLabel("Sunita Devi"), QPushButton("Send")
    shown(qtbot, window, label, hidden)
    hidden.hide()
    with pytest.raises(AssertionError, match="not visible"):
        assert_seen(window, shows=[hidden], says=[])
    with pytest.raises(AssertionError, match="'Send' is not on screen"):
        assert_seen(window, shows=[label], says=["Send"])


def test_widget_outside_the_window_is_reported(qtbot, window):
    inside = QLabel("here")
    shown(qtbot, window, inside)
    outside = QLabel("there", window)
    outside.move(500, 10)
    outside.show()
    with pytest.raises(AssertionError, match="outside the window"):
        assert_seen(window, shows=[outside], says=[])
