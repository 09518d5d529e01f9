"""A small generated CT series (real DICOM files written by pydicom) for the import UI tests.

Each slice is a 64 x 64 (or ``size``) CT image whose pixels form a bright disc on a dark
field, with the patient, study and series attributes a CD from a district hospital would carry.
Thread-safety: plain functions writing to the paths they are given.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid

SIZE = 64  # pixels per side unless asked otherwise


def ct_series(
    folder: Path,
    slices: int = 8,
    *,
    patient_name: str = "DEVI^SUNITA",
    patient_id: str = "PHC-BST-1021",
    birth_date: str = "19710814",
    sex: str = "F",
    study_uid: str | None = None,
    series_number: int = 2,
    description: str = "CT CHEST 5MM",
    size: int = SIZE,
) -> list[Path]:
    """Write ``slices`` CT files into ``folder``; returns their paths (IM0001, IM0002, ...)."""
    folder.mkdir(parents=True, exist_ok=True)
    study_uid = study_uid or generate_uid()
    series_uid = generate_uid()
    yy, xx = np.mgrid[0:size, 0:size]
    paths = []
    for index in range(slices):
        radius = (10 + index) * size / SIZE
        disc = (yy - size / 2) ** 2 + (xx - size / 2) ** 2 < radius**2
        pixels = np.where(disc, 1040, 0).astype(np.uint16)  # 40 HU inside, -1000 outside

        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = Dataset()
        ds.file_meta = meta
        ds.SOPClassUID = CTImageStorage
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.PatientName = patient_name
        ds.PatientID = patient_id
        ds.PatientBirthDate = birth_date
        ds.PatientSex = sex
        ds.StudyInstanceUID = study_uid
        ds.StudyDate = "20261102"
        ds.StudyTime = "101500"
        ds.StudyID = "1"
        ds.StudyDescription = "CT THORAX"
        ds.AccessionNumber = "A1001"
        ds.ReferringPhysicianName = "MISHRA^ARVIND"
        ds.SeriesInstanceUID = series_uid
        ds.SeriesNumber = series_number
        ds.SeriesDescription = description
        ds.Modality = "CT"
        ds.BodyPartExamined = "CHEST"
        ds.InstanceNumber = index + 1
        ds.ImagePositionPatient = [0.0, 0.0, float(index * 5)]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing = [0.7, 0.7]
        ds.SliceThickness = 5.0
        ds.Rows = size
        ds.Columns = size
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated = 16
        ds.BitsStored = 12
        ds.HighBit = 11
        ds.PixelRepresentation = 0
        ds.RescaleIntercept = -1000
        ds.RescaleSlope = 1
        ds.WindowCenter = 40
        ds.WindowWidth = 400
        ds.PixelData = pixels.tobytes()
        path = folder / f"IM{index + 1:04d}"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths
