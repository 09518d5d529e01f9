"""`labs FILE` and `check CASE`: lab values from one report, and what a case may be missing.

``labs`` reads a PDF or photo directly (no data folder needed) and prints every result with
its unit, printed range, bounds, flag, method (as printed) and page. ``check`` first reads any
of the case's documents not read yet, then prints the checklist items that seem missing for
the case's condition and every flagged lab value; it always exits 0 when it ran, because the
checklist suggests and never blocks. JSON keys follow the CLI contract. Progress goes to
stderr. Thread-safety: one command per process.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import wording.clinical
from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from wording.clinical import CLI_LABS_WORDS as WORDS
from wording.store import error_text

if TYPE_CHECKING:
    from clinical.models import LabResult
    from local_store.case_checklist import CaseCheck

# The modules doing the work are imported by the handlers: the parser imports this module on
# every command, and reading PDFs or the store is needed only by these two.


def add_parsers(commands, common) -> None:
    labs = commands.add_parser(
        "labs",
        parents=[common],
        help="lab values extracted from one report (PDF or photo)",
        description="Read the lab values from one report: a PDF with text, a scanned PDF or "
        "a photo (these two need the Tesseract OCR program).",
    )
    labs.add_argument("file", metavar="FILE", help="the report: PDF, JPEG or PNG")
    labs.add_argument(
        "--sex",
        default="U",
        choices=["F", "M", "O", "U"],
        help="the patient's sex, to choose ranges printed per sex (default U: unknown)",
    )
    labs.set_defaults(handler=labs_command)

    check = commands.add_parser(
        "check",
        parents=[common],
        help="missing investigations and flagged lab values of a case",
        description="Compare the case with the checklist of its condition and list what "
        "seems missing, and every lab value outside its range. Suggestions only: a case can "
        "always be sent.",
    )
    check.add_argument("case", metavar="CASE", help="case id, or its first characters (4 or more)")
    check.set_defaults(handler=check_command)


# ---- labs


def labs_command(args, data_dir: Path) -> int:
    from clinical.errors import ExtractionError
    from clinical.extract import extract_document

    path = Path(args.file)
    if not path.is_file():
        raise Failed("file_not_found", [wording.clinical.clinical_error_text("file_not_found")])
    progress = _PageProgress()
    try:
        extraction = extract_document(path, file_name=path.name, sex=args.sex, progress=progress)
    except ExtractionError as exc:
        raise Failed(exc.code, [wording.clinical.clinical_error_text(exc.code)]) from None
    finally:
        progress.done()
    rows = [lab_json(r) for r in extraction.results]
    payload = {
        "results": rows,
        "kind": extraction.kind.value,
        "date": extraction.date,
        "pages": extraction.page_count,
        "source": extraction.source.value,
        "unread_pages": list(extraction.unread_pages),
    }
    header = WORDS["document"].format(
        kind=wording.clinical.DOCUMENT_KIND[extraction.kind.value],
        date=extraction.date or WORDS["undated"],
        pages=extraction.page_count,
        source=WORDS["source"][extraction.source.value],
    )
    lines = [header]
    if extraction.unread_pages:
        lines.append(wording.clinical.clinical_error_text("pages_unread"))
    lines.append(
        labs_table(extraction.results)
        if rows
        else wording.clinical.CLINICAL_ERROR["not_a_lab_report"]
    )
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


def lab_json(result: LabResult) -> dict:
    """The contract's row: test, value, unit, reference, low, high, flag, page (+ position)."""
    return result.to_json()


def labs_table(results) -> str:
    from cli import format as fmt

    rows = [
        [
            r.test,
            r.value,
            r.unit,
            r.reference,
            wording.clinical.LAB_FLAG[r.flag.value] if r.flag else "",
            r.method,
            str(r.page),
        ]
        for r in results
    ]
    header = [WORDS[k] for k in ("col_test", "col_value", "col_unit", "col_reference")]
    header += [WORDS["col_flag"], WORDS["col_method"], WORDS["col_page"]]
    return fmt.table(header, rows)


# ---- check


def check_command(args, data_dir: Path) -> int:
    from local_store import case_checklist, cases

    if not store_exists(data_dir):
        raise Failed("not_found", [error_text("not_found")])
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, _case_text(args.case))
        _read_pending(store, case_id)
        check = case_checklist.check_case(store, case_id)
    missing = [
        {"item": i.item, "why": i.why, "source": i.source, "need": i.need, "id": i.id}
        for i in check.missing
    ]
    flags = [
        lab_json(lab.result) | {"attachment_id": lab.attachment_id, "date": lab.doc_date}
        for lab in check.flags
    ]
    not_needed = [
        {"item": i.item, "why": i.why, "source": i.source}
        for i in (check.result.not_needed if check.result else [])
    ]
    payload = {
        "missing": missing,
        "flags": flags,
        "condition": check.condition.id if check.condition else None,
        "not_needed": not_needed,
    }
    out(payload, args.json, _check_text(check))
    return EXIT_OK


def _case_text(text: str) -> str:
    # resolve_case_id matches a prefix with LIKE; "_" and "%" would match any case there.
    if not re.fullmatch(r"[0-9a-fA-F-]+", text.strip()):
        raise Failed("not_found", [error_text("not_found")])
    return text.strip()


def _read_pending(store, case_id: str) -> None:
    from local_store import document_analysis, document_kinds

    pending = document_analysis.documents_to_analyse(store, case_id)
    for done, attachment_id in enumerate(pending, start=1):
        print(WORDS["reading"].format(done=done, total=len(pending)), file=sys.stderr)
        info = document_analysis.analyse_attachment(store, attachment_id)
        if info.status == document_kinds.Status.FAILED:
            reason = wording.clinical.clinical_error_text(info.problem)
            print(WORDS["read_failed"].format(reason=reason), file=sys.stderr)


def _check_text(check: CaseCheck) -> str:
    lines: list[str] = []
    if check.condition is None:
        lines.append(wording.clinical.CHECKLIST_WORDS["no_condition"])
    else:
        lines.append(WORDS["condition"].format(title=check.condition.title))
        if check.missing:
            lines.append(wording.clinical.SUMMARY_LABEL["missing"] + ":")
            lines += [
                WORDS["missing_line"].format(
                    need=wording.clinical.CHECKLIST_NEED[i.need],
                    item=i.item,
                    why=i.why.rstrip("."),
                    source=i.source,
                )
                for i in check.missing
            ]
            lines.append(wording.clinical.CHECKLIST_WORDS["suggestion_only"])
        else:
            lines.append(wording.clinical.CHECKLIST_WORDS["nothing_missing"])
        for item in check.result.not_needed if check.result else []:
            lines.append(WORDS["not_needed"].format(item=item.item, source=item.source))
    lines.append("")
    if check.flags:
        lines.append(WORDS["flags"])
        lines.append(labs_table([lab.result for lab in check.flags]))
    else:
        lines.append(WORDS["no_flags"])
    return "\n".join(lines)


class _PageProgress:
    """Pages read, on stderr: a counter on a terminal, a line every tenth otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty() if hasattr(sys.stderr, "isatty") else False
        self.tenth = 0
        self.open_line = False

    def __call__(self, done: int, total: int) -> None:
        if total < 10:
            return
        if self.tty:
            sys.stderr.write("\r" + WORDS["pages_read"].format(done=done, total=total))
            sys.stderr.flush()
            self.open_line = True
            return
        tenth = done * 10 // total
        if tenth > self.tenth:
            self.tenth = tenth
            print(WORDS["pages_read"].format(done=done, total=total), file=sys.stderr)

    def done(self) -> None:
        if self.open_line:
            sys.stderr.write("\n")
            self.open_line = False
