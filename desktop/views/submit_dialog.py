"""The Submit review screen: what will be sent, its size and time, then build and queue it.

Page 1 (review) shows a ``casework.submit_review.SubmitReview`` (read with ``load_review`` on
the database executor; the model holds the ticks and the switch and says what goes, by the
rule the bundle builder uses): scans by study and series (each series can be unticked; "only
series with key images" picks those), reports and photos, and the key images. It shows the
size and the time it takes at 2G (50 kbit/s), 3G (1 Mbit/s) and at the link speed the engine
measured, the de-identify switch (off by default: the second opinion needs the patient's
identity) and the recipient (the enrolled opinion service, or an offer to enroll). Page 2
builds the bundle with ``sync.submit.submit_case`` on the import pool (progress bar, time
left, Cancel); page 3 says it is queued, lists what a de-identified bundle left out and any
image to look at for text burned into it. Thread-safety: GUI thread only; store work runs on
the executor and the pool.
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
from casework.submit_review import ReviewData, SubmitReview, load_review
from desktop.views.sync_indicator import sync_error_text
from desktop.views.widgets import button_row, figures_grid, progress_bar
from desktop.words import tr_cancelled, tr_duration, tr_rate, tr_size
from desktop.workers import DatabaseExecutor, JobPool, call
from sync import link
from wording import deid as deid_words

POLL_MS = 250
MIN_ELAPSED_FOR_ETA_S = 0.5
SERIES_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.review: SubmitReview | None = None
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
        self.review = SubmitReview(data)
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

    def _fill_tree(self) -> None:
        """Draw the model: its series (ticked as it says), the files in no series, what
        de-identification leaves out and the key images."""
        review = self.review
        self._filling = True
        self.tree.clear()
        if self.data.studies:
            scans = QTreeWidgetItem([self.tr("Scans")])
            self.tree.addTopLevelItem(scans)
            study_items = {}
            for study in self.data.studies:
                label = study.description or self.tr("Study")
                if study.study_date:
                    label += f" · {_date(study.study_date)}"
                study_items[study.study_uid] = QTreeWidgetItem([label])
                scans.addChild(study_items[study.study_uid])
            for row in review.series_rows:
                series = row.series
                text = self.tr("Series %1 · %2").replace(
                    "%1", str(series.number) if series.number is not None else "–"
                )
                text = text.replace("%2", series.modality or "?")
                if series.description:
                    text += f" · {series.description}"
                item = QTreeWidgetItem(
                    [
                        text,
                        f"★ {row.key_images}" if row.key_images else "",
                        self._images(series.instances),
                        tr_size(row.size),
                    ]
                )
                item.setToolTip(0, text)
                item.setData(0, SERIES_ROLE, row.uid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = review.is_ticked(row.uid)
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                study_items[row.study.study_uid].addChild(item)
            scans.setExpanded(True)
            for i in range(scans.childCount()):
                scans.child(i).setExpanded(True)
        others = review.other_files()
        groups = (
            (self.tr("Reports and documents"), [f for f in others if f.kind == "document"]),
            (self.tr("Photos"), [f for f in others if f.kind == "photo"]),
            (self.tr("Other files"), [f for f in others if f.kind not in ("document", "photo")]),
        )
        for title, files in groups:
            if not files:
                continue
            group = QTreeWidgetItem(
                [title, "", str(len(files)), tr_size(sum(f.size for f in files))]
            )
            for f in files:
                item = QTreeWidgetItem([f.name, "", "1", tr_size(f.size)])
                item.setData(0, NAME_ROLE, f.name)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        gone = review.left_out()
        if gone:
            group = QTreeWidgetItem(
                [self.tr("Left out: names are printed on reports and photos"), "", str(len(gone))]
            )
            group.setForeground(0, Qt.GlobalColor.darkGray)
            for f in gone:
                item = QTreeWidgetItem([f.name, "", "", tr_size(f.size)])
                item.setForeground(0, Qt.GlobalColor.darkGray)
                group.addChild(item)
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        count = self.data.key_image_count
        if count:
            note = (
                self.tr("1 key image marked: it goes with its series")
                if count == 1
                else self.tr("%1 key images marked: they go with their series").replace(
                    "%1", str(count)
                )
            )
            self._add_note(note)
        if self.tree.topLevelItemCount() == 0:
            self._add_note(self.tr("No scans, reports or photos: only the form is sent"))
        self.key_button.setEnabled(review.key_series_offered)
        self.all_button.setEnabled(bool(review.series_rows))
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
        return self.review.selected_series() if self.review else None

    def files_to_send(self) -> list:
        """The files that go with the current ticks and switch (``ChosenFile``s)."""
        return self.review.files_to_send() if self.review else []

    @Slot()
    def tick_all(self) -> None:
        if self.review is not None:
            self.review.tick_all()
            self._show_ticks()

    @Slot()
    def tick_key_series(self) -> None:
        if self.review is not None:
            self.review.tick_key_series()
            self._show_ticks()

    def _show_ticks(self) -> None:
        self._filling = True
        for item in self._series_items():
            ticked = self.review.is_ticked(item.data(0, SERIES_ROLE))
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._filling = False
        self._update_totals()

    @Slot(object, int)
    def _on_item_changed(self, item, _column) -> None:
        uid = item.data(0, SERIES_ROLE)
        if self._filling or self.review is None or not uid:
            return
        self.review.set_ticked(uid, item.checkState(0) == Qt.CheckState.Checked)
        self._update_totals()

    @Slot(bool)
    def _on_deidentify(self, on: bool) -> None:
        if self.review is not None:
            self.review.set_deidentify(on)
            self._fill_tree()
            self._update_totals()

    def _update_totals(self) -> None:
        review = self.review
        files = review.files_to_send()
        estimates = review.estimates()
        total = estimates.size
        self.total_bytes = total
        text = self.tr("%1 files, up to %2").replace("%1", str(len(files)))
        self.total_label.setText(text.replace("%2", tr_size(total)))
        self.time_2g.setText(tr_duration(estimates.on_2g))
        self.time_3g.setText(tr_duration(estimates.on_3g))
        measured = self.data.measured_rate
        if estimates.measured is not None:
            self.measured_name.setText(
                self.tr("On this clinic's link (%1)").replace("%1", tr_rate(measured))
            )
            self.time_measured.setText(tr_duration(estimates.measured))
        else:
            self.measured_name.setText(self.tr("On this clinic's link"))
            self.time_measured.setText(self.tr("not measured yet (measured when cases are sent)"))
        if review.deidentify:
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
        self.send_button.setEnabled(review.enrolled and self.phase != "building")
        if review.no_series_ticked:
            self.problem.setText(self.tr("No scan series is ticked: only reports and photos go."))
        else:
            self.problem.setText("")

    def _show_recipient(self) -> None:
        review = self.review
        if review.enrolled:
            text = self.tr("The opinion service at %1").replace("%1", review.service_url or "")
            text += "\n" + self.tr("Its key fingerprint: %1").replace(
                "%1", _breakable(review.service_fingerprint)
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
        if self.phase != "review" or not (self.review and self.review.enrolled):
            return
        self.phase = "building"
        self.pages.setCurrentIndex(1)
        choices = self.review.build_choices()
        store, case_id, holder = self.store, self.case_id, self._holder

        def work(cancel: threading.Event, progress) -> object:
            # The bundle code is loaded on first use, on this worker: it costs tens of
            # milliseconds at start-up otherwise (benchmarks/bench_startup.py).
            from sync import submit as submit_module

            return submit_module.submit_case(
                store,
                store.data_dir,
                case_id,
                **choices,
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
                self.tr("%1 of %2").replace("%1", tr_size(done)).replace("%2", tr_size(total))
            )
        elapsed = time.monotonic() - self._started
        if done > 0 and total and elapsed >= MIN_ELAPSED_FOR_ETA_S:
            self.build_left.setText(tr_duration((total - done) * elapsed / done))
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
            lines.append(self.tr("Encrypted size: %1").replace("%1", tr_size(size)))
            rate = self.data.measured_rate if self.data else None
            lines.append(
                # The duration carries its own "about" ("about 3 min"); the label must not.
                self.tr("On 2G (50 kbit/s): %1").replace(
                    "%1", tr_duration(link.estimate_seconds(size, link.RATE_2G))
                )
            )
            if rate:
                lines.append(
                    self.tr("On this clinic's link: %1").replace(
                        "%1", tr_duration(link.estimate_seconds(size, rate))
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
