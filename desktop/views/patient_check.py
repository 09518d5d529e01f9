"""The patient check: a scan's patient side by side with the case's, before anything is attached.

Shown by the import dialog for each DICOM patient whose name, ID or birth date differ from the
case's patient (``importer.patient_mismatches``). The rows that differ are marked in words as
well as colour. "Do not attach" is the default button, so Enter never attaches another
person's scan by accident. Accepted means "same patient, attach"; rejected means "leave out".
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop.words import tr_sex
from local_store.models import Patient

WIDTH = 680
DIFFERS_STYLE = "background: #fde2e4; color: #8a0015; font-weight: bold; padding: 6px;"
SAME_STYLE = "padding: 6px;"


def dicom_name(name: str) -> str:
    """DICOM person names separate their parts with ^ (FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX)."""
    parts = [part.strip() for part in str(name or "").split("=")[0].split("^")]
    return " ".join(part for part in parts if part)


class PatientCheckDialog(QDialog):
    def __init__(self, patient: Patient, mismatch, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the patient before attaching"))
        self.setModal(True)
        self.setMinimumWidth(WIDTH)
        dicom = mismatch.dicom
        self.differs = set(mismatch.differs)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(self.tr("Is this the same patient?"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        files = dicom.files
        studies = len(dicom.study_uids)
        if files == 1:
            lead = self.tr("1 scan file names a patient whose details do not match this case.")
        else:
            lead = self.tr(
                "%1 scan files name a patient whose details do not match this case."
            ).replace("%1", str(files))
        if studies > 1:
            lead += " " + self.tr("They hold %1 different scans.").replace("%1", str(studies))
        explain = QLabel(
            lead
            + " "
            + self.tr(
                "Check with the patient or the CD cover. Attach them only if they are the same "
                "person."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        grid = QGridLayout()
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(2)
        for column, text in enumerate(("", self.tr("In this case"), self.tr("On the scan"), "")):
            header = QLabel(text)
            header.setObjectName("fieldLabel")
            header.setStyleSheet(SAME_STYLE)
            grid.addWidget(header, 0, column)
        case_birth = patient.birth_date or (
            self.tr("age %1 (no birth date)").replace("%1", str(patient.age_years))
            if patient.age_years is not None
            else ""
        )
        rows = (
            ("name", self.tr("Name"), patient.name, dicom_name(dicom.name)),
            ("birth_date", self.tr("Date of birth"), case_birth, dicom.birth_date),
            ("patient_id", self.tr("Patient ID"), patient.hospital_id, dicom.patient_id),
            ("sex", self.tr("Sex"), tr_sex(patient.sex), tr_sex(dicom.sex or "U")),
        )
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        missing = self.tr("(not recorded)")
        for row, (key, label, ours, theirs) in enumerate(rows, start=1):
            differs = key in self.differs
            name = QLabel(label)
            name.setObjectName("fieldLabel")
            left = QLabel(ours or missing)
            right = QLabel(theirs or missing)
            marker = QLabel(self.tr("Differs") if differs else self.tr("Same"))
            for cell in (name, left, right, marker):
                cell.setStyleSheet(DIFFERS_STYLE if differs else SAME_STYLE)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            left.setWordWrap(True)
            right.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(left, row, 1)
            grid.addWidget(right, row, 2)
            grid.addWidget(marker, row, 3)
            self.cells[key] = (left, right, marker)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(grid)
        layout.addWidget(frame)

        hint = QLabel(
            self.tr(
                "If you leave them out, none of these scan files are attached; the other "
                "files you chose are still imported."
            )
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Same patient: attach"))
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.accept)
        self.leave_out_button = QPushButton(self.tr("Not this patient: leave out"))
        self.leave_out_button.setObjectName("primaryButton")
        self.leave_out_button.setDefault(True)
        self.leave_out_button.clicked.connect(self.reject)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        buttons.addWidget(self.leave_out_button)
        layout.addLayout(buttons)
        self.leave_out_button.setFocus()
