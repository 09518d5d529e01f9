"""A real case for the screen models: two imported CT series (a key image in the thin one), a
PDF report, and one DICOM file attached as a plain file, so the index has no rows for it."""

from __future__ import annotations

import pytest

from local_store import attachments
from testdata.dicom import ct_series
from tests.support.case_setup import two_series_case


@pytest.fixture
def case_id(store, tmp_path):
    case = two_series_case(store, tmp_path / "cd")
    loose = ct_series(tmp_path / "loose", 1, size=64, series_number=9, start=40, name="loose.dcm")
    attachments.add_file(store, case, loose[0])
    return case
