"""Fixtures for import tests: a case in a real encrypted store, and a helper that scans and
imports the way the desktop and CLI do (work folder created and removed around it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from local_store import cases, importer
from local_store.models import Patient, Sex


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
