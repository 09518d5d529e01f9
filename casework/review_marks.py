"""Where each key image sits in a received case, and the specialist's own marks as rows the
review lists ("Your key images and measurements").

``locate`` finds a SOP Instance UID in the studies the clinic's manifest lists (the series, the
instance number, how many frames), so a screen says "CT CHEST, image 3" rather than a UID; the
clinic's key images and the specialist's own are placed the same way. ``own_marks`` reads the
specialist's key images and measurements kept beside the case (local_store.review_marks) and
works out each length and angle from its image's own calibration (the header of the received
file, read from the encrypted store), as the viewer does. No words here: codes and numbers.
Thread-safety: ``locate`` is pure; ``own_marks`` reads the store on the calling thread (the
database executor).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from imaging import calibration, dicom_read, measure
from local_store import review_marks
from local_store.dicom_index import InstanceRef
from local_store.file_guard import FileFailed, guarded
from local_store.store import Store

KEY_IMAGE = "key_image"


def series_title(modality: str, description: str) -> str:
    """ "CT CHEST", never "CT CT CHEST": most descriptions already start with the modality."""
    if modality and not description.upper().startswith(modality.upper()):
        return " ".join(p for p in (modality, description) if p)
    return description or modality


@dataclass(frozen=True)
class Place:
    """Where an image is in the case as the clinic sent it."""

    series_uid: str
    modality: str
    description: str
    instance_number: int | None
    frames: int
    attachment_id: str | None  # the local attachment holding the instance


@dataclass(frozen=True)
class OwnMark:
    """One of the specialist's key images or measurements on a received case."""

    id: str
    bundle_id: str  # the received case
    kind: str  # KEY_IMAGE, or a measurement's kind: "length" | "angle" | "ellipse"
    sop_instance_uid: str
    frame: int
    place: Place | None  # None when the clinic's manifest does not list the instance
    note: str = ""  # a key image's note
    value: float | None = None  # a length or an angle, worked out from the image
    unit: str = ""  # "mm", "px" or "deg"
    calibration_source: str | None = None


def locate(view: dict[str, Any], sop_instance_uid: str) -> Place | None:
    """The series and instance number of ``sop_instance_uid`` in the studies of a case view
    (casework.received_case.case_view, with open_for_review's ``local_attachment``)."""
    local = view.get("local_attachment") or {}
    for study in view.get("studies") or []:
        for series in study.get("series") or []:
            for ref in series.get("instance_refs") or []:
                if str(ref.get("sop_instance_uid") or "") == sop_instance_uid:
                    number = ref.get("instance_number")
                    return Place(
                        series_uid=str(series.get("series_uid") or ""),
                        modality=str(series.get("modality") or ""),
                        description=str(series.get("description") or ""),
                        instance_number=number if isinstance(number, int) else None,
                        frames=int(ref.get("frames") or 1),
                        attachment_id=local.get(str(ref.get("attachment_id"))),
                    )
    return None


def viewer_position(
    instance_refs: Sequence[InstanceRef], sop_instance_uid: str, frame: int
) -> int | None:
    """Where the image viewer shows ``sop_instance_uid`` at ``frame`` in a series holding
    ``instance_refs`` (in the order the viewer gets them): its frame in a one-file clip, else
    its place in the series; None when the series does not hold it."""
    uids = [ref.sop_instance_uid for ref in instance_refs]
    if sop_instance_uid not in uids:
        return None
    return frame if len(uids) == 1 else uids.index(sop_instance_uid)


def mark_json(mark: OwnMark) -> dict[str, Any]:
    """A mark as `review show --json` gives it: every field, its place as an object or null."""
    return asdict(mark)


def _calibration(store: Store, view: dict[str, Any], place: Place | None):
    """The image's calibration from its header, or None when the file is not here or not
    readable (the mark is listed without a number)."""
    files = view.get("attachments") or {}
    attachment = files.get(place.attachment_id) if place and place.attachment_id else None
    if attachment is None:
        return None
    data = store.blobs.read_bytes(attachment.sha256)
    # A header that does not read gives no number (the one per-file guard); the viewer says why.
    found = guarded(
        lambda: calibration.calibration(dicom_read.read(io.BytesIO(data), stop_before_pixels=True))
    )
    return None if isinstance(found, FileFailed) else found


def own_marks(store: Store, view: dict[str, Any]) -> list[OwnMark]:
    """The specialist's key images, then measurements, on the case ``view`` shows, each
    placed in its series; lengths and angles with their value."""
    bundle_id = view["bundle_id"]
    marks = [
        OwnMark(
            k.id,
            bundle_id,
            KEY_IMAGE,
            k.sop_instance_uid,
            k.frame,
            locate(view, k.sop_instance_uid),
            note=k.note,
        )
        for k in review_marks.list_key_images(store, bundle_id)
    ]
    calibrations: dict[str, Any] = {}
    for m in review_marks.list_measurements(store, bundle_id):
        place = locate(view, m.sop_instance_uid)
        if m.sop_instance_uid not in calibrations:
            calibrations[m.sop_instance_uid] = _calibration(store, view, place)
        cal = calibrations[m.sop_instance_uid]
        value, unit, source = None, "", None
        if m.kind == "length" and cal is not None:
            length = measure.length(m.points[0], m.points[1], cal)
            value, unit, source = length.value, length.unit, length.source
        elif m.kind == "angle" and cal is not None:
            value, unit = measure.angle(m.points[0], m.points[1], m.points[2], cal), "deg"
            spacing = cal.spacing_at(*m.points)
            source = cal.source if spacing is not None else None
        marks.append(
            OwnMark(
                m.id,
                bundle_id,
                m.kind,
                m.sop_instance_uid,
                m.frame,
                place,
                value=value,
                unit=unit,
                calibration_source=source,
            )
        )
    return marks
