"""Removing, closing and the trash from the command line: `case remove|restore|close CASE`,
`attachment remove ID`, `trash list` and `trash purge`.

The rules are local_store's (only a case not yet queued can be removed, never a sent file;
30 days in the trash; every step audited); this module parses, calls and prints.
Thread-safety: one command per process, on the calling thread.
"""

from __future__ import annotations

from pathlib import Path

from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from local_store import attachments, cases, trash
from wording.cases import CLI_TRASH_WORDS
from wording.store import error_text


def add_parsers(commands, common) -> None:
    attachment = commands.add_parser("attachment", parents=[common], help="a case's files")
    actions = attachment.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    remove = actions.add_parser(
        "remove",
        parents=[common],
        help="move an attachment not yet sent to the trash",
        description="Move one attachment to the trash for 30 days. A file that was sent "
        "stays with its case.",
    )
    remove.add_argument("attachment", metavar="ID", help="the attachment's id (case show lists it)")
    remove.set_defaults(handler=attachment_remove)

    bin_ = commands.add_parser("trash", parents=[common], help="removed cases and files")
    actions = bin_.add_subparsers(dest="trash_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list", parents=[common], help="what is in the trash and when it goes for good"
    ).set_defaults(handler=trash_list)
    actions.add_parser(
        "purge", parents=[common], help="delete for good what has been in the trash 30 days"
    ).set_defaults(handler=trash_purge)


def add_case_actions(case_commands, common) -> None:
    """`case remove`, `case restore` and `case close` (the case family's parser calls this)."""
    helps = {
        "remove": ("move a case not yet sent to the trash (30 days, restorable)", case_remove),
        "restore": ("put a case back from the trash", case_restore),
        "close": ("close a case: kept as it is, read only", case_close),
    }
    for name, (text, handler) in helps.items():
        parser = case_commands.add_parser(name, parents=[common], help=text)
        parser.add_argument(
            "case", metavar="CASE", help="case id, or its first characters (4 or more)"
        )
        parser.set_defaults(handler=handler)


def _require_store(data_dir: Path) -> None:
    if not store_exists(data_dir):
        raise Failed("not_found", [error_text("not_found")])


def case_remove(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        trash.remove_case(store, case_id)
    text = CLI_TRASH_WORDS["removed"].format(id=case_id[:8], days=trash.KEEP_DAYS)
    out({"id": case_id, "removed": True}, args.json, text)
    return EXIT_OK


def case_restore(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        trash.restore_case(store, case_id)
    out(
        {"id": case_id, "restored": True},
        args.json,
        CLI_TRASH_WORDS["restored"].format(id=case_id[:8]),
    )
    return EXIT_OK


def case_close(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        cases.close_case(store, case_id)
    out(
        {"id": case_id, "status": "closed"},
        args.json,
        CLI_TRASH_WORDS["closed"].format(id=case_id[:8]),
    )
    return EXIT_OK


def attachment_remove(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        attachments.remove_attachment(store, args.attachment.strip())
    text = CLI_TRASH_WORDS["attachment_removed"].format(
        id=args.attachment.strip()[:8], days=trash.KEEP_DAYS
    )
    out({"id": args.attachment.strip(), "removed": True}, args.json, text)
    return EXIT_OK


def trash_list(args, data_dir: Path) -> int:
    items: list[trash.TrashItem] = []
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            items = trash.list_trash(store)
    rows = [
        {
            "kind": i.kind,
            "id": i.id,
            "case_id": i.case_id,
            "name": i.label,
            "removed_at": i.removed_at,
            "purge_after": i.purge_after,
        }
        for i in items
    ]
    if not items:
        text = CLI_TRASH_WORDS["trash_empty"]
    else:
        lines = [CLI_TRASH_WORDS["trash_heading"]]
        lines += [
            f"{i.kind:<11} {i.id[:8]:<9} {i.label[:30]:<30} {i.removed_at[:16]:<18} "
            f"{i.purge_after[:10]}"
            for i in items
        ]
        text = "\n".join(lines)
    out(rows, args.json, text)
    return EXIT_OK


def trash_purge(args, data_dir: Path) -> int:
    report = trash.PurgeReport(0, 0, 0)
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            report = trash.purge_expired(store)
    payload = {"cases": report.cases, "attachments": report.attachments, "blobs": report.blobs}
    out(payload, args.json, CLI_TRASH_WORDS["purged"].format(**payload))
    return EXIT_OK
