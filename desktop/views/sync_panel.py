"""The Sync panel (what is being sent, per case and per file) and the Enroll dialog.

``SyncPanel`` lists the outbox (``local_store.outbox.list_entries``, read on the database
executor every second while it is open): case, size, state, percent, tries and the last
problem; below, the files of the chosen case with their progress. The engine's live
``SyncProgress`` (from ``SyncService.progress``) moves the percent between reads. The last
error is said in plain words with what to do (wording.sync); Pause/Resume and Send now call
the engine. A case whose opinion came back says so: "Opinion received", or "Opinion kept out"
with the reason in plain words (sync.opinion_inbox.by_bundle, wording.sync). A bundle still
waiting can be saved to a USB stick to carry (``SaveToStickDialog``), and a .cbundle brought
on one opened to send on from here (``OpenCarriedDialog``); such a bundle's row says which
clinic computer it was carried from.
``EnrollDialog`` asks for the service address and the one-time code and calls
``sync.enrollment.enroll`` on the executor (a one-off, bounded by the HTTP timeouts).
Thread-safety: GUI thread only.
"""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casework.case_state import entry_state
from desktop.views.carry_dialogs import OpenCarriedDialog, SaveToStickDialog, short_device
from desktop.views.screen_fit import fit_to_screen
from desktop.views.sync_indicator import percent, progress_summary, sync_error_text
from desktop.words import tr_duration, tr_marked, tr_size, tr_time_left
from desktop.workers import call
from local_store import cases
from local_store import outbox as outbox_store
from sync import enrollment as enrollment_module
from sync import opinion_inbox
from wording import carry as carry_words

REFRESH_MS = 1000
BUNDLE_COLUMNS = 6
CASE, SIZE, STATE, SENT, TRIES, PROBLEM = range(BUNDLE_COLUMNS)


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncPanel", text)


def load_outbox(store) -> list[tuple[object, str]]:
    """Outbox entries, newest first, each with the patient's name (or the case number)."""
    rows = []
    names: dict[str, str] = {}
    for entry in outbox_store.list_entries(store):
        if entry.case_id not in names:
            try:
                names[entry.case_id] = cases.get_case(store, entry.case_id).patient.name.strip()
            except Exception:  # a case removed since: the bundle still shows
                names[entry.case_id] = ""
        rows.append((entry, names[entry.case_id]))
    return rows


def load_panel(store) -> tuple[list[tuple[object, str]], dict[str, object]]:
    """The outbox rows (``load_outbox``) and what came back on each bundle
    (``sync.opinion_inbox.by_bundle``), read together."""
    return load_outbox(store), opinion_inbox.by_bundle(store)


def state_text(entry) -> str:
    """The bundle's state in words; the state is casework.case_state's, the one the case list
    and the case header show, so the screens never disagree."""
    state = entry_state(entry)
    if state.code == "send_problem" and entry.state == "queued":
        return _t("Waiting")  # not started yet: the problem column says what went wrong
    if state.code == "sending" and entry.state == "committing":
        return _t("Finishing")
    return {
        "queued": _t("Waiting"),
        "sending": _t("Sending"),
        "send_problem": _t("Interrupted: resumes by itself"),
        "not_sent": _t("Not sent: see the problem"),
        "delivered": _t("Delivered"),
        "assigned": _t("Delivered · with a specialist"),
        "in_review": _t("Delivered · being reviewed"),
        "opinion_ready": _t("Opinion ready"),
        "refused": _t("Refused by the service"),
    }.get(state.code, entry.state)


def error_words(code: str | None) -> str:
    return sync_error_text(code) if code else ""


class SyncPanel(QDialog):
    def __init__(self, store, executor, service, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.service = service
        self.rows: list[tuple[object, str]] = []
        self.opinions: dict[str, object] = {}  # bundle id -> sync.opinion_inbox.BundleOpinions
        self.loaded = False
        self._loading = False
        self.setWindowTitle(self.tr("Sending and receiving"))
        fit_to_screen(self, 1040, 600)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("dialogTitle")
        self.status.setWordWrap(True)
        top.addWidget(self.status, 1)
        self.pause_button = QPushButton(self.tr("Pause sending"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.setToolTip(self.tr("Try again at once instead of waiting"))
        self.send_button.clicked.connect(self.send_now)
        top.addWidget(self.pause_button)
        top.addWidget(self.send_button)
        layout.addLayout(top)
        self.detail = QLabel()
        self.detail.setObjectName("fieldHint")
        self.detail.setWordWrap(True)
        layout.addWidget(self.detail)
        self.error = QLabel()
        self.error.setObjectName("banner")
        self.error.setProperty("kind", "problem")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("No cases waiting to be sent."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, BUNDLE_COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Size"),
                self.tr("State"),
                self.tr("Sent"),
                self.tr("Tries"),
                self.tr("Last problem"),
            ]
        )
        self._table_look(self.table)
        header = self.table.horizontalHeader()
        for column in (SIZE, STATE, SENT, TRIES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CASE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(CASE, 200)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_files)
        split.addWidget(self.table)
        files_box = QWidget()
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 6, 0, 0)
        self.files_title = QLabel(self.tr("Files of the chosen case"))
        self.files_title.setObjectName("fieldLabel")
        files_layout.addWidget(self.files_title)
        self.files = QTableWidget(0, 4)
        self.files.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Sent"), self.tr("State")]
        )
        self._table_look(self.files)
        fheader = self.files.horizontalHeader()
        fheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            fheader.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        files_layout.addWidget(self.files)
        split.addWidget(files_box)
        split.setSizes([260, 220])
        self.stack.addWidget(split)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.save_stick_button = QPushButton(self.tr("Save to USB stick…"))
        self.save_stick_button.setToolTip(
            self.tr("Carry the chosen case to a connected clinic; it also stays queued here")
        )
        self.save_stick_button.setEnabled(False)
        self.save_stick_button.clicked.connect(self.save_to_stick)
        bottom.addWidget(self.save_stick_button)
        self.open_stick_button = QPushButton(self.tr("Open a bundle from a USB stick…"))
        self.open_stick_button.clicked.connect(self.choose_carried)
        bottom.addWidget(self.open_stick_button)
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        service.progress.connect(self._on_progress)
        service.enrollment_changed.connect(self._on_enrollment)
        self._show_status(service.latest)

    @staticmethod
    def _table_look(table: QTableWidget) -> None:
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(32)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)

    # ------------------------------------------------------------------ reading

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    @Slot()
    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.executor.submit(
            call(load_panel, self.store), succeeded=self._on_loaded, failed=self._on_load_failed
        )

    @Slot(object)
    def _on_loaded(self, loaded) -> None:
        self._loading = False
        chosen = self.chosen_bundle()
        rows, self.opinions = loaded
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, (entry, name) in enumerate(rows):
            label = self.row_label(entry, name)
            problem = error_words(entry.last_error) if entry.state != "sent" else ""
            if problem and entry.kind == outbox_store.KIND_CARRIED:
                carried = carry_words.CARRIED_REFUSED.get(entry.last_error or "")
                problem = tr_marked(carried) if carried else problem
            state = state_text(entry)
            back = self.opinions.get(entry.bundle_id)
            kept_out = False
            if back is not None and entry.state == "sent":
                state = self.tr("Opinion received") if back.received else state
                if back.refused:
                    problem = error_words(back.refused)
                    kept_out = not back.received
                    state = self.tr("Opinion kept out") if kept_out else state
            values = (
                label,
                tr_size(entry.size_cipher),
                state,
                f"{percent(entry.sent_bytes, entry.size_cipher)}%",
                str(entry.attempts),
                problem,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == CASE:
                    item.setData(Qt.ItemDataRole.UserRole, entry.bundle_id)
                if c == STATE and (kept_out or (entry.last_error and entry.state != "sent")):
                    item.setForeground(Qt.GlobalColor.darkRed)
                if c == PROBLEM and problem:
                    item.setToolTip(problem)
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.stack.setCurrentIndex(1 if rows else 0)
        self.empty.setText(self.tr("No cases waiting to be sent."))
        self._apply_live()
        if rows:
            row = next((i for i, (e, _) in enumerate(rows) if e.bundle_id == chosen), 0)
            if self.table.currentRow() != row:
                self.table.selectRow(row)
            else:
                self._show_files()
        self._show_status(self.service.latest)
        self.loaded = True

    @Slot(object)
    def _on_load_failed(self, error) -> None:
        self._loading = False
        self.error.setText(error_words(getattr(error, "code", "store_error")))
        self.error.show()

    def row_label(self, entry, name: str) -> str:
        if entry.kind == outbox_store.KIND_CARRIED:
            return tr_marked(carry_words.CARRIED_FROM).replace(
                "%1", short_device(entry.carried_from or "")
            )
        return name or self.tr("Case %1").replace("%1", entry.case_id[:8])

    def chosen_entry(self):
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return None
        return self.rows[row]

    @Slot()
    def save_to_stick(self) -> None:
        chosen = self.chosen_entry()
        if chosen is None:
            return
        entry, name = chosen
        dialog = SaveToStickDialog(self.store, entry.bundle_id, self.row_label(entry, name), self)
        dialog.exec()

    @Slot()
    def choose_carried(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a bundle from a USB stick"),
            "",
            self.tr("CaseBridge bundles (*.cbundle)"),
        )
        if path:
            self.open_carried(Path(path))

    def open_carried(self, path: Path) -> OpenCarriedDialog:
        dialog = OpenCarriedDialog(self.store, path, self)
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    def chosen_bundle(self) -> str | None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return None
        return self.rows[row][0].bundle_id

    def file_label(self, f) -> str:
        """What a bundle file holds, in the clinic's words (its name in the bundle is fNNN.age)."""
        if f.label:
            return f.label
        if f.name == "manifest.age":
            return self.tr("Case details and index")
        return f.name

    def live_file_label(self, progress) -> str:
        for entry, _name in self.rows:
            if entry.bundle_id == progress.bundle_id:
                for f in entry.files:
                    if f.name == progress.file_name:
                        return self.file_label(f)
        return progress.file_name

    @Slot()
    def _show_files(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            self.files.setRowCount(0)
            self.save_stick_button.setEnabled(False)
            return
        entry, name = self.rows[row]
        # Only a bundle of this computer's own, still waiting, can be carried.
        self.save_stick_button.setEnabled(
            entry.kind == outbox_store.KIND_BUNDLE and entry.state in outbox_store.OPEN_STATES
        )
        if entry.kind == outbox_store.KIND_CARRIED:
            name = self.row_label(entry, name)
        self.files_title.setText(
            self.tr("Files of %1").replace("%1", name or self.tr("the chosen case"))
        )
        live = self.service.latest
        # What is still to go comes first: the file being sent, then those waiting.
        files = sorted(entry.files, key=lambda f: f.offset >= f.size > 0)
        self.files.setRowCount(len(files))
        for r, f in enumerate(files):
            offset = f.offset
            if (
                live is not None
                and live.bundle_id == entry.bundle_id
                and live.file_name == f.name
                and live.file_done is not None
            ):
                offset = max(offset, live.file_done)
            done = f.state in ("done", "sent", "uploaded") or offset >= f.size > 0
            values = (
                self.file_label(f),
                tr_size(f.size),
                f"{percent(offset, f.size) if f.size else 100}%",
                self.tr("Sent") if done else (self.tr("Sending") if offset else self.tr("Waiting")),
            )
            for c, value in enumerate(values):
                self.files.setItem(r, c, QTableWidgetItem(value))

    # ------------------------------------------------------------------ live progress

    @Slot(object)
    def _on_progress(self, progress) -> None:
        self._show_status(progress)
        self._apply_live()
        if progress is not None and progress.bundle_id == self.chosen_bundle():
            self._show_files()

    def _apply_live(self) -> None:
        live = self.service.latest
        if live is None or live.state != "sending" or not live.bundle_id:
            return
        for r, (entry, _name) in enumerate(self.rows):
            if entry.bundle_id == live.bundle_id and live.bundle_total:
                item = self.table.item(r, SENT)
                if item is not None:
                    item.setText(f"{percent(live.bundle_done, live.bundle_total)}%")
                state = self.table.item(r, STATE)
                if state is not None:
                    state.setText(_t("Sending"))

    def _show_status(self, progress) -> None:
        paused = progress is not None and progress.state == "paused"
        self.pause_button.setText(self.tr("Resume sending") if paused else self.tr("Pause sending"))
        if self.service.enrollment is None and progress is None:
            self.status.setText(self.tr("This computer is not enrolled with an opinion service."))
            self.detail.setText(
                self.tr(
                    "Use Enroll… in the toolbar with the address and code the service gave you."
                )
            )
            self.pause_button.setEnabled(False)
            self.send_button.setEnabled(False)
            return
        self.pause_button.setEnabled(True)
        self.send_button.setEnabled(True)
        text, _style = progress_summary(progress)
        self.status.setText(text or self.tr("Starting…"))
        detail = ""
        if progress is not None and progress.state == "sending" and progress.file_name:
            detail = self.tr("Now sending %1: %2 of %3").replace(
                "%1", self.live_file_label(progress)
            )
            detail = detail.replace("%2", tr_size(progress.file_done or 0))
            detail = detail.replace("%3", tr_size(progress.file_total or 0))
        elif progress is not None and progress.state == "receiving" and progress.file_name:
            detail = self.tr("Now receiving %1: %2 of %3, %4").replace("%1", progress.file_name)
            detail = detail.replace("%2", tr_size(progress.bundle_done or 0))
            detail = detail.replace("%3", tr_size(progress.bundle_total or 0))
            detail = detail.replace("%4", tr_time_left(progress.seconds_left))
        elif paused:
            detail = self.tr("Nothing is sent until you click Resume sending.")
        elif progress is not None and progress.retry_at:
            detail = self.tr("The next try is %1. Click Send now to try at once.").replace(
                "%1", self._retry_text(progress.retry_at)
            )
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        code = progress.last_error if progress is not None else None
        if code:
            self.error.setText(self.tr("Last problem: %1").replace("%1", error_words(code)))
            self.error.show()
        else:
            self.error.hide()

    def _retry_text(self, retry_at) -> str:
        import time

        try:
            seconds = float(retry_at) - time.time()
        except (TypeError, ValueError):
            return self.tr("soon")
        if seconds <= 1:
            return self.tr("now")
        return self.tr("in %1").replace("%1", tr_duration(seconds))

    # ------------------------------------------------------------------ controls

    @Slot()
    def toggle_pause(self) -> None:
        if self.service.paused:
            self.service.resume()
        else:
            self.service.pause()
        self.pause_button.setEnabled(False)  # until the engine reports its new state
        QTimer.singleShot(600, self._enable_pause)

    @Slot()
    def _enable_pause(self) -> None:
        self.pause_button.setEnabled(True)

    @Slot()
    def send_now(self) -> None:
        self.service.send_now()

    @Slot(object)
    def _on_enrollment(self, _enrollment) -> None:
        self._show_status(self.service.latest)


class EnrollDialog(QDialog):
    """Enroll this computer with an opinion service: its address and the one-time code."""

    def __init__(self, store, executor, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.executor = executor
        self.enrollment = None
        self.setWindowTitle(self.tr("Enroll with an opinion service"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The opinion service gives each clinic an address and a one-time code. "
                "Enter them here once; cases are then sent to that service."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://opinions.example.org")
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("The code you were given"))
        form.addRow(self.tr("Service address"), self.url)
        form.addRow(self.tr("Enrollment code"), self.code)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        # After enrolling: the role the code gave this computer, and who the service knows.
        self.enrolled_as = QLabel()
        self.enrolled_as.setObjectName("enrolledAs")
        self.enrolled_as.setWordWrap(True)
        self.enrolled_as.hide()
        layout.addWidget(self.enrolled_as)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.cancel_button = cancel
        self.enroll_button = QPushButton(self.tr("Enroll"))
        self.enroll_button.setObjectName("primaryButton")
        self.enroll_button.clicked.connect(self.enroll)
        buttons.addWidget(cancel)
        buttons.addWidget(self.enroll_button)
        layout.addLayout(buttons)

    @Slot()
    def enroll(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url or not code:
            self._problem(self.tr("Enter both the service address and the code."))
            return
        self.enroll_button.setEnabled(False)
        self.enroll_button.setText(self.tr("Enrolling…"))
        self.problem.hide()
        self.executor.submit(
            # The label tells the service's administrator which computer this is.
            call(enrollment_module.enroll, self.store, url, code, label=socket.gethostname()),
            succeeded=self._on_enrolled,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_enrolled(self, enrollment) -> None:
        """Shows what the code made of this computer; Done closes."""
        self.enrollment = enrollment
        self.enrolled_as.setText(self.enrolled_words(enrollment))
        self.enrolled_as.show()
        self.url.setEnabled(False)
        self.code.setEnabled(False)
        self.cancel_button.hide()
        self.enroll_button.setEnabled(True)
        self.enroll_button.setText(self.tr("Done"))
        self.enroll_button.clicked.disconnect()
        self.enroll_button.clicked.connect(self.accept)

    def enrolled_words(self, enrollment) -> str:
        if enrollment.role == "specialist":
            lines = [
                self.tr("Enrolled as a specialist for: {specialties}.").format(
                    specialties=", ".join(enrollment.specialties) or "-"
                )
            ]
            name = enrollment.profile.get("name", "")
            if name:
                details = [
                    enrollment.profile.get(key, "")
                    for key in ("qualification", "council", "registration")
                ]
                lines.append(
                    self.tr("The service knows you as {name} ({details}).").format(
                        name=name, details=", ".join(d for d in details if d) or "-"
                    )
                )
            lines.append(self.tr("Cases assigned to you will come to this computer."))
            return "\n".join(lines)
        name = enrollment.profile.get("name", "")
        text = self.tr("Enrolled as a clinic. Cases you send go to this service.")
        if name:
            text += "\n" + self.tr("The service knows this clinic as {name}.").format(name=name)
        return text

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.enroll_button.setEnabled(True)
        self.enroll_button.setText(self.tr("Enroll"))
        self._problem(error_words(getattr(error, "code", None) or "store_error"))

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
