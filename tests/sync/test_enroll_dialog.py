"""The Enroll dialog enrolls a clinic or a specialist alike from address and code, and shows
the role (and for a specialist, the name and registration) the code gave this computer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from desktop.views.sync_panel import EnrollDialog
from desktop.workers import DatabaseExecutor

sync_support = pytest.importorskip(
    "tests.support.running_service", reason="the reference service is missing"
)

pytestmark = pytest.mark.gui


@pytest.fixture
def executor(store, qtbot):
    owner = QObject()
    executor = DatabaseExecutor(store, owner)
    yield executor
    executor.shutdown(10_000)


def enroll_with(qtbot, store, executor, url: str, code: str) -> EnrollDialog:
    dialog = EnrollDialog(store, executor)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.code.setText(code)
    dialog.enroll_button.click()
    qtbot.waitUntil(lambda: dialog.enrollment is not None, timeout=20_000)
    return dialog


def test_a_specialist_code_shows_the_specialist_role_and_registration(
    qtbot, store, executor, tmp_path
):
    profile = {
        "name": "Dr Kavita Rao",
        "qualification": "MD",
        "council": "Karnataka Medical Council",
        "registration": "KMC-48213",
    }
    with sync_support.running_service(tmp_path / "service") as service:
        code = service.new_code("specialist", ["oncology"], profile)
        dialog = enroll_with(qtbot, store, executor, service.url, code)
    shown = dialog.enrolled_as.text()
    assert dialog.enrollment.role == "specialist"
    assert "specialist" in shown and "oncology" in shown
    assert "Dr Kavita Rao" in shown and "KMC-48213" in shown
    assert dialog.enroll_button.text() == "Done" and not dialog.cancel_button.isVisible()
    dialog.enroll_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_clinic_code_shows_the_clinic_role(qtbot, store, executor, tmp_path):
    with sync_support.running_service(tmp_path / "service") as service:
        code = service.new_code("clinic", profile={"name": "PHC Basti"})
        dialog = enroll_with(qtbot, store, executor, service.url, code)
    assert dialog.enrollment.role == "clinic"
    assert "clinic" in dialog.enrolled_as.text() and "PHC Basti" in dialog.enrolled_as.text()
