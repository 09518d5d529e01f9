"""`review list | fetch | show | accept | decline`: a specialist's cases from a script or by
hand (the CLI.md contract).

`list` and `show` work offline on what this computer holds; `show` marks the case opened (the
clinic sees "in review" after the next sync). `fetch` reads the feed and fetches the cases
offered (or one, again after a refusal), with progress on stderr; `accept` and `decline` ask
the service. Exit codes: 0 done, 1 failed, 3 partly done (some case not fetched).
Thread-safety: one command per process; the engine runs on the main thread and a signal sets
its cancel flag.
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Any

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
from wording.review import (
    ASSIGNMENT_STATE,
    CLI_REVIEW_WORDS,
    FETCH_STATE,
    REFERRAL_LABELS,
    own_mark_text,
    place_text,
    review_error_text,
)
from wording.sync import SYNC_ERROR
from wording.thread import THREAD_STATE
from wording.units import size_text


def add_parsers(commands, common) -> None:
    review = commands.add_parser(
        "review", parents=[common], help="a specialist's cases: list, fetch, show, answer"
    )
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        parents=[common],
        help="cases offered to you, fetched or not",
        description="Cases offered to this computer's specialist, urgent and soonest due "
        "first, with where each one is (to fetch, ready to review, could not be fetched). "
        "Works offline.",
    )
    listing.set_defaults(handler=review_list)

    fetch = actions.add_parser(
        "fetch",
        parents=[common],
        help="fetch the cases offered to you for offline review",
        description="Read the service's feed and fetch every case offered to you (or only "
        "CASE, again after it could not be fetched). Every file is checked before the case "
        "is kept. Exit codes: 0 all fetched, 3 some not fetched, 1 error.",
    )
    fetch.add_argument("case", nargs="?", metavar="CASE", help="bundle or case id (or its start)")
    fetch.add_argument(
        "--max-rate",
        type=float,
        metavar="KBPS",
        help="bandwidth cap in kilobytes per second (1 KB = 1000 bytes)",
    )
    fetch.set_defaults(handler=review_fetch)

    show = actions.add_parser(
        "show",
        parents=[common],
        help="a fetched case as the clinic sent it",
        description="The case as the clinic sent it: intake, consent, questions, timeline, "
        "summary, checklist, documents with their lab values, files and key images, then "
        "your own key images and measurements on it. Opening it tells the clinic it is in "
        "review (at the next sync). Works offline.",
    )
    show.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    show.set_defaults(handler=review_show)

    accept = actions.add_parser("accept", parents=[common], help="accept a case offered to you")
    accept.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    accept.set_defaults(handler=review_accept)

    decline = actions.add_parser(
        "decline",
        parents=[common],
        help="decline a case offered to you (it goes to the next specialist)",
    )
    decline.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    decline.add_argument("--reason", required=True, metavar="TEXT", help="why, for the service")
    decline.set_defaults(handler=review_decline)


def _failed(code: str) -> Failed:
    return Failed(code, [review_error_text(code)])


def _bundle_id(store, text: str) -> str:
    from local_store import received
    from local_store.errors import AmbiguousId, NotFound

    try:
        return received.resolve_bundle_id(store, text)
    except NotFound:
        raise _failed("case_unknown") from None
    except AmbiguousId:
        raise  # worded by the store's words


def _require_store(data_dir: Path) -> None:
    if not store_exists(data_dir):
        raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]])


# ---- list


def _row(store, fetch) -> dict[str, Any]:
    from local_store import cases, received
    from sync.thread import thread_for_case, thread_state

    item = fetch.item.get("item") or {}
    row: dict[str, Any] = {
        "bundle_id": fetch.bundle_id,
        "case_id": None,
        "state": fetch.state,
        "assignment": fetch.assignment,
        "specialty": item.get("specialty", ""),
        "urgency": item.get("urgency", ""),
        "offered_at": item.get("at", ""),
        "due_at": item.get("due_at", ""),
        "size": fetch.size_cipher,
        "clinic": (item.get("clinic") or {}).get("name", ""),
        "patient_name": None,
        "opened": False,
        "problem": fetch.last_error,
        "problem_file": fetch.problem_file,
        "thread": "none",  # sync.thread: none, question_asked or answered
    }
    if fetch.state == received.STORED:
        kept = received.get_received(store, fetch.bundle_id)
        row["case_id"] = kept.case_id
        row["opened"] = kept.opened_at is not None
        row["patient_name"] = cases.get_case(store, kept.case_id).patient.name
        row["thread"] = thread_state(thread_for_case(store, kept.case_id))
    return row


def _update(row: dict[str, Any]) -> dict[str, Any]:
    """An update bundle as its case's row lists it: enough to fetch it again by its id."""
    return {k: row[k] for k in ("bundle_id", "state", "problem", "problem_file")}


def _new_files(row: dict[str, Any]) -> str:
    """The words after a case's line for the files its clinic added later, if any."""
    states = {u["state"] for u in row["updates"]}
    for state in ("failed", "waiting", "stored"):
        if state in states:
            return f"  {CLI_REVIEW_WORDS['new_files_' + state]}"
    return ""


def review_list(args, data_dir: Path) -> int:
    from casework.worklist import offered, update_links

    _require_store(data_dir)
    with open_store(data_dir) as store:
        everything = offered(store)
        links = update_links(store, everything)
        every_row = {f.bundle_id: _row(store, f) | {"updates": []} for f in everything}
    # One row per case: an update bundle (files added with a follow-up question) is listed
    # under its case's "updates", as the desktop's worklist folds it.
    for update_id, case_bundle in sorted(links.items()):
        every_row[case_bundle]["updates"].append(_update(every_row.pop(update_id)))
    # Urgent and soonest due first, whatever the fetch's state.
    rows = sorted(
        every_row.values(),
        key=lambda r: (r["urgency"] != "urgent", r["due_at"], r["bundle_id"]),
    )
    lines = [
        CLI_REVIEW_WORDS["row"].format(
            bundle=r["bundle_id"][:8],
            urgency=CLI_REVIEW_WORDS["urgent" if r["urgency"] == "urgent" else "routine"],
            specialty=r["specialty"],
            due=r["due_at"],
            state=FETCH_STATE.get(r["state"], r["state"]),
            offer=ASSIGNMENT_STATE.get(r["assignment"], r["assignment"]),
            patient=r["patient_name"] or "",
        )
        + (f"  {THREAD_STATE[r['thread']]}" if THREAD_STATE.get(r["thread"]) else "")
        + _new_files(r)
        for r in rows
    ]
    out({"cases": rows}, args.json, "\n".join(lines) or CLI_REVIEW_WORDS["none"])
    return EXIT_OK


# ---- fetch


def review_fetch(args, data_dir: Path) -> int:
    from cli.sync_commands import _ProgressLines
    from local_store import received
    from sync.engine import SyncEngine
    from sync.enrollment import NotEnrolled

    _require_store(data_dir)
    require_app_closed(data_dir)
    cancel = threading.Event()

    def stop(signum, frame) -> None:
        cancel.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        with open_store(data_dir) as store:
            only = None
            if args.case:
                bundle_id = _bundle_id(store, args.case)
                received.retry_fetch(store, bundle_id)
                only = {bundle_id}
            max_rate = args.max_rate * 1000 if args.max_rate else None
            engine = SyncEngine(store, data_dir, max_rate=max_rate)
            try:
                result = engine.run_once(cancel, _ProgressLines(), fetch_only=only)
            except NotEnrolled:
                raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
            waiting = [
                f.bundle_id for f in received.fetches(store) if only is None or f.bundle_id in only
            ]
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    payload = {
        "fetched": [{"bundle_id": b, "case_id": c} for b, c in result.fetched],
        "failed": [
            {"bundle_id": b, "code": c, "message": review_error_text(c)}
            for b, c in result.fetch_failed
        ],
        "withdrawn": [{"bundle_id": b, "code": c} for b, c in result.withdrawn],
        "waiting": waiting,
        "offline": result.offline,
        "error": result.error,
    }
    lines = [
        CLI_REVIEW_WORDS["fetched"].format(bundle=b[:8], case=c[:8]) for b, c in result.fetched
    ]
    lines += [
        CLI_REVIEW_WORDS["fetch_failed"].format(bundle=b[:8], words=review_error_text(c))
        for b, c in result.fetch_failed
    ]
    lines += [
        CLI_REVIEW_WORDS["withdrawn"].format(bundle=b[:8], words=review_error_text(c))
        for b, c in result.withdrawn
    ]
    if result.offline:
        lines.append(review_error_text("offline"))
    if result.error:
        lines.append(review_error_text(result.error))
    lines.append(
        CLI_REVIEW_WORDS["fetch_summary"].format(
            fetched=len(result.fetched), failed=len(result.fetch_failed), waiting=len(waiting)
        )
    )
    out(payload, args.json, "\n".join(lines))
    if result.error:
        return EXIT_FAILED
    if result.fetch_failed or waiting:
        return EXIT_PARTIAL
    return EXIT_OK


# ---- show


def review_show(args, data_dir: Path) -> int:
    from casework.review_marks import mark_json, own_marks
    from casework.worklist import open_for_review
    from local_store import received

    _require_store(data_dir)
    with open_store(data_dir) as store:
        bundle_id = _bundle_id(store, args.case)
        fetch = received.get_fetch(store, bundle_id)
        if fetch is None or fetch.state != received.STORED:
            raise _failed("not_fetched")
        payload = open_for_review(store, bundle_id)
        marks = own_marks(store, payload)
    # The local files and id map placed the marks; a script gets the case as the clinic sent it.
    del payload["attachments"], payload["local_attachment"]
    payload["own_marks"] = [mark_json(m) | {"text": _mark_text(m)} for m in marks]
    out(payload, args.json, "\n".join(_show_lines(payload)))
    return EXIT_OK


def _mark_text(mark) -> str:
    """The line the desktop shows for one of the specialist's marks, in the CLI's English."""
    from casework.review_marks import series_title

    place = mark.place
    where = place_text(
        series_title(place.modality, place.description) if place else "",
        place.instance_number if place else None,
        place.frames if place else 1,
        mark.frame,
        mark.sop_instance_uid,
    )
    return own_mark_text(mark.kind, where, note=mark.note, value=mark.value, unit=mark.unit)


def _show_lines(view: dict[str, Any]) -> list[str]:
    w = CLI_REVIEW_WORDS
    patient, consent, referral = view["patient"], view["consent"], view["referral"]
    age = patient.get("age_years")
    lines = [
        w["case"].format(
            bundle=view["bundle_id"][:8],
            clinic=view["clinic"].get("name") or view["clinic"].get("device_id", ""),
            specialty=view["specialty"],
            urgency=w["urgent" if view["urgency"] == "urgent" else "routine"],
            due=view["due_at"],
        ),
        w["patient"].format(
            name=patient.get("name", ""),
            sex=patient.get("sex", ""),
            age=patient.get("birth_date") or ("" if age is None else age),
        ),
    ]
    if consent.get("method"):
        lines.append(
            w["consent"].format(
                method=consent.get("method", ""),
                given_by=consent.get("given_by", ""),
                at=consent.get("at", ""),
                recorded_by=consent.get("recorded_by", ""),
            )
        )
    lines += [
        w["question"].format(number=n, text=q["text"]) for n, q in enumerate(view["questions"], 1)
    ]
    lines += [
        w["field"].format(label=label, value=referral[key])
        for key, label in REFERRAL_LABELS.items()
        if referral.get(key)
    ]
    if view["timeline"]:
        lines.append(w["timeline"])
        lines += [
            w["timeline_row"].format(date=t.get("date"), text=t.get("text"))
            for t in view["timeline"]
        ]
    summary = view["summary"]
    if isinstance(summary, dict) and _summary_text(summary):
        lines.append(w["summary"])
        lines += [f"  {line}" for line in _summary_text(summary)]
    checklist = view["checklist"]
    if checklist:
        missing = checklist.get("missing") or []
        lines.append(
            w["checklist"].format(condition=checklist.get("condition") or "-", missing=len(missing))
        )
        lines += [w["checklist_row"].format(item=m.get("item"), why=m.get("why")) for m in missing]
    names = {f["attachment_id"]: f["name"] for f in view["files"]}
    if view["documents"]:
        lines.append(w["documents"])
        for d in view["documents"]:
            lines.append(
                w["document_row"].format(
                    kind=d.get("kind", ""),
                    date=d.get("date") or "",
                    name=names.get(d["attachment_id"], ""),
                )
            )
            lines += [
                w["lab_row"].format(
                    test=lab.get("test", ""),
                    value=lab.get("value", ""),
                    unit=lab.get("unit") or "",
                    flag=lab.get("flag") or "",
                )
                for lab in d["labs"]
            ]
    total = sum(f.get("size") or 0 for f in view["files"])
    lines.append(w["files"].format(count=len(view["files"]), size=size_text(total)))
    lines += [
        w["file_row"].format(
            kind=f.get("kind") or "", size=size_text(f.get("size") or 0), name=f.get("name")
        )
        for f in view["files"]
    ]
    if view["key_images"]:
        lines.append(w["key_images"])
        lines += [
            w["key_image_row"].format(
                uid=k.get("sop_instance_uid", ""), frame=k.get("frame", 0), note=k.get("note", "")
            )
            for k in view["key_images"]
        ]
    if view["own_marks"]:
        lines.append(w["own_marks"])
        lines += [w["own_mark_row"].format(text=m["text"]) for m in view["own_marks"]]
    lines.append(w["in_review"])
    return lines


def _summary_text(summary: dict[str, Any]) -> list[str]:
    """The clinic's generated summary (clinical.summary.CaseSummaryDoc as JSON): the condition
    it was checked for and the abnormal lab values it picked out."""
    lines = [str(summary.get("condition_title") or "")] if summary.get("condition_title") else []
    lines += [
        CLI_REVIEW_WORDS["lab_row"]
        .format(
            test=lab.get("test", ""),
            value=lab.get("value", ""),
            unit=lab.get("unit") or "",
            flag=lab.get("flag") or "",
        )
        .strip()
        for lab in summary.get("abnormal_labs") or []
    ]
    return lines


# ---- accept / decline


def _answer(args, data_dir: Path, decide) -> tuple[str, str]:
    from sync.enrollment import NotEnrolled
    from sync.transport import Offline, ProtocolError, ServerBusy

    _require_store(data_dir)
    with open_store(data_dir) as store:
        bundle_id = _bundle_id(store, args.case)
        try:
            state = decide(store, bundle_id)
        except NotEnrolled:
            raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
        except (Offline, ServerBusy, ProtocolError) as exc:
            raise _failed(exc.code) from None
    return bundle_id, state


def review_accept(args, data_dir: Path) -> int:
    from sync import review

    bundle_id, state = _answer(args, data_dir, review.accept)
    text = CLI_REVIEW_WORDS["accepted"].format(bundle=bundle_id[:8])
    out({"bundle_id": bundle_id, "assignment": state}, args.json, text)
    return EXIT_OK


def review_decline(args, data_dir: Path) -> int:
    from sync import review

    reason = args.reason.strip()
    bundle_id, state = _answer(args, data_dir, lambda s, b: review.decline(s, b, reason))
    text = CLI_REVIEW_WORDS["declined"].format(bundle=bundle_id[:8])
    out({"bundle_id": bundle_id, "assignment": state}, args.json, text)
    return EXIT_OK
