"""How much memory one picture may cost: the budgets every decoder call is checked against.

Clinic PCs have 4-8 GB of memory shared with Windows, a browser and the app itself, so one
image (or one file being imported) must never take more than about 1 GiB at its peak, however
large its header says it is. A decoded frame costs more than its own bytes while it is turned
into display values (the decoder's output, the modality values, the 8-bit picture and a
resampled copy: about 16 bytes per pixel for 16-bit grey), so the per-frame budget is a
quarter of that peak. Real images fit with room to spare: the largest flat-panel radiographs
and mammograms are 20-30 MP; a pathology slide is stored as many small tiles (frames), and
only the frame on screen is ever decoded. Files declaring more are refused before any decoder
runs and shown as "too large to display here", never decoded at a size they lie about.

Thread-safety: constants only.
"""

from __future__ import annotations

MIB = 1024 * 1024

# One decoded frame: rows x columns x samples x bytes per sample (as BitsAllocated rounds).
MAX_FRAME_BYTES = 192 * MIB
# Pixels in one frame whatever its depth (a 1-bit or 8-bit frame still becomes 8-bit RGB or
# int16 values on its way to the screen).
MAX_FRAME_PIXELS = 64_000_000

# A Deflated Explicit VR data set is inflated as it is read, never in one piece: the header
# alone may not inflate past this (real headers are kilobytes, a dose report a few MB) ...
MAX_INFLATED_HEADER_BYTES = 64 * MIB
# ... and the whole data set (to show or re-encode its pixels) not past this.
MAX_INFLATED_BYTES = 128 * MIB

# Photos: a 200 MP phone sensor is the largest real one; JPEGs decode scaled down (DCT
# scaling) so only PNG and HEIC cost their full size: 200 MP x 3 bytes is 600 MB, still under
# the peak. Anything declaring more is refused at import and shown as too large.
MAX_PHOTO_PIXELS = 200_000_000

# What `render` writes and the viewer draws from a photo or a PDF page: 40 MP (an A4 page at
# 600 dpi is 35 MP) whatever the page or the photo claims; larger ones are drawn scaled down.
MAX_RENDER_PIXELS = 40_000_000
# Neither side longer than this (a page 1 point wide and a kilometre long would otherwise
# pass the pixel count yet make a useless strip).
MAX_RENDER_SIDE = 16_384

# Decoding every frame at once (lossless recompression of uncompressed DICOM before sending):
# larger files travel as they are.
MAX_ALL_FRAMES_BYTES = 256 * MIB


def frame_bytes(rows: int, columns: int, samples: int, bits_allocated: int) -> int:
    """Bytes of one decoded frame as the decoders allocate it."""
    per_sample = max(1, (int(bits_allocated) + 7) // 8)
    return int(rows) * int(columns) * max(1, int(samples)) * per_sample


def frame_fits(rows: int, columns: int, samples: int, bits_allocated: int) -> bool:
    """True when one frame of this size may be decoded here."""
    pixels = int(rows) * int(columns)
    return (
        pixels <= MAX_FRAME_PIXELS
        and frame_bytes(rows, columns, samples, bits_allocated) <= MAX_FRAME_BYTES
    )


def render_scale(width: float, height: float, wanted: float) -> float:
    """The scale to draw a ``width`` x ``height`` thing at: ``wanted``, or less when the result
    would pass MAX_RENDER_PIXELS or MAX_RENDER_SIDE."""
    width, height = max(float(width), 1e-6), max(float(height), 1e-6)
    scale = float(wanted)
    if width * height * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
    # A little under the bound: renderers round each side up to whole pixels.
    return min(scale, MAX_RENDER_SIDE / width, MAX_RENDER_SIDE / height) * 0.999
