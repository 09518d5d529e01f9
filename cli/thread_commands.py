"""`ask CASE TEXT [--attach FILE]...` (the clinic) and `answer CASE MESSAGE_ID TEXT` (the
specialist): follow-up questions on a case and their answers, written and signed offline and
sent at the next `casebridge sync` (sync/thread_send.py, through casework.follow_up, as the
desktop writes them). `--attach` files are imported into the case first, the usual way, and go
ahead of the question as a small update bundle. The
thread itself is printed by cli/thread_view.py. Exit codes: 0 done, 1 failed.
Thread-safety: one command per process.
"""

from __future__ import annotations

from pathlib import Path

from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from wording.store import error_text
from wording.sync import SYNC_ERROR
from wording.thread import CLI_THREAD_WORDS, thread_error_text


def add_parsers(commands, common) -> None:
    ask = commands.add_parser(
        "ask",
        parents=[common],
        help="a follow-up question to the specialist about a case already sent",
        description="Ask the specialist a follow-up question about CASE. Files given with "
        "--attach (a report that came later) are added to the case and sent first as a small "
        "update. Everything goes at the next 'casebridge sync'.",
    )
    ask.add_argument("case", metavar="CASE", help="case id (or its start)")
    ask.add_argument("text", metavar="TEXT", help="the question")
    ask.add_argument(
        "--attach", action="append", default=[], metavar="FILE", help="a file to send with it"
    )
    ask.set_defaults(handler=ask_command)

    answer = commands.add_parser(
        "answer",
        parents=[common],
        help="answer a clinic's follow-up question (specialist)",
        description="Answer the clinic's question MESSAGE_ID on CASE, signed with this "
        "computer's key. It goes at the next 'casebridge sync'.",
    )
    answer.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    answer.add_argument("message", metavar="MESSAGE_ID", help="the question's id (or its start)")
    answer.add_argument("text", metavar="TEXT", help="the answer")
    answer.set_defaults(handler=answer_command)


def _refused(code: str) -> Failed:
    return Failed(code, [thread_error_text(code)])


def _open(data_dir: Path):
    if not store_exists(data_dir):
        raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]])
    return open_store(data_dir)


def ask_command(args, data_dir: Path) -> int:
    from casework.follow_up import AttachRefused, ask_question
    from local_store import cases
    from local_store.errors import CaseClosed, NotFound
    from sync.enrollment import NotEnrolled
    from sync.thread_send import ThreadRefused
    from wording.importing import import_reject_text

    with _open(data_dir) as store:
        try:
            case_id = cases.resolve_case_id(store, args.case)
        except NotFound:
            raise Failed("not_found", [error_text("not_found")]) from None
        try:
            written = ask_question(store, data_dir, case_id, args.text, args.attach)
        except AttachRefused as refused:
            reasons = [import_reject_text(r) for r in refused.reasons]
            raise Failed("attach_failed", reasons or [error_text("not_found")]) from None
        except ThreadRefused as refused:
            raise _refused(refused.code) from None
        except CaseClosed:
            raise Failed("case_closed", [error_text("case_closed")]) from None
        except NotEnrolled:
            raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
    payload = {
        "message_id": written.message_id,
        "case_id": case_id,
        "bundle_id": written.bundle_id,
        "supplement": written.supplement,
        "attachments": [f.to_json() for f in written.files],
    }
    w = CLI_THREAD_WORDS
    if written.supplement:
        text = w["asked_files"].format(
            message=written.message_id[:8],
            case=case_id[:8],
            count=len(written.files),
            bundle=written.supplement[:8],
        )
    else:
        text = w["asked"].format(message=written.message_id[:8], case=case_id[:8])
    out(payload, args.json, text)
    return EXIT_OK


def answer_command(args, data_dir: Path) -> int:
    from local_store import received
    from local_store.errors import NotFound
    from sync.enrollment import NotEnrolled
    from sync.thread_send import ThreadRefused, answer
    from wording.review import review_error_text

    with _open(data_dir) as store:
        try:
            bundle_id = received.resolve_bundle_id(store, args.case)
            written = answer(store, bundle_id, args.message, args.text)
        except NotFound:
            raise Failed("case_unknown", [review_error_text("case_unknown")]) from None
        except ThreadRefused as refused:
            raise _refused(refused.code) from None
        except NotEnrolled:
            raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
    out(
        {"message_id": written.message_id, "case_id": written.case_id, "bundle_id": bundle_id},
        args.json,
        CLI_THREAD_WORDS["answered"].format(
            message=written.message_id[:8], case=written.case_id[:8]
        ),
    )
    return EXIT_OK
