"""The Opinion tab's content (casework.opinion_view) from opinions received at the clinic,
signed with a real specialist device key, and the clinic's ticks of investigations kept in the
encrypted store."""

from __future__ import annotations

from dataclasses import replace

import pytest

from casework import opinion_view
from casework.opinion_view import build
from local_store import investigation_ticks
from local_store.errors import InvalidIntake
from sync.device_keys import fingerprint
from tests.support.received_opinion import (
    ANSWERS,
    INVESTIGATIONS,
    QUESTIONS,
    SPECIALIST,
    clinic_case,
    opinion,
    received,
    specialist_keys,
    thread_entry,
    versions,
)


def test_the_latest_version_leads_and_the_earlier_ones_follow_in_order():
    first, second = versions()
    screen = build([first, second], {}, case_id="3f2a9c1e-0000", patient_name="Sunita Devi")
    assert screen.version == 2
    assert screen.opinion_id == second.opinion.opinion_id
    assert screen.verdict == "refined"
    assert screen.received_at == second.received_at
    assert [e.opinion_id for e in screen.earlier] == [first.opinion.opinion_id]
    assert screen.earlier[0].number == 1 and screen.earlier[0].verdict == "confirmed"
    assert screen.case_number == "3f2a9c1e"


def test_no_opinion_no_tab():
    assert build([], {}, case_id="c") is None


@pytest.mark.parametrize(
    ("see_in_person", "urgent"),
    [("emergency", True), ("within_days", True), ("routine", False), ("not_needed", False)],
)
def test_the_urgent_banner_only_when_the_specialist_wants_the_patient_seen_soon(
    see_in_person, urgent
):
    screen = build([received(opinion(see_in_person=see_in_person))], {}, case_id="c")
    assert screen.urgent is urgent
    assert screen.see_in_person == see_in_person


def test_each_question_with_its_answer_in_the_order_asked():
    document = opinion()
    shuffled = replace(document, answers=tuple(reversed(document.answers)))
    screen = build([received(shuffled)], {}, case_id="c")
    assert [(qa.number, qa.question, qa.answer) for qa in screen.answers] == [
        (n, q, a) for n, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1)
    ]


def test_the_signer_is_the_specialist_the_service_vouched_for_with_the_keys_fingerprint():
    keys = specialist_keys()
    screen = build([received(opinion(), keys)], {}, case_id="c")
    assert screen.verified
    assert screen.fingerprint == fingerprint(keys.ed25519_public_raw)
    assert screen.fingerprint.startswith("SHA256:")
    assert screen.specialist == SPECIALIST
    assert screen.opinion.device_id == keys.device_id


def test_ticks_are_kept_per_opinion_and_investigation(store):
    first, second = versions()
    ids = [first.opinion.opinion_id, second.opinion.opinion_id]
    opinion_view.set_done(store, second.opinion.opinion_id, 1, "2026-12-05")
    opinion_view.set_done(store, second.opinion.opinion_id, 2, "2026-12-04")
    opinion_view.set_done(store, second.opinion.opinion_id, 2, "2026-12-06")  # a new day
    screen = build([first, second], investigation_ticks.ticks(store, ids), case_id="c")
    assert [(i.text, i.done_on) for i in screen.investigations] == [
        (INVESTIGATIONS[0], None),
        (INVESTIGATIONS[1], "2026-12-05"),
        (INVESTIGATIONS[2], "2026-12-06"),
    ]
    # The first version's list is its own: a tick on the correction does not tick it.
    assert investigation_ticks.ticks(store, ids[:1]) == {}
    opinion_view.set_done(store, second.opinion.opinion_id, 1, None)
    assert investigation_ticks.ticks(store, ids) == {(ids[1], 2): "2026-12-06"}


def test_a_tick_needs_a_real_day(store):
    with pytest.raises(InvalidIntake):
        opinion_view.set_done(store, "op", 0, "yesterday")
    with pytest.raises(InvalidIntake):
        opinion_view.set_done(store, "op", -1, "2026-12-05")
    assert investigation_ticks.ticks(store, ["op"]) == {}


def test_a_case_with_no_opinion_received_has_none_to_show(store):
    assert opinion_view.load(store, clinic_case(store)) is None


def test_the_thread_shows_in_order():
    entries = [
        thread_entry("PHC Hosakote", "clinic", "2026-12-04T08:00:00Z", "The ER report came."),
        thread_entry(
            SPECIALIST.name,
            "specialist",
            "2026-12-04T15:00:00Z",
            "Then hormone therapy too.",
            verified=True,
            fingerprint="SHA256:abc",
        ),
    ]
    screen = opinion_view.with_thread(build([received(opinion())], {}, case_id="c"), entries)
    assert [e.text for e in screen.thread] == ["The ER report came.", "Then hormone therapy too."]
