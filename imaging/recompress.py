"""Lossless recompression of uncompressed DICOM before it is encrypted into a bundle.

``recompress_lossless(src, dst)`` re-encodes the pixel data of an uncompressed file with
JPEG-LS lossless (pyjpegls; the default, fastest for the size it gives) or JPEG 2000 lossless
(pylibjpeg-openjpeg), decodes the result again and compares it with the original pixels
element by element; only a file that decodes identically and is smaller is kept. Anything
else (already compressed, no pixel data, a bit depth or colour model the encoder does not
take, no saving) is copied unchanged, with ``kept_original`` True. Either way ``dst`` is
written aside and renamed, so it is complete or absent, and ``src`` is never touched.

Encoding keeps the SOP Instance UID (the pixels are the same image), so references between
files and the bundle's series stay valid. Thread-safety: pure function of its files; the
encoders hold the GIL, so many files belong in a process pool.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom import dcmread, dcmwrite
from pydicom.errors import InvalidDicomError
from pydicom.uid import JPEG2000Lossless, JPEGLSLossless

from imaging import dicom_read, limits

SYNTAXES = (JPEGLSLossless, JPEG2000Lossless)
_PLUGINS = {JPEGLSLossless: "pyjpegls", JPEG2000Lossless: "pylibjpeg"}


@dataclass(frozen=True)
class RecompressResult:
    original_size: int
    new_size: int
    transfer_syntax: str  # of the file written to dst
    kept_original: bool


def recompress_lossless(
    src_path: Path | str, dst_path: Path | str, syntax: str = JPEGLSLossless
) -> RecompressResult:
    """Write ``src`` to ``dst``, losslessly recompressed when that is proven identical and smaller.

    ``syntax`` picks the encoder (JPEG-LS lossless or JPEG 2000 lossless); when it cannot take
    the image the other is tried. A file pydicom cannot parse is copied unchanged; OSError (a
    file that cannot be read or written at all) is the only error raised.
    """
    src, dst = Path(src_path), Path(dst_path)
    original_size = src.stat().st_size
    original_syntax = ""

    def keep() -> RecompressResult:
        _copy_atomically(src, dst)
        return RecompressResult(original_size, original_size, original_syntax, True)

    try:
        with src.open("rb") as handle:
            # Bounded: a Deflated data set is inflated within imaging.limits, never whole.
            dataset = dicom_read.read(handle, stop_before_pixels=False)
    except (InvalidDicomError, ValueError, EOFError):
        return keep()  # not ours to judge here (dicom_read.TooLarge too): it travels as it is
    syntax_uid = dataset.file_meta.get("TransferSyntaxUID")
    original_syntax = str(syntax_uid or "")
    if "PixelData" not in dataset or syntax_uid is None or syntax_uid.is_compressed:
        return keep()
    if len(dataset.PixelData) > limits.MAX_ALL_FRAMES_BYTES:
        return keep()  # every frame decoded at once, twice over, would pass the memory bound
    try:
        original = dataset.pixel_array
    except (ValueError, NotImplementedError, AttributeError, TypeError):
        return keep()
    candidates = [syntax, *(other for other in SYNTAXES if other != syntax)]
    part = dst.with_name(dst.name + ".part")
    for index, candidate in enumerate(candidates):
        try:
            # compress() changes the data set, so a second encoder starts from a fresh read.
            source = dataset if index == 0 else dcmread(src)
            if not _encode_to(source, original, candidate, part):
                continue
            new_size = part.stat().st_size
            if new_size >= original_size:
                return keep()
            part.replace(dst)
            return RecompressResult(original_size, new_size, str(candidate), False)
        finally:
            part.unlink(missing_ok=True)
    return keep()


def _encode_to(dataset, original: np.ndarray, syntax, part: Path) -> bool:
    """Encode into ``part`` and prove the round trip; False if this encoder cannot do it."""
    try:
        dataset.compress(
            syntax, arr=original, encoding_plugin=_PLUGINS[syntax], generate_instance_uid=False
        )
    except (ValueError, RuntimeError, NotImplementedError, TypeError):
        return False
    # dcmwrite, not save_as: a big-endian original is written in the new syntax's byte order.
    dcmwrite(part, dataset, enforce_file_format=True)
    with part.open("rb+") as handle:
        os.fsync(handle.fileno())
    try:
        decoded = dcmread(part).pixel_array
    except (ValueError, RuntimeError, NotImplementedError):
        return False
    # Same kind and width: a big-endian original decodes to '>i2', its copy to native int16.
    same_type = (decoded.dtype.kind, decoded.itemsize) == (original.dtype.kind, original.itemsize)
    return same_type and np.array_equal(decoded, original)


def _copy_atomically(src: Path, dst: Path) -> None:
    part = dst.with_name(dst.name + ".part")
    try:
        shutil.copyfile(src, part)
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        part.replace(dst)
    finally:
        part.unlink(missing_ok=True)
