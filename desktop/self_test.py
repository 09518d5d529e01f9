"""The self-test an installer runs (``casebridge --self-test``): the bundled samples open.

Once the main window has loaded its case list, ``SelfTest`` opens the sample series shipped in
resources/samples/ (one CT slice per way the viewer decodes pixels, each through a different
decoder plugin; made by ``testdata.samples``) in the DICOM viewer and shows every slice in
turn, then opens the sample report in the PDF viewer and draws its first page. A build that
lost a decoder plugin, a Qt plugin or the PDF engine fails here, not in a clinic. It prints
one line per sample and emits ``finished(ok)``; the viewers are closed before that.
Thread-safety: GUI thread only (the viewers decode on their own workers and processes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from desktop.viewers.dicom_viewer import DicomViewerWindow
from desktop.viewers.pdf_viewer import PdfViewer
from desktop.viewers.series_input import InstanceInput, SeriesInput

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "samples"
# The samples testdata.samples writes; each needs its own decoder.
DICOM_SAMPLES = (
    "ct-1-uncompressed.dcm",
    "ct-2-jpeg2000-lossless.dcm",
    "ct-3-jpegls-lossless.dcm",
    "ct-4-rle.dcm",
    "ct-5-jpeg-lossless.dcm",
    "ct-6-jpeg-12bit.dcm",
)
PDF_SAMPLE = "report.pdf"
TIMEOUT_MS = 60_000


class SelfTest(QObject):
    finished = Signal(bool)

    def __init__(self, samples: Path = SAMPLES_DIR, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.samples = samples
        self.viewer: DicomViewerWindow | None = None
        self.pdf: PdfViewer | None = None
        self.ok = True
        self._done = False
        self._position = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)

    def start(self) -> None:
        missing = [n for n in (*DICOM_SAMPLES, PDF_SAMPLE) if not (self.samples / n).is_file()]
        if missing:
            print("sample missing: " + ", ".join(missing))
            self._finish(False)
            return
        self._timer.start(TIMEOUT_MS)
        instances = [
            InstanceInput(name, lambda path=self.samples / name: path.read_bytes())
            for name in DICOM_SAMPLES
        ]
        self.viewer = DicomViewerWindow([SeriesInput("CT", "CT", instances)])
        viewport = self.viewer.viewports[0]
        viewport.image_shown.connect(self._image_shown)
        self.viewer.show()
        if viewport.shown is not None:
            self._image_shown()

    @Slot()
    def _image_shown(self) -> None:
        if self.viewer is None or self._done:
            return
        viewport = self.viewer.viewports[0]
        shown = viewport.shown
        expected = DICOM_SAMPLES[self._position]
        if shown is None or shown.key != expected:
            return
        drawn = shown.ok and self.viewer.isVisible() and viewport.canvas.frame is not None
        self._report(expected, drawn, shown.error_code)
        if self._position + 1 < len(DICOM_SAMPLES):
            self._position += 1
            # Not from inside the viewport's own signal: a prefetched slice shows at once.
            QTimer.singleShot(0, self, lambda: viewport.go_to(self._position))
        else:
            QTimer.singleShot(0, self, self._open_pdf)

    def _open_pdf(self) -> None:
        self.pdf = PdfViewer(self.samples / PDF_SAMPLE)
        self.pdf.opened.connect(self._pdf_opened)
        self.pdf.show()

    @Slot(str)
    def _pdf_opened(self, state: str) -> None:
        if self.pdf is None or self._done:
            return
        page = self.pdf.document.render(0, QSize(400, 566))
        self._report(PDF_SAMPLE, state == "ready" and _has_ink(page), state)
        self._finish(self.ok)

    def _report(self, name: str, shown: bool, why: str) -> None:
        print(f"{name}: {'shown' if shown else 'NOT shown ' + (why or '')}".rstrip())
        self.ok = self.ok and shown

    @Slot()
    def _timed_out(self) -> None:
        print("the samples did not open in time")
        self._finish(False)

    def _finish(self, ok: bool) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        for window in (self.viewer, self.pdf):
            if window is not None:
                window.close()
        self.finished.emit(ok)


def _has_ink(image: QImage) -> bool:
    """True when the rendered page holds dark pixels (its text), not a blank sheet."""
    if image.isNull():
        return False
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return any(
        grey.pixelColor(x, y).value() < 200
        for y in range(0, grey.height(), 2)
        for x in range(0, grey.width(), 2)
    )
