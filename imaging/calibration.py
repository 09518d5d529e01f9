"""Where millimetres come from: the calibration of an image's pixels.

``calibration(dataset_or_info)`` says how far apart pixel centres are and on what authority:
PixelSpacing (in the patient), ImagerPixelSpacing (at the detector of a projection X-ray, not
corrected for magnification, so the viewer says so), an ultrasound region
(SequenceOfUltrasoundRegions with centimetre units), or None: not calibrated, so measurements
stay in pixels. ImagerPixelSpacing is never passed off as PixelSpacing (a known patient-safety
bug in other viewers). Thread-safety: pure functions on immutable data.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydicom.dataset import Dataset

from imaging.pixels import ImageInfo, image_info

PIXEL_SPACING = "PixelSpacing"
IMAGER_PIXEL_SPACING = "ImagerPixelSpacing"
ULTRASOUND_REGION = "UltrasoundRegion"

_CM = 3  # PhysicalUnitsX/YDirection code for centimetres (PS3.3 C.8.5.5.1.15)


@dataclass(frozen=True)
class Region:
    """A calibrated rectangle of an ultrasound image (inclusive pixel bounds)."""

    x0: int
    y0: int
    x1: int
    y1: int
    row_mm: float
    col_mm: float

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass(frozen=True)
class Calibration:
    """mm between pixel centres: ``row_mm`` down the image, ``col_mm`` across it.

    ``source`` is PixelSpacing, ImagerPixelSpacing, UltrasoundRegion or None (not calibrated;
    then both spacings are None). For ultrasound the spacing holds only inside ``regions``.
    """

    row_mm: float | None
    col_mm: float | None
    source: str | None
    regions: tuple[Region, ...] = ()

    @property
    def calibrated(self) -> bool:
        return self.source is not None

    def spacing_at(self, *points: tuple[float, float]) -> tuple[float, float] | None:
        """(row_mm, col_mm) valid for all ``points`` (x, y), or None when there is none.

        For ultrasound all points must fall in one region: a line across two regions with
        different scales has no single length, so none is given.
        """
        if self.source is None:
            return None
        if self.source != ULTRASOUND_REGION:
            if self.row_mm is None or self.col_mm is None:
                return None
            return (self.row_mm, self.col_mm)
        for region in self.regions:
            if all(region.contains(x, y) for x, y in points):
                return (region.row_mm, region.col_mm)
        return None


UNCALIBRATED = Calibration(None, None, None)


def calibration(dataset_or_info: Dataset | ImageInfo) -> Calibration:
    info = (
        dataset_or_info if isinstance(dataset_or_info, ImageInfo) else image_info(dataset_or_info)
    )
    if info.pixel_spacing:
        return Calibration(info.pixel_spacing[0], info.pixel_spacing[1], PIXEL_SPACING)
    if info.imager_pixel_spacing:
        row, col = info.imager_pixel_spacing
        return Calibration(row, col, IMAGER_PIXEL_SPACING)
    regions = tuple(
        Region(r.x0, r.y0, r.x1, r.y1, row_mm=abs(r.delta_y) * 10.0, col_mm=abs(r.delta_x) * 10.0)
        for r in info.us_regions
        if r.units_x == _CM and r.units_y == _CM and r.delta_x and r.delta_y
    )
    if regions:
        first = regions[0]
        return Calibration(first.row_mm, first.col_mm, ULTRASOUND_REGION, regions)
    return UNCALIBRATED
