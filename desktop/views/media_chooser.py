"""The "Import from CD/USB" chooser: lists mounted removable media, those holding a DICOMDIR first.

The listing runs on a pool thread (``removable_media.list_media``): a sleeping CD drive can
take seconds to answer. The user picks one medium (double-click or Import) and the dialog
returns its folder in ``chosen``; "Look again" lists once more after a disc is inserted.
With ``saving=True`` it is the chooser of a stick to write on (a case saved to carry): discs
are left out and it speaks of saving. Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop import removable_media
from desktop.workers import JobPool

WIDTH = 560


def _list_work(mounts_kwargs: dict):
    def work(cancel, progress):
        return removable_media.list_media(**mounts_kwargs)

    return work


class MediaChooser(QDialog):
    def __init__(self, pool: JobPool, parent=None, *, saving: bool = False, **list_kwargs) -> None:
        super().__init__(parent)
        self.pool = pool
        self.saving = saving
        self.list_kwargs = list_kwargs  # tests point these at prepared mount tables
        self.chosen = None  # removable_media.Medium
        self.loaded = False
        self.setWindowTitle(
            self.tr("Save to USB stick") if saving else self.tr("Import from CD/USB")
        )
        self.setMinimumWidth(WIDTH)
        layout = QVBoxLayout(self)
        title = QLabel(
            self.tr("Choose the USB stick to save on")
            if saving
            else self.tr("Choose the CD, DVD or USB stick")
        )
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        self.status = QLabel(self.tr("Looking for CDs and USB sticks…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = QListWidget()
        self.list.setMinimumHeight(160)
        self.list.itemActivated.connect(self._on_activated)
        self.list.currentItemChanged.connect(self._on_current)
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.again_button = QPushButton(self.tr("Look again"))
        self.again_button.clicked.connect(self.refresh)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        self.import_button = QPushButton(self.tr("Save here") if saving else self.tr("Import"))
        self.import_button.setObjectName("primaryButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._choose_current)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self.loaded = False
        self.again_button.setEnabled(False)
        self.status.setText(self.tr("Looking for CDs and USB sticks…"))
        self.list.clear()
        job = self.pool.submit(
            _list_work(self.list_kwargs), succeeded=self._on_listed, failed=self._on_failed
        )
        if job is None:
            self.reject()

    @Slot(object)
    def _on_listed(self, media) -> None:
        self.loaded = True
        self.again_button.setEnabled(True)
        self.list.clear()
        if self.saving:
            media = [m for m in media if not m.optical]  # a disc cannot be written here
        for medium in media:
            if self.saving:
                detail = self.tr("USB stick or card")
            elif medium.dicomdir is not None:
                detail = self.tr("scans found (DICOMDIR)")
            else:
                detail = self.tr("no DICOMDIR: all files on it will be imported")
            kind = self.tr("CD/DVD") if medium.optical else self.tr("USB stick or card")
            shown = (
                f"{medium.label}  ({detail})"
                if self.saving
                else f"{medium.label}  ({kind}, {detail})"
            )
            item = QListWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, medium)
            item.setToolTip(str(medium.path))
            self.list.addItem(item)
        if media and self.saving:
            self.status.setText(self.tr("Choose the stick and press Save here."))
            self.list.setCurrentRow(0)
        elif media:
            self.status.setText(
                self.tr("Choose one and press Import. Insert another disc and press Look again.")
            )
            self.list.setCurrentRow(0)
        elif self.saving:
            self.status.setText(
                self.tr(
                    "No USB stick found. Insert it, wait until the computer shows it, then "
                    "press Look again. You can also choose a folder."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "No CD or USB stick found. Insert it, wait until the computer shows it, "
                    "then press Look again. You can also use Import a folder."
                )
            )

    @Slot(object)
    def _on_failed(self, _error) -> None:
        self._on_listed([])

    @Slot(object, object)
    def _on_current(self, current, _previous) -> None:
        self.import_button.setEnabled(current is not None)

    @Slot(object)
    def _on_activated(self, item) -> None:
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    @Slot()
    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_activated(item)
