"""The way back at the service, without HTTP: the specialist's copy of a case (re-encrypted
to its age key), accepting and declining an offer, the admin's list of assignments, and
receiving an opinion (register, commit with a signed receipt, ``opinion_ready`` to the clinic).

The copy is made by a job in the queue (``REENCRYPT_JOB``) on whichever instance is free:
each stored file is decrypted with the service identity and encrypted to the specialist as a
stream (opinion_service.reencrypt); plaintext exists only in memory, a block at a time (the
manifest whole, as the check already holds it). Ciphertext goes through a file in the data
folder's ``work`` folder into the blob store. When the copy is stored the specialist's feed
gets ``case_assigned`` (sync.protocol.CaseAssigned), which vouches for the clinic device's keys
so the specialist can check the manifest's inner signature.

Thread-safety: a ``Review`` is shared like ``Core``; changes run in the metadata store's
transactions, serialised on ``assignment`` (offers) and on the opinion's id (commits).
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

import pyrage

from opinion_service import storage
from opinion_service.blobs import BundleFileInfo, object_key
from opinion_service.core import (
    Core,
    _signature_ok,
    _str_field,
    delivery_key,
    next_specialist,
    vouch,
)
from opinion_service.errors import ApiError
from opinion_service.reencrypt import ReencryptError, reencrypt_stream
from opinion_service.timeutil import iso, now
from sync import opinion as opinion_format
from sync import protocol
from sync.bundle import format as fmt
from sync.protocol import (
    AssignmentState,
    CaseAssigned,
    CipherFile,
    Envelope,
    Error,
    OpinionEnvelope,
    OpinionReady,
    OpinionReceipt,
    ReviewError,
    Role,
    ShapeError,
    SignatureError,
    Signed,
    Status,
)

log = logging.getLogger("opinion_service")

WORK_DIR = "work"
# How many times a copy is made again when the case moved to another specialist meanwhile.
REENCRYPT_ROUNDS = 5
# How long an opinion commit waits for another commit of the same opinion.
COMMIT_WAIT_SECONDS = 60.0


def opinion_key(opinion_id: str, name: str) -> str:
    return object_key("opinions", opinion_id, name)


class Review:
    def __init__(self, core: Core) -> None:
        self.core = core
        self.db = core.db
        self.blobs = core.blobs

    # ---- the specialist's copy (a job)

    def make_copy(self, bundle_id: str) -> None:
        """Re-encrypt the bundle to its current assignee and offer it (``case_assigned``)."""
        for _round in range(REENCRYPT_ROUNDS):
            bundle = self.db.one(
                "SELECT b.*, a.ready FROM bundles b JOIN assignments a "
                "ON a.bundle_id = b.bundle_id AND a.device_id = b.assigned_to "
                "WHERE b.bundle_id = ?",
                (bundle_id,),
            )
            if bundle is None or bundle["ready"]:
                return
            specialist = bundle["assigned_to"]
            device = self.db.one("SELECT * FROM devices WHERE device_id = ?", (specialist,))
            manifest_sha256, files = self._reencrypt(bundle, device)
            with self.db.transaction() as conn:
                self.db.serialise(conn, "assignment")
                still = conn.execute(
                    "SELECT a.state, b.assigned_to FROM assignments a JOIN bundles b "
                    "ON b.bundle_id = a.bundle_id WHERE a.bundle_id = ? AND a.device_id = ?",
                    (bundle_id, specialist),
                ).fetchone()
                if still["assigned_to"] != specialist or still["state"] not in (
                    AssignmentState.ACTIVE
                ):
                    continue  # given to someone else meanwhile: make theirs
                conn.execute(
                    "UPDATE assignments SET ready = 1, manifest_sha256 = ?, files = ? "
                    "WHERE bundle_id = ? AND device_id = ?",
                    (
                        manifest_sha256,
                        json.dumps([f.to_json() for f in files]),
                        bundle_id,
                        specialist,
                    ),
                )
                self._offer(conn, bundle_id, specialist)
            log.info("copy made bundle=%s for=%s files=%d", bundle_id, specialist, len(files))
            return

    def _offer(self, conn, bundle_id: str, specialist: str) -> None:
        row = conn.execute(
            "SELECT a.*, b.specialty, b.urgency, b.device_id AS clinic FROM assignments a "
            "JOIN bundles b ON b.bundle_id = a.bundle_id "
            "WHERE a.bundle_id = ? AND a.device_id = ?",
            (bundle_id, specialist),
        ).fetchone()
        clinic = conn.execute(
            "SELECT * FROM devices WHERE device_id = ?", (row["clinic"],)
        ).fetchone()
        files = tuple(CipherFile.parse(f, code="stored") for f in json.loads(row["files"] or "[]"))
        self.core.emit_item(
            conn,
            specialist,
            bundle_id,
            protocol.FeedKind.CASE_ASSIGNED,
            lambda cursor: CaseAssigned(
                cursor=cursor,
                bundle_id=bundle_id,
                specialty=row["specialty"] or "",
                urgency=row["urgency"] or protocol.Urgency.ROUTINE,
                at=iso(row["offered_at"]),
                due_at=iso(row["due_at"]),
                manifest_sha256=row["manifest_sha256"],
                files=files,
                clinic=vouch(clinic),
            ),
        )

    def _reencrypt(self, bundle, device) -> tuple[str, list[CipherFile]]:
        bundle_id = bundle["bundle_id"]
        envelope = Envelope.parse_bytes(bundle["envelope"])
        identity = self.core.keys.age_identity
        recipient = pyrage.x25519.Recipient.from_str(device["age"])
        work = Path(self.core.config.data_dir) / WORK_DIR
        work.mkdir(mode=0o700, parents=True, exist_ok=True)
        files: list[CipherFile] = []
        # The manifest whole, in memory: it is small, and its hash is what opinions answer.
        sealed_manifest = b"".join(self.blobs.read_bundle_file(bundle_id, fmt.MANIFEST))
        plain = pyrage.decrypt(sealed_manifest, [identity])
        manifest_sha256 = opinion_format.manifest_sha256(plain)
        sealed = pyrage.encrypt(plain, [recipient])
        del plain
        files.append(self._store(work, bundle_id, device["device_id"], fmt.MANIFEST, sealed))
        for item in envelope.files:
            with _work_file(work) as (path, out):
                try:
                    made = reencrypt_stream(
                        self.blobs.read_bundle_file(bundle_id, item.name),
                        identity,
                        [recipient],
                        out,
                    )
                except ReencryptError:
                    log.error("copy failed bundle=%s file=%s", bundle_id, item.name)
                    raise
                out.flush()
                out.close()
                self.blobs.put_object(delivery_key(bundle_id, device["device_id"], item.name), path)
            files.append(CipherFile(item.name, made.size_cipher, made.sha256_cipher))
        return manifest_sha256, files

    def _store(self, work: Path, bundle_id: str, device_id: str, name: str, data: bytes):
        with _work_file(work) as (path, out):
            out.write(data)
            out.close()
            self.blobs.put_object(delivery_key(bundle_id, device_id, name), path)
        return CipherFile(name, len(data), hashlib.sha256(data).hexdigest())

    # ---- offers: list, accept, decline

    def assignments(self, device) -> dict:
        """The calling specialist's cases, newest offer first."""
        if device["role"] != Role.SPECIALIST:
            raise ApiError(403, Error.NOT_ASSIGNED, "not a specialist device")
        rows = self.db.all(
            "SELECT a.*, b.specialty, b.urgency FROM assignments a JOIN bundles b "
            "ON b.bundle_id = a.bundle_id WHERE a.device_id = ? ORDER BY a.offered_at DESC",
            (device["device_id"],),
        )
        return {"assignments": [_assignment_json(r) for r in rows]}

    def accept(self, device, bundle_id: str) -> dict:
        with self.db.transaction() as conn:
            self.db.serialise(conn, "assignment")
            row = self._active(conn, device, bundle_id)
            if row["state"] == AssignmentState.OFFERED:
                conn.execute(
                    "UPDATE assignments SET state = ? WHERE bundle_id = ? AND device_id = ?",
                    (AssignmentState.ACCEPTED, bundle_id, device["device_id"]),
                )
        log.info("accepted bundle=%s by=%s", bundle_id, device["device_id"])
        return self._one(device, bundle_id)

    def decline(self, device, bundle_id: str, body: dict) -> dict:
        reason = _str_field(body, "reason", optional=True, limit=500)
        with self.db.transaction() as conn:
            self.db.serialise(conn, "assignment")
            self._active(conn, device, bundle_id)
            conn.execute(
                "UPDATE assignments SET state = ?, reason = ? WHERE bundle_id = ? "
                "AND device_id = ?",
                (AssignmentState.DECLINED, reason, bundle_id, device["device_id"]),
            )
            bundle = conn.execute(
                "SELECT specialty FROM bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
            following = next_specialist(conn, bundle_id, bundle["specialty"])
            if following is not None:
                self.core._assign(conn, bundle_id, following)
            else:
                # Nobody left: the case waits for a new specialist or an admin's assign.
                conn.execute(
                    "UPDATE bundles SET status = ?, assigned_to = NULL WHERE bundle_id = ?",
                    (Status.RECEIVED, bundle_id),
                )
        log.info("declined bundle=%s by=%s next=%s", bundle_id, device["device_id"], following)
        return self._one(device, bundle_id)

    def _active(self, conn, device, bundle_id: str):
        if device["role"] != Role.SPECIALIST:
            raise ApiError(403, Error.NOT_ASSIGNED, "not a specialist device")
        row = conn.execute(
            "SELECT a.state, b.assigned_to FROM assignments a JOIN bundles b "
            "ON b.bundle_id = a.bundle_id WHERE a.bundle_id = ? AND a.device_id = ?",
            (bundle_id, device["device_id"]),
        ).fetchone()
        if row is None:
            raise ApiError(403, Error.NOT_YOURS, "case not offered to this device")
        if row["state"] not in AssignmentState.ACTIVE:
            raise ApiError(409, ReviewError.ASSIGNMENT_CLOSED, f"assignment is {row['state']}")
        return row

    def _one(self, device, bundle_id: str) -> dict:
        row = self.db.one(
            "SELECT a.*, b.specialty, b.urgency FROM assignments a JOIN bundles b "
            "ON b.bundle_id = a.bundle_id WHERE a.bundle_id = ? AND a.device_id = ?",
            (bundle_id, device["device_id"]),
        )
        return _assignment_json(row)

    def admin_list(self) -> list[dict]:
        """Every active or waiting case for the admin: who has it, its state and due time."""
        rows = self.db.all(
            "SELECT b.bundle_id, b.specialty, b.urgency, b.status, b.assigned_to, a.state, "
            "a.due_at, a.ready, d.profile FROM bundles b "
            "LEFT JOIN assignments a ON a.bundle_id = b.bundle_id "
            "AND a.device_id = b.assigned_to "
            "LEFT JOIN devices d ON d.device_id = b.assigned_to "
            "WHERE b.state = 'checked' AND b.status IN (?, ?, ?) "
            "ORDER BY a.due_at IS NULL, a.due_at, b.committed_at",
            (Status.RECEIVED, Status.ASSIGNED, Status.IN_REVIEW),
        )
        t = now()
        return [
            {
                "bundle_id": r["bundle_id"],
                "specialty": r["specialty"],
                "urgency": r["urgency"] or protocol.Urgency.ROUTINE,
                "status": r["status"],
                "assigned_to": r["assigned_to"],
                "specialist": json.loads(r["profile"] or "{}").get("name", "")
                if r["assigned_to"]
                else "",
                "state": r["state"] or "waiting",
                "due_at": iso(r["due_at"]) if r["due_at"] else None,
                "overdue": bool(r["due_at"] and r["due_at"] < t),
                "copy_ready": bool(r["ready"]),
            }
            for r in rows
        ]

    # ---- opinions

    def register_opinion(self, device, body: dict) -> tuple[int, dict]:
        try:
            raw = protocol.unb64(_str_field(body, "envelope", limit=100_000))
            envelope = OpinionEnvelope.parse_bytes(raw)
            if envelope.to_bytes() != raw:
                raise ValueError("not canonical JSON")
            if not storage.ID_TEXT.fullmatch(envelope.opinion_id):
                raise ValueError("opinion_id")
        except ShapeError as exc:
            raise ApiError(400, exc.code, f"opinion envelope: {exc}") from exc
        except (ValueError, binascii.Error) as exc:
            raise ApiError(400, OpinionEnvelope.UNREADABLE, "opinion envelope unreadable") from exc
        signature = _str_field(body, "signature", limit=200).strip()
        if envelope.device_id != device["device_id"]:
            raise ApiError(403, Error.DEVICE_MISMATCH, "envelope is not from this device")
        if not _signature_ok(device["ed25519"], raw, signature):
            raise ApiError(403, Error.SIGNATURE_BAD, "opinion envelope signature does not verify")
        if envelope.size_cipher > protocol.OPINION_MAX_SIZE:
            raise ApiError(413, Error.TOO_LARGE, "opinion too large")
        with self.db.transaction() as conn:
            self.db.serialise(conn, "opinion:" + envelope.opinion_id)
            self._answering(conn, device, envelope)
            row = conn.execute(
                "SELECT device_id, envelope FROM opinions WHERE opinion_id = ?",
                (envelope.opinion_id,),
            ).fetchone()
            if row is not None:
                if row["device_id"] != device["device_id"] or row["envelope"] != raw.decode():
                    raise ApiError(409, Error.REPLAYED_SEQUENCE, "opinion_id registered already")
                created = False
            else:
                conn.execute(
                    "INSERT INTO opinions(opinion_id, bundle_id, device_id, envelope, signature, "
                    "size_cipher, state, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        envelope.opinion_id,
                        envelope.bundle_id,
                        device["device_id"],
                        raw.decode(),
                        signature,
                        envelope.size_cipher,
                        "registered",
                        now(),
                    ),
                )
                created = True
        if created:
            log.info(
                "opinion registered opinion=%s bundle=%s", envelope.opinion_id, envelope.bundle_id
            )
        return (201 if created else 200), self.opinion_state(envelope.opinion_id)

    def _answering(self, conn, device, envelope: OpinionEnvelope):
        """The assignment the opinion answers: this specialist's, on this manifest."""
        row = conn.execute(
            "SELECT a.state, a.manifest_sha256 FROM assignments a WHERE a.bundle_id = ? "
            "AND a.device_id = ?",
            (envelope.bundle_id, device["device_id"]),
        ).fetchone()
        if row is None or device["role"] != Role.SPECIALIST:
            raise ApiError(403, Error.NOT_YOURS, "case not assigned to this device")
        # Writing an opinion on an offered case accepts it; a corrected one may follow.
        allowed = (*AssignmentState.ACTIVE, AssignmentState.ANSWERED)
        if row["state"] not in allowed:
            raise ApiError(409, ReviewError.ASSIGNMENT_CLOSED, f"assignment is {row['state']}")
        if row["manifest_sha256"] != envelope.manifest_sha256:
            raise ApiError(422, ReviewError.OPINION_MISMATCH, "manifest hash differs")
        if envelope.replaces is not None:
            earlier = conn.execute(
                "SELECT bundle_id, state FROM opinions WHERE opinion_id = ?", (envelope.replaces,)
            ).fetchone()
            if earlier is None or earlier["bundle_id"] != envelope.bundle_id:
                raise ApiError(422, ReviewError.OPINION_MISMATCH, "replaces no opinion here")
        return row

    def opinion_state(self, opinion_id: str) -> dict:
        row = self.db.one("SELECT * FROM opinions WHERE opinion_id = ?", (opinion_id,))
        if row is None:
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such opinion")
        envelope = OpinionEnvelope.parse_bytes(row["envelope"].encode())
        uploads = {
            r["name"]: r
            for r in self.db.all(
                'SELECT upload_id, name, "offset" FROM uploads WHERE bundle_id = ? '
                "AND state = 'open' AND container = 'opinion'",
                (opinion_id,),
            )
        }
        committed = row["state"] != "registered"
        return {
            "opinion_id": opinion_id,
            "state": "committed" if committed else "registered",
            "files": [
                {
                    "name": f.name,
                    "size_cipher": f.size_cipher,
                    "upload_url": (
                        f"{protocol.UPLOADS_PATH}/{uploads[f.name]['upload_id']}"
                        if f.name in uploads
                        else None
                    ),
                    "offset": f.size_cipher
                    if committed
                    else (uploads[f.name]["offset"] if f.name in uploads else 0),
                }
                for f in envelope.files
            ],
        }

    def own_opinion(self, device, opinion_id: str):
        row = self.db.one("SELECT * FROM opinions WHERE opinion_id = ?", (opinion_id,))
        if row is None:
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such opinion")
        if row["device_id"] != device["device_id"]:
            raise ApiError(403, Error.NOT_YOURS, "opinion of another device")
        return row

    def commit_opinion(self, device, opinion_id: str, uploads_store) -> tuple[int, dict]:
        with self.db.hold("opinion-commit:" + opinion_id, COMMIT_WAIT_SECONDS) as got:
            if not got:
                raise ApiError(503, Error.SERVICE_BUSY, "another commit of this opinion runs")
            return self._commit_held(device, opinion_id, uploads_store)

    def _commit_held(self, device, opinion_id: str, uploads_store) -> tuple[int, dict]:
        row = self.own_opinion(device, opinion_id)
        if row["receipt"] is not None:
            return 200, json.loads(row["receipt"])
        envelope = OpinionEnvelope.parse_bytes(row["envelope"].encode())
        ups = {
            r["name"]: r
            for r in self.db.all(
                "SELECT * FROM uploads WHERE bundle_id = ? AND state = 'open' "
                "AND container = 'opinion'",
                (opinion_id,),
            )
        }
        missing = [
            f.name
            for f in envelope.files
            if f.name not in ups or ups[f.name]["offset"] != f.size_cipher
        ]
        if missing:
            raise ApiError(409, Error.INCOMPLETE, "files not complete", missing=missing)
        states = {}
        changed = []
        for f in envelope.files:
            up = ups[f.name]
            state = uploads_store.finish(up)
            states[f.name] = (up["upload_id"], state)
            if self.blobs.upload_sha256(up["upload_id"], state) != f.sha256_cipher:
                changed.append(f.name)
                uploads_store.delete(up["upload_id"])
        if changed:
            raise ApiError(422, Error.FILE_CHANGED, "files differ from the envelope", files=changed)
        # The service is a recipient: it opens the opinion and checks it before passing it on.
        self._check_opinion(device, envelope, states[protocol.OPINION_FILE])
        for name, (upload_id, state) in states.items():
            self.blobs.place_upload(upload_id, state, opinion_key(opinion_id, name))
        t = now()
        receipt = OpinionReceipt.for_envelope(
            envelope, service_id=self.core.keys.service_id, received_at=iso(t)
        )
        answer = Signed.make(receipt, self.core.keys.signing_key).to_json()
        with self.db.transaction() as conn:
            self.db.serialise(conn, "assignment")
            updated = conn.execute(
                "UPDATE opinions SET state = 'committed', receipt = ?, committed_at = ? "
                "WHERE opinion_id = ? AND receipt IS NULL RETURNING opinion_id",
                (json.dumps(answer), t, opinion_id),
            ).fetchone()
            if updated is None:
                raise ApiError(503, Error.SERVICE_BUSY, "opinion committed meanwhile")
            conn.execute(
                "DELETE FROM uploads WHERE bundle_id = ? AND container = 'opinion'", (opinion_id,)
            )
            conn.execute(
                "UPDATE assignments SET state = ?, answered_at = ? WHERE bundle_id = ? "
                "AND device_id = ?",
                (AssignmentState.ANSWERED, t, envelope.bundle_id, device["device_id"]),
            )
            bundle = conn.execute(
                "SELECT device_id, status FROM bundles WHERE bundle_id = ?", (envelope.bundle_id,)
            ).fetchone()
            if bundle["status"] != Status.OPINION_READY:
                conn.execute(
                    "UPDATE bundles SET status = ? WHERE bundle_id = ?",
                    (Status.OPINION_READY, envelope.bundle_id),
                )
                self.core._emit(
                    conn, envelope.bundle_id, Status.OPINION_READY, [bundle["device_id"]]
                )
            specialist = conn.execute(
                "SELECT * FROM devices WHERE device_id = ?", (device["device_id"],)
            ).fetchone()
            self.core.emit_item(
                conn,
                bundle["device_id"],
                envelope.bundle_id,
                protocol.FeedKind.OPINION_READY,
                lambda cursor: OpinionReady(
                    cursor=cursor,
                    bundle_id=envelope.bundle_id,
                    opinion_id=opinion_id,
                    replaces=envelope.replaces,
                    manifest_sha256=envelope.manifest_sha256,
                    at=iso(t),
                    files=envelope.files,
                    specialist=vouch(specialist),
                ),
            )
        for upload_id, state in states.values():
            self.blobs.delete_upload(upload_id, state)
            uploads_store.forget(upload_id)
        log.info("opinion committed opinion=%s bundle=%s", opinion_id, envelope.bundle_id)
        return 200, answer

    def _check_opinion(self, device, envelope: OpinionEnvelope, upload) -> None:
        upload_id, _state = upload
        sealed = self.blobs.read_upload(upload_id)
        try:
            opinion = opinion_format.unseal(
                sealed, self.core.keys.age_identity, protocol.unb64(device["ed25519"])
            )
        except SignatureError as exc:
            raise ApiError(422, Error.SIGNATURE_BAD, "opinion signature does not verify") from exc
        except ShapeError as exc:
            raise ApiError(422, exc.code, "opinion unreadable", where=exc.where) from exc
        bound = (opinion.opinion_id, opinion.bundle_id, opinion.manifest_sha256, opinion.device_id)
        expected = (
            envelope.opinion_id,
            envelope.bundle_id,
            envelope.manifest_sha256,
            envelope.device_id,
        )
        if bound != expected or opinion.replaces != envelope.replaces:
            raise ApiError(422, ReviewError.OPINION_MISMATCH, "opinion differs from its envelope")
        questions = self._questions(envelope.bundle_id)
        try:
            opinion.check_answers(questions)
        except ShapeError as exc:
            raise ApiError(
                422, exc.code, "a question has no answer", question_id=exc.where
            ) from exc

    def _questions(self, bundle_id: str) -> list[str]:
        sealed = b"".join(self.blobs.read_bundle_file(bundle_id, fmt.MANIFEST))
        manifest = json.loads(pyrage.decrypt(sealed, [self.core.keys.age_identity]))
        referral = (manifest.get("case") or {}).get("referral") or {}
        questions = referral.get("questions") or []
        return [q for q in questions if isinstance(q, str)]

    def opinion_file(self, device, opinion_id: str, name: str) -> tuple[str, BundleFileInfo]:
        """A committed opinion's file, for the clinic device that sent the bundle and the
        specialist that wrote it; ``not_yours`` for anyone else."""
        row = self.db.one(
            "SELECT o.state, o.device_id, b.device_id AS clinic FROM opinions o "
            "JOIN bundles b ON b.bundle_id = o.bundle_id WHERE o.opinion_id = ?",
            (opinion_id,),
        )
        if row is None or row["state"] != "committed":
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such opinion")
        if device["device_id"] not in (row["device_id"], row["clinic"]):
            raise ApiError(403, Error.NOT_YOURS, "opinion for another device")
        if name != protocol.OPINION_FILE:
            raise ApiError(404, Error.FILE_UNKNOWN, "no such file")
        key = opinion_key(opinion_id, name)
        info = self.blobs.object_info(key)
        if info is None:
            raise ApiError(404, Error.FILE_UNKNOWN, "no such file")
        return key, info


def _assignment_json(row) -> dict:
    return {
        "bundle_id": row["bundle_id"],
        "state": row["state"],
        "specialty": row["specialty"],
        "urgency": row["urgency"] or protocol.Urgency.ROUTINE,
        "offered_at": iso(row["offered_at"]),
        "due_at": iso(row["due_at"]),
        "ready": bool(row["ready"]),
    }


@contextlib.contextmanager
def _work_file(work: Path):
    """A new file for ciphertext in the work folder, removed afterwards if still there."""
    fd, name = tempfile.mkstemp(dir=work, prefix=".copy-")
    path = Path(name)
    out = os.fdopen(fd, "wb")
    try:
        yield path, out
    finally:
        out.close()
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
