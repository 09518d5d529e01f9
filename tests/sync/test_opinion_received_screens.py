"""What the clinic's window says when opinions come back, with the real engine on its own
thread against the reference service on 127.0.0.1: two cases sent, a specialist signs an
opinion on each, one of them changed by a byte on the way. The status bar says a new opinion
arrived; the case list shows "Opinion received" for the first case and, for the other, that
its opinion was kept out (never the service's "Opinion ready"), as its header does, with no
Opinion tab; the Sending and receiving panel says "Opinion received" for the first and, for
the other, "Opinion kept out" with the reason in plain words; the status bar stops announcing
once the opinion was looked at."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt

from desktop.views.case_list import STATUS
from local_store import cases
from local_store.models import CaseStatus
from sync import enrollment, opinion_inbox, protocol
from sync.engine import SyncEngine
from sync.submit import submit_case
from tests.support.languages import english as english
from tests.sync.helpers import make_case
from tests.sync.test_opinion_receive import write_and_sign

pytestmark = [pytest.mark.gui, pytest.mark.timeout(180)]

WAIT_MS = 60_000


def two_opinions_back(store, specialist, service, tmp_path) -> tuple[str, str]:
    """Two cases sent by ``store`` (enrolled here as a clinic), a signed opinion on each, the
    second's opinion.age changed by a byte at the service. Returns (answered, damaged) case ids.
    """
    from opinion_service.review import opinion_key

    enrollment.enroll(store, service.url, service.new_code("clinic"), role="clinic")
    answered = make_case(store, tmp_path / "a", name="Meena Kumari", sizes=(20_000,))
    damaged = make_case(store, tmp_path / "b", name="Rani Devi", sizes=(20_000,))
    bundles = [submit_case(store, store.data_dir, c).bundle_id for c in (answered, damaged)]
    assert sorted(SyncEngine(store, store.data_dir).run_once().sent) == sorted(bundles)
    service.wait_idle()
    SyncEngine(specialist, tmp_path / "specialist").run_once()
    write_and_sign(specialist, tmp_path, bundles[0], "Medicines first.")
    kept_out = write_and_sign(specialist, tmp_path, bundles[1], "Surgery first.")
    key = opinion_key(kept_out, protocol.OPINION_FILE)
    data = bytearray(b"".join(service.running.blobs.read_object(key)))
    data[-1] ^= 0x01
    changed = tmp_path / "changed.age"
    changed.write_bytes(bytes(data))
    service.running.blobs.put_object(key, changed)
    return answered, damaged


def panel_row(panel, name: str) -> list[str]:
    for r in range(panel.table.rowCount()):
        if panel.table.item(r, 0).text() == name:
            return [panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
    raise AssertionError(name)


def test_status_bar_case_list_and_panel_follow_the_opinions(
    window, qtbot, store, specialist, service, tmp_path
):
    answered, damaged = two_opinions_back(store, specialist, service, tmp_path)
    controls = window.sync
    window.refresh_cases()
    controls.service.restart()
    qtbot.waitUntil(lambda: "A new opinion arrived" in controls.indicator.text(), timeout=WAIT_MS)
    assert cases.get_case(store, answered).status is CaseStatus.OPINION_RECEIVED
    assert cases.get_case(store, damaged).status is not CaseStatus.OPINION_RECEIVED

    def listed(case_id: str) -> str:
        row = window.model.row_of(case_id)
        return window.model.index(row, STATUS).data(Qt.ItemDataRole.DisplayRole)

    qtbot.waitUntil(lambda: listed(answered) == "Opinion received", timeout=10_000)
    assert listed(damaged) != "Opinion received"
    # The service says the opinion is ready; it is not here: the list says so, and its tooltip
    # where to look.
    assert listed(damaged) == "Opinion kept out"
    row = window.model.row_of(damaged)
    tip = window.model.index(row, STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "failed a safety check" in tip and "Click Sending to see why" in tip

    # Its header says so too, and no Opinion tab claims an opinion arrived.
    window.open_case(damaged)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.case_id == damaged, timeout=10_000)
    qtbot.waitUntil(lambda: editor.status_badge.text() == "Opinion kept out", timeout=10_000)
    assert "Click Sending to see why" in editor.status_badge.toolTip()
    assert editor.tabs.indexOf(editor.opinion_tab) < 0
    # The status bar announces the one opinion that arrived, not two.
    assert controls.indicator.text().startswith("✉ A new opinion arrived")

    controls.show_panel()
    panel = controls.panel
    qtbot.waitUntil(lambda: panel.loaded and panel.table.rowCount() == 2, timeout=10_000)

    def row(name: str) -> list[str]:
        return panel_row(panel, name)

    qtbot.waitUntil(lambda: row("Rani Devi")[2] == "Opinion kept out", timeout=10_000)
    assert row("Meena Kumari")[2] == "Opinion received"
    assert row("Meena Kumari")[5] == ""
    problem = row("Rani Devi")[5]
    assert "kept out" in problem and "changed or damaged on the way" in problem

    # Opened: the case opens on its Opinion tab, read through the inbox, and once it has been
    # looked at the status bar stops announcing it at the engine's next report.
    panel.close()
    window.open_case(answered)
    editor = window.editor
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.opinion_tab, timeout=10_000)
    shown = editor.opinion_tab.screen
    assert shown is not None and shown.case_id == answered
    assert shown.opinion.plan == "Medicines first." and shown.verified
    qtbot.waitUntil(lambda: opinion_inbox.unseen_count(store) == 0, timeout=10_000)
    controls.service.send_now()
    qtbot.waitUntil(lambda: "new opinion" not in controls.indicator.text(), timeout=WAIT_MS)


# What each screen must say, in the language it is shown in.
SAYS = {
    "en": {
        "arrived": "A new opinion arrived",
        "received": "Opinion received",
        "kept_out": "Opinion kept out",
        "suffix": "",
    },
    "hi": {
        "arrived": "एक नई राय आई है",
        "received": "राय मिली",
        "kept_out": "राय बाहर रखी गई",
        "suffix": "-hindi",
    },
}


@pytest.mark.parametrize("service_backend", ["sqlite-files"], indirect=True)
@pytest.mark.parametrize("lang", ["en", "hi"])
@pytest.mark.screenshot
@pytest.mark.skipif(
    not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") != "xcb",
    reason="needs an X display (DISPLAY unset) with QT_QPA_PLATFORM=xcb; run under xvfb-run",
)
def test_screens_of_opinions_received_and_kept_out(
    store, qtbot, specialist, service, tmp_path, out_dir, english, lang
):
    from desktop import language
    from tests.support.screen_checks import save
    from tests.support.screens import open_window

    words = SAYS[lang]
    language.install(english, lang)
    answered, damaged = two_opinions_back(store, specialist, service, tmp_path)
    window = open_window(store, qtbot)
    controls = window.sync
    qtbot.waitUntil(lambda: words["arrived"] in controls.indicator.text(), timeout=WAIT_MS)

    def listed(case_id: str) -> str:
        row = window.model.row_of(case_id)
        return window.model.index(row, STATUS).data(Qt.ItemDataRole.DisplayRole)

    qtbot.waitUntil(lambda: listed(answered) == words["received"], timeout=10_000)
    qtbot.waitUntil(lambda: listed(damaged) == words["kept_out"], timeout=10_000)
    qtbot.wait(300)
    save(
        window,
        out_dir / f"76-opinion-received-case-list{words['suffix']}.png",
        shows=[controls.indicator],
        says=["Meena Kumari", "Rani Devi", words["received"], words["kept_out"], words["arrived"]],
    )
    controls.show_panel()
    panel = controls.panel
    panel.resize(1060, 560)
    qtbot.waitExposed(panel)
    qtbot.waitUntil(
        lambda: panel.loaded and panel_row(panel, "Rani Devi")[2] == words["kept_out"],
        timeout=10_000,
    )
    qtbot.wait(300)
    save(
        panel,
        out_dir / f"77-opinion-kept-out-panel{words['suffix']}.png",
        shows=[panel.table],
        says=[words["received"], words["kept_out"], "Rani Devi"],
    )
    panel.close()
