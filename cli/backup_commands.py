"""`recovery-key new`, `backup --to DIR`, `backup verify DIR` and `restore DIR --to DATA_DIR`.

The recovery key comes from CASEBRIDGE_RECOVERY_KEY or, on a terminal, a prompt that does not
echo; it is printed once, by `recovery-key new`, and never written anywhere. Progress (with the
time left) goes to stderr, results to stdout. Thread-safety: one command per process.
"""

from __future__ import annotations

import contextlib
import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

from cli.support import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Failed, open_store, out
from local_store import config, recovery
from local_store.backup.copying import Step
from local_store.errors import (
    BackupDamaged,
    BackupNoSpace,
    PassphraseRequired,
    RestoreTargetInUse,
)
from wording import units
from wording.backup import CLI_WORDS, ERROR, RESTORE_TARGET
from wording.store import CLI_STORE_WORDS


def add_parsers(commands, common) -> None:
    key = commands.add_parser(
        "recovery-key", parents=[common], help="make the recovery key that opens backups"
    )
    key_actions = key.add_subparsers(dest="recovery_command", metavar="ACTION", required=True)
    new = key_actions.add_parser(
        "new",
        parents=[common],
        help="make a recovery key and print it once",
        description="Make a recovery key for this data folder and print it once: it opens the "
        "cases and the backups if the computer, the keyring or the passphrase is lost. "
        "Replacing a key needs the current one (CASEBRIDGE_RECOVERY_KEY or a prompt).",
    )
    new.set_defaults(handler=recovery_key_new)

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="back up every case to a folder or USB stick, encrypted to the recovery key",
        description="Copy the database and the new files to DIR/casebridge-backup, "
        "encrypted so that only the recovery key opens them. Safe while the app is open.",
    )
    backup.add_argument("--to", metavar="DIR", help="the folder or USB stick to back up to")
    backup.set_defaults(handler=backup_to)
    backup_actions = backup.add_subparsers(dest="backup_command", metavar="ACTION")
    verify = backup_actions.add_parser(
        "verify",
        parents=[common],
        help="check every file of every backup in DIR, without restoring",
    )
    verify.add_argument("dir", metavar="DIR", help="the backup folder or the stick holding it")
    verify.set_defaults(handler=backup_verify)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore the cases from a backup with the recovery key",
        description="Restore the latest backup in DIR into a new data folder. The recovery key "
        "comes from CASEBRIDGE_RECOVERY_KEY or a prompt; the restored folder is protected by "
        "the system keyring, or by CASEBRIDGE_PASSPHRASE when set.",
    )
    restore.add_argument("dir", metavar="DIR", help="the backup folder or the stick holding it")
    restore.add_argument(
        "--to", metavar="DATA_DIR", help="the data folder to restore into (default: --data-dir)"
    )
    restore.add_argument("--backup", metavar="NAME", help="a backup's name (default: the latest)")
    restore.add_argument(
        "--replace",
        action="store_true",
        help="restore even over a data folder holding cases (they are moved aside, not deleted)",
    )
    restore.set_defaults(handler=restore_from)


# ---- recovery-key new


def recovery_key_new(args, data_dir: Path) -> int:
    with open_store(data_dir) as store:
        current = None
        if recovery.has_recovery_key(data_dir):
            current = _recovery_key(CLI_WORDS["current_key_prompt"])
        key = recovery.make_recovery_key(store, current)
    out({"recovery_key": key}, args.json, CLI_WORDS["key_made"].format(key=key))
    return EXIT_OK


def _recovery_key(prompt: str) -> str:
    key = config.recovery_key_from_env()
    if key is not None:
        return key
    if not sys.stdin.isatty():
        raise Failed("recovery_key_required", [CLI_WORDS["no_key"]])
    return getpass.getpass(prompt)


# ---- backup


def backup_to(args, data_dir: Path) -> int:
    from local_store.backup.make import make_backup

    if args.to is None:
        print(CLI_WORDS["backup_usage"], file=sys.stderr)
        return EXIT_USAGE
    progress = _Progress("Backing up")
    with open_store(data_dir) as store, _worded():
        result = make_backup(store, Path(args.to), progress=progress)
    progress.done()
    payload = {
        "name": result.name,
        "folder": str(result.root),
        "files": result.files,
        "bytes": result.total_bytes,
        "copied_files": result.copied_files,
        "copied_bytes": result.copied_bytes,
    }
    text = CLI_WORDS["backup_done"].format(
        name=result.name,
        root=result.root,
        files=result.files,
        total=units.size_text(result.total_bytes),
        copied_files=result.copied_files,
        copied=units.size_text(result.copied_bytes),
    )
    out(payload, args.json, text)
    return EXIT_OK


def backup_verify(args, data_dir: Path) -> int:
    from local_store.backup.verify import verify_backups

    progress = _Progress("Checking")
    with _worded():
        report = verify_backups(Path(args.dir), progress=progress)
    progress.done()
    payload = {
        "ok": report.ok,
        "backups": list(report.backups),
        "files": report.files,
        "bytes": report.total_bytes,
        "damaged": list(report.damaged),
    }
    if report.ok:
        text = CLI_WORDS["verify_ok"].format(
            backups=len(report.backups),
            files=report.files,
            total=units.size_text(report.total_bytes),
        )
        out(payload, args.json, text)
        return EXIT_OK
    for path in report.damaged:
        print(CLI_WORDS["verify_bad"].format(path=path), file=sys.stderr)
    if args.json:
        out(payload, True)
    return EXIT_FAILED


# ---- restore


def restore_from(args, data_dir: Path) -> int:
    from local_store.backup.restore import restore_backup
    from sync.bundle.assemble import SEQ_KEY

    target = Path(args.to) if args.to else data_dir
    key = _recovery_key(CLI_WORDS["key_prompt"])
    progress = _Progress("Restoring")
    with _worded():
        result = restore_backup(
            Path(args.dir),
            target,
            key,
            passphrase=config.passphrase_from_env(),
            replace=args.replace,
            name=args.backup,
            advance_counters=[SEQ_KEY],
            progress=progress,
        )
    progress.done()
    payload = {
        "name": result.name,
        "created_at": result.created_at,
        "data_dir": str(result.data_dir),
        "files": result.files,
        "bytes": result.total_bytes,
        "moved_aside": str(result.moved_aside) if result.moved_aside else None,
    }
    lines = [
        CLI_WORDS["restore_done"].format(
            name=result.name,
            created_at=result.created_at,
            data_dir=result.data_dir,
            files=result.files,
            total=units.size_text(result.total_bytes),
        )
    ]
    if result.moved_aside is not None:
        lines.append(CLI_WORDS["moved_aside"].format(path=result.moved_aside))
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


@contextlib.contextmanager
def _worded() -> Iterator[None]:
    """Turns the backup errors that carry details into their one filled-in line."""
    try:
        yield
    except BackupNoSpace as exc:
        line = (
            ERROR["backup_no_space"]
            .replace("%1", units.size_text(exc.needed))
            .replace("%2", units.size_text(exc.free))
        )
        raise Failed(exc.code, [line]) from exc
    except BackupDamaged as exc:
        line = ERROR["backup_damaged"].replace("%1", ", ".join(exc.files))
        raise Failed(exc.code, [line]) from exc
    except PassphraseRequired as exc:
        # Restoring makes a new data folder: its passphrase is being chosen, not typed again.
        raise Failed(exc.code, [CLI_STORE_WORDS["choose_passphrase"]]) from exc
    except RestoreTargetInUse as exc:
        line = RESTORE_TARGET[exc.reason]
        if exc.reason != "not_empty":
            line += " " + CLI_WORDS["replace_hint"]
        raise Failed(exc.code, [line]) from exc


class _Progress:
    """One line on a terminal, rewritten; otherwise (a log) a line at every tenth, once the
    work lasts long enough to have an estimate (a quick check prints only its result)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.tty = _isatty(sys.stderr)
        self.tenth = -1
        self.open_line = False

    def __call__(self, step: Step) -> None:
        line = CLI_WORDS["progress"].format(
            what=self.what,
            done=units.size_text(step.done),
            total=units.size_text(step.total),
            left=units.time_left_text(step.seconds_left),
        )
        if self.tty:
            sys.stderr.write(f"\r{line:<79}")
            sys.stderr.flush()
            self.open_line = True
            return
        tenth = int(10 * step.done / step.total) if step.total else 10
        if step.seconds_left is not None and tenth > self.tenth:
            self.tenth = tenth
            print(line, file=sys.stderr)

    def done(self) -> None:
        if self.open_line:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.open_line = False


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
