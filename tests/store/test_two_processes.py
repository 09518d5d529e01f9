"""Several programs on one data folder at the same moment: each one waits its turn, all finish,
nothing is lost, and no one sees a traceback.

Each child is the real command line, started first and then released at once with the others
(a line on its stdin), so the processes really do open the folder and write together: two
`case new` on a new folder (the desktop and a scheduled command on a fresh PC), an import
beside ten `case new`, two imports, two `sync --once` against the reference service. A
write that truly cannot get its turn says so in one line.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import wording.store
from local_store import cases, dicom_index, outbox
from local_store.store import Store
from sync.submit import submit_case
from testdata import documents
from testdata.dicom import ct_series
from tests.conftest import TEST_PASSPHRASE
from tests.support.cli import REPO, Cli, Result
from tests.support.fault_clinic import enrolled_clinic, service_bundles
from tests.support.running_service import running_service
from tests.sync.helpers import make_case

# The command line, loaded and then waiting for the word to go.
_WAITING_CLI = (
    "import sys\nfrom cli.main import run\nsys.stdin.readline()\nsys.exit(run(sys.argv[1:]))\n"
)
# The same, with a short busy timeout, so a held database is given up on quickly.
_IMPATIENT_CLI = "import local_store.database as d\nd.BUSY_TIMEOUT_MS = 500\n" + _WAITING_CLI
DEADLINE_SECONDS = 180

pytestmark = pytest.mark.faults


def _start(cli: Cli, *args: str, script: str = _WAITING_CLI) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, "--data-dir", str(cli.data_dir), *args],
        cwd=REPO,
        env=cli.env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _run_together(commands: list[tuple[str, ...]], cli: Cli) -> list[Result]:
    children = [_start(cli, *command) for command in commands]
    try:
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = []
        for child in children:
            out, err = child.communicate(timeout=DEADLINE_SECONDS)
            results.append(Result(child.returncode, out, err))
        return results
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()


def _assert_all_done(results: list[Result]) -> None:
    for result in results:
        assert "Traceback" not in result.err, result.err
        assert result.code == 0, result.err


def _case_new(name: str) -> tuple[str, ...]:
    return (
        "--json",
        "case",
        "new",
        "--patient-name",
        name,
        "--age",
        "40",
        "--specialty",
        "oncology",
        "--question",
        "Is surgery still an option?",
    )


def test_two_processes_creating_one_new_folder_end_with_one_store_and_both_cases(tmp_path):
    for round_number in range(10):
        cli = Cli(tmp_path / f"data-{round_number}", tmp_path / "home")
        results = _run_together([_case_new("Asha Verma"), _case_new("Sunita Devi")], cli)
        _assert_all_done(results)
        made = {r.json["id"] for r in results}
        # Every later open finds the one key, and both cases are in the one database.
        with Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE) as store:
            listed = {row.id: row.patient_name for row in cases.list_cases(store)}
        assert set(listed) == made, f"round {round_number}"
        assert sorted(listed.values()) == ["Asha Verma", "Sunita Devi"]
        assert [p.name for p in cli.data_dir.glob("keyfile*")] == ["keyfile.json"]


def test_an_import_beside_ten_new_cases_loses_nothing(tmp_path):
    cli = Cli(tmp_path / "data", tmp_path / "home")
    case_id = cli.new_case(name="Asha Sharma")
    disc = tmp_path / "cd"
    ct_series(disc / "S1", 24, series_number=1)
    for number in range(4):
        (disc / f"report-{number}.pdf").write_bytes(documents.pdf_bytes(pages=number + 1))

    names = [f"Patient {n}" for n in range(10)]
    results = _run_together(
        [("--json", "import", case_id, str(disc)), *(_case_new(name) for name in names)], cli
    )

    _assert_all_done(results)
    assert results[0].json["imported"] == 28
    listed = {row["id"]: row["patient_name"] for row in cli.list_json()}
    assert sorted(listed.values()) == sorted([*names, "Asha Sharma"])
    assert {r.json["id"] for r in results[1:]} <= set(listed)
    with Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE) as store:
        [study] = dicom_index.list_studies(store, case_id)
        assert sum(s.instances for s in study.series) == 24


def test_two_imports_at_once_both_complete(tmp_path):
    cli = Cli(tmp_path / "data", tmp_path / "home")
    # Two visits of one patient, a CD brought to each.
    first, second = cli.new_case(name="Asha Sharma"), cli.new_case(name="Asha Sharma")
    ct_series(tmp_path / "cd-1", 16, series_number=1)
    ct_series(tmp_path / "cd-2", 16, series_number=2, seed="study-2")

    results = _run_together(
        [
            ("--json", "import", first, str(tmp_path / "cd-1")),
            ("--json", "import", second, str(tmp_path / "cd-2")),
        ],
        cli,
    )

    _assert_all_done(results)
    assert [r.json["imported"] for r in results] == [16, 16]
    with Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE) as store:
        for case_id in (first, second):
            [study] = dicom_index.list_studies(store, case_id)
            assert sum(s.instances for s in study.series) == 16


def test_two_sync_once_at_once_deliver_every_case_once(tmp_path):
    with running_service(tmp_path) as service:
        clinic = enrolled_clinic(tmp_path, service.new_code("clinic"), service.url)
        with clinic.open_store() as store:
            other = make_case(store, tmp_path / "files", name="Ravi Kumar", sizes=(300_000,))
            second_bundle = submit_case(store, clinic.data_dir, other).bundle_id
        cli = Cli(clinic.data_dir, tmp_path / "home")

        results = _run_together([("--json", "sync", "--once")] * 2, cli)

        _assert_all_done(results)
        sent = [b["bundle_id"] for r in results for b in r.json["sent"]]
        assert sorted(set(sent)) == sorted([clinic.bundle_id, second_bundle])
        # Each bundle is at the service once, committed, and the clinic holds its receipt.
        held = service_bundles(service.data_dir)
        assert sorted(b.bundle_id for b in held) == sorted([clinic.bundle_id, second_bundle])
        assert all(b.state in ("committed", "checked") for b in held), held
        with clinic.open_store() as store:
            entries = outbox.list_entries(store)
            assert {e.bundle_id for e in entries} == {clinic.bundle_id, second_bundle}
            assert [(e.state, bool(e.receipt_at)) for e in entries] == [("sent", True)] * 2
            for case_id in (clinic.case_id, other):
                assert cases.get_case(store, case_id).status.value in ("delivered", "assigned")


def test_a_write_that_cannot_get_its_turn_says_so_in_one_line(tmp_path):
    cli = Cli(tmp_path / "data", tmp_path / "home")
    cli.new_case(name="Asha Sharma")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_WRITE_LOCK, str(cli.data_dir), TEST_PASSPHRASE],
        cwd=REPO,
        env=cli.env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        waiting = _start(cli, *_case_new("Ravi Kumar"), script=_IMPATIENT_CLI)
        out, err = waiting.communicate("go\n", timeout=DEADLINE_SECONDS)
    finally:
        holder.kill()
        holder.wait()
    lines = [line for line in err.splitlines() if line.strip()]
    assert waiting.returncode == 1
    assert lines == [wording.store.error_text("store_busy")]
    assert json.loads(out)["error"]["code"] == "store_busy"
    # Nothing half-saved: the held write is gone and so is the one that gave up.
    assert [row["patient_name"] for row in cli.list_json()] == ["Asha Sharma"]


# Another program in the middle of a long write: holds the write lock until killed.
_HOLD_WRITE_LOCK = """
import sys, time
from pathlib import Path
from local_store.store import Store
store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[2])
def hold():
    print("holding", flush=True)
    time.sleep(600)
store.write(hold)
"""


def test_case_list_beside_two_writers_answers_with_what_was_saved(tmp_path):
    cli = Cli(tmp_path / "data", tmp_path / "home")
    cli.new_case(name="Asha Sharma")
    results = _run_together(
        [_case_new("Ravi Kumar"), ("--json", "case", "list"), _case_new("Sunita Devi")], cli
    )
    _assert_all_done(results)
    seen = {row["patient_name"] for row in results[1].json}
    assert "Asha Sharma" in seen and seen <= {"Asha Sharma", "Ravi Kumar", "Sunita Devi"}
    with Store.open(cli.data_dir, passphrase=TEST_PASSPHRASE) as store:
        assert len(cases.list_cases(store)) == 3
