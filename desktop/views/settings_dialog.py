"""The Settings dialog: one section per subject: "Receive images from a modality",
"Language" (desktop.views.language_section, which applies at once), "Backup" (its section and
pages live in ``backup_dialog``), and the screen lock and staff sign-in
(``desktop.views.staff_page``, changes applied at once).

The receiver section switches the DICOM receiver on or off and sets its AE title, port, where
received images go (the incoming tray or one case) and, optionally, the AE titles of the
clinic's own machines. It also tells the clinic worker what to type into the scanner: this
computer's network address, the port and the AE title. Values are checked by
``local_store.receiver_settings`` (on the database executor) and each problem is shown under
its field; a port that another program holds is reported the same way after saving.
Thread-safety: GUI thread only; store calls go through the executor.
"""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.receiver_service import tr_receiver
from desktop.views.backup_dialog import backup_section
from desktop.views.language_section import LanguageSection
from desktop.views.screen_fit import fit_to_screen
from desktop.views.widgets import FieldRow, Section
from desktop.words import tr_error
from desktop.workers import call
from local_store import cases, receiver_settings
from local_store.errors import StoreError
from local_store.receiver_settings import (
    TARGET_INCOMING,
    InvalidReceiverSettings,
    ReceiverSettings,
)

WIDTH = 640


def _load(store):
    settings = receiver_settings.load(store)
    return settings, cases.list_cases(store)


def local_address() -> str | None:
    """This computer's address on the network its default route uses, if any.

    A UDP "connect" only asks the routing table (no packet, no name lookup), so it is instant
    and safe on the GUI thread, unlike resolving the host name.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never a real host
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith(("127.", "0.")) else address


class SettingsDialog(QDialog):
    def __init__(self, store, executor, service, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.service = service
        self.loaded = False
        self.address = local_address()
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(WIDTH + 60)

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._build_receiver_section()
        self.body_layout.addWidget(LanguageSection(store.data_dir))
        self.body_layout.addWidget(backup_section(store, executor, self))
        lock = getattr(parent, "lock", None)  # the main window's ScreenLock
        if lock is not None:
            from desktop.views.staff_page import LockSettings

            self.lock_settings = LockSettings(lock)
            self.body_layout.addWidget(self.lock_settings)
        self.body_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        fit_to_screen(self, WIDTH + 60, 720)

        self.executor.submit(
            call(_load, store), succeeded=self._on_loaded, failed=self._on_load_failed
        )

    # ------------------------------------------------------------------ layout

    def _build_receiver_section(self) -> None:
        section = Section(self.tr("Receive images from a modality"))
        intro = QLabel(
            self.tr(
                "CaseBridge can receive images sent straight from a scanner, X-ray or "
                "ultrasound machine on this clinic's network (DICOM send). Images arrive "
                "encrypted; nothing is sent out."
            )
        )
        intro.setWordWrap(True)
        section.body.addWidget(intro)
        self.enabled = QCheckBox(self.tr("Receive images on this computer"))
        self.enabled.toggled.connect(self._update_enabled)
        section.body.addWidget(self.enabled)

        self.ae_title = QLineEdit()
        self.ae_title.setMaxLength(32)  # longer than allowed, so the rule is explained
        self.ae_row = FieldRow(
            self.tr("Name of this computer (AE title)"),
            self.ae_title,
            self.tr("Up to 16 letters or digits; the scanner must use the same name."),
        )
        self.port = QLineEdit()
        self.port.setMaxLength(6)
        self.port_row = FieldRow(
            self.tr("Port"),
            self.port,
            self.tr("1024 to 65535; 11112 is usual."),
        )
        self.target = QComboBox()
        self.target_row = FieldRow(
            self.tr("Put received images in"),
            self.target,
            self.tr(
                "The incoming tray keeps them until you file them to a case. Images of a "
                "different patient always wait in the tray."
            ),
        )
        self.known = QLineEdit()
        self.known.setPlaceholderText(self.tr("for example CT_ROOM1, XRAY2"))
        self.known_row = FieldRow(
            self.tr("Names of this clinic's machines (optional)"),
            self.known,
            self.tr(
                "Images from other machines are still received, and marked as from an "
                "unknown machine."
            ),
        )
        self.rows = {
            "receiver.ae_title": self.ae_row,
            "receiver.port": self.port_row,
            "receiver.target": self.target_row,
            "receiver.known_callers": self.known_row,
        }
        # Whether it is receiving now comes first: it is what people open Settings to check.
        self.state = QLabel()
        self.state.setObjectName("banner")
        self.state.setWordWrap(True)
        section.body.addWidget(self.state)
        pair = QHBoxLayout()
        pair.setSpacing(16)
        pair.addWidget(self.ae_row, 3, Qt.AlignmentFlag.AlignTop)
        pair.addWidget(self.port_row, 2, Qt.AlignmentFlag.AlignTop)
        section.body.addLayout(pair)
        section.body.addWidget(self.target_row)
        section.body.addWidget(self.known_row)

        self.how_to = QLabel()
        self.how_to.setObjectName("banner")
        self.how_to.setWordWrap(True)
        self.how_to.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        section.body.addWidget(self.how_to)
        self.body_layout.addWidget(section)
        self.ae_title.textChanged.connect(self._update_how_to)
        self.port.textChanged.connect(self._update_how_to)

    # ------------------------------------------------------------------ values

    @Slot(object)
    def _on_loaded(self, result) -> None:
        settings, case_rows = result
        self.target.clear()
        self.target.addItem(self.tr("The incoming tray (file them later)"), TARGET_INCOMING)
        for row in case_rows:
            name = row.patient_name or self.tr("(no name yet)")
            label = f"{name} · {row.id[:8]}"
            if row.hospital_id:
                label = f"{name} · {row.hospital_id} · {row.id[:8]}"
            self.target.addItem(label, row.id)
        self.enabled.setChecked(settings.enabled)
        self.ae_title.setText(settings.ae_title)
        self.port.setText(str(settings.port))
        index = self.target.findData(settings.target)
        if index < 0:
            # The chosen case is gone: show that, rather than silently switching to the tray.
            self.target.addItem(self.tr("A case that no longer exists"), settings.target)
            index = self.target.count() - 1
            self.target_row.set_problem("target_case_missing", tr_receiver("target_case_missing"))
        self.target.setCurrentIndex(index)
        self.known.setText(", ".join(settings.known_callers))
        self._update_enabled()
        self._show_state()
        self.save_button.setEnabled(True)
        self.loaded = True

    @Slot(object)
    def _on_load_failed(self, error) -> None:
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.state.setText(tr_error(code))
        self.state.setProperty("kind", "problem")
        self._repolish(self.state)

    def candidate(self) -> ReceiverSettings:
        known = tuple(t.strip() for t in self.known.text().split(",") if t.strip())
        return ReceiverSettings(
            enabled=self.enabled.isChecked(),
            ae_title=self.ae_title.text(),
            port=receiver_settings.parse_port(self.port.text()),
            target=self.target.currentData() or TARGET_INCOMING,
            known_callers=known,
        )

    @Slot()
    def _update_enabled(self) -> None:
        on = self.enabled.isChecked()
        for row in self.rows.values():
            row.setEnabled(on)
        self._update_how_to()

    @Slot()
    def _update_how_to(self) -> None:
        if not self.enabled.isChecked():
            self.how_to.hide()
            return
        address = self.address or self.tr("(see this computer's network settings)")
        text = self.tr(
            "On the scanner, add this computer as a destination:\n"
            "IP address: %1    Port: %2    AE title: %3"
        )
        text = text.replace("%1", address).replace("%2", self.port.text().strip())
        self.how_to.setText(text.replace("%3", self.ae_title.text().strip()))
        self.how_to.show()

    def _show_state(self) -> None:
        service = self.service
        if service.listening:
            text = self.tr("Receiving now: listening as %1 on port %2.")
            text = text.replace("%1", service.settings.ae_title)
            self.state.setText(text.replace("%2", str(service.settings.port)))
            self.state.setProperty("kind", "ok")
        elif service.error_code:
            self.state.setText(tr_receiver(service.error_code))
            self.state.setProperty("kind", "problem")
        else:
            self.state.setText(self.tr("Receiving is switched off."))
            self.state.setProperty("kind", "")
        self._repolish(self.state)

    @staticmethod
    def _repolish(widget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # ------------------------------------------------------------------ saving

    @Slot()
    def save(self) -> None:
        for row in self.rows.values():
            row.set_problem(None)
        self.save_button.setEnabled(False)
        self.executor.submit(
            call(receiver_settings.save, self.store, self.candidate()),
            succeeded=self._on_saved,
            failed=self._on_save_failed,
        )

    @Slot(object)
    def _on_saved(self, settings) -> None:
        self.save_button.setEnabled(True)
        code = self.service.apply(settings)
        if code is None:
            self.accept()
            return
        # Saved, but not listening: say why next to the port and keep the dialog open.
        self.port_row.set_problem(code, tr_receiver(code))
        self._show_state()

    @Slot(object)
    def _on_save_failed(self, error) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidReceiverSettings):
            for problem in error.problems:
                row = self.rows.get(problem.field)
                if row is not None and row.problem_code is None:
                    row.set_problem(problem.code, tr_receiver(problem.code))
            self.state.setText(tr_receiver(error.code))
            self.state.setProperty("kind", "problem")
            self._repolish(self.state)
            return
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.state.setText(tr_error(code))
        self.state.setProperty("kind", "problem")
        self._repolish(self.state)
