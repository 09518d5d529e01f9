"""The viewer's corner texts on real DICOM: dates in words as the rest of the app writes them
(the month in Hindi when the screens are in Hindi), the study time as HH:MM, and a date or time
the file writes some other way shown as it is rather than dropped."""

from __future__ import annotations

import pydicom
import pytest
from PySide6.QtWidgets import QApplication

from desktop import language
from desktop.viewers.dicom_viewer import DicomViewerWindow
from desktop.viewers.overlays import corners
from testdata import dicom
from tests.support.series_inputs import series_of

pytestmark = pytest.mark.gui


def corner_texts(path) -> dict[str, list[str]]:
    dataset = pydicom.dcmread(path, stop_before_pixels=True)
    return corners(
        dataset,
        image=0,
        images=1,
        frame=0,
        frames=1,
        window=None,
        preset="",
        zoom=None,
        rotation=0,
        flipped=False,
        invert=False,
    )


def test_the_open_viewer_writes_dates_in_words_and_the_time_as_hours_and_minutes(
    qtbot, tmp_path, english
):
    files = dicom.chest_plain_ct(tmp_path / "ct", 2)  # studied 18 Nov 2026 at 10:15:00
    window = DicomViewerWindow([series_of(files, "Chest plain 5 mm", "CT")])
    qtbot.addWidget(window)
    window.show()
    viewport = window.active
    qtbot.waitUntil(lambda: viewport.shown is not None, timeout=20000)
    overlay = viewport.canvas.overlay_text
    assert overlay["top_left"][2] == "born 14 Aug 1971 · Female"  # Sunita's, 19710814
    assert overlay["top_right"][0] == "18 Nov 2026 10:15 CT CHEST"  # the study's description
    window.close()


def test_hindi_months_in_the_corner(tmp_path, english):
    path = dicom.ct_image(tmp_path / "ct.dcm", StudyDate="20240131", StudyTime="0705")
    language.install(QApplication.instance(), "hi")
    study = corner_texts(path)["top_right"][0]
    assert study.startswith("31 जन॰ 2024 07:05")


@pytest.mark.parametrize(
    ("study_date", "study_time", "shown"),
    [
        ("2024.01.31", "07:05:09", "31 Jan 2024 07:05"),  # the older ACR-NEMA way of writing
        ("20240131", "235959.123456", "31 Jan 2024 23:59"),
        ("20241341", "10", "20241341 10:00"),  # no 13th month: as the file has it
        ("unknown", "2561", "unknown 2561"),  # no 25th hour either
    ],
)
def test_dates_and_times_as_written_in_files(tmp_path, english, study_date, study_time, shown):
    path = dicom.ct_image(
        tmp_path / "ct.dcm", StudyDate=study_date, StudyTime=study_time, StudyDescription="Chest"
    )
    assert corner_texts(path)["top_right"][0] == shown + " Chest"


def test_a_birth_date_that_does_not_read_is_still_shown(tmp_path, english):
    path = dicom.ct_image(tmp_path / "ct.dcm", PatientBirthDate="1971")
    assert any(line.startswith("born 1971") for line in corner_texts(path)["top_left"])
