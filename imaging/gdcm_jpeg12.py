"""A pydicom decoder plugin for 12-bit JPEG Extended (1.2.840.10008.1.2.4.51) through GDCM.

pydicom 3.0's own GDCM plugin refuses 12-bit samples and the only other decoder of them is
pylibjpeg-libjpeg, which is GPLv3 and so not in the default install. GDCM itself decodes them
(checked against dcmtk's dcmdjpeg on pydicom's JPGExtended.dcm), so this module hands the frame
to GDCM directly. Registered by imaging.pixels on first use. Thread-safety: no shared state;
GDCM objects are created per call.
"""

from __future__ import annotations

from pydicom import uid

try:
    import gdcm

    HAVE_GDCM = True
except ImportError:  # python-gdcm is in the default install; a trimmed build may lack it
    HAVE_GDCM = False

DECODER_DEPENDENCIES = {uid.JPEGExtended12Bit: ("gdcm>=3.0.10",)}


def is_available(syntax: str) -> bool:
    return HAVE_GDCM and syntax in DECODER_DEPENDENCIES


def decode_frame(src: bytes, runner) -> bytes:
    """Return one decoded frame as bytes (the pydicom decoder plugin contract)."""
    fragment = gdcm.Fragment()
    fragment.SetByteStringValue(src)
    fragments = gdcm.SequenceOfFragments.New()
    fragments.AddFragment(fragment)
    element = gdcm.DataElement(gdcm.Tag(0x7FE0, 0x0010))
    element.SetValue(fragments.__ref__())

    image = gdcm.Image()
    image.SetNumberOfDimensions(2)
    image.SetDimensions((runner.columns, runner.rows, 1))
    image.SetDataElement(element)
    pi_type = gdcm.PhotometricInterpretation.GetPIType(runner.photometric_interpretation)
    image.SetPhotometricInterpretation(gdcm.PhotometricInterpretation(pi_type))
    if runner.samples_per_pixel > 1:
        image.SetPlanarConfiguration(runner.planar_configuration)
    ts_type = gdcm.TransferSyntax.GetTSType(str.__str__(runner.transfer_syntax))
    image.SetTransferSyntax(gdcm.TransferSyntax(ts_type))
    bits = runner.bits_stored
    image.SetPixelFormat(
        gdcm.PixelFormat(
            runner.samples_per_pixel,
            runner.bits_allocated,
            bits,
            bits - 1,
            runner.pixel_representation,
        )
    )
    data = image.GetBuffer().encode("utf-8", "surrogateescape")
    if not data:
        raise ValueError("GDCM returned no pixel data for this frame")
    return data
