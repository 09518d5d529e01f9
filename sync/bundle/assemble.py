"""Assembling a case's bundle from the local store: what goes in the manifest, which files go,
and the device's next sequence number.

Attachments are decrypted one at a time from the blob store into a private temporary file,
encrypted into the bundle and the temporary file removed, so disk and memory use stay at one
file whatever the case size. ``series_uids`` limits DICOM to the series the user chose; other
attachments always go. Thread-safety: runs on a worker thread with its own connection; reads
only, except the sequence counter (one short transaction).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Collection
from enum import Enum
from pathlib import Path

from local_store import attachments, cases, dicom_index, key_images, settings, timeline
from local_store.models import AttachmentKind
from local_store.store import Store
from sync.bundle.writer import BuiltBundle, BundleWriter
from sync.device_keys import load_or_create

SEQ_KEY = "device.bundle_seq"


def _plain(value):
    """Dataclasses and enums to JSON values; floats (not canonical) become strings."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, float):
        return repr(value)
    return value


def plan_files(store: Store, case_id: str, series_uids: Collection[str] | None = None):
    """The attachments that go, in order, with the DICOM series each instance belongs to."""
    studies = dicom_index.list_studies(store, case_id)
    series_of: dict[str, str] = {}
    for study in studies:
        for series in study.series:
            for ref in series.instance_refs:
                series_of[ref.attachment_id] = series.series_uid
    chosen = []
    for item in attachments.list_attachments(store, case_id):
        chosen_series = series_of.get(item.id) in (series_uids or ())
        if series_uids is not None and item.kind is AttachmentKind.DICOM and not chosen_series:
            continue
        chosen.append(item)
    return chosen, studies


def manifest_body(store: Store, case_id: str, studies, series_uids=None) -> dict:
    case = cases.get_case(store, case_id)
    if series_uids is not None:
        studies = [
            dataclasses.replace(s, series=[x for x in s.series if x.series_uid in series_uids])
            for s in studies
        ]
        studies = [s for s in studies if s.series]
    return {
        "case": {
            "id": case.id,
            "status": case.status.value,
            "created_at": case.created_at,
            "updated_at": case.updated_at,
            "referral": _plain(case.referral),
        },
        "patient": _plain(case.patient),
        "consent": _plain(case.consent),
        "timeline": [
            {"date": e.entry_date, "text": e.text} for e in timeline.list_entries(store, case_id)
        ],
        "studies": _plain(studies),
        "key_images": [
            {"sop_instance_uid": k.sop_instance_uid, "frame": k.frame, "note": k.note}
            for k in key_images.list_key_images(store, case_id)
        ],
    }


def build_case_bundle(
    store: Store,
    case_id: str,
    target: Path,
    recipients: list[str],
    *,
    series_uids: Collection[str] | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuiltBundle:
    """Build the bundle of ``case_id`` into ``target``; ``progress(bytes_done, bytes_total)``."""
    keys = load_or_create(store)
    chosen, studies = plan_files(store, case_id, series_uids)
    total = sum(a.size for a in chosen)
    done = 0

    def advanced(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    seq = settings.next_counter(store, SEQ_KEY)
    with BundleWriter(target, keys, recipients, seq, cancel=cancel, progress=advanced) as out:
        for item in chosen:
            with store.blobs.decrypted_file(item.sha256) as plain:
                out.add_file(
                    plain,
                    name=item.name,
                    kind=item.kind.value,
                    media_type=item.media_type,
                    meta={"attachment_id": item.id},
                )
        return out.finish(manifest_body(store, case_id, studies, series_uids))
