"""The PDF viewer: page thumbnails, continuous pages, zoom, search, copy, print, passwords.

``PdfViewer(source)`` takes a file path or the PDF's bytes (decrypted from the blob store; they
are kept in memory, never written out); ``narrow=True`` puts the find tools on a second row for
a viewer that shares the window (beside the lab grid). It first says "Opening…" while a worker
(a JobPool thread) counts the pages and checks their content against clinical.pdf_budget (about
a second for 500 pages: never on the GUI thread; cancelled when the window closes); then QtPdf
loads
the document on the GUI thread: it only reads the cross-reference table and the first page
drawn is rendered on demand, so the first page is on screen after one paint
(benchmarks/bench_pdf.py). ``opened`` is emitted with ``state`` once loading has settled.
Thumbnails are rendered by QPdfPageRenderer on its own thread, after the first paint.
A locked PDF shows a password field in place of the pages; a damaged one says what is wrong
and that the stored copy was not changed. A PDF past clinical.pdf_budget (too many pages, a
page whose content inflates past the budget) or with a page that cannot be fitted to the
window within imaging.limits is shown as "too large to display here" with the reason, and zoom
stops where the largest page would pass that bound. ``show_position(page, rect)`` scrolls to
a place on a page and marks it (the lab grid uses it to show where a value was read).
Thread-safety: GUI thread only (``content_problem`` runs on the viewer's worker).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import wording
import wording.viewing
from clinical import pdf_budget
from desktop import style
from desktop.viewers.pdf_pages import PageView, points_to_pixels
from desktop.viewers.pdf_print import print_document
from desktop.workers import JobPool
from foundation.cancel import check
from imaging import limits

THUMB_WIDTH = 110
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
THUMBNAIL_DELAY_MS = 400
# Width a page is judged at when deciding whether it can be drawn fitted to the window: a
# viewer pane on a wide screen. Long receipts (1:10) still fit; a kilometre-long strip not.
FIT_JUDGED_AT_PX = 1600


class PdfViewer(QWidget):
    """One PDF. ``state`` is "loading" (being checked), "ready", "password" (waiting for it),
    or an error code."""

    page_changed = Signal(int)
    opened = Signal(str)  # the state loading settled in

    def __init__(
        self, source: str | Path | bytes, *, title: str = "", narrow: bool = False, parent=None
    ) -> None:
        super().__init__(parent)
        # Beside another pane (the lab grid) the tools take two rows, so the pane can be narrow.
        self.narrow = narrow
        style.apply()
        self.setWindowTitle(title or self.tr("Report"))
        self._source = source
        self._buffer: QBuffer | None = None
        self.state = "loading"
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.search_model.countChanged.connect(self._update_hits)
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(self.document)
        self.renderer.pageRendered.connect(self._on_thumbnail)
        self._current_page = -1
        self.thumbnails_done: set[int] = set()
        self._thumb_queue: list[int] = []
        self._build()
        self.pool = JobPool(1, self)
        self.message.setText(self.tr("Opening…"))
        self.stack.setCurrentWidget(self.message)
        self.toolbar.setEnabled(False)
        checked = bytes(source) if isinstance(source, bytes | bytearray) else str(source)

        def check_content(cancel: threading.Event, progress) -> str:
            return content_problem(checked, cancel)

        self.pool.submit(
            check_content,
            succeeded=self._on_checked,
            failed=self._on_check_failed,
        )

    # ---- layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        self.pages_button = QToolButton()
        self.pages_button.setText(self.tr("Pages"))
        self.pages_button.setCheckable(True)
        self.pages_button.setChecked(True)
        self.pages_button.setToolTip(self.tr("Show or hide the page thumbnails"))
        self.pages_button.toggled.connect(self._on_pages_toggled)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+minus)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl+plus)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = _tool_button(self.tr("Fit width"))
        self.fit_button.clicked.connect(self.fit_width)
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self._on_page_spin)
        self.page_total = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Find text"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(150)
        self.search_box.textChanged.connect(self._on_search_text)
        self.search_box.returnPressed.connect(self.next_hit)
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match"))
        self.previous_button.clicked.connect(self.previous_hit)
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.next_hit)
        self.hits_label = QLabel()
        self.hits_label.setMinimumWidth(90)
        self.copy_button = _tool_button(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected text (drag over the text first)"))
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_selection)
        self.print_button = _tool_button(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        for widget in (self.pages_button, self.zoom_out_button, self.zoom_label):
            bar.addWidget(widget)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addSpacing(6)
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        if self.narrow:
            bar.addStretch(1)
            find_bar = QHBoxLayout()
            find_bar.setContentsMargins(0, 0, 0, 0)
            rows = QVBoxLayout()
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(4)
            rows.addLayout(bar)
            rows.addLayout(find_bar)
            bar = find_bar
        else:
            rows = bar
            bar.addSpacing(6)
        bar.addWidget(self.search_box, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.hits_label)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.print_button)
        self.toolbar = QWidget()
        self.toolbar.setLayout(rows)
        bar.setContentsMargins(0, 0, 0, 0)
        rows.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)

        self.thumbnails = QListWidget()
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.thumbnails.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbnails.setFlow(QListWidget.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListWidget.Movement.Static)
        self.thumbnails.setSpacing(6)
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 44)
        self.thumbnails.currentRowChanged.connect(self._on_thumbnail_clicked)
        self.view = PageView()
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.selection_changed.connect(self._on_selection)
        self.view.verticalScrollBar().valueChanged.connect(self._update_current_page)
        self.view.zoomFactorChanged.connect(self._update_zoom_label)
        self.view.zoomModeChanged.connect(self._update_zoom_label)
        self.split = QWidget()
        pages = QHBoxLayout(self.split)
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.view, 1)

        self.password_panel = self._password_panel()
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        for widget in (self.split, self.password_panel, self.message):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.search_box.setFocus)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_dialog)

    def _password_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        self.password_intro = QLabel(
            self.tr(
                "This report is locked with a password. Type the password to open it (labs "
                "often use the patient's date of birth or phone number)."
            )
        )
        self.password_intro.setWordWrap(True)
        self.password_intro.setObjectName("fieldLabel")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.password_edit.returnPressed.connect(self._on_password)
        self.password_button = QPushButton(self.tr("Open"))
        self.password_button.setObjectName("primaryButton")
        self.password_button.clicked.connect(self._on_password)
        self.password_problem = QLabel()
        self.password_problem.setObjectName("fieldProblem")
        self.password_problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.password_problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.password_edit, 1)
        row.addWidget(self.password_button)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(self.password_intro)
        inner.addLayout(row)
        inner.addWidget(self.password_problem)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return panel

    # ---- loading

    @Slot(object)
    def _on_checked(self, problem: str) -> None:
        # Checked before QtPdf loads it: loading reads every page, and PDFium parses a page's
        # whole content to size it.
        if problem:
            self._show_error(problem)
        else:
            self._load("")
        self.opened.emit(self.state)

    @Slot(object)
    def _on_check_failed(self, error) -> None:
        self._load("")  # the check could not run: QtPdf says what is wrong, if anything
        self.opened.emit(self.state)

    def closeEvent(self, event) -> None:
        self.pool.shutdown(2000)
        super().closeEvent(event)

    def _load(self, password: str) -> None:
        self.document.close()
        self.document.setPassword(password)
        if isinstance(self._source, bytes | bytearray):
            if self._buffer is not None:
                self._buffer.deleteLater()  # the previous attempt's copy (a wrong password)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(bytes(self._source)))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        else:
            self.document.load(str(self._source))
        error = self.document.error()
        if error == QPdfDocument.Error.None_ and self.document.pageCount() > 0:
            problem = self._size_problem()
            if problem:
                self.document.close()  # nothing of it is drawn
                self._show_error(problem)
            else:
                self._show_document()
        elif error == QPdfDocument.Error.IncorrectPassword:
            self.state = "password"
            self.stack.setCurrentWidget(self.password_panel)
            self.toolbar.setEnabled(False)
            if password:
                self.password_problem.setText(self.tr("That password is not correct. Try again."))
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        else:
            self._show_error(_error_code(error, self.document.pageCount()))

    def _size_problem(self) -> str:
        """ "too_large_to_display" when a page cannot be fitted to the window within
        imaging.limits; also sets the largest zoom every page can be drawn at."""
        self._max_zoom = float(ZOOM_STEPS[-1])
        ratio = points_to_pixels()
        for page in range(self.document.pageCount()):
            size = self.document.pagePointSize(page)
            width, height = size.width(), size.height()
            if width <= 0 or height <= 0:
                continue
            fitted = FIT_JUDGED_AT_PX / width
            if limits.render_scale(width, height, fitted) < fitted * 0.99:
                return "too_large_to_display"
            biggest = limits.render_scale(width * ratio, height * ratio, ZOOM_STEPS[-1])
            self._max_zoom = min(self._max_zoom, biggest)
        return ""

    def _show_error(self, code: str) -> None:
        self.state = code
        if code in wording.viewing.DECODE_ERROR:
            self.message.setText(
                QCoreApplication.translate(wording.CONTEXT, wording.viewing.DECODE_ERROR[code])
            )
            self.stack.setCurrentWidget(self.message)
            self.toolbar.setEnabled(False)
            return
        texts = {
            "damaged": self.tr(
                "This PDF is damaged or incomplete, so it cannot be shown. The stored copy is "
                "kept as it was. Ask for the report again, or photograph the paper copy."
            ),
            "unsupported_lock": self.tr(
                "This PDF is locked with a kind of protection CaseBridge cannot open. Ask the "
                "lab for a copy without a password, or print it and photograph the paper."
            ),
            "missing": self.tr("The PDF file cannot be found. Add it to the case again."),
            "empty": self.tr("This PDF has no pages to show."),
        }
        self.message.setText(texts.get(code, texts["damaged"]))
        self.stack.setCurrentWidget(self.message)
        self.toolbar.setEnabled(False)

    def _show_document(self) -> None:
        self.state = "ready"
        self.toolbar.setEnabled(True)
        self.stack.setCurrentWidget(self.split)
        count = self.document.pageCount()
        self.page_spin.setMaximum(count)
        # One page needs no page list: the room goes to the page itself.
        self.pages_button.setChecked(count > 1)
        self.page_total.setText(self.tr("of %n", "", count))
        self.thumbnails.clear()
        placeholder = QPixmap(self.thumbnails.iconSize())
        placeholder.fill(QColor("white"))
        for page in range(count):
            label = self.document.pageLabel(page) or str(page + 1)
            item = QListWidgetItem(QIcon(placeholder), label)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
        self._update_zoom_label()
        self._update_current_page()
        # Thumbnails wait: PDFium renders one page at a time across threads, and a scanned
        # page takes ~100 ms to decode, so early thumbnails would delay the page people read.
        self._thumb_queue = list(range(count))
        QTimer.singleShot(THUMBNAIL_DELAY_MS, self, self._request_next_thumbnail)

    @Slot()
    def _on_password(self) -> None:
        self._load(self.password_edit.text())
        if self.state == "ready":
            self.password_edit.clear()
            self.password_problem.clear()

    def unlock(self, password: str) -> bool:
        """Try a password (as typing it and pressing Open does); True when the PDF opened."""
        self.password_edit.setText(password)
        self._on_password()
        return self.state == "ready"

    # ---- thumbnails

    @Slot()
    def _request_next_thumbnail(self) -> None:
        """One thumbnail at a time, so pages scrolled to are rendered between them."""
        if not self._thumb_queue or self.state != "ready":
            return
        page = self._thumb_queue.pop(0)
        points = self.document.pagePointSize(page)
        height = int(THUMB_WIDTH * points.height() / max(points.width(), 1))
        self.renderer.requestPage(page, QSize(THUMB_WIDTH, height))

    @Slot(int, QSize, QImage, object, int)
    def _on_thumbnail(self, page: int, size: QSize, image: QImage, options, request_id) -> None:
        item = self.thumbnails.item(page)
        if item is not None and not image.isNull():
            framed = QImage(image.size(), QImage.Format.Format_RGB32)
            framed.fill(QColor("white"))  # transparent page backgrounds would look black
            painter = QPainter(framed)
            painter.drawImage(0, 0, image)
            painter.end()
            item.setIcon(QIcon(QPixmap.fromImage(framed)))
            self.thumbnails_done.add(page)
        self._request_next_thumbnail()

    # ---- pages and zoom

    def current_page(self) -> int:
        return self._current_page

    @Slot()
    def _update_current_page(self) -> None:
        rects = self.view.page_rects()
        if not rects:
            return
        probe = self.view.viewport().height() // 3
        page = next((i for i, r in enumerate(rects) if r.bottom() >= probe), len(rects) - 1)
        if page != self._current_page:
            self._current_page = page
            self.page_spin.blockSignals(True)
            self.page_spin.setValue(page + 1)
            self.page_spin.blockSignals(False)
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(page)
            self.thumbnails.blockSignals(False)
            self.page_changed.emit(page)

    @Slot(int)
    def _on_page_spin(self, value: int) -> None:
        self.show_page(value - 1)

    @Slot(int)
    def _on_thumbnail_clicked(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def show_page(self, page: int) -> None:
        """Scroll so that ``page`` (0-based) starts at the top of the view."""
        rects = self.view.page_rects()
        if 0 <= page < len(rects):
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + rects[page].top() - self.view.documentMargins().top())
            self._update_current_page()

    def show_position(self, page: int, rect: QRectF | tuple | None) -> None:
        """Scroll to a place on a page (PDF points from the top left) and mark it.

        With ``rect`` None the page is shown and any mark is removed.
        """
        if self.state != "ready" or not 0 <= page < self.document.pageCount():
            return
        if rect is None:
            self.view.set_highlight(page, None)
            self.show_page(page)
            return
        if not isinstance(rect, QRectF):
            x0, top, x1, bottom = rect
            rect = QRectF(x0, top, x1 - x0, bottom - top)
        self.view.set_highlight(page, rect)
        target = self.view.to_viewport(page, rect)
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        if target.top() < 20 or target.bottom() > height - 20:
            # A third of the way down, so the rows above the value are visible too; a value
            # already in view stays where it is, so the report does not jump under the eye.
            bar.setValue(bar.value() + int(target.top() - height / 3))
        hbar = self.view.horizontalScrollBar()
        if target.left() < 0 or target.right() > self.view.viewport().width():
            hbar.setValue(hbar.value() + int(target.left() - 40))
        self._update_current_page()

    def zoom_factor(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            rects = self.view.page_rects()
            page = max(self._current_page, 0)
            if rects:
                points = self.document.pagePointSize(page).width()
                return rects[page].width() / (points * points_to_pixels())
        return self.view.zoomFactor()

    def set_zoom(self, factor: float) -> None:
        page = max(self._current_page, 0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        top = min(ZOOM_STEPS[-1], getattr(self, "_max_zoom", ZOOM_STEPS[-1]))
        self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), max(top, 0.01)))
        self.show_page(page)

    @Slot()
    def zoom_in(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > now + 0.01), ZOOM_STEPS[-1]))

    @Slot()
    def zoom_out(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < now - 0.01), ZOOM_STEPS[0]))

    @Slot()
    def fit_width(self) -> None:
        page = max(self._current_page, 0)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.show_page(page)

    @Slot()
    def _update_zoom_label(self, *_args) -> None:
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)}%")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._update_zoom_label)

    @Slot(bool)
    def _on_pages_toggled(self, shown: bool) -> None:
        self.thumbnails.setVisible(shown)

    # ---- search

    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        self.search_model.setSearchString(text)
        self.view.setCurrentSearchResultIndex(-1)
        self._update_hits()

    def search(self, text: str) -> None:
        self.search_box.setText(text)

    def hit_count(self) -> int:
        return self.search_model.count() if self.search_box.text() else 0

    @Slot()
    def _update_hits(self) -> None:
        if not self.search_box.text():
            self.hits_label.setText("")
            return
        count = self.hit_count()
        current = self.view.currentSearchResultIndex()
        if count == 0:
            self.hits_label.setText(self.tr("Not found"))
        elif current >= 0:
            text = self.tr("%1 of %2")
            self.hits_label.setText(text.replace("%1", str(current + 1)).replace("%2", str(count)))
        else:
            self.hits_label.setText(self.tr("%n found", "", count))

    @Slot()
    def next_hit(self) -> None:
        self._go_to_hit(+1)

    @Slot()
    def previous_hit(self) -> None:
        self._go_to_hit(-1)

    def _go_to_hit(self, step: int) -> None:
        count = self.hit_count()
        if not count:
            self._update_hits()
            return
        current = self.view.currentSearchResultIndex()
        index = (current + step) % count if current >= 0 else (0 if step > 0 else count - 1)
        self.view.setCurrentSearchResultIndex(index)
        link = self.search_model.resultAtIndex(index)
        rects = link.rectangles()
        if rects:
            bounds = QRectF(rects[0])
            for rect in rects[1:]:
                bounds = bounds.united(rect)
            target = self.view.to_viewport(link.page(), bounds)
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + int(target.top() - self.view.viewport().height() / 3))
            self._update_current_page()
        else:
            self.show_page(link.page())
        self._update_hits()

    # ---- copy and print

    @Slot(str)
    def _on_selection(self, text: str) -> None:
        self.copy_button.setEnabled(bool(text))

    @Slot()
    def copy_selection(self) -> bool:
        return self.view.copy_selection()

    def print_to(self, printer) -> int:
        """Print every page (or the printer's page range) to ``printer``; return the count."""
        return print_document(self.document, printer)

    @Slot()
    def print_dialog(self) -> None:
        if self.state != "ready":
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.setCursor(Qt.CursorShape.WaitCursor)
            try:
                self.print_to(printer)
            finally:
                self.unsetCursor()


def content_problem(source: str | bytes, cancel: threading.Event | None = None) -> str:
    """A wording.viewing.DECODE_ERROR code when the file has more pages than the viewer lists
    or a page whose content passes clinical.pdf_budget, else "" (also when PDFium or pdfminer
    cannot read it here: QtPdf then says what is wrong). Runs on a worker thread; raises
    Cancelled between pages when ``cancel`` is set."""
    try:
        if pdf_budget.page_count(source) > pdf_budget.MAX_VIEW_PAGES:
            return "pdf_too_many_pages"
        check(cancel, "pdf")
        if pdf_budget.oversized_pages(source, cancel=cancel):
            return "pdf_page_too_large"
    except ValueError:
        pass
    return ""


def _tool_button(text: str) -> QToolButton:
    """A text button as compact as the toolbar's others: the viewer often shares the width."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMinimumHeight(30)
    return button


def _error_code(error: QPdfDocument.Error, pages: int) -> str:
    if error == QPdfDocument.Error.UnsupportedSecurityScheme:
        return "unsupported_lock"
    if error == QPdfDocument.Error.FileNotFound:
        return "missing"
    if error == QPdfDocument.Error.None_ and pages == 0:
        return "empty"
    return "damaged"
