"""Hostile and broken files for the hostile-input tests: decompression bombs in DICOM, PNG and
PDF, DICOM sequences nested thousands of levels deep, zips of zips and zips with colliding names,
and bundle tars that try to write outside their folder, link elsewhere or claim 9 GiB.
Each is a few kilobytes to a few megabytes on disk and claims (or inflates to) gigabytes.
Thread-safety: plain functions, each writing only the path it is given.
"""

from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.filewriter import write_dataset
from pydicom.uid import (
    JPEG2000,
    CTImageStorage,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLSLossless,
    RLELossless,
    SecondaryCaptureImageStorage,
)

from testdata.dicom import uid

MIB = 1024 * 1024

# A JPEG 2000 codestream start (SOC, SIZ) that declares the same huge size as the header.
_J2K_START = b"\xff\x4f\xff\x51"


def _dataset(name: str, syntax, rows: int, columns: int, frames: int, bits: int = 16):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = uid("hostile", name)
    meta.TransferSyntaxUID = syntax
    ds = FileDataset("", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = SecondaryCaptureImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = "VERMA^ASHA"
    ds.PatientID = "H-1"
    ds.StudyInstanceUID = uid("hostile-study")
    ds.SeriesInstanceUID = uid("hostile-series", name)
    ds.Modality = "OT"
    ds.Rows, ds.Columns = rows, columns
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = bits
    ds.BitsStored = bits
    ds.HighBit = bits - 1
    ds.PixelRepresentation = 0
    return ds


def compressed_bomb(
    path: Path, syntax, rows: int, columns: int, frames: int = 1, bits: int = 16
) -> Path:
    """A compressed DICOM of a few kilobytes whose header declares ``rows`` x ``columns`` x
    ``frames``: one small fragment per frame (up to 64), the rest missing."""
    ds = _dataset(path.stem, syntax, rows, columns, frames, bits)
    fragment = _J2K_START + b"\0" * 64 if syntax in (JPEG2000, JPEG2000Lossless) else b"\0" * 68
    ds.PixelData = encapsulate([fragment] * min(frames, 64))
    ds["PixelData"].VR = "OB"
    ds.save_as(path, enforce_file_format=True)
    return path


COMPRESSED_BOMBS = {
    # name: (syntax, rows, columns, frames, bits)
    "j2k_50k": (JPEG2000, 50_000, 50_000, 1, 16),
    "j2k_lossless_30k": (JPEG2000Lossless, 30_000, 30_000, 1, 8),
    "rle_40k": (RLELossless, 40_000, 40_000, 1, 16),
    "jpegls_20k_frames": (JPEGLSLossless, 20_000, 20_000, 1_000, 16),
    "jpeg_65k": (JPEGBaseline8Bit, 65_535, 65_535, 1, 8),
    "rle_many_frames": (RLELossless, 8_000, 8_000, 100_000, 16),
}


def deflated_bomb(path: Path, inflated_bytes: int, *, in_header: bool = False) -> Path:
    """A Deflated Explicit VR Little Endian DICOM whose data set inflates to about
    ``inflated_bytes`` (zeros in its pixel data, or with ``in_header`` in a private element
    before it): a few hundred kilobytes per gigabyte."""
    side = 1
    while side * side * 2 < inflated_bytes:
        side *= 2
    ds = _dataset(path.stem, DeflatedExplicitVRLittleEndian, side, side, 1, 16)
    ds.SOPClassUID = CTImageStorage
    ds.file_meta.MediaStorageSOPClassUID = CTImageStorage
    body = io.BytesIO()
    write_dataset(_Writer(body), ds)
    pixel_bytes = side * side * 2
    compressor = zlib.compressobj(1, zlib.DEFLATED, -zlib.MAX_WBITS)
    parts = [compressor.compress(body.getvalue())]
    zeros = b"\0" * (16 * MIB)
    if in_header:  # (0x0099,0x1000) OB: a private element before the pixel data
        filler = inflated_bytes // len(zeros) * len(zeros)
        parts.append(compressor.compress(b"\x99\x00\x00\x10OB\0\0" + struct.pack("<I", filler)))
        for _ in range(filler // len(zeros)):
            parts.append(compressor.compress(zeros))
        pixel_bytes = 0
    parts.append(compressor.compress(b"\xe0\x7f\x10\x00OW\0\0" + struct.pack("<I", pixel_bytes)))
    for start in range(0, pixel_bytes, len(zeros)):
        parts.append(compressor.compress(zeros[: min(len(zeros), pixel_bytes - start)]))
    parts.append(compressor.flush())
    meta = io.BytesIO()
    from pydicom.filewriter import write_file_meta_info

    meta.write(b"\0" * 128 + b"DICM")
    write_file_meta_info(_Writer(meta), ds.file_meta, enforce_standard=True)
    path.write_bytes(meta.getvalue() + b"".join(parts))
    return path


def _Writer(buffer: io.BytesIO):
    from pydicom.filebase import DicomFileLike

    writer = DicomFileLike(buffer)
    writer.is_little_endian = True
    writer.is_implicit_VR = False
    return writer


def png_bomb(path: Path, width: int, height: int, colour: bool = False) -> Path:
    """A PNG of one colour, ``width`` x ``height``: a megabyte or two on disk."""
    channels = 3 if colour else 1
    row = b"\0" + b"\x80" * (width * channels)
    compressor = zlib.compressobj(9)
    chunks = [compressor.compress(row) for _ in range(height)]
    chunks.append(compressor.flush())
    data = b"".join(chunks)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2 if colour else 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )
    return path


def pdf(
    path: Path,
    pages: int = 1,
    media_box: tuple[float, float] = (595, 842),
    user_unit: float | None = None,
    content: bytes = b"BT /F1 12 Tf 72 720 Td (Haemoglobin 13.2 g/dL 12.0 - 15.0) Tj ET",
    inflated_filler: int = 0,
) -> Path:
    """A PDF of ``pages`` pages sharing one content stream; ``inflated_filler`` adds that many
    bytes of harmless operators (spaces), deflated, to the content: a content-stream bomb."""
    compressor = zlib.compressobj(6)
    packed = [compressor.compress(content)]
    spaces = b" " * (16 * MIB)
    for start in range(0, inflated_filler, len(spaces)):
        packed.append(compressor.compress(spaces[: min(len(spaces), inflated_filler - start)]))
    packed.append(compressor.flush())
    packed = b"".join(packed)
    out = io.BytesIO()
    out.write(b"%PDF-1.6\n")
    offsets: dict[int, int] = {}

    def obj(number: int, body: bytes) -> None:
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(2, b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages)
    obj(
        3,
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    )
    obj(4, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    width, height = media_box
    unit = b" /UserUnit %.1f" % user_unit if user_unit else b""
    for i in range(pages):
        obj(
            first_page + i,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d]%s /Contents 3 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>" % (round(width), round(height), unit),
        )
    xref = out.tell()
    count = first_page + pages
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % count)
    for number in range(1, count):
        out.write(b"%010d 00000 n \n" % offsets[number])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (count, xref))
    path.write_bytes(out.getvalue())
    return path


def zip_of_zips(path: Path, inner: int, member_mib: int, members: int) -> Path:
    """A zip holding ``inner`` zips, each of ``members`` members of ``member_mib`` MiB of
    zeros (every member under the per-member ratio test's threshold when 1 MiB)."""
    zeros = b"\0" * (member_mib * MIB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as outer:
        for n in range(inner):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
                for m in range(members):
                    z.writestr(f"part{m:05d}.bin", zeros)
            outer.writestr(f"inner{n}.zip", buffer.getvalue())
    return path


def zip_with_duplicates(path: Path, members: list[tuple[str, bytes]]) -> Path:
    """A zip whose members may share a name (zipfile warns and writes them all)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return path


def nested_sequences(path: Path, depth: int) -> Path:
    """A small valid DICOM image whose Content Sequence holds an item holding a sequence...
    ``depth`` levels deep (undefined lengths): a few bytes per level, and a parser that
    recurses once per level runs out of stack long before the end."""
    ds = _dataset(path.stem, ExplicitVRLittleEndian, 8, 8, 1, 8)
    body = io.BytesIO()
    write_dataset(_Writer(body), ds)
    undefined = struct.pack("<I", 0xFFFFFFFF)
    opening = struct.pack("<HH", 0x0040, 0xA730) + b"SQ\0\0" + undefined
    opening += struct.pack("<HH", 0xFFFE, 0xE000) + undefined
    closing = struct.pack("<HHI", 0xFFFE, 0xE00D, 0) + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0)
    pixels = struct.pack("<HH", 0x7FE0, 0x0010) + b"OB\0\0" + struct.pack("<I", 64) + b"\0" * 64
    meta = io.BytesIO()
    from pydicom.filewriter import write_file_meta_info

    meta.write(b"\0" * 128 + b"DICM")
    write_file_meta_info(_Writer(meta), ds.file_meta, enforce_standard=True)
    path.write_bytes(meta.getvalue() + body.getvalue() + opening * depth + closing * depth + pixels)
    return path


def bundle_tar(
    path: Path, members: dict[str, bytes], *, link: str | None = None, huge: bool = False
) -> Path:
    """A tar posing as a bundle: ``members`` as regular files (names as given, ".." too), then
    with ``link`` a member "f001.age" that is a symbolic link to it, and with ``huge`` a member
    "f002.age" whose header claims 9 GiB with no bytes behind it."""
    with tarfile.open(path, "w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if link:
            info = tarfile.TarInfo("f001.age")
            info.type = tarfile.SYMTYPE
            info.linkname = link
            tar.addfile(info)
    if huge:
        info = tarfile.TarInfo("f002.age")
        info.size = 9 * 1024**3
        # The archive's end blocks go; the member header follows the last member's data.
        raw = path.read_bytes().rstrip(b"\0")
        blocks = -(-len(raw) // tarfile.BLOCKSIZE) * tarfile.BLOCKSIZE
        path.write_bytes(raw.ljust(blocks, b"\0") + info.tobuf(tarfile.PAX_FORMAT))
    return path
