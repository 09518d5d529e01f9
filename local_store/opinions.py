"""A specialist's opinions on a received case: the draft being written and every signed
version.

A case has at most one draft at a time; ``save_draft`` autosaves it (the editor's fields as
JSON, whatever state they are in) and makes it when there is none, as the next version, with
``replaces`` naming the newest signed one: a draft written after signing is a correction.
``mark_signed`` turns the draft into a signed version and queues it in the outbox in one
transaction; from then on the row cannot change or go (database triggers refuse any UPDATE or
DELETE of a signed row, ``opinion_signed``). The signed JSON is kept as it was signed.

Rows hold the opinion's text, which is patient data: only in the encrypted database.
Thread-safety: any thread; reads use the calling thread's connection, changes run on the
store's writer.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_store import audit, outbox
from local_store.cases import now_iso
from local_store.connection import query, transaction, writes
from local_store.errors import NotFound
from local_store.store import Store

DRAFT = "draft"
SIGNED = "signed"


class OpinionSigned(Exception):
    """The opinion is signed: it cannot change; a correction is a new version."""

    code = "opinion_signed"


@dataclass(frozen=True)
class OpinionRecord:
    opinion_id: str
    bundle_id: str
    version: int  # 1 for the first opinion on the case, 2 for its first correction...
    replaces: str | None  # the signed opinion this one corrects
    state: str  # DRAFT or SIGNED
    fields: dict[str, Any]  # the editor's fields (casework.opinion_form)
    signed: dict[str, Any] | None  # {"opinion": ..., "signature": ...} as signed
    created_at: str
    updated_at: str
    signed_at: str | None


_COLUMNS = (
    "opinion_id, bundle_id, version, replaces, state, draft, signed, created_at, updated_at, "
    "signed_at"
)


def _record(row: Sequence[Any]) -> OpinionRecord:
    return OpinionRecord(
        opinion_id=row[0],
        bundle_id=row[1],
        version=row[2],
        replaces=row[3],
        state=row[4],
        fields=json.loads(row[5]),
        signed=json.loads(row[6]) if row[6] else None,
        created_at=row[7],
        updated_at=row[8],
        signed_at=row[9],
    )


def versions(store: Store, bundle_id: str) -> list[OpinionRecord]:
    """Every opinion on the case, oldest version first (a draft, if any, last)."""
    rows = query(
        store,
        f"SELECT {_COLUMNS} FROM opinions WHERE bundle_id = ? ORDER BY version",
        [bundle_id],
    ).fetchall()
    return [_record(r) for r in rows]


def draft(store: Store, bundle_id: str) -> OpinionRecord | None:
    row = query(
        store,
        f"SELECT {_COLUMNS} FROM opinions WHERE bundle_id = ? AND state = ?",
        [bundle_id, DRAFT],
    ).fetchone()
    return None if row is None else _record(row)


def latest_signed(store: Store, bundle_id: str) -> OpinionRecord | None:
    row = query(
        store,
        f"SELECT {_COLUMNS} FROM opinions WHERE bundle_id = ? AND state = ? "
        "ORDER BY version DESC LIMIT 1",
        [bundle_id, SIGNED],
    ).fetchone()
    return None if row is None else _record(row)


def get(store: Store, opinion_id: str) -> OpinionRecord:
    row = query(
        store, f"SELECT {_COLUMNS} FROM opinions WHERE opinion_id = ?", [opinion_id]
    ).fetchone()
    if row is None:
        raise NotFound("opinion")
    return _record(row)


@writes
def save_draft(store: Store, bundle_id: str, fields: dict[str, Any]) -> OpinionRecord:
    """Autosave the case's draft (made when there is none); returns it."""
    stamp = now_iso()
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True)
    with transaction(store) as db:
        if (
            db.execute("SELECT 1 FROM received_cases WHERE bundle_id = ?", [bundle_id]).fetchone()
            is None
        ):
            raise NotFound("received case")
        row = db.execute(
            "SELECT opinion_id FROM opinions WHERE bundle_id = ? AND state = ?",
            [bundle_id, DRAFT],
        ).fetchone()
        if row is not None:
            db.execute(
                "UPDATE opinions SET draft = ?, updated_at = ? WHERE opinion_id = ?",
                [text, stamp, row[0]],
            )
            opinion_id = str(row[0])
        else:
            last = db.execute(
                "SELECT opinion_id, version FROM opinions WHERE bundle_id = ? AND state = ? "
                "ORDER BY version DESC LIMIT 1",
                [bundle_id, SIGNED],
            ).fetchone()
            opinion_id = str(uuid.uuid4())
            db.table("opinions").insert(
                {
                    "opinion_id": opinion_id,
                    "bundle_id": bundle_id,
                    "version": (last[1] + 1) if last else 1,
                    "replaces": last[0] if last else None,
                    "state": DRAFT,
                    "draft": text,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
    return get(store, opinion_id)


@writes
def mark_signed(
    store: Store,
    opinion_id: str,
    signed: dict[str, Any],
    *,
    case_id: str,
    folder: str,
    service_url: str,
    files: list[outbox.NewFile],
    urgent: bool,
) -> None:
    """The draft ``opinion_id`` becomes the signed ``signed`` and is queued to send (its
    sealed files already in ``folder``), in one transaction. Raises OpinionSigned when it was
    signed already."""
    stamp = now_iso()
    with transaction(store) as db:
        row = db.execute("SELECT state FROM opinions WHERE opinion_id = ?", [opinion_id]).fetchone()
        if row is None:
            raise NotFound("opinion")
        if row[0] != DRAFT:
            raise OpinionSigned()
        db.execute(
            "UPDATE opinions SET state = ?, signed = ?, signed_at = ?, updated_at = ? "
            "WHERE opinion_id = ?",
            [SIGNED, json.dumps(signed, ensure_ascii=False), stamp, stamp, opinion_id],
        )
        outbox.enqueue(
            store,
            bundle_id=opinion_id,
            case_id=case_id,
            folder=folder,
            service_url=service_url,
            size_cipher=sum(f.size for f in files),
            files=files,
            urgent=urgent,
            kind=outbox.KIND_OPINION,
        )
        audit.append(db, store.actor, "opinion.signed", case_id, {"opinion_id": opinion_id})
