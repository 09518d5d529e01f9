"""Small previews of DICOM images for the import list and the series strip.

``thumbnail(source)`` decodes the middle frame (the most representative one of a cine loop or
multi-frame stack), applies the file's default window exactly as the viewer would, and shrinks
it with area averaging so thin lines do not alias. Qt-free; thread-safety: pure function, safe
on any worker thread (decoding is CPU-bound, so many thumbnails belong in a process pool).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from imaging.display import to_display
from imaging.pixels import Source, frame_from_dataset, image_info, read_dataset


def thumbnail(source: Source, max_size: int = 128) -> np.ndarray:
    """uint8 (h, w) or (h, w, 3), the longer side at most ``max_size``. Raises DecodeError."""
    if max_size < 1:
        raise ValueError("max_size must be positive")
    ds = read_dataset(source)
    info = image_info(ds)
    frame = frame_from_dataset(ds, info.frames // 2, info)
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
