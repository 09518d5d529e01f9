"""A follow-up message of a case's thread, format ``casebridge-thread-message/1``
(docs/opinion-format.md, "Follow-up messages").

``ThreadMessage`` is a frozen dataclass like the protocol's shapes: ``parse`` accepts exactly
what ``to_json`` makes and raises ShapeError (``message_unreadable``, ``format_unknown``) for
anything else; ``to_json`` is what the author device signs (``Signed`` with ``SIGNED_AS =
"message"``, its own Ed25519 key). The sealed form is age-encrypted canonical JSON of the
signed message, to the other party and the service; both ends and the service seal, open and
check it here (``open_posted`` holds the one rule for a message that arrives in a feed item).
No storage and no network. Thread-safety: immutable values and pure functions.
"""

from __future__ import annotations

import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Self

import pyrage

from sync.canonical import canonical_bytes

# The shape readers are the protocol's own: one rule for "exactly these keys, these types".
from sync.protocol import (
    KeyVouch,
    Role,
    ShapeError,
    Signed,
    ThreadError,
    ThreadPosted,
    _count,
    _format,
    _list,
    _object,
    _optional_text,
    _text,
    unb64,
)

FORMAT = "casebridge-thread-message/1"
MAX_TEXT = 10_000  # characters: a question or an answer, never a document
MAX_ATTACHMENTS = 50


@dataclass(frozen=True)
class MessageFile:
    """A file a message refers to: sent beside it in the supplementary bundle ``supplement``
    names, identified by its name and the SHA-256 of its plain bytes."""

    KEYS: ClassVar = frozenset({"name", "sha256", "size"})

    name: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}

    @classmethod
    def parse(cls, obj: object, code: str) -> Self:
        fields = _object(obj, cls.KEYS, code)
        return cls(
            _text(fields, "name", code), _text(fields, "sha256", code), _count(fields, "size", code)
        )


@dataclass(frozen=True)
class ThreadMessage:
    """One signed message of a case's thread: a clinic's question or a specialist's answer
    (``in_reply_to`` names the message it answers). ``bundle_id`` is the case's first bundle,
    the one the specialist was given; ``message_id`` is a UUID the author device makes, so a
    message sent again after a cut is the same message."""

    FORMAT: ClassVar = FORMAT
    UNREADABLE: ClassVar = ThreadError.MESSAGE_UNREADABLE
    SIGNED_AS: ClassVar = "message"
    KEYS: ClassVar = frozenset(
        {
            "format",
            "message_id",
            "bundle_id",
            "device_id",
            "role",
            "at",
            "text",
            "in_reply_to",
            "attachments",
            "supplement",
        }
    )

    message_id: str
    bundle_id: str
    device_id: str  # the author device, whose key signs
    role: str  # a Role: who the author is in the case
    at: str  # when it was written (ISO 8601, UTC)
    text: str
    in_reply_to: str | None = None
    attachments: tuple[MessageFile, ...] = ()
    supplement: str | None = None  # the bundle carrying ``attachments``

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.FORMAT,
            "message_id": self.message_id,
            "bundle_id": self.bundle_id,
            "device_id": self.device_id,
            "role": self.role,
            "at": self.at,
            "text": self.text,
            "in_reply_to": self.in_reply_to,
            "attachments": [a.to_json() for a in self.attachments],
            "supplement": self.supplement,
        }

    @classmethod
    def parse(cls, obj: object) -> Self:
        code = cls.UNREADABLE
        _format(obj, cls.FORMAT, code)
        fields = _object(obj, cls.KEYS, code)
        role = _text(fields, "role", code)
        if role not in Role.ALL:
            raise ShapeError(code, "role")
        text = _text(fields, "text", code)
        listed = _list(fields, "attachments", code)
        if len(listed) > MAX_ATTACHMENTS:
            raise ShapeError(code, "attachments")
        files = tuple(MessageFile.parse(a, code) for a in listed)
        supplement = _optional_text(fields, "supplement", code)
        # Files travel in a supplementary bundle: a list without one (or one without files)
        # names something the reader can never have.
        if bool(files) != (supplement is not None):
            raise ShapeError(code, "supplement")
        if len(text) > MAX_TEXT or not (text.strip() or files):
            raise ShapeError(code, "text")
        return cls(
            message_id=_text(fields, "message_id", code),
            bundle_id=_text(fields, "bundle_id", code),
            device_id=_text(fields, "device_id", code),
            role=role,
            at=_text(fields, "at", code),
            text=text,
            in_reply_to=_optional_text(fields, "in_reply_to", code),
            attachments=files,
            supplement=supplement,
        )


def signed_sha256(signed: Signed[ThreadMessage]) -> str:
    """What identifies a message's content: hex SHA-256 of the signed message's canonical JSON
    (the service's receipt names it; a message id seen again with another hash is a replay)."""
    return hashlib.sha256(canonical_bytes(signed.to_json())).hexdigest()


def seal(signed: Signed[ThreadMessage], recipients: Sequence[str]) -> bytes:
    """The sealed message: canonical JSON of ``{"message": ..., "signature": ...}`` encrypted
    to the ``age1...`` recipients (the other party and the service)."""
    return pyrage.encrypt(
        canonical_bytes(signed.to_json()),
        [pyrage.x25519.Recipient.from_str(r) for r in recipients],
    )


def unseal(
    sealed: bytes, identity: pyrage.x25519.Identity, signer_raw: bytes
) -> Signed[ThreadMessage]:
    """The signed message once it decrypts with ``identity`` and its signature holds for
    ``signer_raw``. Raises ShapeError (``message_unreadable``, ``format_unknown``) or
    SignatureError."""
    try:
        obj = json.loads(pyrage.decrypt(sealed, [identity]))
    except (pyrage.DecryptError, ValueError):
        raise ShapeError(ThreadMessage.UNREADABLE, "sealed") from None
    return Signed.open(ThreadMessage, obj, signer_raw)


def check_bound(
    message: ThreadMessage, *, message_id: str, bundle_id: str, author: KeyVouch
) -> None:
    """Raises ShapeError ``message_mismatch`` unless the message is the one it travels as:
    this id, this case, written by the device ``author`` vouches for in its role."""
    bound = (message.message_id, message.bundle_id, message.device_id, message.role)
    if bound != (message_id, bundle_id, author.device_id, author.role):
        raise ShapeError(ThreadError.MESSAGE_MISMATCH, "message")


def open_posted(item: ThreadPosted, identity: pyrage.x25519.Identity) -> Signed[ThreadMessage]:
    """The message a verified ``thread_message`` feed item carries, once it decrypts with
    this device's ``identity``, its signature holds for the key the service vouched for as
    the author's, and it is bound to the item's case and id. Raises ShapeError (a ThreadError
    code) or SignatureError."""
    try:
        sealed = unb64(item.sealed)
    except (ValueError, binascii.Error):
        raise ShapeError(ThreadError.MESSAGE_UNREADABLE, "sealed") from None
    signed = unseal(sealed, identity, item.author.ed25519_raw)
    check_bound(
        signed.value, message_id=item.message_id, bundle_id=item.bundle_id, author=item.author
    )
    return signed
