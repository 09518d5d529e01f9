"""CaseBridge entry point: no subcommand starts the desktop app; a subcommand runs the CLI.

Kept tiny so that ``casebridge case list`` never imports Qt and the GUI starts fast.
"""

from __future__ import annotations

import sys


def wants_gui(argv: list[str]) -> bool:
    """The GUI runs when no subcommand is given (global options such as --data-dir allowed)."""
    from cli.parser import SUBCOMMANDS

    asks_cli = {"--help", "-h", "--version"} & set(argv)
    return not asks_cli and not any(arg in SUBCOMMANDS for arg in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if wants_gui(argv):
        from desktop.app import run

        return run(argv)
    from cli.main import run

    return run(argv)


if __name__ == "__main__":
    # The frame cache decodes in spawned processes; a frozen (installed) app must let them
    # start as workers instead of as a second copy of the app.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
