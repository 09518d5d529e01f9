"""A follow-up's update bundle (files a clinic added to an earlier case) on the specialist's
"Assigned cases": folded into its case's row, never a row of its own. One row per case, the
status bar's "Assigned cases: N" counts cases, and the row says the case has new files and
whether they are fetched yet; `review list` lists the update under its case's "updates".

Offline with cases received into the real store (tests/support/received_case.py), and against
the reference service on 127.0.0.1 for an update whose question arrives before its files."""

from __future__ import annotations

import pytest

from casework.follow_up import ask_question
from casework.worklist import UpdateFetch, review_counts, worklist_rows
from local_store import received
from sync.engine import SyncEngine
from tests.support.cli import Cli
from tests.support.received_case import enroll_specialist, received_case
from tests.support.screens import open_window
from tests.sync.test_thread_desktop import QUESTION, report, sent_case

pytestmark = pytest.mark.timeout(240)


def case_with_update(store) -> tuple[str, str]:
    """A received case and an update of it, both fetched here: (case bundle, update bundle)."""
    case_bundle = received_case(store)
    update = received_case(store, questions=[], sent={"update_of": case_bundle})
    return case_bundle, update


def test_a_fetched_update_is_folded_into_its_cases_row(store):
    enroll_specialist(store)
    case_bundle, update = case_with_update(store)
    other = received_case(store)

    rows = worklist_rows(store)
    assert sorted(r.bundle_id for r in rows) == sorted([case_bundle, other])
    [row] = [r for r in rows if r.bundle_id == case_bundle]
    assert row.updates == (UpdateFetch(update, received.STORED, None),)
    assert row.new_files == received.STORED
    assert row.first_question == "Is surgery still an option?"
    [plain] = [r for r in rows if r.bundle_id == other]
    assert plain.updates == () and plain.new_files is None
    # Two cases wait for an opinion, not three.
    assert review_counts(rows).awaiting_opinion == 2


@pytest.mark.gui
def test_the_worklist_shows_one_row_per_case_with_its_new_files(store, qtbot):
    from desktop.views.worklist import OPINION

    enroll_specialist(store)
    case_bundle, _update = case_with_update(store)
    window = open_window(store, qtbot, (1024, 572))
    try:
        qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
        worklist = window.worklist
        qtbot.waitUntil(lambda: len(worklist.rows) == 1, timeout=10_000)
        assert worklist.model.rowCount() == 1
        assert window.count_label.text() == "Assigned cases: 1"
        assert worklist.model.item(0, OPINION).text() == "Not started · New files"
        # Opening the row opens the case.
        worklist.table.selectRow(0)
        with qtbot.waitSignal(worklist.open_requested) as opened:
            worklist.open_button.click()
        assert opened.args == [case_bundle]
    finally:
        window.shutdown()


@pytest.mark.parametrize("service_backend", ["sqlite-files"], indirect=True)
def test_an_update_not_fetched_yet_shows_on_its_cases_row(clinic, specialist, service, tmp_path):
    case_id, bundle_id = sent_case(clinic, specialist, service, tmp_path, opinion=False)
    asked = ask_question(clinic, clinic.data_dir, case_id, QUESTION, [report(tmp_path)])
    for _ in range(3):  # the update bundle first, then the question
        SyncEngine(clinic, clinic.data_dir).run_once()
        service.wait_idle()
    specialist_dir = tmp_path / "specialist"

    # The feed brings the question and offers its update; only the case is fetched.
    def question_here() -> bool:
        rows = worklist_rows(specialist)
        return any(r.thread == "question_asked" for r in rows)

    for _ in range(3):
        SyncEngine(specialist, specialist_dir).run_once(fetch_only={bundle_id})
        if question_here():
            break
    [row] = worklist_rows(specialist)
    assert row.bundle_id == bundle_id and row.thread == "question_asked"
    assert row.updates == (UpdateFetch(asked.supplement, received.WAITING, None),)
    assert row.new_files == received.WAITING

    SyncEngine(specialist, specialist_dir).run_once()
    [row] = worklist_rows(specialist)
    assert row.updates == (UpdateFetch(asked.supplement, received.STORED, None),)
    assert row.new_files == received.STORED
    assert review_counts([row]).awaiting_opinion == 1

    # `review list` folds it the same way, naming the update under its case.
    specialist.close()
    cli = Cli(specialist_dir, tmp_path / "home")
    [listed] = cli("--json", "review", "list").json["cases"]
    assert listed["bundle_id"] == bundle_id
    assert listed["updates"] == [
        {"bundle_id": asked.supplement, "state": "stored", "problem": None, "problem_file": None}
    ]
    text = cli("review", "list").out
    assert bundle_id[:8] in text and asked.supplement[:8] not in text
    assert "new files" in text
