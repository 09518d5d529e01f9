"""Generated DICOM files for the viewer tests: a CT phantom, an ultrasound clip, broken files.

The CT phantom is a body-shaped ellipse of soft tissue (40 HU) in air with inserts of known
Hounsfield units (lung -800, fat -100, water 0, contrast 200, bone 700), so ROI statistics,
window presets and screenshots all have something real to show. Stored values are HU + 1024
with RescaleIntercept -1024, as scanners write them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (
    ExplicitVRLittleEndian,
    UltrasoundMultiFrameImageStorage,
    generate_uid,
)

from desktop.viewers.series_input import InstanceInput, SeriesInput

CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
SC_STORAGE = "1.2.840.10008.5.1.4.1.1.7"

# (name, centre x, centre y as fractions of the size, radius fraction, HU)
INSERTS = (
    ("lung", 0.33, 0.42, 0.11, -800),
    ("fat", 0.67, 0.42, 0.07, -100),
    ("water", 0.38, 0.66, 0.06, 0),
    ("contrast", 0.62, 0.66, 0.06, 200),
    ("bone", 0.50, 0.78, 0.05, 700),
)


def _base(path: Path, sop_class: str, modality: str, study_uid: str, series_uid: str, **extra):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = extra.pop("transfer_syntax", ExplicitVRLittleEndian)
    ds = FileDataset(str(path), {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = study_uid
    ds.SeriesInstanceUID = series_uid
    ds.Modality = modality
    ds.PatientName = "Devi^Sunita"
    ds.PatientID = "PHC-BST-1021"
    ds.PatientBirthDate = "19710814"
    ds.PatientSex = "F"
    ds.StudyDate = "20261118"
    ds.StudyDescription = extra.pop("study_description", "CT CHEST")
    ds.InstitutionName = "District Hospital Basti"
    for key, value in extra.items():
        setattr(ds, key, value)
    return ds


def ct_phantom_hu(size: int, slice_index: int = 0, slices: int = 1) -> np.ndarray:
    """HU values of one phantom slice; the inserts grow and shrink along the stack."""
    rows, cols = np.mgrid[:size, :size].astype(np.float64) + 0.5
    hu = np.full((size, size), -1000.0)
    body = ((cols - size / 2) / (size * 0.44)) ** 2 + ((rows - size * 0.55) / (size * 0.36)) ** 2
    hu[body <= 1] = 40
    phase = 0.75 + 0.5 * (slice_index / max(slices - 1, 1))
    for _name, fx, fy, fr, value in INSERTS:
        inside = (cols - fx * size) ** 2 + (rows - fy * size) ** 2 <= (fr * size * phase) ** 2
        hu[inside & (body <= 1)] = value
    rng = np.random.default_rng(slice_index)
    noise = rng.normal(0, 6, hu.shape)
    return np.rint(np.where(hu > -1000, hu + noise, hu)).astype(np.int16)


def write_ct_series(
    folder: Path, slices: int = 8, size: int = 256, spacing: float | None = 0.5
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    study, series = generate_uid(), generate_uid()
    paths = []
    for index in range(slices):
        path = folder / f"ct{index:03d}.dcm"
        ds = _base(path, CT_STORAGE, "CT", study, series)
        ds.SeriesDescription = "Chest plain 5 mm"
        ds.SeriesNumber = 2
        ds.InstanceNumber = index + 1
        ds.SliceThickness = 5.0
        ds.SliceLocation = -120.0 + 5 * index
        ds.ImagePositionPatient = [-64.0, -64.0, -120.0 + 5 * index]
        ds.Rows = ds.Columns = size
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
        ds.PixelRepresentation = 0
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        ds.WindowCenter, ds.WindowWidth = 40, 400
        if spacing is not None:
            ds.PixelSpacing = [spacing, spacing]
        stored = (ct_phantom_hu(size, index, slices).astype(np.int32) + 1024).clip(0, 4095)
        ds.PixelData = stored.astype(np.uint16).tobytes()
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def ultrasound_frames(frames: int, rows: int = 240, cols: int = 320) -> np.ndarray:
    """A sector scan with a bright structure that moves from frame to frame."""
    y, x = np.mgrid[:rows, :cols].astype(np.float64)
    apex_x, radius = cols / 2, np.hypot(x - cols / 2, y + 10)
    angle = np.degrees(np.arctan2(x - apex_x, y + 10))
    sector = (np.abs(angle) < 35) & (radius < rows * 0.95)
    out = np.zeros((frames, rows, cols), dtype=np.uint8)
    rng = np.random.default_rng(7)
    for f in range(frames):
        speckle = rng.gamma(2.0, 25.0, (rows, cols))
        centre = rows * (0.45 + 0.15 * np.sin(2 * np.pi * f / frames))
        wall = np.exp(-(((radius - centre) / 6.0) ** 2)) * 160
        out[f] = np.clip(np.where(sector, speckle * 0.6 + wall, 0), 0, 255).astype(np.uint8)
    return out


def write_ultrasound(path: Path, frames: int = 20, frame_time_ms: float = 40.0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = _base(
        path,
        UltrasoundMultiFrameImageStorage,
        "US",
        generate_uid(),
        generate_uid(),
        study_description="US ABDOMEN",
    )
    pixels = ultrasound_frames(frames)
    ds.SeriesDescription = "Liver cine"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.NumberOfFrames = frames
    ds.FrameTime = frame_time_ms
    ds.FrameIncrementPointer = (0x0018, 0x1063)
    ds.Rows, ds.Columns = pixels.shape[1:]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelRepresentation = 0
    region = FileDataset("", {})
    region.RegionLocationMinX0, region.RegionLocationMinY0 = 0, 0
    region.RegionLocationMaxX1, region.RegionLocationMaxY1 = ds.Columns - 1, ds.Rows - 1
    region.PhysicalUnitsXDirection = region.PhysicalUnitsYDirection = 3  # cm
    region.PhysicalDeltaX = region.PhysicalDeltaY = 0.05
    region.RegionSpatialFormat = 1
    region.RegionDataType = 1
    ds.SequenceOfUltrasoundRegions = Sequence([region])
    ds.PixelData = pixels.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def write_uncalibrated(path: Path, size: int = 128) -> Path:
    """A secondary capture (a scanned film): grey pixels with no spacing at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = _base(path, SC_STORAGE, "OT", generate_uid(), generate_uid())
    ds.SeriesDescription = "Scanned film"
    ds.SeriesNumber = 9
    ds.InstanceNumber = 1
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelRepresentation = 0
    ramp = np.tile(np.linspace(0, 255, size, dtype=np.uint8), (size, 1))
    ds.PixelData = ramp.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def write_undecodable(path: Path, size: int = 256) -> Path:
    """A CT slice cut short in its pixel data (a CD copy that stopped): the header reads, the
    pixels do not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = _base(path, CT_STORAGE, "CT", generate_uid(), generate_uid())
    ds.SeriesDescription = "Damaged copy"
    ds.InstanceNumber = 1
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 16, 12, 11
    ds.PixelRepresentation = 0
    ds.PixelSpacing = [0.5, 0.5]
    ds.PixelData = bytes(size * size)  # half of the 2 bytes per pixel the header promises
    ds.save_as(path, enforce_file_format=True)
    return path


def series_of(paths: list[Path], title: str, modality: str, as_bytes: bool = True) -> SeriesInput:
    """SeriesInput over files; by default the loaders return bytes, as blob reads do."""
    instances = [
        InstanceInput(str(p), (lambda p=p: p.read_bytes()) if as_bytes else (lambda p=p: p))
        for p in paths
    ]
    return SeriesInput(title, modality, instances)
