"""Writing a follow-up question on the clinic's device, offline: refused before the case is
sent, by the wrong role, or with a text the other side could not read (and then no update
bundle is built); with a file added since the case was sent, the file goes first as an update
bundle through the outbox, the question names it and its hash, and the question waits until
that bundle's receipt is held."""

from __future__ import annotations

import hashlib

import pytest

from local_store import attachments, cases, outbox, thread_messages
from local_store.models import CaseStatus
from sync import thread, thread_send
from sync.submit import submit_case
from sync.thread_send import ThreadRefused
from testdata.documents import lab_report_pdf
from tests.support.case_setup import sendable_ct_case


@pytest.fixture
def sent_case(store, data_dir, tmp_path):
    case_id = sendable_ct_case(store, tmp_path / "scans")
    first = submit_case(store, data_dir, case_id)
    return case_id, first.bundle_id


def test_a_case_not_sent_cannot_be_asked_about(store, tmp_path):
    case_id = sendable_ct_case(store, tmp_path / "scans")
    with pytest.raises(ThreadRefused) as refused:
        thread_send.ask(store, store.data_dir, case_id, "Any news?")
    assert refused.value.code == "case_not_sent"
    assert thread_messages.for_case(store, case_id) == []


def test_a_clinic_does_not_answer(store, sent_case):
    _case_id, bundle_id = sent_case
    with pytest.raises(ThreadRefused) as refused:
        thread_send.answer(store, bundle_id, "q-1", "Yes")
    assert refused.value.code == "wrong_role"


def test_an_unreadable_question_builds_nothing(store, data_dir, sent_case, tmp_path):
    case_id, _bundle_id = sent_case
    attachments.add_file(store, case_id, lab_report_pdf(tmp_path / "echo.pdf"))
    before = len(outbox.list_entries(store))
    with pytest.raises(ThreadRefused) as refused:
        thread_send.ask(store, data_dir, case_id, "x" * 10_001)
    assert refused.value.code == "message_unreadable"
    assert len(outbox.list_entries(store)) == before
    assert [a.name for a in attachments.unsent(store, case_id)] == ["echo.pdf"]


def test_a_new_report_goes_first_as_an_update_and_the_question_waits_for_it(
    store, data_dir, sent_case, tmp_path
):
    case_id, bundle_id = sent_case
    report = lab_report_pdf(tmp_path / "echo.pdf")
    attachments.add_file(store, case_id, report)
    written = thread_send.ask(store, data_dir, case_id, "  Does the echo change the plan?  ")
    assert written.bundle_id == bundle_id and written.supplement is not None
    [update] = outbox.updates_of(store, case_id)
    assert update["bundle_id"] == written.supplement
    assert update["note"] == "Does the echo change the plan?"
    [file] = written.files
    assert (file.name, file.sha256) == ("echo.pdf", hashlib.sha256(report.read_bytes()).hexdigest())
    assert cases.get_case(store, case_id).status == CaseStatus.QUESTION_ASKED

    [entry] = thread.thread_for_case(store, case_id)
    assert (entry.text, entry.mine, entry.verified, entry.state) == (
        "Does the echo change the plan?",
        True,
        True,
        "waiting",
    )
    assert entry.attachments[0].attachment_id is not None  # the file is here
    assert thread_send.due(store, now=1e12) == []  # its update bundle is not at the service

    outbox.mark_sent(store, written.supplement, {"receipt": {}, "signature": ""})
    [due] = thread_send.due(store, now=1e12)
    assert due.message_id == written.message_id
    assert thread_messages.get(store, written.message_id).state == "queued"
