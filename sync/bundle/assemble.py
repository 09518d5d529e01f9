"""Assembling a case's bundle from the local store: what goes in the manifest, which files go,
and the device's next sequence number.

Attachments are decrypted one at a time from the blob store into a private temporary file,
encrypted into the bundle and the temporary file removed, so disk and memory use stay at one
file whatever the case size. Which files go is ``sync.bundle.selection``'s rule, the one the
review screen shows: ``series_uids`` limits indexed DICOM to the series the user chose.
Re-encoding and de-identifying run per file under ``local_store.file_guard``: a file that
breaks either is sent as stored (re-encoding) or left out with its reason (de-identifying),
and the bundle is still built.
Thread-safety: runs on a worker thread and reads on its connection; its few writes (the
sequence counter, the de-identification key, the summary and its audit row) run on the
store's writer.
"""

from __future__ import annotations

import contextlib
import dataclasses
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable, Collection, Iterator
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Any

from foundation.cancel import check
from imaging.deidentify import DeidOptions, deidentify_file, remap_uid
from imaging.recompress import recompress_lossless
from local_store import (
    case_checklist,
    case_summary,
    cases,
    document_analysis,
    document_kinds,
    key_images,
    lab_results,
    settings,
    timeline,
)
from local_store.dicom_index import Study
from local_store.file_guard import FileFailed, guarded
from local_store.models import AttachmentKind, Case
from local_store.store import Store
from sync.bundle.selection import select_case_files
from sync.bundle.writer import BuiltBundle, BundleWriter
from sync.device_keys import load_or_create

SEQ_KEY = "device.bundle_seq"
DEID_KEY = "deid.key"


def _plain(value: Any) -> Any:
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


def deid_key(store: Store) -> bytes:
    """The install's key for UID remapping and date shifts: random, made once, kept in the
    encrypted settings, never put in a bundle. The same key keeps pseudonyms stable across
    bundles, so a specialist can still link a patient's studies."""
    settings.put_if_absent(store, {DEID_KEY: secrets.token_hex(32)})
    return bytes.fromhex(settings.get(store, DEID_KEY))


def _pseudonymous_patient(case: Case) -> dict[str, Any]:
    # What a de-identified destination may know of the patient (PS3.15 Retain Patient
    # Characteristics): sex and age, nothing that names or locates them.
    return {"sex": case.patient.sex.value, "age_years": case.patient.age_years}


def manifest_body(
    store: Store,
    case_id: str,
    studies: list[Study],
    series_uids: Collection[str] | None = None,
    *,
    deidentified: bool = False,
) -> dict[str, Any]:
    case = cases.get_case(store, case_id)
    if series_uids is not None:
        studies = [
            dataclasses.replace(s, series=[x for x in s.series if x.series_uid in series_uids])
            for s in studies
        ]
        studies = [s for s in studies if s.series]
    body = {
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
        "deidentified": deidentified,
    }
    if not deidentified:
        body.update(_clinical_sections(store, case_id))
    if deidentified:
        # Free text (history, timeline, notes) may name anyone and cannot be cleaned
        # reliably: a de-identified bundle carries the question and the structured facts only,
        # and the DICOM index is left out (its UIDs and names are the originals).
        key = deid_key(store)
        body["patient"] = _pseudonymous_patient(case)
        body["consent"] = {"method": case.consent.method.value}
        body["case"]["referral"] = {
            "questions": case.referral.questions,
            "specialty": case.referral.specialty,
            "urgency": case.referral.urgency.value,
        }
        body["timeline"] = []
        body["studies"] = []
        body["key_images"] = [
            {"sop_instance_uid": remap_uid(k["sop_instance_uid"], key), "frame": k["frame"]}
            for k in body["key_images"]
        ]
    return body


def _clinical_sections(store: Store, case_id: str) -> dict[str, Any]:
    """Document kinds and dates, lab values as corrected by the clinic, the checklist result
    and the specialist's summary (generated now, and kept with the case)."""
    check = case_checklist.check_case(store, case_id)
    summary = case_summary.generate_summary(store, case_id)
    sections: dict[str, Any] = _plain(
        {
            "documents": [
                {
                    "attachment_id": d.attachment_id,
                    "kind": d.kind.value,
                    "date": d.date,
                    "status": d.status,
                }
                for d in document_kinds.list_documents(store, case_id)
            ],
            "labs": [
                lab.result.to_json()
                | {
                    "attachment_id": lab.attachment_id,
                    "date": lab.doc_date,
                    "corrected": lab.corrected,
                }
                for lab in lab_results.list_labs(store, case_id=case_id)
            ],
            "checklist": {
                "condition": check.condition.id if check.condition else None,
                "missing": [
                    {"item": i.item, "why": i.why, "source": i.source, "need": i.need}
                    for i in check.missing
                ],
            },
            "summary": summary.to_dict(),
        }
    )
    return sections


def build_case_bundle(
    store: Store,
    case_id: str,
    target: Path,
    recipients: list[str],
    *,
    series_uids: Collection[str] | None = None,
    deidentify: bool = False,
    recompress: bool = True,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CaseBundle:
    """Build the bundle of ``case_id`` into ``target``; ``progress(bytes_done, bytes_total)``.

    DICOM files are re-encoded losslessly where that saves bytes (pixels proven identical) and,
    with ``deidentify``, passed through the PS3.15 profile; documents and photos cannot be
    de-identified (names are printed on them), so a de-identified bundle leaves them out and
    says so in ``left_out``. Raises Cancelled (nothing left behind) when ``cancel`` is set
    before the bundle is complete.
    """
    keys = load_or_create(store)
    # Reports not read yet are read now: the manifest carries their kinds and lab values.
    for attachment_id in document_analysis.documents_to_analyse(store, case_id):
        document_analysis.analyse_attachment(store, attachment_id, cancel=cancel)
    check(cancel, "plan")
    selection, studies = select_case_files(store, case_id, series_uids, deidentify=deidentify)
    chosen = [f.attachment for f in selection.files]
    left_out = list(selection.left_out)
    key = deid_key(store) if deidentify else b""
    flags: dict[str, list[str]] = {}
    unreadable: dict[str, str] = {}
    total = sum(a.size for a in chosen)
    done = 0

    def advanced(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    seq = settings.next_counter(store, SEQ_KEY)
    with BundleWriter(target, keys, recipients, seq, cancel=cancel, progress=advanced) as out:
        for number, item in enumerate(chosen, start=1):
            check(cancel, "files")
            with store.blobs.decrypted_file(item.sha256) as plain, _scratch(plain) as scratch:
                meta: dict[str, Any] = {"attachment_id": item.id, "stored_sha256": item.sha256}
                name = item.name
                source = plain
                if item.kind is AttachmentKind.DICOM and recompress:
                    # A file that breaks the encoder (file_guard) is sent as it is stored.
                    result = guarded(partial(recompress_lossless, source, scratch / "packed.dcm"))
                    if not isinstance(result, FileFailed) and not result.kept_original:
                        source = scratch / "packed.dcm"
                        meta["recompressed"] = result.transfer_syntax
                if deidentify:
                    cleaned = guarded(
                        partial(deidentify_file, source, scratch / "clean.dcm", key, DeidOptions())
                    )
                    if isinstance(cleaned, FileFailed):
                        # Never sent with its identity: left out, and said why.
                        left_out.append(item)
                        unreadable[item.id] = cleaned.code
                        continue
                    if cleaned is None:
                        left_out.append(item)
                        continue
                    source = scratch / "clean.dcm"
                    name = f"image-{number:05d}.dcm"  # file names often hold the patient's name
                    meta = {"deidentified": True}
                    if cleaned.flags:
                        flags[name] = list(cleaned.flags)
                out.add_file(
                    source,
                    name=name,
                    kind=item.kind.value,
                    media_type=item.media_type,
                    meta=meta,
                    # The store checked this hash as it decrypted the blob; a re-encoded or
                    # de-identified file is new bytes and is hashed by the writer.
                    sha256_plain=item.sha256 if source == plain else None,
                )
        body = manifest_body(store, case_id, studies, series_uids, deidentified=deidentify)
        built = out.finish(body)
    return CaseBundle(built, [a.id for a in left_out], flags, unreadable)


@dataclasses.dataclass(frozen=True)
class CaseBundle:
    built: BuiltBundle
    left_out: list[str]  # attachment ids not sent (documents in a de-identified bundle)
    review_flags: dict[str, list[str]]  # bundle file name -> codes for the user to review
    # Of left_out, the DICOM files that could not be de-identified because they could not be
    # read (local_store.file_guard): attachment id -> reason code (wording.importing).
    unreadable: dict[str, str] = dataclasses.field(default_factory=dict)


@contextlib.contextmanager
def _scratch(beside: Path) -> Iterator[Path]:
    # Next to the private plaintext copy: same protection, same disk, removed at once.
    folder = Path(tempfile.mkdtemp(prefix="bundle-", dir=beside.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
