"""`import CASE PATH...` and `dicom info PATH...`: the import pipeline from a terminal.

``import`` scans the paths (folders, zips, DICOMDIR media), stores what it can in the case and
lists what it rejected with the reason and what to do; DICOM images of another patient are
refused unless ``--accept-other-patient`` is given. ``dicom info`` shows what an import would
find, without a data folder. Exit codes: 0 done, 3 some files rejected, 1 nothing imported.
Progress goes to stderr, results to stdout. Thread-safety: one command per process.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import wording
from cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    Failed,
    open_store,
    out,
    store_exists,
)
from local_store import cases

if TYPE_CHECKING:
    from local_store.importer import ImportPlan, ImportProgress, ImportReport, PatientMismatch

WORDS: dict[str, Any] = {
    "imported": "Imported {imported} file(s): {images} image(s), {documents} document(s); "
    "{studies} study(ies), {series} series, {instances} DICOM instance(s).",
    "duplicates": "{duplicates} file(s) were already in this case and were not added again.",
    "rejected": "{count} file(s) not imported:",
    "ignored": "{count} file(s) skipped (system files or viewer software on the disc).",
    "nothing": "Nothing was imported.",
    "no_files": "No files found at the given path(s).",
    "other_patient": (
        "{files} DICOM file(s) name another patient than this case ({fields}: not the same). They "
        "were not imported. Check that they belong to this patient, then run again with "
        "--accept-other-patient to add them."
    ),
    "fields": {
        "name": "name",
        "patient_id": "patient ID",
        "birth_date": "date of birth",
        "sex": "sex",
    },
    "phase": {
        "copying": "Copying from the disc",
        "extracting": "Unpacking zip",
        "scanning": "Checking files",
        "importing": "Importing",
    },
    "info_files": "{files} file(s) can be imported; {rejected} cannot.",
    "study": "Study {date} {description}  ({patient}, ID {patient_id})",
    "series": "  Series {number} {modality} {description}: {instances} instance(s)",
    "documents": "Documents and photos: {count}",
}


def add_parsers(commands, common) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import files, folders, zips and DICOM CDs into a case",
        description="Import files, folders (recursively), zip files and DICOMDIR media (CD, "
        "DVD, USB) into a case. Files already in the case are not added again.",
    )
    imp.add_argument("case", metavar="CASE", help="case id, or its first characters (4 or more)")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, zip or DICOMDIR")
    imp.add_argument(
        "--accept-other-patient",
        action="store_true",
        help="also import DICOM images whose patient name, ID or birth date differ from the case",
    )
    imp.add_argument(
        "--copy-first",
        action="store_true",
        help="copy slow removable media (CD, DVD, USB) to the computer first, then import",
    )
    imp.set_defaults(handler=import_command)

    dicom = commands.add_parser("dicom", parents=[common], help="look at DICOM files")
    actions = dicom.add_subparsers(dest="dicom_command", metavar="ACTION", required=True)
    info = actions.add_parser(
        "info",
        parents=[common],
        help="studies, series and instances found under PATH, without importing",
    )
    info.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, zip or DICOMDIR")
    info.set_defaults(handler=dicom_info)


# ---- import


def import_command(args, data_dir: Path) -> int:
    if not store_exists(data_dir):
        raise Failed("not_found", [wording.error_text("not_found")])
    progress = _StderrProgress()
    with open_store(data_dir) as store:
        from local_store import importer  # loads pydicom: only for this command

        case_id = cases.resolve_case_id(store, _case_text(args.case))
        work_dir = importer.new_work_dir(store)
        try:
            plan = importer.scan(
                args.paths, work_dir, progress=progress, copy_first=args.copy_first
            )
            patient = cases.get_case(store, case_id).patient
            mismatches = importer.patient_mismatches(plan, patient)
            report = importer.run_import(
                store,
                case_id,
                plan,
                accept_other_patients=args.accept_other_patient,
                progress=progress,
            )
        finally:
            progress.done()
            shutil.rmtree(work_dir, ignore_errors=True)
    refused = [] if args.accept_other_patient else mismatches
    out(_import_json(report, plan, refused), args.json, _import_text(report, plan))
    for mismatch in refused:
        print(_other_patient_line(mismatch), file=sys.stderr)
    if report.rejected:
        stored = report.imported + report.duplicates
        return EXIT_PARTIAL if stored else EXIT_FAILED
    if report.imported + report.duplicates == 0:
        print(WORDS["no_files"], file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _case_text(text: str) -> str:
    # resolve_case_id matches a prefix; "_" and "%" would match any case there.
    text = text.strip()
    if not text or any(c not in "0123456789abcdefABCDEF-" for c in text):
        raise Failed("not_found", [wording.error_text("not_found")])
    return text


def _import_json(report: ImportReport, plan: ImportPlan, refused: list[PatientMismatch]) -> dict:
    return {
        "imported": report.imported,
        "duplicates": report.duplicates,
        "rejected": [
            {"path": r.path, "reason": r.reason, "message": _reason_text(r.reason)}
            for r in report.rejected
        ],
        "documents": report.documents,
        "images": report.images,
        "studies": report.studies,
        "series": report.series,
        "instances": report.instances,
        "ignored": len(plan.ignored),
        "other_patients": [
            {
                "name": m.dicom.name,
                "patient_id": m.dicom.patient_id,
                "birth_date": m.dicom.birth_date or None,
                "sex": m.dicom.sex or None,
                "files": m.dicom.files,
                "differs": list(m.differs),
            }
            for m in refused
        ],
    }


def _import_text(report: ImportReport, plan: ImportPlan) -> str:
    lines = []
    if report.imported:
        lines.append(WORDS["imported"].format(**report.__dict__))
    elif not report.duplicates:
        lines.append(WORDS["nothing"])
    if report.duplicates:
        lines.append(WORDS["duplicates"].format(duplicates=report.duplicates))
    if plan.ignored:
        lines.append(WORDS["ignored"].format(count=len(plan.ignored)))
    if report.rejected:
        lines.append(WORDS["rejected"].format(count=len(report.rejected)))
        lines += [f"  {r.path}: {_reason_text(r.reason)}" for r in report.rejected]
    return "\n".join(lines)


def _reason_text(code: str) -> str:
    return wording.IMPORT_REJECT.get(code, wording.IMPORT_REJECT["unreadable"])


def _other_patient_line(mismatch: PatientMismatch) -> str:
    fields = ", ".join(WORDS["fields"][f] for f in mismatch.differs)
    return WORDS["other_patient"].format(files=mismatch.dicom.files, fields=fields)


# ---- dicom info


def dicom_info(args, data_dir: Path) -> int:
    from local_store import importer

    progress = _StderrProgress()
    with tempfile.TemporaryDirectory(prefix="casebridge-info-") as work:
        try:
            plan = importer.scan(args.paths, Path(work), progress=progress)
        finally:
            progress.done()
    info = _info_json(plan)
    out(info, args.json, _info_text(info))
    if not plan.items:
        print(WORDS["no_files"] if not plan.rejected else WORDS["nothing"], file=sys.stderr)
        return EXIT_FAILED
    return EXIT_PARTIAL if plan.rejected else EXIT_OK


def _info_json(plan: ImportPlan) -> dict:
    studies: dict[str, dict] = {}
    series: dict[str, dict] = {}
    documents = []
    for item in plan.items:
        h = item.header
        if h is None:
            documents.append({"path": item.source, "kind": item.kind, "size": item.size})
            continue
        study = studies.setdefault(
            h.study_uid,
            {
                "study_uid": h.study_uid,
                "patient_name": h.patient_name,
                "patient_id": h.patient_id,
                "birth_date": h.birth_date or None,
                "study_date": h.study_date or None,
                "description": h.study_description,
                "accession": h.accession,
                "modalities": [],
                "series": [],
            },
        )
        entry = series.get(h.series_uid)
        if entry is None:
            entry = {
                "series_uid": h.series_uid,
                "modality": h.modality,
                "description": h.series_description,
                "body_part": h.body_part,
                "number": h.series_number,
                "instances": 0,
                "items": [],
            }
            series[h.series_uid] = entry
            study["series"].append(entry)
            if h.modality and h.modality not in study["modalities"]:
                study["modalities"].append(h.modality)
        entry["instances"] += 1
        entry["items"].append(
            {
                "path": item.source,
                "sop_instance_uid": h.sop_instance_uid,
                "sop_class_uid": h.sop_class_uid,
                "instance_number": h.instance_number,
                "frames": h.frames,
                "rows": h.rows,
                "columns": h.columns,
                "transfer_syntax": h.transfer_syntax,
                "photometric": h.photometric,
                "burned_in_annotation": h.burned_in_annotation or None,
                "is_document": h.is_document,
            }
        )
    for study in studies.values():
        study["series"].sort(key=lambda s: (s["number"] is None, s["number"] or 0))
        for s in study["series"]:
            s["items"].sort(key=lambda i: (i["instance_number"] is None, i["instance_number"] or 0))
    return {
        "files": len(plan.items),
        "studies": list(studies.values()),
        "documents": documents,
        "dicomdirs": plan.dicomdirs,
        "ignored": len(plan.ignored),
        "rejected": [
            {"path": r.path, "reason": r.reason, "message": _reason_text(r.reason)}
            for r in plan.rejected
        ],
    }


def _info_text(info: dict) -> str:
    lines = [WORDS["info_files"].format(files=info["files"], rejected=len(info["rejected"]))]
    for study in info["studies"]:
        lines.append(
            WORDS["study"].format(
                date=study["study_date"] or "",
                description=study["description"],
                patient=study["patient_name"],
                patient_id=study["patient_id"],
            )
        )
        for s in study["series"]:
            lines.append(
                WORDS["series"].format(
                    number=s["number"] if s["number"] is not None else "-",
                    modality=s["modality"],
                    description=s["description"],
                    instances=s["instances"],
                )
            )
    if info["documents"]:
        lines.append(WORDS["documents"].format(count=len(info["documents"])))
    if info["rejected"]:
        lines.append(WORDS["rejected"].format(count=len(info["rejected"])))
        lines += [f"  {r['path']}: {r['message']}" for r in info["rejected"]]
    return "\n".join(lines)


# ---- progress on stderr


class _StderrProgress:
    """A one-line bar on a terminal; otherwise a plain line per phase and every tenth."""

    def __init__(self) -> None:
        self.tty = _isatty(sys.stderr)
        self.phase = ""
        self.tenth = -1
        self.open_line = False

    def __call__(self, p: ImportProgress) -> None:
        label = WORDS["phase"].get(p.phase, p.phase)
        fraction = _fraction(p)
        if self.tty:
            width = 30
            filled = int(width * fraction)
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r{label:<22} [{bar}] {p.files_done}/{p.files_total}")
            sys.stderr.flush()
            self.open_line = True
            return
        tenth = int(fraction * 10)
        if p.phase != self.phase or tenth > self.tenth:
            self.phase, self.tenth = p.phase, tenth
            print(f"{label}: {p.files_done}/{p.files_total} ({tenth * 10}%)", file=sys.stderr)

    def done(self) -> None:
        if self.open_line:
            sys.stderr.write("\n")
            sys.stderr.flush()
            self.open_line = False


def _fraction(p: ImportProgress) -> float:
    if p.bytes_total:
        return min(1.0, p.bytes_done / p.bytes_total)
    if p.files_total:
        return min(1.0, p.files_done / p.files_total)
    return 0.0


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
