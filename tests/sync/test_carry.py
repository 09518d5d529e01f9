"""A sealed bundle carried on a USB stick: saved from one clinic computer as CASE-ID.cbundle,
received on another enrolled clinic computer, and sent on from there to a real service; a
hostile, damaged, replayed or misaddressed file is refused with nothing kept."""

from __future__ import annotations

import io
import os
import tarfile
import threading
from pathlib import Path

import pytest

from foundation.cancel import Cancelled
from local_store import outbox
from local_store.store import Store
from sync import carry
from sync.engine import SyncEngine
from sync.enrollment import enroll
from sync.submit import submit_case
from testdata import hostile
from tests.conftest import TEST_PASSPHRASE
from tests.store.test_disk import _tmpfs
from tests.sync.helpers import make_case

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def carrier(tmp_path, service):
    """The connected clinic's computer the stick is brought to."""
    store = Store.open(tmp_path / "carrier", passphrase=TEST_PASSPHRASE)
    enroll(store, service.url, service.new_code("clinic"), role="clinic")
    yield store
    store.close()


@pytest.fixture
def queued(clinic, tmp_path):
    case_id = make_case(clinic, tmp_path / "files")
    submitted = submit_case(clinic, clinic.data_dir, case_id)
    return case_id, submitted.bundle_id


def _nothing_kept(store) -> None:
    assert outbox.list_entries(store) == []
    folder = store.data_dir / outbox.OUTBOX_DIR
    assert not folder.exists() or list(folder.iterdir()) == []


def test_a_case_carried_on_a_stick_is_sent_by_the_connected_clinic(
    clinic, carrier, queued, service, tmp_path
):
    case_id, bundle_id = queued
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = []
    saved = carry.save_to_stick(clinic, bundle_id, stick, progress=lambda d, t: steps.append(d))
    assert saved.path == stick / f"{case_id}.cbundle"
    assert [p.name for p in stick.iterdir()] == [f"{case_id}.cbundle"]  # no partial left
    assert steps and steps == sorted(steps)
    # Saving does not take the case out of the queue: it still goes online as well.
    assert outbox.get_entry(clinic, bundle_id).state == outbox.QUEUED

    got = carry.receive_carried(carrier, carrier.data_dir, saved.path)
    assert (got.bundle_id, got.device_id) == (bundle_id, clinic_device(clinic))
    [entry] = outbox.list_entries(carrier)
    assert (entry.kind, entry.case_id, entry.carried_from) == ("carried", "", got.device_id)

    assert SyncEngine(carrier, carrier.data_dir).run_once().sent == [bundle_id]
    assert outbox.get_entry(carrier, bundle_id).state == outbox.SENT
    row = service.running.db.one(
        "SELECT device_id, state FROM bundles WHERE bundle_id = ?", (bundle_id,)
    )
    assert row["device_id"] == clinic_device(clinic) and row["state"] != "registered"
    # The clinic's own queued copy meets the same bundle at the service and is signed for.
    assert SyncEngine(clinic, clinic.data_dir).run_once().sent == [bundle_id]
    assert (
        outbox.get_entry(clinic, bundle_id).receipt == outbox.get_entry(carrier, bundle_id).receipt
    )


def clinic_device(store) -> str:
    from sync.enrollment import current

    return current(store).device_id


def test_the_same_file_opened_twice_is_queued_once(clinic, carrier, queued, tmp_path):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    carry.receive_carried(carrier, carrier.data_dir, saved.path)
    with pytest.raises(carry.CarryRefused) as refused:
        carry.receive_carried(carrier, carrier.data_dir, saved.path)
    assert refused.value.code == "carry_already_here"
    assert len(outbox.list_entries(carrier)) == 1
    assert len(list((carrier.data_dir / outbox.OUTBOX_DIR).iterdir())) == 1


def test_another_bundle_with_a_seen_sequence_number_is_refused_as_a_replay(
    clinic, carrier, queued, tmp_path, service
):
    from local_store import seen_bundles

    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    # This computer once checked another bundle of that device with the same number.
    seen_bundles.replayed(carrier, clinic_device(clinic), 1, "another-bundle")
    with pytest.raises(carry.CarryRefused) as refused:
        carry.receive_carried(carrier, carrier.data_dir, saved.path)
    assert (refused.value.code, refused.value.problems) == (
        "bundle_invalid",
        ("replayed_sequence",),
    )
    _nothing_kept(carrier)


def test_a_changed_bundle_is_refused(clinic, carrier, queued, tmp_path):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    data = bytearray(saved.path.read_bytes())
    at = data.index(b"age-encryption.org") + 200  # inside an encrypted file's bytes
    data[at] ^= 0xFF
    saved.path.write_bytes(bytes(data))
    with pytest.raises(carry.CarryRefused) as refused:
        carry.receive_carried(carrier, carrier.data_dir, saved.path)
    assert refused.value.code == "bundle_invalid"
    assert "file_changed" in refused.value.problems
    _nothing_kept(carrier)


@pytest.mark.parametrize(
    ("shape", "code"),
    [
        ({"members": {"envelope.json": b"{}", "../escape.txt": b"x"}}, "tar_not_a_bundle"),
        ({"members": {"envelope.json": b"{}"}, "link": "/etc/passwd"}, "tar_not_a_bundle"),
        ({"members": {"envelope.json": b"{}"}, "huge": True}, "tar_not_a_bundle"),
    ],
    ids=["path-traversal", "link", "huge-member"],
)
def test_a_hostile_file_is_refused_and_nothing_is_kept(carrier, tmp_path, shape, code):
    path = hostile.bundle_tar(tmp_path / "evil.cbundle", **shape)
    with pytest.raises(carry.CarryRefused) as refused:
        carry.receive_carried(carrier, carrier.data_dir, path)
    assert refused.value.code == code
    assert not (carrier.data_dir / "escape.txt").exists()
    assert not (carrier.data_dir / outbox.OUTBOX_DIR / "escape.txt").exists()
    _nothing_kept(carrier)


def test_a_truncated_file_is_named_damaged(clinic, carrier, queued, tmp_path):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    data = saved.path.read_bytes()
    saved.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(carry.CarryRefused) as refused:
        carry.receive_carried(carrier, carrier.data_dir, saved.path)
    assert refused.value.code == "tar_damaged"
    _nothing_kept(carrier)


def test_a_computer_not_enrolled_cannot_take_a_bundle_on(clinic, queued, tmp_path):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    with Store.open(tmp_path / "lonely", passphrase=TEST_PASSPHRASE) as lonely:
        with pytest.raises(carry.CarryRefused) as refused:
            carry.receive_carried(lonely, lonely.data_dir, saved.path)
        assert refused.value.code == "carry_not_enrolled"
        _nothing_kept(lonely)


def test_a_bundle_sealed_for_another_service_is_refused(clinic, queued, tmp_path):
    from tests.support.running_service import running_service

    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    with (
        running_service(tmp_path / "elsewhere", None) as other,
        Store.open(tmp_path / "elsewhere-clinic", passphrase=TEST_PASSPHRASE) as store,
    ):
        enroll(store, other.url, other.new_code("clinic"), role="clinic")
        with pytest.raises(carry.CarryRefused) as refused:
            carry.receive_carried(store, store.data_dir, saved.path)
        assert refused.value.code == "carry_other_service"
        _nothing_kept(store)


def test_a_sent_bundle_is_not_saved_again(clinic, queued, tmp_path):
    _case_id, bundle_id = queued
    assert SyncEngine(clinic, clinic.data_dir).run_once().sent == [bundle_id]
    with pytest.raises(carry.CarryRefused) as refused:
        carry.save_to_stick(clinic, bundle_id, tmp_path)
    assert refused.value.code == "carry_not_waiting"


def test_a_cancelled_save_leaves_nothing_on_the_stick(clinic, queued, tmp_path):
    _case_id, bundle_id = queued
    stick = tmp_path / "stick"
    stick.mkdir()
    cancel = threading.Event()

    def stop_after_first_chunk(done, total):
        cancel.set()

    with pytest.raises(Cancelled):
        carry.save_to_stick(
            clinic, bundle_id, stick, cancel=cancel, progress=stop_after_first_chunk
        )
    assert list(stick.iterdir()) == []
    assert outbox.get_entry(clinic, bundle_id).state == outbox.QUEUED


@pytest.mark.faults
def test_a_stick_too_small_is_refused_before_anything_is_written(clinic, tmp_path):
    case_id = make_case(clinic, tmp_path / "files", sizes=(6_000_000,))
    bundle_id = submit_case(clinic, clinic.data_dir, case_id).bundle_id
    with _tmpfs(tmp_path / "stick", "4m") as stick:
        with pytest.raises(carry.CarryRefused) as refused:
            carry.save_to_stick(clinic, bundle_id, stick)
        assert refused.value.code == "carry_stick_full"
        assert refused.value.needed > refused.value.free
        assert list(stick.iterdir()) == []


def unknown_signers_file(carrier, tmp_path):
    """A .cbundle sealed for the carrier's service by a computer never enrolled there."""
    from sync.bundle.assemble import build_case_bundle
    from sync.bundle.transport import export_tar
    from sync.enrollment import current

    with Store.open(tmp_path / "unknown-clinic", passphrase=TEST_PASSPHRASE) as stranger:
        case_id = make_case(stranger, tmp_path / "files")
        built = build_case_bundle(
            stranger, case_id, tmp_path / "bundle", [current(carrier).service_age]
        ).built
    return built.bundle_id, export_tar(built.path, tmp_path / f"{case_id}.cbundle")


def test_a_bundle_of_a_device_the_service_does_not_know_fails_for_good(carrier, tmp_path):
    bundle_id, path = unknown_signers_file(carrier, tmp_path)
    carry.receive_carried(carrier, carrier.data_dir, path)
    assert SyncEngine(carrier, carrier.data_dir).run_once().sent == []
    entry = outbox.get_entry(carrier, bundle_id)
    assert (entry.state, entry.last_error) == (outbox.FAILED, "device_mismatch")


def _refused_code(carrier, path) -> str:
    """receive_carried's refusal of ``path``, on a thread so that a read that never ends fails
    the test instead of hanging it."""
    outcome: list[BaseException] = []

    def receive() -> None:
        try:
            carry.receive_carried(carrier, carrier.data_dir, path)
        except BaseException as exc:  # handed to the test below
            outcome.append(exc)

    worker = threading.Thread(target=receive, daemon=True)
    worker.start()
    worker.join(15)
    stuck = worker.is_alive()
    if stuck and path.is_fifo():  # let the blocked reader go before failing
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(15)
    assert not stuck, "opening the file never ended"
    assert len(outcome) == 1 and isinstance(outcome[0], carry.CarryRefused), outcome
    return outcome[0].code


def _hostile(tmp_path, shape: str) -> Path:
    path = tmp_path / "evil.cbundle"
    if shape == "fifo":
        os.mkfifo(path)
    elif shape == "symlink-to-fifo":
        os.mkfifo(tmp_path / "pipe")
        path.symlink_to(tmp_path / "pipe")
    elif shape == "directory":
        path.mkdir()
        (path / "envelope.json").write_bytes(b"{}")
    elif shape == "sparse":
        # A few kilobytes claiming a 64 MiB file of zeros (GNU sparse, PAX 0.1).
        with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
            tar.addfile(tarfile.TarInfo("envelope.json"), io.BytesIO(b""))
            info = tarfile.TarInfo("f001.age")
            info.pax_headers = {"GNU.sparse.map": "0,0", "GNU.sparse.size": str(64 * 1024**2)}
            tar.addfile(info, io.BytesIO(b""))
    elif shape == "hard-link":
        with tarfile.open(path, "w") as tar:
            info = tarfile.TarInfo("envelope.json")
            info.size = 2
            tar.addfile(info, io.BytesIO(b"{}"))
            link = tarfile.TarInfo("manifest.age")
            link.type = tarfile.LNKTYPE
            link.linkname = "envelope.json"
            tar.addfile(link)
    elif shape == "duplicate-names":
        with tarfile.open(path, "w") as tar:
            for data in (b"{}", b"[]"):
                info = tarfile.TarInfo("envelope.json")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    elif shape == "zero-bytes":
        path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    ("shape", "code"),
    [
        ("fifo", "tar_not_a_bundle"),
        ("symlink-to-fifo", "tar_not_a_bundle"),
        ("directory", "tar_not_a_bundle"),
        ("sparse", "tar_not_a_bundle"),
        ("hard-link", "tar_not_a_bundle"),
        ("duplicate-names", "tar_not_a_bundle"),
        ("zero-bytes", "tar_damaged"),
    ],
)
def test_a_file_that_is_no_bundle_is_refused_at_once_and_nothing_is_kept(
    carrier, tmp_path, shape, code
):
    path = _hostile(tmp_path, shape)
    assert _refused_code(carrier, path) == code
    _nothing_kept(carrier)


def test_what_a_killed_save_or_open_left_behind_goes_with_the_next_one(
    clinic, carrier, queued, tmp_path
):
    case_id, bundle_id = queued
    stick = tmp_path / "stick"
    stick.mkdir()
    # The power went while the case was being written to the stick, and while one was unpacked.
    (stick / f".{case_id}.cbundle.1a2b3c4d.partial").write_bytes(b"half a case")
    unpacking = carrier.data_dir / outbox.OUTBOX_DIR / f".{'0' * 32}.1a2b3c4d.partial"
    unpacking.mkdir(parents=True)
    (unpacking / "manifest.age").write_bytes(b"half a case")
    saved = carry.save_to_stick(clinic, bundle_id, stick)
    assert [p.name for p in stick.iterdir()] == [saved.path.name]
    carried = carry.receive_carried(carrier, carrier.data_dir, saved.path)
    left = sorted(p.name for p in (carrier.data_dir / outbox.OUTBOX_DIR).iterdir())
    assert left == [Path(outbox.get_entry(carrier, carried.bundle_id).folder).name]


def test_opening_a_file_says_its_progress_and_a_cancel_keeps_nothing(
    clinic, carrier, queued, tmp_path
):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    steps = []
    cancel = threading.Event()

    def stop_after_first_chunk(done, total):
        steps.append((done, total))
        cancel.set()

    with pytest.raises(Cancelled):
        carry.receive_carried(
            carrier, carrier.data_dir, saved.path, cancel=cancel, progress=stop_after_first_chunk
        )
    _nothing_kept(carrier)
    assert steps and steps[0][1] == saved.size

    steps.clear()
    carry.receive_carried(
        carrier, carrier.data_dir, saved.path, progress=lambda d, t: steps.append(d)
    )
    assert steps == sorted(steps) and 0 < steps[-1] <= saved.size
    assert outbox.get_entry(carrier, bundle_id).kind == outbox.KIND_CARRIED


@pytest.mark.faults
def test_a_case_too_big_for_this_computers_disk_is_refused_before_unpacking(
    clinic, service, tmp_path
):
    case_id = make_case(clinic, tmp_path / "files", sizes=(6_000_000,))
    bundle_id = submit_case(clinic, clinic.data_dir, case_id).bundle_id
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    with (
        _tmpfs(tmp_path / "small-disk", "5m") as disk,
        Store.open(disk / "carrier", passphrase=TEST_PASSPHRASE) as carrier,
    ):
        enroll(carrier, service.url, service.new_code("clinic"), role="clinic")
        with pytest.raises(carry.CarryRefused) as refused:
            carry.receive_carried(carrier, carrier.data_dir, saved.path)
        assert refused.value.code == "carry_disk_full"
        assert refused.value.needed > refused.value.free
        _nothing_kept(carrier)


def test_a_specialists_computer_does_not_take_a_bundle_on(clinic, queued, service, tmp_path):
    _case_id, bundle_id = queued
    saved = carry.save_to_stick(clinic, bundle_id, tmp_path)
    with Store.open(tmp_path / "specialist", passphrase=TEST_PASSPHRASE) as specialist:
        code = service.new_code("specialist", ["radiology"])
        enroll(specialist, service.url, code, role="specialist")
        with pytest.raises(carry.CarryRefused) as refused:
            carry.receive_carried(specialist, specialist.data_dir, saved.path)
        assert refused.value.code == "carry_not_a_clinic"
        _nothing_kept(specialist)
