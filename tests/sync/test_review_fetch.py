"""The specialist's side against the reference service on 127.0.0.1: a case the clinic sent is
offered to the enrolled specialist, fetched (through a link that cuts, stalls and crawls),
checked in full and kept read-only; accept, decline, not_yours and tampering."""

from __future__ import annotations

import pytest

from local_store import attachments, cases, received
from local_store.errors import CaseReadOnly
from local_store.models import CaseStatus
from sync.engine import SyncEngine
from sync.submit import submit_case
from tests.sync.helpers import make_case

pytestmark = pytest.mark.timeout(180)


def send_case(clinic, service, tmp_path, **kw) -> tuple[str, str]:
    """A case submitted and sent by the clinic, checked and offered by the service."""
    case_id = make_case(clinic, tmp_path / "files", **kw)
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    result = SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert result.sent == [submitted.bundle_id]
    service.wait_idle()
    return case_id, submitted.bundle_id


def test_the_specialist_fetches_checks_and_keeps_the_case_read_only(
    clinic, specialist, service, tmp_path
):
    case_id, bundle_id = send_case(clinic, service, tmp_path, sizes=(300_000, 40_000))

    seen = []
    result = SyncEngine(specialist, tmp_path / "specialist").run_once(progress=seen.append)

    [(fetched_bundle, local_case)] = result.fetched
    assert fetched_bundle == bundle_id and result.fetch_failed == []
    kept = received.get_received(specialist, bundle_id)
    assert kept.case_id == local_case
    case = cases.get_case(specialist, local_case)
    assert case.received and case.status is CaseStatus.ASSIGNED
    assert case.patient.name == "Asha Verma"
    assert case.referral.questions == ["Is surgery still an option?"]
    # Every file byte-identical to what the clinic attached, in the encrypted blob store.
    sent = {a.sha256 for a in attachments.list_attachments(clinic, case_id)}
    got = attachments.list_attachments(specialist, local_case)
    assert {a.sha256 for a in got} == sent
    for a in got:
        assert specialist.blobs.exists(a.sha256)
    # The work folder is gone: no plaintext, no part files left in the data folder.
    assert not (tmp_path / "specialist" / "fetch" / bundle_id).exists()
    receiving = [p for p in seen if p.state == "receiving"]
    assert receiving and receiving[-1].bundle_done == receiving[-1].bundle_total
    # Kept as the clinic sent it.
    with pytest.raises(CaseReadOnly):
        cases.update_case(specialist, local_case, {"referral.working_diagnosis": "x"})


# ---- helpers


def through(store, url: str) -> None:
    """Point an enrolled store at ``url`` (the fault proxy in front of the same service)."""
    from dataclasses import asdict

    from local_store import settings
    from sync.enrollment import ENROLLMENT_KEY, current

    enrollment = current(store)
    value = asdict(enrollment) | {"service_url": url, "specialties": list(enrollment.specialties)}
    settings.put(store, ENROLLMENT_KEY, value)


def second_specialist(tmp_path, service):
    from local_store.store import Store
    from sync.enrollment import enroll
    from tests.conftest import TEST_PASSPHRASE

    store = Store.open(tmp_path / "specialist2", passphrase=TEST_PASSPHRASE)
    enroll(store, service.url, service.new_code("specialist", ["cardiology"]), role="specialist")
    return store


def blob_count(store) -> int:
    return sum(1 for _ in store.blobs.stored())


# ---- a bad link


def test_fetch_through_cuts_a_stall_and_a_slow_link(clinic, specialist, service, tmp_path):
    from tests.support.fault_proxy import DOWN, FaultPlan, FaultProxy

    case_id, bundle_id = send_case(clinic, service, tmp_path, sizes=(700_000, 250_000))
    port = int(service.url.rsplit(":", 1)[1])
    plan = FaultPlan(
        rate_down=400_000,
        cut_every=180_000,
        cut_jitter=0.3,
        stall_at=(520_000,),
        stall_seconds=2.5,
        events_on=DOWN,
        deadline_seconds=150,
        seed=7,
    )
    with FaultProxy(port, plan) as proxy:
        through(specialist, proxy.url)
        engine = SyncEngine(specialist, tmp_path / "specialist", timeouts=(3.0, 1.5))
        result = engine.run_once()
        stats = proxy.stats()

    [(fetched, local_case)] = result.fetched
    assert fetched == bundle_id and not result.offline
    assert stats.cuts >= 3 and stats.stalls == 1
    sent = {a.sha256 for a in attachments.list_attachments(clinic, case_id)}
    assert {a.sha256 for a in attachments.list_attachments(specialist, local_case)} == sent
    # A cut costs at most the bytes in flight, never a file from its start: every byte
    # that arrived was kept in the part file and the next request asked from there.
    total = received.get_fetch(specialist, bundle_id).size_cipher
    again = stats.bytes_down - total
    assert again <= (stats.cuts + stats.stalls) * 64 * 1024 + 200_000
    assert engine.gauge.fast_resumes >= stats.cuts - 1
    assert not (tmp_path / "specialist" / "fetch" / bundle_id).exists()


# ---- tampering


def test_a_changed_byte_in_a_fetched_file_is_refused_and_nothing_is_kept(
    clinic, specialist, service, tmp_path
):
    from opinion_service.core import delivery_key
    from sync.enrollment import current

    _, bundle_id = send_case(clinic, service, tmp_path, sizes=(120_000,))
    # One byte of the specialist's copy changes at the service (a disk, a proxy, an attacker).
    key = delivery_key(bundle_id, current(specialist).device_id, "f001.age")
    data = bytearray(b"".join(service.running.blobs.read_object(key)))
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.age"
    changed.write_bytes(bytes(data))
    service.running.blobs.put_object(key, changed)
    before = blob_count(specialist)

    result = SyncEngine(specialist, tmp_path / "specialist").run_once()

    assert result.fetched == [] and result.fetch_failed == [(bundle_id, "file_changed")]
    fetch = received.get_fetch(specialist, bundle_id)
    assert (fetch.state, fetch.last_error, fetch.problem_file) == (
        "failed",
        "file_changed",
        "f001.age",
    )
    assert received.list_received(specialist) == []
    assert blob_count(specialist) == before
    assert not (tmp_path / "specialist" / "fetch" / bundle_id).exists()


def test_a_queued_offer_changed_on_disk_is_refused(clinic, specialist, service, tmp_path):
    from local_store.connection import transaction

    _, bundle_id = send_case(clinic, service, tmp_path, sizes=(10_000,))
    engine = SyncEngine(specialist, tmp_path / "specialist")
    engine.run_once(fetch_only=())  # reads the feed, fetches nothing
    fetch = received.get_fetch(specialist, bundle_id)
    forged = fetch.item | {"item": fetch.item["item"] | {"urgency": "urgent"}}

    def forge():
        import json

        with transaction(specialist) as db:
            db.execute(
                "UPDATE fetches SET item = ? WHERE bundle_id = ?", [json.dumps(forged), bundle_id]
            )

    specialist.write(forge)
    result = engine.run_once()
    assert result.fetch_failed == [(bundle_id, "item_unreadable")]
    assert received.list_received(specialist) == []


# ---- accept, decline, not yours


def test_accept_decline_reassigns_and_not_yours(clinic, specialist, service, tmp_path):
    from sync import review
    from sync.transport import ProtocolError

    other = second_specialist(tmp_path, service)
    try:
        _, bundle_id = send_case(clinic, service, tmp_path, sizes=(20_000,))
        stores = {"a": specialist, "b": other}
        got = {
            name: SyncEngine(s, tmp_path / name).run_once().fetched for name, s in stores.items()
        }
        [holder] = [name for name, fetched in got.items() if fetched]
        first = stores[holder]
        second = stores["b" if holder == "a" else "a"]

        # Only the specialist it is offered to may answer it.
        with pytest.raises(ProtocolError) as refused:
            review.accept(second, bundle_id)
        assert refused.value.code == "not_yours"

        assert review.decline(first, bundle_id, "On leave this week") == "declined"
        assert received.get_fetch(first, bundle_id).assignment == "declined"
        service.wait_idle()
        # The service offers it to the next specialist, whose next sync fetches it.
        result = SyncEngine(second, tmp_path / "second").run_once()
        assert [b for b, _ in result.fetched] == [bundle_id]
        assert review.accept(second, bundle_id) == "accepted"
        assert received.get_fetch(second, bundle_id).assignment == "accepted"

        # The one who declined can no longer fetch it: the service says not_yours.
        old = received.get_fetch(first, bundle_id)
        received.queue_fetch(
            first,
            old.item,
            bundle_id=bundle_id,
            offered_at=old.offered_at,
            cursor=0,
            urgent=False,
            size_cipher=old.size_cipher,
        )
        received.set_fetch_state(first, bundle_id, received.WAITING)
        from local_store.connection import transaction

        def forget_case():
            with transaction(first) as db:
                db.execute("DELETE FROM received_cases WHERE bundle_id = ?", [bundle_id])

        first.write(forget_case)
        result = SyncEngine(first, tmp_path / "first").run_once(fetch_only={bundle_id})
        assert result.withdrawn == [(bundle_id, "not_yours")]
        assert received.get_fetch(first, bundle_id).state == "withdrawn"
    finally:
        other.close()


def test_opening_a_case_tells_the_clinic_it_is_in_review(clinic, specialist, service, tmp_path):
    from local_store import outbox

    case_id, bundle_id = send_case(clinic, service, tmp_path, sizes=(10_000,))
    SyncEngine(specialist, tmp_path / "specialist").run_once()
    assert received.mark_opened(specialist, bundle_id)
    assert not received.mark_opened(specialist, bundle_id)  # once
    local = received.get_received(specialist, bundle_id).case_id
    assert cases.get_case(specialist, local).status is CaseStatus.IN_REVIEW

    SyncEngine(specialist, tmp_path / "specialist").run_once()
    assert received.status_unsent(specialist) == []
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert outbox.get_entry(clinic, bundle_id).service_status == "in_review"
    assert cases.get_case(clinic, case_id).status is CaseStatus.IN_REVIEW
