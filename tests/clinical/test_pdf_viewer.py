"""The PDF viewer on real PDFs: a hand-written text report, an AES-encrypted copy, a broken one."""

from __future__ import annotations

import pdfplumber
import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from desktop.viewers.pdf_viewer import PdfViewer
from testdata.documents import corrupt_pdf, encrypted_pdf, report_pdf, text_pdf

pytestmark = pytest.mark.gui


@pytest.fixture
def report(tmp_path):
    return report_pdf(tmp_path / "report.pdf", page_count=4)


def open_viewer(qtbot, source, width=1000, height=700) -> PdfViewer:
    viewer = PdfViewer(source)
    qtbot.addWidget(viewer)
    viewer.resize(width, height)
    viewer.show()
    qtbot.waitExposed(viewer)
    qtbot.waitUntil(lambda: viewer.state != "loading")  # checked on a worker first
    return viewer


def page_is_drawn(viewer: PdfViewer, page: int) -> bool:
    """The page's area on screen holds dark text pixels, not just the white page."""
    image = viewer.view.viewport().grab().toImage()
    rect = viewer.view.page_rects()[page].intersected(image.rect())
    dark = 0
    for y in range(rect.top(), rect.bottom(), 3):
        for x in range(rect.left(), rect.right(), 3):
            if image.pixelColor(x, y).lightness() < 100:
                dark += 1
    return dark > 20


def test_first_page_shows_with_thumbnails_for_every_page(qtbot, report):
    viewer = open_viewer(qtbot, report)
    assert viewer.state == "ready"
    assert viewer.page_total.text().endswith("4")
    qtbot.waitUntil(lambda: page_is_drawn(viewer, 0))
    assert viewer.current_page() == 0
    qtbot.waitUntil(lambda: viewer.thumbnails_done == {0, 1, 2, 3})
    assert viewer.thumbnails.count() == 4


def test_pages_scroll_continuously_and_thumbnail_click_jumps(qtbot, report):
    viewer = open_viewer(qtbot, report)
    viewer.thumbnails.setCurrentRow(2)
    assert viewer.current_page() == 2
    assert viewer.page_spin.value() == 3
    qtbot.waitUntil(lambda: page_is_drawn(viewer, 2))
    # Scrolling back a little shows the end of page 2 above page 3: one continuous strip.
    viewer.view.verticalScrollBar().setValue(viewer.view.verticalScrollBar().value() - 300)
    rects = viewer.view.page_rects()
    assert rects[1].bottom() > 0 and rects[2].top() < viewer.view.viewport().height()


def test_bytes_source_opens_without_a_file(qtbot, report):
    viewer = open_viewer(qtbot, report.read_bytes())
    assert viewer.state == "ready"
    assert viewer.document.pageCount() == 4


def test_zoom_in_out_and_fit_width(qtbot, report):
    viewer = open_viewer(qtbot, report)
    fitted = viewer.zoom_factor()
    page_width = viewer.view.page_rects()[0].width()
    viewport = viewer.view.viewport().width()
    assert page_width >= viewport - 20  # fit width fills the view, minus the margins
    viewer.zoom_in()
    assert viewer.zoom_factor() > fitted
    assert viewer.view.page_rects()[0].width() > page_width
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom_factor() < fitted
    assert viewer.zoom_label.text() == f"{round(viewer.zoom_factor() * 100)}%"
    viewer.fit_width()
    assert viewer.view.page_rects()[0].width() == page_width


def test_search_counts_hits_and_moves_between_them(qtbot, report):
    viewer = open_viewer(qtbot, report)
    viewer.search("haemoglobin")
    qtbot.waitUntil(lambda: viewer.hit_count() == 4)
    assert viewer.hits_label.text() == "4 found"
    viewer.next_hit()
    assert viewer.view.currentSearchResultIndex() == 0
    assert viewer.hits_label.text() == "1 of 4"
    viewer.next_hit()
    viewer.next_hit()
    assert viewer.current_page() == 2
    viewer.previous_hit()
    assert viewer.current_page() == 1
    viewer.search("no such word anywhere")
    qtbot.waitUntil(lambda: viewer.hits_label.text() == "Not found")


def test_search_hit_is_highlighted_on_the_page(qtbot, report):
    viewer = open_viewer(qtbot, report)
    viewer.search("Haemoglobin")
    qtbot.waitUntil(lambda: viewer.hit_count() == 4)
    viewer.next_hit()
    link = viewer.search_model.resultAtIndex(0)
    area = viewer.view.to_viewport(link.page(), link.rectangles()[0]).toRect()
    qtbot.waitUntil(lambda: page_is_drawn(viewer, 0))
    image = viewer.view.viewport().grab().toImage()
    centre = image.pixelColor(area.center())
    # QPdfView paints the current hit in a tint: the page is no longer plain white there.
    assert centre != Qt.GlobalColor.white and centre.lightness() < 250


def test_drag_selects_text_and_ctrl_c_copies_it(qtbot, tmp_path):
    pdf = text_pdf(tmp_path / "one.pdf", [[(72, 100, "Serum creatinine 1.9 mg/dL high")]])
    viewer = open_viewer(qtbot, pdf)
    start = viewer.view.to_viewport(0, QRectF(74, 104, 1, 1)).center().toPoint()
    end = viewer.view.to_viewport(0, QRectF(200, 104, 1, 1)).center().toPoint()
    qtbot.mousePress(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewer.view.viewport(), pos=QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(viewer.view.viewport(), pos=end)
    qtbot.mouseRelease(viewer.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert viewer.view.selected_text().startswith("Serum creatinine 1.9")
    assert viewer.copy_button.isEnabled()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(viewer.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("Serum creatinine 1.9")


def test_show_position_scrolls_to_the_value_and_marks_it(qtbot, report):
    viewer = open_viewer(qtbot, report)
    with pdfplumber.open(report) as pdf:
        word = next(w for w in pdf.pages[3].extract_words() if w["text"] == "Haemoglobin")
    viewer.show_position(3, (word["x0"], word["top"], word["x1"], word["bottom"]))
    assert viewer.current_page() == 3
    mark = viewer.view.to_viewport(3, QRectF(word["x0"], word["top"], 1, 1))
    assert 0 < mark.top() < viewer.view.viewport().height()
    assert viewer.view.highlight is not None
    qtbot.waitUntil(lambda: page_is_drawn(viewer, 3))
    image = viewer.view.viewport().grab().toImage()
    edge = viewer.view.to_viewport(3, QRectF(word["x0"], word["top"], 0, 0)).topLeft().toPoint()
    colour = image.pixelColor(edge + QPoint(-3, 5))
    assert colour.red() > 150 and colour.blue() < 100  # the orange frame


@pytest.mark.interop
def test_encrypted_pdf_asks_for_the_password(qtbot, report, tmp_path):
    locked = encrypted_pdf(report, tmp_path / "locked.pdf", "14081971")
    if locked is None:
        pytest.skip("qpdf is not installed (scripts/setup.sh installs it as a test package)")
    viewer = open_viewer(qtbot, locked)
    assert viewer.state == "password"
    assert viewer.stack.currentWidget() is viewer.password_panel
    assert not viewer.toolbar.isEnabled()
    qtbot.keyClicks(viewer.password_edit, "wrong")
    qtbot.keyClick(viewer.password_edit, Qt.Key.Key_Return)
    assert viewer.state == "password"
    assert "not correct" in viewer.password_problem.text()
    viewer.password_edit.clear()
    qtbot.keyClicks(viewer.password_edit, "14081971")
    viewer.password_button.click()
    assert viewer.state == "ready"
    assert viewer.document.pageCount() == 4
    assert viewer.toolbar.isEnabled()


@pytest.mark.interop
def test_encrypted_pdf_from_bytes_unlocks_too(qtbot, report, tmp_path):
    locked = encrypted_pdf(report, tmp_path / "locked.pdf", "pw")
    if locked is None:
        pytest.skip("qpdf is not installed (scripts/setup.sh installs it as a test package)")
    viewer = open_viewer(qtbot, locked.read_bytes())
    assert viewer.state == "password"
    assert viewer.unlock("pw")


def test_broken_pdf_says_what_is_wrong(qtbot, tmp_path):
    viewer = open_viewer(qtbot, corrupt_pdf(tmp_path / "cut.pdf"))
    assert viewer.state == "damaged"
    assert viewer.stack.currentWidget() is viewer.message
    assert "damaged or incomplete" in viewer.message.text()
    assert "kept as it was" in viewer.message.text()
    assert not viewer.toolbar.isEnabled()


def test_missing_file_is_named_as_missing(qtbot, tmp_path):
    viewer = open_viewer(qtbot, tmp_path / "gone.pdf")
    assert viewer.state == "missing"
    assert "cannot be found" in viewer.message.text()


def test_printing_sends_every_page(qtbot, report, tmp_path):
    viewer = open_viewer(qtbot, report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert viewer.print_to(printer) == 4
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == 4
        # Pages go out as pictures at print resolution (not screen resolution), page-wide.
        images = printed.pages[0].images
        assert images and images[0]["srcsize"][0] >= 2000
        assert images[0]["x1"] - images[0]["x0"] > 0.9 * printed.pages[0].width


def test_printing_a_page_range(qtbot, report, tmp_path):
    viewer = open_viewer(qtbot, report)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert viewer.print_to(printer) == 2


def test_image_only_pdf_from_pillow_shows_and_has_no_hits(qtbot, tmp_path):
    from PIL import Image, ImageDraw

    pages = []
    for n in range(2):
        page = Image.new("RGB", (850, 1100), "white")
        ImageDraw.Draw(page).rectangle((100, 100 + n * 200, 700, 160 + n * 200), fill="black")
        pages.append(page)
    path = tmp_path / "scan.pdf"
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=100)
    viewer = open_viewer(qtbot, path)
    assert viewer.state == "ready"
    assert viewer.document.pageCount() == 2
    qtbot.waitUntil(lambda: page_is_drawn(viewer, 0))
    viewer.search("anything")
    qtbot.waitUntil(lambda: viewer.hits_label.text() == "Not found")


def test_page_mapping_matches_what_is_drawn(qtbot, report):
    """Selection and marks rely on knowing where QPdfView draws each page, at every zoom."""
    viewer = open_viewer(qtbot, report)
    for action in (lambda: None, viewer.zoom_in, viewer.zoom_out, viewer.zoom_out):
        action()
        viewer.view.verticalScrollBar().setValue(500)
        qtbot.wait(50)
        image = viewer.view.viewport().grab().toImage()
        for rect in viewer.view.page_rects():
            if rect.top() < 5 or rect.top() > image.height() - 5:
                continue
            x = max(rect.left() + 10, 10)
            inside = image.pixelColor(QPoint(x, rect.top()))
            above = image.pixelColor(QPoint(x, rect.top() - 1))
            assert inside.lightness() == 255, (action, rect)
            assert above.lightness() < 255, (action, rect)


def _long_report(tmp_path):
    from testdata import hostile as hf

    return hf.pdf(tmp_path / "long.pdf", pages=500)


def test_a_long_report_is_checked_off_the_gui_thread(qtbot, tmp_path):
    # Counting and checking 500 pages takes about a second: the window is up at once and
    # says "Opening…" meanwhile, then shows the report.
    import time

    path = _long_report(tmp_path)
    started = time.monotonic()
    viewer = PdfViewer(path)
    built = time.monotonic() - started
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.state == "loading"
    assert viewer.stack.currentWidget() is viewer.message
    assert viewer.message.text() == "Opening…"
    assert not viewer.toolbar.isEnabled()
    assert built < 0.3, f"{built:.2f} s on the GUI thread"
    with qtbot.waitSignal(viewer.opened, timeout=30_000) as opened:
        pass
    assert opened.args == ["ready"]
    assert viewer.document.pageCount() == 500


def test_closing_while_opening_cancels_the_check(qtbot, tmp_path):
    import time

    viewer = PdfViewer(_long_report(tmp_path))
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.pool.activeThreadCount() == 1)
    [job] = viewer.pool._jobs.values()
    started = time.monotonic()
    viewer.close()
    assert job.cancel.is_set()
    assert viewer.pool.activeThreadCount() == 0
    assert time.monotonic() - started < 1.0
    assert job.state == "cancelled"
