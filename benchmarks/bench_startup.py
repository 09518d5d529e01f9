"""Cold start to the first window shown, against the 1.5 s budget (ARCHITECTURE section 8): the
installed (frozen) app, and ``python main.py`` from source as the reference on the same run.

Each start is a fresh process, offscreen, ``--self-test --data-dir DIR`` over a prepared
passphrase-protected data folder with 50 cases. The clock stops when the app prints "main
window shown" (desktop.app: the main window is up and its case list loaded), before the
self-test goes on to open its sample images and report; the run must still end in
"self-test ok". The frozen app is the one named by ``--app PATH``, else /opt/casebridge/casebridge
when the .deb is installed, else dist/casebridge/casebridge from installer/linux/build.sh;
without any, only the source is timed. The two take turns run by run. Prints figures and
ratios only; makes no assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUDGET_S = 1.5
RUNS = 7
PASSPHRASE = "benchmark passphrase"
SHOWN = "main window shown"
FROZEN_CANDIDATES = (
    Path("/opt/casebridge/casebridge"),
    ROOT / "dist" / "casebridge" / "casebridge",
)


def prepare(data_dir: Path) -> None:
    from local_store import cases
    from local_store.models import Patient, Referral
    from local_store.store import Store

    with Store.open(data_dir, passphrase=PASSPHRASE) as store:
        for i in range(50):
            cases.create_case(
                store,
                Patient(name=f"Benchmark patient {i}", age_years=30 + i % 50),
                referral=Referral(specialty="oncology", questions=["Is surgery needed?"]),
            )


def start_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the window shown and to the end of the self-test; ValueError if it failed."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        shown_at = None
        lines = []
        for line in process.stdout:
            lines.append(line.strip())
            if shown_at is None and line.strip() == SHOWN:
                shown_at = time.perf_counter() - started
        process.wait()
    ended = time.perf_counter() - started
    if process.returncode != 0 or shown_at is None or "self-test ok" not in lines:
        raise ValueError(f"exit {process.returncode}: " + " | ".join(lines[-3:]))
    return shown_at, ended


def measure(commands: dict[str, list[str]], env: dict[str, str]) -> dict[str, list[float]]:
    """Each command's times to the window shown; the commands take turns run by run, so a
    change in the machine's load falls on all of them alike."""
    shown: dict[str, list[float]] = {name: [] for name in commands}
    whole: dict[str, list[float]] = {name: [] for name in commands}
    try:
        # One warm-up run each fills the OS file cache (and writes .pyc files), as after an
        # install.
        for command in commands.values():
            start_once(command, env)
        for _ in range(RUNS):
            for name, command in commands.items():
                to_window, to_end = start_once(command, env)
                shown[name].append(to_window)
                whole[name].append(to_end)
    except ValueError as failed:
        print(f"self-test failed ({failed})")
        return {}
    for name in commands:
        median = statistics.median(shown[name])
        print(name)
        print("  window shown, runs (s): " + ", ".join(f"{t:.3f}" for t in shown[name]))
        print(f"  window shown, median:  {median:.3f} s  ({median / BUDGET_S:.2f} of the budget)")
        whole_median = statistics.median(whole[name])
        print(f"  whole self-test (6 CT samples, 1 PDF), median: {whole_median:.3f} s")
    return shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, help="the frozen casebridge executable")
    args = parser.parse_args()
    frozen = args.app or next((p for p in FROZEN_CANDIDATES if p.is_file()), None)

    with tempfile.TemporaryDirectory(prefix="casebridge-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        prepare(data_dir)
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            "CASEBRIDGE_PASSPHRASE": PASSPHRASE,
            "PYTHONDONTWRITEBYTECODE": "0",
        }
        options = ["--self-test", "--data-dir", str(data_dir)]
        source = "source: python main.py"
        commands = {source: [sys.executable, str(ROOT / "main.py"), *options]}
        if frozen is not None:
            commands[f"frozen: {frozen}"] = [str(frozen), *options]
        print("cold start to the first window shown (offscreen, 50 cases), budget 1.5 s")
        shown = measure(commands, env)
    if frozen is None:
        print("frozen app: none found (build it with installer/linux/build.sh, or --app PATH)")
    elif shown:
        ratio = statistics.median(shown[f"frozen: {frozen}"]) / statistics.median(shown[source])
        print(f"frozen / source: {ratio:.2f}")
    print("note: includes process start, Qt import, scrypt unlock of the key file (~0.1 s),")
    print("      SQLCipher open and migrations check, window construction, first list load.")


if __name__ == "__main__":
    main()
