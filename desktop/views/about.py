"""The "About / Data protection" dialog: version, which protection is active, the data folder.

Thread-safety: GUI thread only; reads only values already held by the Store object.
"""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from desktop import style
from desktop.views.widgets import wrapped_label
from desktop.words import tr_protection


def app_version() -> str:
    try:
        return metadata.version("casebridge")
    except metadata.PackageNotFoundError:
        return "0+unknown"


class AboutDialog(QDialog):
    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        style.apply()
        self.setWindowTitle(self.tr("About CaseBridge and data protection"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("CaseBridge %1").replace("%1", app_version()))
        title.setObjectName("dialogTitle")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(self.tr("Prepares complete cases for a second medical opinion, offline first."))
        )
        heading = QLabel(self.tr("How your cases are protected"))
        heading.setObjectName("fieldLabel")
        layout.addWidget(heading)
        kind = store.protection.kind.value
        self.protection_text = wrapped_label(tr_protection(kind, store.protection.backend), 560)
        self.protection_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.protection_text)
        folder_heading = QLabel(self.tr("Where your cases are kept"))
        folder_heading.setObjectName("fieldLabel")
        layout.addWidget(folder_heading)
        self.folder = QLabel(str(store.data_dir))
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        layout.addWidget(
            QLabel(self.tr("Back up this whole folder regularly, for example to a USB disk."))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
