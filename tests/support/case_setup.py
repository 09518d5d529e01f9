"""Cases set up in a real store the way the clinic makes them, for the tests that need one.

``ct_case`` is a case with three CT slices and a report imported through the real importer
(``sendable_ct_case``: the same on an enrolled install, ready to be built and queued);
``two_series_case`` one with two CT series (a key image in the thin one) and a report, as the
Submit screen and its screen model show it; ``enrolled_offline`` stores the enrollment a service
gives (real keys), so a bundle can be built and queued with no service running. The scans come
from testdata. Thread-safety: plain functions, run on the test's thread.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from local_store import cases, dicom_index, importer, key_images, settings
from local_store.models import Patient, Referral, Sex
from sync import enrollment, protocol
from sync.device_keys import load_or_create
from testdata.dicom import ct_series
from testdata.documents import EMPTY_PDF

REFERRAL = Referral(specialty="oncology", questions=["Is surgery still an option?"])


def ct_case(store, source: Path) -> str:
    """Asha Verma's case: three CT slices and a PDF report, written to ``source`` and imported."""
    case_id = cases.create_case(store, Patient(name="Asha Verma", age_years=52), referral=REFERRAL)
    ct_series(source, 3, size=64)
    (source / "report.pdf").write_bytes(EMPTY_PDF)
    _import(store, case_id, source, expected=4)
    return case_id


def sendable_ct_case(store, source: Path) -> str:
    """``ct_case`` on an install enrolled offline: a bundle of it can be built and queued."""
    case_id = ct_case(store, source)
    enrolled_offline(store)
    return case_id


def two_series_case(store, source: Path) -> str:
    """Asha Verma's case: a 5 mm and a 1 mm CT series (a key image in the 1 mm one) and a PDF
    report, written to ``source`` and imported."""
    case_id = cases.create_case(
        store, Patient(name="Asha Verma", sex=Sex.FEMALE, age_years=52), referral=REFERRAL
    )
    ct_series(source / "a", 4, size=64, series_number=1, description="CT CHEST 5MM")
    ct_series(source / "b", 3, size=64, series_number=2, description="CT CHEST 1MM", start=10)
    (source / "report.pdf").write_bytes(EMPTY_PDF)
    _import(store, case_id, source, expected=8)
    series = [s for study in dicom_index.list_studies(store, case_id) for s in study.series]
    marked = next(s for s in series if "1MM" in s.description)
    key_images.add_key_image(store, case_id, marked.instance_refs[0].sop_instance_uid, 0, "mass")
    return case_id


def _import(store, case_id: str, source: Path, expected: int) -> None:
    with importer.work_dir(store) as work:
        plan = importer.scan([source], work)
        report = importer.run_import(store, case_id, plan, accept_other_patients=True)
    assert report.imported == expected, report


def enrolled_offline(store) -> None:
    """Store an enrollment with real service keys, as enrolling would, without a service."""
    signing = Ed25519PrivateKey.generate().public_key()
    raw = signing.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    chosen = enrollment.Enrollment(
        service_url="https://opinion.example.org",
        device_id=load_or_create(store).device_id,
        role="clinic",
        specialties=(),
        service_id=protocol.key_id("svc-", raw),
        service_ed25519=protocol.b64(raw),
        service_age=str(pyrage.x25519.Identity.generate().to_public()),
    )
    settings.put(store, enrollment.ENROLLMENT_KEY, asdict(chosen) | {"specialties": []})
