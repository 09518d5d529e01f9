"""The DICOM index of a case: studies, series and instances, as read from the headers.

``record_instance`` writes one instance (and its study and series, merged by UID) inside the
importer's per-file transaction; ``list_studies`` reads them back sorted for display: studies
by date, series by number, instances by number then position. Each instance points at the
attachment that holds its bytes (``attachment_id``, ``sha256``). Thread-safety: reads use the
calling thread's connection; ``record_instance`` runs inside the importer's write.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlite_utils

from local_store.connection import read
from local_store.store import Store

if TYPE_CHECKING:  # only a type here; importing it would load pydicom for every command
    from imaging.dicom_header import DicomHeader


@dataclass(frozen=True)
class InstanceRef:
    attachment_id: str
    sha256: str
    sop_instance_uid: str
    instance_number: int | None
    position: tuple[float, float, float] | None
    frames: int
    rows: int
    columns: int
    transfer_syntax: str
    photometric: str


@dataclass
class Series:
    series_uid: str
    modality: str
    description: str
    body_part: str
    number: int | None
    instances: int
    instance_refs: list[InstanceRef] = field(default_factory=list)


@dataclass
class Study:
    study_uid: str
    patient_name: str
    patient_id: str
    study_date: str
    description: str
    modalities: list[str]
    series: list[Series] = field(default_factory=list)


def has_instance(db: sqlite_utils.Database, case_id: str, sop_instance_uid: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM dicom_instances WHERE case_id = ? AND sop_instance_uid = ?",
        [case_id, sop_instance_uid],
    ).fetchone()
    return row is not None


def record_instance(
    db: sqlite_utils.Database, case_id: str, attachment_id: str, sha256: str, h: DicomHeader
) -> bool:
    """Index one instance; True if it was new. Call inside the attachment's transaction.

    The study and series rows keep the first non-empty value seen for each field, so a second
    import of the same study fills gaps but never rewrites what is there.
    """
    db.execute(
        "INSERT INTO dicom_studies (case_id, study_uid, patient_name, patient_id, birth_date,"
        " sex, study_date, description, accession, referring_physician)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (case_id, study_uid) DO UPDATE SET"
        " study_date = CASE WHEN study_date = '' THEN excluded.study_date ELSE study_date END,"
        " description = CASE WHEN description = '' THEN excluded.description"
        " ELSE description END",
        [
            case_id,
            h.study_uid,
            h.patient_name,
            h.patient_id,
            h.birth_date,
            h.sex,
            h.study_date,
            h.study_description,
            h.accession,
            h.referring_physician,
        ],
    )
    db.execute(
        "INSERT INTO dicom_series (case_id, series_uid, study_uid, modality, body_part,"
        " description, number) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (case_id, series_uid) DO UPDATE SET"
        " description = CASE WHEN description = '' THEN excluded.description"
        " ELSE description END,"
        " number = coalesce(number, excluded.number)",
        [
            case_id,
            h.series_uid,
            h.study_uid,
            h.modality,
            h.body_part,
            h.series_description,
            h.series_number,
        ],
    )
    cursor = db.execute(
        "INSERT OR IGNORE INTO dicom_instances (case_id, sop_instance_uid, series_uid,"
        " attachment_id, sha256, sop_class_uid, instance_number, position, frames, rows,"
        " columns, transfer_syntax, photometric, burned_in_annotation, is_document)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            case_id,
            h.sop_instance_uid,
            h.series_uid,
            attachment_id,
            sha256,
            h.sop_class_uid,
            h.instance_number,
            json.dumps(list(h.image_position)) if h.image_position else None,
            h.frames,
            h.rows,
            h.columns,
            h.transfer_syntax,
            h.photometric,
            h.burned_in_annotation,
            int(h.is_document),
        ],
    )
    return cursor.rowcount == 1


def list_studies(store: Store, case_id: str) -> list[Study]:
    """The case's studies with their series and instances, sorted for display."""
    db = read(store)
    studies: dict[str, Study] = {}
    for uid, name, pid, date, description in db.execute(
        "SELECT study_uid, patient_name, patient_id, study_date, description FROM dicom_studies"
        " WHERE case_id = ?",
        [case_id],
    ):
        studies[uid] = Study(uid, name, pid, date, description, [])
    series: dict[str, tuple[str, Series]] = {}
    for uid, study_uid, modality, description, body_part, number in db.execute(
        "SELECT series_uid, study_uid, modality, description, body_part, number"
        " FROM dicom_series WHERE case_id = ?",
        [case_id],
    ):
        series[uid] = (study_uid, Series(uid, modality, description, body_part, number, 0))
    for row in db.execute(
        "SELECT series_uid, attachment_id, sha256, sop_instance_uid, instance_number, position,"
        " frames, rows, columns, transfer_syntax, photometric FROM dicom_instances i"
        " WHERE case_id = ? AND NOT EXISTS (SELECT 1 FROM attachments a"
        " WHERE a.id = i.attachment_id AND a.removed_at IS NOT NULL)",
        [case_id],
    ):
        entry = series.get(row[0])
        if entry is None:
            continue
        position = tuple(json.loads(row[5])) if row[5] else None
        attachment_id, sha256, sop_uid, number = row[1:5]
        frames, rows, columns, syntax, photometric = row[6:]
        entry[1].instance_refs.append(
            InstanceRef(
                attachment_id,
                sha256,
                sop_uid,
                number,
                position,
                frames,
                rows,
                columns,
                syntax,
                photometric,
            )
        )
    for study_uid, item in series.values():
        study = studies.get(study_uid)
        if study is None or not item.instance_refs:
            continue  # every instance of it was removed with its attachment
        item.instance_refs.sort(key=_instance_order)
        item.instances = len(item.instance_refs)
        study.series.append(item)
    result = [s for s in studies.values() if s.series]
    for study in result:
        study.series.sort(key=lambda s: (s.number is None, s.number or 0, s.series_uid))
        study.modalities = sorted({s.modality for s in study.series if s.modality})
    # Newest study first, as a reader expects; undated ones last.
    result.sort(key=lambda s: (s.study_date == "", _negated(s.study_date), s.study_uid))
    return result


def _negated(iso_date: str) -> str:
    return "".join(chr(0x7F - ord(c)) for c in iso_date)


def _instance_order(ref: InstanceRef) -> tuple[object, ...]:
    z = ref.position[2] if ref.position else math.inf
    number = ref.instance_number
    return (number is None, number if number is not None else 0, z, ref.sop_instance_uid)
