"""`opinion print CASE --out FILE.pdf [--patient] [--lang en|hi]`: a received opinion as a PDF,
for the referring doctor (the whole opinion) or, with ``--patient``, the summary for the patient
in English or Hindi: the same printouts the desktop's Opinion tab prints (printing.opinion_pdf).

The PDF needs Qt's text layout (Devanagari shaping), so this command alone starts an offscreen
QGuiApplication (printing.offscreen), after the store has been read; the printing modules are
imported inside the command, so every other command starts without Qt. Exit codes: 0 written,
1 failed (no opinion yet, the file could not be written).
Thread-safety: one command per process.
"""

from __future__ import annotations

from pathlib import Path

from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from wording.opinion_view import CLI_PRINT_WORDS
from wording.patient_summary import LANGUAGE_NAME, LANGUAGES
from wording.store import error_text


def add_print_parser(actions, common) -> None:
    """``print`` under the ``opinion`` command (cli.opinion_commands)."""
    command = actions.add_parser(
        "print",
        parents=[common],
        help="a received opinion as a PDF for the doctor, or the patient's summary",
        description="Write the specialist's opinion on a case as an A4 PDF: the whole opinion "
        "for the referring doctor, or with --patient a summary in plain words for the "
        "patient, in English (--lang en) or Hindi (--lang hi).",
    )
    command.add_argument("case", metavar="CASE", help="case id (or its start)")
    command.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    command.add_argument(
        "--patient", action="store_true", help="the summary for the patient (default: doctor)"
    )
    command.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="en",
        help="the language of the patient's summary (default en)",
    )
    command.set_defaults(handler=opinion_print)


def opinion_print(args, data_dir: Path) -> int:
    from casework import opinion_view
    from local_store import cases

    if not store_exists(data_dir):
        raise Failed("not_found", [error_text("not_found")])
    with open_store(data_dir) as store:
        screen = opinion_view.load(store, cases.resolve_case_id(store, args.case))
    if screen is None:
        raise Failed("no_opinion", [CLI_PRINT_WORDS["no_opinion"]])
    target = args.out if args.out.suffix.lower() == ".pdf" else Path(f"{args.out}.pdf")
    try:
        write(screen, target, patient=args.patient, language=args.lang)
    except OSError:
        raise Failed("not_written", [CLI_PRINT_WORDS["not_written"].format(path=target)]) from None
    if args.patient:
        text = CLI_PRINT_WORDS["patient"].format(path=target, language=LANGUAGE_NAME[args.lang])
    else:
        text = CLI_PRINT_WORDS["doctor"].format(path=target)
    printout = "patient" if args.patient else "doctor"
    out(
        {
            "case": screen.case_id,
            "opinion": screen.opinion_id,
            "printout": printout,
            "language": args.lang if args.patient else None,
            "path": str(target),
        },
        args.json,
        text,
    )
    return EXIT_OK


def write(screen, target: Path, *, patient: bool = False, language: str = "en") -> None:
    """``screen`` (casework.opinion_view.OpinionScreen) printed to ``target``. Raises OSError."""
    from printing import opinion_pdf
    from printing.offscreen import gui_application

    app = gui_application()  # noqa: F841 - Qt's fonts and layout need it alive while printing
    if patient:
        document = opinion_pdf.patient_document(screen, language)
    else:
        document = opinion_pdf.doctor_document(screen)
    opinion_pdf.write_pdf(document, target)
