"""The incoming tray: images received from a modality, by patient and study, to file or discard.

A tree lists each patient as the scanner named them, and under each their studies (date,
description, modalities, number of images, which machine sent them, and why they wait here).
"File to case…" asks for a case and moves the selected studies onto it through the import
pipeline, on the import pool; if the images name another patient, the clinic worker must
confirm (the default answer is No). "Discard…" removes them after a confirmation. The view
refreshes itself, at most a few times a second, while images arrive.
Thread-safety: GUI thread only; store calls go through the executor, filing runs on the pool.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from desktop.receiver_service import tr_incoming_reason, tr_receiver
from desktop.words import tr_sex
from desktop.workers import call
from local_store import cases, incoming
from local_store.errors import StoreError

IDS_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_DELAY_MS = 400


def person_name(dicom_name: str) -> str:
    """A DICOM person name (FAMILY^GIVEN^MIDDLE) as words."""
    parts = [part.strip() for part in (dicom_name or "").split("=")[0].split("^")]
    return " ".join(part for part in parts if part)


def dicom_date(value: str) -> str:
    """YYYYMMDD (as DICOM sends it) or ISO, shown as YYYY-MM-DD."""
    value = (value or "").strip()
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value


def _load(store):
    return incoming.group(incoming.list_incoming(store))


class IncomingDialog(QDialog):
    changed = Signal(int)  # items left in the tray

    def __init__(self, store, executor, pool, service=None, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.pool = pool
        self.loaded = False
        self.busy = False
        self.patients: list[incoming.IncomingPatient] = []
        self.setWindowTitle(self.tr("Incoming images"))
        self.resize(1120, 560)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Images received from scanners"))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        explain = QLabel(
            self.tr(
                "Choose a patient or a study, then file it to the right case. Check the name "
                "and date: a scanner may send images of several patients."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)

        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "Nothing is waiting.\nImages a scanner sends to this computer appear here "
                "until you file them to a case."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Patient / study"),
                self.tr("Study date"),
                self.tr("Images"),
                self.tr("Sent by"),
                self.tr("Note"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((340, 110, 80, 240)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        layout.addWidget(self.stack, 1)

        self.message = QLabel()
        self.message.setObjectName("banner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.clicked.connect(self.discard_selected)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.file_button = QPushButton(self.tr("File to case…"))
        self.file_button.setObjectName("primaryButton")
        self.file_button.clicked.connect(self.file_selected)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.file_button)
        layout.addLayout(buttons)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        if service is not None:
            service.received.connect(self._on_received)
        self._update_buttons()
        self.refresh()

    # ------------------------------------------------------------------ listing

    @Slot()
    def refresh(self) -> None:
        self.executor.submit(call(_load, self.store), succeeded=self._on_loaded, failed=self._fail)

    @Slot(object)
    def _on_received(self, _received) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @Slot(object)
    def _on_loaded(self, patients) -> None:
        selected = {tuple(i.data(0, IDS_ROLE)) for i in self.tree.selectedItems()}
        self.patients = patients
        self.tree.clear()
        for patient in patients:
            top = QTreeWidgetItem(self.tree, [self._patient_text(patient)])
            top.setData(0, IDS_ROLE, patient.item_ids)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            # The patient line spans the row, so name, ID, sex and birth date are never cut.
            top.setFirstColumnSpanned(True)
            for study in patient.studies:
                child = QTreeWidgetItem(top, self._study_texts(study))
                child.setData(0, IDS_ROLE, study.item_ids)
                child.setToolTip(0, child.text(0))
                child.setToolTip(4, child.text(4))
            top.setExpanded(True)
            for item in [top, *(top.child(n) for n in range(top.childCount()))]:
                if tuple(item.data(0, IDS_ROLE)) in selected:
                    item.setSelected(True)
        total = sum(len(p.item_ids) for p in patients)
        self.stack.setCurrentIndex(1 if patients else 0)
        self.loaded = True
        self._update_buttons()
        self.changed.emit(total)

    def _patient_text(self, patient: incoming.IncomingPatient) -> str:
        name = person_name(patient.name) or self.tr("(no name in the images)")
        parts = [name]
        if patient.patient_id:
            parts.append(self.tr("ID %1").replace("%1", patient.patient_id))
        if patient.sex in ("F", "M", "O"):
            parts.append(tr_sex(patient.sex))
        if patient.birth_date:
            parts.append(self.tr("born %1").replace("%1", dicom_date(patient.birth_date)))
        images = sum(len(study.items) for study in patient.studies)
        parts.append(self.tr("%1 images").replace("%1", str(images)))
        return " · ".join(parts)

    def _study_texts(self, study: incoming.IncomingStudy) -> list[str]:
        what = study.description or self.tr("Study without a description")
        if study.modalities:
            what = f"{' + '.join(study.modalities)}: {what}"
        series = study.series_count
        images = self.tr("%1 in %2 series").replace("%1", str(len(study.items)))
        images = images.replace("%2", str(series))
        senders = []
        for title in study.calling_aes:
            known = any(i.caller_known for i in study.items if i.calling_ae == title)
            senders.append(title if known else self.tr("%1 (unknown machine)").replace("%1", title))
        reasons = {i.reason for i in study.items}
        reason = next((r for r in reasons if r != incoming.REASON_TRAY), incoming.REASON_TRAY)
        return [
            what,
            dicom_date(study.study_date),
            images if series > 1 else str(len(study.items)),
            ", ".join(senders),
            tr_incoming_reason(reason),
        ]

    def selected_ids(self) -> list[str]:
        ids: list[str] = []
        for item in self.tree.selectedItems():
            ids.extend(item.data(0, IDS_ROLE))
        return list(dict.fromkeys(ids))

    @Slot()
    def _update_buttons(self) -> None:
        has = bool(self.selected_ids()) and not self.busy
        self.file_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def _show(self, text: str, kind: str = "") -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    @Slot(object)
    def _fail(self, error) -> None:
        self.busy = False
        self._update_buttons()
        code = error.code if isinstance(error, StoreError) else "store_error"
        self._show(tr_receiver(code), "problem")

    # ------------------------------------------------------------------ discard

    @Slot()
    def discard_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if not self.confirm_discard(len(ids)):
            return
        self.executor.submit(
            call(incoming.discard, self.store, ids), succeeded=self._on_discarded, failed=self._fail
        )

    def confirm_discard(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard images"),
            self.tr(
                "Discard %1 received images? They are removed from this computer. The "
                "scanner can send them again if needed."
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    @Slot(object)
    def _on_discarded(self, count) -> None:
        self._show(self.tr("%1 images discarded.").replace("%1", str(count)), "ok")
        self.refresh()

    # ------------------------------------------------------------------ filing

    @Slot()
    def file_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        case_id = self.choose_case()
        if case_id:
            self._start_filing(ids, case_id, False)

    def choose_case(self) -> str | None:
        chooser = CaseChooser(self.store, self.executor, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        return chooser.case_id

    def _start_filing(self, ids: list[str], case_id: str, accept: bool) -> None:
        self.busy = True
        self._update_buttons()
        self._filing = (ids, case_id)
        self._show(self.tr("Filing %1 images…").replace("%1", str(len(ids))))
        store = self.store

        def work(cancel: threading.Event, progress):
            def report(p) -> None:
                progress(p.files_done / max(p.files_total, 1), "")

            return incoming.file_to_case(
                store,
                ids,
                case_id,
                accept_other_patients=accept,
                cancel=cancel,
                progress=report,
            )

        self.pool.submit(
            work,
            succeeded=self._on_filed,
            failed=self._on_file_failed,
            cancelled=self._on_file_cancelled,
        )

    @Slot(object)
    def _on_filed(self, report) -> None:
        self.busy = False
        text = self.tr("%1 images filed to the case.").replace("%1", str(report.filed))
        if report.kept:
            text += " " + tr_receiver("incoming_not_imported")
        self._show(text, "ok" if not report.kept else "problem")
        self.refresh()

    @Slot()
    def _on_file_cancelled(self) -> None:
        # Only closing the window cancels a filing; the tray is as it was.
        self.busy = False
        self.message.hide()
        self._update_buttons()

    @Slot(object)
    def _on_file_failed(self, error) -> None:
        if isinstance(error, incoming.OtherPatient):
            self.busy = False
            ids, case_id = self._filing
            if self.confirm_other_patient(error.mismatches):
                self._start_filing(ids, case_id, True)
            else:
                self.message.hide()
                self._update_buttons()
            return
        self._fail(error)

    def confirm_other_patient(self, mismatches) -> bool:
        names = []
        for mismatch in mismatches:
            dicom = mismatch.dicom
            text = person_name(dicom.name) or self.tr("(no name in the images)")
            if dicom.patient_id:
                text += " · " + self.tr("ID %1").replace("%1", dicom.patient_id)
            if dicom.birth_date:
                text += " · " + self.tr("born %1").replace("%1", dicom_date(dicom.birth_date))
            names.append(text)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Is this the same patient?"))
        box.setText(tr_receiver("incoming_other_patient"))
        box.setInformativeText(self.tr("The images name:") + "\n" + "\n".join(names))
        yes = box.addButton(self.tr("Same patient: file them"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Do not file"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


class CaseChooser(QDialog):
    """Pick the case to file images to: a search box over the case list."""

    def __init__(self, store, executor, parent=None) -> None:
        super().__init__(parent)
        self.case_id: str | None = None
        self.setWindowTitle(self.tr("File to which case?"))
        self.resize(560, 480)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: name, hospital ID or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(self._choose)
        self.list.currentItemChanged.connect(self._update)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok = QPushButton(self.tr("File here"))
        self.ok.setObjectName("primaryButton")
        self.ok.setEnabled(False)
        self.ok.clicked.connect(self._choose)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        executor.submit(call(cases.list_cases, store), succeeded=self._on_cases)

    @Slot(object)
    def _on_cases(self, rows) -> None:
        for row in rows:
            name = row.patient_name or self.tr("(no name yet)")
            extra = f" · {row.hospital_id}" if row.hospital_id else ""
            item = QListWidgetItem(f"{name}{extra} · {row.id[:8]}")
            item.setData(IDS_ROLE, row.id)
            self.list.addItem(item)
        self._filter(self.search.text())

    @Slot(str)
    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for n in range(self.list.count()):
            item = self.list.item(n)
            label = item.text().casefold()
            item.setHidden(not all(w in label for w in words))

    @Slot()
    def _update(self, *_args) -> None:
        self.ok.setEnabled(self.list.currentItem() is not None)

    @Slot()
    def _choose(self, *_args) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.case_id = item.data(IDS_ROLE)
        self.accept()
