"""`bundle build`, `bundle verify` and `bundle open`: case bundles from a script or by hand.

verify exits 0 only when every check passed and names each problem otherwise; open verifies in
full first and leaves nothing behind when anything fails. Thread-safety: one command per process.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cli.format import shown
from cli.support import EXIT_FAILED, EXIT_OK, Failed, open_store, out, store_exists
from wording.bundle import BUNDLE_ERROR, CLI_BUNDLE_WORDS, problem_text
from wording.deid import CLI_DEID_WORDS, DEID_FLAG
from wording.importing import import_reject_text
from wording.store import error_text


def add_parsers(commands, common) -> None:
    bundle = commands.add_parser(
        "bundle", parents=[common], help="build, verify and open case bundles"
    )
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    build = actions.add_parser(
        "build",
        parents=[common],
        help="build a case's encrypted, signed bundle folder",
        description="Build the encrypted, signed bundle of a case into a new folder.",
    )
    build.add_argument("case", metavar="CASE", help="case id, or its first characters")
    build.add_argument("--out", required=True, metavar="DIR", help="new or empty folder")
    build.add_argument(
        "--recipient",
        action="append",
        required=True,
        metavar="AGE_RECIPIENT",
        help="who may open it: an age public key (age1...); repeat for several",
    )
    build.add_argument(
        "--series",
        action="append",
        metavar="UID",
        help="send only these DICOM series (repeat); default: all",
    )
    build.add_argument(
        "--deidentify",
        action="store_true",
        help="remove identity from DICOM (PS3.15 basic profile, keeping modified dates and "
        "patient characteristics); documents and photos are then left out",
    )
    build.set_defaults(handler=bundle_build)

    verify = actions.add_parser(
        "verify",
        parents=[common],
        help="check a bundle's signature and hashes",
        description="Check the envelope signature and every ciphertext hash; with --identity "
        "also decrypt and check the manifest, its signature and every plaintext hash.",
    )
    verify.add_argument("folder", metavar="DIR")
    verify.add_argument("--identity", metavar="FILE", help="the recipient's age identity file")
    verify.set_defaults(handler=bundle_verify)

    opener = actions.add_parser(
        "open",
        parents=[common],
        help="decrypt a bundle into a folder",
        description="Verify a bundle in full, then decrypt its files and manifest into a new "
        "folder. Nothing is written when a check fails.",
    )
    opener.add_argument("folder", metavar="DIR")
    opener.add_argument("--identity", required=True, metavar="FILE")
    opener.add_argument("--to", required=True, metavar="DIR", help="new or empty folder")
    opener.set_defaults(handler=bundle_open)

    export = actions.add_parser(
        "export",
        parents=[common],
        help="pack a bundle folder into one .tar file (for a USB stick)",
    )
    export.add_argument("folder", metavar="DIR")
    export.add_argument("--out", required=True, metavar="FILE.tar")
    export.set_defaults(handler=bundle_export)

    unpack = actions.add_parser(
        "import",
        parents=[common],
        help="unpack a bundle .tar (from a USB stick) into a folder, then verify it",
    )
    unpack.add_argument("tar", metavar="FILE.tar")
    unpack.add_argument("--to", required=True, metavar="DIR", help="new or empty folder")
    unpack.set_defaults(handler=bundle_import)


def _identity(path: str):
    from sync.device_keys import IdentityUnreadable, identity_from_file

    try:
        return identity_from_file(path)
    except IdentityUnreadable:
        raise Failed("identity_unreadable", [BUNDLE_ERROR["identity_unreadable"]]) from None


def _empty_target(text: str) -> Path:
    target = Path(text)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise Failed("target_not_empty", [BUNDLE_ERROR["target_not_empty"]])
    return target


def bundle_build(args, data_dir: Path) -> int:
    import pyrage

    from local_store import cases
    from sync.bundle.assemble import build_case_bundle

    for text in args.recipient:
        try:
            pyrage.x25519.Recipient.from_str(text.strip())
        except pyrage.RecipientError:
            raise Failed("recipient_invalid", [BUNDLE_ERROR["recipient_invalid"]]) from None
    target = _empty_target(args.out)
    if not store_exists(data_dir):
        raise Failed("not_found", [error_text("not_found")])
    with open_store(data_dir) as store:
        case_id = cases.resolve_case_id(store, args.case)
        result = build_case_bundle(
            store,
            case_id,
            target,
            args.recipient,
            series_uids=set(args.series) if args.series else None,
            deidentify=args.deidentify,
        )
    built = result.built
    payload = {
        "bundle_id": built.bundle_id,
        "device_id": built.device_id,
        "seq": built.seq,
        "path": str(built.path),
        "files": len(built.files),
        "size": built.size_cipher,
        "deidentified": args.deidentify,
        "left_out": result.left_out,
        "unreadable": [
            {"attachment_id": a, "reason": code, "message": import_reject_text(code)}
            for a, code in result.unreadable.items()
        ],
        "review": result.review_flags,
    }
    lines = [
        CLI_BUNDLE_WORDS["built"].format(
            bundle_id=built.bundle_id, files=len(built.files), size=built.size_cipher
        )
    ]
    documents_left_out = len(result.left_out) - len(result.unreadable)
    if documents_left_out:
        lines.append(CLI_DEID_WORDS["left_out"].format(n=documents_left_out))
    if result.unreadable:
        lines.append(CLI_DEID_WORDS["unreadable"].format(n=len(result.unreadable)))
        lines += [f"  {a}: {import_reject_text(c)}" for a, c in result.unreadable.items()]
    if result.review_flags:
        lines.append(CLI_DEID_WORDS["review"].format(n=len(result.review_flags)))
        for name, codes in result.review_flags.items():
            lines += [f"  {shown(name)}: {DEID_FLAG.get(code, code)}" for code in codes]
    out(payload, args.json, "\n".join(lines))
    return EXIT_OK


def bundle_verify(args, data_dir: Path) -> int:
    from sync.bundle.verify import verify_bundle

    identity = _identity(args.identity) if args.identity else None
    report = verify_bundle(Path(args.folder), identity)
    _check_replay(report, data_dir)
    return bundle_verify_report(args, report, identity_given=identity is not None)


_UNSIGNED = {"signature_missing", "signature_bad", "device_mismatch", "format_unknown"}


def _check_replay(report, data_dir: Path) -> None:
    """Add ``replayed_sequence`` when this install saw the device's number on another bundle.

    Bundles on a USB stick never reach the service's replay check, so the record is kept in
    the store beside which the command runs (none: nothing to compare with, nothing kept).
    """
    from local_store import seen_bundles
    from sync.bundle import format as fmt

    envelope = report.envelope
    if envelope is None or any(p.code in _UNSIGNED for p in report.problems):
        return
    if not store_exists(data_dir):
        return
    with open_store(data_dir) as store:
        if seen_bundles.replayed(store, envelope.device_id, envelope.seq, envelope.bundle_id):
            report.add(fmt.REPLAYED)


def bundle_verify_report(args, report, *, identity_given: bool) -> int:
    payload = {
        "ok": report.ok,
        "bundle_id": report.bundle_id,
        "device_id": report.device_id,
        "files": report.files,
        "problems": [p.as_json() | {"message": problem_text(p.code)} for p in report.problems],
        "contents_checked": identity_given,
    }
    if report.ok:
        scope = CLI_BUNDLE_WORDS["scope_contents" if identity_given else "scope_envelope"]
        text = CLI_BUNDLE_WORDS["intact"].format(
            bundle_id=report.bundle_id, scope=scope, files=report.files
        )
        out(payload, args.json, text)
        return EXIT_OK
    for problem in report.problems:
        print(_problem_line(problem), file=sys.stderr)
    if args.json:
        out(payload, True)
    return EXIT_FAILED


def _problem_line(problem) -> str:
    # The file name comes from the bundle, which anyone could have made.
    where = f"{shown(problem.file)}: " if problem.file else ""
    return where + problem_text(problem.code)


def bundle_open(args, data_dir: Path) -> int:
    from sync.bundle.opener import BundleInvalid, open_bundle
    from sync.bundle.verify import verify_bundle

    identity = _identity(args.identity)
    target = _empty_target(args.to)
    try:
        envelope_check = verify_bundle(Path(args.folder))
        _check_replay(envelope_check, data_dir)
        if any(p.code == "replayed_sequence" for p in envelope_check.problems):
            raise BundleInvalid(envelope_check)
        report = open_bundle(Path(args.folder), identity, target)
    except BundleInvalid as exc:
        lines = [BUNDLE_ERROR["bundle_invalid"]]
        lines += [
            (f"{shown(p.file)}: " if p.file else "") + problem_text(p.code)
            for p in exc.report.problems
        ]
        raise Failed("bundle_invalid", lines, [p.as_json() for p in exc.report.problems]) from None
    payload = {"ok": True, "bundle_id": report.bundle_id, "files": report.files, "to": str(target)}
    text = CLI_BUNDLE_WORDS["opened"].format(bundle_id=report.bundle_id, files=report.files)
    out(payload, args.json, text)
    return EXIT_OK


def bundle_export(args, data_dir: Path) -> int:
    from sync.bundle.transport import export_tar
    from sync.bundle.verify import verify_bundle

    report = verify_bundle(Path(args.folder))
    if not report.ok:
        lines = [
            (f"{shown(p.file)}: " if p.file else "") + problem_text(p.code) for p in report.problems
        ]
        raise Failed("bundle_invalid", lines, [p.as_json() for p in report.problems])
    tar_path = export_tar(Path(args.folder), Path(args.out))
    payload = {"bundle_id": report.bundle_id, "tar": str(tar_path), "size": tar_path.stat().st_size}
    text = CLI_BUNDLE_WORDS["exported"].format(bundle_id=report.bundle_id, tar=tar_path)
    out(payload, args.json, text)
    return EXIT_OK


def bundle_import(args, data_dir: Path) -> int:
    from sync.bundle.transport import TarRejected, import_tar
    from sync.bundle.verify import verify_bundle

    target = _empty_target(args.to)
    try:
        import_tar(Path(args.tar), target)
    except TarRejected as exc:
        raise Failed(exc.code, [BUNDLE_ERROR[exc.code]]) from None
    report = verify_bundle(target)
    _check_replay(report, data_dir)
    return bundle_verify_report(args, report, identity_given=False)
