"""The incoming tray: images received from a modality that wait to be filed to a case.

Each item is one received DICOM instance: its blob (already encrypted in the blob store), who
sent it (calling AE title, and whether that title is one of the clinic's known modalities), why
it waits here (``reason``) and the header fields needed to show it grouped by patient and
study. ``file_to_case`` moves items onto a case through the ordinary import pipeline
(``local_store.importer``), with the same patient check: images of another patient are filed
only when the caller explicitly accepts them. Audit rows carry hashes, counts and AE titles,
never patient data.

Thread-safety: any thread; reads use the calling thread's connection and every change is a
``Store.write``. ``file_to_case`` and ``import_blobs`` run the import pipeline on the calling
thread (a worker, never inside a write).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from foundation.cancel import check
from local_store import audit
from local_store.cases import get_case, new_id, now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import NotFound, StoreError
from local_store.store import Store

if TYPE_CHECKING:
    from local_store.import_plan import PatientMismatch

log = logging.getLogger(__name__)

# Why an item is in the tray.
REASON_TRAY = "tray"  # the receiver is set to keep everything here
REASON_PATIENT_MISMATCH = "patient_mismatch"  # sent to a case whose patient differs
REASON_CASE_MISSING = "case_missing"  # the target case no longer exists
REASON_IMPORT_FAILED = "import_failed"  # the import refused or failed; kept, not lost

PHASE_DECRYPTING = "decrypting"  # progress phase before the importer's own phases

_HEADER_FIELDS = (
    "patient_name",
    "patient_id",
    "birth_date",
    "sex",
    "study_uid",
    "study_date",
    "study_description",
    "accession",
    "series_uid",
    "series_number",
    "series_description",
    "modality",
    "sop_class_uid",
    "sop_instance_uid",
    "instance_number",
)


@dataclass(frozen=True)
class IncomingItem:
    id: str
    received_at: str
    calling_ae: str
    caller_known: bool
    reason: str
    sha256: str
    size: int
    patient_name: str = ""
    patient_id: str = ""
    birth_date: str = ""
    sex: str = ""
    study_uid: str = ""
    study_date: str = ""
    study_description: str = ""
    accession: str = ""
    series_uid: str = ""
    series_number: int | None = None
    series_description: str = ""
    modality: str = ""
    sop_class_uid: str = ""
    sop_instance_uid: str = ""
    instance_number: int | None = None


_COLUMNS = ", ".join(f.name for f in fields(IncomingItem))
_CHUNK = 500


@dataclass(frozen=True)
class IncomingStudy:
    study_uid: str
    study_date: str
    description: str
    modalities: tuple[str, ...]
    calling_aes: tuple[str, ...]
    items: tuple[IncomingItem, ...]

    @property
    def series_count(self) -> int:
        return len({item.series_uid for item in self.items})

    @property
    def item_ids(self) -> list[str]:
        return [item.id for item in self.items]


@dataclass(frozen=True)
class IncomingPatient:
    name: str
    patient_id: str
    birth_date: str
    sex: str
    studies: tuple[IncomingStudy, ...] = field(default_factory=tuple)

    @property
    def item_ids(self) -> list[str]:
        return [i for study in self.studies for i in study.item_ids]


@dataclass(frozen=True)
class ImportOutcome:
    report: Any  # the importer's ImportReport
    rejected: dict[str, str]  # blob sha256 -> the importer's reject code


@dataclass(frozen=True)
class FileReport:
    filed: int  # tray items moved onto the case
    kept: int  # items the import refused; they stay in the tray
    imported: Any  # the importer's ImportReport


class OtherPatient(StoreError):
    """The images belong to a patient other than the case's; ``mismatches`` says how."""

    code = "incoming_other_patient"

    def __init__(self, mismatches: list[PatientMismatch]) -> None:
        super().__init__(f"{len(mismatches)} other patient(s)")
        self.mismatches = mismatches


class NothingImported(StoreError):
    """The import pipeline refused every file (``reasons`` holds its reject codes)."""

    code = "incoming_not_imported"

    def __init__(self, reasons: list[str]) -> None:
        super().__init__(",".join(sorted(set(reasons))))
        self.reasons = reasons


# ---------------------------------------------------------------- recording and listing


def header_values(header: Any) -> dict[str, Any]:
    """The tray's header columns from an ``imaging.dicom_header.DicomHeader`` (or None)."""
    values: dict[str, Any] = {}
    for name in _HEADER_FIELDS:
        value = getattr(header, name, None) if header is not None else None
        if name in ("series_number", "instance_number"):
            values[name] = _int_or_none(value)
        else:
            values[name] = "" if value is None else str(value)
    return values


def blob_header(store: Store, sha256: str) -> dict[str, Any]:
    """The tray's header columns read from a stored DICOM blob (empty when unreadable)."""
    from imaging.dicom_header import read_header

    try:
        with store.blobs.decrypted_file(sha256) as path:
            header = read_header(path)
    except StoreError:
        raise
    except Exception as exc:
        # Kept anyway: the tray shows it without a name and the user can discard it.
        log.warning("received instance header unreadable: %s", type(exc).__name__)
        header = None
    return header_values(header)


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value in (None, "") else int(value)
    except (TypeError, ValueError):
        return None


@writes
def record(
    store: Store,
    *,
    sha256: str,
    size: int,
    calling_ae: str,
    caller_known: bool,
    reason: str,
    header: dict[str, Any] | None = None,
) -> tuple[IncomingItem, bool]:
    """Add one received instance to the tray; returns (item, duplicate).

    The same content received twice is kept once (the earlier item is returned).
    """
    values: dict[str, Any] = {name: "" for name in _HEADER_FIELDS} | {
        "series_number": None,
        "instance_number": None,
    }
    values |= {k: v for k, v in (header or {}).items() if k in values}
    with transaction(store) as db:
        existing = db.execute(
            f"SELECT {_COLUMNS} FROM incoming_items WHERE sha256 = ?", [sha256]
        ).fetchone()
        if existing:
            return _item(existing), True
        item = IncomingItem(
            id=new_id(),
            received_at=now_iso(),
            calling_ae=calling_ae,
            caller_known=caller_known,
            reason=reason,
            sha256=sha256,
            size=size,
            **values,
        )
        db.table("incoming_items").insert(item.__dict__ | {"caller_known": int(caller_known)})
        audit.append(
            db,
            store.actor,
            "incoming.received",
            None,
            {
                "item_id": item.id,
                "sha256": sha256,
                "size": size,
                "calling_ae": calling_ae,
                "caller_known": caller_known,
                "reason": reason,
            },
        )
    return item, False


@writes
def note_received_into_case(
    store: Store, case_id: str, sha256: str, size: int, calling_ae: str, caller_known: bool
) -> None:
    """Audit who sent an instance that the receiver imported straight into a case."""
    with transaction(store) as db:
        audit.append(
            db,
            store.actor,
            "incoming.received_into_case",
            case_id,
            {
                "sha256": sha256,
                "size": size,
                "calling_ae": calling_ae,
                "caller_known": caller_known,
            },
        )


def list_incoming(store: Store) -> list[IncomingItem]:
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM incoming_items ORDER BY patient_name, patient_id, study_date,"
        " study_uid, series_number, series_uid, instance_number, received_at",
    ).fetchall()
    return [_item(row) for row in rows]


def count(store: Store) -> int:
    return int(query(store, "SELECT count(*) FROM incoming_items").fetchone()[0])


def get_items(store: Store, item_ids: Iterable[str]) -> list[IncomingItem]:
    """The items with these ids, in the given order; raises NotFound if one is gone."""
    ids = list(dict.fromkeys(item_ids))
    by_id: dict[str, IncomingItem] = {}
    # In chunks: a long CT series can hold more ids than one statement may bind.
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        rows = query(
            store, f"SELECT {_COLUMNS} FROM incoming_items WHERE id IN ({marks})", chunk
        ).fetchall()
        by_id.update((row[0], _item(row)) for row in rows)
    if len(by_id) != len(ids):
        raise NotFound("incoming item")
    return [by_id[i] for i in ids]


def group(items: Iterable[IncomingItem]) -> list[IncomingPatient]:
    """Items grouped by patient (name and id as sent), then study, in display order."""
    patients: dict[tuple[str, str], dict[str, list[IncomingItem]]] = {}
    for item in items:
        key = (item.patient_name, item.patient_id)
        study_key = item.study_uid or f"no-study:{item.id}"
        patients.setdefault(key, {}).setdefault(study_key, []).append(item)
    result = []
    for (name, patient_id), studies in sorted(patients.items()):
        built = []
        for study_items in studies.values():
            first = study_items[0]
            built.append(
                IncomingStudy(
                    study_uid=first.study_uid,
                    study_date=first.study_date,
                    description=first.study_description,
                    modalities=tuple(sorted({i.modality for i in study_items if i.modality})),
                    calling_aes=tuple(sorted({i.calling_ae for i in study_items})),
                    items=tuple(study_items),
                )
            )
        built.sort(key=lambda s: (s.study_date, s.study_uid))
        first = next(iter(studies.values()))[0]
        result.append(IncomingPatient(name, patient_id, first.birth_date, first.sex, tuple(built)))
    return result


@writes
def discard(store: Store, item_ids: Iterable[str]) -> int:
    """Remove items from the tray; their blobs go at the next sweep. Returns how many."""
    items = get_items(store, item_ids)
    with transaction(store) as db:
        for item in items:
            db.table("incoming_items").delete(item.id)
        if items:
            audit.append(
                db,
                store.actor,
                "incoming.discarded",
                None,
                {"count": len(items), "sha256": [i.sha256 for i in items]},
            )
    return len(items)


def referenced_blobs(store: Store) -> set[str]:
    """Blob hashes the tray still needs (the orphan sweep must keep them)."""
    return {row[0] for row in query(store, "SELECT sha256 FROM incoming_items")}


def _item(row: Sequence[Any]) -> IncomingItem:
    values = list(row)
    values[3] = bool(values[3])
    return IncomingItem(*values)


# ---------------------------------------------------------------- filing to a case


def import_blobs(
    store: Store,
    sha256s: list[str],
    case_id: str,
    *,
    accept_other_patients: bool = False,
    cancel: threading.Event | None = None,
    progress: Callable[[Any], None] | None = None,
) -> ImportOutcome:
    """Import stored DICOM blobs into a case through the import pipeline; any thread.

    Raises NotFound (no such case), OtherPatient (unless ``accept_other_patients``),
    NothingImported (every file refused), Cancelled, storage errors. Plaintext exists only as
    the blob store's private temporary copies and in an import work folder
    (``local_store.work_dirs``), both deleted when this returns.
    """
    from local_store import importer  # the import pipeline; loaded only when filing

    cancel = cancel or threading.Event()
    patient = get_case(store, case_id).patient
    with contextlib.ExitStack() as stack:
        work_dir = stack.enter_context(importer.work_dir(store))
        paths = []
        for n, sha in enumerate(sha256s):
            check(cancel, "decrypt")
            paths.append(stack.enter_context(store.blobs.decrypted_file(sha)))
            if progress is not None:
                progress(importer.ImportProgress(PHASE_DECRYPTING, n + 1, len(sha256s), 0, 0))
        plan = importer.scan(paths, work_dir, cancel=cancel, progress=progress or _ignore)
        if not plan.items:
            raise NothingImported([r.reason for r in plan.rejected])
        mismatches = importer.patient_mismatches(plan, patient)
        if mismatches and not accept_other_patients:
            raise OtherPatient(mismatches)
        # The files are the blob store's temporary copies with meaningless names; name them
        # the way a person reads a series instead (no patient data in these names).
        plan.items = [dataclasses.replace(i, name=_display_name(i.header)) for i in plan.items]
        accept: Any = False
        if mismatches:
            accept = {_patient_key(m.dicom) for m in mismatches}
        report = importer.run_import(
            store,
            case_id,
            plan,
            accept_other_patients=accept,
            cancel=cancel,
            progress=progress or _ignore,
        )
        sha_of = {str(path): sha for path, sha in zip(paths, sha256s, strict=True)}
        # The report's list holds the scan's refusals and the import's (other patient).
        rejected = {sha_of[r.path]: r.reason for r in report.rejected if r.path in sha_of}
        return ImportOutcome(report, rejected)


def _display_name(header: Any) -> str:
    if header is None:
        return "received.dcm"
    modality = "".join(ch for ch in str(header.modality or "") if ch.isalnum()) or "DICOM"
    series = _int_or_none(header.series_number)
    instance = _int_or_none(header.instance_number)
    parts = [modality]
    if series is not None:
        parts.append(f"S{series}")
    if instance is not None:
        parts.append(f"I{instance:04d}")
    return "-".join(parts) + ".dcm"


def _patient_key(dicom_patient: Any) -> Any:
    key = getattr(dicom_patient, "key", None)
    return key() if callable(key) else key if key is not None else dicom_patient


def _ignore(*_args: Any) -> None:
    pass


def file_to_case(
    store: Store,
    item_ids: Iterable[str],
    case_id: str,
    *,
    accept_other_patients: bool = False,
    cancel: threading.Event | None = None,
    progress: Callable[[Any], None] | None = None,
) -> FileReport:
    """Move tray items onto a case (any thread but the writer's).

    The items leave the tray only after the import has stored them, so a failure keeps them
    where they were. Raises OtherPatient when they belong to a different patient and
    ``accept_other_patients`` is False, and NotFound when the case or an item is gone.
    """
    ids = list(item_ids)
    items = get_items(store, ids)
    outcome = import_blobs(
        store,
        [item.sha256 for item in items],
        case_id,
        accept_other_patients=accept_other_patients,
        cancel=cancel,
        progress=progress,
    )
    filed = [item for item in items if item.sha256 not in outcome.rejected]
    if filed:
        _remove_filed(store, filed, case_id)
    return FileReport(len(filed), len(items) - len(filed), outcome.report)


@writes
def _remove_filed(store: Store, items: list[IncomingItem], case_id: str) -> None:
    with transaction(store) as db:
        for item in items:
            db.table("incoming_items").delete(item.id)
        audit.append(
            db,
            store.actor,
            "incoming.filed",
            case_id,
            {"count": len(items), "sha256": [i.sha256 for i in items]},
        )
