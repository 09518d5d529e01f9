"""A study full of identity, for the de-identification tests.

``ct_study`` writes two CT series and a localizer of one patient, with identity planted where
real files carry it and where tools forget to look: the patient module, free-text descriptions,
a private block, nested sequences (Referenced Image / Source Image Sequences pointing at the
other files, a Request Attributes Sequence, Other Patient IDs), and per-file dates and times.
``us_multiframe`` writes an ultrasound cine loop; ``encapsulated_pdf`` a PDF report in DICOM.
CANARIES lists the identifying strings that must not survive de-identification anywhere in
the output bytes. Thread-safety: functions writing to the paths they are given.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import (
    CTImageStorage,
    EncapsulatedPDFStorage,
    UltrasoundMultiFrameImageStorage,
)

from testdata.dicom import Patient, base_dataset, ct_slice, uid, wrap_pdf

RAMESH = Patient("KUMAR^RAMESH", "PHC-BST-4471", "19610214", "M", "063Y", "61.5", "1.68")

CANARIES = ("KUMAR", "RAMESH", "PHC-BST-4471", "ACC-99812", "SHARMA", "9876543210", "BASTI")


def _identify(ds: Dataset) -> Dataset:
    """Plant identity where real files carry it and where tools forget to look."""
    ds.file_meta.SourceApplicationEntityTitle = "BASTI_CT"
    ds.SpecificCharacterSet = "ISO_IR 100"
    ds.InstanceCreationDate = "20260311"
    ds.InstanceCreationTime = "101733"
    ds.IssuerOfPatientID = "BASTI DISTRICT HOSPITAL"
    ds.PatientAddress = "Ward 7, Basti, Uttar Pradesh"
    ds.PatientTelephoneNumbers = "9876543210"
    ds.PatientComments = "RAMESH KUMAR, son of the shopkeeper"
    other = Dataset()
    other.PatientID = "BASTI-OLD-221"
    other.TypeOfPatientID = "TEXT"
    ds.OtherPatientIDsSequence = Sequence([other])
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


def _base(sop_class: str, sop_uid: str, patient: Patient, study_uid: str) -> Dataset:
    ds = base_dataset(sop_class, "OT", patient=patient, study_uid=study_uid, sop_uid=sop_uid)
    return _identify(ds)


def _acquisition(ds: Dataset) -> None:
    """Per-file dates, times and free text of one CT acquisition."""
    ds.ContentDate = "20260311"
    ds.ContentTime = "101812"
    ds.AcquisitionDate = "20260311"
    ds.AcquisitionTime = "101811"
    ds.AcquisitionDateTime = "20260311101811.250000+0530"
    ds.KVP = "120"
    ds.AcquisitionNumber = 1
    ds.PatientPosition = "HFS"
    ds.PositionReferenceIndicator = ""
    ds.ImageComments = "Pt Ramesh Kumar ph 9876543210"


def ct_study(folder: Path, patient: Patient = RAMESH, *, seed: str = "study") -> list[Path]:
    """Localizer (1 file), two axial series (3 files each) referencing it; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    study_uid = uid(seed, patient.patient_id)
    paths: list[Path] = []
    localizer_uid = uid(seed, "localizer", 0)
    series = [("localizer", 1, 1), ("axial", 2, 3), ("bone", 3, 3)]
    for label, number, count in series:
        series_uid = uid(seed, label)
        for index in range(count):
            sop_uid = localizer_uid if label == "localizer" else uid(seed, label, index)
            ds = ct_slice(
                index,
                patient=patient,
                seed=seed,
                study_uid=study_uid,
                series_uid=series_uid,
                sop_uid=sop_uid,
                series_number=number,
                series_description=f"{label} RAMESH",
            )
            _identify(ds)
            _acquisition(ds)
            ds.SeriesDate = "20260311"
            ds.SeriesTime = "101600"
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
                source.ReferencedSOPInstanceUID = uid(seed, "axial", index)
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
    patient: Patient = RAMESH,
    *,
    manufacturer: str = "SONOSITE",
    burned_in: str | None = None,
    frames: int = 4,
) -> Path:
    """An RGB ultrasound cine loop (multi-frame); BurnedInAnnotation only if ``burned_in``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sop_uid = uid("us", manufacturer, burned_in)
    ds = _base(UltrasoundMultiFrameImageStorage, sop_uid, patient, uid("us-study"))
    ds.Manufacturer = manufacturer
    ds.SeriesInstanceUID = uid("us-series", manufacturer, burned_in)
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


def encapsulated_pdf(path: Path, patient: Patient = RAMESH) -> Path:
    """A PDF report wrapped in DICOM (Encapsulated PDF Storage), naming the patient."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = _base(EncapsulatedPDFStorage, uid("pdf"), patient, uid("pdf-study"))
    wrap_pdf(ds, MINIMAL_PDF)
    ds.SeriesInstanceUID = uid("pdf-series")
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.PatientOrientation = ["A", "F"]
    ds.Laterality = ""
    ds.ContentDate = "20260311"
    ds.ContentTime = "101812"
    ds.save_as(path, enforce_file_format=True)
    return path
