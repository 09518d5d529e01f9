"""De-identification of DICOM for destinations that must not see who the patient is.

The default destination keeps identity (a clinical second opinion needs it); a destination
set to pseudonymised sends every DICOM file through ``deidentify_file`` (or ``deidentify`` on
a data set). What is done is the PS3.15 Basic Application Level Confidentiality Profile
(imaging.deid_profile reads the table) with the options in ``DeidOptions``:

- every element, in the main data set, the file meta and every item of every nested sequence,
  gets the table's action; private elements (odd groups) go, at any depth;
- UIDs are remapped with ``remap_uid``, an HMAC under the install's key: the same original UID
  gives the same new UID in every bundle, so series and references stay linked; other UID
  values that are not registered DICOM UIDs are remapped the same way, so no instance UID the
  table does not name slips through;
- dates move by a per-patient offset (imaging.deid_dates) when retain_modified_dates is on;
- the Patient ID becomes a keyed pseudonym (the table allows a dummy there), so a specialist
  can still tell the cases of one patient apart from another's;
- overlay planes and curves go whole (their data is X, and the rest of the module cannot stand
  without it), and so does the file meta's Source AE Title, which names the sending system;
- the result says it was de-identified (Patient Identity Removed, the method and its CID 7050
  codes, Longitudinal Temporal Information Modified).

Pixels are not cleaned: files that may have text burned into the image are returned with flags
(``BURNED_IN_ANNOTATION``; ``ULTRASOUND_MAY_BURN_IN``; ``SCREEN_CAPTURE_MAY_BURN_IN`` for
secondary captures and screen saves, as in CTP's burned-in filter) for a person to review, and
encapsulated documents (PDF, CDA, ...) are flagged and never written: their content is
the identified report itself. Flags are codes; the words are in wording.deid.

Errors raise ``DeidError`` with a code, never a file name or a value. Thread-safety: pure
functions; ``deidentify`` works on a copy of the data set it is given, ``deidentify_file`` on
its own freshly read copy; the profile table is shared read-only.
"""

from __future__ import annotations

import copy
import hmac
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path

from pydicom.dataelem import DataElement, empty_value_for_VR
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.uid import (
    ExplicitVRBigEndian,
    ExplicitVRLittleEndian,
    ImplicitVRLittleEndian,
    UID_dictionary,
)

from imaging import dicom_read
from imaging.deid_dates import (
    patient_day_offset,
    patient_pseudonym,
    shift_date,
    shift_datetime,
)
from imaging.deid_profile import Action, profile

BURNED_IN_ANNOTATION = "burned_in_annotation"
ULTRASOUND_MAY_BURN_IN = "ultrasound_may_burn_in"
ENCAPSULATED_DOCUMENT_REMOVED = "encapsulated_document_removed"
SCREEN_CAPTURE_MAY_BURN_IN = "screen_capture_may_burn_in"

ENCAPSULATED_DOCUMENT_CLASSES = frozenset(
    {
        "1.2.840.10008.5.1.4.1.1.104.1",  # Encapsulated PDF
        "1.2.840.10008.5.1.4.1.1.104.2",  # Encapsulated CDA
        "1.2.840.10008.5.1.4.1.1.104.3",  # Encapsulated STL
        "1.2.840.10008.5.1.4.1.1.104.4",  # Encapsulated OBJ
        "1.2.840.10008.5.1.4.1.1.104.5",  # Encapsulated MTL
    }
)
ULTRASOUND_CLASSES = frozenset(
    {
        "1.2.840.10008.5.1.4.1.1.6.1",  # US Image
        "1.2.840.10008.5.1.4.1.1.3.1",  # US Multi-frame Image
        "1.2.840.10008.5.1.4.1.1.6.2",  # Enhanced US Volume
    }
)
# Secondary capture: screenshots, scanned paper, dose report screens; their pixels are
# whatever was on the screen or page, names included.
SECONDARY_CAPTURE_CLASSES = frozenset(
    {
        "1.2.840.10008.5.1.4.1.1.7",
        "1.2.840.10008.5.1.4.1.1.7.1",
        "1.2.840.10008.5.1.4.1.1.7.2",
        "1.2.840.10008.5.1.4.1.1.7.3",
        "1.2.840.10008.5.1.4.1.1.7.4",
    }
)
# Ultrasound makers whose machines are known to write the patient's name, ID or date into the
# image, from the device signatures in RSNA CTP's burned-in annotation library and the deid
# project's ultrasound filters. Their images are flagged even when the header says "NO",
# because these devices are known to say so anyway.
ULTRASOUND_BURN_IN_MAKERS = (
    "ACUSON",
    "ALOKA",
    "ESAOTE",
    "GE ",
    "GE HEALTHCARE",
    "GE MEDICAL",
    "G.E. MEDICAL",
    "HITACHI",
    "MEDISON",
    "MINDRAY",
    "PHILIPS",
    "SAMSUNG",
    "SIEMENS",
    "SONOSITE",
    "TOSHIBA",
    "CANON",
    "ZONARE",
)

UID_ROOT = "2.25."
_UID_LABEL = b"casebridge deid uid\x00"
# UI elements naming a kind of thing (a class, a syntax, a coding scheme), not an instance:
# never remapped even when the value is not in the registry.
_UID_KEEP_SUFFIXES = (
    "ClassUID",
    "SyntaxUID",
    "CodingSchemeUID",
    "ResourceUID",
    "CreatorUID",
    "ContextUID",
)
# Private Information Creator UID and Private Information; and the Source AE Title, which the
# table does not list but which names the sending hospital's system.
_PLAIN_SYNTAXES = {
    (True, True): ImplicitVRLittleEndian,
    (False, True): ExplicitVRLittleEndian,
    (False, False): ExplicitVRBigEndian,
}
_FILE_META_REMOVE = (0x00020100, 0x00020102, 0x00020016)

METHOD = "CaseBridge PS3.15 Basic Profile"
_METHOD_CODES = {
    "basic": ("113100", "Basic Application Confidentiality Profile"),
    "dates": ("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    "patient": ("113108", "Retain Patient Characteristics Option"),
}

_TEXT_DUMMY = "REMOVED"
_DUMMIES = {
    "DA": "19000101",
    "DT": "19000101000000",
    "TM": "000000",
    "AS": "000Y",
    "DS": "0",
    "IS": "0",
    "UR": "removed",
    "PN": "REMOVED^",  # with the caret: a bare word is the retired PN form
}
_NUMBER_VRS = frozenset({"US", "SS", "UL", "SL", "FL", "FD", "SV", "UV", "AT"})
_BINARY_VRS = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN"})


class DeidError(Exception):
    """A file that cannot be de-identified; ``code`` is worded in wording.deid.DEID_ERROR."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class DeidOptions:
    retain_modified_dates: bool = True
    retain_patient_characteristics: bool = True


@dataclass
class DeidResult:
    dataset: Dataset
    flags: list[str] = field(default_factory=list)


def remap_uid(uid: str, key: bytes) -> str:
    """A new UID in the 2.25 (UUID-derived) arc: HMAC-SHA256 of the old one, 128 bits kept.

    ``key`` is the install's de-identification key (at least 16 random bytes, derived from the
    install secret, never stored beside the bundles).

    At most 44 characters, no leading zeros, so always a valid UID; trailing padding of the
    input is ignored, so '1.2.3' and '1.2.3\\0' map alike.
    """
    digest = hmac.new(key, _UID_LABEL + uid.strip(" \0").encode("ascii", "replace"), "sha256")
    return UID_ROOT + str(int.from_bytes(digest.digest()[:16], "big"))


def review_flags(dataset: Dataset) -> list[str]:
    """What a person must look at before this object leaves de-identified (codes)."""
    sop_class = str(dataset.get("SOPClassUID", ""))
    if sop_class in ENCAPSULATED_DOCUMENT_CLASSES or "EncapsulatedDocument" in dataset:
        return [ENCAPSULATED_DOCUMENT_REMOVED]
    burned_in = str(dataset.get("BurnedInAnnotation", "")).strip().upper()
    if burned_in == "YES":
        return [BURNED_IN_ANNOTATION]
    modality = str(dataset.get("Modality", "")).strip().upper()
    if modality in ("US", "IVUS") or sop_class in ULTRASOUND_CLASSES:
        maker = str(dataset.get("Manufacturer", "")).strip().upper() + " "
        known = any(maker.startswith(name) for name in ULTRASOUND_BURN_IN_MAKERS)
        if known or burned_in != "NO":
            return [ULTRASOUND_MAY_BURN_IN]
        return []
    image_type = " ".join(str(v).upper() for v in dataset.get("ImageType", []) or [])
    if burned_in != "NO" and (sop_class in SECONDARY_CAPTURE_CLASSES or "SAVE" in image_type):
        return [SCREEN_CAPTURE_MAY_BURN_IN]
    return []


def deidentify(dataset: Dataset, key: bytes, options: DeidOptions | None = None) -> DeidResult:
    """A de-identified copy of ``dataset`` (file meta included) and the review flags."""
    _check_key(key)
    copied = copy.deepcopy(dataset)
    return _deidentify_in_place(copied, key, options or DeidOptions())


def deidentify_file(
    src_path: Path | str, dst_path: Path | str, key: bytes, options: DeidOptions | None = None
) -> DeidResult | None:
    """De-identify one Part 10 file into ``dst_path``; None (nothing written) if it must not go.

    The output is written aside and renamed, so ``dst_path`` is either complete or absent.
    """
    _check_key(key)
    dataset = _read(Path(src_path))
    result = _deidentify_in_place(dataset, key, options or DeidOptions())
    if ENCAPSULATED_DOCUMENT_REMOVED in result.flags:
        return None
    dst = Path(dst_path)
    part = dst.with_name(dst.name + ".part")
    try:
        result.dataset.save_as(part, enforce_file_format=True)
        with part.open("rb+") as handle:
            os.fsync(handle.fileno())
        part.replace(dst)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise DeidError("write_failed") from error
    except (ValueError, AttributeError, TypeError, struct.error) as error:
        part.unlink(missing_ok=True)  # a value pydicom cannot encode again
        raise DeidError("unreadable") from error
    return result


def _check_key(key: bytes) -> None:
    # A short or empty key would make the pseudonyms guessable from the UIDs alone.
    if not isinstance(key, bytes | bytearray) or len(key) < 16:
        raise ValueError("the de-identification key must be at least 16 bytes")


def _read(src: Path) -> Dataset:
    """The file as a Part 10 data set; files from old CDs without the 128-byte preamble and
    file meta (a bare data set) are accepted when they name their SOP class and instance."""
    try:
        with open(src, "rb") as handle:
            # Bounded: a Deflated data set inflating past imaging.limits is unreadable here
            # (dicom_read.TooLarge is a ValueError), never inflated whole.
            dataset = dicom_read.read(handle, stop_before_pixels=False)
    except (OSError, ValueError, EOFError, struct.error) as error:
        raise DeidError("unreadable") from error
    if "SOPClassUID" not in dataset or "SOPInstanceUID" not in dataset:
        raise DeidError("not_dicom")
    meta = dataset.file_meta
    meta.MediaStorageSOPClassUID = dataset.SOPClassUID
    if "TransferSyntaxUID" not in meta:
        implicit, little = dataset.original_encoding
        meta.TransferSyntaxUID = _PLAIN_SYNTAXES[(bool(implicit), bool(little))]
    return dataset


class _Walk:
    """One data set's cleaning: the options, the key and the patient's offset and pseudonym."""

    def __init__(self, key: bytes, options: DeidOptions, patient_id: str) -> None:
        self.key = key
        self.options = options
        self.days = patient_day_offset(key, patient_id)
        self.table = profile()

    def clean(self, dataset: Dataset) -> None:
        for tag in list(dataset.keys()):
            if _is_overlay_or_curve(tag):
                # Overlay Data and Curve Data are X, and an overlay plane without its data
                # is an invalid module: the whole group goes.
                del dataset[tag]
                continue
            element = dataset[tag]
            action = self.table.action(
                int(tag),
                element.VR,
                retain_modified_dates=self.options.retain_modified_dates,
                retain_patient_characteristics=self.options.retain_patient_characteristics,
            )
            if action is Action.REMOVE:
                del dataset[tag]
            elif action is None or action is Action.KEEP:
                self._keep(element)
            elif action is Action.EMPTY:
                element.value = empty_value_for_VR(element.VR)
            elif action is Action.UID:
                element.value = self._uids(element.value)
            elif action is Action.SHIFT:
                element.value = self._shift(element)
            else:
                element.value = self._dummy(element)

    def _keep(self, element: DataElement) -> None:
        if element.VR == "SQ":
            for item in element.value:
                self.clean(item)
        elif element.VR == "UI" and not element.keyword.endswith(_UID_KEEP_SUFFIXES):
            element.value = self._uids(element.value, unregistered_only=True)

    def _uids(self, value, *, unregistered_only: bool = False):
        def one(uid: str) -> str:
            if not uid or (unregistered_only and uid.strip(" \0") in UID_dictionary):
                return uid
            return remap_uid(uid, self.key)

        if isinstance(value, MultiValue | list):
            return [one(str(v)) for v in value]
        return one(str(value)) if value is not None else value

    def _shift(self, element: DataElement):
        shift = shift_date if element.VR == "DA" else shift_datetime
        value = element.value
        if isinstance(value, MultiValue | list):
            return [shift(str(v), self.days) for v in value]
        return shift(str(value), self.days) if value else value

    def _dummy(self, element: DataElement):
        vr = element.VR
        if element.tag == 0x00100020:
            return patient_pseudonym(self.key, str(element.value or ""))
        if vr == "UI":
            return self._uids(element.value) if element.value else remap_uid("", self.key)
        if vr == "SQ":
            return Sequence()
        if vr in _NUMBER_VRS:
            return 0
        if vr in _BINARY_VRS:
            return bytes(8)
        return _DUMMIES.get(vr, _TEXT_DUMMY)


def _is_overlay_or_curve(tag: int) -> bool:
    group = tag >> 16
    return (0x6000 <= group <= 0x601E or 0x5000 <= group <= 0x501E) and not group & 1


def _deidentify_in_place(dataset: Dataset, key: bytes, options: DeidOptions) -> DeidResult:
    flags = review_flags(dataset)
    walk = _Walk(key, options, str(dataset.get("PatientID", "")))
    walk.clean(dataset)
    meta = getattr(dataset, "file_meta", None)
    if meta is not None:
        for tag in _FILE_META_REMOVE:
            if tag in meta:
                del meta[tag]
        walk.clean(meta)
        if "SOPInstanceUID" in dataset:
            meta.MediaStorageSOPInstanceUID = dataset.SOPInstanceUID
    _mark(dataset, options)
    return DeidResult(dataset, flags)


def _mark(dataset: Dataset, options: DeidOptions) -> None:
    """The attributes that tell a receiver what was done (PS3.15 E.1.1, CID 7050 codes)."""
    dataset.PatientIdentityRemoved = "YES"
    dataset.DeidentificationMethod = METHOD
    chosen = ["basic"]
    if options.retain_modified_dates:
        chosen.append("dates")
    if options.retain_patient_characteristics:
        chosen.append("patient")
    codes = Sequence()
    for name in chosen:
        value, meaning = _METHOD_CODES[name]
        item = Dataset()
        item.CodeValue = value
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = meaning
        codes.append(item)
    dataset.DeidentificationMethodCodeSequence = codes
    dataset.LongitudinalTemporalInformationModified = (
        "MODIFIED" if options.retain_modified_dates else "REMOVED"
    )
