"""Phone photos (JPEG, PNG, HEIC): checking they open, and showing them the right way up.

Photos are stored exactly as taken (the bytes are the evidence and the content hash); the EXIF
orientation is applied when they are looked at, so ``photo_info`` reports the size as seen and
``open_photo`` returns the turned image. HEIC needs the optional pillow-heif decoder; without
it ``heic_supported()`` is False and the importer refuses HEIC with a reason.
Thread-safety: pure functions; each call opens its own file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

_ORIENTATION_TAG = 0x0112
_TURNED = {5, 6, 7, 8}  # EXIF orientations that swap width and height

_heif_checked: bool | None = None


def heic_supported() -> bool:
    """True when a HEIC decoder (pillow-heif) is installed and registered with Pillow."""
    global _heif_checked
    if _heif_checked is None:
        try:
            from pillow_heif import register_heif_opener  # type: ignore[import-not-found]

            register_heif_opener()
            _heif_checked = True
        except ImportError:
            _heif_checked = False
    return _heif_checked


@dataclass(frozen=True)
class PhotoInfo:
    width: int  # as the photo is seen, after the EXIF orientation
    height: int
    orientation: int  # EXIF orientation 1-8 (1 = as stored)
    format: str  # "JPEG", "PNG", "HEIF"


def photo_info(source: Path | str | bytes) -> PhotoInfo:
    """Size and orientation from the header. Raises ValueError("unreadable") if it is not a
    photo Pillow can open."""
    try:
        with _open(source) as image:
            orientation = int(image.getexif().get(_ORIENTATION_TAG, 1) or 1)
            width, height = image.size
            if orientation in _TURNED:
                width, height = height, width
            return PhotoInfo(width, height, orientation, image.format or "")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValueError("unreadable") from exc


def open_photo(source: Path | str | bytes) -> Image.Image:
    """The decoded photo, turned as its EXIF orientation says (what the viewer shows)."""
    with _open(source) as image:
        turned = ImageOps.exif_transpose(image)
        turned.load()
        return turned


def _open(source: Path | str | bytes) -> Image.Image:
    if isinstance(source, bytes | bytearray):
        return Image.open(io.BytesIO(source))
    return Image.open(Path(source))
