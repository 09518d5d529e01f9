"""Small previews of DICOM images for the import list and the series strip.

``thumbnail(source)`` decodes the middle frame (the most representative one of a cine loop or
multi-frame stack), applies the file's default window exactly as the viewer would, and shrinks
it with area averaging so thin lines do not alias. Only the header and that one frame are read
(``pixels.decode_frame``), and a frame larger than imaging.limits allows is refused before it
is decoded (DecodeError "too_large_to_display"). Qt-free; thread-safety: pure function, safe
on any worker thread (decoding is CPU-bound, so many thumbnails belong in a process pool).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from imaging.display import to_display
from imaging.pixels import Source, decode_frame, open_image


def thumbnail(source: Source, max_size: int = 128) -> np.ndarray:
    """uint8 (h, w) or (h, w, 3), the longer side at most ``max_size``. Raises DecodeError."""
    if max_size < 1:
        raise ValueError("max_size must be positive")
    info = open_image(source)
    frame = decode_frame(source, info.frames // 2)
    image = to_display(frame)
    return shrink(image, max_size)


def shrink(image: np.ndarray, max_size: int) -> np.ndarray:
    """Scale ``image`` down (never up) so its longer side is at most ``max_size``."""
    height, width = image.shape[:2]
    scale = max_size / max(height, width)
    if scale >= 1.0:
        return np.ascontiguousarray(image)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resized = Image.fromarray(np.ascontiguousarray(image)).resize(size, Image.Resampling.BOX)
    return np.asarray(resized)
