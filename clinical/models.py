"""The clinical data model: document kinds, positioned words, lab results and their flags.

Plain frozen dataclasses and enums shared by every clinical module and by the layers above
(local_store stores them, desktop and cli show them). Positions are PDF points from the top-left
of the page (pdfplumber's convention), so a viewer can jump to a result; OCR positions are
converted to the same units. Thread-safety: immutable values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class DocumentKind(StrEnum):
    LAB_REPORT = "lab_report"
    IMAGING_REPORT = "imaging_report"
    DISCHARGE_SUMMARY = "discharge_summary"
    PRESCRIPTION = "prescription"
    PATHOLOGY_REPORT = "pathology_report"
    ECG = "ecg"
    CLINICAL_PHOTO = "clinical_photo"  # a photo of the patient (wound, rash, swelling)
    OTHER = "other"


class Flag(StrEnum):
    """A result outside its range: the values are the CLI contract's ("L", "H", "critical")."""

    LOW = "L"
    HIGH = "H"
    CRITICAL = "critical"


class TextSource(StrEnum):
    TEXT = "text"  # the PDF's own text layer
    OCR = "ocr"  # Tesseract on a rendered page or a photo


@dataclass(frozen=True)
class Word:
    text: str
    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool = False

    @property
    def mid_x(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class PageText:
    """One page's words in reading order, with the page size in points."""

    page: int
    width: float
    height: float
    words: tuple[Word, ...]
    source: TextSource = TextSource.TEXT

    @property
    def text(self) -> str:
        from clinical.layout import lines

        return "\n".join(" ".join(w.text for w in line) for line in lines(self.words))


BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in points


@dataclass(frozen=True)
class RefRange:
    """A printed reference range, with the bounds chosen for this patient (None = open)."""

    text: str
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @property
    def numeric(self) -> bool:
        return self.low is not None or self.high is not None


@dataclass(frozen=True)
class LabResult:
    """One row of a lab report as printed, with the flag worked out from the printed range."""

    test: str
    value: str  # as printed, e.g. "12.7", "<0.5", "Negative"
    number: float | None  # the numeric value, None for qualitative results
    unit: str
    reference: str  # the range text as printed ("" when none)
    low: float | None
    high: float | None
    flag: Flag | None
    page: int
    bbox: BBox
    section: str = ""
    lab_flag: str = ""  # the lab's own marker ("H", "L", "*"), kept for the reviewer
    analyte: str = ""  # catalogue key ("hemoglobin") when the name is known, else ""
    method: str = ""  # how the lab measured it, as printed ("Photometry", "ISE Indirect")

    def to_json(self) -> dict:
        """The CLI contract's row: test, value, unit, reference, low, high, flag, page (+ more)."""
        return {
            "test": self.test,
            "value": self.value,
            "unit": self.unit,
            "reference": self.reference,
            "low": self.low,
            "high": self.high,
            "flag": self.flag.value if self.flag else None,
            "page": self.page,
            "bbox": list(self.bbox),
            "section": self.section,
            "lab_flag": self.lab_flag,
            "analyte": self.analyte,
            "method": self.method,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: its words, guessed kind and date, lab results."""

    pages: tuple[PageText, ...]
    source: TextSource
    kind: DocumentKind
    date: str | None  # ISO date printed on the document, None if none was found
    results: tuple[LabResult, ...] = field(default_factory=tuple)
    page_count: int = 0
    unread_pages: tuple[int, ...] = ()  # scanned pages left unread (no OCR installed)

    @property
    def text(self) -> str:
        return "\n\f".join(p.text for p in self.pages)
