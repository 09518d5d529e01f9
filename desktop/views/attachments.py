"""The attachments panel of the open case: import, and see Scans > Studies > Series, Documents,
Photos and Other files.

Import (buttons, a folder, "Import from CD/USB", or files dropped on the panel) goes through
the import pipeline in ``ImportDialog`` (read, patient check, save, summary). The tree shows
each DICOM study with its series (a thumbnail, modality, body part and image count), then the
other attachments grouped by kind. Thumbnails are rendered on the import pool from the
encrypted blobs (middle image, default window) and kept in memory per series, so reopening a
case shows them at once. Double-click or Enter on a series or a file emits ``open_requested``
with a ``SeriesChoice`` or an ``Attachment`` for the viewers.
Thread-safety: GUI thread only; store reads run on the database executor, rendering on the pool.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.case_list import local_time
from desktop.views.import_dialog import ImportDialog, Outcome, count
from desktop.views.media_chooser import MediaChooser
from desktop.words import plural, tr_case, tr_error, tr_size
from desktop.workers import DatabaseExecutor, JobPool
from local_store.attachments import list_attachments, remove_attachment
from local_store.dicom_index import Series, Study, list_studies
from local_store.models import Attachment, AttachmentKind
from local_store.trash import KEEP_DAYS

__all__ = ["AttachmentsPanel", "SeriesChoice"]

log = logging.getLogger(__name__)

THUMB_SIZE = 128  # rendered size; kept at this size so a larger view can reuse it
ICON_SIZE = 64  # shown in the tree
MIN_TREE_HEIGHT = 100
MAX_TREE_HEIGHT = 520
THUMB_CACHE_ENTRIES = 400  # about 400 x 48 KB at most
PAYLOAD = Qt.ItemDataRole.UserRole


class SeriesChoice(NamedTuple):
    """What ``open_requested`` carries for a series: the series and the study it belongs to."""

    study: Study
    series: Series


def _load(store, case_id: str):
    return case_id, list_attachments(store, case_id), list_studies(store, case_id)


def _studies(store, case_id: str):
    return case_id, list_studies(store, case_id)


def _thumbnail_work(store, series_uid: str, sha256: str):
    def work(cancel: threading.Event, progress) -> object:
        if cancel.is_set():
            return series_uid, None
        # Imported here, not at the top: pydicom and numpy would slow the app's cold start.
        from imaging.thumbnails import thumbnail

        try:
            return series_uid, thumbnail(store.blobs.read_bytes(sha256), THUMB_SIZE)
        except Exception as exc:  # a series we cannot decode keeps its placeholder
            log.info("no thumbnail: %s", type(exc).__name__)
            return series_uid, None

    return work


def to_pixmap(pixels) -> QPixmap:
    """A QPixmap of a uint8 (h, w) grey or (h, w, 3) RGB array."""
    height, width = pixels.shape[:2]
    if pixels.ndim == 2:
        image = QImage(pixels.tobytes(), width, height, width, QImage.Format.Format_Grayscale8)
    else:
        image = QImage(pixels.tobytes(), width, height, width * 3, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())  # copy: the bytes object is freed after this


def placeholder(text: str) -> QPixmap:
    """A dark square with the modality on it, until (or instead of) the real thumbnail."""
    pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
    pixmap.fill(QColor("#2b2b2b"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#d0d0d0"))
    font = painter.font()
    font.setPointSize(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text or "?")
    painter.end()
    return pixmap


class AttachmentsPanel(QWidget):
    changed = Signal()  # attachments were added to the open case
    open_requested = Signal(object)  # SeriesChoice or Attachment

    def __init__(self, executor: DatabaseExecutor, import_pool: JobPool, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.import_pool = import_pool
        self.store = executor.store
        self.case_id: str | None = None
        self.before_import = None  # callable run first (the editor saves pending typing)
        self.import_dialog: ImportDialog | None = None
        self.last_outcome: Outcome | None = None
        self._attachments: list[Attachment] = []
        self._studies: list[Study] = []
        self._studies_known = False  # until the index is read, scan files are not listed
        self._thumbs: OrderedDict[str, QPixmap] = OrderedDict()
        self._thumb_items: dict[str, list[QTreeWidgetItem]] = {}
        self._thumb_jobs: dict[str, object] = {}  # series uid -> Job being rendered
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Import files…"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.clicked.connect(self.choose_files)
        buttons.addWidget(self.add_button)
        self.folder_button = QPushButton(self.tr("Import a folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        buttons.addWidget(self.folder_button)
        self.media_button = QPushButton(self.tr("Import from CD/USB…"))
        self.media_button.clicked.connect(self._on_media_button)
        buttons.addWidget(self.media_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # On the hint's line, not the import buttons': the panel must stay narrow enough for a
        # 1024-pixel screen.
        hint_line = QHBoxLayout()
        self.hint = QLabel(self.tr("You can also drag files, folders or zip files here."))
        self.hint.setObjectName("fieldHint")
        self.hint.setWordWrap(True)
        hint_line.addWidget(self.hint, 1)
        self.remove_button = QPushButton(tr_case("remove_file"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        hint_line.addWidget(self.remove_button)
        layout.addLayout(hint_line)
        self.locked = False

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Images or size"), self.tr("Added")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.tree.setIndentation(18)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(MIN_TREE_HEIGHT)
        self.tree.setMaximumHeight(MAX_TREE_HEIGHT)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.tree)
        self.list = self.tree  # the name earlier code and tests use
        self.empty = QLabel(self.tr("Nothing imported yet."))
        self.empty.setObjectName("fieldHint")
        layout.addWidget(self.empty)
        self._refresh_empty()

    # -------------------------------------------------------------- words

    def kind_label(self, kind: AttachmentKind) -> str:
        return {
            AttachmentKind.DICOM: self.tr("Scan (DICOM)"),
            AttachmentKind.DOCUMENT: self.tr("Document (PDF)"),
            AttachmentKind.PHOTO: self.tr("Photo"),
            AttachmentKind.OTHER: self.tr("Other file"),
        }[kind]

    def _study_title(self, study: Study) -> str:
        parts = [study.description or self.tr("Scan without a description")]
        if study.study_date:
            parts.append(_date_text(study.study_date))
        parts.extend(study.modalities)
        return " · ".join(parts)

    def _series_title(self, series: Series) -> str:
        title = series.description or self.tr("Series without a description")
        if series.number is not None:
            title = self.tr("Series %1: %2").replace("%1", str(series.number)).replace("%2", title)
        kind = " · ".join(p for p in (series.modality, series.body_part.title()) if p)
        # Two lines beside the 64 px thumbnail: what it is, then modality and body part.
        return f"{title}\n{kind}" if kind else title

    def _images_text(self, n: int) -> str:
        return plural(n, self.tr("1 image"), self.tr("%1 images"))

    # -------------------------------------------------------------- showing

    def set_case(self, case_id: str, attachments) -> None:
        """Show ``case_id``: its files at once, its scans when the index has been read."""
        if case_id != self.case_id:
            self.message.hide()
            for job in self._thumb_jobs.values():
                job.cancel.set()
            self._thumb_jobs = {}
        self.case_id = case_id
        self._attachments = list(attachments)
        self._studies = []
        self._studies_known = False
        self._fill()
        self.executor.submit(
            lambda cancel, progress: _studies(self.store, case_id),
            succeeded=self._on_studies,
        )

    def set_locked(self, locked: bool) -> None:
        """A sent or closed case: nothing is imported or removed here (an update adds files)."""
        self.locked = locked
        for widget in (self.add_button, self.folder_button, self.media_button, self.hint):
            widget.setVisible(not locked)
        self.remove_button.setVisible(not locked)
        self.setAcceptDrops(not locked)
        self._on_selection()

    def removable_ids(self) -> list[str]:
        """The attachments the chosen line stands for, if none of them was sent."""
        items = self.tree.selectedItems()
        payload = items[0].data(0, PAYLOAD) if items else None
        if isinstance(payload, Attachment):
            ids = [payload.id]
        elif isinstance(payload, SeriesChoice):
            ids = [ref.attachment_id for ref in payload.series.instance_refs]
        else:
            return []
        sent = {a.id for a in self._attachments if a.sent_in is not None}
        return [] if sent & set(ids) else ids

    @Slot()
    def _on_selection(self) -> None:
        self.remove_button.setEnabled(not self.locked and bool(self.removable_ids()))

    @Slot()
    def remove_selected(self) -> None:
        ids = self.removable_ids()
        if not ids or self.case_id is None:
            return
        name = self.tree.selectedItems()[0].text(0)
        answer = QMessageBox.question(
            self,
            tr_case("confirm_remove_file_title"),
            tr_case("confirm_remove_file", name=name, days=KEEP_DAYS),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.store
        self.executor.submit(
            lambda cancel, progress: [remove_attachment(store, i) for i in ids],
            succeeded=self._on_removed,
            failed=self._on_remove_failed,
        )

    @Slot(object)
    def _on_removed(self, _result) -> None:
        self.reload()
        self.changed.emit()

    @Slot(object)
    def _on_remove_failed(self, error) -> None:
        self._say(tr_error(getattr(error, "code", None) or "store_error"), "problem")
        self.reload()

    def reload(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.executor.submit(
            lambda cancel, progress: _load(self.store, case_id), succeeded=self._on_loaded
        )

    @Slot(object)
    def _on_studies(self, data) -> None:
        case_id, studies = data
        if case_id == self.case_id:
            self._studies = studies
            self._studies_known = True
            self._fill()

    @Slot(object)
    def _on_loaded(self, data) -> None:
        case_id, attachments, studies = data
        if case_id == self.case_id:
            self._attachments = attachments
            self._studies = studies
            self._studies_known = True
            self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        self._thumb_items = {}
        in_series = {
            ref.attachment_id
            for study in self._studies
            for series in study.series
            for ref in series.instance_refs
        }
        if self._studies:
            scans = self._group(self.tr("Scans (DICOM)"), len(self._studies), study_count=True)
            for study in self._studies:
                study_item = QTreeWidgetItem(
                    [
                        self._study_title(study),
                        plural(len(study.series), self.tr("1 series"), self.tr("%1 series")),
                        "",
                    ]
                )
                study_item.setData(0, PAYLOAD, None)
                scans.addChild(study_item)
                for series in study.series:
                    self._add_series(study_item, study, series)
                study_item.setExpanded(True)
            scans.setExpanded(True)
        groups = (
            (AttachmentKind.DOCUMENT, self.tr("Documents")),
            (AttachmentKind.PHOTO, self.tr("Photos")),
            (AttachmentKind.DICOM, self.tr("Other scan files")),
            (AttachmentKind.OTHER, self.tr("Other files")),
        )
        for kind, title in groups:
            if kind is AttachmentKind.DICOM and not self._studies_known:
                continue  # they would flash here, then move under their series
            members = [a for a in self._attachments if a.kind == kind and a.id not in in_series]
            if not members:
                continue
            group = self._group(title, len(members))
            for attachment in members:
                item = QTreeWidgetItem(
                    [attachment.name, tr_size(attachment.size), local_time(attachment.added_at)]
                )
                item.setData(0, PAYLOAD, attachment)
                item.setToolTip(0, f"{attachment.name}\n{self.kind_label(attachment.kind)}")
                group.addChild(item)
            group.setExpanded(True)
        self._refresh_empty()
        self._fit_height()
        self._request_thumbnails()

    def _fit_height(self) -> None:
        """As tall as the rows need (within limits), so a few files need no inner scrolling."""
        rows = series_rows = 0
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if isinstance(item.data(0, PAYLOAD), SeriesChoice):
                series_rows += 1
            else:
                rows += 1
            if item.isExpanded():
                stack.extend(item.child(i) for i in range(item.childCount()))
        text_row = self.tree.fontMetrics().height() + 6
        wanted = (
            self.tree.header().sizeHint().height()
            + rows * text_row
            + series_rows * (ICON_SIZE + 8)
            + 2 * self.tree.frameWidth()
            + 4
        )
        # Fixed, not minimum: a tree view's own size hint (192 px) would add empty rows.
        self.tree.setFixedHeight(min(max(wanted, MIN_TREE_HEIGHT), MAX_TREE_HEIGHT))

    def _group(self, title: str, n: int, study_count: bool = False) -> QTreeWidgetItem:
        if study_count:
            label = plural(n, self.tr("1 study"), self.tr("%1 studies"))
        else:
            label = plural(n, self.tr("1 file"), self.tr("%1 files"))
        item = QTreeWidgetItem([title, label, ""])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, PAYLOAD, None)
        self.tree.addTopLevelItem(item)
        return item

    def _add_series(self, parent: QTreeWidgetItem, study: Study, series: Series) -> None:
        item = QTreeWidgetItem(
            [self._series_title(series), self._images_text(series.instances), ""]
        )
        item.setData(0, PAYLOAD, SeriesChoice(study, series))
        item.setToolTip(0, self.tr("Double-click to open"))
        pixmap = self._thumbs.get(series.series_uid)
        item.setIcon(0, QIcon(pixmap if pixmap is not None else placeholder(series.modality)))
        parent.addChild(item)
        self._thumb_items.setdefault(series.series_uid, []).append(item)

    def _refresh_empty(self) -> None:
        has = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has)
        self.empty.setVisible(not has)

    def _say(self, text: str, kind: str = "") -> None:
        self.message.setText(text)
        self.message.setObjectName("banner" if kind else "")
        self.message.setProperty("kind", kind)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # -------------------------------------------------------------- thumbnails

    def _request_thumbnails(self) -> None:
        for study in self._studies:
            for series in study.series:
                uid = series.series_uid
                if uid in self._thumbs or uid in self._thumb_jobs or not series.instance_refs:
                    continue
                middle = series.instance_refs[len(series.instance_refs) // 2]
                job = self.import_pool.submit(
                    _thumbnail_work(self.store, uid, middle.sha256),
                    succeeded=self._on_thumbnail,
                )
                if job is not None:
                    self._thumb_jobs[uid] = job

    @Slot(object)
    def _on_thumbnail(self, data) -> None:
        series_uid, pixels = data
        self._thumb_jobs.pop(series_uid, None)
        if pixels is None:
            return
        pixmap = to_pixmap(pixels)
        self._thumbs[series_uid] = pixmap
        self._thumbs.move_to_end(series_uid)
        while len(self._thumbs) > THUMB_CACHE_ENTRIES:
            self._thumbs.popitem(last=False)
        for item in self._thumb_items.get(series_uid, []):
            item.setIcon(0, QIcon(pixmap))

    def thumbnails_pending(self) -> bool:
        return bool(self._thumb_jobs)

    def thumbnail_for(self, series_uid: str) -> QPixmap | None:
        return self._thumbs.get(series_uid)

    # -------------------------------------------------------------- opening

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        payload = item.data(0, PAYLOAD)
        if isinstance(payload, (SeriesChoice, Attachment)):
            self.open_requested.emit(payload)

    # -------------------------------------------------------------- importing

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to import"),
            "",
            self.tr(
                "All files (*);;Scans (*.dcm DICOMDIR);;PDF documents (*.pdf);;"
                "Photos (*.jpg *.jpeg *.png *.heic);;Zip files (*.zip)"
            ),
        )
        if names:
            self.import_paths(names)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to import"))
        if folder:
            self.import_paths([folder])

    @Slot()
    def _on_media_button(self) -> None:
        self.choose_media()

    def choose_media(self, **list_kwargs) -> MediaChooser | None:
        if self.case_id is None:
            return None
        chooser = MediaChooser(self.import_pool, self, **list_kwargs)
        chooser.accepted.connect(self._on_medium_chosen)
        chooser.open()
        self.media_chooser = chooser
        return chooser

    @Slot()
    def _on_medium_chosen(self) -> None:
        medium = self.media_chooser.chosen
        if medium is not None:
            self.import_paths([medium.path], source_label=str(medium.path), copy_first=True)

    def add_files(self, paths) -> ImportDialog | None:
        return self.import_paths(paths)

    def import_paths(
        self, paths, source_label: str = "", copy_first: bool = False
    ) -> ImportDialog | None:
        """Import these files, folders, zips or media into the open case (one import at a time)."""
        paths = [p for p in paths if p]
        if self.case_id is None or not paths:
            return None
        if self.import_dialog is not None and self.import_dialog.phase != "done":
            self._say(self.tr("Wait until the import that is running has finished."), "problem")
            return None
        if self.before_import is not None:
            self.before_import()
        dialog = ImportDialog(
            self.executor,
            self.import_pool,
            self.case_id,
            paths,
            source_label,
            self.window(),
            copy_first=copy_first,
        )
        dialog.done.connect(self._on_import_done)
        dialog.finished.connect(dialog.deleteLater)
        self.import_dialog = dialog
        dialog.start()
        return dialog

    @Slot(object)
    def _on_import_done(self, outcome: Outcome) -> None:
        self.last_outcome = outcome
        dialog = self.sender()
        if isinstance(dialog, ImportDialog) and dialog.case_id != self.case_id:
            return
        imported = count(outcome.report.imported) if outcome.report is not None else 0
        if outcome.cancelled:
            self._say(self.tr("The import was stopped."), "")
        elif imported:
            self._say(
                plural(imported, self.tr("1 file imported."), self.tr("%1 files imported.")), ""
            )
        if outcome.changed:
            self.reload()
            self.changed.emit()

    # -------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if self.case_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)


def _date_text(value: str) -> str:
    """DICOM dates come as YYYYMMDD or, from the index, ISO; show ISO."""
    if len(value) == 8 and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return value
