"""What the command line does when something is wrong: exit codes, one clear line, no harm."""

from __future__ import annotations

import pytest

import wording.cases
import wording.store
from tests.support.cli import folder_hashes

NEW = ["case", "new", "--patient-name", "Gopal Rao", "--specialty", "oncology"]
QUESTION = ["--question", "Is chemotherapy needed?"]


def problem(field: str, code: str) -> str:
    return f"{wording.cases.FIELD[field]}: {wording.cases.PROBLEM[code]}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--birth-date", "2999-01-01"], problem("patient.birth_date", "future_date")),
        (["--birth-date", "1980-02-31"], problem("patient.birth_date", "invalid_date")),
        (["--age", "300"], problem("patient.age_years", "out_of_range")),
        (["--age", "-1"], problem("patient.age_years", "out_of_range")),
        (["--specialty", "astrology"], problem("referral.specialty", "invalid_choice")),
        (["--sex", "X"], problem("patient.sex", "invalid_choice")),
        (["--urgency", "yesterday"], problem("referral.urgency", "invalid_choice")),
        (["--question", "   "], problem("referral.questions", "required")),
        (
            ["--consent", "telepathic", "--consent-by", "Gopal Rao"],
            problem("consent.method", "invalid_choice"),
        ),
    ],
)
def test_invalid_intake_is_refused_and_nothing_is_stored(cli, args, expected):
    existing = cli.new_case()
    question = [] if "--question" in args else QUESTION
    result = cli(*NEW, *question, *args)
    assert result.code == 1
    [line] = result.err_lines
    assert line.startswith(expected)
    assert "Traceback" not in result.err
    assert result.out == ""
    assert [row["id"] for row in cli.list_json()] == [existing]


def test_unknown_choice_names_the_accepted_values(cli):
    result = cli(*NEW[:-1], "astrology", *QUESTION)
    assert result.code == 1
    assert "cardiology" in result.err and "oncology" in result.err


def test_every_problem_gets_its_own_line(cli):
    result = cli(
        "--json",
        *NEW[:-1],
        "astrology",
        "--birth-date",
        "2999-01-01",
        "--question",
        "",
    )
    assert result.code == 1
    expected = [
        problem("patient.birth_date", "future_date"),
        problem("referral.specialty", "invalid_choice"),
        problem("referral.questions", "required"),
    ]
    assert len(result.err_lines) == 3
    for start in expected:
        assert sum(line.startswith(start) for line in result.err_lines) == 1
    error = result.json["error"]
    assert error["code"] == "invalid_intake"
    assert {(p["field"], p["code"]) for p in error["problems"]} == {
        ("patient.birth_date", "future_date"),
        ("referral.specialty", "invalid_choice"),
        ("referral.questions", "required"),
    }
    # A refused first case leaves no data folder behind at all.
    assert not cli.data_dir.exists()


def test_problem_lines_never_echo_what_was_typed(cli):
    result = cli(*NEW, "--question", "Biopsy of Gopal Rao?", "--birth-date", "3021-05-05")
    assert result.code == 1
    assert "Gopal" not in result.err and "3021" not in result.err


@pytest.mark.parametrize(
    "args",
    [
        ["case", "new", "--patient-name", "Gopal Rao", "--specialty", "oncology"],  # no question
        ["case", "new", "--specialty", "oncology", *QUESTION],  # no name
        [*NEW, *QUESTION, "--birth-date", "1970-01-01", "--age", "50"],
        [*NEW, *QUESTION, "--age", "fifty"],
        [*NEW, *QUESTION, "--consent", "verbal"],  # consent without who gave it
        [*NEW, *QUESTION, "--no-such-option"],
        ["case"],
        ["case", "frobnicate"],
        ["case", "show"],
        ["audit"],
        ["audit", "verify", "extra"],
    ],
)
def test_usage_errors_exit_2_and_store_nothing(cli, args):
    result = cli(*args)
    assert result.code == 2
    assert "usage:" in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    assert not cli.data_dir.exists()


def test_help_exits_0(cli):
    for args in (["--help"], ["case", "new", "--help"], ["audit", "verify", "-h"]):
        result = cli.raw(*args)
        assert result.code == 0
        assert "usage:" in result.out


@pytest.mark.parametrize(
    "command",
    [
        ["case", "list"],
        ["case", "show", "CASE"],
        [*NEW, *QUESTION],
        ["audit", "verify"],
        ["--json", "case", "list"],
    ],
)
def test_wrong_passphrase_changes_nothing(cli, command):
    case_id = cli.new_case()
    cli("case", "show", case_id)  # let the folder settle (WAL checkpointed on close)
    before = folder_hashes(cli.data_dir)
    args = [case_id if part == "CASE" else part for part in command]
    result = cli(*args, passphrase="not the passphrase")
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("wrong_passphrase")]
    assert "Traceback" not in result.err
    assert folder_hashes(cli.data_dir) == before


def test_missing_passphrase_on_a_locked_folder(cli):
    cli.new_case()
    before = folder_hashes(cli.data_dir)
    result = cli("case", "list", passphrase=None)
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("passphrase_required")]
    assert folder_hashes(cli.data_dir) == before


def test_missing_passphrase_on_a_new_folder(cli):
    result = cli(*NEW, *QUESTION, passphrase=None)
    assert result.code == 1
    [line] = result.err_lines
    assert "CASEBRIDGE_PASSPHRASE" in line
    assert not [p for p in cli.data_dir.rglob("*") if p.is_file()]


def test_too_short_passphrase_for_a_new_folder(cli):
    result = cli(*NEW, *QUESTION, passphrase="short")
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("passphrase_too_short")]


def test_folder_whose_key_is_gone(cli):
    cli.new_case()
    (cli.data_dir / "keyfile.json").unlink()
    result = cli("case", "list")
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("secret_missing")]


def test_unreadable_database(cli):
    cli.new_case()
    db = cli.data_dir / "casebridge.db"
    db.write_bytes(b"\0" * db.stat().st_size)
    result = cli("case", "list")
    assert result.code == 1
    assert result.err_lines == [wording.store.error_text("database_unreadable")]
    assert "Traceback" not in result.err


def test_json_errors_are_json_on_stdout(cli):
    cli.new_case()
    result = cli("--json", "case", "show", "ffffffff")
    assert result.code == 1
    assert result.json["error"]["code"] == "not_found"
    assert result.err_lines == [wording.store.error_text("not_found")]
