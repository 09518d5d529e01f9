"""The case list: a table model over CaseSummary rows, a search/sort proxy, a status badge,
and the patient cell's two lines (the name, then the case number and the day it was started, so
two cases of one patient never look alike).

The model precomputes each row's display strings and a lowercase search key in ``set_rows`` so
that showing and filtering 10,000 cases stays within the 100 ms budget; sorting is done in
Python on the source rows (one key per row) instead of by per-comparison ``lessThan`` calls.
Thread-safety: GUI thread only; rows arrive from the database executor as plain values.
"""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from desktop.words import tr_case_line, tr_specialty, tr_status, tr_status_hint, tr_urgency
from local_store.models import CaseStatus, CaseSummary, Urgency, case_number

PATIENT, HOSPITAL_ID, SPECIALTY, STATUS, URGENCY, CHANGED = range(6)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_CODE_ROLE = Qt.ItemDataRole.UserRole + 2
CASE_LINE_ROLE = Qt.ItemDataRole.UserRole + 3  # "Case 3f2a9c1e · 6 Dec 2026"
CASE_LINE_COLOUR = "#555555"

# (background, text) per status: grey for work in progress, blue on the way, green for done.
STATUS_COLOURS = {
    CaseStatus.DRAFT: ("#e6e6e6", "#333333"),
    CaseStatus.READY: ("#d7ecd9", "#1d5e27"),
    CaseStatus.QUEUED: ("#fff0c2", "#6b4e00"),
    CaseStatus.SENDING: ("#fff0c2", "#6b4e00"),
    CaseStatus.DELIVERED: ("#d6e6fa", "#133d73"),
    CaseStatus.ASSIGNED: ("#d6e6fa", "#133d73"),
    CaseStatus.IN_REVIEW: ("#d6e6fa", "#133d73"),
    CaseStatus.OPINION_RECEIVED: ("#c9f0d3", "#0b5a23"),
    CaseStatus.QUESTION_ASKED: ("#fff0c2", "#6b4e00"),
    CaseStatus.ANSWERED: ("#c9f0d3", "#0b5a23"),
    CaseStatus.CLOSED: ("#eeeeee", "#666666"),
}
# The states shown from the outbox and the feed (casework.case_state), by code.
STATE_COLOURS = {status.value: colours for status, colours in STATUS_COLOURS.items()} | {
    "send_problem": ("#fde2c4", "#7a3b00"),
    "not_sent": ("#f9d6d9", "#8a0015"),
    "opinion_ready": ("#c9f0d3", "#0b5a23"),
    "opinion_kept_out": ("#f9d6d9", "#8a0015"),
    "refused": ("#f9d6d9", "#8a0015"),
}


def shown_state(summary: CaseSummary) -> str:
    """The code of the state to show: the derived one when known, else the status."""
    return summary.shown or summary.status.value


@functools.lru_cache(maxsize=4096)
def local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d %b %Y, %H:%M")
    except ValueError:
        return iso


@functools.lru_cache(maxsize=4096)
def case_line(case_id: str, created_at: str) -> str:
    return tr_case_line(case_number(case_id), created_at)


class CaseListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CaseSummary] = []
        self._display: list[tuple[str | None, ...]] = []
        self._keys: list[str] = []
        self._row_of: dict[str, int] = {}
        self._name_columns()

    def _name_columns(self) -> None:
        self._headers = (
            self.tr("Patient"),
            self.tr("Hospital ID"),
            self.tr("Specialty"),
            self.tr("Status"),
            self.tr("Urgency"),
            self.tr("Last changed"),
        )
        self.no_name = self.tr("(no name yet)")

    def retranslate(self) -> None:
        """After a language switch: the same rows (selection kept) in the new language."""
        self._name_columns()
        case_line.cache_clear()
        self._rebuild()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- data in

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rebuild()
        self.endResetModel()

    def update_row(self, summary: CaseSummary) -> None:
        """Replace one case's row in place (after an autosave), or add it at the top."""
        row = self._row_of.get(summary.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, summary)
            self._rebuild()
            self.endInsertRows()
            return
        self._rows[row] = summary
        self._display[row] = self._display_of(summary)
        self._keys[row] = self._key_of(summary, self._display[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, CHANGED))

    def _rebuild(self) -> None:
        labels: dict[str, str] = {}

        def label(fn, code: str) -> str:
            cache_key = f"{fn.__name__}:{code}"
            if cache_key not in labels:
                labels[cache_key] = fn(code)
            return labels[cache_key]

        display = []
        keys = []
        no_name = self.no_name
        for r in self._rows:
            shown = (
                r.patient_name or no_name,
                r.hospital_id,
                label(tr_specialty, r.specialty),
                label(tr_status, shown_state(r)),
                label(tr_urgency, r.urgency.value),
                None,  # local time: formatted when first shown (the slowest column to build)
            )
            display.append(shown)
            keys.append(self._key_of(r, shown))
        self._display = display
        self._keys = keys
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def _display_of(self, r: CaseSummary) -> tuple[str, ...]:
        return (
            r.patient_name or self.no_name,
            r.hospital_id,
            tr_specialty(r.specialty),
            tr_status(shown_state(r)),
            tr_urgency(r.urgency.value),
            None,
        )

    @staticmethod
    def _key_of(r: CaseSummary, shown: tuple[str, ...]) -> str:
        # Codes and translated labels both match, so "oncology" finds a case in Hindi too.
        return "\n".join(
            (r.patient_name, r.hospital_id, shown[2], r.specialty, shown[3], shown_state(r))
        ).lower()

    # -- lookups used by the proxy and the window

    def matches(self, row: int, id_prefix: str, tokens: list[str]) -> bool:
        if id_prefix and self._rows[row].id.startswith(id_prefix):
            return True
        key = self._keys[row]
        return all(t in key for t in tokens)

    def summary(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: str) -> int | None:
        return self._row_of.get(case_id)

    # -- Qt model interface

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows)) or not (0 <= column < len(self._headers)):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if column == CHANGED:
                return local_time(self._rows[row].updated_at)
            if column == PATIENT and role == Qt.ItemDataRole.ToolTipRole:
                r = self._rows[row]
                return f"{self._display[row][column]}\n{case_line(r.id, r.created_at)}"
            if column == STATUS and role == Qt.ItemDataRole.ToolTipRole:
                hint = tr_status_hint(shown_state(self._rows[row]))
                return (
                    f"{self._display[row][column]}\n{hint}" if hint else self._display[row][column]
                )
            return self._display[row][column]
        r = self._rows[row]
        if role == CASE_LINE_ROLE:
            return case_line(r.id, r.created_at)
        if role == CASE_ID_ROLE:
            return r.id
        if role == STATUS_CODE_ROLE:
            return shown_state(r)
        if column == STATUS:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(STATE_COLOURS[shown_state(r)][0]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(STATE_COLOURS[shown_state(r)][1]))
        if column == URGENCY and r.urgency == Urgency.URGENT:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b00020"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._headers)):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        if column == CHANGED:
            keys = [r.updated_at for r in self._rows]
        else:
            keys = [d[column].casefold() for d in self._display]
        order_idx = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in order_idx]
        self._display = [self._display[i] for i in order_idx]
        self._keys = [self._keys[i] for i in order_idx]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(self._row_of[case_id], i.column())
                for case_id, i in zip(old_ids, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()


class CaseFilterProxy(QSortFilterProxyModel):
    """Filters by a search text: words in name, hospital ID, specialty, status; or an id prefix."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._id_prefix = ""

    def set_search(self, text: str) -> None:
        text = text.strip().lower()
        self.beginFilterChange()
        self._tokens = text.split()
        # An id is looked up by its start; 4 characters avoid matching every case on "a".
        self._id_prefix = text if len(text) >= 4 and " " not in text else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._tokens:
            return True
        return self.sourceModel().matches(source_row, self._id_prefix, self._tokens)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        # Sorting the source rows in one Python sort is much faster than lessThan per pair.
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)


class StatusBadgeDelegate(QStyledItemDelegate):
    """Draws the status as a rounded coloured badge with its text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        text = opt.text
        opt.text = ""
        opt.backgroundBrush = QBrush()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        code = index.data(STATUS_CODE_ROLE)
        background, foreground = STATE_COLOURS.get(code, ("#e6e6e6", "#333333"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 20, opt.rect.width() - 8)
        height = min(metrics.height() + 8, opt.rect.height() - 4)
        rect = QRectF(
            opt.rect.left() + 4,
            opt.rect.top() + (opt.rect.height() - height) / 2,
            width,
            height,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QPen(QColor(foreground)))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 12)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 12))


class PatientDelegate(QStyledItemDelegate):
    """The patient cell: the name, and below it in smaller grey the case number and start day.

    Given its table, it keeps the table's rows tall enough for both lines whenever the table's
    font or style changes (the style sheet sets the font only when the table is first shown).
    """

    MIN_ROW_HEIGHT = 40

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)
        self._fit_rows()

    def _fit_rows(self) -> None:
        height = max(self.MIN_ROW_HEIGHT, self.row_height(self.table.font()))
        self.table.verticalHeader().setDefaultSectionSize(height)

    def eventFilter(self, watched, event) -> bool:
        # getattr: a window being torn down can still pass events (a language switch's) to a
        # delegate whose Python side is already gone.
        if watched is getattr(self, "table", None) and event.type() in (
            QEvent.Type.Polish,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._fit_rows()
        return super().eventFilter(watched, event)

    @staticmethod
    def small_font(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return small

    @classmethod
    def row_height(cls, font: QFont) -> int:
        """Room for both lines and their margins in a row of the case table."""
        return QFontMetrics(font).height() + QFontMetrics(cls.small_font(font)).height() + 12

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        name = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        line = index.data(CASE_LINE_ROLE) or ""
        small = self.small_font(opt.font)
        name_height = QFontMetrics(opt.font).height()
        line_height = QFontMetrics(small).height()
        rect = opt.rect.adjusted(6, 0, -6, 0)
        top = rect.top() + max((rect.height() - name_height - line_height) // 2, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        name_box = QRectF(rect.left(), top, rect.width(), name_height)
        elided = opt.fontMetrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.setFont(small)
        if not selected:
            painter.setPen(QColor(CASE_LINE_COLOUR))
        line_box = QRectF(rect.left(), top + name_height, rect.width(), line_height)
        elided = QFontMetrics(small).elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            line_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self.row_height(option.font)))
