"""A real case for the screen models: two imported CT series (a key image in the thin one), a
PDF report, and one DICOM file attached as a plain file, so the index has no rows for it."""

from __future__ import annotations

import pytest

from local_store import attachments, cases, dicom_index, importer, key_images
from local_store.models import Patient, Referral, Sex
from testdata.dicom import ct_series


@pytest.fixture
def case_id(store, tmp_path):
    case = cases.create_case(
        store,
        Patient(name="Asha Verma", sex=Sex.FEMALE, age_years=52),
        referral=Referral(specialty="oncology", questions=["Is surgery still an option?"]),
    )
    source = tmp_path / "cd"
    ct_series(source / "a", 4, size=64, series_number=1, description="CT CHEST 5MM")
    ct_series(source / "b", 3, size=64, series_number=2, description="CT CHEST 1MM", start=10)
    (source / "report.pdf").write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    plan = importer.scan([source], importer.new_work_dir(store))
    report = importer.run_import(store, case, plan, accept_other_patients=True)
    assert report.imported == 8, report
    series = [s for study in dicom_index.list_studies(store, case) for s in study.series]
    marked = next(s for s in series if "1MM" in s.description)
    key_images.add_key_image(store, case, marked.instance_refs[0].sop_instance_uid, 0, "mass")
    loose = ct_series(tmp_path / "loose", 1, size=64, series_number=9, start=40, name="loose.dcm")
    attachments.add_file(store, case, loose[0])
    return case
