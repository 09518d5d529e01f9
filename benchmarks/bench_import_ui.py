"""The desktop import path against the CLI's, and how quickly Cancel takes effect.

Generates a 300-slice 512x512 CT series, then imports it into fresh encrypted stores twice:
``scan`` + ``run_import`` called directly (as the CLI does), and through the real
``ImportDialog`` (offscreen), where scan and run_import run on the import pool and every
database write is a round trip to the store's writer, the DatabaseExecutor thread. A third run
cancels the dialog's import at about half way and measures the time from Cancel to the
summary. Prints figures and ratios; no assertions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

N_SLICES = 300
SIZE = 512
PASSPHRASE = "benchmark passphrase"


def new_store(folder: Path):
    from local_store import cases
    from local_store.models import Patient
    from local_store.store import Store

    store = Store.open(folder, passphrase=PASSPHRASE)
    return store, cases.create_case(store, Patient(name="Sunita Devi"))


def direct(source: Path, folder: Path) -> float:
    from local_store import importer

    store, case_id = new_store(folder)
    started = time.perf_counter()
    plan = importer.scan([source], folder / "work")
    importer.run_import(store, case_id, plan, accept_other_patients=True)
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed


def wait(app, condition, dialog=None, timeout_s: float = 600) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        check = getattr(dialog, "patient_check", None)
        if check is not None and check.isVisible():
            check.attach_button.click()  # the factory's patient is not the case's
        app.processEvents()
        time.sleep(0.002)
        if time.monotonic() > end:
            raise TimeoutError


def through_dialog(app, source: Path, folder: Path, cancel_at: int | None = None):
    from desktop.views.import_dialog import ImportDialog
    from desktop.workers import DatabaseExecutor, JobPool

    store, case_id = new_store(folder)
    executor = DatabaseExecutor(store)
    pool = JobPool(1)
    dialog = ImportDialog(executor, pool, case_id, [source])
    started = time.perf_counter()
    dialog.start()
    latency = None
    if cancel_at is not None:
        wait(
            app,
            lambda: (
                dialog._holder.value is not None
                and dialog.phase == "importing"
                and dialog._holder.value.files_done >= cancel_at
            ),
            dialog,
        )
        clicked = time.perf_counter()
        dialog.cancel()
        wait(app, lambda: dialog.phase == "done", dialog)
        latency = time.perf_counter() - clicked
    else:
        wait(app, lambda: dialog.phase == "done", dialog)
    elapsed = time.perf_counter() - started
    outcome = dialog.outcome
    dialog.close()
    pool.shutdown(10_000)
    executor.shutdown(10_000)
    store.close()
    return elapsed, latency, outcome


def main() -> None:
    from PySide6.QtWidgets import QApplication

    import desktop.workers  # noqa: F401  (pins None/True/False: see desktop.refcount_guard)
    from testdata.dicom import ct_series

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        source = tmp / "ct"
        ct_series(source, N_SLICES, size=SIZE)
        mib = sum(p.stat().st_size for p in source.iterdir()) / 2**20
        print(f"{N_SLICES} slices of {SIZE}x{SIZE}, {mib:.0f} MiB")

        cli = direct(source, tmp / "a")
        print(f"direct (CLI path):   {cli:6.2f} s  ({N_SLICES / cli:5.0f} files/s)")
        ui, _, outcome = through_dialog(app, source, tmp / "b")
        print(
            f"through the dialog:  {ui:6.2f} s  ({N_SLICES / ui:5.0f} files/s), "
            f"{ui / cli:.2f}x the direct time; imported {outcome.report.imported}"
        )
        _, latency, outcome = through_dialog(app, source, tmp / "c", cancel_at=N_SLICES // 2)
        print(
            f"cancel at half way: summary after {latency * 1000:.0f} ms; "
            f"{outcome.kept} files kept (cancelled: {outcome.cancelled})"
        )


if __name__ == "__main__":
    main()
