"""`casebridge service`, `service code new`, `service keys` and `service assign` as a user runs
them: child processes of main.py, JSON on stdout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import requests

from sync import protocol
from tests.service.helpers import TIMEOUT, Client, new_device
from tests.sync_support import REPO, service_process

pytestmark = pytest.mark.timeout(120)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_code_new_and_keys_print_json(tmp_path):
    folder = str(tmp_path / "svc")
    made = cli(
        "--json",
        "service",
        "code",
        "new",
        "--role",
        "specialist",
        "--specialty",
        "Cardiology",
        "--data-dir",
        folder,
    )
    assert made.returncode == 0, made.stderr
    code = json.loads(made.stdout)
    assert code["role"] == "specialist" and code["specialties"] == ["cardiology"]
    assert len(code["code"]) == 14 and code["code"].count("-") == 2
    keys = cli("--json", "service", "keys", "--data-dir", folder)
    assert keys.returncode == 0, keys.stderr
    info = json.loads(keys.stdout)
    assert set(info) == {"service_id", "ed25519", "age", "fingerprint"}
    assert info["fingerprint"] == code["service_fingerprint"]
    assert info["service_id"] == protocol.key_id("svc-", protocol.unb64(info["ed25519"]))
    keys_dir = tmp_path / "svc" / "keys"
    assert keys_dir.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in keys_dir.iterdir()} == {0o600}


def test_a_specialist_code_needs_a_specialty(tmp_path):
    made = cli(
        "--json",
        "service",
        "code",
        "new",
        "--role",
        "specialist",
        "--data-dir",
        str(tmp_path / "svc"),
    )
    assert made.returncode == 1
    assert json.loads(made.stdout)["error"]["code"] == "specialty_needed"


def test_service_prints_its_line_answers_and_honours_codes_made_meanwhile(tmp_path):
    with service_process(tmp_path) as running:
        info = requests.get(running.url + protocol.SERVICE_PATH, timeout=TIMEOUT)
        assert info.status_code == 200
        made = cli(
            "--json",
            "service",
            "code",
            "new",
            "--role",
            "clinic",
            "--data-dir",
            str(running.data_dir),
        )
        code = json.loads(made.stdout)["code"]
        client = Client(running.url, new_device())
        assert client.enroll(code).status_code == 201
        assert info.json()["service_id"] == client.enroll(code).json()["service"]["service_id"]
        keys = json.loads(
            cli("--json", "service", "keys", "--data-dir", str(running.data_dir)).stdout
        )
        assert keys["ed25519"] == info.json()["ed25519"]
    assert running.process.returncode == 0  # SIGTERM stops it cleanly
    log = (running.data_dir / "service.log").read_text()
    assert "listening" in log and client.token not in log


def test_assign_of_an_unknown_bundle_fails_with_a_code(tmp_path):
    answer = cli(
        "--json",
        "service",
        "assign",
        "no-such-bundle",
        "--to",
        "dev-x",
        "--data-dir",
        str(tmp_path / "svc"),
    )
    assert answer.returncode == 1
    assert json.loads(answer.stdout)["error"]["code"] == "bundle_unknown"
