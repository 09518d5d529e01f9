"""Cold start to an interactive window, against the 1.5 s budget (ARCHITECTURE section 8).

Runs ``python main.py --self-test --data-dir DIR`` several times in fresh processes (offscreen)
over a prepared passphrase-protected data folder with a few cases, and prints each time and the
median. The self-test exits once the main window is shown and the case list has loaded.
Prints figures only; makes no assertions.
"""

from __future__ import annotations

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


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="casebridge-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        prepare(data_dir)
        env = os.environ | {
            "QT_QPA_PLATFORM": "offscreen",
            "CASEBRIDGE_PASSPHRASE": PASSPHRASE,
            "PYTHONDONTWRITEBYTECODE": "0",
        }
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "--self-test",
            "--data-dir",
            str(data_dir),
        ]
        # One warm-up run fills the OS file cache and writes .pyc files, as after an install.
        subprocess.run(command, env=env, capture_output=True, check=False)
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
            elapsed = time.perf_counter() - started
            if result.returncode != 0:
                print(f"self-test failed (exit {result.returncode}): {result.stderr.strip()}")
                return
            times.append(elapsed)
    median = statistics.median(times)
    print("cold start to an interactive window (main.py --self-test, offscreen, 50 cases)")
    print("runs (s):   " + ", ".join(f"{t:.3f}" for t in times))
    print(f"median:     {median:.3f} s")
    print(f"budget:     {BUDGET_S:.3f} s")
    print(f"ratio:      {median / BUDGET_S:.2f} of budget")
    print("note: includes Python start, Qt import, scrypt unlock of the key file (~0.1 s),")
    print("      SQLCipher open and migrations check, window construction, first list load.")


if __name__ == "__main__":
    main()
