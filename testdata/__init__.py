"""Test data for the tests and the benchmarks: one factory for every generated input file.

Real files, written the way hospitals, scanners and patients write them:

- ``testdata.dicom``: CT series (the one CT writer), single images with chosen attributes,
  ultrasound clips, secondary captures, broken and compressed files, encapsulated PDFs, and
  re-identified copies of pydicom's shipped files; the canonical patients and UIDs.
- ``testdata.identified``: a study full of identity for the de-identification tests.
- ``testdata.documents``: PDFs (hand-written text PDFs, password-locked, cut short), phone
  photos with EXIF rotation, scans of PDF pages.
- ``testdata.lab_reports``: Indian lab report layouts (reportlab) and the rows each must yield.
- ``testdata.media``: DICOMDIR discs (dcmtk), compressed copies, zips.
- ``testdata.hostile``: decompression bombs in DICOM, PNG and PDF, deeply nested DICOM
  sequences, zips of zips and zips with colliding names, for the hostile-input tests.

The package sits beside ``tests/`` so benchmarks can use it without importing tests; it is not
shipped (the installer's package list leaves it out). Thread-safety: plain functions, each
writing only the paths it is given.
"""
