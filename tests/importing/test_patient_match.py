"""Grading the patient check: only the outside centre's ID differing is normal (one step to
confirm); any difference of name, sex or date of birth keeps the strict check. Names compare
without regard to case, spacing, ^ and honorifics."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from local_store import importer, patient_match
from local_store.import_plan import DicomPatient
from local_store.models import Patient, Sex
from testdata.dicom import ASHA, ct_series

CASE = Patient(name="Asha Sharma", sex=Sex.FEMALE, birth_date="1972-03-15", hospital_id="PHC-0042")


def scan_patient(**changes) -> DicomPatient:
    values = dict(
        name="SHARMA ASHA", patient_id="CT-778812", birth_date="1972-03-15", sex="F",
        files=3, study_uids=("1.2.3",),
    )  # fmt: skip
    values.update(changes)
    return DicomPatient(**values)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SHARMA^ASHA", "asha sharma"),
        ("SMT^ASHA^SHARMA", "Asha Sharma"),
        ("SHARMA^ASHA^^MRS", "Mrs. Asha Sharma"),
        ("KUMAR^RAVI^^SHRI", "Ravi Kumar"),
        ("RAVIKUMAR", "Ravi Kumar"),
        ("KUMAR  RAVI", "ravi   kumar"),
        ("BABY^PRIYA", "Priya"),
        ("Kumari Meena Devi", "DEVI^MEENA"),
        ("Dr. Anil Gupta", "GUPTA^ANIL"),
    ],
)
def test_names_match_without_case_spacing_separators_or_honorifics(a, b):
    assert patient_match.same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("SHARMA^USHA", "Asha Sharma"), ("SHARMA", "Asha Sharma"), ("MRS^SHARMA", "Asha Sharma")],
)
def test_other_names_still_differ(a, b):
    assert not patient_match.same_name(a, b)


def test_only_the_outside_centres_id_differing_is_graded_normal():
    differs, agrees = patient_match.compare(scan_patient(), CASE)
    assert differs == ("patient_id",)
    assert patient_match.grade(differs, agrees) == "id_only"


@pytest.mark.parametrize(
    ("change", "differs"),
    [
        ({"name": "SHARMA^USHA"}, ("name", "patient_id")),
        ({"birth_date": "1972-03-16"}, ("patient_id", "birth_date")),
        ({"sex": "M"}, ("patient_id", "sex")),
    ],
)
def test_any_difference_of_name_birth_date_or_sex_keeps_the_strict_check(change, differs):
    found, agrees = patient_match.compare(scan_patient(**change), CASE)
    assert found == differs
    assert patient_match.grade(found, agrees) == "identity"


def test_an_id_difference_with_nothing_else_to_compare_keeps_the_strict_check():
    # An anonymised name: the ID is the only thing seen, so nothing says it is the same person.
    differs, agrees = patient_match.compare(scan_patient(name=""), CASE)
    assert differs == ("patient_id",)
    assert patient_match.grade(differs, agrees) == "identity"


def test_a_case_with_only_an_age_agrees_with_a_birth_date_giving_that_age():
    case = Patient(name="Asha Sharma", sex=Sex.FEMALE, age_years=54, hospital_id="PHC-0042")
    today = date(2026, 10, 15)
    differs, agrees = patient_match.compare(scan_patient(), case, today)
    assert patient_match.grade(differs, agrees) == "id_only"
    older = Patient(name="Asha Sharma", age_years=70, hospital_id="PHC-0042")
    differs, agrees = patient_match.compare(scan_patient(), older, today)
    assert patient_match.grade(differs, agrees) == "identity"


def test_the_import_plan_carries_the_grade(tmp_path):
    ct_series(tmp_path / "cd", 2, patient=replace(ASHA, name="SHARMA^ASHA^^SMT", patient_id="X9"))
    plan = importer.scan([tmp_path / "cd"], tmp_path / "w")
    [mismatch] = importer.patient_mismatches(plan, CASE)
    assert (mismatch.differs, mismatch.grade) == (("patient_id",), "id_only")
