"""Lab grid beside its report, trend chart, document kinds and dates, checklist panel.

Real store, real PDFs read by the real extraction
(local_store.document_analysis.analyse_attachment), real windows (offscreen).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.viewers.pdf_viewer import PdfViewer
from desktop.views.checklist_panel import ChecklistPanel
from desktop.views.document_kind import DocumentsPanel
from desktop.views.labs_grid import (
    CHECK_COLUMN,
    FIELD_COLUMNS,
    FLAG_COLUMN,
    METHOD_COLUMN,
    LabReportView,
    LabsGrid,
)
from desktop.workers import DatabaseExecutor
from local_store import (
    attachments,
    case_checklist,
    cases,
    document_analysis,
    document_kinds,
    lab_results,
)
from local_store.models import (
    Consent,
    ConsentMethod,
    Initiator,
    Patient,
    Referral,
    Sex,
)
from testdata import lab_reports
from testdata.documents import LAB_ROWS, lab_report_pdf, report_pdf

VALUE = FIELD_COLUMNS["value"]
EARLIER_ROWS = (
    ("Haemoglobin", "10.4", "g/dL", "12.0 - 15.5"),
    ("Serum Creatinine", "1.3", "mg/dL", "0.6 - 1.1"),
)

pytestmark = pytest.mark.gui


def breast_case(store) -> str:
    return cases.create_case(
        store,
        Patient(name="Test Patient", sex=Sex.FEMALE, birth_date="1970-01-01"),
        Consent(
            initiated_by=Initiator.DOCTOR,
            given_by="Test Patient",
            method=ConsentMethod.WRITTEN,
            at=(date.today() - timedelta(days=1)).isoformat(),
            recorded_by="Nurse",
        ),
        Referral(
            questions=["Is surgery possible?"],
            specialty="oncology",
            working_diagnosis="Carcinoma left breast",
        ),
    )


def attach(store, case_id, path) -> str:
    attachment = attachments.add_file(store, case_id, path).attachment
    document_analysis.analyse_attachment(store, attachment.id)
    return attachment.id


@pytest.fixture
def db(store):
    executor = DatabaseExecutor(store)
    yield executor
    executor.shutdown()


@pytest.fixture
def lab_case(store, tmp_path):
    """A breast cancer case with two lab reports a month apart and a plain letter."""
    case_id = breast_case(store)
    latest = attach(store, case_id, lab_report_pdf(tmp_path / "latest.pdf", "12/03/2024"))
    earlier = attach(
        store, case_id, lab_report_pdf(tmp_path / "earlier.pdf", "10/02/2024", EARLIER_ROWS)
    )
    letter = attach(store, case_id, report_pdf(tmp_path / "letter.pdf", page_count=1))
    return case_id, latest, earlier, letter


def open_grid(qtbot, store, db, attachment_id, case_id) -> LabsGrid:
    grid = LabsGrid(store, db)
    qtbot.addWidget(grid)
    grid.resize(700, 600)
    grid.show()
    with qtbot.waitSignal(grid.loaded):
        grid.load(attachment_id, case_id)
    return grid


def cell(grid: LabsGrid, test: str, column: int):
    row = next(i for i, lab in enumerate(grid.labs) if lab.result.test == test)
    return grid.table.item(row, column)


def test_grid_lists_every_value_with_flags_in_words(qtbot, store, db, lab_case):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    assert grid.table.rowCount() == len(LAB_ROWS)
    tests = [grid.table.item(r, 0).text() for r in range(grid.table.rowCount())]
    assert tests == [row[0] for row in LAB_ROWS]  # the report's own order
    assert cell(grid, "Haemoglobin", VALUE).text() == "9.1"
    assert cell(grid, "Haemoglobin", FIELD_COLUMNS["reference"]).text() == "12.0 - 15.5"
    # Not by colour alone: a symbol and a word in their own column.
    assert cell(grid, "Haemoglobin", FLAG_COLUMN).text() == "▼ Low"
    assert cell(grid, "Serum Creatinine", FLAG_COLUMN).text() == "▲ High"
    assert cell(grid, "SGPT (ALT)", FLAG_COLUMN).text() == ""
    assert cell(grid, "Haemoglobin", VALUE).font().bold()
    assert not cell(grid, "SGPT (ALT)", VALUE).font().bold()


def test_critical_value_is_named_above_the_grid_and_follows_corrections(qtbot, store, db, tmp_path):
    case_id = breast_case(store)
    rows = (("Serum Potassium", "2.4", "mmol/L", "3.5 - 5.1"), LAB_ROWS[0])
    report = attach(store, case_id, lab_report_pdf(tmp_path / "k.pdf", "12/03/2024", rows))
    grid = open_grid(qtbot, store, db, report, case_id)
    assert cell(grid, "Serum Potassium", FLAG_COLUMN).text() == "‼ Critical"
    assert grid.critical.isVisible()
    assert "Serum Potassium 2.4 mmol/L" in grid.critical.text()
    assert "tell the doctor" in grid.critical.text()
    # A misread value corrected into the normal range takes the warning away.
    with qtbot.waitSignal(grid.saved):
        cell(grid, "Serum Potassium", VALUE).setText("4.2")
    assert not grid.critical.isVisible()
    assert cell(grid, "Serum Potassium", FLAG_COLUMN).text() == ""


def test_double_click_on_a_document_asks_to_open_it(qtbot, store, db, lab_case):
    case_id, latest, _earlier, _letter = lab_case
    panel = DocumentsPanel(store, db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    row = panel.row_of(latest)
    assert panel.table.item(row, 3).text() == "6 lab values"
    with qtbot.waitSignal(panel.open_requested) as opened:
        panel.table.cellDoubleClicked.emit(row, 2)
    assert opened.args == [latest]


def test_correcting_a_value_is_saved_and_flag_worked_out_again(qtbot, store, db, lab_case, reopen):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    item = cell(grid, "Serum Creatinine", VALUE)
    grid.table.setCurrentItem(item)
    with qtbot.waitSignal(grid.saved, timeout=10000):
        grid.table.editItem(item)
        editor = grid.table.focusWidget()
        editor.selectAll()
        qtbot.keyClicks(editor, "0.9")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    corrected = cell(grid, "Serum Creatinine", VALUE)
    assert corrected.text() == "0.9"
    assert corrected.font().italic()
    assert "1.9" in corrected.toolTip()  # the value as read stays visible
    assert cell(grid, "Serum Creatinine", FLAG_COLUMN).text() == ""  # now in range
    db.shutdown()

    again = reopen()
    stored = next(
        lab
        for lab in lab_results.list_labs(again, attachment_id=latest)
        if lab.result.test == "Serum Creatinine"
    )
    assert stored.result.value == "0.9" and stored.result.flag is None
    assert stored.extracted.value == "1.9" and stored.corrected


def test_empty_value_is_refused_with_a_reason_and_the_stored_value_stays(
    qtbot, store, db, lab_case
):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    item = cell(grid, "Haemoglobin", VALUE)
    item.setText("  ")
    qtbot.waitUntil(grid.problem.isVisible)
    assert grid.problem.text()
    assert cell(grid, "Haemoglobin", VALUE).text() == "9.1"
    stored = lab_results.list_labs(store, attachment_id=latest)[0]
    assert stored.result.value == "9.1"


def test_ticking_checked_is_saved(qtbot, store, db, lab_case):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    with qtbot.waitSignal(grid.saved):
        cell(grid, "Platelet Count", CHECK_COLUMN).setCheckState(Qt.CheckState.Checked)
    platelets = next(
        lab
        for lab in lab_results.list_labs(store, attachment_id=latest)
        if lab.result.test == "Platelet Count"
    )
    assert platelets.confirmed


def test_trend_chart_shows_the_test_across_reports(qtbot, store, db, lab_case):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    grid.table.setCurrentItem(cell(grid, "Serum Creatinine", 0))
    chart = grid.chart
    assert chart.title == "Serum Creatinine"
    assert [(p.date, p.value) for p in chart.points] == [
        ("2024-02-10", 1.3),
        ("2024-03-12", 1.9),
    ]
    assert [p.flag for p in chart.points] == ["H", "H"]
    assert (chart.points[-1].low, chart.points[-1].high) == (0.6, 1.1)
    assert chart.empty_text() == ""
    grid.table.setCurrentItem(cell(grid, "Platelet Count", 0))
    assert "Only one" in chart.empty_text()
    # The chart draws: the band and the line are not blank white.
    image = chart.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, 60, 3)}
    assert len(colours) > 2


def test_clicking_a_row_jumps_the_report_to_the_value(qtbot, store, db, lab_case):
    _case_id, latest, _earlier, _letter = lab_case
    view = LabReportView(store, db, latest)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitUntil(lambda: isinstance(view.viewer, PdfViewer))
    qtbot.waitUntil(lambda: view.grid.table.rowCount() == len(LAB_ROWS))
    viewer = view.viewer
    qtbot.waitUntil(lambda: viewer.state != "loading")
    assert viewer.state == "ready"
    assert view.kind_editor.kind.currentData() == "lab_report"
    assert view.kind_editor.date.text() == "2024-03-12"
    grid = view.grid
    potassium = next(lab for lab in grid.labs if lab.result.test == "Serum Potassium")
    grid.table.setCurrentItem(cell(grid, "Serum Potassium", 0))
    qtbot.waitUntil(lambda: viewer.view.highlight is not None)
    page, rect = viewer.view.highlight
    assert page == potassium.result.page - 1
    assert rect.top() == pytest.approx(potassium.result.bbox[1])
    marked = viewer.view.to_viewport(page, rect)
    assert 0 < marked.top() < viewer.view.viewport().height()


def test_documents_ordered_by_date_with_kind_and_date_editable(qtbot, store, db, lab_case, reopen):
    case_id, latest, earlier, letter = lab_case
    panel = DocumentsPanel(store, db)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    ids = [d.attachment_id for d in panel.docs]
    assert ids == [earlier, latest, letter]  # by printed date, the undated one last
    assert panel.table.item(0, 0).text() == "2024-02-10"
    assert panel.table.cellWidget(0, 1).currentData() == "lab_report"
    assert panel.table.item(2, 0).text() == ""

    # The letter's date, typed by the user, moves it to the front.
    with qtbot.waitSignal(panel.saved):
        panel.table.item(2, 0).setText("2024-01-05")
    assert [d.attachment_id for d in panel.docs] == [letter, earlier, latest]

    combo = panel.table.cellWidget(0, 1)
    with qtbot.waitSignal(panel.saved):
        combo.setCurrentIndex(combo.findData("discharge_summary"))
        combo.activated.emit(combo.currentIndex())
    assert panel.docs[0].kind.value == "discharge_summary"

    # A date in the future is refused, explained, and not stored.
    panel.table.item(0, 0).setText("2999-01-01")
    qtbot.waitUntil(panel.problem.isVisible)
    assert "future" in panel.problem.text()
    assert panel.table.item(0, 0).text() == "2024-01-05"
    db.shutdown()

    info = document_kinds.get_document(reopen(), letter)
    assert (info.date, info.kind.value) == ("2024-01-05", "discharge_summary")
    assert info.kind_by_user and info.date_by_user


def test_checklist_for_breast_cancer_without_biopsy_report(qtbot, store, db, lab_case):
    case_id, *_ = lab_case
    panel = ChecklistPanel(store, db)
    qtbot.addWidget(panel)
    panel.resize(700, 800)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    assert panel.condition.currentData() == "oncology.breast"
    required = panel.item_ids("required")
    assert "histopathology" in required
    assert "receptors" in required
    assert "staging" in panel.item_ids("recommended")
    assert "staging" not in required
    # Blood counts and kidney/liver tests were read from the lab reports.
    assert "blood_counts" in panel.item_ids("present")
    assert "no_routine_bone_brain" in panel.item_ids("not_needed")
    card = panel.sections["required"][required.index("histopathology")]
    text = " ".join(label.text() for label in card.findChildren(type(panel.advice)))
    assert "Histopathology report" in text
    assert "Why: Confirms the diagnosis" in text
    assert "Source: ICMR" in text
    assert "without them" in panel.advice.text()
    assert panel.advice.isVisible()


def test_checklist_never_blocks_sending(qtbot, store, db, lab_case):
    case_id, *_ = lab_case
    panel = ChecklistPanel(store, db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    assert panel.item_ids("required")  # things are missing...
    db.shutdown()
    cases.mark_ready(store, case_id)  # ...and the case can still be marked ready to send
    assert cases.get_case(store, case_id).status.value == "ready"


def test_choosing_another_condition_is_kept(qtbot, store, db, lab_case):
    case_id, *_ = lab_case
    panel = ChecklistPanel(store, db)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    index = panel.condition.findData("oncology.colorectal")
    assert index > 0
    with qtbot.waitSignal(panel.loaded):
        panel.condition.setCurrentIndex(index)
        panel.condition.activated.emit(index)
    assert "(chosen by you)" in panel.origin.text()
    assert case_checklist.get_condition(store, case_id).condition == "oncology.colorectal"
    with qtbot.waitSignal(panel.loaded):
        panel.condition.setCurrentIndex(0)
        panel.condition.activated.emit(0)
    assert panel.item_ids("required") == []
    assert "No checklist chosen" in " ".join(
        label.text() for label in panel.body.findChildren(type(panel.advice))
    )


def test_photographed_report_opens_in_the_photo_viewer_with_versions(qtbot, store, db, tmp_path):
    from PIL import Image

    from desktop.viewers.photo_viewer import PhotoViewer

    case_id = breast_case(store)
    path = tmp_path / "photo.jpg"
    Image.new("RGB", (800, 600), (230, 225, 210)).save(path)
    photo = attachments.add_file(store, case_id, path).attachment  # not read yet
    view = LabReportView(store, db, photo.id)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: isinstance(view.viewer, PhotoViewer))
    qtbot.waitUntil(lambda: view.grid.empty.isVisible())
    assert "not been read yet" in view.grid.empty.text()
    viewer = view.viewer
    qtbot.waitUntil(lambda: viewer.displayed_size is not None)
    assert viewer.save_button.isVisible()
    viewer.turn_right()
    with qtbot.waitSignal(viewer.version_saved, timeout=20000):
        viewer.save_button.click()
    assert len(attachments.list_attachments(store, case_id)) == 2


def test_the_method_has_its_own_column_and_the_trend_joins_without_it(qtbot, store, db, tmp_path):
    case_id = breast_case(store)
    earlier = attach(store, case_id, lab_report_pdf(tmp_path / "earlier.pdf", "10/02/2024"))
    with_method = attach(store, case_id, lab_reports.write("method_column", tmp_path))

    plain = open_grid(qtbot, store, db, earlier, case_id)
    assert plain.table.isColumnHidden(METHOD_COLUMN)  # no method printed: no empty column
    grid = open_grid(qtbot, store, db, with_method, case_id)

    assert not grid.table.isColumnHidden(METHOD_COLUMN)
    header = grid.table.horizontalHeaderItem(METHOD_COLUMN)
    assert header.text() == "Method" and header.toolTip()
    assert cell(grid, "Haemoglobin (Hb)", METHOD_COLUMN).text() == "Photometry"
    assert cell(grid, "Sodium (Na+)", METHOD_COLUMN).text() == "ISE Indirect"
    assert not cell(grid, "Sodium (Na+)", METHOD_COLUMN).flags() & Qt.ItemFlag.ItemIsEditable
    # The chart of haemoglobin holds the value of the report without a method column too.
    row = next(i for i, lab in enumerate(grid.labs) if lab.result.test == "Haemoglobin (Hb)")
    grid.show_row(row)
    trend = grid.trends[lab_results.trend_key(grid.labs[row].result)]
    assert {p.attachment_id for p in trend.points} == {earlier, with_method}


def test_a_value_that_is_not_a_result_is_refused_with_a_reason(qtbot, store, db, lab_case):
    case_id, latest, _earlier, _letter = lab_case
    grid = open_grid(qtbot, store, db, latest, case_id)
    cell(grid, "Haemoglobin", VALUE).setText("abc")
    qtbot.waitUntil(grid.problem.isVisible)
    assert "not a lab result" in grid.problem.text()
    assert "“abc”" in grid.problem.text()  # what was typed is named, not silently dropped
    assert cell(grid, "Haemoglobin", VALUE).text() == "9.1"
    assert lab_results.list_labs(store, attachment_id=latest)[0].result.value == "9.1"
    # A result word is a result: it is saved.
    with qtbot.waitSignal(grid.saved):
        cell(grid, "Haemoglobin", VALUE).setText("Positive")
    assert not grid.problem.isVisible()
    assert lab_results.list_labs(store, attachment_id=latest)[0].result.value == "Positive"


def test_value_unit_and_range_columns_are_in_view_beside_the_report(qtbot, store, db, lab_case):
    from desktop.viewers.launcher import ViewerLauncher

    _case_id, latest, _earlier, _letter = lab_case
    launcher = ViewerLauncher(db)
    launcher.open_document(latest)
    [view] = launcher.windows
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: isinstance(view.viewer, PdfViewer), timeout=20000)
    qtbot.waitUntil(lambda: view.grid.table.rowCount() > 0)
    qtbot.wait(50)
    table = view.grid.table
    shown = table.viewport().rect()
    for field in ("test", "value", "unit", "reference"):
        column = FIELD_COLUMNS[field]
        left = table.columnViewportPosition(column)
        box = shown.intersected(type(shown)(left, 0, table.columnWidth(column), shown.height()))
        # The whole column is on screen, not scrolled off to the right or squeezed to nothing.
        assert box.width() == table.columnWidth(column) > 20, (field, box, shown)
    for row in range(table.rowCount()):
        for field in ("value", "unit", "reference"):
            item = table.item(row, FIELD_COLUMNS[field])
            needed = table.fontMetrics().horizontalAdvance(item.text())
            assert table.columnWidth(FIELD_COLUMNS[field]) >= needed, (field, item.text())
    view.close()


def test_a_phone_photo_of_a_wound_can_be_filed_as_a_clinical_photo(
    qtbot, store, db, lab_case, tmp_path, reopen
):
    from testdata.documents import photo

    case_id, latest, _earlier, _letter = lab_case
    wound = attachments.add_file(store, case_id, photo(tmp_path / "IMG_20240312.jpg")).attachment
    panel = DocumentsPanel(store, db)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.load(case_id)
    combo = panel.table.cellWidget(panel.row_of(wound.id), 1)
    words = [combo.itemText(i) for i in range(combo.count())]
    assert "Clinical photo (wound, rash, swelling)" in words
    with qtbot.waitSignal(panel.saved):
        combo.setCurrentIndex(combo.findData("clinical_photo"))
        combo.activated.emit(combo.currentIndex())
    shown = panel.table.cellWidget(panel.row_of(wound.id), 1)
    assert shown.currentText() == "Clinical photo (wound, rash, swelling)"
    # A PDF report is a document: the choice is not offered for it.
    report = panel.table.cellWidget(panel.row_of(latest), 1)
    assert report.findData("clinical_photo") == -1
    db.shutdown()

    info = document_kinds.get_document(reopen(), wound.id)
    assert info.kind.value == "clinical_photo" and info.kind_by_user


def test_a_clinical_photo_opens_without_a_lab_grid(qtbot, store, db, tmp_path):
    from desktop.viewers.photo_viewer import PhotoViewer
    from testdata.documents import photo

    case_id = breast_case(store)
    rash = attachments.add_file(store, case_id, photo(tmp_path / "rash.jpg")).attachment
    view = LabReportView(store, db, rash.id)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: isinstance(view.viewer, PhotoViewer))
    assert view.grid.isVisible()
    with qtbot.waitSignal(view.kind_editor.saved):
        combo = view.kind_editor.kind
        combo.setCurrentIndex(combo.findData("clinical_photo"))
        combo.activated.emit(combo.currentIndex())
    # A wound holds no lab values: nothing beside it says it is "not read yet".
    assert not view.grid.isVisible()
