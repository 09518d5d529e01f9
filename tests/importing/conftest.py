"""Fixtures for import tests: a case in a real encrypted store, and a helper that scans and
imports the way the desktop and CLI do (work folder created and removed around it).

The command line, which can also run under a memory watch and a time limit (``cli``), the
real main window (``window``, ``reopen``) and its background workers (``workers``), and the
folder screenshots go to (``out_dir``) come from tests/support.

A redundant alias (``x as x``) keeps each fixture in this module's names: pytest finds a
fixture by its name in a conftest.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from local_store import cases, importer
from local_store.models import Patient, Sex
from tests.support.gui import reopen as reopen
from tests.support.gui import window as window
from tests.support.gui import workers as workers
from tests.support.screens import out_dir as out_dir
from tests.support.watch import cli as cli


@pytest.fixture
def case_id(store) -> str:
    patient = Patient(
        name="Asha Sharma", sex=Sex.FEMALE, birth_date="1972-03-15", hospital_id="PHC-0042"
    )
    return cases.create_case(store, patient)


@pytest.fixture
def do_import(store, case_id, tmp_path):
    counter = iter(range(1_000_000))

    def run(*paths: Path, **kwargs) -> importer.ImportReport:
        scan_args = {k: kwargs.pop(k) for k in ("copy_first", "zip_limits") if k in kwargs}
        work = tmp_path / f"work-{next(counter)}"
        try:
            plan = importer.scan(paths, work, **scan_args)
            return importer.run_import(store, case_id, plan, **kwargs)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return run
