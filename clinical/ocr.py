"""Optical character recognition with the ``tesseract`` command (TSV output keeps positions).

No Python OCR package is needed: the Debian/Windows ``tesseract`` program is run once per
image, the image piped in as PNG, and its TSV words converted to PDF points so OCR pages feed
the same lab extraction as text PDFs. Photos are downscaled before OCR (JPEG at decode time),
and images declaring more pixels than ``MAX_PHOTO_PIXELS`` are refused before any pixel is
decoded, so a decompression bomb neither exhausts memory nor freezes the app.
Thread-safety: pure functions and child processes; safe from any thread.
"""

from __future__ import annotations

import csv
import functools
import io
import shutil
import subprocess
import threading
import warnings
from pathlib import Path

from clinical.errors import (
    ImageTooLarge,
    ImageUnreadable,
    OcrFailed,
    OcrUnavailable,
)
from clinical.models import PageText, TextSource, Word
from foundation.cancel import check, is_cancelled

OCR_DPI = 300  # Tesseract's own quality guidance: at least 300 dpi
MAX_PHOTO_PIXELS = 200_000_000  # above today's largest phone sensors (200 MP)
OCR_MAX_SIDE = 4200  # longest side sent to Tesseract: A4 at about 350 dpi
MIN_CONFIDENCE = 10  # Tesseract's word confidence (0-100) below which a word is noise
_TIMEOUT_SECONDS = 180


@functools.lru_cache(maxsize=1)
def _tesseract_command() -> str | None:
    return shutil.which("tesseract")


def tesseract_available() -> bool:
    """True when the tesseract command runs and has its English model."""
    return _english_installed(_tesseract_command())


@functools.lru_cache(maxsize=4)
def _english_installed(command: str | None) -> bool:
    if command is None:
        return False
    try:
        proc = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return "eng" in proc.stdout.split()


def ocr_image(image, page: int, scale: float, cancel: threading.Event | None = None) -> PageText:
    """OCR one PIL image; ``scale`` converts its pixels to points (72 / dpi).

    Raises OcrUnavailable, OcrFailed, Cancelled.
    """
    command = _tesseract_command()
    if command is None or not _english_installed(command):
        raise OcrUnavailable()
    grey = _without_rules(image.convert("L"))
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG")
    # --psm 6 reads the page as one block of text: table rows stay whole lines.
    args = [command, "stdin", "stdout", "-l", "eng", "--psm", "6", "tsv"]
    try:
        proc = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
    except OSError as exc:
        raise OcrUnavailable(type(exc).__name__) from exc
    out = _communicate(proc, buffer.getvalue(), cancel)
    width, height = grey.size
    return PageText(
        page, width * scale, height * scale, tuple(_tsv_words(out, page, scale)), TextSource.OCR
    )


def _without_rules(grey):
    """The image with table rulings whitened: Tesseract drops whole rows of a ruled table
    when its cells are boxed, and the words themselves are never long straight runs."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(grey)
    dark = pixels < 128
    height, width = dark.shape
    # Runs longer than any character: about 3 text heights across, 2 down.
    lines = _runs(dark, max(40, width // 12), axis=1) | _runs(dark, max(30, height // 40), axis=0)
    if not lines.any():
        return grey
    cleaned = pixels.copy()
    cleaned[lines] = 255
    return Image.fromarray(cleaned)


def _runs(dark, length: int, axis: int):
    """Mask of pixels inside straight dark runs of at least ``length`` along ``axis``."""
    import numpy as np

    if dark.shape[axis] <= length:
        return np.zeros_like(dark)
    counts = np.cumsum(dark, axis=axis, dtype=np.int32)
    pad = [(0, 0), (0, 0)]
    pad[axis] = (1, 0)
    counts = np.pad(counts, pad)
    ahead = np.take(counts, range(length, counts.shape[axis]), axis=axis)
    behind = np.take(counts, range(0, counts.shape[axis] - length), axis=axis)
    starts = (ahead - behind) == length  # a full run begins here
    marks = np.cumsum(starts, axis=axis, dtype=np.int32)
    marks = np.pad(marks, pad)
    # A pixel is covered when a run started within the last ``length`` positions.
    size = dark.shape[axis]
    index = np.arange(size)
    upper = np.take(marks, np.minimum(index + 1, marks.shape[axis] - 1), axis=axis)
    lower = np.take(marks, np.maximum(index + 1 - length, 0), axis=axis)
    return (upper - lower) > 0


def _communicate(proc: subprocess.Popen, data: bytes, cancel: threading.Event | None) -> str:
    result: dict[str, bytes] = {}

    def talk() -> None:
        result["out"], result["err"] = proc.communicate(data)

    talker = threading.Thread(target=talk, daemon=True)
    talker.start()
    waited = 0.0
    while talker.is_alive():
        talker.join(0.1)
        waited += 0.1
        if is_cancelled(cancel) or waited > _TIMEOUT_SECONDS:
            proc.kill()
            talker.join()
            check(cancel, "ocr")
            raise OcrFailed("timeout")
    if proc.returncode != 0:
        raise OcrFailed(f"exit {proc.returncode}")
    return result["out"].decode("utf-8", "replace")


def _tsv_words(tsv: str, page: int, scale: float) -> list[Word]:
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            confidence = float(row["conf"])
            left, top = int(row["left"]), int(row["top"])
            width, height = int(row["width"]), int(row["height"])
        except (KeyError, TypeError, ValueError):
            continue
        if confidence < MIN_CONFIDENCE:
            continue
        words.append(
            Word(
                text,
                page,
                left * scale,
                top * scale,
                (left + width) * scale,
                (top + height) * scale,
            )
        )
    return words


def open_photo(path: Path):
    """Open a photo for OCR: size checked before decoding, downscaled while decoding.

    Returns (PIL image in grey, points per pixel). Raises ImageTooLarge, ImageUnreadable.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    with warnings.catch_warnings():
        # The size is checked below against our own limit; Pillow's warning adds nothing.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image: Image.Image = Image.open(path)
        except Image.DecompressionBombError as exc:
            raise ImageTooLarge() from exc
        except (UnidentifiedImageError, OSError, ValueError) as exc:
            raise ImageUnreadable(type(exc).__name__) from exc
        width, height = image.size
        if width * height > MAX_PHOTO_PIXELS:
            image.close()
            raise ImageTooLarge(f"{width * height} pixels")
        try:
            if image.format == "JPEG":
                # DCT scaling: a 100 MP JPEG decodes straight to a quarter or an eighth.
                image.draft("L", (OCR_MAX_SIDE, OCR_MAX_SIDE))
            image = ImageOps.exif_transpose(image)
            image = image.convert("L")
            image.thumbnail((OCR_MAX_SIDE, OCR_MAX_SIDE))
        except (OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ImageUnreadable(type(exc).__name__) from exc
    # A phone photo has no physical size; treat it as an A4 page width (595 points).
    return image, 595.0 / image.size[0]
