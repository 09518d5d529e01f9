"""The case screen after an import: new reports are read in the background, listed by date
with their kind, counted by the checklist, and open beside their lab values."""

from __future__ import annotations

import pytest

from desktop.views.labs_grid import LabReportView
from testdata.lab_reports import classic
from tests.importing.test_import_ui import finish
from tests.support.gui import new_case

pytestmark = pytest.mark.gui


def test_imported_lab_report_is_read_listed_and_opens(window, qtbot, tmp_path):
    editor = new_case(window, qtbot)
    report = tmp_path / "cbc report.pdf"
    classic(report)
    dialog = editor.attachments.import_paths([report])
    finish(dialog, qtbot)
    dialog.close_button.click()

    documents = editor.documents
    qtbot.waitUntil(lambda: [d.status for d in documents.docs] == ["done"], timeout=60_000)
    [doc] = documents.docs
    assert doc.kind.value == "lab_report"
    assert doc.date == "2024-02-04"  # printed day-first on the report
    assert doc.lab_count > 0
    assert documents.table.item(0, 0).text() == "2024-02-04"

    editor._open_document(doc.attachment_id)
    [view] = editor.viewers.windows
    assert isinstance(view, LabReportView)
    qtbot.waitUntil(lambda: view.grid.table.rowCount() == doc.lab_count, timeout=20_000)
