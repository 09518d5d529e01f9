"""The outbox in the real encrypted store: queue order, offsets, failures, receipts, feed."""

from __future__ import annotations

from local_store import cases, outbox
from local_store.models import CaseStatus
from tests.sync.helpers import make_case


def _queue(store, case_id, bundle_id, *, urgent=False, sizes=(10, 1000, 100)):
    files = [outbox.NewFile("manifest.age", sizes[0], "aa")]
    files += [outbox.NewFile(f"f{i:03d}.age", s, "bb") for i, s in enumerate(sizes[1:], 1)]
    outbox.enqueue(
        store,
        bundle_id=bundle_id,
        case_id=case_id,
        folder=f"/nowhere/{bundle_id}",
        service_url="http://127.0.0.1:1",
        size_cipher=sum(sizes),
        files=files,
        urgent=urgent,
    )


def test_urgent_first_then_oldest_and_case_queued(store, tmp_path):
    a = make_case(store, tmp_path / "a", sizes=())
    b = make_case(store, tmp_path / "b", sizes=(), urgent=True)
    c = make_case(store, tmp_path / "c", sizes=())
    _queue(store, a, "bundle-a")
    _queue(store, b, "bundle-b", urgent=True)
    _queue(store, c, "bundle-c")
    assert [e.bundle_id for e in outbox.open_entries(store)] == ["bundle-b", "bundle-a", "bundle-c"]
    assert cases.get_case(store, a).status is CaseStatus.QUEUED


def test_offsets_failures_and_receipt(store, tmp_path):
    case_id = make_case(store, tmp_path / "a", sizes=())
    _queue(store, case_id, "b1")
    outbox.set_state(store, "b1", outbox.SENDING)
    assert cases.get_case(store, case_id).status is CaseStatus.SENDING
    outbox.set_upload(store, "b1", "f001.age", "http://x/v1/uploads/1", 0)
    outbox.set_offset(store, "b1", "f001.age", 400)
    outbox.set_offset(store, "manifest.age", "manifest.age", 10)  # another bundle: no effect
    entry = outbox.get_entry(store, "b1")
    assert entry.sent_bytes == 400
    assert {f.name: f.upload_url for f in entry.files}["f001.age"] == "http://x/v1/uploads/1"

    outbox.record_failure(store, "b1", "offline", retry_at=123.0, permanent=False)
    outbox.record_failure(store, "b1", "offline", retry_at=124.0, permanent=False)
    entry = outbox.get_entry(store, "b1")
    assert (entry.state, entry.attempts, entry.last_error) == ("sending", 2, "offline")
    outbox.record_progress(store, "b1")
    assert outbox.get_entry(store, "b1").attempts == 0
    outbox.clear_waits(store)
    assert outbox.get_entry(store, "b1").next_attempt_at is None

    outbox.mark_sent(store, "b1", {"receipt": {"bundle_id": "b1"}, "signature": "s"})
    entry = outbox.get_entry(store, "b1")
    assert entry.state == "sent" and entry.sent_bytes == entry.size_cipher
    assert entry.receipt["receipt"]["bundle_id"] == "b1"
    assert cases.get_case(store, case_id).status is CaseStatus.DELIVERED
    assert outbox.open_entries(store) == []


def test_permanent_failure_leaves_other_bundles_open(store, tmp_path):
    a = make_case(store, tmp_path / "a", sizes=())
    b = make_case(store, tmp_path / "b", sizes=())
    _queue(store, a, "ba")
    _queue(store, b, "bb")
    outbox.record_failure(store, "ba", "replayed_sequence", retry_at=None, permanent=True)
    assert [e.bundle_id for e in outbox.open_entries(store)] == ["bb"]
    assert outbox.get_entry(store, "ba").last_error == "replayed_sequence"


def test_feed_moves_case_forward_only_and_stores_cursor(store, tmp_path):
    case_id = make_case(store, tmp_path / "a", sizes=())
    _queue(store, case_id, "b1")
    outbox.mark_sent(store, "b1", {})

    def apply(cursor, status, case_status):
        outbox.apply_feed_item(
            store,
            cursor=cursor,
            bundle_id="b1",
            status=status,
            specialty="cardiology",
            problem=None,
            at=None,
            case_status=case_status,
        )

    apply(3, "assigned", CaseStatus.ASSIGNED)
    apply(4, "received", CaseStatus.DELIVERED)  # late and repeated: never goes back
    assert cases.get_case(store, case_id).status is CaseStatus.ASSIGNED
    assert outbox.feed_cursor(store) == 4
    assert outbox.get_entry(store, "b1").service_status == "received"
    assert [i["status"] for i in outbox.inbox_items(store)] == ["received"]


def test_settings_rate_pause_cap(store):
    assert outbox.measured_rate(store) is None
    outbox.record_rate(store, 12345.67)
    assert outbox.measured_rate(store) == 12345.7
    assert not outbox.is_paused(store)
    outbox.set_paused(store, True)
    assert outbox.is_paused(store)
    outbox.set_max_rate(store, 2000)
    assert outbox.max_rate(store) == 2000.0
    outbox.set_max_rate(store, None)
    assert outbox.max_rate(store) is None


def test_record_offset_stores_progress_in_one_write(store, tmp_path):
    case_id = make_case(store, tmp_path / "a", sizes=())
    _queue(store, case_id, "b2")
    outbox.set_upload(store, "b2", "f001.age", "http://x/v1/uploads/2", 0)
    outbox.record_failure(store, "b2", "offline", retry_at=99.0, permanent=False)
    outbox.record_offset(store, "b2", "f001.age", 300, moved=False)
    entry = outbox.get_entry(store, "b2")
    assert (entry.sent_bytes, entry.attempts, entry.next_attempt_at) == (300, 1, 99.0)
    outbox.record_offset(store, "b2", "f001.age", 1000, moved=True)
    entry = outbox.get_entry(store, "b2")
    assert (entry.attempts, entry.next_attempt_at) == (0, None)
    assert {f.name: f.state for f in entry.files}["f001.age"] == outbox.FILE_DONE
