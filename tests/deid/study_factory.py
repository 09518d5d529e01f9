"""Generated DICOM for the de-identification tests: a multi-series study full of identity.

``ct_study`` writes two CT series and a localizer of one patient, with identity planted where
real files carry it and where tools forget to look: the patient module, free-text descriptions,
a private block, nested sequences (Referenced Image / Source Image Sequences pointing at the
other files, a Request Attributes Sequence, Other Patient IDs), and per-file dates and times.
``us_multiframe`` writes an ultrasound cine loop; ``encapsulated_pdf`` a PDF report in DICOM.
CANARIES lists the identifying strings that must not survive de-identification anywhere in
the output bytes. Thread-safety: functions writing to the paths they are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (
    CTImageStorage,
    EncapsulatedPDFStorage,
    ExplicitVRLittleEndian,
    UltrasoundMultiFrameImageStorage,
    generate_uid,
)

ROOT = "1.2.826.0.1.3680043.8.498."  # pydicom's example root: test data only


@dataclass(frozen=True)
class Patient:
    name: str = "KUMAR^RAMESH"
    patient_id: str = "PHC-BST-4471"
    birth_date: str = "19610214"
    sex: str = "M"
    age: str = "063Y"
    weight: str = "61.5"
    size: str = "1.68"


CANARIES = ("KUMAR", "RAMESH", "PHC-BST-4471", "ACC-99812", "SHARMA", "9876543210", "BASTI")


def _uid(*parts: object) -> str:
    return generate_uid(ROOT, entropy_srcs=[str(p) for p in parts])


def _base(sop_class: str, sop_uid: str, patient: Patient, study_uid: str) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.SourceApplicationEntityTitle = "BASTI_CT"
    ds = Dataset()
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.InstanceCreationDate = "20260311"
    ds.InstanceCreationTime = "101733"
    ds.PatientName = patient.name
    ds.PatientID = patient.patient_id
    ds.IssuerOfPatientID = "BASTI DISTRICT HOSPITAL"
    ds.PatientBirthDate = patient.birth_date
    ds.PatientSex = patient.sex
    ds.PatientAge = patient.age
    ds.PatientWeight = patient.weight
    ds.PatientSize = patient.size
    ds.PatientAddress = "Ward 7, Basti, Uttar Pradesh"
    ds.PatientTelephoneNumbers = "9876543210"
    ds.PatientComments = "RAMESH KUMAR, son of the shopkeeper"
    other = Dataset()
    other.PatientID = "BASTI-OLD-221"
    other.TypeOfPatientID = "TEXT"
    ds.OtherPatientIDsSequence = Sequence([other])
    ds.StudyInstanceUID = study_uid
    ds.StudyDate = "20260311"
    ds.StudyTime = "101500"
    ds.StudyDescription = "CT chest for RAMESH KUMAR"
    ds.AccessionNumber = "ACC-99812"
    ds.ReferringPhysicianName = "SHARMA^ANIL"
    ds.StudyID = "4471"
    ds.InstitutionName = "BASTI DISTRICT HOSPITAL"
    ds.InstitutionAddress = "Civil Lines, Basti"
    ds.StationName = "BASTICT1"
    ds.OperatorsName = "SHARMA^MEENA"
    ds.Manufacturer = "SIEMENS"
    ds.ManufacturerModelName = "SOMATOM go.Now"
    ds.DeviceSerialNumber = "88123"
    ds.SoftwareVersions = "VA40"
    request = Dataset()
    request.RequestedProcedureID = "RP-99812"
    request.ScheduledProcedureStepID = "SPS-1"
    request.ScheduledProcedureStepDescription = "CT chest RAMESH KUMAR"
    ds.RequestAttributesSequence = Sequence([request])
    # A private block whose creator and contents name the patient, as some PACS do.
    block = ds.private_block(0x0011, "BASTI PACS 1.0", create=True)
    block.add_new(0x01, "LO", "KUMAR^RAMESH")
    block.add_new(0x02, "LO", "PHC-BST-4471")
    return ds


def _ct_image(ds: Dataset, index: int, size: int, rng: np.random.Generator) -> None:
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.Modality = "CT"
    ds.BodyPartExamined = "CHEST"
    ds.ContentDate = "20260311"
    ds.ContentTime = "101812"
    ds.AcquisitionDate = "20260311"
    ds.AcquisitionTime = "101811"
    ds.AcquisitionDateTime = "20260311101811.250000+0530"
    ds.KVP = "120"
    ds.AcquisitionNumber = 1
    ds.PatientPosition = "HFS"
    ds.InstanceNumber = index + 1
    ds.ImagePositionPatient = [-160.0, -160.0, -5.0 * index]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [320 / size, 320 / size]
    ds.SliceThickness = "5"
    ds.PositionReferenceIndicator = ""
    ds.ImageComments = "Pt Ramesh Kumar ph 9876543210"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = size
    ds.Columns = size
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    ds.RescaleType = "HU"
    ds.WindowCenter = "40"
    ds.WindowWidth = "400"
    ds.BurnedInAnnotation = "NO"
    y, x = np.mgrid[0:size, 0:size]
    body = ((x - size / 2) ** 2 + (y - size / 2) ** 2) < (size * 0.4) ** 2
    pixels = np.where(body, 1064, 24) + rng.integers(0, 40, size=(size, size))
    ds.PixelData = pixels.astype(np.uint16).tobytes()


def ct_study(folder: Path, patient: Patient = Patient(), *, seed: str = "study") -> list[Path]:
    """Localizer (1 file), two axial series (3 files each) referencing it; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    study_uid = _uid(seed, patient.patient_id)
    frame_uid = _uid(seed, "frame")
    paths: list[Path] = []
    localizer_uid = _uid(seed, "localizer", 0)
    series = [("localizer", 1, 1), ("axial", 2, 3), ("bone", 3, 3)]
    for label, number, count in series:
        series_uid = _uid(seed, label)
        for index in range(count):
            sop_uid = localizer_uid if label == "localizer" else _uid(seed, label, index)
            ds = _base(CTImageStorage, sop_uid, patient, study_uid)
            ds.SeriesInstanceUID = series_uid
            ds.SeriesNumber = number
            ds.SeriesDescription = f"{label} RAMESH"
            ds.SeriesDate = "20260311"
            ds.SeriesTime = "101600"
            ds.FrameOfReferenceUID = frame_uid
            _ct_image(ds, index, 64, rng)
            if label == "localizer":
                ds.ImageType = ["ORIGINAL", "PRIMARY", "LOCALIZER"]
            else:
                ref = Dataset()
                ref.ReferencedSOPClassUID = CTImageStorage
                ref.ReferencedSOPInstanceUID = localizer_uid
                ds.ReferencedImageSequence = Sequence([ref])
            if label == "bone":
                source = Dataset()
                source.ReferencedSOPClassUID = CTImageStorage
                source.ReferencedSOPInstanceUID = _uid(seed, "axial", index)
                purpose = Dataset()
                purpose.CodeValue = "121322"
                purpose.CodingSchemeDesignator = "DCM"
                purpose.CodeMeaning = "Source image for image processing operation"
                source.PurposeOfReferenceCodeSequence = Sequence([purpose])
                ds.SourceImageSequence = Sequence([source])
                ds.ImageType = ["DERIVED", "SECONDARY", "AXIAL"]
                ds.DerivationDescription = "bone kernel"
            path = folder / f"{label}_{index + 1:02d}.dcm"
            ds.save_as(path, enforce_file_format=True)
            paths.append(path)
    return paths


def us_multiframe(
    path: Path,
    patient: Patient = Patient(),
    *,
    manufacturer: str = "SONOSITE",
    burned_in: str | None = None,
    frames: int = 4,
) -> Path:
    """An RGB ultrasound cine loop (multi-frame); BurnedInAnnotation only if ``burned_in``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sop_uid = _uid("us", manufacturer, burned_in)
    ds = _base(UltrasoundMultiFrameImageStorage, sop_uid, patient, _uid("us-study"))
    ds.Manufacturer = manufacturer
    ds.SeriesInstanceUID = _uid("us-series", manufacturer, burned_in)
    ds.SeriesNumber = 1
    ds.Modality = "US"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "ABDOMINAL"]
    ds.InstanceNumber = 1
    ds.PatientOrientation = ["A", "F"]
    ds.Laterality = ""
    ds.ContentDate = "20260311"
    ds.ContentTime = "101812"
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    rows, columns = 48, 64
    ds.NumberOfFrames = frames
    ds.FrameIncrementPointer = 0x00181063
    ds.FrameTime = "33.3"
    ds.SamplesPerPixel = 3
    ds.PhotometricInterpretation = "RGB"
    ds.PlanarConfiguration = 0
    ds.Rows = rows
    ds.Columns = columns
    ds.BitsAllocated = 8
    ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    # A grey speckled fan on black, stored as RGB, as ultrasound machines write it.
    rng = np.random.default_rng(3)
    y, x = np.mgrid[0:rows, 0:columns]
    fan = (np.abs(x - columns / 2) < (y + 4) * 0.6) & (y < rows - 4)
    grey = np.where(fan, 60 + rng.integers(0, 40, size=(frames, rows, columns)), 0)
    cine = np.repeat(grey.astype(np.uint8)[..., None], 3, axis=3)
    ds.PixelData = cine.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R>>endobj\n"
    b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 20 100 Td (RAMESH KUMAR) Tj ET\nendstream\n"
    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def encapsulated_pdf(path: Path, patient: Patient = Patient()) -> Path:
    """A PDF report wrapped in DICOM (Encapsulated PDF Storage), naming the patient."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = _base(EncapsulatedPDFStorage, _uid("pdf"), patient, _uid("pdf-study"))
    ds.Modality = "DOC"
    ds.SeriesInstanceUID = _uid("pdf-series")
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.PatientOrientation = ["A", "F"]
    ds.Laterality = ""
    ds.ContentDate = "20260311"
    ds.ContentTime = "101812"
    ds.BurnedInAnnotation = "YES"
    ds.DocumentTitle = "Report"
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    ds.EncapsulatedDocument = MINIMAL_PDF + (b"\0" if len(MINIMAL_PDF) % 2 else b"")
    ds.save_as(path, enforce_file_format=True)
    return path
