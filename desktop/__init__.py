"""The desktop app (PySide6): start-up, the windows, and the Qt-side handles on the lower layers.

The only package that imports Qt. app starts the application and unlocks the store; views/
holds the windows and dialogs, viewers/ the DICOM, PDF and photo viewers; workers runs
background jobs and the single database executor; sync_service, receiver_service and
document_reader wrap the sync engine, the DICOM receiver and document reading as Qt signals;
words translates the codes the lower layers return. Thread-safety: widgets on the GUI thread
only; store work goes through the database executor, everything slow through worker pools.
"""
