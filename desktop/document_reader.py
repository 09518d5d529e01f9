"""Reading a case's new reports and photos in the background after they are imported.

Asks the store which attachments have not been read, then reads each on a pool thread
(`local_store.document_analysis.analyse_attachment`: text, OCR, kind, date, lab values; its
writes run on the store's writer, the database executor), and says when a case is done so its
documents and checklist can be shown again. One case at a time; a case asked for again while
reading is read again afterwards. Thread-safety: create and call on the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from desktop.workers import DatabaseExecutor, JobPool
from local_store import document_analysis


class DocumentReader(QObject):
    finished = Signal(str)  # case id whose documents were read

    def __init__(self, executor: DatabaseExecutor, pool: JobPool, parent=None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.pool = pool
        self._reading: str | None = None
        self._again: set[str] = set()

    @property
    def busy(self) -> bool:
        return self._reading is not None

    def read_new(self, case_id: str) -> None:
        if self._reading is not None:
            self._again.add(case_id)
            return
        self._reading = case_id
        store = self.executor.store

        def work(cancel: threading.Event, progress) -> int:
            pending = document_analysis.documents_to_analyse(store, case_id)
            for number, attachment_id in enumerate(pending, start=1):
                if cancel.is_set():
                    break
                document_analysis.analyse_attachment(store, attachment_id, cancel=cancel)
                progress(number / len(pending), "")
            return len(pending)

        self.pool.submit(work, finished=self._done)

    @Slot()
    def _done(self) -> None:
        case_id, self._reading = self._reading, None
        if case_id is not None:
            self.finished.emit(case_id)
        if self._again:
            self.read_new(self._again.pop())
