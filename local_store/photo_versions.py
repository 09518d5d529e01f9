"""Edited versions of photographed reports: the edit itself (Pillow) and its storage.

An edit (turn, crop, contrast for paper) is described by ``PhotoEdits`` and applied to the
upright photo (EXIF orientation first). The result is stored as a new attachment whose
``derived_from`` names the photo it was made from; the original row and its blob are never
touched, so a bad crop can always be undone by going back to the original.

Large photos: previews are decoded at reduced scale (JPEG draft mode) so a 100-megapixel photo
costs a few megabytes on screen; saved versions are capped at ``MAX_EDIT_PIXELS`` (enough for a
page at 600 dpi). EXIF is not copied into a version: the picture is already upright, and phone
EXIF can hold the place where the photo was taken.

Thread-safety: any thread. ``load_preview``, ``apply_edits``, ``render_edit`` and
``stage_version`` touch no database; ``attach_version`` is one write on the store's writer.
"""

from __future__ import annotations

import io
import json
import warnings
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from PIL import Image, ImageFilter, ImageOps, UnidentifiedImageError

from local_store import audit
from local_store.attachments import StagedFile, get_attachment, insert_staged, same_content
from local_store.connection import query, transaction, writes
from local_store.errors import NotFound, StoreError
from local_store.models import Attachment, AttachmentKind
from local_store.store import Store

PREVIEW_MAX_SIDE = 2400
MAX_EDIT_PIXELS = 40_000_000
JPEG_QUALITY = 90
ROTATIONS = (0, 90, 180, 270)

Crop = tuple[float, float, float, float]  # left, top, right, bottom as fractions of the image


class PhotoUnreadable(StoreError):
    """Not a picture Pillow can decode (damaged, or a format such as HEIC it cannot read)."""

    code = "photo_unreadable"


class PhotoTooLarge(StoreError):
    """More pixels than Pillow's decompression-bomb guard allows (about 179 megapixels)."""

    code = "photo_too_large"


@dataclass(frozen=True)
class PhotoEdits:
    """What was done to the upright photo, in order: turn clockwise, crop, enhance."""

    rotation: int = 0
    crop: Crop | None = None
    enhance: bool = False

    @property
    def is_identity(self) -> bool:
        return self.rotation % 360 == 0 and self.crop is None and not self.enhance

    def rotated(self, degrees: int) -> PhotoEdits:
        """The same edits followed by a further clockwise turn (the crop turns with the image)."""
        crop = self.crop
        for _ in range((degrees // 90) % 4):
            if crop is not None:
                left, top, right, bottom = crop
                crop = (1 - bottom, left, 1 - top, right)
        return replace(self, rotation=(self.rotation + degrees) % 360, crop=crop)

    def cropped(self, rect: Crop) -> PhotoEdits:
        """A further crop, given as fractions of the picture as it looks now."""
        left, top, right, bottom = _clamped(rect)
        if self.crop is not None:
            cl, ct, cr, cb = self.crop
            w, h = cr - cl, cb - ct
            left, right = cl + left * w, cl + right * w
            top, bottom = ct + top * h, ct + bottom * h
        return replace(self, crop=(left, top, right, bottom))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def _clamped(rect: Crop) -> Crop:
    left, top, right, bottom = (min(max(float(v), 0.0), 1.0) for v in rect)
    if right < left:
        left, right = right, left
    if bottom < top:
        top, bottom = bottom, top
    return left, top, right, bottom


def _open(source: Path | bytes) -> Image.Image:
    """Open lazily (no pixels decoded yet), mapping Pillow's failures to our codes."""
    try:
        with warnings.catch_warnings():
            # Big phone photos trip Pillow's warning level; its error level still applies.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            if isinstance(source, bytes | bytearray):
                return Image.open(io.BytesIO(source))
            return Image.open(Path(source))
    except Image.DecompressionBombError as exc:
        raise PhotoTooLarge("pixel count over limit") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise PhotoUnreadable(type(exc).__name__) from exc


def _upright(image: Image.Image, draft_size: tuple[int, int] | None) -> Image.Image:
    """Decode (JPEG at reduced scale when ``draft_size`` allows), apply EXIF orientation."""
    try:
        if draft_size is not None and image.format == "JPEG":
            # draft() picks the largest 1/2, 1/4 or 1/8 scale still at least draft_size, so
            # the full-size pixels of a huge photo are never held in memory.
            image.draft(image.mode, draft_size)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image.load()
        upright = ImageOps.exif_transpose(image)
    except Image.DecompressionBombError as exc:
        raise PhotoTooLarge("pixel count over limit") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise PhotoUnreadable(type(exc).__name__) from exc
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    return upright


def _fit(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    scale = min(1.0, (max_pixels / (width * height)) ** 0.5)
    return max(1, int(width * scale)), max(1, int(height * scale))


def load_preview(source: Path | bytes, max_side: int = PREVIEW_MAX_SIDE) -> Image.Image:
    """The upright photo, at most ``max_side`` pixels on its longer side, for the screen."""
    image = _open(source)
    scale = min(1.0, max_side / max(image.width, image.height))
    upright = _upright(image, (int(image.width * scale), int(image.height * scale)))
    upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return upright


def apply_edits(image: Image.Image, edits: PhotoEdits) -> Image.Image:
    """The edits applied to an upright image (a preview or the full photo)."""
    turns = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180}
    turns[270] = Image.Transpose.ROTATE_90  # PIL's ROTATE_n is counter-clockwise
    rotation = edits.rotation % 360
    if rotation:
        image = image.transpose(turns[rotation])
    if edits.crop is not None:
        left, top, right, bottom = edits.crop
        box = (
            round(left * image.width),
            round(top * image.height),
            max(round(right * image.width), round(left * image.width) + 1),
            max(round(bottom * image.height), round(top * image.height) + 1),
        )
        image = image.crop(box)
    if edits.enhance:
        image = enhance_paper(image)
    return image


def enhance_paper(image: Image.Image) -> Image.Image:
    """Make a photographed printout easier to read: grey, stretched contrast, a little sharper.

    Grey because colour casts from room light carry no information on a printed report; the
    stretch clips the darkest and lightest 1% so a shadow or glare spot does not decide it.
    """
    grey = ImageOps.grayscale(image)
    stretched = ImageOps.autocontrast(grey, cutoff=1)
    return stretched.filter(ImageFilter.UnsharpMask(radius=2, percent=80, threshold=3))


def render_edit(source: Path | bytes, edits: PhotoEdits) -> bytes:
    """The edited photo as JPEG bytes (full size up to MAX_EDIT_PIXELS), without EXIF."""
    image = _open(source)
    pixels = image.width * image.height
    draft = None
    if pixels > MAX_EDIT_PIXELS:
        halvings = 1
        while pixels / 4**halvings > MAX_EDIT_PIXELS:
            halvings += 1
        draft = (image.width >> halvings, image.height >> halvings)
    image = _upright(image, draft)
    if image.width * image.height > MAX_EDIT_PIXELS:  # formats without draft mode
        image = image.resize(_fit(image.width, image.height, MAX_EDIT_PIXELS))
    edited = apply_edits(image, edits)
    out = io.BytesIO()
    edited.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def version_name(original_name: str) -> str:
    stem = Path(original_name).stem or "photo"
    return f"{stem} (edited).jpg"


def stage_version(store: Store, data: bytes, original_name: str) -> StagedFile:
    """Encrypt an edited photo into the blob store (any thread, no database)."""
    ref = store.blobs.put_bytes(data)
    return StagedFile(ref, version_name(original_name), "image/jpeg", AttachmentKind.PHOTO)


@writes
def attach_version(
    store: Store, original_id: str, staged: StagedFile, edits: PhotoEdits
) -> Attachment:
    """Record the staged edit as a new attachment derived from ``original_id``.

    If the same picture is already on the case (the same edit saved twice), that attachment is
    returned and nothing new is stored.
    """
    original = get_attachment(store, original_id)
    with transaction(store) as db:
        existing = same_content(db, original.case_id, staged.ref.sha256)
        if existing:
            return get_attachment(store, existing)
        version = insert_staged(
            db,
            original.case_id,
            staged,
            {"derived_from": original.id, "edits": edits.to_json()},
        )
        audit.append(
            db,
            store.actor,
            "attachment.version_added",
            original.case_id,
            {
                "attachment_id": version.id,
                "derived_from": original.id,
                "sha256": version.sha256,
                "size": version.size,
            },
        )
    return version


def original_of(store: Store, attachment_id: str) -> str:
    """The id of the first photo in the chain ``attachment_id`` was derived from (or itself)."""
    current, seen = attachment_id, set()
    while current not in seen:
        seen.add(current)
        row = query(
            store, "SELECT derived_from FROM attachments WHERE id = ?", [current]
        ).fetchone()
        if row is None:
            raise NotFound("attachment")
        if not row[0]:
            return current
        current = row[0]
    return current


def list_versions(store: Store, attachment_id: str) -> list[tuple[Attachment, PhotoEdits | None]]:
    """The original first, then every version made from it (directly or not), oldest first.

    Each comes with its edits (None for the original).
    """
    root = original_of(store, attachment_id)
    rows = query(
        store,
        """
        WITH RECURSIVE chain(id) AS (
            SELECT ? UNION SELECT a.id FROM attachments a JOIN chain ON a.derived_from = chain.id
        )
        SELECT a.id, a.case_id, a.sha256, a.name, a.media_type, a.kind, a.size, a.added_at,
               a.edits
        FROM attachments a JOIN chain ON a.id = chain.id
        ORDER BY a.id != ?, a.added_at
        """,
        [root, root],
    ).fetchall()
    versions = []
    for row in rows:
        values = list(row[:8])
        values[5] = AttachmentKind(values[5])
        edits = PhotoEdits(**_edits_dict(row[8])) if row[8] else None
        versions.append((Attachment(*values), edits))
    return versions


def _edits_dict(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    if data.get("crop") is not None:
        data["crop"] = tuple(data["crop"])
    return data
