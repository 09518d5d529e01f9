"""SIGKILL in the middle of a 1,000-file import, then the same import again: the case ends
exactly as after one uninterrupted import (same attachments, same index rows) and the
database passes its integrity check.

A child process imports through the real store and prints each file it has finished; the
test kills it at an unpredictable moment mid-run.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from local_store import attachments, cases, database, dicom_index, importer
from local_store.connection import read
from local_store.models import Patient
from local_store.store import Store
from testdata.dicom import ct_series
from tests.conftest import TEST_PASSPHRASE

pytestmark = [
    pytest.mark.faults,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL needs a POSIX system"),
]

ROOT = Path(__file__).resolve().parents[2]
FILES = 1000

IMPORT = """
    import sys
    from pathlib import Path
    from local_store import importer
    from local_store.store import Store
    data_dir, passphrase, case_id, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    store = Store.open(data_dir, passphrase=passphrase)
    plan = importer.scan([source], importer.new_work_dir(store))
    print("scanned", flush=True)
    def progress(p):
        if p.bytes_done == p.bytes_total or p.files_done:
            print(p.files_done, flush=True)
    importer.run_import(store, case_id, plan, progress=progress)
    print("done", flush=True)
"""


def _state(store: Store, case_id: str) -> tuple:
    """What the user would see: attachments and index rows, without random ids and times."""
    files = sorted(
        (a.sha256, a.name, a.kind.value, a.media_type, a.size)
        for a in attachments.list_attachments(store, case_id)
    )
    index = sorted(
        (study.study_uid, s.series_uid, s.number, r.sop_instance_uid, r.sha256, r.instance_number)
        for study in dicom_index.list_studies(store, case_id)
        for s in study.series
        for r in s.instance_refs
    )
    return files, index


def _new_case(data_dir: Path) -> str:
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        return cases.create_case(store, Patient(name="Asha Sharma"))


def _import_in_process(data_dir: Path, case_id: str, source: Path) -> importer.ImportReport:
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        work = importer.new_work_dir(store)
        try:
            return importer.run_import(store, case_id, importer.scan([source], work))
        finally:
            shutil.rmtree(work)


@pytest.fixture(scope="module")
def series(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ct") / "series"
    ct_series(folder, FILES, size=64)
    return folder


@pytest.fixture(scope="module")
def clean_state(tmp_path_factory, series) -> tuple:
    data_dir = tmp_path_factory.mktemp("clean") / "data"
    case_id = _new_case(data_dir)
    report = _import_in_process(data_dir, case_id, series)
    assert report.imported == FILES
    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        return _state(store, case_id)


@pytest.mark.parametrize("kill_after_files", [1, 377])
def test_killed_import_run_again_equals_a_clean_import(
    data_dir, series, clean_state, kill_after_files
):
    case_id = _new_case(data_dir)
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(IMPORT), str(data_dir), TEST_PASSPHRASE,
         case_id, str(series)],
        stdout=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        text=True,
    )  # fmt: skip
    assert child.stdout.readline().strip() == "scanned"
    done = 0
    while done < kill_after_files:
        line = child.stdout.readline().strip()
        assert line and line != "done", "the import finished before it could be killed"
        done = int(line)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)

    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert database.integrity_ok(read(store))
        files, index = _state(store, case_id)
        # Everything reported done is there, complete, and nothing is half-recorded.
        assert kill_after_files <= len(files) < FILES
        assert len(index) == len(files)
        assert importer.unfinished_imports(store, case_id) == 1

    report = _import_in_process(data_dir, case_id, series)
    assert report.imported + report.duplicates == FILES
    assert report.rejected == []

    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert database.integrity_ok(read(store))
        assert _state(store, case_id) == clean_state
        # The blob the child was writing when killed is an orphan (or a part file) at worst.
        attachments.sweep_orphans(store, min_age_seconds=0)
        stored = {sha for sha, _ in store.blobs.stored()}
        assert stored == {row[0] for row in clean_state[0]}
        for sha in list(stored)[:20]:
            store.blobs.read_bytes(sha)  # decrypts and matches its name
        # The killed run's local copies are swept at the next import's start once stale.
        assert importer.sweep_work_dirs(store, min_age_seconds=0) >= 1
