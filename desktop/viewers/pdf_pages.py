"""The scrolling page area of the PDF viewer: QPdfView plus text selection and a highlight.

QPdfView (widgets) draws pages, search hits and zoom, but has no text selection and no way to
mark an arbitrary place. This subclass knows where each page sits in the scroll area (the same
arithmetic as QPdfView's own layout: pages stacked top to bottom, centred, with the document
margins and page spacing), so it can turn a mouse position into a point on a page, ask the
document for the text between two points, and draw the selection and a highlighted rectangle
(a lab result's position) over the pages.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtPdf import QPdfDocument, QPdfSelection
from PySide6.QtPdfWidgets import QPdfView

SELECTION_FILL = QColor(30, 110, 220, 70)
HIGHLIGHT_FILL = QColor(255, 200, 0, 90)
HIGHLIGHT_EDGE = QColor(200, 90, 0)


def points_to_pixels() -> float:
    """Screen pixels per PDF point at zoom 1, as QPdfView computes it."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0


class PageView(QPdfView):
    """QPdfView with mouse text selection (copy with Ctrl+C) and one highlighted rectangle."""

    selection_changed = Signal(str)  # the selected text ("" when cleared)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self._press: tuple[int, QPointF] | None = None
        self.selection: QPdfSelection | None = None
        self._selection_page = -1
        self.highlight: tuple[int, QRectF] | None = None

    # ---- where pages are

    def page_size_px(self, page: int) -> QSize:
        # Rounded in the same steps as QPdfView's layout, or the pages drift by a pixel each.
        points = self.document().pagePointSize(page)
        if self.zoomMode() == QPdfView.ZoomMode.Custom:
            return (points * points_to_pixels() * self.zoomFactor()).toSize()
        size = (points * points_to_pixels()).toSize()
        margins = self.documentMargins()
        if self.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            width = self.viewport().width() - margins.left() - margins.right()
            return size * (width / size.width()) if size.width() > 0 else size
        room = QSize(
            self.viewport().width() - margins.left() - margins.right(),
            self.viewport().height() - margins.top() - margins.bottom(),
        )
        return size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)

    def page_rects(self) -> list[QRect]:
        """Each page's rectangle in viewport pixels, with the current scroll applied."""
        document = self.document()
        if document is None or document.status() != QPdfDocument.Status.Ready:
            return []
        margins = self.documentMargins()
        sizes = [self.page_size_px(p) for p in range(document.pageCount())]
        total_width = max((s.width() for s in sizes), default=0) + margins.left() + margins.right()
        width = max(total_width, self.viewport().width())
        x_scroll = self.horizontalScrollBar().value()
        y = margins.top() - self.verticalScrollBar().value()
        rects = []
        for size in sizes:
            x = (width - size.width()) // 2 - x_scroll
            rects.append(QRect(x, y, size.width(), size.height()))
            y += size.height() + self.pageSpacing()
        return rects

    def page_at(self, pos: QPointF) -> tuple[int, QPointF] | None:
        """The page under a viewport position and the point on it, in PDF points."""
        for page, rect in enumerate(self.page_rects()):
            if rect.contains(pos.toPoint()):
                scale = rect.width() / self.document().pagePointSize(page).width()
                return page, QPointF((pos.x() - rect.x()) / scale, (pos.y() - rect.y()) / scale)
        return None

    def to_viewport(self, page: int, rect: QRectF) -> QRectF:
        """A rectangle on a page (PDF points, top-left origin) in viewport pixels."""
        rects = self.page_rects()
        if not 0 <= page < len(rects):
            return QRectF()
        target = rects[page]
        scale = target.width() / self.document().pagePointSize(page).width()
        return QRectF(
            target.x() + rect.x() * scale,
            target.y() + rect.y() * scale,
            rect.width() * scale,
            rect.height() * scale,
        )

    # ---- highlight

    def set_highlight(self, page: int, rect: QRectF | None) -> None:
        self.highlight = (page, QRectF(rect)) if rect is not None else None
        self.viewport().update()

    # ---- selection

    def selected_text(self) -> str:
        return self.selection.text() if self.selection is not None else ""

    def select(self, page: int, start: QPointF, end: QPointF) -> str:
        """Select the text between two points on one page (PDF points); return it.

        PDFium finds text only when both points are on characters; while dragging past the end
        of a line the last good selection stays, as in other PDF readers.
        """
        selection = self.document().getSelection(page, start, end)
        if not selection.isValid():
            return self.selected_text()
        self.selection = selection
        self._selection_page = page
        self.viewport().update()
        text = self.selected_text()
        self.selection_changed.emit(text)
        return text

    def clear_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.viewport().update()
            self.selection_changed.emit("")

    def copy_selection(self) -> bool:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)
        return bool(text)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self.page_at(event.position())
            self.clear_selection()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            here = self.page_at(event.position())
            if here is not None and here[0] == self._press[0]:
                self.select(here[0], self._press[1], here[1])
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) and self.copy_selection():
            return
        super().keyPressEvent(event)

    # ---- painting over the pages

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.selection is None and self.highlight is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.selection is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTION_FILL)
            for polygon in self.selection.bounds():
                rect = self.to_viewport(self._selection_page, polygon.boundingRect())
                painter.drawRect(rect)
        if self.highlight is not None:
            page, rect = self.highlight
            target = self.to_viewport(page, rect).adjusted(-3, -3, 3, 3)
            painter.setPen(QPen(HIGHLIGHT_EDGE, 2.5))
            painter.setBrush(HIGHLIGHT_FILL)
            painter.drawRoundedRect(target, 3, 3)
        painter.end()
