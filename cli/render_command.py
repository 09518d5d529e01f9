"""``render FILE --out PNG``: a DICOM frame, a PDF page or a photo as a PNG, as the viewer shows it.

DICOM goes through imaging.display.render (the file's default window unless --window is
given; no overlays); a frame larger than imaging.limits allows is refused from its header
("too large to display here") before anything is decoded. Photos are turned by their EXIF
orientation with Pillow and drawn at most imaging.limits.MAX_RENDER_PIXELS. PDF pages are
drawn with pypdfium2 when it is installed (it comes with pdfplumber), at 150 dpi or less so the
picture stays within the same bound whatever size the page claims, and only after
clinical.pdf_budget found the page's content within its budget; otherwise the command says
why. The file's type is judged from its content, never its
name. The PNG is written beside its final name and renamed, so a failed run leaves no partial
file. Frames and pages count from 1, as people count them. Needs no data folder.
Thread-safety: one command per process.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import numpy as np

import wording.viewing
from cli.format import shown
from cli.support import EXIT_OK, Failed, out
from wording.viewing import CLI_RENDER_WORDS as WORDS

PDF_DPI = 150


def add_parsers(commands, common: argparse.ArgumentParser) -> None:
    render = commands.add_parser(
        "render",
        parents=[common],
        help="draw a DICOM frame, a PDF page or a photo into a PNG, as the viewer shows it",
        description="Draw a DICOM frame (with the file's own window unless --window is "
        "given), a PDF page or a photo (turned upright) into a PNG file.",
    )
    render.add_argument("file", metavar="FILE", help="a DICOM file, a PDF or a photo")
    render.add_argument("--out", required=True, metavar="PNG", help="the PNG file to write")
    render.add_argument(
        "--frame", type=int, default=1, metavar="N", help="frame of a multi-frame image, from 1"
    )
    render.add_argument(
        "--window",
        nargs=2,
        type=float,
        metavar=("CENTER", "WIDTH"),
        help="window centre and width in the image's units (HU for CT)",
    )
    render.add_argument("--page", type=int, default=1, metavar="N", help="PDF page, from 1")
    render.set_defaults(handler=run_render)


def _kind(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            head = fh.read(132)
    except IsADirectoryError:
        raise _decode_failure("unreadable") from None
    except OSError:
        raise _decode_failure("unreadable") from None
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")) or head[4:12] in (
        b"ftypheic",
        b"ftypheix",
        b"ftypmif1",
    ):
        return "photo"
    return "dicom"  # with or without the DICM preamble; imaging says if it is not DICOM


@contextlib.contextmanager
def _quiet_decoders():
    """Keep decoder chatter off stderr, where a failure must be one clear line.

    pydicom warns about tolerated oddities, and GDCM's JPEG codec prints straight to file
    descriptor 2 while it tries 8-bit before 12-bit; neither is for the user.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null, warnings.catch_warnings():
            warnings.simplefilter("ignore")
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _decode_failure(code: str, syntax: str = "") -> Failed:
    return Failed(code, [wording.viewing.decode_error_text(code, syntax)])


def run_render(args: argparse.Namespace, data_dir: Path) -> int:
    from local_store.file_guard import FileFailed, guarded

    source, target = Path(args.file), Path(args.out)
    kind = _kind(source)
    # Whatever the file makes a reader raise (a RecursionError from a sequence nested
    # thousands deep) ends as a worded failure, never a traceback.
    drawn = guarded(lambda: _render_kind(kind, source, args), failed="corrupt", passes=(Failed,))
    if isinstance(drawn, FileFailed):
        raise _decode_failure(drawn.code)
    image, result = drawn
    _write_png(image, target)
    height, width = image.shape[:2]
    result.update({"out": str(target), "kind": kind, "width": width, "height": height})
    text = WORDS["wrote"].format(
        out=shown(target), width=width, height=height, what=result.pop("_what")
    )
    out(result, args.json, text)
    return EXIT_OK


def _render_kind(kind: str, source: Path, args: argparse.Namespace) -> tuple[np.ndarray, dict]:
    if kind == "pdf":
        return _render_pdf(source, args.page)
    if kind == "photo":
        return _render_photo(source)
    return _render_dicom(source, args.frame, args.window)


def _render_dicom(source: Path, frame_number: int, window_args) -> tuple[np.ndarray, dict]:
    from imaging import display, pixels

    try:
        with _quiet_decoders():
            # Header first: a frame over the budget is refused before its pixels are read.
            info = pixels.open_image(source)
            if not 1 <= frame_number <= info.frames:
                raise pixels.DecodeError(pixels.FRAME_OUT_OF_RANGE, info.transfer_syntax)
            frame = pixels.decode_frame(source, frame_number - 1)
            info = frame.info
    except pixels.DecodeError as exc:
        raise _decode_failure(exc.code, exc.syntax_name) from None
    if window_args is not None and not info.is_colour:
        center, width = window_args
        if width <= 0:
            raise Failed("invalid_window", [wording.viewing.decode_error_text("invalid_window")])
        window = display.Window(center, width)
    else:
        window = display.default_window(info, frame)
    image = display.to_display(frame, window)
    window_json: dict[str, Any] | None
    if window is None:
        described, window_json = WORDS["own_colours"], None
    elif window.lut is not None:
        described, window_json = WORDS["voi_lut"], {"center": None, "width": None, "lut": True}
    else:
        described = WORDS["window"].format(center=window.center, width=window.width)
        if not info.windows and window_args is None and info.voi_lut is None:
            described = WORDS["full_range"]
        window_json = {"center": window.center, "width": window.width, "lut": False}
        window_json["function"] = window.function
    what = WORDS["dicom_what"].format(frame=frame_number, frames=info.frames, window=described)
    return image, {
        "frame": frame_number,
        "frames": info.frames,
        "window": window_json,
        "photometric": info.photometric,
        "transfer_syntax": info.transfer_syntax,
        "_what": what,
    }


def _render_photo(source: Path) -> tuple[np.ndarray, dict]:
    from imaging import limits, photos

    try:
        upright = photos.open_photo(source, max_pixels=limits.MAX_RENDER_PIXELS)
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
        image = np.asarray(upright)
    except ValueError as exc:
        code = "too_large_to_display" if str(exc) == photos.TOO_LARGE else "photo_unreadable"
        raise _decode_failure(code) from None
    return image, {"_what": WORDS["photo_what"]}


def _render_pdf(source: Path, page_number: int) -> tuple[np.ndarray, dict]:
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise _decode_failure("pdf_unavailable") from None
    try:
        document = pdfium.PdfDocument(str(source))
    except (pdfium.PdfiumError, OSError, ValueError):
        raise _decode_failure("pdf_unreadable") from None
    from clinical import pdf_budget
    from imaging import limits

    try:
        pages = len(document)
        if not 1 <= page_number <= pages:
            raise _decode_failure("page_out_of_range")
        try:
            too_large = pdf_budget.oversized_pages(source, only=page_number)
        except ValueError:
            too_large = []  # pdfminer cannot parse it: PDFium, which could open it, decides
        if too_large:
            raise _decode_failure("pdf_page_too_large")
        page = document[page_number - 1]
        width, height = page.get_size()
        bitmap = page.render(scale=limits.render_scale(width, height, PDF_DPI / 72))
        image = np.array(bitmap.to_pil().convert("RGB"))
    except pdfium.PdfiumError:
        raise _decode_failure("pdf_unreadable") from None
    finally:
        document.close()
    return image, {
        "page": page_number,
        "pages": pages,
        "_what": WORDS["page_what"].format(page=page_number, pages=pages),
    }


def _write_png(image: np.ndarray, target: Path) -> None:
    from PIL import Image

    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, part = tempfile.mkstemp(prefix=".render-", suffix=".part", dir=folder)
    except OSError:
        raise _decode_failure("out_not_writable") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            Image.fromarray(np.ascontiguousarray(image)).save(fh, format="PNG")
        os.replace(part, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(part)
        raise _decode_failure("out_not_writable") from None
