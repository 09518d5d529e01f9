"""Nothing a patient told the clinic can be read from the data folder without the key.

Cases are made through the real command line; then every byte of every file under the data
folder (database, its -wal/-shm, blobs, key file, store.json) is searched for the names, the
questions and an attached file's content, in the encodings a file could hold them in.
"""

from __future__ import annotations

import sqlite3

import pytest

from local_store import cases
from local_store.models import Patient, Referral
from local_store.store import Store
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import add_attachment

NAMES = ["Parvathamma Kuppuswamy", "रुक्मिणी चतुर्वेदी"]
QUESTIONS = [
    "Does the mass near the left kidney of Parvathamma need a biopsy?",
    "क्या रुक्मिणी को कीमोथेरेपी की ज़रूरत है?",
]
REPORT_TEXT = "Histopathology: moderately differentiated adenocarcinoma, margins involved."
WAL_NAME = "Zephaniah Oyelaran-Mbeki"


def variants(text: str) -> set[bytes]:
    forms = {text, text.lower(), text.upper()}
    # Long texts also as a distinctive fragment, so a partly stored value is caught too.
    forms |= {form[:24] for form in list(forms) if len(form) > 24}
    return {
        form.encode(encoding)
        for form in forms
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if form.strip()
    }


def test_no_patient_data_in_any_file(cli, tmp_path, monkeypatch):
    ids = []
    for name, question in zip(NAMES, QUESTIONS, strict=True):
        ids.append(
            cli.new_case(
                "--question",
                question,
                "--consent",
                "verbal",
                "--consent-by",
                name,
                "--patient-id",
                "OPD-77123",
                name=name,
            )
        )
    report = tmp_path / f"{NAMES[0]} biopsy.txt"
    report.write_text(REPORT_TEXT, encoding="utf-8")
    add_attachment(cli.data_dir, ids[0], report)
    shown = cli("--json", "case", "show", ids[0]).json
    assert shown["attachments"][0]["name"] == report.name  # it really is in there

    # A store left open keeps its latest writes in the -wal file: search that state too.
    monkeypatch.setattr("local_store.secrets.secure_os_keyring", lambda: None)
    store = Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE)
    try:
        cases.create_case(
            store, Patient(name=WAL_NAME), referral=Referral(questions=[QUESTIONS[0]])
        )
        files = [p for p in cli.data_dir.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert "casebridge.db-wal" in names
        assert (cli.data_dir / "casebridge.db-wal").stat().st_size > 0
        assert any(p.suffix == ".age" for p in files)
        assert "keyfile.json" in names

        secrets_to_find = [*NAMES, *QUESTIONS, REPORT_TEXT, WAL_NAME, "OPD-77123"]
        needles = {needle for text in secrets_to_find for needle in variants(text)}
        for path in files:
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, f"patient data readable in {path.name}"
            relative = str(path.relative_to(cli.data_dir)).lower()
            for text in secrets_to_find:
                assert text.lower()[:12] not in relative
    finally:
        store.close()


def test_database_is_not_plain_sqlite(cli):
    cli.new_case()
    conn = sqlite3.connect(cli.data_dir / "casebridge.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
