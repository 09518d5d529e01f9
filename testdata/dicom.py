"""DICOM files for tests and benchmarks: the CT writer, single images, ultrasound, broken files.

``ct_series`` is the one way to make a CT series: real Part 10 files with the headers a district
hospital's scanner writes (patient, study, series, geometry, rescale, window) and a body
phantom for pixels: soft tissue (40 HU) in air with inserts of known Hounsfield units (lung
-800, fat -100, water 0, contrast 200, bone 700) that grow and shrink along the stack, so ROI
statistics, window presets, compression and screenshots all have something real to work on.
Stored values are HU + 1024 with RescaleIntercept -1024, as scanners write them.
``phantom=chest_phantom_hu`` gives anatomy and scanner noise instead (what compression and
display are benchmarked on); ``compress`` encodes the pixels as a PACS stores them. Two
presets name the series the tests show: ``district_ct`` (the CD on the import screens) and
``chest_plain_ct`` (the series the viewer opens).

UIDs come from ``seed`` (the same call gives the same files, and a second call with the same
seed and series number continues the same series) or, with ``seed=None``, are new on every
call. ``study_uid`` joins series to one study across calls. The canonical patients the tests
rely on are ASHA (the default), SUNITA (and SUNITA_AS_TYPED, the name in mixed
case as some scanners keep it), RAVI and PHANTOM.

Thread-safety: plain functions, each writing only the paths it is given.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import (
    ComputedRadiographyImageStorage,
    CTImageStorage,
    EncapsulatedPDFStorage,
    ExplicitVRLittleEndian,
    SecondaryCaptureImageStorage,
    UltrasoundMultiFrameImageStorage,
    generate_uid,
)

ROOT = "1.2.826.0.1.3680043.8.498."  # pydicom's example root: test data only


@dataclass(frozen=True)
class Patient:
    """The patient module as a header carries it (DICOM person name, ID, DA birth date)."""

    name: str
    patient_id: str
    birth_date: str = ""
    sex: str = ""
    age: str = ""
    weight: str = ""
    size: str = ""


ASHA = Patient("SHARMA^ASHA", "PHC-0042", "19720315", "F")
SUNITA = Patient("DEVI^SUNITA", "PHC-BST-1021", "19710814", "F")
SUNITA_AS_TYPED = Patient("Devi^Sunita", "PHC-BST-1021", "19710814", "F")  # case kept as typed
RAVI = Patient("KUMAR^RAVI", "GH-991", "19500101", "M")  # somebody else's CD in the bag
PHANTOM = Patient("Test^Phantom", "PHANTOM-1")

# (name, centre x, centre y as fractions of the size, radius fraction, HU)
INSERTS = (
    ("lung", 0.33, 0.42, 0.11, -800),
    ("fat", 0.67, 0.42, 0.07, -100),
    ("water", 0.38, 0.66, 0.06, 0),
    ("contrast", 0.62, 0.66, 0.06, 200),
    ("bone", 0.50, 0.78, 0.05, 700),
)


def uid(*parts: object) -> str:
    """A UID derived from ``parts``: the same parts give the same UID."""
    return generate_uid(ROOT, entropy_srcs=[str(p) for p in parts])


def _uid_or_new(seed: str | None, *parts: object) -> str:
    return generate_uid() if seed is None else uid(seed, *parts)


def ct_phantom_hu(size: int, slice_index: int = 0, slices: int = 1) -> np.ndarray:
    """HU values of one phantom slice (int16); the inserts grow and shrink along the stack."""
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


def _ellipse(y, x, cy, cx, ry, rx):
    return ((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2 <= 1.0


def chest_phantom_hu(
    size: int = 512, slice_index: int = 0, slices: int = 1, noise_hu: float = 12.0
) -> np.ndarray:
    """HU values (int16) of an anatomical chest slice: body outline, subcutaneous fat, lungs,
    heart, aorta with contrast, spine and ribs that change along the stack, plus Gaussian noise
    of ``noise_hu`` like a standard-dose scan. What compression and display timings are
    measured on."""
    z = slice_index / max(slices - 1, 1)
    # Laid out on a 512 grid and scaled, so every size shows the same anatomy.
    y, x = np.mgrid[0:size, 0:size].astype(np.float32) * (512 / size)
    hu = np.full((size, size), -1000.0, dtype=np.float32)  # air around the patient
    hu[_ellipse(y, x, 256, 256, 180, 230)] = -90  # subcutaneous fat
    hu[_ellipse(y, x, 256, 256, 165, 215)] = 40  # muscle and soft tissue
    lung = 60 + 25 * np.sin(np.pi * z)
    hu[_ellipse(y, x, 240, 160, 110, lung)] = -850
    hu[_ellipse(y, x, 240, 352, 110, lung)] = -850
    hu[_ellipse(y, x, 250, 280, 55 + 20 * z, 60)] = 45  # heart
    hu[_ellipse(y, x, 200, 270, 14, 14)] = 180  # aorta with contrast
    hu[_ellipse(y, x, 380, 256, 28, 24)] = 700  # vertebral body
    hu[_ellipse(y, x, 380, 256, 12, 10)] = 250  # marrow
    for angle in np.linspace(0.6, 2.5, 6):  # ribs
        cy, cx = 256 + 170 * np.sin(angle), 256 + 215 * np.cos(angle)
        hu[_ellipse(y, x, cy, cx, 9, 14)] = 900
        hu[_ellipse(y, x, cy, 512 - cx, 9, 14)] = 900
    rng = np.random.default_rng(slice_index)
    hu += rng.normal(0.0, noise_hu, size=hu.shape).astype(np.float32)
    return np.clip(np.rint(hu), -1024, 3071).astype(np.int16)


def calibration_phantom(size: int = 64) -> np.ndarray:
    """Stored values (int16, rescale -1024 gives HU) of a noiseless calibration slice: air
    (-1000), a water disc (0), a bone ring (1200) and a 100 HU centre, for exact assertions."""
    y, x = np.mgrid[:size, :size]
    r = np.hypot(x - size / 2, y - size / 2)
    hu = np.full((size, size), -1000, dtype=np.int16)
    hu[r < size * 0.4] = 0
    hu[(r >= size * 0.3) & (r < size * 0.35)] = 1200
    hu[r < size * 0.1] = 100
    return (hu + 1024).astype(np.int16)


def base_dataset(
    sop_class: str,
    modality: str,
    *,
    patient: Patient = ASHA,
    study_uid: str | None = None,
    series_uid: str | None = None,
    sop_uid: str | None = None,
) -> Dataset:
    """A data set with file meta, SOP, patient and the study/series UIDs (new where not given)."""
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_uid or generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientName = patient.name
    ds.PatientID = patient.patient_id
    for keyword, value in (
        ("PatientBirthDate", patient.birth_date),
        ("PatientSex", patient.sex),
        ("PatientAge", patient.age),
        ("PatientWeight", patient.weight),
        ("PatientSize", patient.size),
    ):
        if value:
            setattr(ds, keyword, value)
    ds.StudyInstanceUID = study_uid or generate_uid()
    ds.SeriesInstanceUID = series_uid or generate_uid()
    ds.Modality = modality
    return ds


def _grey(ds: Dataset, stored: np.ndarray, bits_stored: int, signed: bool) -> None:
    ds.Rows, ds.Columns = stored.shape[-2:]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = 16 if bits_stored > 8 else 8
    ds.BitsStored = bits_stored
    ds.HighBit = bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.PixelData = stored.astype(np.int16 if signed else np.uint16).tobytes()


def ct_slice(
    index: int,
    *,
    size: int = 64,
    slices: int = 1,
    patient: Patient = ASHA,
    seed: str | None = "study-1",
    study_uid: str | None = None,
    series_uid: str | None = None,
    sop_uid: str | None = None,
    series_number: int = 1,
    study_date: str = "20240312",
    description: str = "CT CHEST",
    series_description: str | None = None,
    modality: str = "CT",
    body_part: str = "CHEST",
    spacing: float | None = None,
    thickness: float = 5.0,
    institution: str = "District Hospital Basti",
    phantom: Callable[[int, int, int], np.ndarray] = ct_phantom_hu,
) -> Dataset:
    """Slice ``index`` (0-based) of a CT series of ``slices``, as a data set ready to save.

    ``description`` is the study's; the series is described as ``series_description``, by
    default "<description> series <number>"; ``body_part`` is its Body Part Examined.
    ``spacing`` (mm) defaults to a 320 mm field of view; ``spacing=0`` leaves Pixel Spacing out
    (an uncalibrated image). ``phantom(size,
    index, slices)`` gives the HU values: by default the phantom with inserts of known HU,
    ``chest_phantom_hu`` for anatomy and scanner noise.
    """
    ds = base_dataset(
        CTImageStorage,
        modality,
        patient=patient,
        study_uid=study_uid or _uid_or_new(seed),
        series_uid=series_uid or _uid_or_new(seed, series_number),
        sop_uid=sop_uid or _uid_or_new(seed, series_number, index),
    )
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.StudyDate = study_date
    ds.StudyTime = "101500"
    ds.StudyDescription = description
    ds.AccessionNumber = "ACC-77"
    ds.ReferringPhysicianName = "RAO^VIKRAM"
    ds.StudyID = "1"
    ds.InstitutionName = institution
    ds.SeriesNumber = series_number
    ds.SeriesDescription = series_description or f"{description} series {series_number}"
    ds.BodyPartExamined = body_part
    ds.InstanceNumber = index + 1
    location = -120.0 + thickness * index
    ds.ImagePositionPatient = [-160.0, -160.0, location]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.SliceLocation = location
    ds.SliceThickness = thickness
    if spacing != 0:
        ds.PixelSpacing = [spacing or 320 / size] * 2
    ds.FrameOfReferenceUID = _uid_or_new(seed, "frame")
    stored = (phantom(size, index, slices).astype(np.int32) + 1024).clip(0, 4095)
    _grey(ds, stored, 12, signed=False)
    ds.RescaleIntercept = -1024
    ds.RescaleSlope = 1
    ds.RescaleType = "HU"
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.BurnedInAnnotation = "NO"
    return ds


def ct_series(
    folder: Path,
    count: int = 5,
    *,
    name: str = "IM{n:04d}.dcm",
    start: int = 0,
    slices: int | None = None,
    seed: str | None = "study-1",
    series_number: int = 1,
    compress: str | None = None,
    **header,
) -> list[Path]:
    """Write ``count`` slices (``start`` onward) into ``folder`` (created); their paths in order.

    File names come from ``name`` with n = instance number. ``slices`` is the length of the
    whole stack (default ``start + count``). ``compress`` is a transfer syntax UID to encode
    the pixels with (JPEG 2000 lossless, JPEG-LS lossless, RLE), as PACS store them. Other
    keywords are ``ct_slice``'s.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stack = slices or start + count
    if seed is None:  # one new study and series for this call, new instances
        header.setdefault("study_uid", generate_uid())
        header.setdefault("series_uid", generate_uid())
    paths = []
    for index in range(start, start + count):
        ds = ct_slice(index, slices=stack, seed=seed, series_number=series_number, **header)
        if compress is not None:
            ds.compress(compress)
        path = folder / name.format(n=index + 1)
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def ct_image(path: Path, stored: np.ndarray | None = None, *, signed: bool = True, **attrs) -> Path:
    """One CT image of PHANTOM: 16-bit stored values (signed unless told), spacing 0.5 mm.

    ``stored`` defaults to ``calibration_phantom()``; ``attrs`` set attributes, None removes one.
    """
    if stored is None:
        stored = calibration_phantom()
    ds = base_dataset(CTImageStorage, "CT", patient=PHANTOM)
    _grey(ds, stored, 16, signed=signed)
    ds.RescaleSlope = 1
    ds.RescaleIntercept = -1024
    ds.WindowCenter = 40
    ds.WindowWidth = 400
    ds.PixelSpacing = [0.5, 0.5]
    for keyword, value in attrs.items():
        if value is None:
            delattr(ds, keyword)
        else:
            setattr(ds, keyword, value)
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path


def ct_jpeg_lossless(path: Path, work: Path, *, process14: bool = False) -> Path:
    """A 16-bit signed 128 x 128 CT compressed by dcmtk's dcmcjpeg: JPEG lossless SV1 (.70),
    or with ``process14`` the general lossless process with predictor 7 (.57). FileNotFoundError
    when dcmtk is not installed."""
    if shutil.which("dcmcjpeg") is None:
        raise FileNotFoundError("dcmcjpeg")
    plain = ct_image(work / "plain-ct.dcm", calibration_phantom(128))
    mode = ["+el", "+sv", "7"] if process14 else ["+e1"]
    subprocess.run(["dcmcjpeg", *mode, str(plain), str(path)], check=True, capture_output=True)
    return path


def noise_ct(path: Path, size: int = 64) -> Path:
    """A CT whose pixels are uniform 16-bit noise: nothing for a lossless coder to gain."""
    rng = np.random.default_rng(1)
    stored = rng.integers(0, 65536, size=(size, size), dtype=np.uint16)
    ds = base_dataset(CTImageStorage, "CT", patient=PHANTOM)
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated = ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    ds.PixelData = stored.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def truncated_ct(path: Path, size: int = 256, *, patient: Patient = SUNITA_AS_TYPED) -> Path:
    """A CT slice cut short in its pixel data (a CD copy that stopped): the header reads, the
    pixels do not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = base_dataset(CTImageStorage, "CT", patient=patient)
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


def scanned_film(path: Path, size: int = 128, *, patient: Patient = SUNITA_AS_TYPED) -> Path:
    """A secondary capture (a scanned film): a grey ramp with no spacing at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = base_dataset(SecondaryCaptureImageStorage, "OT", patient=patient)
    ds.SeriesDescription = "Scanned film"
    ds.SeriesNumber = 9
    ds.InstanceNumber = 1
    ramp = np.tile(np.linspace(0, 255, size, dtype=np.uint8), (size, 1))
    ds.Rows = ds.Columns = size
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelRepresentation = 0
    ds.PixelData = ramp.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def cr_monochrome1(path: Path) -> Path:
    """A CR: MONOCHROME1 (low values white), 12 bits, ImagerPixelSpacing only, one window."""
    ds = base_dataset(ComputedRadiographyImageStorage, "CR", patient=PHANTOM)
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
    return ct_image(path, VOILUTSequence=Sequence([item]), WindowCenter=None, WindowWidth=None)


def us_cine(path: Path, frames: int = 12) -> Path:
    """An RGB ultrasound clip: FrameTime 40 ms and two calibrated regions of different scale
    (0.2 mm and 0.5 mm per pixel), a marker moving one pixel a frame."""
    ds = base_dataset(UltrasoundMultiFrameImageStorage, "US", patient=PHANTOM)
    rows, cols = 120, 160
    clip = np.zeros((frames, rows, cols, 3), dtype=np.uint8)
    for i in range(frames):
        clip[i, :, :, 0] = (np.arange(cols) * 255 // cols).astype(np.uint8)
        clip[i, :, :, 1] = i * 255 // max(frames - 1, 1)
        clip[i, 10:20, 10 + i : 20 + i, 2] = 255
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
    ds.SequenceOfUltrasoundRegions = Sequence(
        [
            _us_region(x0, x1, rows, delta_cm)
            for x0, x1, delta_cm in ((0, 79, 0.02), (80, 159, 0.05))
        ]
    )
    ds.save_as(path, enforce_file_format=True)
    return path


def _us_region(x0: int, x1: int, rows: int, delta_cm: float) -> Dataset:
    region = Dataset()
    region.RegionSpatialFormat = 1
    region.RegionDataType = 1
    region.RegionFlags = 0
    region.RegionLocationMinX0, region.RegionLocationMinY0 = x0, 0
    region.RegionLocationMaxX1, region.RegionLocationMaxY1 = x1, rows - 1
    region.PhysicalUnitsXDirection = region.PhysicalUnitsYDirection = 3  # cm
    region.PhysicalDeltaX = region.PhysicalDeltaY = delta_cm
    return region


def sector_frames(frames: int, rows: int = 240, cols: int = 320) -> np.ndarray:
    """A grey sector scan with a bright wall that moves from frame to frame."""
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


def us_sector_cine(
    path: Path,
    frames: int = 20,
    frame_time_ms: float = 40.0,
    *,
    patient: Patient = SUNITA_AS_TYPED,
) -> Path:
    """A liver cine as an ultrasound machine writes it: 8-bit grey sector, one region of
    0.5 mm per pixel, ``frame_time_ms`` per frame."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ds = base_dataset(UltrasoundMultiFrameImageStorage, "US", patient=patient)
    ds.StudyDescription = "US ABDOMEN"
    ds.SeriesDescription = "Liver cine"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    pixels = sector_frames(frames)
    ds.NumberOfFrames = frames
    ds.FrameTime = frame_time_ms
    ds.FrameIncrementPointer = (0x0018, 0x1063)
    ds.Rows, ds.Columns = pixels.shape[1:]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = 8, 8, 7
    ds.PixelRepresentation = 0
    ds.SequenceOfUltrasoundRegions = Sequence([_us_region(0, ds.Columns - 1, ds.Rows, 0.05)])
    ds.PixelData = pixels.tobytes()
    ds.save_as(path, enforce_file_format=True)
    return path


def wrap_pdf(ds: Dataset, pdf: bytes, title: str = "Report") -> Dataset:
    """Make ``ds`` an Encapsulated PDF instance carrying ``pdf``."""
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = EncapsulatedPDFStorage
    ds.Modality = "DOC"
    ds.DocumentTitle = title
    ds.BurnedInAnnotation = "YES"
    ds.MIMETypeOfEncapsulatedDocument = "application/pdf"
    ds.EncapsulatedDocument = pdf + (b"\0" if len(pdf) % 2 else b"")
    return ds


def encapsulated_pdf(path: Path, pdf: bytes, *, patient: Patient = ASHA) -> Path:
    """A PDF report wrapped in DICOM (Encapsulated PDF Storage), as some PACS export them."""
    ds = wrap_pdf(base_dataset(EncapsulatedPDFStorage, "DOC", patient=patient), pdf)
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    ds.save_as(path, enforce_file_format=True)
    return path


def copies_of(
    template: Path,
    folder: Path,
    count: int,
    *,
    name: str = "{n:03d}.dcm",
    patient: Patient | None = None,
    **attrs,
) -> list[Path]:
    """``count`` new instances of one new series (new study, series and SOP UIDs) made from a
    real file, such as one pydicom ships; ``patient`` and ``attrs`` replace header values.
    File names come from ``name`` with n = 0, 1, ..."""
    source = pydicom.dcmread(template)
    study, series = generate_uid(), generate_uid()
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(count):
        ds = source.copy()
        if patient is not None:
            ds.PatientName, ds.PatientID = patient.name, patient.patient_id
            ds.PatientBirthDate, ds.PatientSex = patient.birth_date, patient.sex
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.SOPInstanceUID = generate_uid()
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.InstanceNumber = n + 1
        for keyword, value in attrs.items():
            setattr(ds, keyword, value)
        path = folder / name.format(n=n)
        ds.save_as(path)
        files.append(path)
    return files


DISTRICT_CD = {
    "patient": SUNITA,
    "description": "CT THORAX",
    "study_date": "20261102",
    "series_number": 2,
    "series_description": "CT CHEST 5MM",
    "name": "IM{n:04d}",
    "seed": None,
    "spacing": 0.7,
}


def district_ct(folder: Path, count: int = 8, **changes) -> list[Path]:
    """The CT series on the CD a patient brings from the district hospital, as the import
    screens show it: SUNITA's CT THORAX of 2 November 2026, series 2 "CT CHEST 5MM", files
    IM0001... without an extension, new UIDs on every call. ``changes`` are ``ct_series``'s
    keywords (``study_uid`` joins two calls into one study)."""
    return ct_series(folder, count, **(DISTRICT_CD | changes))


CHEST_PLAIN = {
    "patient": SUNITA_AS_TYPED,
    "study_date": "20261118",
    "series_number": 2,
    "series_description": "Chest plain 5 mm",
    "name": "ct{n:03d}.dcm",
    "seed": None,
    "size": 256,
    "spacing": 0.5,
}


def chest_plain_ct(folder: Path, count: int = 8, **changes) -> list[Path]:
    """The chest CT the viewer opens: SUNITA_AS_TYPED, 18 November 2026, series 2 "Chest plain
    5 mm", 256 x 256 pixels of 0.5 mm, new UIDs on every call; ``changes`` are ``ct_series``'s
    keywords."""
    return ct_series(folder, count, **(CHEST_PLAIN | changes))
