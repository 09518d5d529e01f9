"""What the service does, without HTTP: enrollment, tokens, envelope registration, commits
with signed receipts, the feed, specialist status and assignment.

Every method either returns plain JSON-ready values or raises ApiError with a protocol code.
Upload bytes are handled by opinion_service.uploads; this module only reads finished uploads
through the blob store. Thread-safety: a ``Core`` is shared by all request threads, and by
several instances through the metadata store: its transactions and constraints serialise
changes, and a bundle's commit runs under ``Metadata.hold``, so two commits of one bundle on
two instances give one bundle and one receipt.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import logging
import secrets
from collections.abc import Callable

import pyrage

from opinion_service import storage
from opinion_service.blobs import Blobs, BundleFileInfo, object_key
from opinion_service.config import ServiceConfig
from opinion_service.errors import ApiError
from opinion_service.keys import ServiceKeys
from opinion_service.metadata import Metadata, enqueue_job, next_counter
from opinion_service.timeutil import iso, now
from sync import protocol
from sync.bundle import format as fmt
from sync.protocol import (
    AssignmentState,
    Envelope,
    Error,
    FeedItem,
    KeyVouch,
    Receipt,
    ReviewError,
    Role,
    ShapeError,
    Signed,
    Status,
    Urgency,
    parse_feed_item,
)

log = logging.getLogger("opinion_service")

# Unambiguous: no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 12

# The job that checks a committed bundle (opinion_service.worker).
CHECK_JOB = "check"
# What a code (and so an enrolled device) says about who holds it: sync.protocol.KeyVouch.
PROFILE_KEYS = ("name", "qualification", "council", "registration")
# The job that makes the assigned specialist's copy of a bundle (opinion_service.review).
REENCRYPT_JOB = "reencrypt"
# How long a commit waits for another commit of the same bundle to finish.
COMMIT_WAIT_SECONDS = 120.0


def normalise_code(text: str) -> str:
    return "".join(ch for ch in str(text).upper() if ch.isalnum())


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_profile(profile: dict) -> dict:
    """``{name, qualification, council, registration}``, each a short text ('' when not
    given): a specialist's person and registration, or a clinic's name."""
    out = {}
    for key in PROFILE_KEYS:
        value = profile.get(key) or ""
        if not isinstance(value, str) or len(value) > 200:
            raise ValueError(f"profile {key} must be a text of at most 200 characters")
        out[key] = value.strip()
    return out


def vouch(device) -> KeyVouch:
    """The service's word on a device row's keys and who it is (goes into signed items)."""
    profile = clean_profile(json.loads(device["profile"] or "{}"))
    return KeyVouch(
        device_id=device["device_id"],
        role=device["role"],
        ed25519=device["ed25519"],
        age=device["age"],
        specialties=tuple(json.loads(device["specialties"])),
        **profile,
    )


def _str_field(body: dict, name: str, *, optional: bool = False, limit: int = 200) -> str:
    value = body.get(name)
    if optional and value in (None, ""):  # an empty optional field is the same as none
        return ""
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ApiError(400, Error.BAD_REQUEST, f"field {name} missing or malformed")
    return value


class Core:
    def __init__(
        self, config: ServiceConfig, keys: ServiceKeys, db: Metadata, blobs: Blobs
    ) -> None:
        self.config = config
        self.keys = keys
        self.db = db
        self.blobs = blobs
        # Set by the checker: called with a bundle_id after commit.
        self.on_committed: Callable[[str], None] | None = None

    # ---- service info

    def service_info(self) -> dict:
        return {
            "protocol": protocol.PROTOCOL,
            "service_id": self.keys.service_id,
            "ed25519": self.keys.ed25519,
            "age": self.keys.age,
            "tus": {"path": protocol.UPLOADS_PATH, "max_size": self.config.max_size},
            "upload_expiry_seconds": self.config.upload_expiry_seconds,
        }

    def _service_keys(self) -> dict:
        return {
            "service_id": self.keys.service_id,
            "ed25519": self.keys.ed25519,
            "age": self.keys.age,
        }

    # ---- codes and enrollment

    def new_code(self, role: str, specialties=(), profile: dict | None = None) -> dict:
        """A one-time code for a device of ``role``; what the device enrolls as (its role,
        specialties and ``profile``: name, qualification, council, registration) is the
        code's, never the device's say."""
        if role not in Role.ALL:
            raise ValueError(f"unknown role {role!r}")
        specs = sorted({s.strip().lower() for s in specialties if s.strip()})
        person = clean_profile(profile or {})
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        created = now()
        expires = created + self.config.code_ttl_seconds
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO codes(code_sha256, role, specialties, created_at, expires_at, "
                "profile) VALUES (?, ?, ?, ?, ?, ?)",
                (sha256_text(raw), role, json.dumps(specs), created, expires, json.dumps(person)),
            )
        log.info("code made role=%s specialties=%d", role, len(specs))
        return {
            "code": format_code(raw),
            "role": role,
            "specialties": specs,
            "profile": person,
            "expires_at": iso(expires),
            "service_fingerprint": self.keys.fingerprint,
        }

    def enroll(self, body: dict) -> dict:
        code = normalise_code(_str_field(body, "code", limit=40))
        role = _str_field(body, "role", optional=True) or None
        device_id = _str_field(body, "device_id", limit=64)
        ed25519 = _str_field(body, "ed25519", limit=100)
        age = _str_field(body, "age", limit=200)
        label = _str_field(body, "label", optional=True, limit=200)
        try:
            raw_key = protocol.unb64(ed25519)
            if len(raw_key) != 32:
                raise ValueError("not 32 bytes")
            pyrage.x25519.Recipient.from_str(age)
        except (ValueError, binascii.Error, pyrage.RecipientError) as exc:
            raise ApiError(400, Error.BAD_REQUEST, "ed25519 or age key malformed") from exc
        if protocol.key_id("dev-", raw_key) != device_id:
            raise ApiError(400, Error.DEVICE_MISMATCH, "device_id is not derived from ed25519")
        t = now()
        with self.db.transaction() as conn:
            # One code, two devices racing on two instances: the second sees it used.
            self.db.serialise(conn, "code:" + sha256_text(code))
            row = conn.execute(
                "SELECT * FROM codes WHERE code_sha256 = ?", (sha256_text(code),)
            ).fetchone()
            if row is None or row["expires_at"] < t:
                raise ApiError(403, Error.CODE_INVALID, "no such code, or expired")
            if row["used_by"] is not None and row["used_by"] != device_id:
                raise ApiError(403, Error.CODE_USED, "code already used by another device")
            if role is not None and role != row["role"]:
                raise ApiError(400, Error.BAD_REQUEST, "role differs from the code's role")
            conn.execute(
                "UPDATE codes SET used_by = ?, used_at = ? WHERE code_sha256 = ?",
                (device_id, t, row["code_sha256"]),
            )
            conn.execute(
                "INSERT INTO devices(device_id, role, specialties, ed25519, age, label, "
                "enrolled_at, profile) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(device_id) DO UPDATE SET role = excluded.role, "
                "specialties = excluded.specialties, ed25519 = excluded.ed25519, "
                "age = excluded.age, label = excluded.label, profile = excluded.profile, "
                "revoked = 0",
                (
                    device_id,
                    row["role"],
                    row["specialties"],
                    ed25519,
                    age,
                    label,
                    t,
                    row["profile"],
                ),
            )
            token, expires = self._new_token(conn, device_id)
        log.info("enrolled device=%s role=%s", device_id, row["role"])
        if row["role"] == Role.SPECIALIST:
            self.assign_waiting()
        return {
            "device_id": device_id,
            "role": row["role"],
            "specialties": json.loads(row["specialties"]),
            "profile": clean_profile(json.loads(row["profile"])),
            "token": token,
            "token_expires_at": iso(expires),
            "service": self._service_keys(),
        }

    # ---- tokens

    def _new_token(self, conn, device_id: str) -> tuple[str, int]:
        token = secrets.token_urlsafe(32)
        expires = now() + self.config.token_ttl_seconds
        conn.execute("DELETE FROM tokens WHERE expires_at < ?", (now() - 86400,))
        conn.execute(
            "INSERT INTO tokens(token_sha256, device_id, expires_at) VALUES (?, ?, ?)",
            (sha256_text(token), device_id, expires),
        )
        return token, expires

    def _device(self, device_id: str):
        row = self.db.one("SELECT * FROM devices WHERE device_id = ?", (device_id,))
        if row is None:
            raise ApiError(403, Error.DEVICE_UNKNOWN, "device not enrolled")
        if row["revoked"]:
            raise ApiError(403, Error.DEVICE_REVOKED, "device revoked")
        return row

    def challenge(self, body: dict) -> dict:
        device_id = _str_field(body, "device_id", limit=64)
        self._device(device_id)
        nonce = protocol.b64(secrets.token_bytes(32))
        expires = now() + self.config.challenge_ttl_seconds
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM challenges WHERE expires_at < ?", (now(),))
            conn.execute(
                "INSERT INTO challenges(nonce, device_id, expires_at) VALUES (?, ?, ?)",
                (nonce, device_id, expires),
            )
        return {"nonce": nonce, "expires_at": iso(expires)}

    def token(self, body: dict) -> dict:
        device_id = _str_field(body, "device_id", limit=64)
        nonce = _str_field(body, "nonce", limit=100)
        signature = _str_field(body, "signature", limit=200)
        device = self._device(device_id)
        with self.db.transaction() as conn:
            row = conn.execute(
                "DELETE FROM challenges WHERE nonce = ? AND device_id = ? RETURNING expires_at",
                (nonce, device_id),
            ).fetchone()
            if row is None or row["expires_at"] < now():
                raise ApiError(403, Error.CHALLENGE_INVALID, "no such challenge, or expired")
        if not _signature_ok(
            device["ed25519"], protocol.token_message(device_id, nonce), signature
        ):
            raise ApiError(403, Error.SIGNATURE_BAD, "token signature does not verify")
        with self.db.transaction() as conn:
            token, expires = self._new_token(conn, device_id)
        log.info("token renewed device=%s", device_id)
        return {"token": token, "token_expires_at": iso(expires)}

    def authenticate(self, authorization: str | None):
        """The device row of a valid bearer token, else 401/403."""
        if not authorization or not authorization.startswith("Bearer "):
            raise ApiError(401, Error.TOKEN_INVALID, "no bearer token")
        token = authorization[len("Bearer ") :].strip()
        row = self.db.one(
            "SELECT device_id, expires_at FROM tokens WHERE token_sha256 = ?",
            (sha256_text(token),),
        )
        if row is None:
            raise ApiError(401, Error.TOKEN_INVALID, "unknown token")
        if row["expires_at"] <= now():
            raise ApiError(401, Error.TOKEN_EXPIRED, "token expired")
        return self._device(row["device_id"])

    # ---- envelope registration

    def register(self, device, body: dict) -> tuple[int, dict]:
        if device["role"] != Role.CLINIC:
            raise ApiError(403, Error.WRONG_ROLE, "only a clinic device sends bundles")
        try:
            envelope_bytes = protocol.unb64(_str_field(body, "envelope", limit=10_000_000))
            envelope = Envelope.parse_bytes(envelope_bytes)
            if envelope.to_bytes() != envelope_bytes:
                raise ValueError("not canonical JSON")
            if not storage.ID_TEXT.fullmatch(envelope.bundle_id):
                raise ValueError("bundle_id")
        except ShapeError as exc:  # envelope_unreadable or format_unknown
            raise ApiError(400, exc.code, f"envelope: {exc}") from exc
        except (ValueError, binascii.Error) as exc:
            raise ApiError(400, Error.ENVELOPE_UNREADABLE, "envelope is not readable") from exc
        bundle_id, seq = envelope.bundle_id, envelope.seq
        signature = body.get("signature")
        if not isinstance(signature, str):
            raise ApiError(400, Error.BAD_REQUEST, "field signature missing")
        signer = device
        carried = body.get("carried") is True
        if envelope.device_id != device["device_id"]:
            if not carried:
                raise ApiError(403, Error.DEVICE_MISMATCH, "envelope is not from this device")
            signer = self._carried_signer(envelope.device_id)
        # Against the key the signer enrolled with, never the one the envelope names.
        if envelope.device_key != signer["ed25519"] or not _signature_ok(
            signer["ed25519"], envelope_bytes, signature.strip()
        ):
            raise ApiError(403, Error.SIGNATURE_BAD, "envelope signature does not verify")
        total = envelope.size_cipher
        if total > self.config.max_size:
            raise ApiError(413, Error.TOO_LARGE, f"bundle is {total} bytes")
        relayed = signer["device_id"] != device["device_id"]
        with self.db.transaction() as conn:
            # Two registrations racing on two instances: the second sees the first's row.
            self.db.serialise(conn, "register:" + signer["device_id"])
            self.db.serialise(conn, "bundle:" + bundle_id)
            row = conn.execute(
                "SELECT bundle_id, device_id FROM bundles WHERE bundle_id = ? "
                "OR (device_id = ? AND seq = ?)",
                (bundle_id, signer["device_id"], seq),
            ).fetchall()
            same = [r for r in row if r["bundle_id"] == bundle_id]
            if same and same[0]["device_id"] != signer["device_id"]:
                raise ApiError(403, Error.NOT_YOURS, "bundle_id belongs to another device")
            if not same and row:
                raise ApiError(409, Error.REPLAYED_SEQUENCE, "sequence number already used")
            created = not same
            if created:
                conn.execute(
                    "INSERT INTO bundles(bundle_id, device_id, seq, envelope, signature, "
                    "size_cipher, state, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        bundle_id,
                        signer["device_id"],
                        seq,
                        envelope_bytes,
                        signature.strip(),
                        total,
                        "registered",
                        now(),
                    ),
                )
            elif (
                conn.execute(
                    "SELECT envelope FROM bundles WHERE bundle_id = ?", (bundle_id,)
                ).fetchone()["envelope"]
                != envelope_bytes
            ):
                raise ApiError(409, Error.REPLAYED_SEQUENCE, "bundle_id registered differently")
            if relayed:
                # The carrier may upload and commit it; the bundle stays the signer's (its
                # feed, its case), and the signer's own copy arriving later is the same one.
                conn.execute(
                    "INSERT INTO bundle_relays(bundle_id, device_id, registered_at) "
                    "VALUES (?, ?, ?) ON CONFLICT(bundle_id, device_id) DO NOTHING",
                    (bundle_id, device["device_id"], now()),
                )
        if created:
            log.info(
                "registered bundle=%s device=%s seq=%d files=%d bytes=%d%s",
                bundle_id,
                signer["device_id"],
                seq,
                len(envelope.all_files),
                total,
                f" carried_by={device['device_id']}" if relayed else "",
            )
        return (201 if created else 200), self.bundle_state(bundle_id)

    def _carried_signer(self, device_id: str):
        """The enrolled clinic device that signed a carried envelope; 403 device_mismatch for
        any other signer (unknown, revoked or not a clinic): a carrier vouches for nothing."""
        row = self.db.one("SELECT * FROM devices WHERE device_id = ?", (device_id,))
        if row is None or row["revoked"] or row["role"] != Role.CLINIC:
            raise ApiError(
                403, Error.DEVICE_MISMATCH, "envelope is not from an enrolled clinic device"
            )
        return row

    def bundle_state(self, bundle_id: str) -> dict:
        bundle = self.db.one("SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,))
        if bundle is None:
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such bundle")
        envelope = Envelope.parse_bytes(bundle["envelope"])
        uploads = {
            r["name"]: r
            for r in self.db.all(
                'SELECT upload_id, name, "offset" FROM uploads '
                "WHERE bundle_id = ? AND state = 'open'",
                (bundle_id,),
            )
        }
        committed = bundle["state"] != "registered"
        files = []
        for item in envelope.all_files:
            up = uploads.get(item.name)
            files.append(
                {
                    "name": item.name,
                    "size_cipher": item.size_cipher,
                    "upload_url": (
                        f"{protocol.UPLOADS_PATH}/{up['upload_id']}" if up is not None else None
                    ),
                    "offset": (
                        item.size_cipher if committed else (up["offset"] if up is not None else 0)
                    ),
                }
            )
        return {
            "bundle_id": bundle_id,
            "state": "committed" if committed else "registered",
            "files": files,
        }

    def own_bundle(self, device, bundle_id: str):
        """The bundle's row when ``device`` signed it or carried it (registered it for its
        signer); 404/403 otherwise."""
        row = self.db.one("SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,))
        if row is None:
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such bundle")
        if row["device_id"] != device["device_id"] and not self.carries(
            device["device_id"], bundle_id
        ):
            raise ApiError(403, Error.NOT_YOURS, "bundle of another device")
        return row

    def carries(self, device_id: str, bundle_id: str) -> bool:
        """Whether ``device_id`` registered ``bundle_id`` on behalf of its signer."""
        found = self.db.one(
            "SELECT 1 AS ok FROM bundle_relays WHERE bundle_id = ? AND device_id = ?",
            (bundle_id, device_id),
        )
        return found is not None

    # ---- commit

    def commit(self, device, bundle_id: str, uploads_store) -> tuple[int, dict]:
        with self.db.hold("commit:" + bundle_id, COMMIT_WAIT_SECONDS) as got:
            if not got:
                raise ApiError(503, Error.SERVICE_BUSY, "another commit of this bundle runs")
            status, answer, done = self._commit_held(device, bundle_id, uploads_store)
        if done and self.on_committed is not None:
            self.on_committed(bundle_id)
        return status, answer

    def _commit_held(self, device, bundle_id: str, uploads_store) -> tuple[int, dict, bool]:
        bundle = self.own_bundle(device, bundle_id)
        if bundle["receipt"] is not None:
            return 200, json.loads(bundle["receipt"]), False
        envelope = Envelope.parse_bytes(bundle["envelope"])
        listed = envelope.all_files
        rows = {
            r["name"]: r
            for r in self.db.all(
                "SELECT * FROM uploads WHERE bundle_id = ? AND state = 'open'", (bundle_id,)
            )
        }
        missing = [
            item.name
            for item in listed
            if item.name not in rows or rows[item.name]["offset"] != item.size_cipher
        ]
        if missing:
            raise ApiError(409, Error.INCOMPLETE, "files not complete", missing=missing)
        changed = []
        states = {}
        for item in listed:
            up = rows[item.name]
            state = uploads_store.finish(up)
            states[item.name] = (up["upload_id"], state)
            if self.blobs.upload_sha256(up["upload_id"], state) != item.sha256_cipher:
                changed.append(item.name)
                uploads_store.delete(up["upload_id"])
        if changed:
            log.info("commit bundle=%s file_changed=%d", bundle_id, len(changed))
            raise ApiError(422, Error.FILE_CHANGED, "files differ from the envelope", files=changed)
        self.blobs.commit_bundle(bundle_id, bytes(bundle["envelope"]), bundle["signature"], states)
        t = now()
        receipt = Receipt.for_envelope(
            envelope, service_id=self.keys.service_id, received_at=iso(t)
        )
        answer = Signed.make(receipt, self.keys.signing_key).to_json()
        with self.db.transaction() as conn:
            updated = conn.execute(
                "UPDATE bundles SET state = 'committed', status = ?, receipt = ?, "
                "committed_at = ? WHERE bundle_id = ? AND receipt IS NULL RETURNING bundle_id",
                (Status.RECEIVED, json.dumps(answer), t, bundle_id),
            ).fetchone()
            if updated is None:  # cannot happen under the hold; the constraint says it twice
                raise ApiError(503, Error.SERVICE_BUSY, "bundle committed meanwhile")
            conn.execute("DELETE FROM uploads WHERE bundle_id = ?", (bundle_id,))
            self._emit(conn, bundle_id, Status.RECEIVED, [bundle["device_id"]])
            enqueue_job(conn, CHECK_JOB, bundle_id)
        for upload_id, state in states.values():
            # The bundle holds its own copy (or link) of the bytes; the upload's go.
            self.blobs.delete_upload(upload_id, state)
            uploads_store.forget(upload_id)
        log.info("committed bundle=%s bytes=%d", bundle_id, bundle["size_cipher"])
        return 200, answer, True

    # ---- feed

    def _emit(self, conn, bundle_id: str, status: str, devices, problem: str | None = None):
        specialty = conn.execute(
            "SELECT specialty FROM bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()["specialty"]
        for device_id in devices:
            self.emit_item(
                conn,
                device_id,
                bundle_id,
                status,
                lambda cursor: FeedItem(cursor, bundle_id, status, iso(now()), specialty, problem),
            )

    def emit_item(self, conn, device_id: str, bundle_id: str, label: str, make) -> None:
        """Append to ``device_id``'s feed the signed item ``make(cursor)`` builds (any kind of
        sync.protocol.FEED_SHAPES); ``label`` is its status or kind, for operators' queries."""
        # Cursors must become visible in order, or a device reading the feed meanwhile would
        # step past one committed late: feed writers take turns.
        self.db.serialise(conn, "feed")
        cursor = conn.execute(
            "INSERT INTO feed(device_id, bundle_id, status) VALUES (?, ?, ?) RETURNING cursor",
            (device_id, bundle_id, label),
        ).fetchone()["cursor"]
        item = make(cursor)
        conn.execute(
            "UPDATE feed SET item = ?, signature = ? WHERE cursor = ?",
            (
                json.dumps(item.to_json()),
                Signed.make(item, self.keys.signing_key).signature,
                cursor,
            ),
        )

    def feed(self, device, after: int, limit: int) -> dict:
        limit = max(1, min(limit, 500))
        rows = self.db.all(
            "SELECT cursor, item, signature FROM feed WHERE device_id = ? AND cursor > ? "
            "ORDER BY cursor LIMIT ?",
            (device["device_id"], after, limit + 1),
        )
        more = len(rows) > limit
        rows = rows[:limit]
        items = [
            Signed(parse_feed_item(json.loads(r["item"])), r["signature"]).to_json() for r in rows
        ]
        return {"items": items, "next": rows[-1]["cursor"] if rows else after, "more": more}

    # ---- after the check: rejection and assignment

    def checked(
        self,
        bundle_id: str,
        problem: str | None,
        specialty: str | None,
        urgency: str | None = None,
        follows: str | None = None,
    ) -> None:
        """The check's outcome: rejected with ``problem``, or checked and offered. An update
        bundle (``follows``: the manifest's ``update_of``) goes to the specialist who has the
        case it follows, so files sent with a follow-up question reach the one answering."""
        with self.db.transaction() as conn:
            self.db.serialise(conn, "bundle:" + bundle_id)
            bundle = conn.execute(
                "SELECT device_id, state FROM bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
            if bundle is None or bundle["state"] != "committed":
                return
            if problem is not None:
                conn.execute(
                    "UPDATE bundles SET state = 'rejected', status = ?, problem = ? "
                    "WHERE bundle_id = ?",
                    (Status.REJECTED, problem, bundle_id),
                )
                self._emit(conn, bundle_id, Status.REJECTED, [bundle["device_id"]], problem)
                log.info("rejected bundle=%s problem=%s", bundle_id, problem)
                return
            conn.execute(
                "UPDATE bundles SET state = 'checked', specialty = ?, urgency = ?, follows = ? "
                "WHERE bundle_id = ?",
                (specialty, urgency, follows, bundle_id),
            )
            log.info("checked bundle=%s", bundle_id)
        self.assign_waiting()

    def assign_waiting(self) -> None:
        """Give every checked, unassigned bundle to a specialist of its specialty, if any."""
        with self.db.transaction() as conn:
            self.db.serialise(conn, "assignment")
            waiting = conn.execute(
                "SELECT bundle_id, specialty, device_id, follows FROM bundles "
                "WHERE state = 'checked' AND status = ? ORDER BY committed_at, bundle_id",
                (Status.RECEIVED,),
            ).fetchall()
            for bundle in waiting:
                specialist = _followed_specialist(conn, bundle) or next_specialist(
                    conn, bundle["bundle_id"], bundle["specialty"]
                )
                if specialist is not None:
                    self._assign(conn, bundle["bundle_id"], specialist)

    def _assign(self, conn, bundle_id: str, specialist: str) -> None:
        """Offer the case to ``specialist`` (inside the caller's transaction): any earlier
        active offer is withdrawn, the due time starts, and the specialist's copy is queued."""
        bundle = conn.execute(
            "SELECT device_id, urgency FROM bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        t = now()
        conn.execute(
            "UPDATE assignments SET state = ? WHERE bundle_id = ? AND device_id <> ? "
            "AND state IN (?, ?)",
            (AssignmentState.WITHDRAWN, bundle_id, specialist, *AssignmentState.ACTIVE),
        )
        conn.execute(
            "INSERT INTO assignments(bundle_id, device_id, state, offered_at, due_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(bundle_id, device_id) DO UPDATE SET "
            "state = excluded.state, offered_at = excluded.offered_at, "
            "due_at = excluded.due_at, reason = '', answered_at = NULL, ready = 0",
            (
                bundle_id,
                specialist,
                AssignmentState.OFFERED,
                t,
                t + Urgency.due_seconds(bundle["urgency"]),
            ),
        )
        conn.execute(
            "UPDATE bundles SET status = ?, assigned_to = ? WHERE bundle_id = ?",
            (Status.ASSIGNED, specialist, bundle_id),
        )
        conn.execute(
            "UPDATE devices SET last_assigned = ? WHERE device_id = ?",
            (next_counter(conn, "assignment"), specialist),
        )
        self._emit(conn, bundle_id, Status.ASSIGNED, [bundle["device_id"], specialist])
        enqueue_job(conn, REENCRYPT_JOB, bundle_id)
        log.info("assigned bundle=%s to=%s", bundle_id, specialist)

    def reassign(self, bundle_id: str, device_id: str) -> None:
        with self.db.transaction() as conn:
            self.db.serialise(conn, "assignment")
            bundle = conn.execute(
                "SELECT state FROM bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()
            if bundle is None:
                raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such bundle")
            if bundle["state"] != "checked":
                raise ApiError(409, Error.BAD_REQUEST, f"bundle is {bundle['state']}")
            device = conn.execute(
                "SELECT role, revoked, specialties FROM devices WHERE device_id = ?", (device_id,)
            ).fetchone()
            if device is None or device["revoked"]:
                raise ApiError(404, Error.DEVICE_UNKNOWN, "no such device")
            if device["role"] != Role.SPECIALIST:
                raise ApiError(400, Error.BAD_REQUEST, "device is not a specialist")
            specialty = conn.execute(
                "SELECT specialty FROM bundles WHERE bundle_id = ?", (bundle_id,)
            ).fetchone()["specialty"]
            if specialty not in json.loads(device["specialties"]):
                raise ApiError(409, Error.SPECIALTY_MISMATCH, "specialist of another specialty")
            self._assign(conn, bundle_id, device_id)

    # ---- specialist side

    def set_status(self, device, bundle_id: str, body: dict) -> dict:
        status = body.get("status")
        if status not in (Status.IN_REVIEW, Status.OPINION_READY):
            raise ApiError(400, Error.BAD_REQUEST, "status must be in_review or opinion_ready")
        with self.db.transaction() as conn:
            self.db.serialise(conn, "bundle:" + bundle_id)
            bundle = self._assigned_bundle(conn, device, bundle_id)
            if bundle["status"] != status:
                conn.execute(
                    "UPDATE bundles SET status = ? WHERE bundle_id = ?", (status, bundle_id)
                )
                self._emit(conn, bundle_id, status, [bundle["device_id"]])
        log.info("status bundle=%s status=%s", bundle_id, status)
        return {"bundle_id": bundle_id, "status": status}

    def _assigned_bundle(self, conn, device, bundle_id: str, *, other_specialist=False):
        """The bundle if it is assigned to ``device``; else 404, or 403 ``not_assigned``
        (``not_yours`` for a specialist, when ``other_specialist``)."""
        bundle = conn.execute("SELECT * FROM bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()
        if bundle is None:
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such bundle")
        if device["role"] != Role.SPECIALIST:
            raise ApiError(403, Error.NOT_ASSIGNED, "bundle not assigned to this device")
        if bundle["assigned_to"] != device["device_id"]:
            if other_specialist:
                raise ApiError(403, Error.NOT_YOURS, "case assigned to another specialist")
            raise ApiError(403, Error.NOT_ASSIGNED, "bundle not assigned to this device")
        return bundle

    def bundle_file(self, device, bundle_id: str, name: str) -> tuple[str | None, BundleFileInfo]:
        """A case file for the specialist it is assigned to: ``(object key, info)`` of its
        re-encrypted copy (manifest.age, fNNN.age), or ``(None, info)`` of the bundle's own
        envelope.json and envelope.sig. A specialist the case is not (or no longer) offered
        to gets ``not_yours``; a device that is no specialist ``not_assigned``."""
        with self.db.transaction() as conn:
            bundle = self._assigned_bundle(conn, device, bundle_id, other_specialist=True)
            row = conn.execute(
                "SELECT state, ready FROM assignments WHERE bundle_id = ? AND device_id = ?",
                (bundle_id, device["device_id"]),
            ).fetchone()
        if row is None or row["state"] not in AssignmentState.ACTIVE:
            raise ApiError(403, Error.NOT_YOURS, "case not offered to this device")
        if name in (fmt.ENVELOPE, fmt.ENVELOPE_SIG):
            info = self.blobs.bundle_file(bundle["bundle_id"], name)
            if info is None:
                raise ApiError(404, Error.FILE_UNKNOWN, "no such file in the bundle")
            return None, info
        if name != fmt.MANIFEST and not fmt.FILE_NAME.fullmatch(name):
            raise ApiError(404, Error.FILE_UNKNOWN, "no such file in the bundle")
        if not row["ready"]:
            raise ApiError(409, ReviewError.NOT_READY, "the copy for this device is being made")
        key = delivery_key(bundle_id, device["device_id"], name)
        info = self.blobs.object_info(key)
        if info is None:
            raise ApiError(404, Error.FILE_UNKNOWN, "no such file in the bundle")
        return key, info


def delivery_key(bundle_id: str, device_id: str, name: str) -> str:
    """Where the copy of a bundle file re-encrypted to one specialist is kept."""
    return object_key("deliveries", bundle_id, device_id, name)


def case_specialist(conn, bundle_id: str) -> str | None:
    """The specialist who has a case: the one who answered it, else the one it is assigned
    to while the offer is open; None while nobody has it."""
    row = conn.execute(
        "SELECT device_id FROM assignments WHERE bundle_id = ? AND state = ? "
        "ORDER BY answered_at DESC LIMIT 1",
        (bundle_id, AssignmentState.ANSWERED),
    ).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT a.device_id FROM assignments a JOIN bundles b "
            "ON b.bundle_id = a.bundle_id AND b.assigned_to = a.device_id "
            "WHERE a.bundle_id = ? AND a.state IN (?, ?)",
            (bundle_id, *AssignmentState.ACTIVE),
        ).fetchone()
    return None if row is None else row["device_id"]


def _followed_specialist(conn, bundle) -> str | None:
    """For an update bundle: the specialist who has the case it follows (sent by the same
    clinic device), while enrolled and not one who declined this update."""
    if not bundle["follows"]:
        return None
    followed = conn.execute(
        "SELECT device_id FROM bundles WHERE bundle_id = ?", (bundle["follows"],)
    ).fetchone()
    if followed is None or followed["device_id"] != bundle["device_id"]:
        return None
    specialist = case_specialist(conn, bundle["follows"])
    if specialist is None:
        return None
    usable = conn.execute(
        "SELECT 1 AS ok FROM devices WHERE device_id = ? AND revoked = 0 AND device_id NOT IN "
        "(SELECT device_id FROM assignments WHERE bundle_id = ? AND state = ?)",
        (specialist, bundle["bundle_id"], AssignmentState.DECLINED),
    ).fetchone()
    return specialist if usable is not None else None


def next_specialist(conn, bundle_id: str, specialty: str | None) -> str | None:
    """The enrolled specialist of ``specialty`` given a case longest ago (round robin),
    leaving out any who declined this bundle."""
    if not specialty:
        return None
    rows = conn.execute(
        "SELECT device_id, specialties FROM devices WHERE role = ? AND revoked = 0 "
        "AND device_id NOT IN (SELECT device_id FROM assignments WHERE bundle_id = ? "
        "AND state = ?) ORDER BY last_assigned, enrolled_at, rowid",
        (Role.SPECIALIST, bundle_id, AssignmentState.DECLINED),
    ).fetchall()
    for row in rows:
        if specialty in json.loads(row["specialties"]):
            return row["device_id"]
    return None


def _signature_ok(public_b64: str, message: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(protocol.unb64(public_b64)).verify(
            protocol.unb64(signature), message
        )
    except (InvalidSignature, ValueError, TypeError, binascii.Error):
        return False
    return True
