"""`opinion template | draft | sign | show`: a specialist's opinion on a received case from a
script or by hand; on a clinic's computer, `show` prints the opinions received on a case.

`template` prints a JSON draft to start from (the specialty's template and one empty answer
per question the clinic asked); `draft --from FILE.json` saves it as the case's draft
(casework.opinion_form: autosaved the same way the editor saves); `sign` signs and queues it
(sync/opinion_send.py), refused while a question is unanswered; `show` prints every version
and the preview of the draft exactly as the clinic will receive it. All work offline: `sync
--once` sends what is signed. On a clinic's computer (enrolled as a clinic, or not enrolled)
`show CASE` prints each opinion received on the case (sync.opinion_inbox), oldest first, with
the specialist the service vouched for and the signing key's fingerprint (showing them marks
them seen: the status bar stops announcing them); ``received_json`` is
the shape `case show --json` gives under ``opinion``. Exit codes: 0 done, 1 failed.
Thread-safety: one command per process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli.opinion_print_command import add_print_parser
from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from wording.opinion import (
    CLI_OPINION_WORDS,
    SECTION_TITLE,
    SEE_IN_PERSON,
    VERDICT,
    opinion_error_text,
)
from wording.review import review_error_text
from wording.sync import SYNC_ERROR


def add_parsers(commands, common) -> None:
    opinion = commands.add_parser(
        "opinion",
        parents=[common],
        help="an opinion: template, draft, sign, show (specialist); print (clinic)",
    )
    actions = opinion.add_subparsers(dest="opinion_command", metavar="ACTION", required=True)

    template = actions.add_parser(
        "template",
        parents=[common],
        help="print a JSON draft to start from, with the case's questions",
        description="Print a draft opinion as JSON: the specialty's template and one empty "
        "answer per question the clinic asked. Edit it and save it with 'opinion draft'.",
    )
    template.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    template.add_argument("--specialty", metavar="NAME", help="another specialty's template")
    template.set_defaults(handler=opinion_template)

    draft = actions.add_parser(
        "draft",
        parents=[common],
        help="save a draft opinion from a JSON file",
        description="Save FILE.json as the case's draft opinion (replacing the draft, never a "
        "signed version: after signing, a draft is a correction). Says which questions are "
        "still unanswered.",
    )
    draft.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    draft.add_argument("--from", dest="source", required=True, metavar="FILE.json")
    draft.set_defaults(handler=opinion_draft_command)

    sign = actions.add_parser(
        "sign",
        parents=[common],
        help="sign the draft with this computer's key and queue it to send",
        description="Sign the case's draft opinion. Refused while a question is unanswered "
        "or the verdict or how soon to see the patient is not chosen. A signed opinion "
        "cannot be changed; it is sent at the next 'casebridge sync'.",
    )
    sign.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    sign.set_defaults(handler=opinion_sign)

    show = actions.add_parser(
        "show",
        parents=[common],
        help="the opinion's versions and the draft as the clinic will receive it; on a "
        "clinic's computer, the opinions received on the case",
    )
    show.add_argument("case", metavar="CASE", help="bundle or case id (or its start)")
    show.set_defaults(handler=opinion_show)

    add_print_parser(actions, common)


def _failed(code: str, where: str = "") -> Failed:
    problems = [{"code": code, "where": where}] if where else []
    words = opinion_error_text(code)
    return Failed(code, [f"{words} ({where})" if where else words], problems)


def _open(data_dir: Path):
    if not store_exists(data_dir):
        raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]])
    return open_store(data_dir)


def _fetched(store, text: str) -> str:
    """The bundle id of a case fetched here, or a worded failure."""
    from local_store import received
    from local_store.errors import NotFound

    try:
        bundle_id = received.resolve_bundle_id(store, text)
    except NotFound:
        raise Failed("case_unknown", [review_error_text("case_unknown")]) from None
    fetch = received.get_fetch(store, bundle_id)
    if fetch is None or fetch.state != received.STORED:
        raise Failed("not_fetched", [review_error_text("not_fetched")])
    return bundle_id


# ---- template / draft


def opinion_template(args, data_dir: Path) -> int:
    from casework.opinion_form import skeleton
    from local_store import received

    with _open(data_dir) as store:
        case = received.get_received(store, _fetched(store, args.case))
        draft = skeleton(case, args.specialty)
    # Always JSON: it is the file the specialist edits.
    print(json.dumps(draft, indent=2, ensure_ascii=False))
    return EXIT_OK


def opinion_draft_command(args, data_dir: Path) -> int:
    from casework.opinion_form import OpinionForm
    from sync.protocol import ShapeError

    try:
        obj = json.loads(Path(args.source).read_text("utf-8"))
    except (OSError, ValueError):
        raise _failed("draft_unreadable") from None
    with _open(data_dir) as store:
        bundle_id = _fetched(store, args.case)
        form = OpinionForm.open(store, bundle_id)
        try:
            form.replace(obj)
        except ShapeError as exc:
            raise _failed(exc.code, exc.where or "") from None
        assert form.record is not None
        blocking = form.blocking()
        unanswered = form.unanswered()
        payload = {
            "bundle_id": bundle_id,
            "opinion_id": form.record.opinion_id,
            "version": form.record.version,
            "replaces": form.record.replaces,
            "unanswered": unanswered,
            "blocking": [{"code": c, "where": w} for c, w in blocking],
        }
    w = CLI_OPINION_WORDS
    lines = [w["saved"].format(version=payload["version"], bundle=bundle_id[:8])]
    if unanswered:
        lines.append(w["unanswered"].format(ids=", ".join(unanswered)))
    choices = [where for code, where in blocking if code != "question_unanswered"]
    if choices:
        lines.append(w["not_chosen"].format(keys=", ".join(choices)))
    if not blocking:
        lines.append(w["ready"].format(bundle=bundle_id[:8]))
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


# ---- sign


def opinion_sign(args, data_dir: Path) -> int:
    from sync.enrollment import NotEnrolled
    from sync.opinion_send import OpinionRefused, sign

    with _open(data_dir) as store:
        bundle_id = _fetched(store, args.case)
        try:
            signed = sign(store, data_dir, bundle_id)
        except OpinionRefused as refused:
            raise _failed(refused.code, refused.where) from None
        except NotEnrolled:
            raise Failed("not_enrolled", [SYNC_ERROR["not_enrolled"]]) from None
    w = CLI_OPINION_WORDS
    lines = [
        w["signed"].format(
            version=signed.version, bundle=bundle_id[:8], opinion=signed.opinion_id[:8]
        )
    ]
    if signed.replaces:
        lines.append(w["correction"].format(replaces=signed.replaces[:8]))
    payload = {
        "bundle_id": bundle_id,
        "opinion_id": signed.opinion_id,
        "version": signed.version,
        "replaces": signed.replaces,
        "state": "queued",
    }
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


# ---- show


def opinion_show(args, data_dir: Path) -> int:
    from casework.opinion_form import OpinionForm, sections
    from cli.thread_view import thread_json, thread_lines
    from local_store import opinions, outbox, received
    from sync.opinion_send import OpinionRefused

    with _open(data_dir) as store:
        if _on_clinic(store):
            return _received_show(args, store)
        bundle_id = _fetched(store, args.case)
        versions = []
        for record in opinions.versions(store, bundle_id):
            entry = outbox.get_entry(store, record.opinion_id)
            versions.append(
                {
                    "opinion_id": record.opinion_id,
                    "version": record.version,
                    "replaces": record.replaces,
                    "state": record.state,
                    "sending": entry.state if entry else None,
                    "receipt": entry.receipt if entry else None,
                    "problem": entry.last_error if entry else None,
                    "signed": record.signed,
                    "signed_at": record.signed_at,
                }
            )
        preview = None
        if opinions.draft(store, bundle_id) is not None:
            try:
                preview = OpinionForm.open(store, bundle_id).preview()
            except OpinionRefused as refused:
                raise _failed(refused.code, refused.where) from None
        messages = thread_json(store, received.get_received(store, bundle_id).case_id)
    payload: dict[str, Any] = {
        "bundle_id": bundle_id,
        "versions": versions,
        "preview": None if preview is None else preview.to_json(),
        "messages": messages,
    }
    w = CLI_OPINION_WORDS
    lines = [w["version"].format(**_version_words(v)) for v in versions]
    shown = preview.to_json() if preview is not None else _newest_signed(versions)
    if preview is not None:
        lines.append(w["preview"])
    if shown is None:
        lines.append(w["none"].format(bundle=bundle_id[:8]))
    else:
        from sync.opinion import Opinion

        lines += _document_lines(sections(Opinion.parse(shown)))
    lines += thread_lines(messages)
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


def _newest_signed(versions: list[dict[str, Any]]) -> dict[str, Any] | None:
    signed = [v["signed"]["opinion"] for v in versions if v["signed"]]
    return signed[-1] if signed else None


def _version_words(v: dict[str, Any]) -> dict[str, Any]:
    w = CLI_OPINION_WORDS
    if v["state"] == "draft":
        state = w["draft"]
    elif v["sending"] == "sent" and v["receipt"]:
        state = w["sent_state"].format(at=v["receipt"]["receipt"]["received_at"])
    elif v["sending"] == "failed":
        state = w["failed_state"].format(words=opinion_error_text(v["problem"]))
    else:
        state = w["queued_state"]
    return {"version": v["version"], "opinion": v["opinion_id"][:8], "state": state}


def _document_lines(parts: list[tuple[str, Any]]) -> list[str]:
    w = CLI_OPINION_WORDS
    lines = []
    for key, value in parts:
        lines.append(w["section"].format(title=SECTION_TITLE[key]))
        if key == "verdict":
            lines.append(w["value"].format(text=VERDICT.get(value, value)))
        elif key == "see_in_person":
            lines.append(w["value"].format(text=SEE_IN_PERSON.get(value, value)))
        elif key in ("alternatives", "investigations"):
            lines += [w["item"].format(text=t) for t in value]
        elif key == "answers":
            lines += [
                w["answer"].format(id=a["question_id"], question=a["question"], answer=a["answer"])
                for a in value
            ]
        elif key == "specialist":
            lines.append(w["signatory"].format(**value))
        elif value:
            lines.append(w["value"].format(text=value))
    return lines


# ---- show, on a clinic's computer


def _on_clinic(store) -> bool:
    from sync.enrollment import current
    from sync.protocol import Role

    enrollment = current(store)
    return enrollment is None or enrollment.role == Role.CLINIC


def received_json(received) -> dict[str, Any]:
    """One received opinion (sync.opinion.ReceivedOpinion) for scripts: the document, the
    specialist as the service vouched for them, and the verification."""
    document = received.opinion
    signer = received.signer
    return {
        "opinion_id": document.opinion_id,
        "bundle_id": document.bundle_id,
        "replaces": document.replaces,
        "verdict": document.verdict,
        "answers": [a.to_json() for a in document.answers],
        "specialist": {
            "name": signer.name,
            "qualification": signer.qualification,
            "council": signer.council,
            "registration": signer.registration,
            "device_id": signer.device_id,
        },
        "verified": True,  # only opinions whose signature holds are read back
        "fingerprint": received.fingerprint,
        "received_at": received.received_at,
        "document": document.to_json(),
    }


def _received_show(args, store) -> int:
    from casework.opinion_form import sections
    from cli.thread_view import thread_json, thread_lines
    from local_store import cases
    from local_store.errors import AmbiguousId, NotFound
    from sync import opinion_inbox
    from wording import store as store_words

    try:
        case_id = cases.resolve_case_id(store, args.case.strip())
    except (NotFound, AmbiguousId) as exc:
        code = "ambiguous_id" if isinstance(exc, AmbiguousId) else "not_found"
        raise Failed(code, [store_words.error_text(code)]) from None
    received = opinion_inbox.opinions_for_case(store, case_id)
    if received:
        opinion_inbox.mark_seen(store, case_id)
    w = CLI_OPINION_WORDS
    lines: list[str] = []
    for number, r in enumerate(received, start=1):
        lines.append(
            w["received"].format(version=number, opinion=r.opinion.opinion_id[:8], at=r.received_at)
        )
        if r.opinion.replaces:
            lines.append(w["correction"].format(replaces=r.opinion.replaces[:8]))
        lines += _document_lines(sections(r.opinion))
        lines.append(
            w["verified"].format(
                name=r.signer.name or r.signer.device_id,
                qualification=r.signer.qualification,
                registration=" ".join(p for p in (r.signer.council, r.signer.registration) if p),
                fingerprint=r.fingerprint,
            )
        )
        lines.append("")
    if not received:
        lines.append(w["none_received"].format(case=case_id[:8]))
    messages = thread_json(store, case_id)
    lines += thread_lines(messages)
    payload = {
        "case_id": case_id,
        "opinions": [received_json(r) for r in received],
        "messages": messages,
    }
    out(payload, args.json, "\n".join(lines).rstrip("\n"))
    return EXIT_OK
