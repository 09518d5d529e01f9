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
