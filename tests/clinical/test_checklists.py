"""Checklists per condition group: a complete case shows nothing missing; removing one required
item names it with its source; 'not needed' items are notes, never missing."""

from __future__ import annotations

import pytest

from clinical.checklists import (
    CaseEvidence,
    ChecklistError,
    DocumentEvidence,
    StudyEvidence,
    evaluate,
    guess_condition,
    load_conditions,
)

CONDITIONS = load_conditions()
GROUPS = (
    "oncology",
    "cardiology",
    "neurology",
    "orthopaedics",
    "endocrinology",
    "gastroenterology",
)

# Realistic complete cases, one per group, written as a clinic would collect them.
COMPLETE = {
    "oncology.breast": CaseEvidence(
        documents=(
            DocumentEvidence(
                "pathology_report",
                "Core biopsy left breast: invasive ductal carcinoma, grade 2. IHC: ER positive "
                "(Allred 7/8), PR positive, HER2/neu negative (1+).",
            ),
            DocumentEvidence("imaging_report", "Bilateral mammography: BIRADS 5 mass left."),
            DocumentEvidence("imaging_report", "CECT chest and abdomen: no distant spread."),
        ),
        lab_analytes=frozenset({"hemoglobin", "wbc", "platelets", "alt", "creatinine"}),
    ),
    "cardiology.heart_failure": CaseEvidence(
        documents=(
            DocumentEvidence("ecg", "Sinus rhythm, LBBB"),
            DocumentEvidence("imaging_report", "2D Echo: LVEF 30%, dilated LV."),
        ),
        lab_analytes=frozenset(
            {"nt_probnp", "creatinine", "sodium", "tsh", "hemoglobin", "alt", "hba1c"}
        ),
        studies=(StudyEvidence(frozenset({"CR"}), ("CHEST PA", "CHEST")),),
    ),
    "neurology.stroke": CaseEvidence(
        documents=(
            DocumentEvidence("imaging_report", "Carotid Doppler: 70% stenosis of left ICA."),
            DocumentEvidence("ecg", "Atrial fibrillation"),
        ),
        lab_analytes=frozenset({"glucose_random", "ldl"}),
        studies=(StudyEvidence(frozenset({"CT"}), ("NCCT HEAD", "HEAD")),),
    ),
    "orthopaedics.fracture": CaseEvidence(
        documents=(
            DocumentEvidence("discharge_summary", "ORIF with locking plate done on 3/2/2024."),
        ),
        studies=(
            StudyEvidence(frozenset({"DX"}), ("X-RAY LEFT ANKLE AP/LAT", "ANKLE")),
            StudyEvidence(frozenset({"CT"}), ("CT LEFT ANKLE", "ANKLE")),
        ),
    ),
    "endocrinology.diabetes": CaseEvidence(
        documents=(DocumentEvidence("lab_report", ""),),
        lab_analytes=frozenset({"hba1c", "creatinine", "uacr", "ldl", "alt", "tsh"}),
    ),
    "gastroenterology.liver": CaseEvidence(
        documents=(DocumentEvidence("imaging_report", "USG abdomen: coarse echotexture."),),
        lab_analytes=frozenset(
            {
                "bilirubin_total",
                "alt",
                "albumin",
                "alp",
                "hemoglobin",
                "hbsag",
                "anti_hcv",
                "ferritin",
            }
        ),
    ),
}

# For each case above: a required item, and what the clinic would lack without it.
WITHOUT = {
    # The biopsy report is there, but without the receptor results.
    "oncology.breast": ("receptors", "text", "Core biopsy: invasive ductal carcinoma, grade 2."),
    "cardiology.heart_failure": ("ntprobnp", "labs", "nt_probnp"),
    "neurology.stroke": ("brain_imaging", "studies", "CT"),
    "orthopaedics.fracture": ("xray", "studies", "DX"),
    "endocrinology.diabetes": ("hba1c", "labs", "hba1c"),
    "gastroenterology.liver": ("albumin", "labs", "albumin"),
}


def test_every_group_has_its_conditions():
    groups = {c.group for c in CONDITIONS.values()}
    assert groups == set(GROUPS)
    expected = {
        "oncology": {"breast", "colorectal", "lung", "head_neck"},
        "cardiology": {"chest_pain", "heart_failure", "arrhythmia"},
        "neurology": {"seizure", "stroke", "headache"},
        "orthopaedics": {"joint_pain", "fracture", "spine"},
        "endocrinology": {"diabetes", "thyroid"},
        "gastroenterology": {"liver", "gi_bleeding", "abdominal_pain"},
    }
    for group, names in expected.items():
        assert {c.id.split(".")[1] for c in CONDITIONS.values() if c.group == group} == names


def test_every_item_names_its_source_and_need():
    for condition in CONDITIONS.values():
        assert condition.items, condition.id
        for item in condition.items:
            assert item.source.strip() and item.item.strip()
            assert item.need in ("required", "recommended", "not_needed")


@pytest.mark.parametrize("condition_id", sorted(COMPLETE))
def test_complete_case_shows_nothing_missing(condition_id):
    result = evaluate(CONDITIONS[condition_id], COMPLETE[condition_id])

    assert result.missing == []


@pytest.mark.parametrize("condition_id", sorted(WITHOUT))
def test_missing_required_item_is_named_with_its_source(condition_id):
    item_id, field, value = WITHOUT[condition_id]
    evidence = COMPLETE[condition_id]
    if field == "text":
        first = DocumentEvidence(evidence.documents[0].kind, value)
        documents = (first, *evidence.documents[1:])
        evidence = CaseEvidence(documents, evidence.lab_analytes, evidence.studies)
    elif field == "labs":
        evidence = CaseEvidence(
            evidence.documents, evidence.lab_analytes - {value}, evidence.studies
        )
    else:
        studies = tuple(s for s in evidence.studies if value not in s.modalities)
        evidence = CaseEvidence(evidence.documents, evidence.lab_analytes, studies)

    result = evaluate(CONDITIONS[condition_id], evidence)

    [missing] = result.missing
    item = next(i for i in CONDITIONS[condition_id].items if i.id == item_id)
    assert missing == item
    assert missing.need == "required"
    assert missing.source == item.source and item.source


def test_every_condition_is_complete_with_one_piece_of_evidence_per_item():
    for condition in CONDITIONS.values():
        documents, labs, studies = [], set(), []
        for item in condition.items:
            if item.labs:
                labs.add(item.labs[0])
            elif item.studies:
                need = item.studies[0]
                studies.append(
                    StudyEvidence(frozenset(need.modalities[:1]), (" and ".join(need.regions),))
                )
            elif item.documents or item.mentions:
                kind = item.documents[0] if item.documents else "other"
                text = item.mentions[0] if item.mentions else ""
                documents.append(DocumentEvidence(kind, text))
        evidence = CaseEvidence(tuple(documents), frozenset(labs), tuple(studies))
        assert evaluate(condition, evidence).missing == [], condition.id


def test_empty_case_lists_required_before_recommended():
    result = evaluate(CONDITIONS["cardiology.heart_failure"], CaseEvidence())
    needs = [item.need for item in result.missing]

    assert needs == sorted(needs, key=("required", "recommended").index)
    assert needs.count("required") == 3


def test_not_needed_items_are_notes_never_missing():
    result = evaluate(CONDITIONS["orthopaedics.spine"], CaseEvidence())

    assert [i.id for i in result.not_needed] == ["no_routine_imaging"]
    assert "NICE NG59" in result.not_needed[0].source
    assert all(i.need != "not_needed" for i in result.missing)


def test_a_document_must_mention_the_word_when_the_item_asks_for_one():
    biopsy_only = CaseEvidence(
        (DocumentEvidence("pathology_report", "Invasive ductal carcinoma, grade 2."),)
    )
    result = evaluate(CONDITIONS["oncology.breast"], biopsy_only)
    missing = {i.id for i in result.missing}

    assert "histopathology" not in missing
    assert "receptors" in missing  # no ER, PR or HER2 result in the report


@pytest.mark.parametrize(
    ("specialty", "diagnosis", "expected"),
    [
        ("oncology", "Carcinoma rectum, post chemo", "oncology.colorectal"),
        ("oncology", "Ca left breast", "oncology.breast"),
        ("oncology", "", None),  # no guess rather than the wrong cancer
        ("cardiology", "", "cardiology.chest_pain"),
        ("cardiology", "DCM with heart failure, LVEF 25%", "cardiology.heart_failure"),
        ("neurology", "Recurrent seizures since childhood", "neurology.seizure"),
        ("general_medicine", "Type 2 diabetes mellitus", "endocrinology.diabetes"),
        ("gastroenterology", "Upper GI bleed, melaena", "gastroenterology.gi_bleeding"),
        ("dermatology", "Psoriasis", None),
    ],
)
def test_condition_guessed_from_specialty_and_diagnosis(specialty, diagnosis, expected):
    assert guess_condition(specialty, diagnosis) == expected


def test_a_malformed_checklist_is_refused_with_its_file_name(tmp_path):
    (tmp_path / "broken.toml").write_text(
        'group = "x"\n[[condition]]\nid = "a"\ntitle = "A"\n'
        '[[condition.item]]\nid = "i"\nitem = "I"\nneed = "maybe"\nsource = "S"\n',
        encoding="utf-8",
    )

    with pytest.raises(ChecklistError, match=r"broken\.toml"):
        load_conditions(tmp_path)
