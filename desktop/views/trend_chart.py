"""A small trend chart of one lab test across a case's reports, drawn with QPainter.

QtCharts is not in pyside6-essentials, and one line with a reference band needs little: the
printed normal range is a shaded band, each result a point with its date below, and results
outside the range are drawn as a different shape with their flag letter beside them, so the
chart does not rely on colour alone.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

BAND = QColor(215, 236, 217)
LINE = QColor(60, 60, 60)
NORMAL = QColor(31, 111, 67)
ABNORMAL = QColor(176, 0, 32)
AXIS = QColor(120, 120, 120)


@dataclass(frozen=True)
class TrendPoint:
    date: str  # ISO date of the report ("" when unknown: drawn after the dated ones)
    value: float
    flag: str | None = None  # "L", "H" or "critical"
    low: float | None = None
    high: float | None = None
    label: str = ""  # the value as printed


def short_date(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d %b %y")
    except ValueError:
        return iso or "?"


def flag_letter(flag: str | None) -> str:
    return {"L": "L", "H": "H", "critical": "!!"}.get(flag or "", "")


class TrendChart(QWidget):
    """One test's results over time; ``set_series`` replaces what is drawn."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = ""
        self.unit = ""
        self.points: list[TrendPoint] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(420, 190)

    def set_series(self, title: str, unit: str, points: list[TrendPoint]) -> None:
        self.title, self.unit = title, unit
        dated = sorted((p for p in points if p.date), key=lambda p: p.date)
        self.points = dated + [p for p in points if not p.date]
        self.update()

    def clear(self) -> None:
        self.set_series("", "", [])

    def empty_text(self) -> str:
        if not self.title:
            return self.tr("Choose a result to see how it changed across reports.")
        if len(self.points) < 2:
            return self.tr("Only one %1 result in this case, so there is no trend yet.").replace(
                "%1", self.title
            )
        return ""

    def _range(self) -> tuple[float | None, float | None]:
        """The reference range of the latest report that printed one."""
        for point in reversed(self.points):
            if point.low is not None or point.high is not None:
                return point.low, point.high
        return None, None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        title_font = QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        heading = f"{self.title} ({self.unit})" if self.unit else self.title
        painter.setPen(QColor("black"))
        painter.drawText(QPointF(8, line_h), heading)
        painter.setFont(self.font())
        message = self.empty_text()
        if message:
            painter.setPen(AXIS)
            area = QRectF(8, line_h + 8, self.width() - 16, self.height() - line_h - 16)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, message)
            painter.end()
            return

        low, high = self._range()
        values = [p.value for p in self.points] + [v for v in (low, high) if v is not None]
        top_v, bottom_v = max(values), min(values)
        if top_v == bottom_v:
            top_v, bottom_v = top_v + 1, bottom_v - 1
        pad = (top_v - bottom_v) * 0.12
        top_v, bottom_v = top_v + pad, bottom_v - pad
        label_w = max(metrics.horizontalAdvance(_fmt(v)) for v in (top_v, bottom_v)) + 12
        plot = QRectF(
            label_w, line_h * 1.8, self.width() - label_w - 36, self.height() - line_h * 4.2
        )

        def y_of(value: float) -> float:
            return plot.bottom() - (value - bottom_v) / (top_v - bottom_v) * plot.height()

        if low is not None or high is not None:
            band_top = y_of(high) if high is not None else plot.top()
            band_bottom = y_of(low) if low is not None else plot.bottom()
            painter.fillRect(
                QRectF(plot.left(), band_top, plot.width(), band_bottom - band_top), BAND
            )
            painter.setPen(NORMAL)
            caption = self.tr("normal range")
            painter.drawText(
                QPointF(plot.right() - metrics.horizontalAdvance(caption) - 4, band_top + line_h),
                caption,
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        for value in (top_v - pad, bottom_v + pad):
            y = y_of(value)
            text = _fmt(value)
            painter.drawText(QPointF(label_w - 6 - metrics.horizontalAdvance(text), y + 4), text)

        count = len(self.points)
        step = plot.width() / max(count - 1, 1)
        xs = [plot.left() + 14 + i * (step - 28 / max(count - 1, 1)) for i in range(count)]
        centres = [QPointF(x, y_of(p.value)) for x, p in zip(xs, self.points, strict=True)]
        path = QPainterPath(centres[0])
        for point in centres[1:]:
            path.lineTo(point)
        painter.setPen(QPen(LINE, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

        bold = QFont(self.font())
        bold.setBold(True)
        for centre, point in zip(centres, self.points, strict=True):
            self._marker(painter, centre, point.flag)
            painter.setFont(bold if point.flag else self.font())
            painter.setPen(ABNORMAL if point.flag else QColor("black"))
            value_text = point.label or _fmt(point.value)
            letter = flag_letter(point.flag)
            text = f"{value_text} {letter}".strip()
            width = metrics.horizontalAdvance(text) + 8
            x = min(max(centre.x() - width / 2, plot.left() + 4), self.width() - width - 2)
            above = centre.y() - 10 > plot.top() + line_h * 0.2
            y = centre.y() - 10 if above else centre.y() + line_h + 6
            painter.drawText(QPointF(x, y), text)
            painter.setFont(self.font())
            painter.setPen(AXIS)
            day = short_date(point.date)
            dw = metrics.horizontalAdvance(day)
            dx = min(max(centre.x() - dw / 2, 2), self.width() - dw - 2)
            painter.drawText(QPointF(dx, plot.bottom() + line_h + 4), day)
        painter.end()

    @staticmethod
    def _marker(painter: QPainter, centre: QPointF, flag: str | None) -> None:
        """A circle for a normal result; a triangle pointing the way it is out, or a diamond."""
        r = 5.5
        if not flag:
            painter.setPen(QPen(NORMAL, 1.5))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(centre, r, r)
            return
        painter.setPen(QPen(ABNORMAL, 1.5))
        painter.setBrush(ABNORMAL)
        x, y = centre.x(), centre.y()
        if flag == "H":
            shape = [QPointF(x, y - r - 1), QPointF(x + r + 1, y + r), QPointF(x - r - 1, y + r)]
        elif flag == "L":
            shape = [QPointF(x, y + r + 1), QPointF(x + r + 1, y - r), QPointF(x - r - 1, y - r)]
        else:
            r += 1.5
            shape = [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
        painter.drawPolygon(QPolygonF(shape))


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"
