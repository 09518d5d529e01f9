"""`casebridge audit verify` notices when someone with the key edits the audit log by hand."""

from __future__ import annotations

import contextlib

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from local_store.secrets import load_secret
from tests.conftest import TEST_PASSPHRASE


@contextlib.contextmanager
def attacker_connection(data_dir):
    """The database opened with its real key, as an insider with the passphrase could."""
    secret, _ = load_secret(data_dir, passphrase=TEST_PASSPHRASE, keyring_backend=None)
    conn = sqlcipher.connect(str(data_dir / "casebridge.db"))
    conn.execute(f"PRAGMA key = \"x'{secret.db_key.hex()}'\"")
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def make_history(cli, count: int = 4) -> None:
    for n in range(count):
        cli.new_case(name=f"Patient {n}")


def test_intact_log(cli):
    make_history(cli, 3)
    result = cli("audit", "verify")
    assert result.code == 0, result.err
    assert result.out.strip() == "Audit log intact: 3 entries"
    result = cli("--json", "audit", "verify")
    assert result.code == 0
    assert result.json == {"ok": True, "entries": 3, "first_bad_entry": None}


def test_empty_folder(cli):
    result = cli("--json", "audit", "verify")
    assert result.code == 0
    assert result.json == {"ok": True, "entries": 0, "first_bad_entry": None}
    assert not cli.data_dir.exists()


@pytest.mark.parametrize(
    ("column", "value"),
    [("actor", "someone-else"), ("detail", '{"status":"ready"}'), ("action", "case.viewed")],
)
def test_edited_row_is_named(cli, column, value):
    make_history(cli)
    with attacker_connection(cli.data_dir) as conn:
        changed = conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 3", [value])
        assert changed.rowcount == 1
    result = cli("audit", "verify")
    assert result.code == 1
    [line] = result.err.splitlines()
    assert "entry 3 " in line
    assert result.out == ""
    result = cli("--json", "audit", "verify")
    assert result.code == 1
    assert result.json == {"ok": False, "entries": 4, "first_bad_entry": 3}


def test_deleted_middle_row_is_detected(cli):
    make_history(cli)
    with attacker_connection(cli.data_dir) as conn:
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    result = cli("--json", "audit", "verify")
    assert result.code == 1
    assert result.json["ok"] is False
    assert result.json["entries"] == 3
    # The row after the gap is the first one whose chain no longer holds.
    assert result.json["first_bad_entry"] == 3
    assert "entry 3 " in result.err


def test_rewritten_hash_is_detected(cli):
    make_history(cli)
    with attacker_connection(cli.data_dir) as conn:
        conn.execute("UPDATE audit_log SET actor = 'x', hash = ? WHERE seq = 2", ["0" * 64])
    result = cli("--json", "audit", "verify")
    assert result.code == 1
    assert result.json["first_bad_entry"] == 2
