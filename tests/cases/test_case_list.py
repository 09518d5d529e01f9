"""The case list model and its search proxy: model contract, filtering, sorting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.case_list import (
    CHANGED,
    PATIENT,
    STATUS,
    CaseFilterProxy,
    CaseListModel,
)
from local_store.models import CaseStatus, CaseSummary, Urgency

ROWS = [
    CaseSummary(
        "a1b2c3d4-0000-4000-8000-000000000001",
        "Sunita Devi",
        "PHC-1021",
        "oncology",
        CaseStatus.DRAFT,
        Urgency.URGENT,
        "2026-03-01T10:00:00.000+00:00",
    ),
    CaseSummary(
        "b2c3d4e5-0000-4000-8000-000000000002",
        "Ramesh Kumar Yadav",
        "CHC-77",
        "cardiology",
        CaseStatus.READY,
        Urgency.ROUTINE,
        "2026-03-03T08:30:00.000+00:00",
    ),
    CaseSummary(
        "c3d4e5f6-0000-4000-8000-000000000003",
        "Lakshmi Narayanan",
        "",
        "neurology",
        CaseStatus.OPINION_RECEIVED,
        Urgency.ROUTINE,
        "2026-02-20T16:45:00.000+00:00",
    ),
]

pytestmark = pytest.mark.gui


def make_model(rows=ROWS):
    model = CaseListModel()
    model.set_rows(rows)
    proxy = CaseFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def names(proxy):
    return [proxy.index(r, PATIENT).data() for r in range(proxy.rowCount())]


def test_model_contract(qtmodeltester):
    model, _ = make_model()
    qtmodeltester.check(model)


def test_proxy_contract_while_filtering(qtmodeltester):
    _, proxy = make_model()
    proxy.set_search("devi")
    qtmodeltester.check(proxy)


def test_empty_model_contract(qtmodeltester):
    model, proxy = make_model([])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_columns_and_words():
    model, _ = make_model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Patient", "Hospital ID", "Specialty", "Status", "Urgency", "Last changed"]
    assert model.index(0, 2).data() == "Oncology (cancer)"
    assert model.index(1, STATUS).data() == "Ready to send"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "2026" in model.index(0, CHANGED).data()


def test_search_by_name_hospital_id_specialty_status_and_id_prefix():
    _, proxy = make_model()
    proxy.set_search("ramesh")
    assert names(proxy) == ["Ramesh Kumar Yadav"]
    proxy.set_search("phc-10")
    assert names(proxy) == ["Sunita Devi"]
    proxy.set_search("heart")  # the specialty's label
    assert names(proxy) == ["Ramesh Kumar Yadav"]
    proxy.set_search("neurology")
    assert names(proxy) == ["Lakshmi Narayanan"]
    proxy.set_search("opinion received")
    assert names(proxy) == ["Lakshmi Narayanan"]
    proxy.set_search("c3d4e5")
    assert names(proxy) == ["Lakshmi Narayanan"]
    proxy.set_search("nobody")
    assert names(proxy) == []
    proxy.set_search("")
    assert len(names(proxy)) == 3


def test_sorting_by_every_column():
    _model, proxy = make_model()
    for column in range(6):
        proxy.sort(column, Qt.SortOrder.AscendingOrder)
        up = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
        down = [proxy.index(r, column).data() for r in range(proxy.rowCount())]
        if column != CHANGED:
            assert up == sorted(up, key=str.casefold)
        assert down == list(reversed(up)) or len(set(up)) < len(up)
    proxy.sort(CHANGED, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Ramesh Kumar Yadav"


def test_update_row_in_place_and_new_row():
    model, proxy = make_model()
    changed = ROWS[0].__class__(**{**ROWS[0].__dict__, "patient_name": "Sunita Devi Sharma"})
    model.update_row(changed)
    assert model.rowCount() == 3
    proxy.set_search("sharma")
    assert names(proxy) == ["Sunita Devi Sharma"]
    extra = ROWS[0].__class__(**{**ROWS[0].__dict__, "id": "ffff0000", "patient_name": "Mohan"})
    model.update_row(extra)
    assert model.rowCount() == 4


def test_ten_thousand_rows_filter_quickly():
    import time

    rows = [
        CaseSummary(
            f"{i:08x}-0000-4000-8000-000000000000",
            f"Patient {i}",
            f"H-{i}",
            "oncology" if i % 2 else "cardiology",
            CaseStatus.DRAFT,
            Urgency.ROUTINE,
            "2026-03-01T10:00:00.000+00:00",
        )
        for i in range(10_000)
    ]
    started = time.perf_counter()
    _model, proxy = make_model(rows)
    proxy.set_search("patient 99")
    assert proxy.rowCount() == sum("99" in str(i) for i in range(10_000))
    # Generous bound for slow CI machines; the benchmark reports the real figure.
    assert time.perf_counter() - started < 1.0


def test_two_cases_of_one_patient_differ_by_case_number_and_start_day(store, qtbot):
    from desktop.views.case_list import CASE_LINE_ROLE, PatientDelegate
    from desktop.views.main_window import MainWindow
    from local_store import cases
    from local_store.models import Patient, case_number
    from wording.forms import MONTH_SHORT

    first = cases.create_case(store, Patient(name="Sunita Devi", hospital_id="PHC-1021"))
    second = cases.create_case(store, Patient(name="Sunita Devi", hospital_id="PHC-1021"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.loaded)
    try:
        lines = {}
        for case_id in (first, second):
            row = window.proxy.mapFromSource(window.model.index(window.model.row_of(case_id), 0))
            assert row.data() == "Sunita Devi"
            lines[case_id] = row.data(CASE_LINE_ROLE)
            # Under the name, drawn in the row's own height: the number and the day started.
            assert window.table.rowHeight(row.row()) >= PatientDelegate.row_height(
                window.table.font()
            )
        assert lines[first] != lines[second]
        for case_id, line in lines.items():
            assert line.startswith(f"Case {case_number(case_id)} · ")
            assert any(month in line for month in MONTH_SHORT.values())
        assert isinstance(window.table.itemDelegateForColumn(PATIENT), PatientDelegate)
    finally:
        window.shutdown()
