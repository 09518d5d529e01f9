"""Which arguments start the GUI and which run a command, and how options are read."""

from __future__ import annotations

import argparse

import pytest

import main
from cli.parser import SUBCOMMANDS, build_parser, parse

NEW = ["case", "new", "--patient-name", "A", "--specialty", "other", "--question", "q"]


def test_subcommands_match_the_parser():
    # main.py decides GUI or CLI from SUBCOMMANDS; a command missing there would open a window.
    actions = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    # SUBCOMMANDS also reserves the contract's commands not built yet, so they never open one.
    assert set(actions[0].choices) <= SUBCOMMANDS


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--data-dir", "/somewhere"], True),
        (["case", "list"], False),
        (["--data-dir", "/somewhere", "--json", "case", "list"], False),
        (["audit", "verify"], False),
        (["--version"], False),
        (["--help"], False),
    ],
)
def test_wants_gui(argv, gui):
    assert main.wants_gui(argv) is gui


def test_global_options_anywhere():
    for argv in (
        ["--json", "--data-dir", "D", "case", "list"],
        ["case", "--json", "list", "--data-dir", "D"],
        ["case", "list", "--data-dir", "D", "--json"],
    ):
        args = parse(argv)
        assert (args.json, args.data_dir, args.command, args.case_command) == (
            True,
            "D",
            "case",
            "list",
        )


def test_defaults():
    args = parse(NEW)
    assert args.json is False
    assert args.data_dir is None
    assert (args.sex, args.urgency, args.initiated_by) == ("U", "routine", "patient")
    assert args.consent is None and args.birth_date is None and args.age is None


def test_repeated_question_keeps_order():
    args = parse([*NEW, "--question", "second"])
    assert args.question == ["q", "second"]


@pytest.mark.parametrize(
    "argv",
    [
        [*NEW, "--age", "1", "--birth-date", "2000-01-01"],
        [*NEW, "--consent-by", "B"],
        [*NEW, "--consent", "verbal"],
        ["bogus"],
    ],
)
def test_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        parse(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err
