"""`import CASE PATH...` and `dicom info PATH...`: the import pipeline from a terminal.

``import`` scans the paths (folders, zips, DICOMDIR media), stores what it can in the case and
lists what it rejected with the reason and what to do; DICOM images of another patient are
refused unless ``--accept-other-patient`` is given. ``dicom info`` shows what an import would
find without opening the store (zips are unpacked in the data folder's work folders, see
local_store.work_dirs). File names, paths and DICOM strings are printed through
``cli.format.shown``. Exit codes: 0 done, 3 some files rejected, 1 nothing imported.
Progress goes to stderr, results to stdout. Thread-safety: one command per process.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cli.format import shown
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
from wording.importing import CLI_IMPORT_WORDS as WORDS
from wording.importing import (
    IMPORT_PHASE,
    import_note_text,
    import_phase_text,
    import_reject_text,
)
from wording.store import error_text

if TYPE_CHECKING:
    from local_store.importer import ImportPlan, ImportProgress, ImportReport, PatientMismatch


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
        raise Failed("not_found", [error_text("not_found")])
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
            importer.remove_work_dir(work_dir)
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
        raise Failed("not_found", [error_text("not_found")])
    return text


def _import_json(report: ImportReport, plan: ImportPlan, refused: list[PatientMismatch]) -> dict:
    return {
        "imported": report.imported,
        "duplicates": report.duplicates,
        "rejected": [
            {"path": r.path, "reason": r.reason, "message": import_reject_text(r.reason)}
            for r in report.rejected
        ],
        "documents": report.documents,
        "images": report.images,
        "studies": report.studies,
        "series": report.series,
        "instances": report.instances,
        "ignored": len(plan.ignored),
        "notes": [
            {"path": n.path, "note": n.note, "message": import_note_text(n.note)}
            for n in report.notes
        ],
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
    if report.notes:
        lines.append(WORDS["notes"].format(count=len(report.notes)))
        lines += [f"  {shown(n.path)}: {import_note_text(n.note)}" for n in report.notes]
    if report.rejected:
        lines.append(WORDS["rejected"].format(count=len(report.rejected)))
        lines += [f"  {shown(r.path)}: {import_reject_text(r.reason)}" for r in report.rejected]
    return "\n".join(lines)


def _other_patient_line(mismatch: PatientMismatch) -> str:
    fields = ", ".join(WORDS["fields"][f] for f in mismatch.differs)
    return WORDS["other_patient"].format(files=mismatch.dicom.files, fields=fields)


# ---- dicom info


def dicom_info(args, data_dir: Path) -> int:
    from local_store import importer

    progress = _StderrProgress()
    # Unpacked zips hold plaintext patient files: in the data folder's swept work folders,
    # never the system temp folder, where a killed run would leave them for good.
    with importer.work_dir(data_dir) as work:
        try:
            plan = importer.scan(args.paths, work, progress=progress)
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
            {"path": r.path, "reason": r.reason, "message": import_reject_text(r.reason)}
            for r in plan.rejected
        ],
    }


def _info_text(info: dict) -> str:
    lines = [WORDS["info_files"].format(files=info["files"], rejected=len(info["rejected"]))]
    for study in info["studies"]:
        lines.append(
            WORDS["study"].format(
                date=study["study_date"] or "",
                description=shown(study["description"]),
                patient=shown(study["patient_name"]),
                patient_id=shown(study["patient_id"]),
            )
        )
        for s in study["series"]:
            lines.append(
                WORDS["series"].format(
                    number=s["number"] if s["number"] is not None else "-",
                    modality=shown(s["modality"]),
                    description=shown(s["description"]),
                    instances=s["instances"],
                )
            )
    if info["documents"]:
        lines.append(WORDS["documents"].format(count=len(info["documents"])))
    if info["rejected"]:
        lines.append(WORDS["rejected"].format(count=len(info["rejected"])))
        lines += [f"  {shown(r['path'])}: {r['message']}" for r in info["rejected"]]
    return "\n".join(lines)


# ---- progress on stderr


# The bar line fits an 80-column terminal with the longest phase sentence and "1234/5678".
LABEL_WIDTH = max(len(text) for text in IMPORT_PHASE.values())
BAR_WIDTH = 20


class _StderrProgress:
    """A one-line bar on a terminal; otherwise a plain line per phase and every tenth."""

    def __init__(self) -> None:
        self.tty = _isatty(sys.stderr)
        self.phase = ""
        self.tenth = -1
        self.open_line = False

    def __call__(self, p: ImportProgress) -> None:
        label = import_phase_text(p.phase)
        fraction = _fraction(p)
        if self.tty:
            filled = int(BAR_WIDTH * fraction)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            sys.stderr.write(f"\r{label:<{LABEL_WIDTH}} [{bar}] {p.files_done}/{p.files_total}")
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
