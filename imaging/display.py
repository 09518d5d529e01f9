"""From a decoded frame to the grey levels on screen: VOI (window or VOI LUT), then polarity.

Owns the second half of the display pipeline (DICOM PS3.3 C.11.2 and C.7.6.3.1.2): the VOI
transform (VOI LUT Sequence, or a window with VOILUTFunction LINEAR, LINEAR_EXACT or SIGMOID),
then MONOCHROME1 inversion, which comes after windowing. Grey frames go through a uint8 lookup
table indexed by the stored integer values (one table per window, value range and rescale,
cached), so a window/level step costs one table build and one gather, not float math per
pixel. ``render`` is exactly what the viewer shows, without overlays.

Thread-safety: pure functions; the table cache is an lru_cache (thread-safe) of read-only
arrays.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset

from imaging.pixels import Frame, ImageInfo, Source, VoiLut, decode_frame, image_info

FUNCTIONS = ("LINEAR", "LINEAR_EXACT", "SIGMOID")

# Above this many distinct stored values a table would cost more than it saves.
_MAX_TABLE = 1 << 22


@dataclass(frozen=True)
class Window:
    """A VOI window in modality units (HU for CT). ``lut``: the file's VOI LUT, when it has one
    and no window was chosen by the user; then ``center``/``width`` only describe its range."""

    center: float
    width: float
    function: str = "LINEAR"
    lut: VoiLut | None = None

    def __post_init__(self):
        if self.function not in FUNCTIONS:
            raise ValueError(f"unknown VOI LUT function {self.function!r}")


def default_window(info_or_dataset: ImageInfo | Dataset, frame: Frame | None = None):
    """The window the file asks for, or None for colour images.

    Order: the VOI LUT Sequence, then the first WindowCenter/WindowWidth pair (with its
    VOILUTFunction), then the frame's own value range (the full range, so nothing is clipped).
    Returns None when the file has neither and no frame is given.
    """
    info = (
        info_or_dataset if isinstance(info_or_dataset, ImageInfo) else image_info(info_or_dataset)
    )
    if info.is_colour:
        return None
    if info.voi_lut is not None:
        lut = info.voi_lut
        return Window(lut.first_mapped + lut.data.size / 2, float(lut.data.size), lut=lut)
    if info.windows:
        center, width = info.windows[0]
        return Window(center, width, info.voi_function)
    if frame is not None:
        return full_range_window(frame)
    return None


def full_range_window(frame: Frame) -> Window:
    """A LINEAR window mapping the frame's lowest value to black and its highest to white."""
    values = frame.values
    if values.size == 0:
        return Window(0.5, 1.0)
    lo, hi = float(values.min()), float(values.max())
    if values.dtype.kind == "f":
        return Window((lo + hi) / 2, max(hi - lo, 1e-6), "LINEAR_EXACT")
    # LINEAR with these maps lo to 0 and hi to 255 exactly (C.11.2.1.2.1 with w-1 = hi-lo).
    return Window((lo + hi) / 2 + 0.5, max(hi - lo + 1.0, 1.0))


def voi(x: np.ndarray, window: Window) -> np.ndarray:
    """The VOI transform of modality values ``x`` (float64) to 0..1 (DICOM PS3.3 C.11.2.1.2)."""
    c, w = float(window.center), float(window.width)
    if window.lut is not None:
        lut = window.lut
        idx = np.clip(np.rint(x - lut.first_mapped), 0, lut.data.size - 1).astype(np.intp)
        return lut.data[idx] / float((1 << lut.bits) - 1)
    if window.function == "SIGMOID":
        return 1.0 / (1.0 + np.exp(-4.0 * (x - c) / max(w, 1e-6)))
    if window.function == "LINEAR_EXACT":
        w = max(w, 1e-6)
        return np.clip((x - c) / w + 0.5, 0.0, 1.0)
    if w <= 1.0:  # width 1 is a threshold at the centre
        return (x > c - 0.5).astype(np.float64)
    return np.clip((x - (c - 0.5)) / (w - 1.0) + 0.5, 0.0, 1.0)


def _grey_levels(y: np.ndarray, invert: bool) -> np.ndarray:
    levels = np.rint(y * 255.0)
    if invert:
        levels = 255.0 - levels
    return levels.astype(np.uint8)


@functools.lru_cache(maxsize=64)
def _table(
    window: Window,
    dtype: str,
    offset: int,
    size: int,
    slope: float,
    intercept: float,
    invert: bool,
) -> np.ndarray:
    """Grey level per table index. 8/16-bit tables are indexed by the codes' unsigned view
    (so int16 -1 sits at index 65535): a gather with no arithmetic on the frame at all."""
    if dtype in ("i1", "i2"):
        unsigned = np.uint8 if dtype == "i1" else np.uint16
        codes = np.arange(size, dtype=unsigned).view(np.dtype(dtype)).astype(np.float64)
    else:
        codes = np.arange(offset, offset + size, dtype=np.float64)
    table = _grey_levels(voi(codes * slope + intercept, window), invert)
    table.flags.writeable = False
    return table


def _indices(codes: np.ndarray) -> tuple[np.ndarray, str, int, int]:
    """Table indices for integer ``codes``: (indices, table kind, offset of index 0, size)."""
    kind, itemsize = codes.dtype.kind, codes.dtype.itemsize
    if itemsize <= 2:
        unsigned = np.uint8 if itemsize == 1 else np.uint16
        return codes.view(unsigned), f"{kind}{itemsize}", 0, 256**itemsize
    lo, hi = int(codes.min()), int(codes.max())
    if hi - lo + 1 > _MAX_TABLE:
        raise OverflowError
    return (codes - lo).astype(np.intp), "offset", lo, hi - lo + 1


def to_display(frame: Frame, window: Window | None = None, invert: bool = False) -> np.ndarray:
    """Grey levels for the screen: uint8 (H, W) for grey, (H, W, 3) for colour.

    ``window`` None means the file's default (see ``default_window``). MONOCHROME1 is inverted
    after windowing; ``invert`` flips the result once more (the viewer's invert button).
    """
    info = frame.info
    if info.is_colour:
        rgb = frame.values
        return 255 - rgb if invert else rgb
    window = window or default_window(info, frame)
    flip = (info.photometric == "MONOCHROME1") != bool(invert)
    if frame.stored is not None:
        codes, slope, intercept = frame.stored, info.rescale_slope, info.rescale_intercept
    else:
        codes, slope, intercept = frame.values, 1.0, 0.0
    if codes.dtype.kind in "iu":
        try:
            indices, kind, offset, size = _indices(codes)
        except OverflowError:
            pass
        else:
            table = _table(window, kind, offset, size, float(slope), float(intercept), flip)
            # np.take is about twice as fast as table[indices] for small integer indices.
            return np.take(table, indices)
    # Float pixel data, or an integer range too wide for a table.
    return _grey_levels(voi(frame.values.astype(np.float64), window), flip)


def render(source: Source, frame: int = 0, window: Window | None = None) -> np.ndarray:
    """Decode frame ``frame`` of ``source`` and return what the viewer shows (no overlays)."""
    decoded = decode_frame(source, frame)
    return to_display(decoded, window)
