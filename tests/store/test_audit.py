"""The audit chain detects edited, deleted and reordered rows."""

from __future__ import annotations

import pytest

from local_store import audit
from local_store.connection import read, transaction


@pytest.fixture
def chained(store):
    def append_five() -> None:
        with transaction(store) as db:
            for n in range(5):
                audit.append(db, "clinic-staff", "case.updated", f"case-{n}", {"fields": ["x"]})

    store.write(append_five)
    return store


def test_untouched_chain_verifies(chained):
    report = audit.verify(read(chained))
    assert report.ok and report.rows == 5


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3",
        'UPDATE audit_log SET detail = \'{"fields":["y"]}\' WHERE seq = 3',
        "UPDATE audit_log SET at = '2020-01-01T00:00:00.000+00:00' WHERE seq = 3",
        "DELETE FROM audit_log WHERE seq = 3",
    ],
)
def test_tampering_is_found_at_the_row_tampered_with(chained, statement):
    chained.write(lambda: read(chained).execute(statement))
    report = audit.verify(read(chained))
    assert not report.ok
    assert report.first_bad_seq in (3, 4)  # a deleted row shows as a gap where row 4 follows 2


def test_recomputing_one_hash_still_breaks_the_next_row(chained):
    db = read(chained)
    row = db.execute("SELECT * FROM audit_log WHERE seq = 2").fetchone()
    forged = audit._row_hash(row[6], 2, row[1], "forger", row[3], row[4], row[5])
    chained.write(
        lambda: db.execute(
            "UPDATE audit_log SET actor = 'forger', hash = ? WHERE seq = 2", [forged]
        )
    )
    assert audit.verify(db).first_bad_seq == 3
