"""`keys show`: this device's public keys and fingerprints, for enrolment and for checking by
phone that a service holds the right key. Prints public parts only.
Thread-safety: one command per process.
"""

from __future__ import annotations

from pathlib import Path

from cli.support import EXIT_OK, open_store, out
from wording.sync import DEVICE_KEYS


def add_parsers(commands, common) -> None:
    keys = commands.add_parser("keys", parents=[common], help="this device's public keys")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="print the public keys (age recipient, Ed25519) and their fingerprints",
        description="Print this device's public keys and fingerprints. They are made the "
        "first time they are needed and kept in the encrypted data folder.",
    )
    show.set_defaults(handler=keys_show)


def keys_show(args, data_dir: Path) -> int:
    from sync.device_keys import load_or_create

    with open_store(data_dir) as store:
        info = load_or_create(store).public_info()
    out(info, args.json, _text(info))
    return EXIT_OK


def _text(info: dict) -> str:
    width = max(len(label) for label in DEVICE_KEYS.values())
    lines = [f"{DEVICE_KEYS['device_id']:<{width}}  {info['device_id']}"]
    lines.append(f"{DEVICE_KEYS['ed25519']:<{width}}  {info['ed25519']['public_key']}")
    lines.append(f"{'':<{width}}  {info['ed25519']['fingerprint']}")
    lines.append(f"{DEVICE_KEYS['age']:<{width}}  {info['age']['recipient']}")
    lines.append(f"{'':<{width}}  {info['age']['fingerprint']}")
    return "\n".join(lines)
