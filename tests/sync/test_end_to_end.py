"""The clinic's whole path against the reference service on 127.0.0.1: enroll, submit, send,
verified receipt, feed, assignment; priorities, failures that block nothing, pause/resume."""

from __future__ import annotations

import hashlib
import shutil
import threading
import time

import pytest

from local_store import cases, outbox
from local_store.models import CaseStatus
from sync import protocol
from sync.engine import SyncEngine
from sync.enrollment import current, pin_service_key
from sync.protocol import Receipt, Signed
from sync.submit import plan_submission, submit_case
from tests.sync.helpers import make_case


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.glob("*.age")}


def test_enroll_pins_the_service_keys(clinic, service):
    enrollment = current(clinic)
    keys = service.keys()
    assert enrollment.service_ed25519 == keys["ed25519"]
    assert enrollment.service_age == keys["age"]
    assert enrollment.service_fingerprint == keys["fingerprint"]
    assert enrollment.device_id.startswith("dev-")


def test_submit_sync_delivers_then_feed_says_assigned(clinic, specialist, service, tmp_path):
    case_id = make_case(clinic, tmp_path / "files")
    plan = plan_submission(clinic, case_id)
    assert plan.enrolled and plan.recipient == service.keys()["age"]
    assert plan.total_bytes >= 230_000

    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    assert cases.get_case(clinic, case_id).status is CaseStatus.QUEUED
    local = _digests(submitted.folder)
    seen = []
    result = SyncEngine(clinic, tmp_path / "clinic").run_once(progress=seen.append)

    assert result.sent == [submitted.bundle_id] and result.failed == []
    assert (result.offline, result.pending) == (False, 0)
    assert cases.get_case(clinic, case_id).status in (CaseStatus.DELIVERED, CaseStatus.ASSIGNED)
    entry = outbox.get_entry(clinic, submitted.bundle_id)
    # The receipt kept in the outbox still opens with the service's key.
    kept = Signed.open(Receipt, entry.receipt, protocol.unb64(service.keys()["ed25519"])).value
    assert entry.state == "sent" and kept.bundle_id == submitted.bundle_id
    assert not submitted.folder.exists()  # the receipt replaced the local copy
    # Byte-identical at the service.
    assert service.bundle_digests(submitted.bundle_id) == local
    sending = [p for p in seen if p.state == "sending"]
    assert sending and sending[-1].bundle_done == sending[-1].bundle_total

    service.wait_idle()
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert cases.get_case(clinic, case_id).status is CaseStatus.ASSIGNED
    assert outbox.get_entry(clinic, submitted.bundle_id).service_status == "assigned"
    # The specialist's feed names the bundle given to it.
    SyncEngine(specialist, tmp_path / "specialist").run_once()
    assert [i["bundle_id"] for i in outbox.inbox_items(specialist)] == [submitted.bundle_id]


def test_receipt_signed_by_another_key_is_refused(clinic, service, tmp_path):
    case_id = make_case(clinic, tmp_path / "files", sizes=(5000,))
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    pin_service_key(clinic, protocol.b64(b"\x01" * 32))

    result = SyncEngine(clinic, tmp_path / "clinic").run_once()

    assert result.sent == []
    assert result.failed == [(submitted.bundle_id, "receipt_signature_bad")]
    assert outbox.get_entry(clinic, submitted.bundle_id).state == "failed"
    assert cases.get_case(clinic, case_id).status is not CaseStatus.DELIVERED
    assert submitted.folder.exists()  # kept: nothing proves the service holds it


def test_urgent_goes_first_and_a_permanent_failure_blocks_nothing(clinic, service, tmp_path):
    routine = make_case(clinic, tmp_path / "a", sizes=(20_000,))
    broken = make_case(clinic, tmp_path / "b", sizes=(20_000,))
    urgent = make_case(clinic, tmp_path / "c", sizes=(20_000,), urgent=True)
    first = submit_case(clinic, tmp_path / "clinic", routine)
    bad = submit_case(clinic, tmp_path / "clinic", broken)
    last = submit_case(clinic, tmp_path / "clinic", urgent)
    # A changed envelope: the service refuses its signature; a person must rebuild it.
    envelope = bad.folder / "envelope.json"
    envelope.write_bytes(envelope.read_bytes().replace(b'"seq":', b'"seq": ', 1))

    order = []
    result = SyncEngine(clinic, tmp_path / "clinic").run_once(
        progress=lambda p: p.state == "sending" and order.append(p.bundle_id)
    )

    assert result.sent == [last.bundle_id, first.bundle_id]
    assert [b for b, _ in result.failed] == [bad.bundle_id]
    assert dict(result.failed)[bad.bundle_id] in ("envelope_unreadable", "signature_bad")
    assert order[0] == last.bundle_id
    assert result.pending == 0


def test_pause_stops_sending_and_resume_continues(clinic, service, tmp_path):
    case_id = make_case(clinic, tmp_path / "files", sizes=(400_000,))
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    engine = SyncEngine(clinic, tmp_path / "clinic", max_rate=100_000)
    paused_at = threading.Event()

    def progress(p):
        if p.state == "sending" and p.file_done > 50_000 and not engine.paused:
            engine.pause()
            paused_at.set()

    result = engine.run_once(progress=progress)
    assert paused_at.is_set() and engine.paused
    assert result.sent == [] and result.pending == 1
    entry = outbox.get_entry(clinic, submitted.bundle_id)
    assert 0 < entry.sent_bytes < entry.size_cipher
    # Paused is kept across runs.
    assert SyncEngine(clinic, tmp_path / "clinic").paused

    engine.resume()
    engine.set_max_rate(None)
    result = engine.run_once()
    assert result.sent == [submitted.bundle_id]


def test_bandwidth_cap_sizes_every_request(clinic, service, tmp_path):
    case_id = make_case(clinic, tmp_path / "files", sizes=(300_000,))
    submit_case(clinic, tmp_path / "clinic", case_id)
    engine = SyncEngine(clinic, tmp_path / "clinic", max_rate=150_000)
    result = engine.run_once()
    assert len(result.sent) == 1
    # At 150 KB/s a chunk aims at 5 s: never more than 750 KB, and once measured, well under
    # the 8 MiB an open link would get.
    assert engine.gauge.chunk_sizes
    assert max(engine.gauge.chunk_sizes) <= 5 * 150_000 * 1.3
    assert outbox.measured_rate(clinic) is not None


def test_offline_service_leaves_the_bundle_queued(tmp_path, clinic, service):
    case_id = make_case(clinic, tmp_path / "files", sizes=(1000,))
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    service.running.stop()
    result = SyncEngine(clinic, tmp_path / "clinic", timeouts=(2.0, 2.0)).run_once()
    assert result.offline and result.pending == 1 and result.sent == []
    assert outbox.get_entry(clinic, submitted.bundle_id).state in outbox.OPEN_STATES


@pytest.fixture(autouse=True)
def _no_leftovers(tmp_path):
    yield
    shutil.rmtree(tmp_path / "files", ignore_errors=True)


def test_a_refused_token_is_renewed_by_challenge(clinic, service, tmp_path):
    from sync.enrollment import save_token, token

    case_id = make_case(clinic, tmp_path / "files", sizes=(2000,))
    submit_case(clinic, tmp_path / "clinic", case_id)
    save_token(clinic, "not-a-token", None)
    result = SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert len(result.sent) == 1 and result.error is None
    assert token(clinic) != "not-a-token"


def test_an_upload_deleted_at_the_service_is_sent_again(clinic, service, tmp_path):
    from sync.transport import HttpSession, TusClient

    case_id = make_case(clinic, tmp_path / "files", sizes=(300_000,))
    submitted = submit_case(clinic, tmp_path / "clinic", case_id)
    local = _digests(submitted.folder)
    engine = SyncEngine(clinic, tmp_path / "clinic", max_rate=100_000)

    def progress(p):
        if p.state == "sending" and p.file_done > 30_000 and not engine.paused:
            engine.pause()

    engine.run_once(progress=progress)
    entry = outbox.get_entry(clinic, submitted.bundle_id)
    partial = [f for f in entry.files if f.upload_url and f.state != "done"]
    assert partial
    with HttpSession(service.url) as session:
        from sync.enrollment import token

        session.token = token(clinic)
        TusClient(session, protocol.UPLOADS_PATH).delete(partial[0].upload_url)

    engine.resume()
    engine.set_max_rate(None)
    result = engine.run_once()
    assert result.sent == [submitted.bundle_id]
    assert service.bundle_digests(submitted.bundle_id) == local


def test_watch_sends_what_is_queued_while_it_runs(clinic, service, tmp_path):
    engine = SyncEngine(clinic, tmp_path / "clinic")
    cancel = threading.Event()
    states = []
    worker = threading.Thread(target=engine.watch, args=(cancel, states.append), daemon=True)
    worker.start()
    try:
        case_id = make_case(clinic, tmp_path / "files", sizes=(5000,))
        submitted = submit_case(clinic, tmp_path / "clinic", case_id)
        engine.send_now()
        deadline = time.monotonic() + 30
        while outbox.get_entry(clinic, submitted.bundle_id).state != "sent":
            assert time.monotonic() < deadline, "watch did not send the new bundle"
            time.sleep(0.05)
    finally:
        cancel.set()
        worker.join(10)
    assert not worker.is_alive()
    assert any(s.state == "idle" for s in states)


def test_feed_items_not_signed_by_the_pinned_key_are_ignored(clinic, service, tmp_path, request):
    case_id = make_case(clinic, tmp_path / "files", sizes=(2000,))
    submit_case(clinic, tmp_path / "clinic", case_id)
    assert len(SyncEngine(clinic, tmp_path / "clinic").run_once().sent) == 1
    cursor = outbox.feed_cursor(clinic)
    # A specialist enrolls only now, so the "assigned" item comes after the first run.
    request.getfixturevalue("specialist")
    service.wait_idle()
    pin_service_key(clinic, protocol.b64(b"\x02" * 32))
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert cases.get_case(clinic, case_id).status is CaseStatus.DELIVERED
    assert outbox.feed_cursor(clinic) == cursor
    # With the true key pinned again, the same items are read and applied.
    pin_service_key(clinic, service.keys()["ed25519"])
    SyncEngine(clinic, tmp_path / "clinic").run_once()
    assert cases.get_case(clinic, case_id).status is CaseStatus.ASSIGNED


def test_an_urgent_case_queued_mid_upload_goes_first(clinic, service, tmp_path):
    routine = make_case(clinic, tmp_path / "a", sizes=(600_000,))
    long_one = submit_case(clinic, tmp_path / "clinic", routine)
    engine = SyncEngine(clinic, tmp_path / "clinic", max_rate=150_000)
    urgent = {}
    order = []

    def progress(p):
        if p.state != "sending":
            return
        if not order or order[-1] != p.bundle_id:
            order.append(p.bundle_id)
        if p.bundle_id == long_one.bundle_id and p.file_done > 50_000 and not urgent:
            case_id = make_case(clinic, tmp_path / "b", sizes=(5000,), urgent=True)
            urgent["bundle"] = submit_case(clinic, tmp_path / "clinic", case_id).bundle_id

    result = engine.run_once(progress=progress)
    assert result.sent == [urgent["bundle"], long_one.bundle_id]
    assert order[:3] == [long_one.bundle_id, urgent["bundle"], long_one.bundle_id]
