"""Follow-up questions from end to end over real HTTP on 127.0.0.1: the clinic, the service and
the specialist as separate data folders and processes, each device behind its own fault proxy
(the clinic's link cut in the upload direction, the specialist's in the download direction,
and each device's first thread post answered with a gateway error instead of reaching the
service). After the opinion, the clinic asks with a report that came later; the report goes as
a small update bundle and the question names it; the specialist sees "question asked", reads
the question verified and the report byte-identical, answers; the clinic reads the answer
verified and closes the case. Every message is kept exactly once on each side and at the
service, however many times the links were cut and the runs repeated."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time

import pytest

from testdata.documents import lab_report_pdf
from tests.support.cli import Cli
from tests.support.fault_proxy import DOWN, FaultPlan, FaultProxy
from tests.support.running_service import service_process
from tests.sync.test_opinion_end_to_end import PROFILE, _answered, _fetch, _ok, _submitted_case

pytestmark = pytest.mark.timeout(420)

QUESTION = "The echo report came today. Does it change the plan?"
ANSWER = "No: the plan stands. Start chemotherapy as planned."


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _until(run, done, what: str, tries: int = 30):
    for _ in range(tries):
        result = run()
        if done(result):
            return result
        time.sleep(1)
    raise AssertionError(f"{what} never happened")


def _messages(cli: Cli, case: str) -> list[dict]:
    return _ok(cli("--json", "case", "show", case)).json["messages"]


def test_question_with_a_new_report_answered_then_closed(tmp_path):
    # Each device's first POST to a thread is answered 502 by its link, never reaching the
    # service: the message waits and goes again.
    thread_post = {"status_method": "POST", "status_target": "/v1/threads/", "statuses": (502,)}
    clinic_link = FaultPlan(
        cut_every=9_000, cut_jitter=0.3, max_cuts=10, seed=5, deadline_seconds=400, **thread_post
    )
    specialist_link = FaultPlan(
        cut_every=7_000,
        cut_jitter=0.3,
        max_cuts=10,
        seed=6,
        events_on=DOWN,
        deadline_seconds=400,
        **thread_post,
    )
    with (
        service_process(tmp_path) as service,
        FaultProxy(_port(service.url), clinic_link) as clinic_proxy,
        FaultProxy(_port(service.url), specialist_link) as specialist_proxy,
    ):
        clinic = Cli(tmp_path / "clinic", tmp_path / "home")
        specialist = Cli(tmp_path / "specialist", tmp_path / "home")
        _ok(clinic("enroll", clinic_proxy.url, service.new_code("clinic")))
        code = service.new_code("specialist", ["oncology"], profile=PROFILE)
        _ok(specialist("enroll", specialist_proxy.url, code))

        # The case, and the opinion on it.
        bundle_id = _submitted_case(clinic, tmp_path)
        case_id = _ok(clinic("--json", "case", "list")).json[0]["id"]
        _fetch(specialist, bundle_id)
        skeleton = json.loads(_ok(specialist("opinion", "template", bundle_id[:8])).out)
        draft = _answered(skeleton)
        draft["answers"] = [
            {"question_id": a["question_id"], "answer": "Yes."} for a in skeleton["answers"]
        ]
        (tmp_path / "draft.json").write_text(json.dumps(draft), "utf-8")
        _ok(specialist("opinion", "draft", bundle_id[:8], "--from", str(tmp_path / "draft.json")))
        _ok(specialist("opinion", "sign", bundle_id[:8]))
        _ok(specialist("--json", "sync", "--once"))
        assert _messages(clinic, case_id) == []

        # The clinic asks, with a report that came later.
        report = lab_report_pdf(tmp_path / "echo-report.pdf", patient="Asha Verma")
        asked = _ok(clinic("--json", "ask", case_id[:8], QUESTION, "--attach", str(report))).json
        question_id, supplement = asked["message_id"], asked["supplement"]
        assert supplement and [a["name"] for a in asked["attachments"]] == ["echo-report.pdf"]
        report_sha = hashlib.sha256(report.read_bytes()).hexdigest()
        assert asked["attachments"][0]["sha256"] == report_sha
        assert _ok(clinic("--json", "case", "show", case_id)).json["status"] == "question_asked"
        [waiting] = _messages(clinic, case_id)
        assert (waiting["state"], waiting["mine"], waiting["verified"]) == ("waiting", True, True)

        synced = _until(
            lambda: _ok(clinic("--json", "sync", "--once")).json,
            lambda s: not s["pending"] and _messages(clinic, case_id)[0]["state"] == "sent",
            "the question leaving the clinic",
        )
        assert synced["error"] is None
        assert clinic_proxy.stats().injected == [502]

        # The specialist: "question asked" on the worklist, the question verified, the report
        # here byte-identical (it arrives as the update bundle).
        def specialist_has_it(_result) -> bool:
            shown = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json
            files = [f for m in shown["messages"] for f in m["attachments"]]
            return bool(files) and all(f["attachment_id"] for f in files)

        _until(
            lambda: _ok(specialist("--json", "sync", "--once")).json,
            specialist_has_it,
            "the question and its report reaching the specialist",
        )
        [row] = [
            r
            for r in _ok(specialist("--json", "review", "list")).json["cases"]
            if r["bundle_id"] == bundle_id
        ]
        assert row["thread"] == "question_asked"
        assert "question asked" in _ok(specialist("review", "list")).out
        shown = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json
        [question] = shown["messages"]
        assert (question["message_id"], question["text"]) == (question_id, QUESTION)
        assert question["verified"] and question["author"]["role"] == "clinic"
        assert question["state"] == "received" and not question["mine"]
        [attached] = question["attachments"]
        assert (attached["name"], attached["sha256"], attached["supplement"]) == (
            "echo-report.pdf",
            report_sha,
            supplement,
        )
        human = _ok(specialist("opinion", "show", bundle_id[:8])).out
        assert QUESTION in human and "signature verified" in human

        # The specialist answers.
        answered = _ok(specialist("--json", "answer", bundle_id[:8], question_id[:8], ANSWER)).json

        def answer_sent(_result) -> bool:
            shown = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json
            return [m["state"] for m in shown["messages"]] == ["received", "sent"]

        _until(
            lambda: _ok(specialist("--json", "sync", "--once")).json,
            answer_sent,
            "the answer leaving the specialist",
        )
        assert specialist_proxy.stats().injected == [502]
        assert specialist_proxy.stats().cuts > 0 and clinic_proxy.stats().cuts > 0

        # The clinic reads it, verified, in order after its question, then closes the case.
        _until(
            lambda: _ok(clinic("--json", "sync", "--once")).json,
            lambda _s: len(_messages(clinic, case_id)) == 2,
            "the answer reaching the clinic",
        )
        first, second = _messages(clinic, case_id)
        assert (first["message_id"], second["message_id"]) == (
            question_id,
            answered["message_id"],
        )
        assert second["in_reply_to"] == question_id and second["text"] == ANSWER
        assert second["verified"] and second["author"]["name"] == PROFILE["name"]
        assert second["author"]["role"] == "specialist"
        assert _ok(clinic("--json", "case", "show", case_id)).json["status"] == "answered"
        _ok(clinic("case", "close", case_id[:8]))
        assert _ok(clinic("--json", "case", "show", case_id)).json["status"] == "closed"
        refused = clinic("--json", "ask", case_id[:8], "One more thing?")
        assert refused.code == 1 and refused.json["error"]["code"] == "case_closed"

        # Exactly once: more runs bring nothing new, on either side or at the service.
        _ok(clinic("--json", "sync", "--once"))
        _ok(specialist("--json", "sync", "--once"))
        assert [m["message_id"] for m in _messages(clinic, case_id)] == [
            question_id,
            answered["message_id"],
        ]
        shown = _ok(specialist("--json", "opinion", "show", bundle_id[:8])).json
        assert [m["message_id"] for m in shown["messages"]] == [
            question_id,
            answered["message_id"],
        ]
    with sqlite3.connect(service.data_dir / "service.db") as db:
        stored = db.execute("SELECT message_id FROM thread_messages ORDER BY posted_at").fetchall()
        delivered = db.execute(
            "SELECT COUNT(*) FROM feed WHERE status = 'thread_message'"
        ).fetchone()[0]
    assert sorted(r[0] for r in stored) == sorted([question_id, answered["message_id"]])
    assert delivered == 2
