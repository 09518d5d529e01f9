"""Fixtures of the backup tests: a clinic's store with everything a backup must bring back
(``clinic``), the command line in a child process (``cli``), and reading a store's rows as
they are (``snapshot_of``) to compare a restored store with the one backed up.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from local_store import attachments, document_analysis, recovery
from local_store.connection import read
from local_store.store import Store
from sync import submit
from testdata import lab_reports
from tests.support.case_setup import enrolled_offline, two_series_case
from tests.support.cli import cli as cli


@dataclass
class Clinic:
    store: Store
    data_dir: Path
    recovery_key: str
    case_id: str
    bundle_id: str


@pytest.fixture
def clinic(tmp_path, memory_keyring):
    """Asha Verma's case (two CT series, a key image, a report, a lab report with its values
    read) sent to the outbox as a bundle, on a store kept in the keyring, with a recovery key."""
    data_dir = tmp_path / "clinic"
    store = Store.open(data_dir, keyring_backend=memory_keyring)
    case_id = two_series_case(store, tmp_path / "scans")
    labs = tmp_path / "asha-cbc.pdf"
    lab_reports.classic(labs)
    added = attachments.add_file(store, case_id, labs)
    document_analysis.analyse_attachment(store, added.attachment.id)
    enrolled_offline(store)
    sent = submit.submit_case(store, data_dir, case_id)
    key = recovery.make_recovery_key(store)
    yield Clinic(store, data_dir, key, case_id, sent.bundle_id)
    store.close()


def rows_of(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    db = read(store)
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: sorted(db.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names
    }


def blob_files(store: Store) -> dict[str, str]:
    """Each blob's content hash and the SHA-256 of its encrypted file."""
    return {
        sha: hashlib.sha256(path.read_bytes()).hexdigest() for sha, path in store.blobs.stored()
    }


from tests.support.gui import window as window  # noqa: E402
from tests.support.gui import workers as workers  # noqa: E402
from tests.support.screens import out_dir as out_dir  # noqa: E402
