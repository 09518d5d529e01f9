"""A case after it is sent, closed or removed, in the real main window over the real store.

Sent: every field is read only, a banner says so and how to add information, no "Saved"; an
update goes as a follow-up bundle. Status: the case list, the header, the status bar and the
Sending panel say the same thing, and an old problem goes once bytes move again. Removal: a
confirmation, the Trash, Restore; sent files and sent cases cannot be removed.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from local_store import attachments, cases, errors, outbox
from local_store.models import CaseStatus, Patient, Referral, Sex
from tests.support.gui import new_case

SEND_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.gui


def answer(monkeypatch, yes: bool) -> list[str]:
    """The confirmation is answered as a person would; returns the questions asked."""
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def enqueue(store, case_id: str, bundle_id: str = "bundle-1", files_sent: bool = True) -> None:
    """Queue the case as `submit` does (the bundle itself is not needed on this screen)."""
    sent = [a.id for a in attachments.list_attachments(store, case_id)] if files_sent else []
    outbox.enqueue(
        store,
        bundle_id=bundle_id,
        case_id=case_id,
        folder="unused",
        service_url="https://service.invalid",
        size_cipher=1000,
        files=[outbox.NewFile("manifest.age", 1000, "0" * 64)],
        urgent=False,
        **({"sent_attachments": sent} if sent else {}),
    )


def open_case(window, qtbot, case_id: str):
    window.refresh_cases()
    qtbot.waitUntil(lambda: window.model.row_of(case_id) is not None, timeout=10_000)
    window.select_case(case_id)
    qtbot.waitUntil(lambda: window.editor.case_id == case_id, timeout=10_000)
    return window.editor


def sent_case(store, tmp_path, files_sent: bool = True) -> str:
    case_id = cases.create_case(
        store,
        Patient(name="Asha Verma", sex=Sex.FEMALE, age_years=52),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    path = tmp_path / "asha-echo.pdf"
    path.write_bytes(b"%PDF-1.4\n% echo\n%%EOF\n")
    attachments.add_file(store, case_id, path)
    enqueue(store, case_id, files_sent=files_sent)
    return case_id


# ---------------------------------------------------------------- 5: a sent case is read only


def test_a_sent_case_is_read_only_and_says_how_to_add(window, qtbot, store, tmp_path, reopen):
    case_id = sent_case(store, tmp_path)
    editor = open_case(window, qtbot, case_id)
    name = editor.controls["patient.name"]
    assert name.isReadOnly()
    assert editor.controls["referral.clinical_summary"].isReadOnly()
    assert not editor.controls["referral.specialty"].isEnabled()
    assert editor.lock_banner.isVisible()
    assert "can no longer be changed" in editor.lock_banner.text()
    assert "Send an update" in editor.lock_banner.text()
    assert editor.update_button.isVisible()
    assert not editor.save_indicator.isVisible()  # no "Saved" for a change that cannot be
    assert not editor.attachments.add_button.isVisible()
    assert not editor.timeline.add_button.isVisible()

    qtbot.keyClicks(name, " Changed")
    editor.flush()
    qtbot.wait(300)
    assert name.text() == "Asha Verma"
    assert reopen_name(reopen, case_id) == "Asha Verma"
    with pytest.raises(errors.CaseSent):  # the rule is the store's, not only the screen's
        cases.update_case(store, case_id, {"patient.name": "Someone else"})


def reopen_name(reopen, case_id: str) -> str:
    return cases.get_case(reopen(), case_id).patient.name


def test_send_an_update_queues_a_follow_up_bundle(window, qtbot, store, tmp_path):
    sync_support = pytest.importorskip("tests.support.running_service")
    from sync import enrollment, submit

    with sync_support.running_service(tmp_path / "service") as service:
        enrollment.enroll(store, service.url, service.new_code(role="clinic"), label="PHC desk")
        case_id = cases.create_case(
            store,
            Patient(name="Meena Kumari", sex=Sex.FEMALE, age_years=41),
            referral=Referral(specialty="oncology", questions=["Surgery first?"]),
        )
        first_file = tmp_path / "meena-ct-report.pdf"
        first_file.write_bytes(b"%PDF-1.4\n% ct report\n%%EOF\n")
        attachments.add_file(store, case_id, first_file)
        first = submit.submit_case(store, store.data_dir, case_id)
        editor = open_case(window, qtbot, case_id)
        assert editor.update_button.isVisible()
        editor.update_button.click()
        dialog = editor.update_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        assert not dialog.send_button.isEnabled()  # nothing new yet
        later = tmp_path / "meena-biopsy.pdf"
        later.write_bytes(b"%PDF-1.4\n% biopsy result\n%%EOF\n")
        importing = dialog.add_paths([later])
        qtbot.waitUntil(lambda: importing.phase == "done", timeout=SEND_TIMEOUT_MS)
        qtbot.waitUntil(lambda: len(dialog.new_files) == 1, timeout=10_000)
        assert dialog.files.item(0).text() == "meena-biopsy.pdf"
        qtbot.keyClicks(dialog.note, "Biopsy came back: adenocarcinoma.")
        dialog.send_button.click()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SEND_TIMEOUT_MS)

        entries = [e for e in outbox.list_entries(store) if e.case_id == case_id]
        assert len(entries) == 2
        [update] = outbox.updates_of(store, case_id)
        assert update["note"] == "Biopsy came back: adenocarcinoma."
        update_entry = next(e for e in entries if e.bundle_id == update["bundle_id"])
        labels = {f.label for f in update_entry.files if f.label}
        assert labels == {"meena-biopsy.pdf"}  # only the new file; the first one is not resent
        assert outbox.first_bundle(store, case_id) == first.bundle_id
        qtbot.waitUntil(lambda: bool(editor.form.sent_at), timeout=5_000)
        assert editor.controls["patient.name"].isReadOnly()


# ---------------------------------------------------------------- 7: one true state


def test_list_header_and_panel_agree_on_opinion_ready(window, qtbot, store, tmp_path):
    case_id = sent_case(store, tmp_path, files_sent=False)
    outbox.mark_sent(store, "bundle-1", {"receipt": "test"})
    # The feed says: in review, then the opinion is ready (the case status has no such step).
    for cursor, status in ((1, "in_review"), (2, "opinion_ready")):
        outbox.apply_feed_item(
            store,
            cursor=cursor,
            bundle_id="bundle-1",
            status=status,
            specialty="oncology",
            problem=None,
            at=None,
            case_status=CaseStatus.IN_REVIEW if status == "in_review" else None,
        )
    editor = open_case(window, qtbot, case_id)
    assert list_state(window, case_id) == "Opinion ready"
    assert editor.status_badge.text() == "Opinion ready"
    window.sync.show_panel()
    panel = window.sync.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 2).text() == "Opinion ready"


def test_an_old_problem_goes_when_sending_moves_again(window, qtbot, store, tmp_path):
    case_id = sent_case(store, tmp_path, files_sent=False)
    outbox.set_state(store, "bundle-1", outbox.SENDING)
    outbox.record_failure(store, "bundle-1", "offline", retry_at=None, permanent=False)
    window.sync.show_panel()
    panel = window.sync.panel
    qtbot.waitUntil(
        lambda: panel.table.item(0, 5) is not None and "reached" in panel.table.item(0, 5).text(),
        timeout=10_000,
    )
    window.refresh_cases()
    qtbot.waitUntil(lambda: list_state(window, case_id) == "Sending: retrying", timeout=5_000)

    # The link is back and the upload moves: no screen may still say it cannot be reached.
    outbox.record_offset(store, "bundle-1", "manifest.age", 400, moved=True)
    qtbot.waitUntil(lambda: panel.table.item(0, 5).text() == "", timeout=10_000)
    assert panel.table.item(0, 2).text() == "Sending"
    window.sync.refresh_statuses()
    qtbot.waitUntil(lambda: list_state(window, case_id) == "Sending", timeout=5_000)


def test_status_bar_never_says_all_sent_while_a_case_waits_for_a_click(window, qtbot, store):
    sync_support = pytest.importorskip("tests.support.running_service")
    from sync import enrollment

    with sync_support.running_service(store.data_dir.parent / "service") as service:
        enrollment.enroll(store, service.url, service.new_code(role="clinic"), label="PHC desk")
        window.sync.service.restart()
        indicator = window.sync.indicator
        qtbot.waitUntil(lambda: "all cases sent" in indicator.text(), timeout=SEND_TIMEOUT_MS)
        editor = new_case(window, qtbot)
        qtbot.keyClicks(editor.controls["patient.name"], "Ravi Kumar")
        editor.flush()
        complete = {
            "patient.sex": "M",
            "patient.age_years": "60",
            "referral.specialty": "cardiology",
            "referral.questions": ["Is a stent needed?"],
            "referral.clinical_summary": "Chest pain on walking for 3 months.",
            "consent.given_by": "Ravi Kumar",
            "consent.method": "verbal",
            "consent.at": "2026-01-05",
        }
        qtbot.waitUntil(lambda: not editor.has_unsaved, timeout=5_000)
        cases.update_case(store, editor.case_id, complete)
        editor.load_case(editor.case_id)
        qtbot.waitUntil(lambda: editor.ready_button.isVisible(), timeout=5_000)
        editor.ready_button.click()
        qtbot.waitUntil(lambda: editor.send_button.isVisible(), timeout=5_000)
        qtbot.waitUntil(lambda: "ready, not sent yet" in indicator.text(), timeout=10_000)
        assert "all cases sent" not in indicator.text()


# ---------------------------------------------------------------- 8: removal and the trash


def test_remove_an_empty_case_and_restore_it_from_the_trash(window, qtbot, store, monkeypatch):
    editor = new_case(window, qtbot)
    case_id = editor.case_id
    asked = answer(monkeypatch, yes=False)
    editor.remove_action.trigger()
    assert len(asked) == 1 and "Trash" in asked[0]
    qtbot.wait(200)
    assert window.model.row_of(case_id) is not None  # "No" keeps it

    answer(monkeypatch, yes=True)
    editor.remove_action.trigger()
    qtbot.waitUntil(lambda: window.model.row_of(case_id) is None, timeout=5_000)
    assert window.right.currentWidget() is window.pick_label

    window.trash_button.click()
    trash_view = window.trash_dialog
    qtbot.waitUntil(lambda: trash_view.loaded, timeout=5_000)
    assert trash_view.table.rowCount() == 1
    assert trash_view.table.item(0, 1).text() == "(no name yet)"
    trash_view.restore_button.click()
    qtbot.waitUntil(lambda: window.model.row_of(case_id) is not None, timeout=5_000)
    qtbot.waitUntil(lambda: trash_view.table.rowCount() == 0, timeout=5_000)


def test_remove_a_wrong_file_but_never_a_sent_one(window, qtbot, store, tmp_path, monkeypatch):
    case_id = cases.create_case(store, Patient(name="Sunita Rao"))
    path = tmp_path / "other-patient-report.pdf"
    path.write_bytes(b"%PDF-1.4\n% not hers\n%%EOF\n")
    wrong = attachments.add_file(store, case_id, path).attachment
    editor = open_case(window, qtbot, case_id)
    panel = editor.attachments
    item = find_item(panel.tree, "other-patient-report.pdf")
    panel.tree.setCurrentItem(item)
    assert panel.remove_button.isEnabled()
    asked = answer(monkeypatch, yes=True)
    panel.remove_button.click()
    assert "other-patient-report.pdf" in asked[0]
    qtbot.waitUntil(lambda: attachments.list_attachments(store, case_id) == [], timeout=5_000)
    qtbot.waitUntil(lambda: find_item(panel.tree, "other-patient-report.pdf") is None)
    assert store.blobs.exists(wrong.sha256)  # kept in the trash, restorable

    second = sent_case(store, tmp_path)
    editor = open_case(window, qtbot, second)
    panel = editor.attachments
    qtbot.waitUntil(lambda: find_item(panel.tree, "asha-echo.pdf") is not None, timeout=5_000)
    panel.tree.setCurrentItem(find_item(panel.tree, "asha-echo.pdf"))
    assert not panel.remove_button.isVisible() or not panel.remove_button.isEnabled()
    assert not editor.remove_action.isEnabled()  # a sent case is closed, never removed


def test_close_a_case_keeps_it_read_only(window, qtbot, store, monkeypatch):
    editor = new_case(window, qtbot)
    case_id = editor.case_id
    answer(monkeypatch, yes=True)
    editor.close_action.trigger()
    qtbot.waitUntil(lambda: editor.lock_banner.isVisible(), timeout=5_000)
    assert "closed" in editor.lock_banner.text()
    assert editor.controls["patient.name"].isReadOnly()
    assert not editor.update_button.isVisible()
    assert cases.get_case(store, case_id).status is CaseStatus.CLOSED
    qtbot.waitUntil(lambda: list_state(window, case_id) == "Closed", timeout=5_000)


def list_state(window, case_id: str) -> str | None:
    """The Status column of the case's row in the case list."""
    row = window.model.row_of(case_id)
    return None if row is None else window.model.index(row, 3).data()


def find_item(tree, name: str):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item.text(0) == name:
            return item
        stack += [item.child(i) for i in range(item.childCount())]
    return None
