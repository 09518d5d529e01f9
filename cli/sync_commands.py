"""`enroll`, `submit` and `sync`: joining an opinion service, queueing a case, sending it.

`sync --once` drains the outbox and reads the feed, then exits: 0 when everything is sent, 3
when a bundle failed or the service could not be reached with cases still waiting, 1 on an
error. `sync --watch` keeps going until interrupted. A second `sync` on the same data folder
waits for the first to finish (``folder_lock.SENDING``), then sends what is left. Progress
goes to stderr (a line per file step with percent, speed and time left), results to stdout.
Thread-safety: one command per process; the engine runs on the main thread and a signal sets
its cancel flag.
"""

from __future__ import annotations

import math
import signal
import sys
import threading
from pathlib import Path

from cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_PARTIAL,
    Failed,
    open_store,
    out,
    require_app_closed,
    store_exists,
)
from local_store import folder_lock
from wording.deid import CLI_DEID_WORDS
from wording.review import CLI_REVIEW_WORDS, review_error_text
from wording.store import error_text
from wording.sync import CLI_SYNC_WORDS, SYNC_ERROR, SYNC_STATE, sync_error_text
from wording.thread import CLI_THREAD_WORDS, thread_error_text
from wording.units import rate_text, size_text, time_left_text


def add_parsers(commands, common) -> None:
    enroll = commands.add_parser(
        "enroll",
        parents=[common],
        help="register this device with an opinion service",
        description="Register this device with an opinion service using a one-time code from "
        "its administrator. Prints the device id and the service's key fingerprint.",
    )
    enroll.add_argument("service_url", metavar="SERVICE_URL", help="e.g. https://opinions.example")
    enroll.add_argument("code", metavar="CODE", help="the one-time code, e.g. K7QF-93XD-PL2M")
    enroll.add_argument(
        "--role",
        choices=("clinic", "specialist"),
        help="only a check: the code decides the role, and one of another role is refused",
    )
    enroll.set_defaults(handler=enroll_command)

    submit = commands.add_parser(
        "submit",
        parents=[common],
        help="build a case's bundle and put it in the outbox",
        description="Build the encrypted, signed bundle of a case for the enrolled opinion "
        "service and queue it; `casebridge sync` sends it.",
    )
    submit.add_argument("case", metavar="CASE", help="case id, or its first characters")
    submit.add_argument(
        "--series", action="append", metavar="UID", help="send only these DICOM series (repeat)"
    )
    submit.add_argument(
        "--deidentify",
        action="store_true",
        help="remove identity from DICOM; documents and photos are then left out",
    )
    submit.set_defaults(handler=submit_command)

    sync = commands.add_parser(
        "sync",
        parents=[common],
        help="send the outbox and read the service's status feed",
        description="Send queued cases and read what the service did with them; on a "
        "specialist's computer also fetch the cases offered to it, on a clinic's receive the "
        "opinions on its cases. Exit codes: 0 everything "
        "sent and fetched, 3 something failed or the service could not be reached with cases "
        "waiting, 1 error.",
    )
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="stop when done or offline (the default)")
    mode.add_argument("--watch", action="store_true", help="keep sending until interrupted")
    sync.add_argument(
        "--max-rate",
        type=float,
        metavar="KBPS",
        help="bandwidth cap in kilobytes per second (1 KB = 1000 bytes); default: the "
        "saved setting, else none",
    )
    sync.set_defaults(handler=sync_command)


def _sync_failed(code: str) -> Failed:
    return Failed(code, [sync_error_text(code)])


def enroll_command(args, data_dir: Path) -> int:
    from sync.enrollment import EnrollmentRefused, enroll
    from sync.transport import Offline, ProtocolError, ServerBusy

    require_app_closed(data_dir)
    with open_store(data_dir) as store:
        try:
            enrollment = enroll(store, args.service_url, args.code, role=args.role)
        except EnrollmentRefused as exc:
            raise _sync_failed(exc.code) from None
        except (Offline, ServerBusy) as exc:
            raise _sync_failed(exc.code) from None
        except ProtocolError as exc:
            raise _sync_failed(exc.code) from None
    payload = {
        "device_id": enrollment.device_id,
        "role": enrollment.role,
        "specialties": list(enrollment.specialties),
        "profile": dict(enrollment.profile),
        "service_url": enrollment.service_url,
        "service_id": enrollment.service_id,
        "service_fingerprint": enrollment.service_fingerprint,
    }
    text = "\n".join(
        [
            CLI_SYNC_WORDS["enrolled"].format(
                device_id=enrollment.device_id, role=enrollment.role, url=enrollment.service_url
            ),
            CLI_SYNC_WORDS["fingerprint"].format(fingerprint=enrollment.service_fingerprint),
        ]
    )
    out(payload, args.json, text)
    return EXIT_OK


def submit_command(args, data_dir: Path) -> int:
    from local_store import cases
    from sync.enrollment import current
    from sync.submit import submit_case

    if not store_exists(data_dir):
        raise Failed("not_found", [error_text("not_found")])
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        if current(store) is None:
            raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]])
        submitted = submit_case(
            store,
            data_dir,
            case_id,
            series_uids=set(args.series) if args.series else None,
            deidentify=args.deidentify,
        )
        files = sum(1 for _ in submitted.folder.glob("*.age"))
    payload = {
        "bundle_id": submitted.bundle_id,
        "case_id": case_id,
        "size": submitted.size_cipher,
        "files": files,
        "left_out": submitted.left_out,
        "review": submitted.review_flags,
    }
    lines = [
        CLI_SYNC_WORDS["submitted"].format(
            bundle_id=submitted.bundle_id, size=size_text(submitted.size_cipher), files=files
        )
    ]
    if submitted.left_out:
        lines.append(CLI_DEID_WORDS["left_out"].format(n=len(submitted.left_out)))
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


class _ProgressLines:
    """One stderr line per file per 10% step and per state change; never a flood."""

    def __init__(self) -> None:
        self._last: tuple[object, ...] | None = None

    def __call__(self, p) -> None:
        if p.state in ("sending", "receiving") and p.file_total:
            percent = int(100 * p.file_done / p.file_total)
            key: tuple[object, ...] = (p.state, p.bundle_id, p.file_name, percent // 10)
            if key == self._last:
                return
            self._last = key
            line = CLI_SYNC_WORDS["progress"].format(
                bundle=p.bundle_id[:8],
                file=p.file_name,
                percent=percent,
                size=size_text(p.file_total),
                speed=rate_text(p.rate),
                left=time_left_text(p.seconds_left),
            )
        else:
            key = (p.state, p.last_error)
            if key == self._last:
                return
            self._last = key
            line = SYNC_STATE.get(p.state, p.state)
            if p.last_error:
                line += f": {sync_error_text(p.last_error)}"
        print(line, file=sys.stderr, flush=True)


def sync_command(args, data_dir: Path) -> int:
    from local_store import outbox
    from sync.engine import SyncEngine
    from sync.enrollment import NotEnrolled

    if not store_exists(data_dir):
        raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]])
    require_app_closed(data_dir)
    cancel = threading.Event()

    def stop(signum, frame) -> None:
        cancel.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}

    def say_waiting() -> None:
        print(CLI_SYNC_WORDS["waiting_for_sender"], file=sys.stderr, flush=True)

    try:
        # One sender per outbox: a second `sync` waits for the first, then sends what is left.
        sending = folder_lock.held(
            data_dir, folder_lock.SENDING, wait_seconds=math.inf, cancel=cancel, on_wait=say_waiting
        )
        with sending, open_store(data_dir) as store:
            max_rate = args.max_rate * 1000 if args.max_rate else None
            engine = SyncEngine(store, data_dir, max_rate=max_rate)
            progress = _ProgressLines()
            try:
                if args.watch:
                    result = engine.watch(cancel, progress)
                else:
                    result = engine.run_once(cancel, progress)
            except NotEnrolled:
                raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
            case_of = {e.bundle_id: e.case_id for e in outbox.list_entries(store)}
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    return _report(args, result, case_of)


def _report(args, result, case_of: dict[str, str]) -> int:
    failed = [
        {"bundle_id": b, "case_id": case_of.get(b), "code": c, "message": sync_error_text(c)}
        for b, c in result.failed
    ]
    payload = {
        "sent": [{"bundle_id": b, "case_id": case_of.get(b)} for b in result.sent],
        "failed": failed,
        "offline": result.offline,
        "pending": result.pending,
        "error": result.error,
        # A specialist's device: the cases offered to it, fetched in the same run.
        "fetched": [{"bundle_id": b, "case_id": c} for b, c in result.fetched],
        "fetch_failed": [
            {"bundle_id": b, "code": c, "message": review_error_text(c)}
            for b, c in result.fetch_failed
        ],
        "to_receive": result.to_receive,
        # A clinic's device: the opinions received, and those kept out, in the same run.
        "opinions": [{"opinion_id": o, "case_id": c} for o, c in result.opinions],
        "opinion_refused": [
            {"opinion_id": o, "code": c, "message": sync_error_text(c)}
            for o, c in result.opinion_refused
        ],
        # Follow-up messages (sync/thread_send.py) sent or refused in this run.
        "messages_sent": result.messages_sent,
        "messages_failed": [
            {"message_id": m, "code": c, "message": thread_error_text(c)}
            for m, c in result.messages_failed
        ],
    }
    lines = [
        CLI_SYNC_WORDS["sent"].format(bundle_id=b, case=(case_of.get(b) or "")[:8])
        for b in result.sent
    ]
    lines += [
        CLI_SYNC_WORDS["failed"].format(
            bundle_id=f["bundle_id"], case=(f["case_id"] or "")[:8], words=f["message"]
        )
        for f in failed
    ]
    lines += [
        CLI_REVIEW_WORDS["fetched"].format(bundle=b[:8], case=c[:8]) for b, c in result.fetched
    ]
    lines += [
        CLI_REVIEW_WORDS["fetch_failed"].format(bundle=b[:8], words=review_error_text(c))
        for b, c in result.fetch_failed
    ]
    lines += [
        CLI_SYNC_WORDS["opinion_received"].format(opinion=o[:8], case=c[:8])
        for o, c in result.opinions
    ]
    lines += [
        CLI_SYNC_WORDS["opinion_refused"].format(opinion=o[:8], words=sync_error_text(c))
        for o, c in result.opinion_refused
    ]
    lines += [CLI_THREAD_WORDS["sent"].format(message=m[:8]) for m in result.messages_sent]
    lines += [
        CLI_THREAD_WORDS["send_failed"].format(message=m[:8], words=thread_error_text(c))
        for m, c in result.messages_failed
    ]
    if result.offline:
        lines.append(sync_error_text("offline"))
    if result.error:
        lines.append(sync_error_text(result.error))
    received_any = result.fetched or result.fetch_failed or result.to_receive
    if received_any and not result.sent and not failed and not result.pending:
        lines.append(
            CLI_REVIEW_WORDS["fetch_summary"].format(
                fetched=len(result.fetched),
                failed=len(result.fetch_failed),
                waiting=result.to_receive,
            )
        )
    elif not result.sent and not failed and not result.pending and not result.offline:
        if not (
            result.opinions
            or result.opinion_refused
            or result.messages_sent
            or result.messages_failed
        ):  # else the lines above say it
            lines.append(CLI_SYNC_WORDS["nothing"])
    else:
        lines.append(
            CLI_SYNC_WORDS["summary"].format(
                sent=len(result.sent), failed=len(failed), pending=result.pending
            )
        )
    out(payload, args.json, "\n".join(lines))
    if result.error:
        return EXIT_FAILED
    if failed or result.pending or result.fetch_failed or result.to_receive:
        return EXIT_PARTIAL
    if result.opinion_refused or result.messages_failed:
        return EXIT_PARTIAL
    return EXIT_OK
