"""The first-run wizard's pages scroll only as far as their own content, offscreen: a short page
(language, role) has nothing to scroll into, however long another page is, and the long details
form still scrolls at a 1024x600 screen's size instead of being clipped; the step count follows
the choice of restoring as soon as it is made."""

from __future__ import annotations

import pytest

from casework import first_run
from tests.support.languages import english as english

pytestmark = pytest.mark.gui

NETBOOK = (1024, 572)  # a 1024x600 screen under a title bar


def wizard_at(qtbot, tmp_path, memory_keyring):
    from desktop.views.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "fresh", keyring_backend=memory_keyring)
    qtbot.addWidget(wizard)
    wizard.resize(*NETBOOK)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def scroll_range(qtbot, wizard) -> int:
    qtbot.wait(50)  # one layout pass after a page change
    return wizard.scroll.verticalScrollBar().maximum()


def test_a_short_page_does_not_scroll_into_the_blank_height_of_a_long_one(
    english, qtbot, tmp_path, memory_keyring
):
    wizard = wizard_at(qtbot, tmp_path, memory_keyring)
    assert wizard.page.step == first_run.LANGUAGE
    assert scroll_range(qtbot, wizard) == 0
    wizard.next_button.click()
    assert wizard.page.step == first_run.ROLE
    assert scroll_range(qtbot, wizard) == 0
    # The role page's last choice is on screen without scrolling.
    viewport = wizard.scroll.viewport()
    bottom = wizard.page.restore_text.mapTo(viewport, wizard.page.restore_text.rect().bottomLeft())
    assert bottom.y() <= viewport.height()


def test_the_long_details_form_still_scrolls_on_a_small_screen(
    english, qtbot, tmp_path, memory_keyring
):
    wizard = wizard_at(qtbot, tmp_path, memory_keyring)
    wizard.progress.role = first_run.SPECIALIST  # the longer of the two details forms
    details = next(i for i, p in enumerate(wizard.pages) if p.step == first_run.DETAILS)
    wizard.show_page(details)
    page = wizard.pages[details]
    needed = page.heightForWidth(wizard.scroll.viewport().width())
    assert needed > wizard.scroll.viewport().height()
    assert scroll_range(qtbot, wizard) >= needed - wizard.scroll.viewport().height() - 1


def test_choosing_restore_says_at_once_how_many_steps_follow(
    english, qtbot, tmp_path, memory_keyring
):
    wizard = wizard_at(qtbot, tmp_path, memory_keyring)
    wizard.next_button.click()
    assert wizard.step_label.text() == "Step 2 of 6"
    wizard.page.restore.click()
    assert wizard.step_label.text() == "Step 2 of 3"
    wizard.page.clinic.click()
    assert wizard.step_label.text() == "Step 2 of 6"
    assert not wizard.progress.restoring
