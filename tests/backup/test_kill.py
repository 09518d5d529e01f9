"""SIGKILL in the middle of a backup and of a restore: the data folder is untouched, the
earlier backups stay whole, and no half-restored folder opens as a store.

A child process backs up (or restores) through the real code and reports when it is midway;
its progress waits a little per megabyte, as a slow USB stick would, so the kill lands inside
the copying. The test kills it with SIGKILL and inspects the folders.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from local_store import cases, recovery
from local_store.audit_check import check_audit_log
from local_store.backup import layout
from local_store.backup.make import make_backup
from local_store.backup.restore import restore_backup
from local_store.backup.verify import verify_backups
from local_store.errors import SecretMissing
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import folder_hashes

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system"),
]

ROOT = Path(__file__).resolve().parents[2]

BACKUP = """
    import sys, time
    from pathlib import Path
    from local_store.backup.make import make_backup
    from local_store.store import Store
    store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[3])
    said = False
    def slow_stick(step):
        global said
        time.sleep(0.01)
        if not said and step.done > step.total // 3:
            said = True
            print("midway", flush=True)
    make_backup(store, Path(sys.argv[2]), progress=slow_stick)
    print("finished", flush=True)
"""

RESTORE = """
    import sys, time
    from pathlib import Path
    from local_store.backup.restore import restore_backup
    said = False
    def slow_stick(step):
        global said
        time.sleep(0.01)
        if not said and step.done > step.total // 3:
            said = True
            print("midway", flush=True)
    restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[4], passphrase=sys.argv[3],
                   progress=slow_stick)
    print("finished", flush=True)
"""


def _killed_midway(script: str, *args: str) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "midway"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL


@pytest.fixture
def full_store(tmp_path):
    """A store of about 100 MB of blobs (random, so nothing compresses) with a recovery key."""
    data_dir = tmp_path / "data"
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        key = recovery.make_recovery_key(store)
        for n in range(24):
            store.blobs.put_bytes(os.urandom(4_000_000) + bytes([n]))
    return data_dir, key


EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def _unchanged(folder: Path) -> dict[str, str]:
    # Opening a database is SQLite's business: it rebuilds the shared-memory index and makes
    # an empty write-ahead log; neither holds data.
    return {
        k: v
        for k, v in folder_hashes(folder).items()
        if not k.endswith("-shm") and not (k.endswith("-wal") and v == EMPTY)
    }


def test_sigkill_during_a_backup_leaves_the_data_and_the_earlier_backup_whole(full_store, tmp_path):
    data_dir, _ = full_store
    usb = tmp_path / "usb"
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        first = make_backup(store, usb)
        store.blobs.put_bytes(os.urandom(3_000_000))
    source = _unchanged(data_dir)

    _killed_midway(BACKUP, str(data_dir), str(usb), TEST_PASSPHRASE)

    assert _unchanged(data_dir) == source
    assert layout.backup_names(first.root) == [first.name]
    assert verify_backups(usb).ok
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        again = make_backup(store, usb)
    assert layout.backup_names(first.root) == [first.name, again.name]
    assert verify_backups(usb).ok
    assert not list((first.root / layout.BACKUPS).glob(layout.PARTIAL_PREFIX + "*"))


def test_sigkill_during_a_restore_leaves_nothing_that_opens_as_a_store(full_store, tmp_path):
    data_dir, key = full_store
    usb = tmp_path / "usb"
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        make_backup(store, usb)
    target = tmp_path / "new-pc" / "data"

    _killed_midway(RESTORE, str(usb), str(target), TEST_PASSPHRASE, key)

    assert not target.exists()
    leftovers = list(target.parent.glob(".data.restoring-*"))
    assert len(leftovers) == 1
    with pytest.raises(SecretMissing):
        Store.open(leftovers[0], passphrase=TEST_PASSPHRASE)

    restore_backup(usb, target, key, passphrase=TEST_PASSPHRASE)
    assert not list(target.parent.glob(".data.restoring-*"))
    with Store.open(target, passphrase=TEST_PASSPHRASE) as restored:
        assert len(list(restored.blobs.stored())) == 24


WRITER = """
    import sys
    from pathlib import Path
    from local_store import attachments, cases
    from local_store.models import Patient
    from local_store.store import Store
    store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    n = 0
    while True:
        n += 1
        case_id = cases.create_case(store, Patient(name=f"Parvati Devi {n}"))
        cases.update_case(store, case_id, {"referral.clinical_summary": "fever " * 200})
        print(n, flush=True)
"""


def test_a_backup_taken_while_another_program_writes_is_one_consistent_moment(full_store, tmp_path):
    data_dir, key = full_store
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WRITER), str(data_dir), TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "1"
        with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
            made = make_backup(store, tmp_path / "usb")
        assert writer.poll() is None  # still writing after the backup
    finally:
        writer.kill()
        writer.wait(timeout=30)
        writer.stdout.close()
    restored = tmp_path / "restored"
    restore_backup(tmp_path / "usb", restored, key, passphrase=TEST_PASSPHRASE)
    with Store.open(restored, passphrase=TEST_PASSPHRASE) as back:
        assert check_audit_log(back).ok
        rows = cases.list_cases(back)
        # Every case is whole: created and summarised in its two writes, or the second not yet.
        assert len(rows) >= 1
        for row in rows:
            summary = cases.get_case(back, row.id).referral.clinical_summary
            assert summary in ("", "fever " * 200)
    assert made.name in layout.backup_names(made.root)
