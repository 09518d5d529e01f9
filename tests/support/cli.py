"""Running the real command line in a child process, as a script or a user would.

Each run gets a clean environment: the test passphrase, no OS keyring (keyring's "fail"
backend, so the passphrase key file is used the way it is on a field laptop without one), and
a data folder under the test's tmp_path.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def json(self):
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


class Cli:
    def __init__(self, data_dir: Path, home: Path) -> None:
        self.data_dir = data_dir
        self.home = home

    def env(self, passphrase: str | None = TEST_PASSPHRASE, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CASEBRIDGE_")}
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        env["PYTHONIOENCODING"] = "utf-8"
        # Where a command without --data-dir would write; tests check it stays untouched.
        env["CASEBRIDGE_HOME"] = str(self.home)
        if passphrase is not None:
            env["CASEBRIDGE_PASSPHRASE"] = passphrase
        env.update(extra)
        return env

    def raw(self, *args: str, passphrase: str | None = TEST_PASSPHRASE, **extra: str) -> Result:
        proc = subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=REPO,
            env=self.env(passphrase, **extra),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        return Result(proc.returncode, proc.stdout, proc.stderr)

    def __call__(self, *args: str, passphrase: str | None = TEST_PASSPHRASE, **extra) -> Result:
        return self.raw("--data-dir", str(self.data_dir), *args, passphrase=passphrase, **extra)

    def new_case(self, *extra_args: str, name: str = "Asha Verma", **kw) -> str:
        result = self(
            "--json",
            "case",
            "new",
            "--patient-name",
            name,
            "--age",
            "52",
            "--specialty",
            "oncology",
            "--question",
            "Is surgery still an option?",
            *extra_args,
            **kw,
        )
        assert result.code == 0, result.err
        return result.json["id"]

    def list_json(self) -> list[dict]:
        result = self("--json", "case", "list")
        assert result.code == 0, result.err
        return result.json


@pytest.fixture
def cli(tmp_path) -> Cli:
    return Cli(tmp_path / "data", tmp_path / "home")


def folder_hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def add_attachment(data_dir: Path, case_id: str, path: Path) -> None:
    """Attach a file the way `casebridge import` will (that command is not written yet)."""
    code = (
        "import sys; from pathlib import Path; "
        "from local_store.store import Store; from local_store.attachments import add_file; "
        "s = Store.open(Path(sys.argv[1]), passphrase=sys.argv[4]); "
        "add_file(s, sys.argv[2], Path(sys.argv[3])); s.close()"
    )
    env = os.environ | {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run(
        [sys.executable, "-c", code, str(data_dir), case_id, str(path), TEST_PASSPHRASE],
        cwd=REPO,
        check=True,
        env=env,
        timeout=60,
    )
