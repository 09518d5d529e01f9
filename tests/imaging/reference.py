"""pydicom's own display pipeline, as the yardstick for imaging.display.

Modality LUT or rescale (apply_modality_lut), VOI (apply_voi_lut with the VOI LUT Sequence
preferred, else apply_windowing on the first window), scaled to 0..255 over the output range
pydicom uses, MONOCHROME1 inverted after VOI; colour through pydicom's own YBR->RGB conversion
(pixel_array) or apply_color_lut for palettes. Images without any VOI are scaled from their
lowest to their highest value. Nothing here imports the code under test.
"""

from __future__ import annotations

import numpy as np
from pydicom.dataset import Dataset
from pydicom.pixels import (
    apply_color_lut,
    apply_modality_lut,
    apply_voi_lut,
    apply_windowing,
    pixel_array,
)

TOLERANCE = 1  # grey levels: rounding of float math against a uint8 table


def _windowing_range(ds: Dataset) -> tuple[float, float]:
    # The output range of pydicom's apply_windowing (pydicom/pixels/processing.py).
    if ds.get("ModalityLUTSequence"):
        bits = int(ds.ModalityLUTSequence[0].LUTDescriptor[2])
        y_min, y_max = 0.0, 2.0**bits - 1
    elif ds.PixelRepresentation == 0:
        y_min, y_max = 0.0, 2.0 ** int(ds.BitsStored) - 1
    else:
        y_min, y_max = -(2.0 ** (int(ds.BitsStored) - 1)), 2.0 ** (int(ds.BitsStored) - 1) - 1
    if ds.get("RescaleSlope") is not None and ds.get("RescaleIntercept") is not None:
        slope, intercept = float(ds.RescaleSlope), float(ds.RescaleIntercept)
        y_min, y_max = y_min * slope + intercept, y_max * slope + intercept
    return y_min, y_max


def _to_uint8(values: np.ndarray, bits: int) -> np.ndarray:
    return np.rint(values.astype(np.float64) / (2.0**bits - 1) * 255).astype(np.uint8)


def reference_render(ds: Dataset, index: int = 0) -> np.ndarray:
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    arr = pixel_array(ds, index=index if frames > 1 else None)
    photometric = str(ds.PhotometricInterpretation).strip()
    if photometric == "PALETTE COLOR":
        rgb = apply_color_lut(arr, ds)
        bits = int(ds.RedPaletteColorLookupTableDescriptor[2])
        return rgb if rgb.dtype == np.uint8 else _to_uint8(rgb, bits)
    if int(ds.get("SamplesPerPixel", 1)) > 1:
        return arr if arr.dtype == np.uint8 else _to_uint8(arr, int(ds.BitsStored))
    modality = apply_modality_lut(arr, ds).astype(np.float64)
    if "VOILUTSequence" in ds:
        bits = int(ds.VOILUTSequence[0].LUTDescriptor[2])
        y = apply_voi_lut(modality, ds, prefer_lut=True).astype(np.float64) / (2.0**bits - 1)
    elif "WindowCenter" in ds and "WindowWidth" in ds:
        y_min, y_max = _windowing_range(ds)
        y = (apply_windowing(modality, ds, 0) - y_min) / (y_max - y_min)
    else:
        lo, hi = modality.min(), modality.max()
        y = (modality - lo) / (hi - lo) if hi > lo else np.zeros_like(modality)
    if photometric == "MONOCHROME1":
        y = 1.0 - y
    return np.rint(np.clip(y, 0, 1) * 255).astype(np.uint8)
