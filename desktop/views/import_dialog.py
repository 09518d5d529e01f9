"""The import dialog: read the files, check the patient, save them, then say what happened.

One dialog runs the whole import of a drop, a file choice or a CD/USB into one case:
1. ``importer.scan`` on the import pool: copies from removable media and unpacks zips into a
   private work folder under the data folder, classifies every file (no database);
2. the patient check on the GUI thread: DICOM patients whose name, ID or birth date differ
   from the case's patient are shown side by side (``PatientCheckDialog``), one after another;
3. ``importer.run_import`` on the import pool, its database writes running on the store's
   writer (the database executor);
4. a summary page: what was attached, what was already there, and each file not imported with
   its reason in plain words. The work folder is deleted on a pool thread at the end.
Progress is polled from the work functions every 250 ms (files n of N, MB, files per second,
time left) rather than signalled per file, so a fast import cannot flood the GUI thread.
Thread-safety: GUI thread only; work runs on the pools.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.patient_check import PatientCheckDialog
from desktop.views.widgets import button_row, figures_grid, progress_bar
from desktop.words import (
    plural,
    tr_cancelled,
    tr_duration,
    tr_error,
    tr_import_note,
    tr_import_phase,
    tr_import_reject,
    tr_size,
)
from desktop.workers import DatabaseExecutor, JobPool
from local_store import cases
from local_store import importer as importer_module
from local_store.attachments import list_attachments
from local_store.errors import StoreError

POLL_MS = 250
MAX_REJECTED_SHOWN = 200  # a CD of 2,000 unreadable files needs no 2,000 lines
OTHER_PATIENT = "other_patient"  # the reject reason of files the user left out
# Rate and time left are shown only once they mean something.
MIN_ELAPSED_FOR_RATE_S = 0.5


def count(value) -> int:
    """ImportReport fields are counts or lists of what they count."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    return len(value)


class ProgressMeter:
    """Files per second and seconds left for one stage, from the latest progress figures.

    Made when the stage starts (at zero files), so the first figures already count; a new
    phase reported by the importer (copying, then scanning) starts its own count.
    """

    def __init__(self, clock=time.monotonic) -> None:
        self._clock = clock
        self._phase: str | None = None
        self._started = clock()
        self._start_files = 0
        self._start_bytes = 0

    def update(self, progress) -> tuple[float | None, float | None]:
        now = self._clock()
        if progress.phase != self._phase:
            if self._phase is not None:
                self._started = now
                self._start_files = progress.files_done
                self._start_bytes = progress.bytes_done
            self._phase = progress.phase
        elapsed = now - self._started
        files = progress.files_done - self._start_files
        if elapsed < MIN_ELAPSED_FOR_RATE_S or files <= 0:
            return None, None
        rate = files / elapsed
        left = None
        done_bytes = progress.bytes_done - self._start_bytes
        if progress.bytes_total and done_bytes > 0:
            left = (progress.bytes_total - progress.bytes_done) * elapsed / done_bytes
        elif progress.files_total:
            left = (progress.files_total - progress.files_done) / rate
        return rate, (max(left, 0.0) if left is not None else None)


@dataclass
class Outcome:
    """What one import did, for the summary page and the attachments panel."""

    report: object | None = None  # ImportReport when the import ran to the end
    rejected: list = field(default_factory=list)  # Rejected(path, reason)
    left_out_patients: list = field(default_factory=list)  # DicomPatient the user refused
    cancelled: bool = False
    kept: int = 0  # attachments added before a cancel
    error_code: str | None = None
    nothing_to_import: bool = False

    @property
    def changed(self) -> bool:
        return self.kept > 0 or (self.report is not None and count(self.report.imported) > 0)


class _Latest:
    """The newest progress figures from a work thread (one attribute write: atomic)."""

    def __init__(self) -> None:
        self.value = None

    def __call__(self, progress) -> None:
        self.value = progress


def _patient_key(dicom_patient):
    return getattr(dicom_patient, "key", dicom_patient)


def _scan_work(store, paths, copy_first: bool, holder: _Latest, box: dict):
    def work(cancel: threading.Event, progress) -> object:
        box["work_dir"] = work_dir = importer_module.new_work_dir(store)
        try:
            return importer_module.scan(
                paths, work_dir, cancel=cancel, progress=holder, copy_first=copy_first
            )
        except BaseException:
            # Here, not only in the dialog: when the window closes mid-read the dialog's slots
            # may never run, and the copies must not outlive the import.
            importer_module.remove_work_dir(work_dir)
            raise

    return work


def _case_state(store, case_id: str):
    return cases.get_case(store, case_id).patient, len(list_attachments(store, case_id))


def _import_work(
    executor: DatabaseExecutor, case_id: str, plan, accepted, holder: _Latest, work_dir
):
    store = executor.store

    def work(cancel: threading.Event, progress) -> object:
        try:
            return importer_module.run_import(
                store,
                case_id,
                plan,
                accept_other_patients=accepted,
                cancel=cancel,
                progress=holder,
            )
        finally:
            importer_module.remove_work_dir(work_dir)

    return work


def _cleanup_work(work_dir: Path | None):
    def work(cancel: threading.Event, progress) -> None:
        importer_module.remove_work_dir(work_dir)

    return work


def display_name(path: str, roots: list[Path], work_dir: Path | None) -> str:
    """A rejected file's name as the user knows it: relative to what they chose, or bare."""
    candidate = Path(path)
    for root in ([work_dir] if work_dir else []) + [r.parent for r in roots]:
        try:
            return str(candidate.relative_to(root))
        except ValueError:
            continue
    return candidate.name or path


class ImportDialog(QDialog):
    """Import ``paths`` into ``case_id``; emits ``done(Outcome)`` when the summary is shown."""

    done = Signal(object)

    def __init__(
        self,
        executor: DatabaseExecutor,
        pool: JobPool,
        case_id: str,
        paths,
        source_label: str = "",
        parent=None,
        *,
        copy_first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.pool = pool
        self.store = executor.store
        self.case_id = case_id
        self.paths = [Path(p) for p in paths]
        self.source_label = source_label
        self.copy_first = copy_first  # media: read the disc once, in order, then work locally
        self.setWindowTitle(self.tr("Import into this case"))
        self.setModal(True)
        self.setMinimumWidth(620)

        self.phase = "starting"
        self.plan = None
        self.outcome = Outcome()
        self.patient_check: PatientCheckDialog | None = None
        self._job = None
        self._box: dict = {}
        self._holder = _Latest()
        self._meter = ProgressMeter()
        self._patient = None
        self._count_before = 0
        self._mismatches: list = []
        self._accepted: set = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_summary_page())

    # -------------------------------------------------------------- pages

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title = QLabel(self._phase_title(importer_module.PHASE_SCANNING))
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.source = QLabel(self.source_label)
        self.source.setObjectName("fieldHint")
        self.source.setWordWrap(True)
        self.source.setVisible(bool(self.source_label))
        layout.addWidget(self.source)
        self.bar = progress_bar()
        layout.addWidget(self.bar)

        self.files_value = QLabel("–")
        self.size_value = QLabel("–")
        self.rate_value = QLabel("–")
        self.left_value = QLabel("–")
        rows = (
            (self.tr("Files"), self.files_value),
            (self.tr("Size"), self.size_value),
            (self.tr("Speed"), self.rate_value),
            (self.tr("Time left"), self.left_value),
        )
        layout.addLayout(figures_grid(list(rows)))
        layout.addStretch(1)

        buttons, self.cancel_button = button_row(self.tr("Cancel"), self.cancel)
        layout.addLayout(buttons)
        return page

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.banner)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details)
        # Files taken that need something done while the patient is still here (a PDF
        # locked with a password): above the rejected list, in the warning colour.
        self.notes = QLabel()
        self.notes.setObjectName("fieldProblem")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setVisible(False)
        layout.addWidget(self.notes)
        self.rejected_title = QLabel()
        self.rejected_title.setObjectName("fieldLabel")
        layout.addWidget(self.rejected_title)
        # Labels in a scroll area rather than a table: reasons are whole sentences and must
        # wrap, which item views do not do well.
        self.rejected_area = QScrollArea()
        self.rejected_area.setWidgetResizable(True)
        self.rejected_area.setMinimumHeight(170)
        self.rejected_box = QWidget()
        self.rejected_box.setObjectName("rejectedBox")
        self.rejected_layout = QVBoxLayout(self.rejected_box)
        self.rejected_layout.setSpacing(8)
        self.rejected_area.setWidget(self.rejected_box)
        self.rejected_rows: list[tuple[str, str]] = []  # (file as the user knows it, reason)
        layout.addWidget(self.rejected_area, 1)
        # Takes the spare height only while the list above is hidden (stretch 0 vs 1).
        layout.addStretch(0)
        buttons, self.close_button = button_row(self.tr("Close"), self.accept, primary=True)
        layout.addLayout(buttons)
        return page

    # -------------------------------------------------------------- flow

    def start(self) -> None:
        """Show the dialog and begin reading the files."""
        self.show()
        self.phase = "scanning"
        self._meter = ProgressMeter()
        self._job = self.pool.submit(
            _scan_work(self.store, self.paths, self.copy_first, self._holder, self._box),
            succeeded=self._on_scanned,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )
        if self._job is None:  # the window is closing
            self.reject()
            return
        self._timer.start()

    @Slot(object)
    def _on_scanned(self, plan) -> None:
        self.plan = plan
        self.outcome.rejected = list(plan.rejected)
        if self._job is not None and self._job.cancel.is_set():
            self._finish_cancelled(0)
            return
        if not plan.items:
            self.outcome.nothing_to_import = True
            self._show_summary()
            return
        self.phase = "checking"
        self.title.setText(self.tr("Checking the patient's details…"))
        self.executor.submit(
            lambda cancel, progress: _case_state(self.store, self.case_id),
            succeeded=self._on_case_state,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_case_state(self, state) -> None:
        self._patient, self._count_before = state
        self._mismatches = list(importer_module.patient_mismatches(self.plan, self._patient))
        self._next_patient_check()

    def _next_patient_check(self) -> None:
        if not self._mismatches:
            self.patient_check = None
            self._start_import()
            return
        mismatch = self._mismatches[0]
        self.patient_check = PatientCheckDialog(self._patient, mismatch, self)
        self.patient_check.finished.connect(self._on_patient_checked)
        self.patient_check.open()

    @Slot(int)
    def _on_patient_checked(self, result: int) -> None:
        mismatch = self._mismatches.pop(0)
        if result == QDialog.DialogCode.Accepted:
            self._accepted.add(_patient_key(mismatch.dicom))
        else:
            self.outcome.left_out_patients.append(mismatch.dicom)
        if self.patient_check is not None:
            self.patient_check.deleteLater()
        self._next_patient_check()

    def _start_import(self) -> None:
        self.phase = "importing"
        self._meter = ProgressMeter()
        self._holder.value = None
        self.title.setText(self._phase_title(importer_module.PHASE_IMPORTING))
        self.bar.setRange(0, 0)
        self._job = self.pool.submit(
            _import_work(
                self.executor,
                self.case_id,
                self.plan,
                self._accepted,
                self._holder,
                self._box.get("work_dir"),
            ),
            succeeded=self._on_imported,
            failed=self._on_failed,
            cancelled=self._on_cancelled,
        )
        if self._job is None:
            self._finish_cancelled(0)

    @Slot(object)
    def _on_imported(self, report) -> None:
        self.outcome.report = report
        rejected = getattr(report, "rejected", None)
        if isinstance(rejected, list):
            self.outcome.rejected = list(rejected)
        self._show_summary()

    @Slot()
    def _on_cancelled(self) -> None:
        if self.phase == "importing":
            # Count what the import had already saved: those files stay attached.
            self.executor.submit(
                lambda cancel, progress: len(list_attachments(self.store, self.case_id)),
                succeeded=self._on_counted_after_cancel,
                failed=self._on_failed_count,
            )
        else:
            self._finish_cancelled(0)

    @Slot(object)
    def _on_failed(self, error) -> None:
        code = error.code if isinstance(error, StoreError) else "store_error"
        if isinstance(error, OSError) and not isinstance(error, StoreError):
            code = "unreadable_source"
        self.outcome.error_code = code
        self._show_summary()

    @Slot(object)
    def _on_counted_after_cancel(self, after: int) -> None:
        self._finish_cancelled(max(after - self._count_before, 0))

    @Slot(object)
    def _on_failed_count(self, _error) -> None:
        self._finish_cancelled(0)

    def _finish_cancelled(self, kept: int) -> None:
        self.outcome.cancelled = True
        self.outcome.kept = kept
        self._show_summary()

    @Slot()
    def cancel(self) -> None:
        """Stop the import; what is fully saved stays, nothing is half-saved."""
        if self._job is not None and self.phase in ("scanning", "importing"):
            self._job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))
            self.title.setText(self.tr("Stopping…"))

    # -------------------------------------------------------------- progress

    @Slot()
    def _poll(self) -> None:
        progress = self._holder.value
        if progress is None or self.phase not in ("scanning", "importing"):
            return
        self._show_progress(progress)

    def _show_progress(self, progress) -> None:
        if self.cancel_button.isEnabled():
            self.title.setText(self._phase_title(progress.phase))
        if progress.files_total:
            self.bar.setRange(0, 1000)
            if progress.bytes_total:
                fraction = progress.bytes_done / progress.bytes_total
            else:
                fraction = progress.files_done / progress.files_total
            self.bar.setValue(int(min(max(fraction, 0.0), 1.0) * 1000))
            self.files_value.setText(
                self.tr("%1 of %2")
                .replace("%1", str(progress.files_done))
                .replace("%2", str(progress.files_total))
            )
        else:
            self.files_value.setText(str(progress.files_done))
        if progress.bytes_total:
            self.size_value.setText(
                self.tr("%1 of %2")
                .replace("%1", tr_size(progress.bytes_done))
                .replace("%2", tr_size(progress.bytes_total))
            )
        else:
            self.size_value.setText(tr_size(progress.bytes_done))
        rate, left = self._meter.update(progress)
        if rate is None:
            self.rate_value.setText("–")
            self.left_value.setText(self.tr("working it out…"))
        else:
            self.rate_value.setText(
                self.tr("%1 files per second").replace(
                    "%1", f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}"
                )
            )
            self.left_value.setText(tr_duration(left))

    def _phase_title(self, phase: str) -> str:
        if phase not in importer_module.IMPORT_PHASES:
            # Between the importer's reports the dialog's own stage names the work.
            phase = (
                importer_module.PHASE_IMPORTING
                if self.phase == "importing"
                else importer_module.PHASE_SCANNING
            )
        return self.tr("%1…").replace("%1", tr_import_phase(phase))

    # -------------------------------------------------------------- summary

    def _show_summary(self) -> None:
        self._timer.stop()
        self.phase = "done"
        outcome = self.outcome
        work_dir = self._box.pop("work_dir", None)
        self.pool.submit(_cleanup_work(work_dir))
        report = outcome.report
        imported = count(report.imported) if report is not None else 0

        if outcome.error_code is not None:
            self._banner("problem", self._error_text(outcome.error_code))
        elif outcome.cancelled:
            if outcome.kept:
                text = tr_cancelled("import_kept").replace("%1", str(outcome.kept))
            else:
                text = tr_cancelled("import")
            self._banner("warning", text)
        elif imported:
            self._banner(
                "ok",
                plural(
                    imported,
                    self.tr("1 file imported into this case."),
                    self.tr("%1 files imported into this case."),
                ),
            )
        elif report is not None and count(report.duplicates):
            self._banner("ok", self.tr("These files are already in this case. Nothing new."))
        else:
            self._banner("problem", self.tr("Nothing was imported."))

        self.details.setText("\n".join(self._detail_lines(report)))
        self.details.setVisible(bool(self.details.text()))
        notes = list(getattr(report, "notes", None) or [])
        self.notes.setText(
            "\n".join(
                f"{display_name(n.path, self.paths, work_dir)}: {tr_import_note(n.note)}"
                for n in notes
            )
        )
        self.notes.setVisible(bool(notes))

        rows = []
        for rejected in outcome.rejected:
            if rejected.reason == OTHER_PATIENT:
                continue  # one line per refused patient below, not one per file
            rows.append(
                (
                    display_name(rejected.path, self.paths, work_dir),
                    tr_import_reject(rejected.reason),
                )
            )
        for patient in outcome.left_out_patients:
            rows.append(
                (
                    plural(
                        patient.files,
                        self.tr("1 scan file of %2"),
                        self.tr("%1 scan files of %2"),
                    ).replace("%2", patient.name or self.tr("another patient")),
                    self.tr("You said these are not this case's patient, so they were left out."),
                )
            )
        self._show_rejected(rows)
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        self.resize(max(self.width(), 720), max(self.height(), 460 if rows else 260))
        self.done.emit(outcome)

    def _show_rejected(self, rows: list[tuple[str, str]]) -> None:
        self.rejected_rows = rows
        for name, reason in rows[:MAX_REJECTED_SHOWN]:
            file_label = QLabel(name)
            file_label.setObjectName("fieldLabel")
            file_label.setWordWrap(True)
            file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            reason_label = QLabel(reason)
            reason_label.setWordWrap(True)
            reason_label.setContentsMargins(14, 0, 0, 0)
            self.rejected_layout.addWidget(file_label)
            self.rejected_layout.addWidget(reason_label)
        if len(rows) > MAX_REJECTED_SHOWN:
            more = QLabel(
                self.tr("…and %1 more files not imported for the same kinds of reasons.").replace(
                    "%1", str(len(rows) - MAX_REJECTED_SHOWN)
                )
            )
            more.setWordWrap(True)
            self.rejected_layout.addWidget(more)
        self.rejected_layout.addStretch(1)
        self.rejected_title.setText(self.tr("Not imported (%1)").replace("%1", str(len(rows))))
        self.rejected_title.setVisible(bool(rows))
        self.rejected_area.setVisible(bool(rows))

    def _detail_lines(self, report) -> list[str]:
        if report is None:
            return []
        lines = []
        studies, series, instances = (
            count(report.studies),
            count(report.series),
            count(report.instances),
        )
        if instances:
            parts = (
                plural(studies, self.tr("1 study"), self.tr("%1 studies")),
                plural(series, self.tr("1 series"), self.tr("%1 series")),
                plural(instances, self.tr("1 image"), self.tr("%1 images")),
            )
            lines.append(self.tr("Scans: %1").replace("%1", ", ".join(parts)))
        if count(report.documents):
            lines.append(self.tr("Documents: %1").replace("%1", str(count(report.documents))))
        # The report's images count DICOM images too; photos are the rest.
        photos = max(count(report.images) - instances, 0)
        if photos:
            lines.append(self.tr("Photos: %1").replace("%1", str(photos)))
        if count(report.duplicates):
            lines.append(
                self.tr("Already in this case, not added again: %1").replace(
                    "%1", str(count(report.duplicates))
                )
            )
        return lines

    def _error_text(self, code: str) -> str:
        if code == "unreadable_source":
            return self.tr(
                "The files could not be read. Check that the CD or USB stick is still in the "
                "computer, then try again. Nothing was half-saved."
            )
        return tr_error(code)

    def _banner(self, kind: str, text: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    # -------------------------------------------------------------- closing

    def reject(self) -> None:
        # Escape or the window's close button while working means Cancel, not "hide it".
        if self.phase in ("scanning", "importing"):
            self.cancel()
            return
        if self.phase == "checking":
            return
        super().reject()
