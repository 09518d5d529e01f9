"""A sent, closed or removed case on a real display (Xvfb + xcb), at the display's size: the
read-only editor with its banner and Send an update, the update dialog, a closed case, the
Remove file button, the Trash, and the status bar and case list saying one true state.

Run once per screen size:
  xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_case_lifecycle_screens.py
  xvfb-run -a -s "-screen 0 1024x600x24" env QT_QPA_PLATFORM=xcb \
      pytest -m screenshot tests/cases/test_case_lifecycle_screens.py
PNGs go to artifacts/screens/ (70-... to 75-..., named with the screen size).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from local_store import attachments, cases, outbox, trash
from local_store.models import CaseStatus, Patient, Referral, Sex
from tests.support.screen_checks import save

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "screens"

pytestmark = [
    pytest.mark.screenshot,
    pytest.mark.skipif(
        not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb",
        reason="needs an X display (DISPLAY unset) with QT_QPA_PLATFORM=xcb; run under xvfb-run",
    ),
]


@pytest.fixture(autouse=True)
def out_dir():
    OUT.mkdir(parents=True, exist_ok=True)
    return OUT


def name(stem: str) -> str:
    from PySide6.QtWidgets import QApplication

    size = QApplication.primaryScreen().size()
    return f"{stem}-{size.width()}x{size.height()}.png"


def window_for(store, qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.views.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    size = QApplication.primaryScreen().size()
    window.resize(size.width(), size.height() - 28)  # the title bar a window manager adds
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.loaded)
    return window


def select(window, qtbot, case_id: str):
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id)
    qtbot.wait(300)
    return window.editor


def a_case(store, tmp_path, name_: str, file_name: str = "echo-report.pdf") -> str:
    case_id = cases.create_case(
        store,
        Patient(name=name_, sex=Sex.FEMALE, age_years=52),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    path = tmp_path / file_name
    path.write_bytes(b"%PDF-1.4\n% report\n%%EOF\n")
    attachments.add_file(store, case_id, path)
    return case_id


def queue(store, case_id: str, bundle_id: str) -> None:
    outbox.enqueue(
        store,
        bundle_id=bundle_id,
        case_id=case_id,
        folder="unused",
        service_url="https://service.invalid",
        size_cipher=1000,
        files=[outbox.NewFile("manifest.age", 1000, "0" * 64)],
        urgent=False,
        sent_attachments=[a.id for a in attachments.list_attachments(store, case_id)],
    )


def test_sent_case_read_only_update_dialog_and_one_state(store, qtbot, tmp_path):
    sent = a_case(store, tmp_path, "Asha Verma")
    queue(store, sent, "bundle-1")
    outbox.mark_sent(store, "bundle-1", {"receipt": "x"})
    outbox.apply_feed_item(
        store,
        cursor=1,
        bundle_id="bundle-1",
        status="opinion_ready",
        specialty="oncology",
        problem=None,
        at=None,
        case_status=None,
    )
    cases.create_case(store, Patient(name="Ravi Kumar"), status=CaseStatus.READY)
    window = window_for(store, qtbot)
    editor = select(window, qtbot, sent)
    window.sync.refresh_statuses()
    indicator = window.sync.indicator
    indicator.show_progress(_idle())
    qtbot.waitUntil(lambda: "ready, not sent yet" in indicator.text())
    qtbot.wait(300)  # the status bar lays out the new text
    save(
        window,
        OUT / name("70-sent-case-read-only"),
        shows=[editor.lock_banner, editor.update_button, editor.status_badge, indicator],
        says=["can no longer be changed", "Send an update", "Opinion ready", "ready, not sent yet"],
    )
    editor.update_button.click()
    dialog = editor.update_dialog
    qtbot.waitUntil(dialog.isVisible)
    later = tmp_path / "biopsy-result.pdf"
    later.write_bytes(b"%PDF-1.4\n% biopsy\n%%EOF\n")
    attachments.add_file(store, sent, later)
    dialog.reload()
    qtbot.waitUntil(lambda: len(dialog.new_files) == 1)
    qtbot.keyClicks(dialog.note, "Biopsy result came back today: adenocarcinoma, grade 2.")
    save(
        dialog,
        OUT / name("71-send-an-update"),
        shows=[dialog.note, dialog.send_button, dialog.add_button, dialog.files],
        says=["New files not sent yet: 1", "Send update", "What was sent before does not change"],
    )
    dialog.reject()


def test_closed_case_remove_file_and_trash(store, qtbot, tmp_path, monkeypatch):
    closed = a_case(store, tmp_path, "Sunita Rao")
    cases.close_case(store, closed)
    draft = a_case(store, tmp_path, "Meena Kumari", "other-patient-report.pdf")
    window = window_for(store, qtbot)
    editor = select(window, qtbot, closed)
    save(
        window,
        OUT / name("72-closed-case"),
        shows=[editor.lock_banner, editor.status_badge],
        says=["This case is closed", "Closed"],
    )
    editor = select(window, qtbot, draft)
    panel = editor.attachments
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0)
    item = panel.tree.topLevelItem(0).child(0)
    panel.tree.setCurrentItem(item)
    editor.scroll.ensureWidgetVisible(panel.remove_button)
    editor.scroll.horizontalScrollBar().setValue(0)
    qtbot.wait(200)
    save(
        window,
        OUT / name("73-remove-file"),
        shows=[panel.remove_button],
        says=["Remove file…", "other-patient-report.pdf"],
        may_elide=[panel.tree],
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    qtbot.waitUntil(lambda: attachments.list_attachments(store, draft) == [])
    empty = cases.create_case(store, Patient())
    trash.remove_case(store, empty)
    window.trash_button.click()
    view = window.trash_dialog
    qtbot.waitUntil(lambda: view.loaded and view.table.rowCount() == 2)
    save(
        view,
        OUT / name("74-trash"),
        shows=[view.table, view.restore_button],
        says=["Restore", "other-patient-report.pdf", "(no name yet)", "30 days"],
    )
    view.accept()


def test_remove_confirmation(store, qtbot, tmp_path):
    from desktop.words import tr_case

    window = window_for(store, qtbot)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr_case("confirm_remove_title"),
        tr_case("confirm_remove", name="Meena Kumari", days=trash.KEEP_DAYS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    box.show()
    qtbot.waitExposed(box)
    save(box, OUT / name("75-remove-case-confirm"), shows=[], says=["Trash", "30 days"])
    box.close()


def _idle():
    from sync.engine import SyncProgress

    return SyncProgress(state="idle")
