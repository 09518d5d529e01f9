"""The tag browser: every element of the shown image's header, nested sequences as a tree,
with a search box that matches tag numbers, keywords and values.

``tag_rows`` turns a pydicom dataset into plain rows (Qt-free logic, kept here because only
this window uses it); binary values are summarised by length, never dumped. Thread-safety:
GUI thread only (the dataset is the header already read by the frame loader).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydicom.multival import MultiValue
from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

BINARY_VRS = {"OB", "OW", "OF", "OD", "OL", "OV", "UN"}
MAX_VALUE_CHARS = 200


@dataclass
class TagRow:
    tag: str
    keyword: str
    vr: str
    value: str
    children: list[TagRow] = field(default_factory=list)


def _value_text(element) -> str:
    if element.VR in BINARY_VRS:
        length = len(element.value) if element.value is not None else 0
        return f"<{length} bytes>"
    value = element.value
    many = isinstance(value, MultiValue | list | tuple)
    text = "\\".join(str(v) for v in value) if many else str(value)
    if element.VR == "PN":
        text = text.replace("^", " ").strip()
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"


def tag_rows(dataset) -> list[TagRow]:
    rows = []
    meta = getattr(dataset, "file_meta", None)
    elements = [*(meta or []), *dataset]
    for element in elements:
        tag = f"({element.tag.group:04X},{element.tag.element:04X})"
        keyword = element.keyword or element.name
        if element.VR == "SQ":
            row = TagRow(tag, keyword, "SQ", f"{len(element.value)}")
            for number, item in enumerate(element.value, start=1):
                item_row = TagRow("", f"#{number}", "", "", tag_rows(item))
                row.children.append(item_row)
        else:
            try:
                value = _value_text(element)
            except Exception:
                value = "?"
            row = TagRow(tag, keyword, element.VR, value)
        rows.append(row)
    return rows


class TagBrowser(QDialog):
    def __init__(self, dataset, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DICOM tags: {title}").format(title=title))
        self.resize(860, 640)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search tags: number, name or value"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Tag"), self.tr("Name"), self.tr("VR"), self.tr("Value")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(1, 260)
        self.count = QLabel(self)
        self.count.setObjectName("fieldHint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._fill(tag_rows(dataset) if dataset is not None else [])
        self.search.textChanged.connect(self._filter)
        self._filter("")

    def _fill(self, rows: list[TagRow], parent: QTreeWidgetItem | None = None) -> None:
        for row in rows:
            item = QTreeWidgetItem([row.tag, row.keyword, row.vr, row.value])
            item.setToolTip(3, row.value)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._fill(row.children, item)

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.strip().lower().replace(" ", "")
        shown = 0
        for index in range(self.tree.topLevelItemCount()):
            shown += self._filter_item(self.tree.topLevelItem(index), needle)
        if shown == 1:
            self.count.setText(self.tr("1 tag shown"))
        else:
            self.count.setText(self.tr("{n} tags shown").format(n=shown))

    def _filter_item(self, item: QTreeWidgetItem, needle: str) -> int:
        own = not needle or any(needle in item.text(c).lower().replace(" ", "") for c in range(4))
        matched_children = 0
        for index in range(item.childCount()):
            matched_children += self._filter_item(item.child(index), "" if own else needle)
        visible = own or matched_children > 0
        item.setHidden(not visible)
        item.setExpanded(bool(needle) and matched_children > 0)
        return (1 if own and item.text(0) else 0) + matched_children if visible else 0

    def visible_keywords(self) -> list[str]:
        """Names of the rows a user can see now (top level and inside open sequences)."""
        names = []

        def walk(item: QTreeWidgetItem) -> None:
            if item.isHidden():
                return
            if item.text(0):
                names.append(item.text(1))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return names
