"""Schema migrations by PRAGMA user_version, with a copy of the file made first."""

from __future__ import annotations

import pytest

from local_store import migrations
from local_store.connection import read
from local_store.errors import DatabaseTooNew
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE


def test_new_database_is_at_the_latest_version_without_a_backup(store):
    assert migrations.current_version(read(store)) == migrations.LATEST_VERSION
    assert not (store.data_dir / migrations.BACKUP_DIR).exists()


def _add_notes_column(db):
    db.execute("ALTER TABLE cases ADD COLUMN notes TEXT NOT NULL DEFAULT ''")


def test_upgrade_copies_the_database_first_and_keeps_data(data_dir):
    from local_store import cases
    from local_store.models import Patient

    with Store.open(data_dir, passphrase=TEST_PASSPHRASE) as store:
        case_id = cases.create_case(store, Patient(name="Lakshmi"))
        steps = [*migrations.MIGRATIONS, _add_notes_column]
        backups = migrations.migrate(read(store), store.db_path, steps)
        assert migrations.current_version(read(store)) == len(steps)
        assert [c.name for c in read(store)["cases"].columns][-1] == "notes"
        assert cases.get_case(store, case_id).patient.name == "Lakshmi"
    assert len(backups) == 1
    # The backup is the old, still encrypted database.
    assert backups[0].read_bytes()[:16] != b"SQLite format 3\x00"


def test_a_failing_step_leaves_the_previous_version_intact(store):
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError):
        migrations.migrate(read(store), store.db_path, [*migrations.MIGRATIONS, broken])
    assert migrations.current_version(read(store)) == migrations.LATEST_VERSION
    assert not read(store)["half_done"].exists()


def test_database_from_a_newer_version_is_refused(store):
    with pytest.raises(DatabaseTooNew):
        migrations.migrate(read(store), store.db_path, migrations.MIGRATIONS[:0])
