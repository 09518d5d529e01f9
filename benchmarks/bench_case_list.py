"""Case list with 10,000 cases: load and filter, against the 100 ms budget (ARCHITECTURE 8).

Creates 10,000 cases in a temporary encrypted store (one transaction through local_store's own
functions), then times: ``list_cases`` (the database read, done on the executor thread in the
app), ``CaseListModel.set_rows`` (what the GUI thread does), showing the rows in a QTableView,
and filtering the proxy by a few search texts. Prints figures and ratios; no assertions.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET_MS = 100.0
N_CASES = 10_000
REPEATS = 5

FIRST = ["Sunita", "Ramesh", "Lakshmi", "Mohammed", "Kavita", "Baldev", "Anita", "Suresh", "Priya"]
LAST = ["Devi", "Yadav", "Narayanan", "Ansari", "Kumari", "Singh", "Sharma", "Patel", "Reddy"]


def fill(store) -> None:
    from local_store import cases
    from local_store.models import SPECIALTIES, Patient, Referral

    rng = random.Random(7)

    def create_all() -> None:
        for i in range(N_CASES):
            cases.create_case(
                store,
                Patient(
                    name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    hospital_id=f"PHC-{i:05d}",
                    age_years=rng.randint(1, 90),
                ),
                referral=Referral(specialty=rng.choice(SPECIALTIES), questions=["Opinion?"]),
            )

    store.write(create_all)  # one commit: the writes inside join it


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms  ({seconds * 1000 / BUDGET_MS:.2f} of budget)"


def main() -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.views.case_list import CaseFilterProxy, CaseListModel
    from local_store import cases
    from local_store.store import Store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="casebridge-bench-") as tmp:
        store = Store.open(Path(tmp) / "data", passphrase="benchmark passphrase")
        started = time.perf_counter()
        fill(store)
        print(f"created {N_CASES} cases in {time.perf_counter() - started:.1f} s (setup)")

        reads, resets, shows = [], [], []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            rows = cases.list_cases(store)
            t1 = time.perf_counter()
            model = CaseListModel()
            proxy = CaseFilterProxy()
            proxy.setSourceModel(model)
            model.set_rows(rows)
            t2 = time.perf_counter()
            view = QTableView()
            view.setModel(proxy)
            view.resize(700, 600)
            view.show()
            app.processEvents()
            t3 = time.perf_counter()
            reads.append(t1 - t0)
            resets.append(t2 - t1)
            shows.append(t3 - t2)
            view.close()
        store.close()

        print(f"rows loaded: {len(rows)}")
        print(f"list_cases (database read, executor thread): {ms(statistics.median(reads))}")
        print(f"model.set_rows (GUI thread):                 {ms(statistics.median(resets))}")
        print(f"first paint of the table (GUI thread):       {ms(statistics.median(shows))}")
        total = statistics.median(reads) + statistics.median(resets) + statistics.median(shows)
        print(f"open, total:                                 {ms(total)}")

        view = QTableView()
        view.setModel(proxy)
        for text in ("sunita", "phc-0999", "oncology", "ready to send", "sharma devi", ""):
            timings = []
            for _ in range(REPEATS):
                proxy.set_search("")
                t0 = time.perf_counter()
                proxy.set_search(text)
                proxy.rowCount()
                timings.append(time.perf_counter() - t0)
            label = f'filter "{text}" -> {proxy.rowCount()} rows'
            print(f"{label:<44} {ms(statistics.median(timings))}")
        for column in (0, 5):
            t0 = time.perf_counter()
            proxy.sort(column)
            print(f"{'sort by column ' + str(column):<44} {ms(time.perf_counter() - t0)}")
        print(f"budget: {BUDGET_MS:.0f} ms for open and for filter")


if __name__ == "__main__":
    main()
