"""Synthetic DICOM for tests and benchmarks: small CT series written with pydicom.

``ct_series`` writes a series of CT slices (real Part 10 files, explicit VR little endian,
16-bit signed, rescale -1024) for one patient and study; UIDs are derived from ``seed`` so the
same call gives the same files. Other engineers' tests may import it.
Thread-safety: functions only; each call writes its own files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

PREFIX = "1.2.826.0.1.3680043.8.498."  # pydicom's root, for test data only


@dataclass(frozen=True)
class PatientTags:
    name: str = "SHARMA^ASHA"
    patient_id: str = "PHC-0042"
    birth_date: str = "19720315"
    sex: str = "F"


def uid(*parts: object) -> str:
    return generate_uid(PREFIX, entropy_srcs=[str(p) for p in parts])


def ct_slice(
    index: int,
    *,
    size: int = 64,
    patient: PatientTags = PatientTags(),
    seed: str = "study-1",
    series_number: int = 1,
    study_date: str = "20240312",
    description: str = "CT CHEST",
    modality: str = "CT",
    rng: np.random.Generator | None = None,
) -> FileDataset:
    """One CT slice as a pydicom data set, ready for ``save_as``."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = uid(seed, series_number, index)
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset("", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = patient.name
    ds.PatientID = patient.patient_id
    ds.PatientBirthDate = patient.birth_date
    ds.PatientSex = patient.sex
    ds.StudyInstanceUID = uid(seed)
    ds.StudyDate = study_date
    ds.StudyTime = "101500"
    ds.StudyDescription = description
    ds.AccessionNumber = "ACC-77"
    ds.ReferringPhysicianName = "RAO^VIKRAM"
    ds.StudyID = "1"
    ds.SeriesInstanceUID = uid(seed, series_number)
    ds.SeriesNumber = series_number
    ds.SeriesDescription = f"{description} series {series_number}"
    ds.Modality = modality
    ds.BodyPartExamined = "CHEST"
    ds.InstanceNumber = index + 1
    ds.ImagePositionPatient = [-160.0, -160.0, -2.5 * index]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [320 / size, 320 / size]
    ds.SliceThickness = 2.5
    ds.FrameOfReferenceUID = uid(seed, "frame")
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = size
    ds.Columns = size
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 1
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.BurnedInAnnotation = "NO"
    rng = rng or np.random.default_rng(index)
    y, x = np.mgrid[0:size, 0:size]
    body = ((x - size / 2) ** 2 + (y - size / 2) ** 2) < (size * 0.4) ** 2
    pixels = np.where(body, 1064, 24).astype(np.int16)
    pixels += rng.integers(0, 40, size=(size, size), dtype=np.int16)
    ds.PixelData = pixels.tobytes()
    return ds


def ct_series(
    folder: Path,
    count: int = 5,
    *,
    name: str = "IM{n:04d}.dcm",
    start: int = 0,
    **kwargs,
) -> list[Path]:
    """Write ``count`` slices into ``folder`` (created); return their paths in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(start)
    paths = []
    for index in range(start, start + count):
        path = folder / name.format(n=index + 1)
        ct_slice(index, rng=rng, **kwargs).save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths
