"""Cases with real attachments in a real store, for sync tests."""

from __future__ import annotations

import os
from pathlib import Path

from local_store import attachments, cases
from local_store.models import Patient, Referral, Urgency


def make_case(
    store,
    folder: Path,
    *,
    name: str = "Asha Verma",
    sizes: tuple[int, ...] = (200_000, 30_000),
    urgent: bool = False,
    specialty: str = "cardiology",
) -> str:
    case_id = cases.create_case(
        store,
        Patient(name=name, age_years=52),
        referral=Referral(
            specialty=specialty,
            questions=["Is surgery still an option?"],
            urgency=Urgency.URGENT if urgent else Urgency.ROUTINE,
        ),
    )
    folder.mkdir(parents=True, exist_ok=True)
    for number, size in enumerate(sizes):
        path = folder / f"{case_id[:8]}-photo-{number}.bin"
        path.write_bytes(os.urandom(size))
        attachments.add_file(store, case_id, path)
    return case_id


def received_ct_case(clinic, specialist, service, folder: Path) -> tuple[str, str]:
    """A cardiology case as the clinic makes it (intake, consent, two questions, a timeline, a
    lab report, a photo), with a CT series and a key image, sent by the clinic and fetched by
    the specialist. Returns (the bundle id, the specialist's local case id)."""
    from local_store import dicom_index, importer, key_images
    from sync.engine import SyncEngine
    from sync.submit import submit_case
    from testdata.dicom import SUNITA, ct_series
    from tests.sync.test_review_cli import clinic_case

    case_id = clinic_case(clinic, folder)
    ct_series(folder / "ct", 6, size=96, series_number=2, description="CT CHEST", patient=SUNITA)
    with importer.work_dir(clinic) as work:
        plan = importer.scan([folder / "ct"], work)
        importer.run_import(clinic, case_id, plan, accept_other_patients=True)
    [series] = [s for st in dicom_index.list_studies(clinic, case_id) for s in st.series]
    key_images.add_key_image(
        clinic, case_id, series.instance_refs[2].sop_instance_uid, 0, "cardiomegaly"
    )
    submitted = submit_case(clinic, folder / "clinic", case_id)
    assert SyncEngine(clinic, folder / "clinic").run_once().sent == [submitted.bundle_id]
    service.wait_idle()
    [(bundle_id, local)] = SyncEngine(specialist, folder / "specialist").run_once().fetched
    return bundle_id, local
