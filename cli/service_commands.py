"""`service`: run the reference opinion service, and its admin commands (`service code new`,
`service keys`, `service assign`).

The service keeps its own data folder: --data-dir when given, else "service" inside the
default CaseBridge data folder; never the clinic store itself. Thread-safety: one command per
process; `service` blocks on the calling thread until SIGINT or SIGTERM.
"""

from __future__ import annotations

from pathlib import Path

from cli.support import EXIT_OK, Failed, out


def add_parsers(commands, common) -> None:
    service = commands.add_parser(
        "service",
        parents=[common],
        help="run the reference opinion service, or manage it",
        description="Run the reference opinion service (until Ctrl+C), or, with an action, "
        "manage its data folder.",
    )
    service.add_argument("--host", default="127.0.0.1", help="address to listen on")
    service.add_argument("--port", type=int, default=8470, help="port (0 picks a free one)")
    service.add_argument(
        "--token-ttl", type=int, default=86400, metavar="SECONDS", help="bearer token lifetime"
    )
    service.add_argument(
        "--upload-expiry",
        type=int,
        default=14 * 86400,
        metavar="SECONDS",
        help="an upload with no bytes for this long is removed",
    )
    service.set_defaults(handler=service_run)
    actions = service.add_subparsers(dest="service_command", metavar="ACTION")

    code = actions.add_parser("code", parents=[common], help="enrollment codes")
    code_actions = code.add_subparsers(dest="code_command", metavar="ACTION", required=True)
    new = code_actions.add_parser(
        "new",
        parents=[common],
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
    new.set_defaults(handler=code_new)

    keys = actions.add_parser(
        "keys", parents=[common], help="print the service's public keys and fingerprint"
    )
    keys.set_defaults(handler=keys_show)

    assign = actions.add_parser(
        "assign", parents=[common], help="give a case to another specialist"
    )
    assign.add_argument("bundle_id", metavar="BUNDLE_ID")
    assign.add_argument("--to", required=True, metavar="DEVICE_ID", dest="device_id")
    assign.set_defaults(handler=assign_bundle)


def service_dir(args, data_dir: Path) -> Path:
    return Path(args.data_dir).expanduser() if args.data_dir else data_dir / "service"


def service_run(args, data_dir: Path) -> int:
    from opinion_service.config import ServiceConfig
    from opinion_service.server import run
    from wording import service as words

    config = ServiceConfig(
        service_dir(args, data_dir),
        host=args.host,
        port=args.port,
        token_ttl_seconds=args.token_ttl,
        upload_expiry_seconds=args.upload_expiry,
    )

    def ready(url: str) -> None:
        print(words.LISTENING.format(url=url), flush=True)

    try:
        run(config, on_ready=ready)
    except OSError as exc:
        raise Failed("port_in_use", [words.error_text("port_in_use")]) from exc
    return EXIT_OK


def code_new(args, data_dir: Path) -> int:
    from opinion_service import admin
    from wording import service as words

    if (args.role == "specialist") != bool(args.specialty):
        raise Failed("specialty_needed", [words.error_text("specialty_needed")])
    info = admin.new_code_info(service_dir(args, data_dir), args.role, args.specialty)
    out(
        info,
        args.json,
        _table(words.CODE_MADE, {**info, "specialties": ", ".join(info["specialties"]) or "-"}),
    )
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

    try:
        admin.assign(service_dir(args, data_dir), args.bundle_id, args.device_id)
    except ApiError as exc:
        raise Failed(exc.code, [words.error_text(exc.code)]) from None
    info = {"bundle_id": args.bundle_id, "assigned_to": args.device_id}
    out(
        info,
        args.json,
        words.ASSIGNED.format(**{"device_id": args.device_id, "bundle_id": args.bundle_id}),
    )
    return EXIT_OK


def _table(labels: dict, values: dict) -> str:
    width = max(len(label) for label in labels.values())
    return "\n".join(f"{label:<{width}}  {values[key]}" for key, label in labels.items())
