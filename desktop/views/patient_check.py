"""The patient check: a scan's patient side by side with the case's, before anything is attached.

Shown by the import dialog for each DICOM patient whose name, ID, birth date or sex differ from
the case's patient (``importer.patient_mismatches``), graded by ``local_store.patient_match``:

- "id_only" (the name and birth date or age agree, only the other centre's patient ID differs,
  as on almost every CD): explained as normal and confirmed in one step; "Attach" is the
  default button.
- "identity" (the name, sex or birth date differ): the strict check. The rows that differ are
  marked in words as well as colour, and "Not this patient: leave out" is the default button,
  so Enter never attaches another person's scan by accident.

Accepted means "same patient, attach"; rejected means "leave out". Thread-safety: GUI thread
only.
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
NORMAL_DIFFERENCE_STYLE = "background: #fff4d6; padding: 6px;"
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
        self.id_only = mismatch.grade == "id_only"

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if self.id_only:
            self.setWindowTitle(self.tr("Check the scans before attaching"))
            title_text = self.tr("Same patient, another centre's ID number")
        else:
            title_text = self.tr("Is this the same patient?")
        title = QLabel(title_text)
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        explain = QLabel(self._id_only_text(mismatch) if self.id_only else self._strict_text(dicom))
        explain.setWordWrap(True)
        self.explain = explain
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
            if differs and self.id_only:
                marker = QLabel(self.tr("Differs (normal)"))
                style = NORMAL_DIFFERENCE_STYLE
            else:
                marker = QLabel(self.tr("Differs") if differs else self.tr("Same"))
                style = DIFFERS_STYLE if differs else SAME_STYLE
            for cell in (name, left, right, marker):
                cell.setStyleSheet(style)
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
        if self.id_only:
            self._add_one_step_buttons(layout)
        else:
            self._add_strict_buttons(layout)

    def _strict_text(self, dicom) -> str:
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
        return (
            lead
            + " "
            + self.tr(
                "Check with the patient or the CD cover. Attach them only if they are the same "
                "person."
            )
        )

    def _id_only_text(self, mismatch) -> str:
        if "birth_date" in mismatch.agrees:
            lead = self.tr("The name and the date of birth on the scans match this case.")
        else:
            lead = self.tr(
                "The name on the scans matches this case, and their date of birth fits the "
                "patient's age."
            )
        return (
            lead
            + " "
            + self.tr(
                "Only the patient ID differs. That is normal: every hospital and scan centre "
                "gives patients its own ID number."
            )
        )

    def _add_one_step_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QHBoxLayout()
        self.leave_out_button = QPushButton(self.tr("Leave out"))
        self.leave_out_button.setAutoDefault(False)
        self.leave_out_button.clicked.connect(self.reject)
        self.attach_button = QPushButton(self.tr("Attach to this case"))
        self.attach_button.setObjectName("primaryButton")
        self.attach_button.setDefault(True)
        self.attach_button.clicked.connect(self.accept)
        buttons.addWidget(self.leave_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        layout.addLayout(buttons)
        self.attach_button.setFocus()

    def _add_strict_buttons(self, layout: QVBoxLayout) -> None:
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
