"""Length, angle and ellipse ROI measurements drawn on one image, and their labels.

Points are (x, y) = (column, row) in image pixels with pixel centres on whole numbers; the
numbers come from ``imaging.measure`` with the image's calibration, so millimetres appear only
when PixelSpacing, ImagerPixelSpacing or an ultrasound region covers the points, and every
label names where its scale came from ("pixels, not calibrated" otherwise). ROI statistics
are of the frame's modality values (HU for CT). Thread-safety: GUI thread (labels translate).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication

import wording.viewing
from imaging import measure

Point = tuple[float, float]


# Written out as translate("Context", "text") at each use: lupdate finds only literal pairs.
translate = QCoreApplication.translate


def source_label(source: str | None) -> str:
    table = wording.viewing.CALIBRATION_SOURCE
    return QCoreApplication.translate(wording.CONTEXT, table.get(source or "", table[""]))


def ellipse_geometry(a: Point, b: Point) -> tuple[Point, tuple[float, float]]:
    """Centre and radii of the ellipse inscribed in the box with opposite corners a and b."""
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), (abs(b[0] - a[0]) / 2, abs(b[1] - a[1]) / 2)


@dataclass
class Measurement:
    kind: str  # "length" | "angle" | "ellipse"
    points: list[Point] = field(default_factory=list)
    label: str = ""

    def complete(self) -> bool:
        return len(self.points) >= (3 if self.kind == "angle" else 2)


def describe(m: Measurement, values: np.ndarray | None, cal, unit: str) -> str:
    """The label shown next to a finished measurement, always naming its calibration source."""
    if m.kind == "length":
        result = measure.length(m.points[0], m.points[1], cal)
        template = (
            translate("Measurements", "{value} mm ({source})")
            if result.calibrated
            else translate("Measurements", "{value} px ({source})")
        )
        return template.format(value=f"{result.value:.1f}", source=source_label(result.source))
    if m.kind == "angle":
        degrees = measure.angle(m.points[0], m.points[1], m.points[2], cal)
        spacing = cal.spacing_at(*m.points) if cal is not None else None
        source = cal.source if spacing is not None else None
        return translate("Measurements", "{value}° ({source})").format(
            value=f"{degrees:.1f}", source=source_label(source)
        )
    if values is None:
        return ""
    center, radii = ellipse_geometry(m.points[0], m.points[1])
    stats = measure.ellipse_stats(values, center, radii, cal)
    if stats is None:
        return translate("Measurements", "No pixels inside")
    return translate(
        "Measurements",
        "Mean {mean}{unit}, SD {sd}\nMin {minimum}, max {maximum}\n"
        "Area {area} {area_unit} ({source})",
    ).format(
        mean=f"{stats.mean:.1f}",
        unit=f" {unit}" if unit else "",
        sd=f"{stats.sd:.1f}",
        minimum=f"{stats.min:.0f}",
        maximum=f"{stats.max:.0f}",
        area=f"{stats.area:.1f}",
        area_unit=stats.area_unit,
        source=source_label(stats.source),
    )
