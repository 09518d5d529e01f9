"""Reading DICOM pixels: the image header (``open_image``) and one decoded frame (``decode_frame``).

Owns the first half of the display pipeline: pydicom reads and decodes (with the GPL-free
plugins: GDCM, pylibjpeg-openjpeg, pyjpegls, Pillow, pydicom's RLE, plus imaging.gdcm_jpeg12
for 12-bit JPEG), then this module applies the Modality LUT or rescale for grey images and
turns colour (RGB, YBR, palette) into RGB uint8. Windowing lives in imaging.display.

A source is a path or the file's bytes. Failures raise ``DecodeError`` with a code (worded by
the top layers in ``wording.viewing.DECODE_ERROR``) and the transfer syntax UID; never a file name.
Thread-safety: pure functions of their input; the one-time plugin registration is locked.
Decoding holds the GIL for most plugins, so bulk decoding belongs in a process pool
(imaging.frame_cache does that).
"""

from __future__ import annotations

import dataclasses
import io
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pydicom
from pydicom import uid
from pydicom.datadict import keyword_for_tag
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError

from imaging import dicom_read, limits

Source = str | os.PathLike | bytes | bytearray | memoryview

# Codes of DecodeError (worded in wording.viewing.DECODE_ERROR).
NOT_DICOM = "not_dicom"
NO_PIXELS = "no_pixels"
NO_DECODER = "no_decoder"
UNKNOWN_SYNTAX = "unknown_syntax"
TRUNCATED = "truncated"
CORRUPT = "corrupt"
UNSUPPORTED_IMAGE = "unsupported_image"
FRAME_OUT_OF_RANGE = "frame_out_of_range"
UNREADABLE = "unreadable"
BAD_HEADER = "bad_header"
# The header declares more pixels than imaging.limits lets one frame (or the inflated data
# set) take: refused before any decoder runs.
TOO_LARGE = "too_large_to_display"

_PIXEL_TAGS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")
_COLOUR = {
    "RGB",
    "YBR_FULL",
    "YBR_FULL_422",
    "YBR_ICT",
    "YBR_RCT",
    "YBR_PARTIAL_420",
    "PALETTE COLOR",
}


# Standard transfer syntaxes newer than pydicom 3.0's dictionary (PS3.5 table A-1 / PS3.6).
_NEWER_SYNTAXES = {
    "1.2.840.10008.1.2.4.110": "JPEG XL Lossless",
    "1.2.840.10008.1.2.4.111": "JPEG XL JPEG Recompression",
    "1.2.840.10008.1.2.4.112": "JPEG XL",
    "1.2.840.10008.1.2.8.1": "Deflated Image Frame Compression",
}


def syntax_name(transfer_syntax: str) -> str:
    """A transfer syntax's plain name ("JPEG 2000 Image Compression"), else its UID."""
    if not transfer_syntax:
        return ""
    if transfer_syntax in _NEWER_SYNTAXES:
        return _NEWER_SYNTAXES[transfer_syntax]
    return uid.UID(transfer_syntax).name or transfer_syntax


def _is_standard_syntax(transfer_syntax: str) -> bool:
    return transfer_syntax in _NEWER_SYNTAXES or uid.UID(transfer_syntax).is_transfer_syntax


class DecodeError(Exception):
    """The pixels cannot be shown. ``code`` says why; ``transfer_syntax`` is the file's UID."""

    def __init__(self, code: str, transfer_syntax: str = ""):
        super().__init__(f"{code} ({transfer_syntax or 'no transfer syntax'})")
        self.code = code
        self.transfer_syntax = str(transfer_syntax)

    def __reduce__(self):
        # Frames are decoded in worker processes: the error must cross back intact.
        return (DecodeError, (self.code, self.transfer_syntax))

    @property
    def syntax_name(self) -> str:
        """The transfer syntax's plain name ("JPEG 2000 Image Compression"), or its UID."""
        return syntax_name(self.transfer_syntax)


@dataclass(frozen=True, eq=False)
class VoiLut:
    """A VOI LUT from the file: output = data[clip(value - first_mapped)], ``bits`` deep."""

    first_mapped: int
    bits: int
    data: np.ndarray = field(repr=False)

    def __post_init__(self):
        object.__setattr__(self, "_key", (self.first_mapped, self.bits, self.data.tobytes()))

    def __eq__(self, other):
        return isinstance(other, VoiLut) and self._key == other._key

    def __hash__(self):
        return hash(self._key)


@dataclass(frozen=True)
class UltrasoundRegion:
    """One calibrated region of an ultrasound image (SequenceOfUltrasoundRegions item)."""

    x0: int
    y0: int
    x1: int
    y1: int
    units_x: int  # 3 = cm, 4 = seconds, ... (DICOM PS3.3 C.8.5.5.1.15)
    units_y: int
    delta_x: float
    delta_y: float


@dataclass(frozen=True)
class ImageInfo:
    """What the header says about the pixels: enough to size, window and calibrate them."""

    rows: int
    columns: int
    frames: int
    photometric: str
    bits: int  # BitsStored
    bits_allocated: int
    samples_per_pixel: int
    pixel_representation: int
    transfer_syntax: str
    frame_time_ms: float | None
    is_colour: bool
    modality: str = ""
    rescale_slope: float = 1.0
    rescale_intercept: float = 0.0
    has_modality_lut: bool = False
    windows: tuple[tuple[float, float], ...] = ()
    voi_function: str = "LINEAR"
    voi_lut: VoiLut | None = None
    pixel_spacing: tuple[float, float] | None = None
    imager_pixel_spacing: tuple[float, float] | None = None
    us_regions: tuple[UltrasoundRegion, ...] = field(default_factory=tuple)
    lossy: bool = False

    @property
    def transfer_syntax_name(self) -> str:
        return syntax_name(self.transfer_syntax)


@dataclass(frozen=True)
class Frame:
    """One decoded frame.

    ``values``: for grey images the modality values (after the Modality LUT or rescale, so HU
    for CT), as an integer array when the rescale keeps integers, else float32; for colour
    images RGB uint8 (H, W, 3). ``stored``: the stored integer values when ``values`` is float
    (so windowing can still go through a lookup table), else None.
    """

    values: np.ndarray
    info: ImageInfo
    index: int = 0
    stored: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes + (self.stored.nbytes if self.stored is not None else 0))


# ---- reading


def _read(source: Source, *, stop_before_pixels: bool) -> Dataset:
    try:
        if isinstance(source, bytes | bytearray | memoryview):
            ds = dicom_read.read(io.BytesIO(bytes(source)), stop_before_pixels=stop_before_pixels)
        else:
            with open(Path(source), "rb") as handle:
                ds = dicom_read.read(handle, stop_before_pixels=stop_before_pixels)
    except dicom_read.TooLarge:
        raise DecodeError(TOO_LARGE, str(uid.DeflatedExplicitVRLittleEndian)) from None
    except InvalidDicomError:
        raise DecodeError(NOT_DICOM) from None
    except (FileNotFoundError, PermissionError, IsADirectoryError):
        raise DecodeError(UNREADABLE) from None
    except (EOFError, ValueError, OSError, KeyError, TypeError, AttributeError):
        # pydicom raises many kinds on a damaged header; none of their texts are for users.
        raise DecodeError(TRUNCATED) from None
    _ensure_transfer_syntax(ds)
    if not _looks_like_dicom(ds):
        raise DecodeError(NOT_DICOM)
    if "Rows" not in ds and not _has_pixels(ds):
        raise DecodeError(NO_PIXELS, _syntax(ds))
    return ds


def _looks_like_dicom(ds: Dataset) -> bool:
    # force=True turns any bytes into "elements"; real DICOM has the preamble or at least a
    # few standard tags (checked by tag number, so no element value is parsed here).
    if getattr(ds, "preamble", None) is not None:
        return len(ds) > 0
    tags = ds.keys()  # iterating the Dataset itself would parse every value
    return sum(1 for tag in tags if keyword_for_tag(tag)) >= 2


def _has_pixels(ds: Dataset) -> bool:
    return any(tag in ds for tag in _PIXEL_TAGS)


def _syntax(ds: Dataset) -> str:
    meta = getattr(ds, "file_meta", None)
    return str(meta.get("TransferSyntaxUID", "")) if meta is not None else ""


def _ensure_transfer_syntax(ds: Dataset) -> None:
    # Files without a meta header (old CDs) still decode natively: take the syntax pydicom
    # found while reading, so the decoders know the byte order.
    if not hasattr(ds, "file_meta") or ds.file_meta is None:
        ds.file_meta = pydicom.dataset.FileMetaDataset()
    if "TransferSyntaxUID" in ds.file_meta:
        return
    implicit, little = ds.original_encoding
    if implicit is None:
        return
    if implicit:
        ds.file_meta.TransferSyntaxUID = uid.ImplicitVRLittleEndian
    else:
        ds.file_meta.TransferSyntaxUID = (
            uid.ExplicitVRLittleEndian if little else uid.ExplicitVRBigEndian
        )


def _number(value, default: float) -> float:
    try:
        if isinstance(value, pydicom.multival.MultiValue):
            value = value[0]
        return float(value) if value not in (None, "") else default
    except (TypeError, ValueError):
        return default


def _pair(value) -> tuple[float, float] | None:
    try:
        first, second = float(value[0]), float(value[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return None
    return (first, second) if first > 0 and second > 0 else None


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, pydicom.multival.MultiValue | list | tuple):
        return list(value)
    return [value]


def _shared_item(ds: Dataset, sequence: str):
    # Enhanced multi-frame objects keep rescale and windows in the shared functional groups.
    try:
        return ds.SharedFunctionalGroupsSequence[0][sequence][0]
    except (AttributeError, IndexError, KeyError, TypeError):
        return None


def _windows(ds: Dataset) -> tuple[tuple[tuple[float, float], ...], str]:
    holder = ds if "WindowCenter" in ds else _shared_item(ds, "FrameVOILUTSequence")
    if holder is None:
        return (), "LINEAR"
    centres = _as_list(holder.get("WindowCenter"))
    widths = _as_list(holder.get("WindowWidth"))
    windows = []
    for centre, width in zip(centres, widths, strict=False):
        try:
            c, w = float(centre), float(width)
        except (TypeError, ValueError):
            continue
        if w > 0:
            windows.append((c, w))
    function = str(holder.get("VOILUTFunction", "LINEAR") or "LINEAR").strip().upper()
    if function not in ("LINEAR", "LINEAR_EXACT", "SIGMOID"):
        function = "LINEAR"
    return tuple(windows), function


def _voi_lut(ds: Dataset) -> VoiLut | None:
    try:
        item = ds.VOILUTSequence[0]
        descriptor = [int(v) for v in item.LUTDescriptor]
        raw = item.LUTData
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None
    entries = descriptor[0] or 65536
    first = descriptor[1]
    if first >= 32768 and ds.get("PixelRepresentation", 0) == 1:
        first -= 65536  # the descriptor is US even when the first mapped value is negative
    bits = descriptor[2]
    if isinstance(raw, bytes):
        dtype = "<u2" if bits > 8 or len(raw) >= 2 * entries else "u1"
        data = np.frombuffer(raw, dtype=dtype)
    else:
        data = np.asarray(_as_list(raw), dtype=np.uint16)
    data = data[:entries].astype(np.uint16)
    if data.size == 0 or not 1 <= bits <= 16:
        return None
    return VoiLut(first_mapped=first, bits=bits, data=data)


def _us_regions(ds: Dataset) -> tuple[UltrasoundRegion, ...]:
    regions = []
    for item in ds.get("SequenceOfUltrasoundRegions", []) or []:
        try:
            regions.append(
                UltrasoundRegion(
                    x0=int(item.RegionLocationMinX0),
                    y0=int(item.RegionLocationMinY0),
                    x1=int(item.RegionLocationMaxX1),
                    y1=int(item.RegionLocationMaxY1),
                    units_x=int(item.PhysicalUnitsXDirection),
                    units_y=int(item.PhysicalUnitsYDirection),
                    delta_x=float(item.PhysicalDeltaX),
                    delta_y=float(item.PhysicalDeltaY),
                )
            )
        except (AttributeError, TypeError, ValueError):
            continue
    return tuple(regions)


def _frame_time(ds: Dataset) -> float | None:
    frame_time = _number(ds.get("FrameTime"), 0.0)
    if frame_time > 0:
        return frame_time
    vector = [_number(v, 0.0) for v in _as_list(ds.get("FrameTimeVector"))]
    # The first entry is 0 by definition (time from the previous frame to the first).
    steps = [v for v in vector[1:] if v > 0]
    if steps:
        return float(sum(steps) / len(steps))
    rate = _number(ds.get("RecommendedDisplayFrameRate") or ds.get("CineRate"), 0.0)
    return 1000.0 / rate if rate > 0 else None


def image_info(ds: Dataset) -> ImageInfo:
    """The ImageInfo of an already-read dataset (header only; raises DecodeError NO_PIXELS)."""
    syntax = _syntax(ds)
    if "Rows" not in ds or "Columns" not in ds:
        raise DecodeError(NO_PIXELS, syntax)
    try:
        rows, columns = int(ds.Rows), int(ds.Columns)
        frames = int(ds.get("NumberOfFrames") or 1)
        bits_allocated = int(ds.get("BitsAllocated", 8) or 8)
        bits = int(ds.get("BitsStored", bits_allocated) or bits_allocated)
        samples = int(ds.get("SamplesPerPixel", 1) or 1)
        representation = int(ds.get("PixelRepresentation", 0) or 0)
    except (TypeError, ValueError):
        raise DecodeError(BAD_HEADER, syntax) from None
    if rows <= 0 or columns <= 0 or frames <= 0:
        raise DecodeError(NO_PIXELS, syntax)
    photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
    if not photometric:
        photometric = "RGB" if samples == 3 else "MONOCHROME2"
    rescale = ds if "RescaleSlope" in ds or "RescaleIntercept" in ds else None
    if rescale is None:
        rescale = _shared_item(ds, "PixelValueTransformationSequence")
    slope = _number(rescale.get("RescaleSlope") if rescale is not None else None, 1.0)
    intercept = _number(rescale.get("RescaleIntercept") if rescale is not None else None, 0.0)
    if slope == 0:
        slope = 1.0  # a zero slope would flatten the image; real files mean "not given"
    windows, function = _windows(ds)
    lossy = str(ds.get("LossyImageCompression", "")).strip() == "01" or syntax in (
        uid.JPEGBaseline8Bit,
        uid.JPEGExtended12Bit,
        uid.JPEG2000,
        uid.JPEGLSNearLossless,
    )
    return ImageInfo(
        rows=rows,
        columns=columns,
        frames=frames,
        photometric=photometric,
        bits=bits,
        bits_allocated=bits_allocated,
        samples_per_pixel=samples,
        pixel_representation=representation,
        transfer_syntax=syntax,
        frame_time_ms=_frame_time(ds) if frames > 1 else None,
        is_colour=photometric in _COLOUR or samples > 1,
        modality=str(ds.get("Modality", "") or ""),
        rescale_slope=slope,
        rescale_intercept=intercept,
        has_modality_lut="ModalityLUTSequence" in ds,
        windows=windows,
        voi_function=function,
        voi_lut=_voi_lut(ds),
        pixel_spacing=_pair(ds.get("PixelSpacing")),
        imager_pixel_spacing=_pair(ds.get("ImagerPixelSpacing")),
        us_regions=_us_regions(ds),
        lossy=lossy,
    )


def open_image(source: Source) -> ImageInfo:
    """Read only the header of ``source`` (no pixel decoding). Raises DecodeError."""
    ds = _read(source, stop_before_pixels=True)
    return image_info(ds)


# ---- decoding

_plugins_lock = threading.Lock()
_plugins_ready = False


def _register_plugins() -> None:
    global _plugins_ready
    with _plugins_lock:
        if _plugins_ready:
            return
        from pydicom.pixels.decoders.base import get_decoder

        decoder = get_decoder(uid.JPEGExtended12Bit)
        label = "casebridge-gdcm12"
        if label not in decoder.available_plugins and label not in decoder._unavailable:
            decoder.add_plugin(label, ("imaging.gdcm_jpeg12", "decode_frame"))
        # GDCM aborts the whole process (an uncaught C++ exception) on some malformed JPEG
        # 2000 codestreams, and pydicom falls back to it when openjpeg refuses a damaged file:
        # one bad file on a CD would close the app. openjpeg alone decodes every valid one.
        for syntax in uid.JPEG2000TransferSyntaxes:
            try:
                j2k = get_decoder(syntax)
            except NotImplementedError:
                continue  # Part 2 multi-component: pydicom has no decoder at all
            others = [p for p in j2k.available_plugins if p != "gdcm"]
            if "gdcm" in j2k.available_plugins and others:
                j2k.remove_plugin("gdcm")
        _plugins_ready = True


def _check_decoder(syntax: str) -> None:
    from pydicom.pixels.decoders.base import get_decoder

    if not syntax:
        raise DecodeError(UNKNOWN_SYNTAX, syntax)
    try:
        decoder = get_decoder(syntax)
    except (NotImplementedError, ValueError):
        # A standard syntax nothing here decodes (video, JPEG XL) is a missing decoder; a
        # UID no standard lists is a private or broken one.
        code = NO_DECODER if _is_standard_syntax(syntax) else UNKNOWN_SYNTAX
        raise DecodeError(code, syntax) from None
    if not decoder.is_available:
        raise DecodeError(NO_DECODER, syntax)


def check_budget(info: ImageInfo) -> None:
    """Raise DecodeError TOO_LARGE when one frame of ``info`` passes imaging.limits: checked
    before any decoder allocates the frame the header declares."""
    if not limits.frame_fits(info.rows, info.columns, info.samples_per_pixel, info.bits_allocated):
        raise DecodeError(TOO_LARGE, info.transfer_syntax)


def _expected_native_bytes(info: ImageInfo) -> int:
    per_frame = info.rows * info.columns * info.samples_per_pixel
    if info.bits_allocated == 1:
        return (per_frame * info.frames + 7) // 8
    if info.photometric == "YBR_FULL_422" and info.samples_per_pixel == 3:
        per_frame = per_frame * 2 // 3
    return per_frame * info.frames * (info.bits_allocated // 8)


def _decode_array(ds: Dataset, info: ImageInfo, index: int, stream=None) -> np.ndarray:
    from pydicom.pixels import pixel_array

    syntax = info.transfer_syntax
    if stream is None and "PixelData" in ds and not uid.UID(syntax).is_encapsulated:
        length = len(ds.PixelData or b"")
        if length < _expected_native_bytes(info):
            raise DecodeError(TRUNCATED, syntax)
    try:
        if stream is not None:
            return pixel_array(stream, index=index)
        return pixel_array(ds, index=index)
    except DecodeError:
        raise
    except MemoryError:
        raise DecodeError(UNSUPPORTED_IMAGE, syntax) from None
    except (
        ValueError,
        RuntimeError,
        NotImplementedError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        EOFError,
        OSError,
    ) as exc:
        # Plugins fail with many exception types; the text may name internals, never data.
        text = str(exc).lower()
        if "less than expected" in text or "end of" in text or "truncat" in text:
            raise DecodeError(TRUNCATED, syntax) from None
        if "missing dependencies" in text or "no decoder" in text:
            raise DecodeError(NO_DECODER, syntax) from None
        raise DecodeError(CORRUPT, syntax) from None


def _to_uint8(arr: np.ndarray, bits: int) -> np.ndarray:
    if arr.dtype == np.uint8:
        return arr
    shift = max(int(bits) - 8, 0)
    return (arr.astype(np.uint32) >> shift).clip(0, 255).astype(np.uint8)


def _colour(arr: np.ndarray, ds: Dataset, info: ImageInfo) -> np.ndarray:
    from pydicom.pixels import apply_color_lut

    if info.photometric == "PALETTE COLOR":
        rgb = apply_color_lut(arr, ds)
        try:
            lut_bits = int(ds.RedPaletteColorLookupTableDescriptor[2])
        except (AttributeError, IndexError, TypeError, ValueError):
            lut_bits = 16 if rgb.dtype != np.uint8 else 8
        return _to_uint8(rgb, lut_bits)
    if arr.ndim == 2:  # one sample per pixel under a colour name: show it as grey RGB
        arr = np.repeat(arr[..., None], 3, axis=2)
    return _to_uint8(arr[..., :3], info.bits)


def _modality(
    arr: np.ndarray, ds: Dataset, info: ImageInfo
) -> tuple[np.ndarray, np.ndarray | None]:
    if arr.dtype.kind == "f":
        return arr.astype(np.float32, copy=False), None
    if info.has_modality_lut:
        from pydicom.pixels import apply_modality_lut

        return np.asarray(apply_modality_lut(arr, ds)), None
    slope, intercept = info.rescale_slope, info.rescale_intercept
    if slope == 1.0 and intercept == 0.0:
        return arr, None
    if float(slope).is_integer() and float(intercept).is_integer():
        lo, hi = (int(arr.min()), int(arr.max())) if arr.size else (0, 0)
        ends = (lo * slope + intercept, hi * slope + intercept)
        dtype = np.int16 if min(ends) >= -32768 and max(ends) <= 32767 else np.int32
        # Work in int64 so a uint16 stored value cannot wrap before the intercept is added.
        values = arr.astype(np.int64) * int(slope) + int(intercept)
        return values.astype(dtype), None
    scaled = arr.astype(np.float32) * np.float32(slope) + np.float32(intercept)
    return scaled, arr


def _per_frame(ds: Dataset, info: ImageInfo, index: int) -> ImageInfo:
    # Enhanced CT/MR may rescale and window each frame differently.
    try:
        item = ds.PerFrameFunctionalGroupsSequence[index]
    except (AttributeError, IndexError, KeyError, TypeError):
        return info
    changes: dict[str, Any] = {}
    try:
        transform = item.PixelValueTransformationSequence[0]
        slope = _number(transform.get("RescaleSlope"), info.rescale_slope) or 1.0
        changes["rescale_slope"] = slope
        changes["rescale_intercept"] = _number(
            transform.get("RescaleIntercept"), info.rescale_intercept
        )
    except (AttributeError, IndexError, KeyError, TypeError):
        pass
    try:
        windows, function = _windows(item.FrameVOILUTSequence[0])
        if windows:
            changes["windows"], changes["voi_function"] = windows, function
    except (AttributeError, IndexError, KeyError, TypeError):
        pass
    return dataclasses.replace(info, **changes) if changes else info


def frame_from_dataset(
    ds: Dataset, index: int = 0, info: ImageInfo | None = None, *, stream=None
) -> Frame:
    """Decode frame ``index`` of ``ds``: a dataset read with its pixels, or a header read
    without them plus ``stream``, the open file (then only that frame's bytes are read)."""
    _register_plugins()
    info = _per_frame(ds, info or image_info(ds), index)
    if stream is None and not _has_pixels(ds):
        raise DecodeError(NO_PIXELS, info.transfer_syntax)
    if not 0 <= index < info.frames:
        raise DecodeError(FRAME_OUT_OF_RANGE, info.transfer_syntax)
    check_budget(info)
    if stream is not None or "PixelData" in ds:
        _check_decoder(info.transfer_syntax)
    arr = _decode_array(ds, info, index, stream)
    if not arr.dtype.isnative:  # big endian files decode to big-endian arrays
        arr = arr.astype(arr.dtype.newbyteorder("="))
    if info.frames > 1 and arr.ndim == (4 if info.samples_per_pixel > 1 else 3):
        arr = arr[0]  # some plugins keep the frame axis for a single requested frame
    if info.is_colour:
        values = _colour(arr, ds, info)
        return Frame(values=np.ascontiguousarray(values), info=info, index=index)
    if arr.ndim != 2:
        raise DecodeError(UNSUPPORTED_IMAGE, info.transfer_syntax)
    values, stored = _modality(arr, ds, info)
    return Frame(values=values, info=info, index=index, stored=stored)


def read_dataset(source: Source) -> Dataset:
    """Read ``source`` with its pixel data (not decoded yet). Raises DecodeError."""
    return _read(source, stop_before_pixels=False)


# Registered at import, before any worker thread decodes: pydicom's plugin table is a plain
# dict that another thread may be iterating.
_register_plugins()


def decode_frame(source: Source, index: int = 0) -> Frame:
    """Read ``source`` and decode frame ``index``. Raises DecodeError with a code.

    For a multi-frame file only the header and that one frame are read, so stepping through
    a long cine does not copy the whole clip for every frame.
    """
    header = _read(source, stop_before_pixels=True)
    info = image_info(header)
    check_budget(info)  # before the pixel data is even read
    if info.frames > 1 and header.preamble is not None and not dicom_read.is_deflated(header):
        with _open_stream(source) as stream:
            return frame_from_dataset(header, index, info, stream=stream)
    return frame_from_dataset(read_dataset(source), index, info)


def _open_stream(source: Source):
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    try:
        return open(Path(source), "rb")  # the caller's with block closes it
    except OSError:
        raise DecodeError(UNREADABLE) from None
