"""What every command handler shares: exit codes, the worded failure, opening the store, output.

Command modules (cli/main.py and the ones listed in ``cli.parser.COMMAND_MODULES``) import from
here rather than from each other, so adding a command never touches another command's module.
Thread-safety: one command per process, on the calling thread.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from cli import format as fmt
from local_store import app_running, secrets
from local_store.errors import PassphraseRequired, StoreError
from local_store.store import Store, folder_holds_store
from wording.app_running import APP_RUNNING
from wording.store import CLI_STORE_WORDS

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


class Failed(Exception):
    """A failure already worded: ``lines`` go to stderr; under --json also an error object."""

    def __init__(self, code: str, lines: list[str], problems: list[dict] | None = None):
        super().__init__(code)
        self.code = code
        self.lines = lines
        self.problems = problems or []


def out(value, as_json: bool, text: str = "") -> None:
    """Print a result: JSON under --json, else ``text``."""
    try:
        print(fmt.to_json(value) if as_json else text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `casebridge case list | head` closed the pipe: not a failure of the command.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - absorbs the exit-time flush


def open_store(data_dir: Path) -> Store:
    """Open (or create) the data folder, unlocking with CASEBRIDGE_PASSPHRASE where needed."""
    from local_store import config

    try:
        return Store.open(data_dir, passphrase=config.passphrase_from_env())
    except PassphraseRequired:
        if secrets.folder_state(data_dir) is secrets.FolderState.NEW:
            # Nothing to unlock yet: the passphrase is being chosen, not typed again.
            raise Failed("passphrase_required", [CLI_STORE_WORDS["choose_passphrase"]]) from None
        raise


def store_exists(data_dir: Path) -> bool:
    """True when the folder already holds a CaseBridge store (so reading it makes sense)."""
    try:
        return folder_holds_store(data_dir)
    except StoreError:
        return True  # damaged store.json: let Store.open say so


def require_app_closed(data_dir: Path) -> None:
    """Commands that need the data folder to themselves refuse while the desktop app has it
    open (two senders on one outbox would each send the same bundles)."""
    if app_running.is_held(data_dir):
        raise Failed("app_running", [APP_RUNNING["app_running"]])
