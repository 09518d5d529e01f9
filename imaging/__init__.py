"""Images and their files: what a file is, DICOM headers and pixels, display, measurement,
thumbnails, phone photos, lossless recompression and de-identification.

The lowest layer beside clinical: works on paths, bytes and pydicom data sets, knows nothing of
the store, the network or words (it returns codes). Thread-safety: pure functions, except
frame_cache (a lock guards its cache and pools); any function may run on a worker thread.
"""
