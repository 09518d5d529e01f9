"""Clinical reading of documents: kinds and dates, lab results, checklists, the case summary.

Pure and Qt-free: no database, no wording; everything works on file paths and plain
dataclasses (see models.py). extract.extract_document is the entry point for one document;
checklists and summary work on values gathered by local_store (lab_results, case_checklist,
case_summary).
"""
