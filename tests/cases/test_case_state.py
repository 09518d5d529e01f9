"""One state per case from the case status and its outbox entries: what every screen shows."""

from __future__ import annotations

from casework.case_state import derive, entry_state, load_sending
from local_store import cases, outbox
from local_store.models import CaseStatus, Patient
from local_store.outbox import OutboxEntry


def entry(state="queued", service_status=None, last_error=None, bundle="b1") -> OutboxEntry:
    return OutboxEntry(
        bundle_id=bundle,
        case_id="c1",
        state=state,
        priority=0,
        size_cipher=10,
        sent_bytes=0,
        last_error=last_error,
        service_status=service_status,
    )


def test_opinion_ready_at_the_service_wins_over_in_review():
    state = derive(CaseStatus.IN_REVIEW, [entry("sent", "opinion_ready")])
    assert state.code == "opinion_ready"
    assert entry_state(entry("sent", "opinion_ready")).code == "opinion_ready"


def test_an_opinion_kept_out_is_not_an_opinion_ready():
    kept_out = derive(CaseStatus.IN_REVIEW, [entry("sent", "opinion_ready")], "opinion_changed")
    assert (kept_out.code, kept_out.kept_out) == ("opinion_kept_out", "opinion_changed")
    # An opinion here wins: a replay or a bad correction kept out takes nothing back.
    received = derive(CaseStatus.OPINION_RECEIVED, [entry("sent", "opinion_ready")], "x")
    assert (received.code, received.kept_out) == ("opinion_received", None)
    # Closed is closed.
    assert derive(CaseStatus.CLOSED, [entry("sent", "opinion_ready")], "x").code == "closed"


def test_a_problem_shows_until_bytes_move_again():
    assert derive(CaseStatus.SENDING, [entry("sending", last_error="offline")]).code == (
        "send_problem"
    )
    assert derive(CaseStatus.SENDING, [entry("sending")]).code == "sending"
    assert derive(CaseStatus.QUEUED, [entry("failed", last_error="bad")]).code == "not_sent"


def test_an_update_on_its_way_does_not_take_a_reviewed_case_back():
    state = derive(CaseStatus.IN_REVIEW, [entry("sent", "in_review"), entry("queued", bundle="b2")])
    assert state.code == "in_review" and state.update_pending


def test_closed_is_closed_and_drafts_are_themselves():
    assert derive(CaseStatus.CLOSED, [entry("sent", "in_review")]).code == "closed"
    assert derive(CaseStatus.READY, []).code == "ready"


def test_counts_say_a_ready_case_is_waiting_for_a_click(store):
    ready = cases.create_case(store, Patient(name="Asha"), status=CaseStatus.READY)
    cases.create_case(store, Patient(name="Draft"))
    sending = load_sending(store)
    assert sending.counts.ready == 1 and sending.counts.queued == 0
    outbox.enqueue(
        store,
        bundle_id="b1",
        case_id=ready,
        folder="unused",
        service_url="https://service.invalid",
        size_cipher=10,
        files=[],
        urgent=False,
    )
    sending = load_sending(store)
    assert sending.counts.ready == 0 and sending.counts.queued == 1
    assert {r.id: r.shown for r in sending.rows}[ready] == "queued"
