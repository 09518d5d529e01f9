"""The command-line grammar: argparse definitions for every headless command.

Owns ``SUBCOMMANDS`` (which first words mean "run the CLI, not the GUI") and ``build_parser``.
Imported by main.py on every start, so the module level stays cheap: nothing heavier than
argparse is imported until a parser is actually built. Value checks (dates, ages, specialty
codes) are not done here but by local_store.validation, so the CLI and the desktop reject the
same things with the same words. Thread-safety: pure functions, no shared state.
"""

from __future__ import annotations

import argparse
import importlib

# Every first word of the contract in the design docs' CLI.md, so `casebridge import ...` never
# starts the GUI even before that command exists (argparse then says it is unknown).
SUBCOMMANDS = frozenset(
    {
        "case",
        "audit",
        "import",
        "dicom",
        "render",
        "labs",
        "check",
        "bundle",
        "keys",
        "enroll",
        "submit",
        "sync",
        "service",
        "attachment",
        "trash",
        "review",
        "opinion",
        "backup",
        "restore",
        "recovery-key",
        "staff",
        "ask",
        "answer",
    }
)

# Modules that add their own commands: each defines add_parsers(commands, common), and each
# parser it adds sets ``handler`` (a function of args and data_dir returning an exit code)
# with set_defaults. Keeps one module per command family, so families grow independently.
COMMAND_MODULES: tuple[str, ...] = (
    "cli.keys_command",
    "cli.bundle_commands",
    "cli.render_command",
    "cli.import_commands",
    "cli.clinical_commands",
    "cli.sync_commands",
    "cli.service_commands",
    "cli.trash_commands",
    "cli.review_commands",
    "cli.opinion_commands",
    "cli.backup_commands",
    "cli.staff_commands",
    "cli.thread_commands",
)

PROG = "casebridge"


def version_text() -> str:
    from importlib import metadata

    try:
        version = metadata.version("casebridge")
    except metadata.PackageNotFoundError:
        # Running from a source checkout that was never installed.
        version = _version_from_pyproject()
    return f"{PROG} {version}"


def _version_from_pyproject() -> str:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        with open(pyproject, "rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "unknown"


def _global_options() -> argparse.ArgumentParser:
    # SUPPRESS keeps a subcommand's parser from overwriting a value given before the
    # subcommand with its own default, so `--json case list` and `case list --json` both work.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder (default: CASEBRIDGE_HOME, else the platform's user data folder)",
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="machine-readable output on stdout",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    from local_store.models import SPECIALTIES

    common = _global_options()
    parser = argparse.ArgumentParser(
        prog=PROG,
        parents=[common],
        description="CaseBridge without a window: prepare second-opinion cases from scripts. "
        "With no command, the desktop app starts.",
        epilog="Exit codes: 0 done, 1 failed, 2 usage error, 3 partly done. "
        "Set CASEBRIDGE_PASSPHRASE to unlock a passphrase-protected data folder.",
    )
    parser.add_argument("--version", action="version", version=version_text())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    case = commands.add_parser(
        "case", parents=[common], help="create, list, show, close and remove cases"
    )
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    new = case_commands.add_parser(
        "new",
        parents=[common],
        help="create a case and print its id",
        description="Create a case (a draft) and print its id.",
    )
    new.add_argument("--patient-name", required=True, metavar="NAME", help="patient's full name")
    new.add_argument(
        "--patient-id", default="", metavar="ID", help="the hospital or clinic's patient id"
    )
    new.add_argument("--sex", default="U", metavar="F/M/O/U", help="default U (not recorded)")
    born = new.add_mutually_exclusive_group()
    born.add_argument("--birth-date", metavar="YYYY-MM-DD", help="date of birth")
    born.add_argument("--age", type=int, metavar="YEARS", help="age, when the date is unknown")
    new.add_argument(
        "--specialty",
        required=True,
        metavar="SPECIALTY",
        help="one of: " + ", ".join(SPECIALTIES),
    )
    new.add_argument(
        "--question",
        required=True,
        action="append",
        metavar="TEXT",
        help="a question for the specialist (repeat for several)",
    )
    new.add_argument(
        "--urgency", default="routine", metavar="routine/urgent", help="default routine"
    )
    new.add_argument(
        "--consent",
        metavar="verbal/written/digital",
        help="how the patient gave consent (recorded as given today)",
    )
    new.add_argument("--consent-by", metavar="NAME", help="who gave consent (with --consent)")
    new.add_argument(
        "--initiated-by",
        default="patient",
        metavar="patient/health_worker/doctor",
        help="who asked for the second opinion (default patient)",
    )
    new.set_defaults(usage_parser=new)

    case_commands.add_parser("list", parents=[common], help="list cases, newest change first")

    show = case_commands.add_parser("show", parents=[common], help="show one case")
    show.add_argument("case", metavar="CASE", help="case id, or its first characters (4 or more)")
    importlib.import_module("cli.trash_commands").add_case_actions(case_commands, common)

    audit = commands.add_parser("audit", parents=[common], help="check the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser(
        "verify",
        parents=[common],
        help="check that no audit entry was changed or removed",
    )
    importlib.import_module("cli.staff_commands").add_audit_list(audit_commands, common)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parsers(commands, common)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; raises SystemExit(2) on a usage error and SystemExit(0) for --help."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False)
    usage_parser = getattr(args, "usage_parser", parser)
    if (
        args.command == "case"
        and args.case_command == "new"
        and (args.consent is None) != (args.consent_by is None)
    ):
        usage_parser.error("--consent and --consent-by go together: give both or neither")
    if hasattr(args, "usage_parser"):
        del args.usage_parser
    return args
