"""Phone photos (JPEG, PNG, HEIC): checking they open, and showing them the right way up.

Photos are stored exactly as taken (the bytes are the evidence and the content hash); the EXIF
orientation is applied when they are looked at, so ``photo_info`` reports the size as seen and
``open_photo`` returns the turned image. A photo declaring more than
imaging.limits.MAX_PHOTO_PIXELS (or more than Pillow's own bomb limit, about 179 MP) is refused
as "too_large" from its header alone; ``open_photo(max_pixels=...)`` decodes a large one at a
bounded size (JPEG scaled while decoding, others reduced right after). HEIC needs the optional
pillow-heif decoder; without it ``heic_supported()`` is False and the importer refuses HEIC
with a reason.
Thread-safety: pure functions; each call opens its own file.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from imaging import limits

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


TOO_LARGE = "too_large"
UNREADABLE = "unreadable"


def photo_info(source: Path | str | bytes) -> PhotoInfo:
    """Size and orientation from the header. Raises ValueError("unreadable") if it is not a
    photo Pillow can open, ValueError("too_large") if it declares more pixels than allowed."""
    image = _open(source)
    try:
        with image:
            orientation = int(image.getexif().get(_ORIENTATION_TAG, 1) or 1)
            width, height = image.size
            if orientation in _TURNED:
                width, height = height, width
            return PhotoInfo(width, height, orientation, image.format or "")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValueError(UNREADABLE) from exc


def open_photo(source: Path | str | bytes, max_pixels: int | None = None) -> Image.Image:
    """The decoded photo, turned as its EXIF orientation says (what the viewer shows); with
    ``max_pixels``, scaled down to at most that many pixels before it is turned. Raises
    ValueError("unreadable" | "too_large")."""
    with _open(source) as image:
        try:
            if max_pixels is not None:
                wanted = _fit(image.size, max_pixels)
                if image.format == "JPEG" and wanted != image.size:
                    image.draft(image.mode, wanted)  # decode at 1/2, 1/4 or 1/8 straight away
                image.load()
                if image.width * image.height > max_pixels:
                    factor = -(-max(image.width, image.height) // max(wanted))  # ceiling
                    image = image.reduce(max(2, factor)) if factor > 1 else image
            turned = ImageOps.exif_transpose(image)
            turned.load()
            return turned
        except (OSError, SyntaxError, ValueError) as exc:
            raise ValueError(UNREADABLE) from exc


def _fit(size: tuple[int, int], max_pixels: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, (max_pixels / max(width * height, 1)) ** 0.5)
    return max(1, int(width * scale)), max(1, int(height * scale))


def _open(source: Path | str | bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Sizes are checked here against our own limit; Pillow's warning adds nothing.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            if isinstance(source, bytes | bytearray):
                image = Image.open(io.BytesIO(source))
            else:
                image = Image.open(Path(source))
    except Image.DecompressionBombError:
        raise ValueError(TOO_LARGE) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValueError(UNREADABLE) from exc
    width, height = image.size
    if width * height > limits.MAX_PHOTO_PIXELS:
        image.close()
        raise ValueError(TOO_LARGE)
    return image
