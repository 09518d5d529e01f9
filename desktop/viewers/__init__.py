"""Viewers for what a case holds: DICOM (dicom_viewer and its parts), PDF and photos.

GUI thread only; decoding, rendering and thumbnails run on worker pools.
"""
