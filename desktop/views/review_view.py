"""The specialist's review of one received case, read-only and offline: the case as the clinic
sent it (intake, consent, each question, referral, timeline, summary, checklist results,
documents with their lab values, images, photos and files, key images with the clinic's
notes), each file opened in the existing DICOM, PDF and photo viewers (desktop.viewers.launcher).

Loading runs casework.worklist.open_for_review on the database executor, which also marks the
case opened (the clinic sees "in review" after the next sync), as `review show` does.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casework.worklist import open_for_review, viewer_studies
from desktop.viewers.launcher import ViewerLauncher
from desktop.views.attachments import SeriesChoice
from desktop.views.opinion_editor import open_opinion_editor
from desktop.words import (
    tr_consent_method,
    tr_date,
    tr_error,
    tr_review,
    tr_sex,
    tr_size,
    tr_specialty,
    tr_urgency,
)
from desktop.workers import DatabaseExecutor, call
from local_store.models import AttachmentKind
from wording.review import REFERRAL_LABELS


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class ReviewView(QWidget):
    back_requested = Signal()
    loaded = Signal(str)  # bundle id

    def __init__(self, executor: DatabaseExecutor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.viewers = ViewerLauncher(executor, self)
        self.view: dict[str, Any] | None = None
        self.studies: list = []
        self.view_buttons: dict[str, QPushButton] = {}  # attachment id or series uid -> button

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.back_button = QPushButton(tr_review("back"))
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        self.heading = _label("", "sectionTitle")
        bar.addWidget(self.heading, 1)
        self.opinion_editor: QWidget | None = None
        self.opinion_button = QPushButton(tr_review("write_opinion"))
        self.opinion_button.setObjectName("primaryButton")
        self.opinion_button.clicked.connect(self._write_opinion)
        bar.addWidget(self.opinion_button)
        outer.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        self.body = QWidget()
        self.scroll.setWidget(self.body)

    # ------------------------------------------------------------------ loading

    def load(self, bundle_id: str) -> None:
        self.executor.submit(
            call(open_for_review, self.executor.store, bundle_id),
            succeeded=self._on_loaded,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.heading.setText(tr_error(getattr(error, "code", "store_error")))

    @Slot(object)
    def _on_loaded(self, view) -> None:
        self.view = view
        self.studies = viewer_studies(view)
        self.view_buttons = {}
        self.heading.setText(
            tr_review(
                "case_heading",
                specialty=tr_specialty(view["specialty"]),
                urgency=tr_urgency(view["urgency"]),
                due=tr_date(view["due_at"]),
            )
        )
        body = QWidget()
        body.setObjectName("reviewBody")
        self.sections = QVBoxLayout(body)
        self._fill(view)
        self.sections.addStretch(1)
        self.scroll.setWidget(body)
        self.body = body
        self.loaded.emit(view["bundle_id"])

    def _section(self, key: str) -> QVBoxLayout:
        title = _label(tr_review(key), "sectionTitle")
        title.setProperty("reviewSection", key)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.sections.addWidget(title)
        box = QVBoxLayout()
        box.setContentsMargins(12, 0, 0, 8)
        self.sections.addLayout(box)
        return box

    def _fill(self, view: dict[str, Any]) -> None:
        clinic = view["clinic"].get("name") or view["clinic"].get("device_id", "")
        self.sections.addWidget(
            _label(tr_review("from_clinic", clinic=clinic, at=tr_date(view["offered_at"])))
        )
        if view["deidentified"]:
            self.sections.addWidget(_label(tr_review("deidentified")))
        self.sections.addWidget(_label(tr_review("in_review")))

        patient, consent, referral = view["patient"], view["consent"], view["referral"]
        box = self._section("patient")
        age = patient.get("age_years")
        parts = [patient.get("name") or "", tr_sex(patient.get("sex") or "")]
        parts.append(patient.get("birth_date") or ("" if age is None else f"{age}"))
        box.addWidget(_label(", ".join(p for p in parts if p), "reviewPatient"))
        if consent.get("method"):
            box = self._section("consent")
            box.addWidget(
                _label(
                    tr_review(
                        "consent_line",
                        method=tr_consent_method(consent.get("method", "")),
                        given_by=consent.get("given_by", ""),
                        at=consent.get("at", ""),
                        recorded_by=consent.get("recorded_by", ""),
                    )
                )
            )
        box = self._section("questions")
        for number, question in enumerate(view["questions"], 1):
            box.addWidget(_label(f"Q{number}. {question['text']}", "reviewQuestion"))
        fields = [
            (label, referral[key]) for key, label in REFERRAL_LABELS.items() if referral.get(key)
        ]
        if fields:
            box = self._section("referral")
            grid = QGridLayout()
            for row, (label, value) in enumerate(fields):
                grid.addWidget(_label(self.tr(label)), row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(_label(str(value)), row, 1)
            grid.setColumnStretch(1, 1)
            box.addLayout(grid)
        if view["timeline"]:
            box = self._section("timeline")
            for entry in view["timeline"]:
                box.addWidget(_label(f"{entry.get('date', '')}  {entry.get('text', '')}"))
        summary = view["summary"]
        if isinstance(summary, dict) and (
            summary.get("condition_title") or summary.get("abnormal_labs")
        ):
            box = self._section("summary")
            if summary.get("condition_title"):
                box.addWidget(_label(str(summary["condition_title"])))
            for lab in summary.get("abnormal_labs") or []:
                box.addWidget(_label(self._lab_text(lab)))
        checklist = view["checklist"]
        if checklist:
            box = self._section("checklist")
            missing = checklist.get("missing") or []
            box.addWidget(
                _label(
                    tr_review(
                        "checklist_line",
                        condition=checklist.get("condition") or "-",
                        missing=len(missing),
                    )
                )
            )
            for m in missing:
                box.addWidget(
                    _label(tr_review("checklist_missing", item=m.get("item"), why=m.get("why")))
                )
        self._documents(view)
        self._images()
        self._files(view)
        if view["key_images"]:
            box = self._section("key_images")
            for k in view["key_images"]:
                box.addWidget(
                    _label(
                        tr_review(
                            "key_image_line",
                            uid=str(k.get("sop_instance_uid", ""))[-12:],
                            frame=k.get("frame", 0),
                            note=k.get("note", ""),
                        )
                    )
                )

    @staticmethod
    def _lab_text(lab: dict[str, Any]) -> str:
        parts = (lab.get("test"), lab.get("value"), lab.get("unit"), lab.get("flag"))
        return " ".join(str(p) for p in parts if p)

    def _file_row(self, box: QVBoxLayout, key: str, text: str, open_it) -> None:
        row = QHBoxLayout()
        row.addWidget(_label(text), 1)
        button = QPushButton(tr_review("view"))
        button.clicked.connect(open_it)
        self.view_buttons[key] = button
        row.addWidget(button)
        box.addLayout(row)

    def _documents(self, view: dict[str, Any]) -> None:
        if not view["documents"]:
            return
        names = {f["attachment_id"]: f["name"] for f in view["files"]}
        box = self._section("documents")
        for d in view["documents"]:
            attachment_id = d.get("attachment_id")
            text = " ".join(
                p
                for p in (d.get("kind", ""), d.get("date") or "", names.get(attachment_id, ""))
                if p
            )
            if attachment_id:
                self._file_row(
                    box, attachment_id, text, lambda _=False, a=attachment_id: self.open_file(a)
                )
            else:
                box.addWidget(_label(text))
            for lab in d["labs"]:
                box.addWidget(_label("    " + self._lab_text(lab)))

    def _images(self) -> None:
        if not self.studies:
            return
        box = self._section("images")
        for study in self.studies:
            for series in study.series:
                text = tr_review(
                    "series_line",
                    modality=series.modality,
                    description=series.description,
                    count=series.instances,
                )
                self._file_row(
                    box,
                    series.series_uid,
                    text,
                    lambda _=False, st=study, se=series: self.open_series(st, se),
                )

    def _files(self, view: dict[str, Any]) -> None:
        documents = {d.get("attachment_id") for d in view["documents"]}
        attachments = view.get("attachments") or {}
        others = [
            f
            for f in view["files"]
            if f["attachment_id"]
            and f["attachment_id"] not in documents
            and getattr(attachments.get(f["attachment_id"]), "kind", None)
            is not AttachmentKind.DICOM
        ]
        box = self._section("photos_files")
        if not others:
            box.addWidget(_label(tr_review("nothing")))
        for f in others:
            text = f"{f.get('name')}  ({tr_size(f.get('size') or 0)})"
            self._file_row(
                box,
                f["attachment_id"],
                text,
                lambda _=False, a=f["attachment_id"]: self.open_file(a),
            )

    # ------------------------------------------------------------------ opening

    def open_file(self, attachment_id: str) -> None:
        """A report or photo in the document viewer, beside the lab values read from it."""
        self.viewers.open_document(attachment_id)

    def open_series(self, study, series) -> None:
        if self.view is not None:
            self.viewers.open(self.view["case_id"], SeriesChoice(study, series))

    @Slot()
    def _write_opinion(self) -> None:
        if self.view is None:
            return
        self.opinion_editor = open_opinion_editor(
            self.window(), self.executor.store, self.executor, self.view["bundle_id"]
        )
        self.opinion_editor.resize(1000, 700)
        self.opinion_editor.show()
        self.opinion_editor.raise_()
        self.opinion_editor.activateWindow()
