"""What a file is, judged by its content, and the DICOM header fields the case index needs.

``classify`` looks at the first bytes (the DICM preamble, a DICOM data set without one, %PDF,
JPEG/PNG/HEIC signatures, zip) and, for DICOM, parses the header up to the pixel data
(``stop_before_pixels``) to tell a DICOMDIR from an instance and to catch files whose pixel data
is shorter than declared. The pixel bytes themselves are never read: the check seeks over them,
and a Deflated data set is inflated only up to its pixel data, within a cap
(``imaging.dicom_read``). Only regular files are opened, without blocking: a FIFO or device
that slipped into a folder is a reject, never a read that waits forever.
``read_header`` returns the indexed fields as plain values; ``iso_date`` and ``clock_time`` read
a DA or TM value (the viewer's corner texts use them too). ``examine`` does both with one
parse (the importer's path). Reasons are codes (worded in ``wording.importing.IMPORT_REJECT``).
Thread-safety: pure functions; each call opens and closes its own file handle.
"""

from __future__ import annotations

import os
import stat
import struct
import warnings
from dataclasses import dataclass
from pathlib import Path

from pydicom.errors import InvalidDicomError

from imaging import dicom_read

# pydicom warns about malformed values and quotes them; values can be patient data, so its
# warnings never reach a terminal or a log. Problems are reported as reason codes instead.
warnings.filterwarnings("ignore", category=UserWarning, module=r"pydicom(\.|$)")

KINDS = ("dicom", "dicomdir", "pdf", "jpeg", "png", "heic", "zip", "rejected")

DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10"
SPECIAL_FILE = "special_file_skipped"  # a FIFO, device or socket: never read
INFLATES_TOO_LARGE = "inflates_too_large"  # a Deflated header past its cap
# Encapsulated documents (PDF, CDA, STL, OBJ, MTL) and the structured report family.
_DOCUMENT_SOP_PREFIXES = ("1.2.840.10008.5.1.4.1.1.104.", "1.2.840.10008.5.1.4.1.1.88.")

_HEIC_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
_VRS = frozenset(
    b"AE AS AT CS DA DS DT FL FD IS LO LT OB OD OF OL OV OW PN SH SL SQ SS ST SV TM UC UI UL UN"
    b" UR US UT UV".split()
)
_PIXEL_TAGS = {(0x7FE0, 0x0010), (0x7FE0, 0x0008), (0x7FE0, 0x0009)}
_ITEM = (0xFFFE, 0xE000)
_SEQUENCE_END = (0xFFFE, 0xE0DD)
_UNDEFINED = 0xFFFFFFFF
_PIXEL_VRS = (b"OB", b"OW", b"OF", b"OD", b"OV", b"UN")
_EXPLICIT_BE = "1.2.840.10008.1.2.2"


@dataclass(frozen=True)
class Classified:
    kind: str  # one of KINDS
    reason: str = ""  # a reject code when kind == "rejected"


@dataclass(frozen=True)
class DicomHeader:
    patient_name: str  # the DICOM person name as stored ("FAMILY^GIVEN"); see readable_name
    patient_id: str
    birth_date: str  # ISO date, or "" when absent or not a date
    sex: str  # "F", "M", "O" or ""
    study_uid: str
    study_date: str  # ISO date or ""
    study_description: str
    accession: str
    referring_physician: str
    series_uid: str
    modality: str
    body_part: str
    series_description: str
    series_number: int | None
    sop_class_uid: str
    sop_instance_uid: str
    instance_number: int | None
    image_position: tuple[float, float, float] | None
    frames: int
    rows: int
    columns: int
    transfer_syntax: str
    photometric: str
    burned_in_annotation: str  # "YES", "NO" or "" (not stated)
    is_document: bool  # encapsulated PDF/CDA or a structured report


class _Reject(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def classify(path: Path | str) -> Classified:
    """The kind of the file at ``path`` from its content; never from its name."""
    return examine(path)[0]


def read_header(path: Path | str) -> DicomHeader:
    """The indexed header fields of a DICOM file, without reading its pixel data.

    Raises ValueError (with a reject code as its message) when the file is not usable DICOM.
    """
    classified, header = examine(path)
    if header is None:
        raise ValueError(classified.reason or "not_dicom_or_document")
    return header


def examine(path: Path | str) -> tuple[Classified, DicomHeader | None]:
    """Classify and, for a DICOM instance, read its header, with one parse of the file."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO for reading would wait for a writer forever, out of
        # reach of cancel. Regular files ignore the flag.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return Classified("rejected", "read_failed"), None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return Classified("rejected", SPECIAL_FILE), None
        with os.fdopen(fd, "rb") as fh:
            head = fh.read(1024)
            if not head:
                return Classified("rejected", "empty_file"), None
            kind = _signature_kind(head)
            if kind != "dicom?":
                return Classified(kind or "rejected", "" if kind else "not_dicom_or_document"), None
            fh.seek(0)
            return _examine_dicom(fh, os.fstat(fh.fileno()).st_size, head)
    except OSError:
        return Classified("rejected", "read_failed"), None


def _signature_kind(head: bytes) -> str | None:
    if len(head) >= 132 and head[128:132] == b"DICM":
        return "dicom?"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return "heic"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if _looks_like_bare_dataset(head):
        return "dicom?"
    # PDF allows a few bytes of junk before its header (some scanners write them).
    if b"%PDF-" in head:
        return "pdf"
    return None


def _looks_like_bare_dataset(head: bytes) -> bool:
    """A DICOM data set without preamble (old modalities, some TPS exports) starts with a
    group 0002 or 0008 element, in explicit or implicit VR."""
    if len(head) < 8:
        return False
    for endian in "<>":
        group, element = struct.unpack(endian + "HH", head[:4])
        if group not in (0x0002, 0x0008) or element > 0x0100:
            continue
        if head[4:6] in _VRS:
            return True
        (length,) = struct.unpack(endian + "I", head[4:8])
        if length < 1024:
            return True
    return False


def _examine_dicom(fh, size: int, head: bytes) -> tuple[Classified, DicomHeader | None]:
    try:
        ds = dicom_read.read(fh, stop_before_pixels=True)
        pixel_start = fh.tell()
    except dicom_read.TooLarge:
        return Classified("rejected", INFLATES_TOO_LARGE), None
    except (InvalidDicomError, ValueError, TypeError, KeyError, EOFError, struct.error):
        return Classified("rejected", "unreadable"), None
    except OSError:
        return Classified("rejected", "read_failed"), None
    meta = getattr(ds, "file_meta", None)
    sop_class = str(_get(meta, "MediaStorageSOPClassUID", "") or _get(ds, "SOPClassUID", ""))
    if sop_class == DICOMDIR_SOP_CLASS or "DirectoryRecordSequence" in ds:
        return Classified("dicomdir"), None
    try:
        header = _header(ds)
    except _Reject as exc:
        return Classified("rejected", exc.reason), None
    if not header.sop_instance_uid or len(ds) < 3:
        # Without an instance UID nothing can be indexed or deduplicated; usually not DICOM.
        preamble = len(head) >= 132 and head[128:132] == b"DICM"
        return Classified("rejected", "unreadable" if preamble else "not_dicom_or_document"), None
    if dicom_read.is_deflated(ds):
        # The file's position is inside the compressed stream: nothing to seek over. A
        # short deflated file fails to decode later, with its reason.
        return Classified("dicom"), header
    try:
        _check_pixel_data(fh, size, pixel_start, ds, header)
    except _Reject as exc:
        return Classified("rejected", exc.reason), None
    except (OSError, struct.error):
        return Classified("rejected", "truncated_dicom"), None
    return Classified("dicom"), header


def _check_pixel_data(fh, size: int, start: int, ds, header: DicomHeader) -> None:
    """Reject pixel data shorter than declared, seeking over it instead of reading it."""
    if start >= size:
        return  # no pixel data: SR, RT plan, encapsulated document
    little = header.transfer_syntax != _EXPLICIT_BE
    fh.seek(start)
    endian = "<" if little else ">"
    group, element = struct.unpack(endian + "HH", _read(fh, 4))
    if (group, element) not in _PIXEL_TAGS:
        return
    # Decide explicit or implicit from the bytes themselves: some files declare one and
    # use the other (pydicom reads them with a warning).
    word = _read(fh, 4)
    if word[:2] in _PIXEL_VRS and word[2:] == b"\0\0":
        (length,) = struct.unpack(endian + "I", _read(fh, 4))
    else:
        (length,) = struct.unpack(endian + "I", word)
    value_start = fh.tell()
    if length == _UNDEFINED:
        _check_fragments(fh, size, endian)
        return
    if value_start + length > size:
        raise _Reject("truncated_dicom")
    bits = _int(ds, "BitsAllocated") or 0
    samples = _int(ds, "SamplesPerPixel") or 1
    expected = header.rows * header.columns * samples * header.frames * bits // 8
    if header.photometric in ("YBR_FULL_422", "YBR_PARTIAL_422"):
        expected = expected * 2 // 3  # two chroma samples shared by each pair of pixels
    if (group, element) == (0x7FE0, 0x0010) and length < expected:
        raise _Reject("truncated_dicom")


def _check_fragments(fh, size: int, endian: str) -> None:
    # Encapsulated (compressed) pixel data: items until the sequence delimiter, each fully
    # present in the file.
    while True:
        group, element, length = struct.unpack(endian + "HHI", _read(fh, 8))
        if (group, element) == _SEQUENCE_END:
            return
        if (group, element) != _ITEM or length == _UNDEFINED:
            raise _Reject("truncated_dicom")
        end = fh.tell() + length
        if end > size:
            raise _Reject("truncated_dicom")
        fh.seek(end)


def _read(fh, n: int) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise _Reject("truncated_dicom")
    return data


def _get(ds, keyword: str, default=""):
    if ds is None:
        return default
    try:
        value = ds.get(keyword, default)
    except (ValueError, TypeError, KeyError, AttributeError):
        return default
    return default if value is None else value


def _text(ds, keyword: str) -> str:
    value = _get(ds, keyword, "")
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    return str(value).strip().replace("\x00", "")


def _int(ds, keyword: str) -> int | None:
    value = _get(ds, keyword, None)
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def iso_date(value: str) -> str:
    """A DICOM date (DA: "20240131", or the older "2024.01.31" / "2024-01-31") as "2024-01-31";
    "" for anything that is not one."""
    digits = value.replace("-", "").replace(".", "").strip()
    if len(digits) != 8 or not digits.isdigit():
        return ""
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not (1 <= month <= 12 and 1 <= day <= 31 and year > 1800):
        return ""
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def clock_time(value: str) -> str:
    """A DICOM time (TM: "101500.123", "1015", or the older "10:15:00") as "10:15"; "" for
    anything that is not one. An hour alone ("10") is "10:00"."""
    text = value.strip().split(".")[0].replace(":", "")
    if len(text) not in (2, 4, 6) or not text.isdigit():
        return ""
    hour, minute = int(text[:2]), int(text[2:4] or 0)
    if hour > 23 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"


def _position(ds) -> tuple[float, float, float] | None:
    value = _get(ds, "ImagePositionPatient", None)
    try:
        if value is not None and len(value) == 3:
            return (float(value[0]), float(value[1]), float(value[2]))
    except (TypeError, ValueError):
        pass
    return None


def _header(ds) -> DicomHeader:
    meta = getattr(ds, "file_meta", None)
    sop_class = _text(ds, "SOPClassUID") or _text(meta, "MediaStorageSOPClassUID")
    sex = _text(ds, "PatientSex").upper()[:1]
    return DicomHeader(
        patient_name=_text(ds, "PatientName"),
        patient_id=_text(ds, "PatientID"),
        birth_date=iso_date(_text(ds, "PatientBirthDate")),
        sex=sex if sex in ("F", "M", "O") else "",
        study_uid=_text(ds, "StudyInstanceUID"),
        study_date=iso_date(_text(ds, "StudyDate")),
        study_description=_text(ds, "StudyDescription"),
        accession=_text(ds, "AccessionNumber"),
        referring_physician=_text(ds, "ReferringPhysicianName"),
        series_uid=_text(ds, "SeriesInstanceUID"),
        modality=_text(ds, "Modality").upper(),
        body_part=_text(ds, "BodyPartExamined"),
        series_description=_text(ds, "SeriesDescription"),
        series_number=_int(ds, "SeriesNumber"),
        sop_class_uid=sop_class,
        sop_instance_uid=_text(ds, "SOPInstanceUID") or _text(meta, "MediaStorageSOPInstanceUID"),
        instance_number=_int(ds, "InstanceNumber"),
        image_position=_position(ds),
        frames=max(1, _int(ds, "NumberOfFrames") or 1),
        rows=_int(ds, "Rows") or 0,
        columns=_int(ds, "Columns") or 0,
        transfer_syntax=_text(meta, "TransferSyntaxUID"),
        photometric=_text(ds, "PhotometricInterpretation").upper(),
        burned_in_annotation=_text(ds, "BurnedInAnnotation").upper(),
        is_document=sop_class.startswith(_DOCUMENT_SOP_PREFIXES),
    )


def readable_name(person_name: str) -> str:
    """A DICOM person name ("SHARMA^ASHA^K^^") as people write it ("ASHA K SHARMA")."""
    alphabetic = person_name.split("=")[0]
    parts = [p.strip() for p in alphabetic.split("^")]
    family, given, middle, prefix, suffix = (parts + [""] * 5)[:5]
    return " ".join(p for p in (prefix, given, middle, family, suffix) if p)
