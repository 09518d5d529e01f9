"""Running one headless command: parse, open the data folder, act, print, return an exit code.

Owns the exit-code contract (0 done, 1 failed, 2 usage error, 3 partly done) and the rule that
a foreseeable failure is one clear line on stderr (the shared ``wording`` text for its code),
never a traceback, and never the patient data the user typed. Results go to stdout, as text or
``--json``. Thread-safety: one command per process, on the calling thread.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import wording.store
from cli import format as fmt
from cli.parser import parse
from cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Failed,
    open_store,
    out,
    store_exists,
)
from foundation.cancel import Cancelled
from local_store import attachments, cases, config, dicom_index, timeline
from local_store.audit_check import check_audit_log
from local_store.errors import InvalidIntake, StoreError
from local_store.fileutil import storage_error_for
from local_store.models import (
    SPECIALTIES,
    Consent,
    ConsentMethod,
    FieldProblem,
    Initiator,
    Patient,
    Referral,
    Sex,
    Urgency,
)
from local_store.validation import parse_date, value_problems
from wording.store import CLI_STORE_WORDS

_CASE_ID_TEXT = re.compile(r"[0-9a-fA-F-]+")

# Accepted values per field, named in the error line because a terminal has no drop-down.
_CHOICES = {
    "patient.sex": tuple(s.value for s in Sex),
    "referral.specialty": SPECIALTIES,
    "referral.urgency": tuple(u.value for u in Urgency),
    "consent.method": tuple(m.value for m in ConsentMethod if m.value),
    "consent.initiated_by": tuple(i.value for i in Initiator),
}


def run(argv: list[str]) -> int:
    _utf8_stdout()
    try:
        args = parse(argv)
    except SystemExit as exc:  # argparse: usage error (2), or --help/--version (0)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        return _dispatch(args)
    except Failed as failure:
        return _report_failure(args, failure)
    except StoreError as exc:
        return _report_failure(args, Failed(exc.code, [wording.store.error_text(exc.code)]))
    except OSError as exc:
        translated = storage_error_for(exc, "")
        code = translated.code if isinstance(translated, StoreError) else "store_error"
        # The OS message may hold a path, and paths can hold a patient's name: keep it out.
        return _report_failure(args, Failed(code, [wording.store.error_text(code)]))
    except (KeyboardInterrupt, Cancelled):
        return _report_failure(args, Failed("cancelled", [wording.store.error_text("cancelled")]))


def _utf8_stdout() -> None:
    # Patient names are often in Devanagari or other scripts; a pipe on a machine with a
    # legacy code page would otherwise crash on them (a console handles them itself).
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and not _isatty(stream) and isinstance(stream, io.TextIOWrapper):
            with contextlib.suppress(ValueError):
                stream.reconfigure(encoding="utf-8")


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _report_failure(args: argparse.Namespace, failure: Failed) -> int:
    for line in failure.lines:
        print(line, file=sys.stderr)
    if args.json:
        error: dict[str, Any] = {"code": failure.code, "message": " ".join(failure.lines)}
        if failure.problems:
            error["problems"] = failure.problems
        out({"error": error}, True)
    return EXIT_FAILED


def _dispatch(args: argparse.Namespace) -> int:
    data_dir = config.data_dir(args.data_dir)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return handler(args, data_dir)
    if args.command == "case":
        if args.case_command == "new":
            return case_new(args, data_dir)
        if args.case_command == "list":
            return case_list(args, data_dir)
        if args.case_command == "show":
            return case_show(args, data_dir)
    if args.command == "audit" and args.audit_command == "verify":
        return audit_verify(args, data_dir)
    raise AssertionError(f"parser accepted an unhandled command: {args}")


# ---- case new


def _intake_from_args(args) -> tuple[Patient, Consent, Referral, list[FieldProblem]]:
    """Build the intake from the options, collecting every problem rather than the first."""
    problems: list[FieldProblem] = []

    def choice(path: str, enum, text: str, normalise=str.lower):
        try:
            return enum(normalise(text.strip()))
        except ValueError:
            problems.append(FieldProblem(path, "invalid_choice"))
            return None

    sex = choice("patient.sex", Sex, args.sex, str.upper) or Sex.UNKNOWN
    urgency = choice("referral.urgency", Urgency, args.urgency) or Urgency.ROUTINE
    initiated_by = (
        choice("consent.initiated_by", Initiator, args.initiated_by.replace("-", "_"))
        or Initiator.PATIENT
    )
    method = ConsentMethod.NONE
    if args.consent is not None:
        method = choice("consent.method", ConsentMethod, args.consent) or ConsentMethod.NONE
        if method is ConsentMethod.NONE:
            problems.append(FieldProblem("consent.method", "invalid_choice"))
    specialty = args.specialty.strip().lower().replace(" ", "_").replace("-", "_")

    name = args.patient_name.strip()
    if not name:
        problems.append(FieldProblem("patient.name", "required"))
    questions = [q.strip() for q in args.question if q.strip()]
    if not questions:
        problems.append(FieldProblem("referral.questions", "required"))
    if not specialty:
        problems.append(FieldProblem("referral.specialty", "required"))
    given_by = (args.consent_by or "").strip()
    if args.consent is not None and not given_by:
        problems.append(FieldProblem("consent.given_by", "required"))

    patient = Patient(
        name=name,
        sex=sex,
        birth_date=(args.birth_date or "").strip() or None,
        age_years=args.age,
        hospital_id=args.patient_id.strip(),
    )
    consent = Consent(
        initiated_by=initiated_by,
        given_by=given_by,
        method=method,
        at=date.today().isoformat() if args.consent is not None else "",
    )
    referral = Referral(questions=questions, specialty=specialty, urgency=urgency)
    problems += value_problems(patient, consent, referral)
    if patient.birth_date and not any(p.field == "patient.birth_date" for p in problems):
        patient.birth_date = parse_date(patient.birth_date).isoformat()
    return patient, consent, referral, problems


def _intake_failure(problems: list[FieldProblem]) -> Failed:
    unique = list(dict.fromkeys(problems))
    return Failed(
        "invalid_intake",
        [fmt.problem_line(p, _CHOICES.get(p.field, ())) for p in unique],
        [fmt.problem_json(p) for p in unique],
    )


def case_new(args, data_dir: Path) -> int:
    patient, consent, referral, problems = _intake_from_args(args)
    if problems:
        # Checked before the folder is opened: a rejected case leaves no trace at all.
        raise _intake_failure(problems)
    with open_store(data_dir) as store:
        try:
            case_id = cases.create_case(store, patient, consent, referral)
        except InvalidIntake as exc:
            raise _intake_failure(exc.problems) from exc
    out({"id": case_id}, args.json, case_id)
    return EXIT_OK


# ---- case list / show


def case_list(args, data_dir: Path) -> int:
    from casework import case_state  # loads the sync code: only for this command

    rows = []
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            # Each row with the state every screen shows (``shown_status`` in the JSON).
            rows = case_state.case_rows(store)
    out([fmt.case_summary_json(r) for r in rows], args.json, fmt.case_list_text(rows))
    return EXIT_OK


def case_show(args, data_dir: Path) -> int:
    from casework import case_state
    from cli.opinion_commands import received_json
    from sync import opinion_inbox
    from wording.opinion import CLI_OPINION_WORDS, VERDICT

    if not store_exists(data_dir):
        raise Failed("not_found", [wording.store.error_text("not_found")])
    if not _CASE_ID_TEXT.fullmatch(args.case.strip()):
        # resolve_case_id matches with LIKE, where "_" and "%" would match any case.
        raise Failed("not_found", [wording.store.error_text("not_found")])
    from cli.thread_view import thread_json  # loads the sync code: only for this command

    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        case = cases.get_case(store, case_id)
        files = attachments.list_attachments(store, case_id)
        entries = timeline.list_entries(store, case_id)
        studies = dicom_index.list_studies(store, case_id)
        opinions = opinion_inbox.opinions_for_case(store, case_id)
        messages = thread_json(store, case_id)
        state = case_state.state_of(store, case_id)
    payload = fmt.case_json(case, files, entries, studies) | {"messages": messages}
    payload |= fmt.case_state_json(state)
    text = fmt.case_text(case, files, entries, studies)
    # The newest opinion received (a correction replaces what it corrects); `opinion show`
    # prints them all.
    payload["opinion"] = None
    if opinions:
        newest = opinions[-1]
        payload["opinion"] = received_json(newest) | {"versions": len(opinions)}
        text += "\n" + CLI_OPINION_WORDS["case_line"].format(
            verdict=VERDICT.get(newest.opinion.verdict, newest.opinion.verdict),
            name=newest.signer.name or newest.signer.device_id,
            fingerprint=newest.fingerprint,
        )
    out(payload, args.json, text)
    return EXIT_OK


# ---- audit verify


def audit_verify(args, data_dir: Path) -> int:
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            result = check_audit_log(store)
        entries, bad = result.entries, result.first_bad_entry
    else:
        entries, bad = 0, None
    payload = {"ok": bad is None, "entries": entries, "first_bad_entry": bad}
    if bad is None:
        out(payload, args.json, CLI_STORE_WORDS["audit_ok"].format(entries=entries))
        return EXIT_OK
    line = CLI_STORE_WORDS["audit_broken"].format(entry=bad, entries=entries)
    print(line, file=sys.stderr)
    if args.json:
        out(payload, True)
    return EXIT_FAILED
