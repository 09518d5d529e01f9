"""The Submit review screen: what will be sent, its size and time, then build and queue it.

Page 1 (review) lists what goes, from ``sync.submit.plan_submission`` read on the database
executor: scans by study and series (each series can be unticked; "only series with key
images" picks those), reports and photos, and the key images. It shows the size and the time
it takes at 2G (50 kbit/s), 3G (1 Mbit/s) and at the link speed the engine measured, the
de-identify switch (off by default: the second opinion needs the patient's identity) and the
recipient (the enrolled opinion service, or an offer to enroll). Page 2 builds the bundle with
``sync.submit.submit_case`` on the import pool (progress bar, time left, Cancel); page 3 says
it is queued, lists what a de-identified bundle left out and any image to look at for text
burned into it. Thread-safety: GUI thread only; store work runs on the executor and the pool.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

import wording
from desktop.views.sync_indicator import about_duration, rate_text, size_text
from desktop.views.widgets import button_row, figures_grid, progress_bar
from desktop.words import tr_cancelled
from desktop.workers import DatabaseExecutor, JobPool, call
from local_store import cases, dicom_index, key_images
from local_store import outbox as outbox_store
from sync import enrollment as enrollment_module
from sync import link
from sync import submit as submit_module
from wording import deid as deid_words
from wording import sync as sync_words

POLL_MS = 250
MIN_ELAPSED_FOR_ETA_S = 0.5
SERIES_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class ReviewData:
    """Everything the review page shows, read in one go on the executor."""

    case: object
    plan: object  # SubmitPlan with identity
    plan_deid: object  # SubmitPlan without identity
    studies: list
    key_series: dict[str, int]  # series UID -> key images marked in it
    key_image_count: int
    measured_rate: float | None
    enrollment: object | None  # sync.enrollment.Enrollment


def load_review(store, case_id: str) -> ReviewData:
    studies = dicom_index.list_studies(store, case_id)
    series_of_sop = {
        ref.sop_instance_uid: series.series_uid
        for study in studies
        for series in study.series
        for ref in series.instance_refs
    }
    marked = key_images.list_key_images(store, case_id)
    key_series: dict[str, int] = {}
    for key in marked:
        uid = series_of_sop.get(key.sop_instance_uid)
        if uid is not None:
            key_series[uid] = key_series.get(uid, 0) + 1
    return ReviewData(
        case=cases.get_case(store, case_id),
        plan=submit_module.plan_submission(store, case_id),
        plan_deid=submit_module.plan_submission(store, case_id, deidentify=True),
        studies=studies,
        key_series=key_series,
        key_image_count=len(marked),
        measured_rate=outbox_store.measured_rate(store),
        enrollment=enrollment_module.current(store),
    )


@dataclass
class BuildOutcome:
    submitted: object | None = None
    cancelled: bool = False
    error_code: str | None = None
    left_out_names: list[str] = field(default_factory=list)


class _Latest:
    """The newest (done, total) from the build thread; one attribute write is atomic."""

    def __init__(self) -> None:
        self.value: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        self.value = (done, total)


def sync_error_text(code: str) -> str:
    """Words for a sync, enrollment or submit error code (wording.sync), else a store error's."""
    if code in sync_words.SYNC_ERROR:
        text = sync_words.sync_error_text(code)
    elif code in wording.ERROR:
        text = wording.error_text(code)
    else:
        text = sync_words.sync_error_text(code)  # its generic refusal
    return QCoreApplication.translate(wording.CONTEXT, text)


class SubmitDialog(QDialog):
    """Review, build and queue one case's bundle; emits ``queued(case_id)`` when queued."""

    queued = Signal(str)
    enroll_requested = Signal()

    def __init__(
        self, executor: DatabaseExecutor, pool: JobPool, case_id: str, parent=None
    ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.store = executor.store
        self.pool = pool
        self.case_id = case_id
        self.phase = "loading"
        self.data: ReviewData | None = None
        self.outcome = BuildOutcome()
        self._job = None
        self._holder = _Latest()
        self._started = 0.0
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.setWindowTitle(self.tr("Review and send"))
        self.setModal(True)
        self.resize(980, 640)

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._build_review_page())
        self.pages.addWidget(self._build_progress_page())
        self.pages.addWidget(self._build_done_page())
        self.reload()

    # -------------------------------------------------------------- review page

    def _build_review_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.title = QLabel(self.tr("Reading the case…"))
        self.title.setObjectName("dialogTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        hint = QLabel(
            self.tr(
                "Untick the scan series the specialist does not need: a smaller case "
                "reaches them sooner on a slow link."
            )
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        left.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("What will be sent"), self.tr("Key images"), self.tr("Files"), self.tr("Size")]
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        left.addWidget(self.tree, 1)
        picks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick all series"))
        self.all_button.clicked.connect(self.tick_all)
        self.key_button = QPushButton(self.tr("Only series with key images"))
        self.key_button.clicked.connect(self.tick_key_series)
        picks.addWidget(self.all_button)
        picks.addWidget(self.key_button)
        picks.addStretch(1)
        left.addLayout(picks)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.total_label = QLabel()
        self.total_label.setObjectName("dialogTitle")
        self.total_label.setWordWrap(True)
        right.addWidget(self.total_label)
        self.total_hint = QLabel(
            self.tr("Scans are compressed without loss before sending, so it may be less.")
        )
        self.total_hint.setObjectName("fieldHint")
        self.total_hint.setWordWrap(True)
        right.addWidget(self.total_hint)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.time_2g = QLabel()
        self.time_3g = QLabel()
        self.time_measured = QLabel()
        self.measured_name = QLabel()
        self.measured_name.setObjectName("fieldLabel")
        self.measured_name.setWordWrap(True)
        rows = (
            (QLabel(self.tr("On 2G (50 kbit/s)")), self.time_2g),
            (QLabel(self.tr("On 3G (1 Mbit/s)")), self.time_3g),
            (self.measured_name, self.time_measured),
        )
        for row, (name, value) in enumerate(rows):
            name.setObjectName("fieldLabel")
            value.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        right.addLayout(grid)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right.addWidget(line)
        self.deidentify = QCheckBox(self.tr("Send without the patient's identity (de-identify)"))
        self.deidentify.toggled.connect(self._on_deidentify)
        right.addWidget(self.deidentify)
        self.deid_hint = QLabel()
        self.deid_hint.setObjectName("fieldHint")
        self.deid_hint.setWordWrap(True)
        right.addWidget(self.deid_hint)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right.addWidget(line)
        recipient_name = QLabel(self.tr("Sent to"))
        recipient_name.setObjectName("fieldLabel")
        right.addWidget(recipient_name)
        self.recipient = QLabel()
        self.recipient.setWordWrap(True)
        self.recipient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.recipient)
        self.enroll_button = QPushButton(self.tr("Enroll with an opinion service…"))
        self.enroll_button.clicked.connect(self.enroll_requested)
        self.enroll_button.hide()
        right.addWidget(self.enroll_button)
        right.addStretch(1)
        holder = QWidget()
        holder.setLayout(right)
        holder.setMinimumWidth(340)
        holder.setMaximumWidth(400)
        body.addWidget(holder, 2)

        buttons = QHBoxLayout()
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.setWordWrap(True)
        buttons.addWidget(self.problem, 1)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        self.send_button = QPushButton(self.tr("Prepare and queue for sending"))
        self.send_button.setObjectName("primaryButton")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.start_build)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.send_button)
        outer.addLayout(buttons)
        return page

    def reload(self) -> None:
        """Read the case again (after enrolling, for instance)."""
        self.phase = "loading"
        self.executor.submit(
            call(load_review, self.store, self.case_id),
            succeeded=self._on_loaded,
            failed=self._on_load_failed,
        )

    @Slot(object)
    def _on_loaded(self, data: ReviewData) -> None:
        self.data = data
        name = data.case.patient.name.strip() or self.tr("New patient")
        self.title.setText(self.tr("Review what will be sent for %1").replace("%1", name))
        self._fill_tree()
        self._show_recipient()
        self._update_totals()
        self.phase = "review"

    @Slot(object)
    def _on_load_failed(self, error) -> None:
        code = getattr(error, "code", "store_error")
        self.problem.setText(sync_error_text(code))
        self.phase = "failed"

    @property
    def plan(self):
        if self.data is None:
            return None
        return self.data.plan_deid if self.deidentify.isChecked() else self.data.plan

    def _fill_tree(self) -> None:
        data = self.data
        self._filling = True
        self.tree.clear()
        plan = self.plan
        sizes: dict[str, int] = {}
        for f in plan.files:
            if f.series_uid:
                sizes[f.series_uid] = sizes.get(f.series_uid, 0) + f.size
        series_listed = set(sizes)
        if data.studies:
            scans = QTreeWidgetItem([self.tr("Scans")])
            self.tree.addTopLevelItem(scans)
            for study in data.studies:
                label = study.description or self.tr("Study")
                if study.study_date:
                    label += f" · {_date(study.study_date)}"
                study_item = QTreeWidgetItem([label])
                scans.addChild(study_item)
                for series in study.series:
                    if series.series_uid not in series_listed:
                        continue
                    text = self.tr("Series %1 · %2").replace(
                        "%1", str(series.number) if series.number is not None else "–"
                    )
                    text = text.replace("%2", series.modality or "?")
                    if series.description:
                        text += f" · {series.description}"
                    keys = data.key_series.get(series.series_uid, 0)
                    item = QTreeWidgetItem(
                        [
                            text,
                            f"★ {keys}" if keys else "",
                            self._images(series.instances),
                            size_text(sizes[series.series_uid]),
                        ]
                    )
                    item.setToolTip(0, text)
                    item.setData(0, SERIES_ROLE, series.series_uid)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(0, Qt.CheckState.Checked)
                    study_item.addChild(item)
            scans.setExpanded(True)
            for i in range(scans.childCount()):
                scans.child(i).setExpanded(True)
        others = [f for f in plan.files if not f.series_uid]
        groups = (
            (self.tr("Reports and documents"), [f for f in others if f.kind == "document"]),
            (self.tr("Photos"), [f for f in others if f.kind == "photo"]),
            (self.tr("Other files"), [f for f in others if f.kind not in ("document", "photo")]),
        )
        for title, files in groups:
            if not files:
                continue
            group = QTreeWidgetItem(
                [title, "", str(len(files)), size_text(sum(f.size for f in files))]
            )
            for f in files:
                item = QTreeWidgetItem([f.name, "", "1", size_text(f.size)])
                item.setData(0, NAME_ROLE, f.name)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        if self.deidentify.isChecked():
            kept = {f.name for f in plan.files}
            gone = [f for f in data.plan.files if not f.series_uid and f.name not in kept]
            if gone:
                group = QTreeWidgetItem(
                    [
                        self.tr("Left out: names are printed on reports and photos"),
                        "",
                        str(len(gone)),
                    ]
                )
                group.setForeground(0, Qt.GlobalColor.darkGray)
                for f in gone:
                    item = QTreeWidgetItem([f.name, "", "", size_text(f.size)])
                    item.setForeground(0, Qt.GlobalColor.darkGray)
                    group.addChild(item)
                self.tree.addTopLevelItem(group)
                group.setExpanded(True)
        if data.key_image_count:
            note = (
                self.tr("1 key image marked: it goes with its series")
                if data.key_image_count == 1
                else self.tr("%1 key images marked: they go with their series").replace(
                    "%1", str(data.key_image_count)
                )
            )
            self._add_note(note)
        if self.tree.topLevelItemCount() == 0:
            self._add_note(self.tr("No scans, reports or photos: only the form is sent"))
        self.key_button.setEnabled(bool(data.key_series))
        self.all_button.setEnabled(bool(series_listed))
        self._filling = False

    def _add_note(self, text: str) -> None:
        item = QTreeWidgetItem([text])
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)  # a sentence, not a row of figures

    def _images(self, count: int) -> str:
        return self.tr("1 image") if count == 1 else self.tr("%1 images").replace("%1", str(count))

    def _series_items(self) -> list[QTreeWidgetItem]:
        items = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item.data(0, SERIES_ROLE):
                items.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return items

    def selected_series(self) -> list[str] | None:
        """The ticked series UIDs, or None when every series is ticked (send them all)."""
        items = self._series_items()
        ticked = [i.data(0, SERIES_ROLE) for i in items if i.checkState(0) == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    def files_to_send(self) -> list:
        """The PlannedFiles that go with the current ticks and switch."""
        plan = self.plan
        if plan is None:
            return []
        chosen = self.selected_series()
        return [
            f for f in plan.files if chosen is None or not f.series_uid or f.series_uid in chosen
        ]

    @Slot()
    def tick_all(self) -> None:
        for item in self._series_items():
            item.setCheckState(0, Qt.CheckState.Checked)

    @Slot()
    def tick_key_series(self) -> None:
        keys = self.data.key_series if self.data else {}
        for item in self._series_items():
            wanted = item.data(0, SERIES_ROLE) in keys
            item.setCheckState(0, Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    @Slot(object, int)
    def _on_item_changed(self, _item, _column) -> None:
        if not self._filling:
            self._update_totals()

    @Slot(bool)
    def _on_deidentify(self, on: bool) -> None:
        if self.data is not None:
            chosen = self.selected_series()
            self._fill_tree()
            if chosen is not None:
                for item in self._series_items():
                    if item.data(0, SERIES_ROLE) not in chosen:
                        item.setCheckState(0, Qt.CheckState.Unchecked)
            self._update_totals()

    def _update_totals(self) -> None:
        files = self.files_to_send()
        total = sum(f.size for f in files)
        self.total_bytes = total
        text = self.tr("%1 files, up to %2").replace("%1", str(len(files)))
        self.total_label.setText(text.replace("%2", size_text(total)))
        self.time_2g.setText(about_duration(link.estimate_seconds(total, link.RATE_2G)))
        self.time_3g.setText(about_duration(link.estimate_seconds(total, link.RATE_3G)))
        measured = self.data.measured_rate if self.data else None
        if measured:
            self.measured_name.setText(
                self.tr("On this clinic's link (%1)").replace("%1", rate_text(measured))
            )
            self.time_measured.setText(about_duration(link.estimate_seconds(total, measured)))
        else:
            self.measured_name.setText(self.tr("On this clinic's link"))
            self.time_measured.setText(self.tr("not measured yet (measured when cases are sent)"))
        if self.deidentify.isChecked():
            self.deid_hint.setText(
                self.tr(
                    "Names, IDs and dates are removed from the scans. Reports and photos are "
                    "left out, because names are printed on them. The specialist will not "
                    "know who the patient is."
                )
            )
        else:
            self.deid_hint.setText(
                self.tr(
                    "Off: the specialist sees the patient's name and details, as a second "
                    "opinion needs. Switch on only when the recipient must not know the patient."
                )
            )
        nothing_chosen = self.selected_series() == [] and not [f for f in files if f.series_uid]
        enrolled = bool(self.plan and self.plan.enrolled)
        self.send_button.setEnabled(enrolled and self.phase != "building")
        if nothing_chosen and self._series_items():
            self.problem.setText(self.tr("No scan series is ticked: only reports and photos go."))
        else:
            self.problem.setText("")

    def _show_recipient(self) -> None:
        plan = self.plan
        if plan.enrolled:
            text = self.tr("The opinion service at %1").replace("%1", plan.service_url or "")
            enrollment = self.data.enrollment
            if enrollment is not None:
                text += "\n" + self.tr("Its key fingerprint: %1").replace(
                    "%1", _breakable(enrollment.service_fingerprint)
                )
            self.recipient.setText(text)
            self.recipient.setStyleSheet("")
            self.enroll_button.hide()
        else:
            self.recipient.setText(
                self.tr(
                    "This computer is not enrolled with an opinion service yet, so the case "
                    "cannot be sent. Enroll with the address and code the service gave you."
                )
            )
            self.recipient.setStyleSheet("color: #8a0015; font-weight: bold;")
            self.enroll_button.show()

    # -------------------------------------------------------------- building

    def _build_progress_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.build_title = QLabel(self.tr("Preparing the case for sending (encrypted)…"))
        self.build_title.setObjectName("dialogTitle")
        self.build_title.setWordWrap(True)
        layout.addWidget(self.build_title)
        self.bar = progress_bar()
        layout.addWidget(self.bar)
        self.build_size = QLabel("–")
        self.build_left = QLabel("–")
        layout.addLayout(
            figures_grid(
                [(self.tr("Done"), self.build_size), (self.tr("Time left"), self.build_left)]
            )
        )
        layout.addStretch(1)
        buttons, self.cancel_button = button_row(self.tr("Cancel"), self.cancel)
        layout.addLayout(buttons)
        return page

    @Slot()
    def start_build(self) -> None:
        if self.phase != "review" or not (self.plan and self.plan.enrolled):
            return
        self.phase = "building"
        self.pages.setCurrentIndex(1)
        series = self.selected_series()
        deidentify = self.deidentify.isChecked()
        store, case_id, holder = self.store, self.case_id, self._holder

        def work(cancel: threading.Event, progress) -> object:
            return submit_module.submit_case(
                store,
                store.data_dir,
                case_id,
                series_uids=series,
                deidentify=deidentify,
                cancel=cancel,
                progress=holder,
            )

        self._started = time.monotonic()
        self._timer.start()
        self._job = self.pool.submit(
            work,
            succeeded=self._on_built,
            failed=self._on_build_failed,
            cancelled=self._on_build_cancelled,
        )
        if self._job is None:  # the window is closing
            self._on_build_cancelled()

    @Slot()
    def cancel(self) -> None:
        if self._job is not None and self.phase == "building":
            self._job.cancel.set()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Stopping…"))
            self.build_title.setText(self.tr("Stopping…"))

    @Slot()
    def _poll(self) -> None:
        latest = self._holder.value
        if latest is None or self.phase != "building":
            return
        done, total = latest
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(min(max(done / total, 0.0), 1.0) * 1000))
            self.build_size.setText(
                self.tr("%1 of %2").replace("%1", size_text(done)).replace("%2", size_text(total))
            )
        elapsed = time.monotonic() - self._started
        if done > 0 and total and elapsed >= MIN_ELAPSED_FOR_ETA_S:
            self.build_left.setText(about_duration((total - done) * elapsed / done))
        else:
            self.build_left.setText(self.tr("working it out…"))

    @Slot(object)
    def _on_built(self, submitted) -> None:
        self._timer.stop()
        self.outcome.submitted = submitted
        self.phase = "done"
        self._show_done()
        self.queued.emit(self.case_id)

    @Slot(object)
    def _on_build_failed(self, error) -> None:
        self._timer.stop()
        self.outcome.error_code = getattr(error, "code", None) or "store_error"
        self.phase = "failed"
        self._show_done()

    @Slot()
    def _on_build_cancelled(self) -> None:
        self._timer.stop()
        self.outcome.cancelled = True
        self.phase = "cancelled"
        self._show_done()

    # -------------------------------------------------------------- done

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.review_list = QTreeWidget()
        self.review_list.setHeaderLabels([self.tr("Image"), self.tr("Look at it because")])
        self.review_list.setWordWrap(True)
        self.review_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.review_list.hide()
        layout.addWidget(self.review_list, 1)
        layout.addStretch(0)
        buttons, self.done_button = button_row(self.tr("Close"), self.accept, primary=True)
        layout.addLayout(buttons)
        return page

    def _show_done(self) -> None:
        self.pages.setCurrentIndex(2)
        lines = []
        if self.phase == "done":
            submitted = self.outcome.submitted
            self._banner(
                "ok",
                self.tr(
                    "Queued for sending. CaseBridge sends it as soon as there is a connection; "
                    "you can close this window and keep working."
                ),
            )
            size = getattr(submitted, "size_cipher", 0) or 0
            lines.append(self.tr("Encrypted size: %1").replace("%1", size_text(size)))
            rate = self.data.measured_rate if self.data else None
            lines.append(
                self.tr("On 2G about: %1").replace(
                    "%1", about_duration(link.estimate_seconds(size, link.RATE_2G))
                )
            )
            if rate:
                lines.append(
                    self.tr("On this clinic's link: %1").replace(
                        "%1", about_duration(link.estimate_seconds(size, rate))
                    )
                )
            left_out = list(getattr(submitted, "left_out", []) or [])
            if left_out:
                lines.append(
                    self.tr("Left out (names are printed on them): %1 reports or photos").replace(
                        "%1", str(len(left_out))
                    )
                )
            flags = dict(getattr(submitted, "review_flags", {}) or {})
            self.review_list.clear()
            for name, codes in sorted(flags.items()):
                for code in codes:
                    text = QCoreApplication.translate(wording.CONTEXT, deid_words.flag_text(code))
                    self.review_list.addTopLevelItem(QTreeWidgetItem([name, text]))
            self.review_list.setVisible(bool(flags))
            if flags:
                lines.append(
                    self.tr(
                        "These images may have the patient's name written into the picture. "
                        "Open them in the case and look before the specialist does:"
                    )
                )
        elif self.phase == "cancelled":
            self._banner("problem", tr_cancelled("bundle"))
            self.review_list.hide()
        else:
            self._banner("problem", sync_error_text(self.outcome.error_code or "store_error"))
            self.review_list.hide()
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _banner(self, kind: str, text: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def reject(self) -> None:
        if self.phase == "building":
            self.cancel()  # the page changes when the build has stopped
            return
        super().reject()


def _breakable(text: str, every: int = 16) -> str:
    """A long key fingerprint with break opportunities, so a narrow label wraps it whole."""
    return "\u200b".join(text[i : i + every] for i in range(0, len(text), every))


def _date(value: str) -> str:
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value
