"""Staff from the command line: `staff add NAME [--admin]`, `staff list`, `staff remove NAME`,
`staff pin NAME`, `staff sign-in on|off`; and `audit list`, the audit log with who did what.

The rules are local_store.staff's (the first member is an administrator; after that an
administrator acts, never removing the last one); a specialist's computer, used by one person,
gets no staff (``casework.lock_gate.is_specialist``). A command that needs an administrator names
one with ``--as NAME``; that member's PIN comes from CASEBRIDGE_ADMIN_PIN or a prompt, and
signs them in for this command, so the audit log names them. A new PIN comes from
CASEBRIDGE_STAFF_PIN or is typed twice at a prompt; PINs are never echoed or printed.
Thread-safety: one command per process, on the calling thread.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from cli import format as fmt
from cli.support import EXIT_OK, Failed, open_store, out, store_exists
from local_store import audit_check, cases, staff
from local_store.errors import WrongPin
from local_store.store import Store
from wording.staff import CLI_STAFF_WORDS
from wording.store import error_text

STAFF_PIN_ENV = "CASEBRIDGE_STAFF_PIN"
ADMIN_PIN_ENV = "CASEBRIDGE_ADMIN_PIN"


def add_parsers(commands, common) -> None:
    family = commands.add_parser(
        "staff", parents=[common], help="named staff with a PIN each, and staff sign-in"
    )
    actions = family.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    as_admin = _admin_option()

    add = actions.add_parser(
        "add",
        parents=[common, as_admin],
        help="add a staff member (the first one is an administrator)",
        description=f"Add a staff member. The PIN (4 to 12 digits) comes from {STAFF_PIN_ENV} "
        "or is asked for twice.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--admin", action="store_true", help="may add and remove staff")
    add.set_defaults(handler=staff_add)

    actions.add_parser("list", parents=[common], help="the staff, by name").set_defaults(
        handler=staff_list
    )

    remove = actions.add_parser(
        "remove",
        parents=[common, as_admin],
        help="remove a staff member (never the last administrator)",
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(handler=staff_remove)

    pin = actions.add_parser(
        "pin",
        parents=[common, as_admin],
        help="a new PIN for a staff member (an administrator's act, or the member's own)",
    )
    pin.add_argument("name", metavar="NAME")
    pin.set_defaults(handler=staff_pin)

    sign_in = actions.add_parser(
        "sign-in",
        parents=[common, as_admin],
        help="ask who is working at start and unlock (on), or not (off)",
    )
    sign_in.add_argument("state", choices=("on", "off"))
    sign_in.set_defaults(handler=staff_sign_in)


def add_audit_list(audit_commands, common) -> None:
    """`audit list` (the audit family's parser calls this)."""
    parser = audit_commands.add_parser(
        "list", parents=[common], help="the latest audit entries: when, who, what, which case"
    )
    parser.add_argument("--case", metavar="CASE", help="only this case's entries")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="default 50")
    parser.set_defaults(handler=audit_list)


def _admin_option():
    import argparse

    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--as",
        dest="as_admin",
        metavar="NAME",
        help=f"the administrator doing this (PIN from {ADMIN_PIN_ENV} or a prompt)",
    )
    return parent


# ---- PINs


def _new_pin(name: str) -> str:
    given = os.environ.get(STAFF_PIN_ENV)
    if given:
        return given
    first = getpass.getpass(CLI_STAFF_WORDS["pin_prompt"].format(name=fmt.shown(name)))
    second = getpass.getpass(CLI_STAFF_WORDS["pin_again"])
    if first != second:
        raise Failed("pin_mismatch", [CLI_STAFF_WORDS["pin_mismatch"]])
    return first


def _sign_in_admin(store: Store, args) -> None:
    """Sign in the administrator named by --as (if any) for this command."""
    if not args.as_admin:
        return
    member = staff.find_staff(store, args.as_admin)
    pin = os.environ.get(ADMIN_PIN_ENV) or getpass.getpass(
        CLI_STAFF_WORDS["admin_prompt"].format(name=fmt.shown(member.name))
    )
    try:
        staff.sign_in(store, member.id, pin)
    except WrongPin:
        raise Failed("wrong_pin", [error_text("wrong_pin")]) from None


def _refuse_on_one_person_device(store: Store) -> None:
    """A specialist's computer has one person: no staff to add, no sign-in to switch on."""
    # Here, not at the top: every command's start builds this parser, and this pulls in sync.
    from casework import lock_gate

    if lock_gate.is_specialist(store):
        raise Failed("one_person_device", [error_text("one_person_device")])


def _member_json(member: staff.StaffMember) -> dict:
    return {
        "id": member.id,
        "name": member.name,
        "admin": member.admin,
        "added_at": member.added_at,
    }


# ---- handlers


def staff_add(args, data_dir: Path) -> int:
    with open_store(data_dir) as store:
        _refuse_on_one_person_device(store)
        _sign_in_admin(store, args)
        name = staff.check_name(args.name)
        member = staff.add_staff(store, name, _new_pin(name), admin=args.admin)
    admin = CLI_STAFF_WORDS["admin_mark"] if member.admin else ""
    text = CLI_STAFF_WORDS["added"].format(name=fmt.shown(member.name), id=member.id, admin=admin)
    out(_member_json(member), args.json, text)
    return EXIT_OK


def staff_list(args, data_dir: Path) -> int:
    members: list[staff.StaffMember] = []
    required = False
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            members = staff.list_staff(store)
            required = staff.sign_in_required(store)
    if args.json:
        out({"sign_in": required, "staff": [_member_json(m) for m in members]}, True)
        return EXIT_OK
    if not members:
        out(None, False, CLI_STAFF_WORDS["none"])
        return EXIT_OK
    words = CLI_STAFF_WORDS
    header = [words[k] for k in ("col_id", "col_name", "col_role", "col_added")]
    rows = [
        [
            str(m.id),
            fmt.shown(m.name),
            words["admin"] if m.admin else words["member"],
            fmt.local_time(m.added_at),
        ]
        for m in members
    ]
    state = words["sign_in_on"] if required else words["sign_in_off"]
    out(None, False, fmt.table(header, rows) + "\n" + state)
    return EXIT_OK


def _require_store(data_dir: Path) -> None:
    if not store_exists(data_dir):
        raise Failed("staff_not_found", [error_text("staff_not_found")])


def staff_remove(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        _sign_in_admin(store, args)
        member = staff.find_staff(store, args.name)
        staff.remove_staff(store, member.id)
    out(
        {"id": member.id, "removed": True},
        args.json,
        CLI_STAFF_WORDS["removed"].format(id=member.id),
    )
    return EXIT_OK


def staff_pin(args, data_dir: Path) -> int:
    _require_store(data_dir)
    with open_store(data_dir) as store:
        _sign_in_admin(store, args)
        member = staff.find_staff(store, args.name)
        staff.set_pin(store, member.id, _new_pin(member.name))
    text = CLI_STAFF_WORDS["pin_set"].format(name=fmt.shown(member.name))
    out({"id": member.id, "pin_changed": True}, args.json, text)
    return EXIT_OK


def staff_sign_in(args, data_dir: Path) -> int:
    with open_store(data_dir) as store:
        if args.state == "on":
            _refuse_on_one_person_device(store)
        _sign_in_admin(store, args)
        staff.set_sign_in_required(store, args.state == "on")
    text = CLI_STAFF_WORDS["sign_in_on" if args.state == "on" else "sign_in_off"]
    out({"sign_in": args.state == "on"}, args.json, text)
    return EXIT_OK


def audit_list(args, data_dir: Path) -> int:
    entries: list[dict] = []
    if store_exists(data_dir):
        with open_store(data_dir) as store:
            case_id = cases.resolve_case_id(store, args.case) if args.case else None
            entries = audit_check.recent_entries(store, case_id, max(1, args.limit))
    if args.json:
        out(entries, True)
        return EXIT_OK
    if not entries:
        out(None, False, CLI_STAFF_WORDS["no_entries"])
        return EXIT_OK
    words = CLI_STAFF_WORDS
    header = [words[k] for k in ("col_seq", "col_when", "col_who", "col_action", "col_case")]
    rows = [
        [
            str(e["seq"]),
            fmt.local_time(e["at"]),
            _who(e),
            e["action"],
            (e["case_id"] or "")[:8],
        ]
        for e in entries
    ]
    out(None, False, fmt.table(header, rows))
    return EXIT_OK


def _who(entry: dict) -> str:
    if entry["staff_id"] is None:
        return fmt.shown(entry["actor"])
    return CLI_STAFF_WORDS["who_staff"].format(
        name=fmt.shown(entry["staff_name"]), id=entry["staff_id"], login=fmt.shown(entry["actor"])
    )
