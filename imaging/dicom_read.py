"""Reading a DICOM data set with its memory bounded, whatever its transfer syntax says.

pydicom reads a Deflated Explicit VR Little Endian file by inflating everything after the file
meta in one call, even to read only the header: a 1.5 MB file can inflate to gigabytes before
the first element is parsed. ``read`` reads such files through ``_Inflating``, which inflates
only as far as the parser reads (the header alone stops at the pixel data) and refuses to go
past a cap; every other syntax is read by pydicom as usual. The cap is
imaging.limits.MAX_INFLATED_HEADER_BYTES for a header and MAX_INFLATED_BYTES for a whole data
set; passing it raises ``TooLarge``.
Thread-safety: pure functions; each call works on the file object it is given.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

import pydicom
from pydicom import uid
from pydicom.dataset import FileDataset
from pydicom.filereader import _read_file_meta_info, read_preamble
from pydicom.filereader import read_dataset as _read_elements

from imaging import limits

_CHUNK = 256 * 1024
_PIXEL_TAGS = {0x7FE00010, 0x7FE00009, 0x7FE00008}


class TooLarge(ValueError):
    """The data set inflates past its cap; nothing more of it was read."""


def is_deflated(ds) -> bool:
    meta = getattr(ds, "file_meta", None)
    return meta is not None and meta.get("TransferSyntaxUID") == uid.DeflatedExplicitVRLittleEndian


def read(fp: BinaryIO, *, stop_before_pixels: bool, max_inflated: int | None = None):
    """``pydicom.dcmread(fp, force=True, stop_before_pixels=...)`` that never inflates a
    Deflated data set past ``max_inflated`` bytes (the limits above by default). Raises what
    dcmread raises, and TooLarge."""
    start = fp.tell()
    preamble = read_preamble(fp, True)
    meta = _read_file_meta_info(fp)
    if meta.get("TransferSyntaxUID") != uid.DeflatedExplicitVRLittleEndian:
        fp.seek(start)
        return pydicom.dcmread(fp, force=True, stop_before_pixels=stop_before_pixels)
    if max_inflated is None:
        max_inflated = (
            limits.MAX_INFLATED_HEADER_BYTES if stop_before_pixels else limits.MAX_INFLATED_BYTES
        )
    body = _Inflating(fp, max_inflated)
    stop = (lambda tag, vr, length: tag in _PIXEL_TAGS) if stop_before_pixels else None
    try:
        # pydicom reads any object with read/seek/tell; _Inflating is one.
        dataset = _read_elements(body, False, True, stop_when=stop)  # type: ignore[arg-type]
    except zlib.error as exc:
        raise EOFError("damaged deflate stream") from exc
    ds = FileDataset(
        getattr(fp, "name", None) or io.BytesIO(), dataset, preamble, meta, False, True
    )
    ds.set_original_encoding(False, True, dataset._character_set)
    return ds


class _Inflating(io.RawIOBase):
    """A readable, seekable view of a raw deflate stream, inflated only as far as it is read
    and kept (for the parser's small seeks back) up to ``cap`` bytes."""

    def __init__(self, source: BinaryIO, cap: int) -> None:
        super().__init__()
        self._source = source
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._data = bytearray()
        self._pos = 0
        self._cap = int(cap)
        self._ended = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = self._pos + offset
        else:  # from the end: the whole stream must be inflated (bounded by the cap)
            self._fill(None)
            target = len(self._data) + offset
        self._pos = max(0, target)
        return self._pos

    def read(self, size: int = -1) -> bytes:
        want = None if size is None or size < 0 else self._pos + size
        self._fill(want)
        end = len(self._data) if want is None else min(want, len(self._data))
        chunk = bytes(self._data[self._pos : end])
        self._pos = max(self._pos, end)
        return chunk

    def readinto(self, buffer) -> int:
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def _fill(self, upto: int | None) -> None:
        while not self._ended and (upto is None or len(self._data) < upto):
            room = self._cap - len(self._data)
            if room <= 0:
                raise TooLarge("inflated data set over its cap")
            pending = self._inflater.unconsumed_tail
            compressed = pending or self._source.read(_CHUNK)
            if not compressed:
                self._data += self._inflater.flush()
                self._ended = True
                break
            # max_length keeps one call from inflating a bomb's chunk to gigabytes at once.
            self._data += self._inflater.decompress(compressed, min(room + 1, 16 * _CHUNK))
            if self._inflater.eof:
                self._ended = True
            if len(self._data) > self._cap:
                raise TooLarge("inflated data set over its cap")
