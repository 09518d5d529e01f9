"""Follow-up messages at the service, without HTTP: who the other party of a case's thread is
(``peer``, a signed vouch), and posting a message (``post``): checked, stored once, and passed
on to the other party as a signed ``thread_message`` feed item carrying the sealed message.

Only the clinic device that sent the case and the specialist who has it (the one who answered
it, else the one it is assigned to) take part. The service is a recipient of every message: it
opens it and checks the author's signature and that the message is the one it is posted as
before storing it. A message id is stored once: the same message posted again (a retry after a
cut) answers the first receipt; other content under a known id is ``message_replayed``. The
``thread_messages`` table keeps ids, hashes and receipts only; the sealed bytes travel in the
feed item.

Thread-safety: shared like ``Core``; a post runs in one transaction serialised on the case.
"""

from __future__ import annotations

import binascii
import json
import logging

from opinion_service import storage
from opinion_service.core import Core, _str_field, case_specialist, vouch
from opinion_service.errors import ApiError
from opinion_service.timeutil import iso, now
from sync import protocol, thread_format
from sync.protocol import (
    Error,
    Role,
    ShapeError,
    SignatureError,
    Signed,
    ThreadError,
    ThreadPeer,
    ThreadPosted,
    ThreadReceipt,
)

log = logging.getLogger("opinion_service")

# base64 of the largest sealed message, and room for the message id around it.
SEALED_TEXT_LIMIT = (protocol.THREAD_MESSAGE_MAX_SIZE + 2) // 3 * 4


class Threads:
    def __init__(self, core: Core) -> None:
        self.core = core

    @property
    def db(self):
        return self.core.db

    # ---- who is in a case's thread

    def _parties(self, conn, bundle_id: str) -> tuple[str, str | None]:
        """The case's clinic device and its specialist (None while nobody has it)."""
        bundle = conn.execute(
            "SELECT device_id, state FROM bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        if bundle is None or bundle["state"] != "checked":
            raise ApiError(404, Error.BUNDLE_UNKNOWN, "no such case")
        return bundle["device_id"], case_specialist(conn, bundle_id)

    def _peer_of(self, conn, device, bundle_id: str) -> str:
        clinic, specialist = self._parties(conn, bundle_id)
        if device["device_id"] == clinic and device["role"] == Role.CLINIC:
            if specialist is None:
                raise ApiError(409, ThreadError.NO_PEER, "no specialist has this case yet")
            return specialist
        if device["device_id"] == specialist and device["role"] == Role.SPECIALIST:
            return clinic
        raise ApiError(403, Error.NOT_YOURS, "not a party to this case")

    def peer(self, device, bundle_id: str) -> dict:
        """The service's signed word on the other party's keys and name."""
        with self.db.transaction() as conn:
            other = self._peer_of(conn, device, bundle_id)
            row = conn.execute("SELECT * FROM devices WHERE device_id = ?", (other,)).fetchone()
        value = ThreadPeer(bundle_id=bundle_id, peer=vouch(row))
        return Signed.make(value, self.core.keys.signing_key).to_json()

    # ---- posting

    def post(self, device, bundle_id: str, body: dict) -> tuple[int, dict]:
        message_id = _str_field(body, "message_id", limit=64)
        if not storage.ID_TEXT.fullmatch(message_id):
            raise ApiError(400, Error.BAD_REQUEST, "message_id malformed")
        try:
            sealed = protocol.unb64(_str_field(body, "sealed", limit=SEALED_TEXT_LIMIT))
        except (ValueError, binascii.Error) as exc:
            raise ApiError(400, ThreadError.MESSAGE_UNREADABLE, "sealed is not base64") from exc
        if len(sealed) > protocol.THREAD_MESSAGE_MAX_SIZE:
            raise ApiError(413, Error.TOO_LARGE, "message too large")
        author = vouch(device)
        try:
            signed = thread_format.unseal(sealed, self.core.keys.age_identity, author.ed25519_raw)
            thread_format.check_bound(
                signed.value, message_id=message_id, bundle_id=bundle_id, author=author
            )
        except SignatureError as exc:
            raise ApiError(422, Error.SIGNATURE_BAD, "message signature does not verify") from exc
        except ShapeError as exc:
            raise ApiError(422, exc.code, "message refused", where=exc.where) from exc
        digest = thread_format.signed_sha256(signed)
        with self.db.transaction() as conn:
            self.db.serialise(conn, "thread:" + bundle_id)
            other = self._peer_of(conn, device, bundle_id)
            known = conn.execute(
                "SELECT device_id, sha256, receipt FROM thread_messages WHERE message_id = ?",
                (message_id,),
            ).fetchone()
            if known is not None:
                if (known["device_id"], known["sha256"]) != (device["device_id"], digest):
                    raise ApiError(409, ThreadError.MESSAGE_REPLAYED, "message_id used already")
                return 200, json.loads(known["receipt"])
            reply_to = signed.value.in_reply_to
            if reply_to is not None:
                earlier = conn.execute(
                    "SELECT bundle_id FROM thread_messages WHERE message_id = ?", (reply_to,)
                ).fetchone()
                if earlier is None or earlier["bundle_id"] != bundle_id:
                    raise ApiError(422, ThreadError.NOT_IN_THREAD, "in_reply_to is not here")
            t = now()
            receipt = ThreadReceipt(
                service_id=self.core.keys.service_id,
                message_id=message_id,
                bundle_id=bundle_id,
                device_id=device["device_id"],
                received_at=iso(t),
                sha256=digest,
            )
            answer = Signed.make(receipt, self.core.keys.signing_key).to_json()
            conn.execute(
                "INSERT INTO thread_messages(message_id, bundle_id, device_id, sent_to, sha256, "
                "size_cipher, receipt, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    bundle_id,
                    device["device_id"],
                    other,
                    digest,
                    len(sealed),
                    json.dumps(answer),
                    t,
                ),
            )
            self.core.emit_item(
                conn,
                other,
                bundle_id,
                protocol.FeedKind.THREAD_MESSAGE,
                lambda cursor: ThreadPosted(
                    cursor=cursor,
                    bundle_id=bundle_id,
                    message_id=message_id,
                    at=iso(t),
                    sealed=protocol.b64(sealed),
                    author=author,
                ),
            )
        log.info("thread message bundle=%s message=%s to=%s", bundle_id, message_id, other)
        return 201, answer
