"""A received case as plain state: the case as the clinic sent it, for the specialist's review.

``case_view`` reads the manifest the clinic signed (kept by local_store.received) and gives
every section of it (intake, consent, each question with its id, timeline, summary, checklist
results, documents with the lab values read from each, files, studies, key images with the
clinic's notes) with each file's local attachment id, so a screen or the CLI shows exactly
what was sent and opens the files from the encrypted store. No words here: the view turns
codes into sentences. Thread-safety: pure functions over values.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from local_store.models import Attachment, Case
from local_store.received import ReceivedCase


def case_view(kept: ReceivedCase, case: Case, files: dict[str, Attachment]) -> dict[str, Any]:
    """The case as the clinic sent it, from the manifest it signed: every section, with each
    file's local attachment id and the lab values found in each document."""
    manifest = kept.manifest
    by_clinic_id: dict[str, str] = {}  # the clinic's attachment id -> ours
    listed = []
    for entry in manifest.get("files") or []:
        local = kept.files.get(str(entry.get("file_id")))
        attachment = files.get(local) if local else None
        if entry.get("attachment_id") and local:
            by_clinic_id[entry["attachment_id"]] = local
        listed.append(
            {
                "file_id": entry.get("file_id"),
                "attachment_id": local,
                "name": entry.get("name"),
                "kind": entry.get("kind"),
                "media_type": entry.get("media_type"),
                "size": entry.get("size"),
                "sha256": attachment.sha256 if attachment else entry.get("sha256_plain"),
            }
        )
    labs: dict[str, list] = defaultdict(list)
    for lab in manifest.get("labs") or []:
        labs[by_clinic_id.get(lab.get("attachment_id"), "")].append(lab)
    documents = [
        d
        | {
            "attachment_id": by_clinic_id.get(d.get("attachment_id")),
            "labs": labs.get(by_clinic_id.get(d.get("attachment_id"), "") or "", []),
        }
        for d in manifest.get("documents") or []
    ]
    referral = (manifest.get("case") or {}).get("referral") or {}
    return {
        "bundle_id": kept.bundle_id,
        "case_id": kept.case_id,
        "status": case.status.value,
        "specialty": kept.specialty,
        "urgency": kept.urgency,
        "offered_at": kept.offered_at,
        "due_at": kept.due_at,
        "manifest_sha256": kept.manifest_sha256,
        "clinic": {
            k: kept.clinic.get(k, "") for k in ("device_id", "name", "role") if k in kept.clinic
        },
        "patient": manifest.get("patient") or {},
        "consent": manifest.get("consent") or {},
        "referral": referral,
        "questions": [
            {"id": f"q{n}", "text": q} for n, q in enumerate(referral.get("questions") or [], 1)
        ],
        "timeline": manifest.get("timeline") or [],
        "summary": manifest.get("summary"),
        "checklist": manifest.get("checklist"),
        "documents": documents,
        "files": listed,
        "studies": manifest.get("studies") or [],
        "key_images": manifest.get("key_images") or [],
        "deidentified": bool(manifest.get("deidentified")),
        "opened": True,
    }
