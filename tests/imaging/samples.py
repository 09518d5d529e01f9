"""DICOM files made in tests, for what pydicom's own test files lack.

A MONOCHROME1 CR with ImagerPixelSpacing, a 16-bit CT (plain, and JPEG lossless through dcmtk's
dcmcjpeg), an ultrasound cine with FrameTime and SequenceOfUltrasoundRegions, and a CT with a
VOI LUT Sequence. Every builder writes a real file and returns its path.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
CR_STORAGE = "1.2.840.10008.5.1.4.1.1.1"
US_MULTIFRAME_STORAGE = "1.2.840.10008.5.1.4.1.1.3.1"


def _base(sop_class: str, modality: str) -> Dataset:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = modality
    ds.PatientName = "Test^Phantom"
    ds.PatientID = "PHANTOM-1"
    return ds


def _grey(ds: Dataset, pixels: np.ndarray, bits_stored: int, signed: bool) -> None:
    ds.Rows, ds.Columns = pixels.shape[-2:]
    ds.SamplesPerPixel = 1
    ds.BitsAllocated = 16 if bits_stored > 8 else 8
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.PixelData = pixels.tobytes()


def ct_phantom(size: int = 64) -> np.ndarray:
    """Stored values of a CT slice: air, a water disc, a bone ring; rescale -1024 gives HU."""
    y, x = np.mgrid[:size, :size]
    r = np.hypot(x - size / 2, y - size / 2)
    hu = np.full((size, size), -1000, dtype=np.int16)
    hu[r < size * 0.4] = 0
    hu[(r >= size * 0.3) & (r < size * 0.35)] = 1200
    hu[r < size * 0.1] = 100
    return (hu + 1024).astype(np.int16)


def ct(path: Path, stored: np.ndarray | None = None, **attrs) -> Path:
    ds = _base(CT_STORAGE, "CT")
    stored = ct_phantom() if stored is None else stored
    _grey(ds, stored.astype(np.int16), 16, signed=True)
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.RescaleSlope = 1
    ds.RescaleIntercept = -1024
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.PixelSpacing = [0.5, 0.5]
    for name, value in attrs.items():
        if value is None:
            delattr(ds, name)
        else:
            setattr(ds, name, value)
    ds.save_as(path, enforce_file_format=True)
    return path


def ct_jpeg_lossless(path: Path, tmp_dir: Path, *, process14: bool = False) -> Path:
    """A 16-bit signed CT compressed by dcmtk's dcmcjpeg: JPEG lossless SV1 (.70), or with
    ``process14`` the general lossless process with predictor 7 (.57)."""
    if shutil.which("dcmcjpeg") is None:
        raise FileNotFoundError("dcmcjpeg")
    plain = ct(tmp_dir / "plain-ct.dcm", stored=ct_phantom(128))
    mode = ["+el", "+sv", "7"] if process14 else ["+e1"]
    subprocess.run(["dcmcjpeg", *mode, str(plain), str(path)], check=True, capture_output=True)
    return path


def cr_monochrome1(path: Path) -> Path:
    """A CR: MONOCHROME1 (low values white), 12 bits, ImagerPixelSpacing only, one window."""
    ds = _base(CR_STORAGE, "CR")
    ramp = np.tile(np.linspace(0, 4095, 256).astype(np.uint16), (32, 1))
    _grey(ds, ramp, 12, signed=False)
    ds.PhotometricInterpretation = "MONOCHROME1"
    ds.ImagerPixelSpacing = [0.143, 0.143]
    ds.WindowCenter = 2048
    ds.WindowWidth = 4096
    ds.save_as(path, enforce_file_format=True)
    return path


def ct_with_voi_lut(path: Path) -> Path:
    """A CT whose VOI LUT Sequence maps HU -200..+300 onto 0..4095 on a curve (gamma 0.5)."""
    entries = 501
    curve = np.sqrt(np.linspace(0.0, 1.0, entries))
    item = Dataset()
    item.LUTDescriptor = [entries, -200, 12]  # SS here: the pixels are signed
    item.LUTData = np.rint(curve * 4095).astype("<u2").tobytes()
    item.LUTExplanation = "SQRT"
    return ct(path, VOILUTSequence=Sequence([item]), WindowCenter=None, WindowWidth=None)


def us_cine(path: Path, frames: int = 12) -> Path:
    """An RGB ultrasound clip: FrameTime 40 ms and two calibrated regions of different scale."""
    ds = _base(US_MULTIFRAME_STORAGE, "US")
    rows, cols = 120, 160
    clip = np.zeros((frames, rows, cols, 3), dtype=np.uint8)
    for i in range(frames):
        clip[i, :, :, 0] = (np.arange(cols) * 255 // cols).astype(np.uint8)
        clip[i, :, :, 1] = i * 255 // max(frames - 1, 1)
        clip[i, 10:20, 10 + i : 20 + i, 2] = 255  # a marker that moves frame by frame
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel = 3
    ds.PlanarConfiguration = 0
    ds.PhotometricInterpretation = "RGB"
    ds.BitsAllocated = ds.BitsStored = 8
    ds.HighBit = 7
    ds.PixelRepresentation = 0
    ds.NumberOfFrames = frames
    ds.FrameTime = 40.0
    ds.FrameIncrementPointer = 0x00181063
    ds.PixelData = clip.tobytes()
    regions = []
    for x0, x1, delta_cm in ((0, 79, 0.02), (80, 159, 0.05)):
        region = Dataset()
        region.RegionSpatialFormat = 1
        region.RegionDataType = 1
        region.RegionFlags = 0
        region.RegionLocationMinX0, region.RegionLocationMinY0 = x0, 0
        region.RegionLocationMaxX1, region.RegionLocationMaxY1 = x1, rows - 1
        region.PhysicalUnitsXDirection = 3
        region.PhysicalUnitsYDirection = 3
        region.PhysicalDeltaX = delta_cm
        region.PhysicalDeltaY = delta_cm
        regions.append(region)
    ds.SequenceOfUltrasoundRegions = Sequence(regions)
    ds.save_as(path, enforce_file_format=True)
    return path
