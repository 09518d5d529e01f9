"""SIGKILL in the middle of autosaving and of storing a blob loses nothing already saved.

A child process writes through the real store and reports each committed step on stdout; the
test kills it with SIGKILL at an unpredictable moment and then inspects the data folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from local_store import attachments, cases, database
from local_store.connection import read
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system"),
]

ROOT = Path(__file__).resolve().parents[2]


def _child(script: str, data_dir: Path) -> subprocess.Popen:
    code = textwrap.dedent(script)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir), TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )


AUTOSAVE = """
    import sys
    from pathlib import Path
    from local_store import cases
    from local_store.models import Patient
    from local_store.store import Store
    store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    case_id = cases.create_case(store, Patient(name="Parvati Devi"))
    print(case_id, flush=True)
    n = 0
    while True:
        n += 1
        summary = f"autosave {n} " + "fever and cough for two weeks. " * 40
        cases.update_case(store, case_id, {"referral.clinical_summary": summary})
        print(n, flush=True)
"""


@pytest.mark.parametrize("kill_after_saves", [7, 61, 203])
def test_kill_while_autosaving_keeps_the_last_saved_text(data_dir, kill_after_saves):
    Store.open(data_dir, passphrase=TEST_PASSPHRASE).close()
    child = _child(AUTOSAVE, data_dir)
    case_id = child.stdout.readline().strip()
    last = 0
    while last < kill_after_saves:
        last = int(child.stdout.readline())
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    # The child may have committed one more save after its last report.
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert database.integrity_ok(read(store))
        summary = cases.get_case(store, case_id).referral.clinical_summary
        saved = int(summary.split()[1])
        assert last <= saved <= last + 1
        assert summary.endswith("fever and cough for two weeks. ")


BLOBS = """
    import os, sys
    from pathlib import Path
    from local_store import attachments, cases
    from local_store.models import Patient
    from local_store.store import Store
    store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[2])
    case_id = cases.create_case(store, Patient(name="Harish Chandra"))
    source = Path(sys.argv[1]).parent / "scan.bin"
    n = 0
    while True:
        n += 1
        source.write_bytes(os.urandom(24 * 1024 * 1024))
        attachments.add_file(store, case_id, source)
        print(n, flush=True)
"""


@pytest.mark.parametrize("after_blobs", [0, 2])
def test_kill_while_storing_a_blob_leaves_no_visible_half_written_blob(data_dir, after_blobs):
    Store.open(data_dir, passphrase=TEST_PASSPHRASE).close()
    child = _child(BLOBS, data_dir)
    for _ in range(after_blobs):
        child.stdout.readline()
    parts = data_dir / "blobs" / "tmp"
    deadline = time.monotonic() + 60
    while not any(p.suffix == ".part" for p in parts.iterdir()):
        assert time.monotonic() < deadline, "the child never started writing a blob"
        time.sleep(0.005)
    time.sleep(0.05)  # well inside the encryption of a 24 MiB file
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert database.integrity_ok(read(store))
        rows = [
            a for c in cases.list_cases(store) for a in attachments.list_attachments(store, c.id)
        ]
        assert len(rows) >= after_blobs
        for row in rows:
            assert store.blobs.exists(row.sha256)
        for sha, _path in store.blobs.stored():
            with store.blobs.decrypted_file(sha):
                pass  # decrypts completely and matches its name, or raises BlobCorrupt
        attachments.sweep_orphans(store, min_age_seconds=0)
        assert list(parts.iterdir()) == []
        assert {sha for sha, _ in store.blobs.stored()} == {r.sha256 for r in rows}
