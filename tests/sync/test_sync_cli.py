"""`enroll`, `submit` and `sync` as a user runs them (child processes), and resuming after the
client is killed mid-upload: delivered once, byte-identical, continued from the service's
offset rather than restarted."""

from __future__ import annotations

import hashlib
import re
import signal
import subprocess
import sys
import time

import pytest

from local_store import outbox
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import REPO, Cli
from tests.sync.helpers import make_case


def _cli(tmp_path) -> Cli:
    return Cli(tmp_path / "clinic", tmp_path / "home")


def _case_in_store(cli: Cli, tmp_path, sizes) -> str:
    store = Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE)
    try:
        return make_case(store, tmp_path / "files", sizes=sizes)
    finally:
        store.close()


def _enroll(cli: Cli, service):
    result = cli("--json", "enroll", service.url, service.new_code("clinic"))
    assert result.code == 0, result.err
    return result.json


def test_enroll_prints_device_and_fingerprint(tmp_path, service):
    cli = _cli(tmp_path)
    info = _enroll(cli, service)
    assert info["device_id"].startswith("dev-")
    assert info["service_fingerprint"] == service.keys()["fingerprint"]
    again = cli("enroll", service.url, "AAAA-BBBB-CCCC")
    assert again.code == 1
    assert "new one" in again.err  # code_invalid: says to ask for a new code


def test_submit_needs_enrollment(tmp_path):
    cli = _cli(tmp_path)
    case_id = _case_in_store(cli, tmp_path, (1000,))
    result = cli("submit", case_id)
    assert result.code == 1
    assert result.err_lines == ["enroll this device first: casebridge enroll URL CODE"]


def test_submit_and_sync_once(tmp_path, service):
    cli = _cli(tmp_path)
    _enroll(cli, service)
    case_id = _case_in_store(cli, tmp_path, (50_000,))
    submitted = cli("--json", "submit", case_id[:8])
    assert submitted.code == 0, submitted.err
    bundle_id = submitted.json["bundle_id"]

    result = cli("--json", "sync", "--once")
    assert result.code == 0, result.err
    assert [s["bundle_id"] for s in result.json["sent"]] == [bundle_id]
    assert "%" in result.err  # progress lines on stderr
    shown = cli("--json", "case", "show", case_id)
    assert shown.json["status"] in ("delivered", "assigned")

    nothing = cli("sync", "--once")
    assert nothing.code == 0 and "Nothing to send" in nothing.out


def test_sync_once_offline_exits_3(tmp_path, service):
    cli = _cli(tmp_path)
    _enroll(cli, service)
    case_id = _case_in_store(cli, tmp_path, (1000,))
    assert cli("submit", case_id).code == 0
    service.running.stop()
    result = cli("--json", "sync", "--once")
    assert result.code == 3, result.err
    assert result.json["offline"] is True and result.json["pending"] == 1


def _upload_bytes(service) -> int:
    return service.bytes_received()


@pytest.mark.faults
def test_resume_after_sigkill_continues_from_the_service_offset(tmp_path, service):
    cli = _cli(tmp_path)
    _enroll(cli, service)
    size = 600_000
    case_id = _case_in_store(cli, tmp_path, (size,))
    submitted = cli("--json", "submit", case_id)
    bundle_id = submitted.json["bundle_id"]
    bundle_dir = cli.data_dir / "outbox"
    local = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in next(bundle_dir.iterdir()).glob("*.age")
    }

    process = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "--data-dir",
            str(cli.data_dir),
            "sync",
            "--once",
            "--max-rate",
            "40",
        ],
        cwd=REPO,
        env=cli.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while _upload_bytes(service) < 100_000:
            assert process.poll() is None, "sync ended before it was killed"
            assert time.monotonic() < deadline, "no upload bytes reached the service"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)

    store = Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE)
    try:
        before = {f.name: f.upload_url for f in outbox.get_entry(store, bundle_id).files}
    finally:
        store.close()
    big = max(local, key=lambda n: 0 if n == "manifest.age" else 1)
    assert before[big] is not None  # the upload URL was stored before its bytes went
    kept = _upload_bytes(service)

    result = cli("--json", "sync", "--once")
    assert result.code == 0, result.err
    assert [s["bundle_id"] for s in result.json["sent"]] == [bundle_id]
    # The big file's first progress line starts where the service's bytes ended, not at 0%.
    percents = [int(m.group(1)) for m in re.finditer(rf"{bundle_id[:8]} {big}: (\d+)%", result.err)]
    assert percents and percents[0] >= 100 * (kept - 2000) // (size + 2000) - 1
    assert service.bundle_digests(bundle_id) == local
    store = Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE)
    try:
        entries = outbox.list_entries(store)
        after = {f.name: f.upload_url for f in entries[0].files}
    finally:
        store.close()
    assert len(entries) == 1 and entries[0].state == "sent"
    assert after == before  # the same uploads continued; none created again


def test_case_show_and_list_say_when_an_opinion_was_kept_out(tmp_path, service, specialist):
    """The service says the opinion is ready; the one that came failed a check here. `case
    show` and `case list` say so (``shown_status``, ``opinion_kept_out``) beside the stored
    ``status``, until a corrected re-send arrives."""
    from opinion_service.review import opinion_key
    from sync import protocol
    from sync.engine import SyncEngine
    from tests.sync.test_opinion_receive import write_and_sign

    cli = _cli(tmp_path)
    _enroll(cli, service)
    case_id = _case_in_store(cli, tmp_path, (20_000,))
    bundle_id = cli("--json", "submit", case_id).json["bundle_id"]
    assert cli("--json", "sync", "--once").code == 0
    service.wait_idle()
    SyncEngine(specialist, tmp_path / "specialist").run_once()
    opinion_id = write_and_sign(specialist, tmp_path, bundle_id, "Medicines first.")
    key = opinion_key(opinion_id, protocol.OPINION_FILE)
    data = bytearray(b"".join(service.running.blobs.read_object(key)))
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "changed.age"
    changed.write_bytes(bytes(data))
    service.running.blobs.put_object(key, changed)
    assert cli("--json", "sync", "--once").code in (0, 3)

    shown = cli("--json", "case", "show", case_id)
    assert shown.code == 0, shown.err
    assert shown.json["shown_status"] == "opinion_kept_out"
    assert shown.json["opinion_kept_out"] == "opinion_changed"
    assert shown.json["opinion"] is None
    assert shown.json["status"] != "opinion_received"  # the stored status keeps its meaning
    [listed] = cli.list_json()
    assert (listed["id"], listed["shown_status"]) == (case_id, "opinion_kept_out")
    assert listed["status"] == shown.json["status"]

    # Sent again, unchanged this time: received, as every screen then says.
    write_and_sign(specialist, tmp_path, bundle_id, "Medicines first, sent again.")
    assert cli("--json", "sync", "--once").code == 0
    shown = cli("--json", "case", "show", case_id)
    assert (shown.json["shown_status"], shown.json["opinion_kept_out"]) == (
        "opinion_received",
        None,
    )
    assert shown.json["status"] == "opinion_received"
    assert shown.json["opinion"]["document"]["plan"] == "Medicines first, sent again."
    [listed] = cli.list_json()
    assert (listed["shown_status"], listed["status"]) == ("opinion_received", "opinion_received")
