"""Where CaseBridge keeps its data, and the only place that reads environment variables.

Documented variables:
- ``CASEBRIDGE_HOME``: the data folder (the ``--data-dir`` option wins over it).
- ``CASEBRIDGE_PASSPHRASE``: unlocks (or, on first use, creates) the passphrase-protected
  key file non-interactively, for automation and tests, where no secure OS keyring exists.
- ``CASEBRIDGE_RECOVERY_KEY``: the recovery key, for `restore` and `recovery-key new`.

Thread-safety: pure functions over os.environ, safe from any thread.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CaseBridge"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``explicit`` if given, else CASEBRIDGE_HOME, else the platform's."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CASEBRIDGE_HOME")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def passphrase_from_env() -> str | None:
    value = os.environ.get("CASEBRIDGE_PASSPHRASE")
    return value if value else None


def recovery_key_from_env() -> str | None:
    """``CASEBRIDGE_RECOVERY_KEY``: the recovery key for `restore` and `recovery-key new`
    without a prompt, for automation and tests."""
    value = os.environ.get("CASEBRIDGE_RECOVERY_KEY")
    return value if value else None
