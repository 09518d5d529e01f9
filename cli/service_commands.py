"""`service`: run the reference opinion service, and its admin commands (`service code new`,
`service keys`, `service assign`, `service stats`).

The service keeps its own data folder (keys, log, and by default its SQLite database and
files): --data-dir when given, else "service" inside the default CaseBridge data folder; never
the clinic store itself. --db and --storage (or a --config file) put metadata in PostgreSQL
and bytes in S3-compatible storage instead, the same for the service and every admin command.
Thread-safety: one command per process; `service` blocks on the calling thread until SIGINT or
SIGTERM.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from cli.support import EXIT_OK, Failed, out

CONFIG_VARIABLE = "CASEBRIDGE_SERVICE_CONFIG"
# `service code new` options that say who the code is for (opinion_service.core.PROFILE_KEYS).
PROFILE_OPTIONS = ("name", "qualification", "council", "registration")


def _stores_parser() -> argparse.ArgumentParser:
    stores = argparse.ArgumentParser(add_help=False)
    stores.add_argument(
        "--db",
        metavar="URL",
        help="metadata database: postgresql://user@host:5432/name (default: SQLite in the "
        "data folder)",
    )
    stores.add_argument(
        "--storage",
        metavar="URL",
        help="where bytes go: s3://bucket/prefix, endpoint and credentials from the AWS_* "
        "variables (default: files in the data folder)",
    )
    stores.add_argument(
        "--config",
        metavar="FILE",
        help=f"a settings file (TOML; default: ${CONFIG_VARIABLE} if set)",
    )
    return stores


def add_parsers(commands, common) -> None:
    stores = _stores_parser()
    service = commands.add_parser(
        "service",
        parents=[common, stores],
        help="run the reference opinion service, or manage it",
        description="Run the reference opinion service (until Ctrl+C), or, with an action, "
        "manage its data folder.",
    )
    service.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    service.add_argument("--port", type=int, help="port (default 8470; 0 picks a free one)")
    service.add_argument(
        "--token-ttl", type=int, metavar="SECONDS", help="bearer token lifetime (default a day)"
    )
    service.add_argument(
        "--upload-expiry",
        type=int,
        metavar="SECONDS",
        help="an upload with no bytes for this long is removed (default 14 days)",
    )
    service.set_defaults(handler=service_run)
    actions = service.add_subparsers(dest="service_command", metavar="ACTION")

    code = actions.add_parser("code", parents=[common, stores], help="enrollment codes")
    code_actions = code.add_subparsers(dest="code_command", metavar="ACTION", required=True)
    new = code_actions.add_parser(
        "new",
        parents=[common, stores],
        help="make a one-time enrollment code",
        description="Make a one-time enrollment code (valid 7 days) for a clinic or a "
        "specialist device.",
    )
    new.add_argument("--role", required=True, choices=("clinic", "specialist"))
    new.add_argument(
        "--specialty",
        action="append",
        default=[],
        metavar="SPECIALTY",
        help="a specialty the specialist takes cases for (repeat for several)",
    )
    new.add_argument("--name", default="", help="the specialist's full name, or the clinic's")
    new.add_argument("--qualification", default="", help="e.g. MD (Radiodiagnosis)")
    new.add_argument("--council", default="", help="the medical council registered with")
    new.add_argument("--registration", default="", help="the registration number there")
    new.set_defaults(handler=code_new)

    keys = actions.add_parser(
        "keys", parents=[common, stores], help="print the service's public keys and fingerprint"
    )
    keys.set_defaults(handler=keys_show)

    assign = actions.add_parser(
        "assign",
        parents=[common, stores],
        help="list cases and who has them, or give a case to another specialist",
        description="`service assign --list` lists every case waiting for or with a "
        "specialist, soonest due first; `service assign BUNDLE_ID --to DEVICE_ID` gives a case "
        "to another specialist of its specialty.",
    )
    assign.add_argument("bundle_id", metavar="BUNDLE_ID", nargs="?")
    assign.add_argument("--to", metavar="DEVICE_ID", dest="device_id")
    assign.add_argument("--list", action="store_true", dest="list_cases")
    assign.set_defaults(handler=assign_bundle)

    stats = actions.add_parser(
        "stats",
        parents=[common, stores],
        help="print counts: devices, bundles, open uploads, queued work",
    )
    stats.set_defaults(handler=stats_show)


def service_dir(args, data_dir: Path) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else data_dir / "service"


def _settings(args) -> dict:
    """The settings file's values (if any) under the command line's."""
    from opinion_service.config import read_settings_file
    from wording import service as words

    path = getattr(args, "config", None) or os.environ.get(CONFIG_VARIABLE)
    values = {}
    if path:
        try:
            values = read_settings_file(Path(path).expanduser())
        except (OSError, ValueError) as exc:
            raise Failed("config_unreadable", [words.error_text("config_unreadable")]) from exc
    for key in ("db", "storage", "host", "port", "token_ttl", "upload_expiry"):
        given = getattr(args, key, None)
        if given is not None:
            values[key] = given
    return values


# Failures of these libraries mean the database or the object storage is not reachable
# (or refuses the credentials): worded as one code rather than a trace.
STORE_LIBRARIES = ("psycopg", "psycopg_pool", "botocore", "boto3")


@contextlib.contextmanager
def _stores_reached():
    from wording import service as words

    try:
        yield
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in STORE_LIBRARIES:
            raise
        raise Failed("store_unreachable", [words.error_text("store_unreachable")]) from None


def _stores(args) -> dict:
    settings = _settings(args)
    return {"db_url": settings.get("db"), "storage_url": settings.get("storage")}


def service_run(args, data_dir: Path) -> int:
    from opinion_service.config import ServiceConfig
    from opinion_service.server import run
    from wording import service as words

    settings = _settings(args)
    config = ServiceConfig(
        service_dir(args, data_dir),
        host=settings.get("host", "127.0.0.1"),
        port=int(settings.get("port", 8470)),
        token_ttl_seconds=int(settings.get("token_ttl", 86400)),
        upload_expiry_seconds=int(settings.get("upload_expiry", 14 * 86400)),
        db_url=settings.get("db"),
        storage_url=settings.get("storage"),
    )

    def ready(url: str) -> None:
        print(words.LISTENING.format(url=url), flush=True)

    try:
        with _stores_reached():
            run(config, on_ready=ready)
    except OSError as exc:
        raise Failed("port_in_use", [words.error_text("port_in_use")]) from exc
    return EXIT_OK


def code_new(args, data_dir: Path) -> int:
    from opinion_service import admin
    from wording import service as words

    if (args.role == "specialist") != bool(args.specialty):
        raise Failed("specialty_needed", [words.error_text("specialty_needed")])
    with _stores_reached():
        info = admin.new_code_info(
            service_dir(args, data_dir),
            args.role,
            args.specialty,
            profile={key: getattr(args, key) for key in PROFILE_OPTIONS},
            **_stores(args),
        )
    shown = {
        **info,
        **{key: info["profile"][key] or "-" for key in PROFILE_OPTIONS},
        "specialties": ", ".join(info["specialties"]) or "-",
    }
    out(info, args.json, _table(words.CODE_MADE, shown))
    return EXIT_OK


def keys_show(args, data_dir: Path) -> int:
    from opinion_service import admin
    from wording import service as words

    info = admin.service_keys(service_dir(args, data_dir))
    out(info, args.json, _table(words.KEYS, info))
    return EXIT_OK


def assign_bundle(args, data_dir: Path) -> int:
    from opinion_service import admin
    from opinion_service.errors import ApiError
    from wording import service as words

    if args.list_cases:
        with _stores_reached():
            listed = admin.assignments(service_dir(args, data_dir), **_stores(args))
        out({"assignments": listed}, args.json, _assignment_lines(listed))
        return EXIT_OK
    if not args.bundle_id or not args.device_id:
        raise Failed("bad_request", [words.error_text("assign_usage")])
    try:
        with _stores_reached():
            admin.assign(
                service_dir(args, data_dir), args.bundle_id, args.device_id, **_stores(args)
            )
    except ApiError as exc:
        raise Failed(exc.code, [words.error_text(exc.code)]) from None
    info = {"bundle_id": args.bundle_id, "assigned_to": args.device_id}
    out(
        info,
        args.json,
        words.ASSIGNED.format(**{"device_id": args.device_id, "bundle_id": args.bundle_id}),
    )
    return EXIT_OK


def _assignment_lines(listed: list[dict]) -> str:
    from wording import service as words

    if not listed:
        return words.NO_ASSIGNMENTS
    lines = []
    for row in listed:
        lines.append(
            words.ASSIGNMENT_LINE.format(
                bundle_id=row["bundle_id"],
                specialty=row["specialty"] or "-",
                urgency=words.URGENCY.get(row["urgency"], row["urgency"]),
                state=words.ASSIGNMENT_STATE.get(row["state"], row["state"]),
                who=row["specialist"] or row["assigned_to"] or "-",
                due=row["due_at"] or "-",
            )
            + (f"  {words.OVERDUE}" if row["overdue"] else "")
        )
    return "\n".join(lines)


def stats_show(args, data_dir: Path) -> int:
    from opinion_service import admin
    from wording import service as words

    with _stores_reached():
        info = admin.stats(service_dir(args, data_dir), **_stores(args))
    out(info, args.json, _table(words.STATS, info))
    return EXIT_OK


def _table(labels: dict, values: dict) -> str:
    width = max(len(label) for label in labels.values())
    return "\n".join(f"{label:<{width}}  {values[key]}" for key, label in labels.items())
