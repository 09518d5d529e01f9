"""The four corner texts of a viewport: who, which study and series, which image, how shown.

Built from the instance header (a pydicom dataset without pixels) and the viewport's state;
values missing from the file are simply left out. Dates read as the rest of the app writes
them ("31 Jan 2024", the month in the screens' language) and the study time as HH:MM; a value
that does not read as a date or time is shown as the file has it, never dropped.
Thread-safety: pure functions; call on the GUI thread (they translate).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import wording.cases
from desktop.words import tr_date
from imaging.dicom_header import clock_time, iso_date

# Written out as translate("Context", "text") at each use: lupdate finds only literal pairs.
translate = QCoreApplication.translate


def _text(dataset, keyword: str) -> str:
    if dataset is None:
        return ""
    value = dataset.get(keyword, "")
    return str(value).replace("^", " ").strip() if value is not None else ""


def _date(value: str) -> str:
    iso = iso_date(value)
    return tr_date(iso) if iso else value.strip()


def _time(value: str) -> str:
    return clock_time(value) or value.strip()


def corners(
    dataset,
    *,
    image: int,
    images: int,
    frame: int,
    frames: int,
    window,
    preset: str,
    zoom: float | None,
    rotation: int,
    flipped: bool,
    invert: bool,
) -> dict[str, list[str]]:
    patient = [_text(dataset, "PatientName")]
    ident = _text(dataset, "PatientID")
    born = _date(_text(dataset, "PatientBirthDate"))
    sex = _text(dataset, "PatientSex")
    if ident:
        patient.append(translate("Overlays", "ID {value}").format(value=ident))
    details = " · ".join(
        v
        for v in (
            translate("Overlays", "born {value}").format(value=born) if born else "",
            QCoreApplication.translate(wording.CONTEXT, wording.cases.SEX.get(sex, ""))
            if sex
            else "",
        )
        if v
    )
    if details:
        patient.append(details)

    study = [
        " ".join(
            v
            for v in (
                _date(_text(dataset, "StudyDate")),
                _time(_text(dataset, "StudyTime")),
                _text(dataset, "StudyDescription"),
            )
            if v
        ),
        " ".join(
            v
            for v in (
                _text(dataset, "Modality"),
                translate("Overlays", "series {value}").format(value=_text(dataset, "SeriesNumber"))
                if _text(dataset, "SeriesNumber")
                else "",
                _text(dataset, "SeriesDescription"),
            )
            if v
        ),
    ]
    institution = _text(dataset, "InstitutionName")
    if institution:
        study.append(institution)

    where = [translate("Overlays", "Image {n} of {total}").format(n=image + 1, total=images)]
    if frames > 1:
        where.append(
            translate("Overlays", "Frame {n} of {total}").format(n=frame + 1, total=frames)
        )
    thickness = _text(dataset, "SliceThickness")
    location = _text(dataset, "SliceLocation")
    if location:
        where.append(translate("Overlays", "Location {value} mm").format(value=_short(location)))
    if thickness:
        where.append(translate("Overlays", "Thickness {value} mm").format(value=_short(thickness)))

    how = []
    if window is not None:
        line = translate("Overlays", "W {width} L {center}").format(
            width=_short(window.width), center=_short(window.center)
        )
        how.append(f"{line} ({preset})" if preset else line)
    if zoom is not None:  # None: no picture on screen, so no zoom to speak of
        how.append(translate("Overlays", "Zoom {value}%").format(value=round(zoom * 100)))
    extras = []
    if rotation:
        extras.append(translate("Overlays", "rotated {value}°").format(value=rotation))
    if flipped:
        extras.append(translate("Overlays", "flipped"))
    if invert:
        extras.append(translate("Overlays", "inverted"))
    if extras:
        how.append(", ".join(extras))
    return {
        "top_left": [line for line in patient if line],
        "top_right": [line for line in study if line],
        "bottom_left": where,
        "bottom_right": how,
    }


def _short(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:.0f}" if abs(number) >= 100 or number == int(number) else f"{number:.1f}"
