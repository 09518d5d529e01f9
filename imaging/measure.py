"""Measurements on an image: length, angle, and ellipse region statistics.

Points are (x, y) in image pixel coordinates: x across (column), y down (row), with pixel
centres at whole numbers. Lengths and areas are in mm (mm²) when the calibration covers the
points, else in pixels with ``calibrated`` False, so the viewer can never show pixels as mm.
Region statistics are in modality units (HU for CT) of ``Frame.values``.
Thread-safety: pure functions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from imaging.calibration import Calibration

Point = tuple[float, float]


@dataclass(frozen=True)
class Length:
    value: float
    unit: str  # "mm" or "px"
    source: str | None  # the calibration source, None when in pixels

    @property
    def calibrated(self) -> bool:
        return self.unit == "mm"


@dataclass(frozen=True)
class RoiStats:
    mean: float
    sd: float
    min: float
    max: float
    pixels: int
    area: float
    area_unit: str  # "mm²" or "px²"
    source: str | None


def _scale(calibration: Calibration | None, *points: Point) -> tuple[float, float] | None:
    return calibration.spacing_at(*points) if calibration is not None else None


def length(p1: Point, p2: Point, calibration: Calibration | None = None) -> Length:
    """Distance between two points; mm when calibrated there, else pixels."""
    dx, dy = p2[0] - p1[0], p2[1] - p1[1]
    spacing = _scale(calibration, p1, p2)
    if spacing is None or calibration is None:
        return Length(math.hypot(dx, dy), "px", None)
    row_mm, col_mm = spacing
    return Length(math.hypot(dx * col_mm, dy * row_mm), "mm", calibration.source)


def angle(a: Point, vertex: Point, c: Point, calibration: Calibration | None = None) -> float:
    """The angle at ``vertex`` between the arms to ``a`` and ``c``, in degrees (0..180).

    Uses physical distances when calibrated, since non-square pixels change angles.
    """
    spacing = _scale(calibration, a, vertex, c) or (1.0, 1.0)
    row_mm, col_mm = spacing
    ax, ay = (a[0] - vertex[0]) * col_mm, (a[1] - vertex[1]) * row_mm
    cx, cy = (c[0] - vertex[0]) * col_mm, (c[1] - vertex[1]) * row_mm
    if (ax == 0 and ay == 0) or (cx == 0 and cy == 0):
        return 0.0
    return abs(math.degrees(math.atan2(ax * cy - ay * cx, ax * cx + ay * cy)))


def ellipse_mask(
    shape: tuple[int, int], center: Point, radii: tuple[float, float]
) -> tuple[slice, slice, np.ndarray]:
    """The pixels whose centres lie inside the ellipse: (row slice, column slice, mask)."""
    rows, cols = shape[:2]
    (cx, cy), (rx, ry) = center, (abs(radii[0]), abs(radii[1]))
    r0, r1 = max(0, math.ceil(cy - ry)), min(rows, math.floor(cy + ry) + 1)
    c0, c1 = max(0, math.ceil(cx - rx)), min(cols, math.floor(cx + rx) + 1)
    if r0 >= r1 or c0 >= c1 or rx == 0 or ry == 0:
        return slice(0, 0), slice(0, 0), np.zeros((0, 0), dtype=bool)
    yy = (np.arange(r0, r1, dtype=np.float64)[:, None] - cy) / ry
    xx = (np.arange(c0, c1, dtype=np.float64)[None, :] - cx) / rx
    return slice(r0, r1), slice(c0, c1), (xx * xx + yy * yy) <= 1.0


def ellipse_stats(
    values: np.ndarray,
    center: Point,
    radii: tuple[float, float],
    calibration: Calibration | None = None,
) -> RoiStats | None:
    """Mean, SD (population), min and max of ``values`` inside an axis-aligned ellipse.

    ``radii`` are (across, down) in pixels. None when no pixel centre lies inside (for
    example an ellipse drawn off the image). For colour frames the statistics are of the
    mean of the three channels.
    """
    rows, cols, mask = ellipse_mask(values.shape, center, radii)
    if not mask.any():
        return None
    patch = values[rows, cols]
    if patch.ndim == 3:
        patch = patch.mean(axis=2)
    inside = patch[mask].astype(np.float64)
    rx, ry = abs(radii[0]), abs(radii[1])
    corners = (
        (center[0] - rx, center[1] - ry),
        (center[0] + rx, center[1] + ry),
    )
    spacing = _scale(calibration, *corners)
    if spacing is None or calibration is None:
        area, unit, source = math.pi * rx * ry, "px²", None
    else:
        area = math.pi * rx * spacing[1] * ry * spacing[0]
        unit, source = "mm²", calibration.source
    return RoiStats(
        mean=float(inside.mean()),
        sd=float(inside.std()),
        min=float(inside.min()),
        max=float(inside.max()),
        pixels=int(inside.size),
        area=float(area),
        area_unit=unit,
        source=source,
    )
