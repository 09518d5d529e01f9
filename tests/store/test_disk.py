"""A full disk and a read-only data folder: a typed error, and nothing stored is lost.

These need a small real file system that can fill up or turn read-only, so they mount a
tmpfs; they skip (naming why) where mounting is not permitted.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import wording.store
from local_store import attachments, cases, database
from local_store.connection import read
from local_store.errors import StorageFull, StorageReadOnly
from local_store.models import Patient
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import Cli

pytestmark = pytest.mark.faults


@contextlib.contextmanager
def _tmpfs(path: Path, size: str):
    path.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("mounting a small tmpfs needs root (CAP_SYS_ADMIN) to simulate a full disk")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk to the last byte; the path to unlink (``missing_ok``) to free it again."""
    filler = folder / "filler"
    try:
        fh = open(filler, "wb", buffering=0)  # noqa: SIM115 - closed below
    except OSError:
        return filler  # already so full that not even an empty file fits
    with fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    return filler


def test_full_disk_while_attaching_and_autosaving_keeps_what_was_saved(tmp_path):
    with _tmpfs(tmp_path / "disk", "6m") as disk:
        data_dir = disk / "data"
        store = Store.open(data_dir, passphrase=TEST_PASSPHRASE)
        case_id = cases.create_case(store, Patient(name="Meena Kumari"))
        cases.update_case(store, case_id, {"referral.clinical_summary": "first summary"})
        source = tmp_path / "scan.bin"
        source.write_bytes(os.urandom(3 * 1024 * 1024))
        attachments.add_file(store, case_id, source)

        second = tmp_path / "second.bin"
        second.write_bytes(os.urandom(4 * 1024 * 1024))
        with pytest.raises(StorageFull):
            attachments.add_file(store, case_id, second)
        assert list((data_dir / "blobs" / "tmp").iterdir()) == []

        filler = _fill(disk)
        with pytest.raises(StorageFull):
            cases.update_case(store, case_id, {"referral.clinical_summary": "x" * 2_000_000})
        store.close()
        filler.unlink(missing_ok=True)

        with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as reopened:
            assert database.integrity_ok(read(reopened))
            case = cases.get_case(reopened, case_id)
            assert case.referral.clinical_summary == "first summary"
            (attachment,) = attachments.list_attachments(reopened, case_id)
            assert reopened.blobs.read_bytes(attachment.sha256) == source.read_bytes()


def test_read_only_data_folder_gives_a_typed_error_and_changes_nothing(tmp_path):
    with _tmpfs(tmp_path / "disk", "4m") as disk:
        data_dir = disk / "data"
        with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
            cases.create_case(store, Patient(name="Ramesh Yadav"))
        before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(StorageReadOnly):
            store = Store.open(data_dir, passphrase=TEST_PASSPHRASE)
            # Opening may succeed read-only; then the first write must fail clearly.
            try:
                cases.create_case(store, Patient(name="Another"))
            finally:
                store.close()
        after = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
        assert before == after
        with pytest.raises(StorageReadOnly):
            Store.open(disk / "new-folder", passphrase=TEST_PASSPHRASE)


def test_at_zero_bytes_free_the_cases_can_still_be_listed_and_shown(tmp_path):
    """Reading writes nothing a full disk refuses (the first reader of the database rebuilds
    its shared-memory index, which takes space: it then reads without it)."""
    with _tmpfs(tmp_path / "disk", "6m") as disk:
        cli = Cli(disk / "data", tmp_path / "home")
        case_id = cli.new_case(name="Meena Kumari")
        filler = _fill(disk)
        assert shutil.disk_usage(disk).free == 0

        listed = cli("--json", "case", "list")
        assert listed.code == 0, listed.err
        assert [(r["id"], r["patient_name"]) for r in listed.json] == [(case_id, "Meena Kumari")]
        shown = cli("--json", "case", "show", case_id)
        assert shown.code == 0, shown.err
        assert cli("audit", "verify").code == 0
        # Saving still says why it cannot, in one line.
        refused = cli(
            "case",
            "new",
            "--patient-name",
            "Ravi Kumar",
            "--age",
            "30",
            "--specialty",
            "oncology",
            "--question",
            "Surgery?",
        )
        assert (refused.code, refused.err_lines) == (1, [wording.store.error_text("storage_full")])

        filler.unlink(missing_ok=True)
        assert len(cli.list_json()) == 1
        cli.new_case(name="Ravi Kumar")
        assert len(cli.list_json()) == 2
