"""`casebridge service`, `service code new`, `service keys` and `service assign` as a user runs
them: child processes of main.py, JSON on stdout."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import requests

from sync import protocol
from tests.support.running_service import REPO, service_process
from tests.support.service_client import TIMEOUT, Client, new_device

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


def _store_options(service) -> list[str]:
    if service.db_url is None:
        return []
    return ["--db", service.db_url, "--storage", service.storage_url]


def test_stats_counts_on_either_backend(service, clinic, bundle):
    data_dir = ["--data-dir", str(service.data_dir)]
    before = cli("--json", "service", "stats", *data_dir, *_store_options(service))
    assert before.returncode == 0, before.stderr
    assert {k: json.loads(before.stdout)[k] for k in ("devices", "bundles", "queue")} == {
        "devices": 1,
        "bundles": 0,
        "queue": 0,
    }
    clinic.send(bundle)
    service.wait_idle()
    after = json.loads(
        cli("--json", "service", "stats", *data_dir, *_store_options(service)).stdout
    )
    assert (after["bundles"], after["uploads_open"], after["queue"]) == (1, 0, 0)
    assert after["db"] == ("sqlite" if service.db_url is None else "postgresql")


def test_a_settings_file_names_the_stores_and_the_s3_endpoint(tmp_path, scale_backends):
    import os

    db_url, storage_url = scale_backends.fresh()
    settings = tmp_path / "service.toml"
    settings.write_text(
        f'db = "{db_url}"\nstorage = "{storage_url}"\n\n[s3]\n'
        f'endpoint_url = "{scale_backends.s3_endpoint}"\nregion = "us-east-1"\n'
        'access_key_id = "testing"\nsecret_access_key = "testing"\n'
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    data_dir = ["--data-dir", str(tmp_path / "svc")]
    command = [sys.executable, "main.py", "--json", "service"]
    made = subprocess.run(
        [*command, "code", "new", "--role", "clinic", "--config", str(settings), *data_dir],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert made.returncode == 0, made.stderr
    counted = subprocess.run(
        [sys.executable, "main.py", "--json", "service", "stats", *data_dir],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "CASEBRIDGE_SERVICE_CONFIG": str(settings)},
    )
    assert counted.returncode == 0, counted.stderr
    assert json.loads(counted.stdout)["storage"] == "s3"
    # The code went to PostgreSQL, not to a database in the data folder.
    assert not (tmp_path / "svc" / "service.db").exists()


def test_an_unreachable_database_fails_with_a_code(tmp_path):
    from tests.support.processes import free_port

    answer = cli(
        "--json",
        "service",
        "stats",
        "--data-dir",
        str(tmp_path / "svc"),
        "--db",
        f"postgresql://nobody@127.0.0.1:{free_port()}/none?connect_timeout=2",
    )
    assert answer.returncode == 1
    assert json.loads(answer.stdout)["error"]["code"] == "store_unreachable"
