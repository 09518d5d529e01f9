"""Every checklist item, one by one: evidence a clinic would have that meets it, and a near miss
that must not (a chest CT for "CT chest and abdomen", an abdominal ultrasound for an echo, a
haemoglobin for HbA1c). Adding an item to resources/checklists without its pair here fails."""

from __future__ import annotations

import pytest

from clinical.body_regions import regions_in
from clinical.catalog import ANALYTES
from clinical.checklists import (
    CaseEvidence,
    ChecklistError,
    DocumentEvidence,
    StudyEvidence,
    evaluate,
    load_conditions,
)

CONDITIONS = load_conditions()
ITEMS = {
    f"{condition.id}.{item.id}": (condition, item)
    for condition in CONDITIONS.values()
    for item in condition.items
}


def study(modalities: str, *labels: str) -> CaseEvidence:
    """One study: "PT+CT" for a study of two modalities; labels are its description(s) and
    body part examined, as the DICOM headers carry them."""
    return CaseEvidence(studies=(StudyEvidence(frozenset(modalities.split("+")), labels),))


def report(text: str, kind: str = "imaging_report") -> CaseEvidence:
    return CaseEvidence(documents=(DocumentEvidence(kind, text),))


ECG = (study("ECG", "12 LEAD ECG"), study("US", "2D ECHO", "HEART"))

# condition.item: (a study that meets the item, one that must not), as DICOM headers read.
STUDIES: dict[str, tuple[CaseEvidence, CaseEvidence]] = {
    "cardiology.chest_pain.ecg": ECG,
    "cardiology.chest_pain.anatomy": (
        study("CT", "CT CORONARY ANGIOGRAPHY", "HEART"),
        study("CT", "CT CHEST PLAIN", "CHEST"),
    ),
    "cardiology.heart_failure.echo": (
        study("US", "2D ECHO", "HEART"),
        study("US", "USG WHOLE ABDOMEN", "ABDOMEN"),
    ),
    "cardiology.heart_failure.ecg": ECG,
    "cardiology.heart_failure.chest_xray": (
        study("DX", "CHEST PA", "CHEST"),
        study("DX", "X-RAY KNEE AP/LAT", "KNEE"),
    ),
    "cardiology.arrhythmia.ecg": ECG,
    "cardiology.arrhythmia.echo": (
        study("US", "ECHOCARDIOGRAPHY"),
        study("US", "USG NECK", "NECK"),
    ),
    "gastroenterology.liver.ultrasound": (
        study("US", "USG WHOLE ABDOMEN", "ABDOMEN"),
        study("CT", "CECT ABDOMEN", "ABDOMEN"),
    ),
    "gastroenterology.abdominal_pain.ultrasound": (
        study("US", "US ABDOMEN"),
        study("US", "USG PELVIS", "PELVIS"),
    ),
    "gastroenterology.abdominal_pain.ct_older": (
        study("CT", "CECT ABDOMEN AND PELVIS", "ABDOMENPELVIS"),
        study("CT", "CT CHEST", "CHEST"),
    ),
    "neurology.seizure.mri": (
        study("MR", "MRI BRAIN EPILEPSY PROTOCOL", "HEAD"),
        study("MR", "MRI LS SPINE", "LSPINE"),
    ),
    "neurology.seizure.ecg": ECG,
    "neurology.stroke.brain_imaging": (
        study("CT", "NCCT HEAD", "HEAD"),
        study("CT", "CT CHEST", "CHEST"),
    ),
    "neurology.stroke.carotid": (
        study("US", "CAROTID DOPPLER", "NECK"),
        study("US", "VENOUS DOPPLER LEFT LOWER LIMB", "LEG"),
    ),
    "neurology.stroke.ecg": ECG,
    "oncology.breast.breast_imaging": (
        study("MG", "BILATERAL MAMMOGRAPHY", "BREAST"),
        study("US", "USG WHOLE ABDOMEN", "ABDOMEN"),
    ),
    # The item of the clinic's complaint: a chest CT alone was counted as the staging CT.
    "oncology.breast.staging": (
        study("CT", "CECT THORAX AND ABDOMEN", "CHESTABDOMEN"),
        study("CT", "CT CHEST", "CHEST"),
    ),
    "oncology.colorectal.ct_staging": (
        study("CT", "CT CHEST ABDOMEN PELVIS", "CHESTABDPELVIS"),
        study("CT", "CECT ABDOMEN", "ABDOMEN"),
    ),
    "oncology.lung.ct_chest": (
        study("CT", "CECT THORAX + UPPER ABDOMEN", "CHEST"),
        study("CT", "HRCT CHEST", "CHEST"),
    ),
    "oncology.lung.pet": (
        study("PT+CT", "PET-CT WHOLE BODY", "WHOLEBODY"),
        study("CT", "CECT CHEST", "CHEST"),
    ),
    "oncology.head_neck.local_imaging": (
        study("CT", "CECT FACE AND NECK", "NECK"),
        study("CT", "CT BRAIN", "HEAD"),
    ),
    "oncology.head_neck.chest": (
        study("CR", "CHEST PA", "CHEST"),
        study("CR", "X-RAY PNS WATERS VIEW", "SKULL"),
    ),
    "orthopaedics.joint_pain.xray_atypical": (
        study("CR", "X-RAY KNEE AP/LAT", "KNEE"),
        study("CR", "CHEST PA", "CHEST"),
    ),
    # The injured region is not known to the checklist: an X-ray of it, not a CT.
    "orthopaedics.fracture.xray": (
        study("DX", "X-RAY LEFT FOREARM AP/LAT", "ARM"),
        study("CT", "CT LEFT FOREARM", "ARM"),
    ),
    "orthopaedics.fracture.ct_complex": (
        study("CT", "CT LEFT KNEE TIBIAL PLATEAU", "KNEE"),
        study("MR", "MRI LEFT KNEE", "KNEE"),
    ),
    "orthopaedics.spine.mri_if_changes_management": (
        study("MR", "MRI THORACIC SPINE", "TSPINE"),
        study("MR", "MRI BRAIN", "HEAD"),
    ),
}


def _present(key: str, evidence: CaseEvidence) -> bool:
    condition, item = ITEMS[key]
    [status] = [s for s in evaluate(condition, evidence).items if s.item == item]
    return status.present


def _generic_pair(key: str) -> tuple[CaseEvidence, CaseEvidence]:
    """Evidence for an item without a study: its first lab against every other analyte, or a
    document of its kind naming its word against one that does not."""
    _, item = ITEMS[key]
    if item.labs:
        others = frozenset(ANALYTES) - set(item.labs)
        return CaseEvidence(lab_analytes=frozenset(item.labs[:1])), CaseEvidence(
            lab_analytes=others
        )
    kind = item.documents[0] if item.documents else "other"
    if item.mentions:
        return (
            report(f"Report: {item.mentions[0]} done on 3/2/2024.", kind),
            report("Report: reviewed, nothing further to add.", kind),
        )
    other_kind = "prescription" if kind != "prescription" else "other"
    return report("Report of 3/2/2024.", kind), report("Report of 3/2/2024.", other_kind)


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_every_item_is_met_by_its_evidence_and_not_by_a_near_miss(key):
    _, item = ITEMS[key]
    if item.need == "not_needed":
        # A note, never a gap: not listed as missing even on an empty case.
        result = evaluate(ITEMS[key][0], CaseEvidence())
        assert item in result.not_needed and item not in result.missing
        return
    if item.studies:
        assert key in STUDIES, f"{key} asks for a study: add its pair to STUDIES"
        meets, misses = STUDIES[key]
    else:
        meets, misses = _generic_pair(key)

    assert _present(key, meets)
    assert not _present(key, misses)


def test_the_table_names_only_items_that_ask_for_studies():
    assert {k for k, (_, item) in ITEMS.items() if item.studies} == set(STUDIES)


def test_two_studies_each_covering_one_region_meet_a_two_region_item():
    chest = StudyEvidence(frozenset({"CT"}), ("CT CHEST", "CHEST"))
    abdomen = StudyEvidence(frozenset({"CT"}), ("CECT ABDOMEN", "ABDOMEN"))
    chest_xray = StudyEvidence(frozenset({"CR"}), ("CHEST PA", "CHEST"))

    assert _present("oncology.breast.staging", CaseEvidence(studies=(chest, abdomen)))
    # A chest X-ray is not a CT: the regions must come from studies of the right modality.
    usg = StudyEvidence(frozenset({"US"}), ("USG ABDOMEN", "ABDOMEN"))
    assert not _present("oncology.breast.staging", CaseEvidence(studies=(chest, usg)))
    assert not _present("oncology.colorectal.ct_staging", CaseEvidence(studies=(chest_xray,)))


def test_the_region_may_come_from_the_body_part_or_a_series_alone():
    # Study described only by the scanner's protocol; the body part says what it covered.
    assert _present("oncology.breast.staging", study("CT", "ROUTINE", "CHESTABDOMEN"))
    assert _present(
        "oncology.colorectal.ct_staging", study("CT", "CT", "Thorax venous", "Abdomen pelvis")
    )


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("CECT chest and abdomen: no distant spread.", True),
        ("CECT THORAX & ABDOMEN\nImpression: no metastasis.", True),
        ("PET-CT: no FDG avid disease elsewhere.", True),
        # The chest CT report mentions the liver, in another sentence: not an abdominal CT.
        ("CECT chest: no lung nodules. Visualised liver is normal.", False),
        ("CT chest: no nodules.", False),
        ("USG abdomen: liver normal. Chest X-ray: clear.", False),
    ],
)
def test_a_report_counts_only_when_one_line_names_the_study_and_every_region(text, present):
    assert _present("oncology.breast.staging", report(text)) is present


def test_a_chest_ct_on_the_disc_and_an_abdominal_ct_report_cover_the_staging_together():
    evidence = CaseEvidence(
        documents=(DocumentEvidence("imaging_report", "CECT abdomen: no liver lesion."),),
        studies=(StudyEvidence(frozenset({"CT"}), ("CT CHEST", "CHEST")),),
    )

    assert _present("oncology.breast.staging", evidence)


@pytest.mark.parametrize(
    ("label", "regions"),
    [
        ("CT CHEST", {"chest"}),
        ("CHESTABDPELVIS", {"chest", "abdomen", "pelvis"}),
        ("MRI THORACIC SPINE", {"spine"}),  # thoracic spine is not the chest
        ("MRI CERVICAL SPINE", {"spine"}),
        ("CT C/A/P", {"chest", "abdomen", "pelvis"}),
        ("USG WHOLE ABDOMEN", {"abdomen"}),
        ("ABDOMEN_PELVIS", {"abdomen", "pelvis"}),
        ("CT CHESTER", set()),  # a word, not a fragment of one
    ],
)
def test_regions_are_read_word_by_word(label, regions):
    assert regions_in(label) == regions


@pytest.mark.parametrize(
    "study_line",
    [
        '{ modalities = ["CT"], words = ["CT"] }',  # regions not stated
        '{ modalities = ["CT"], regions = ["belly"] }',
        '{ modalities = ["CAT"], regions = [] }',
    ],
)
def test_a_study_without_stated_regions_or_with_unknown_words_is_refused(tmp_path, study_line):
    (tmp_path / "bad.toml").write_text(
        'group = "x"\n[[condition]]\nid = "a"\ntitle = "A"\n'
        '[[condition.item]]\nid = "i"\nitem = "I"\nneed = "required"\nsource = "S"\n'
        f"studies = [{study_line}]\n",
        encoding="utf-8",
    )

    with pytest.raises(ChecklistError, match=r"bad\.toml"):
        load_conditions(tmp_path)
