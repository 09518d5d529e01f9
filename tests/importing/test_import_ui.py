"""The import UI end to end: real dialogs, the real encrypted store, real generated DICOM files.

Covers importing a CT series with a PDF and a garbage file (summary names the garbage file and
why), the Studies > Series tree with thumbnails, cancel (nothing half-saved, what was kept is
reported and stays), the patient check (rejected: nothing attached; accepted: attached), the
CD/USB chooser over a prepared mount table, opening a series or file, and the helper that lets
a pool thread run store calls on the database executor.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Slot

from desktop import removable_media
from desktop.views.attachments import SeriesChoice
from desktop.workers import DatabaseExecutor, JobPool
from local_store import attachments, dicom_index
from local_store.connection import read
from local_store.models import Attachment
from local_store.work_dirs import WORK_DIR
from testdata.dicom import SUNITA, district_ct
from tests.support.gui import new_case
from wording.importing import IMPORT_REJECT

IMPORT_TIMEOUT_MS = 60_000

pytestmark = pytest.mark.gui


def pdf(path: Path, size: int = 20_000) -> Path:
    path.write_bytes(b"%PDF-1.4\n" + b"%" + b"r" * size + b"\n%%EOF\n")
    return path


def finish(dialog, qtbot):
    qtbot.waitUntil(lambda: dialog.phase == "done", timeout=IMPORT_TIMEOUT_MS)
    return dialog.outcome


def items_under(item):
    return [item.child(i) for i in range(item.childCount())]


def top_items(tree):
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def named_case(window, qtbot, name: str, hospital_id: str = ""):
    editor = new_case(window, qtbot)
    qtbot.keyClicks(editor.controls["patient.name"], name)
    if hospital_id:
        qtbot.keyClicks(editor.controls["patient.hospital_id"], hospital_id)
    editor.flush()
    return editor


def work_dirs(data_dir: Path) -> list[Path]:
    root = data_dir / WORK_DIR
    return list(root.iterdir()) if root.is_dir() else []


def test_ct_pdf_and_garbage_summary_and_tree(window, qtbot, tmp_path, data_dir, reopen):
    editor = named_case(window, qtbot, "Sunita Devi")
    panel = editor.attachments
    folder = tmp_path / "from patient"
    district_ct(folder / "CT", 8)
    pdf(folder / "biopsy report.pdf")
    (folder / "notes.bin").write_bytes(b"\x00\x13garbage that is no scan, PDF or photo" * 40)

    dialog = panel.import_paths([folder])
    outcome = finish(dialog, qtbot)

    assert outcome.report.imported == 9
    assert "9 files imported" in dialog.banner.text()
    assert dialog.details.text() == "Scans: 1 study, 1 series, 8 images\nDocuments: 1"
    [(name, reason)] = dialog.rejected_rows
    assert name == "from patient/notes.bin"
    assert reason == IMPORT_REJECT["not_dicom_or_document"]
    assert dialog.rejected_title.text() == "Not imported (1)"
    dialog.close_button.click()

    # The panel shows Scans > study > series (with count and modality), and Documents.
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)
    scans, documents = top_items(panel.tree)
    assert (scans.text(0), scans.text(1)) == ("Scans (DICOM)", "1 study")
    study = items_under(scans)[0]
    assert (study.text(0), study.text(1)) == ("CT THORAX · 2026-11-02 · CT", "1 series")
    series = items_under(study)[0]
    assert series.text(0) == "Series 2: CT CHEST 5MM\nCT · Chest"
    assert series.text(1) == "8 images"
    assert (documents.text(0), documents.text(1)) == ("Documents", "1 file")
    assert [d.text(0) for d in items_under(documents)] == ["biopsy report.pdf"]

    choice = series.data(0, Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(
        lambda: panel.thumbnail_for(choice.series.series_uid) is not None, timeout=20_000
    )
    thumb = panel.thumbnail_for(choice.series.series_uid).toImage()
    assert (thumb.width(), thumb.height()) == (64, 64)
    # The middle slice's bright disc is in the centre; the corner is air (dark).
    assert thumb.pixelColor(32, 32).lightness() > thumb.pixelColor(2, 2).lightness() + 60

    stored = reopen()
    studies = dicom_index.list_studies(stored, editor.case_id)
    assert [s.instances for s in studies[0].series] == [8]
    assert {a.name for a in attachments.list_attachments(stored, editor.case_id)} >= {
        "biopsy report.pdf"
    }
    qtbot.waitUntil(lambda: not work_dirs(data_dir), timeout=10_000)


def test_import_again_adds_nothing_new(window, qtbot, tmp_path):
    editor = new_case(window, qtbot)
    files = district_ct(tmp_path / "ct", 4)
    finish(editor.attachments.import_paths(files), qtbot)
    dialog = editor.attachments.import_paths(files)
    outcome = finish(dialog, qtbot)
    assert outcome.report.imported == 0 and outcome.report.duplicates == 4
    assert dialog.banner.text() == "These files are already in this case. Nothing new."


def test_cancel_keeps_what_was_saved_and_reports_it(window, qtbot, tmp_path, data_dir, reopen):
    editor = new_case(window, qtbot)
    district_ct(tmp_path / "big", 300)
    dialog = editor.attachments.import_paths([tmp_path / "big"])
    qtbot.waitUntil(
        lambda: (
            dialog.phase == "importing"
            and dialog._holder.value is not None
            and dialog._holder.value.files_done >= 32
        ),  # the importer's first batch is saved
        timeout=IMPORT_TIMEOUT_MS,
    )
    # A long save on the database executor makes the import's next write wait, so Cancel
    # surely lands mid-import however fast this machine is.
    release = threading.Event()
    window.executor.submit(lambda cancel, progress: release.wait(30))
    qtbot.waitUntil(lambda: dialog.files_value.text().endswith("of 300"), timeout=5_000)
    dialog.cancel_button.click()
    assert dialog.cancel_button.text() == "Stopping…"
    release.set()
    outcome = finish(dialog, qtbot)

    assert outcome.cancelled
    stored = attachments.list_attachments(reopen(), editor.case_id)
    assert 32 <= outcome.kept == len(stored) < 300
    assert str(outcome.kept) in dialog.banner.text()
    # Every kept file is whole: indexed, and its encrypted blob is there.
    studies = dicom_index.list_studies(reopen(), editor.case_id)
    indexed = {r.attachment_id for s in studies for se in s.series for r in se.instance_refs}
    assert indexed == {a.id for a in stored}
    store = reopen()
    assert all(store.blobs.exists(a.sha256) for a in stored)
    qtbot.waitUntil(lambda: not work_dirs(data_dir), timeout=10_000)

    # Importing again finishes the job: the kept files count as already there.
    again = finish(editor.attachments.import_paths([tmp_path / "big"]), qtbot)
    assert again.report.duplicates == outcome.kept
    assert again.report.imported == 300 - outcome.kept


def test_cancel_before_reading_attaches_nothing(window, qtbot, tmp_path, data_dir, reopen):
    editor = new_case(window, qtbot)
    district_ct(tmp_path / "ct", 30)
    dialog = editor.attachments.import_paths([tmp_path / "ct"])
    dialog.reject()  # Escape while working means Cancel
    outcome = finish(dialog, qtbot)
    assert outcome.cancelled and outcome.kept == 0
    assert dialog.banner.text() == "Cancelled. Nothing was attached to this case."
    assert attachments.list_attachments(reopen(), editor.case_id) == []
    qtbot.waitUntil(lambda: not work_dirs(data_dir), timeout=10_000)


def test_other_patient_left_out_attaches_nothing(window, qtbot, tmp_path, reopen):
    editor = named_case(window, qtbot, "Asha Sharma", "PHC-22")
    district_ct(tmp_path / "cd", 5)
    dialog = editor.attachments.import_paths([tmp_path / "cd"])
    qtbot.waitUntil(
        lambda: dialog.patient_check is not None and dialog.patient_check.isVisible(),
        timeout=IMPORT_TIMEOUT_MS,
    )
    check = dialog.patient_check
    ours, theirs, marker = check.cells["name"]
    assert (ours.text(), theirs.text(), marker.text()) == ("Asha Sharma", "SUNITA DEVI", "Differs")
    assert [c.text() for c in check.cells["patient_id"]] == ["PHC-22", "PHC-BST-1021", "Differs"]
    assert check.cells["birth_date"][1].text() == "1971-08-14"
    assert check.leave_out_button.isDefault()  # Enter never attaches another person's scan
    check.leave_out_button.click()

    outcome = finish(dialog, qtbot)
    assert outcome.report.imported == 0
    assert [name for name, _ in dialog.rejected_rows] == ["5 scan files of SUNITA DEVI"]
    stored = reopen()
    assert attachments.list_attachments(stored, editor.case_id) == []
    assert dicom_index.list_studies(stored, editor.case_id) == []


def test_other_patient_confirmed_is_attached(window, qtbot, tmp_path, reopen):
    editor = named_case(window, qtbot, "Sunita Devi", "PHC-BST-1021")
    district_ct(
        tmp_path / "cd", 3, patient=replace(SUNITA, name="DEVI^SUNITHA", birth_date="19710815")
    )
    dialog = editor.attachments.import_paths([tmp_path / "cd"])
    qtbot.waitUntil(lambda: dialog.patient_check is not None, timeout=IMPORT_TIMEOUT_MS)
    check = dialog.patient_check
    assert check.cells["patient_id"][2].text() == "Same"
    assert check.cells["name"][2].text() == "Differs"
    check.attach_button.click()
    outcome = finish(dialog, qtbot)
    assert outcome.report.imported == 3
    studies = dicom_index.list_studies(reopen(), editor.case_id)
    assert studies[0].patient_name  # the scan's own name is kept with the study


def test_only_the_other_centres_id_differing_is_explained_and_attached_in_one_step(
    window, qtbot, tmp_path, reopen
):
    editor = named_case(window, qtbot, "Smt. Sunita Devi", "PHC-22")
    qtbot.keyClicks(editor.controls["patient.birth_date"], "14/08/1971")
    editor.flush()
    district_ct(tmp_path / "cd", 3, patient=replace(SUNITA, patient_id="CT-5521"))
    dialog = editor.attachments.import_paths([tmp_path / "cd"])
    qtbot.waitUntil(
        lambda: dialog.patient_check is not None and dialog.patient_check.isVisible(),
        timeout=IMPORT_TIMEOUT_MS,
    )
    check = dialog.patient_check
    assert check.id_only
    assert "normal" in check.explain.text()
    assert [c.text() for c in check.cells["name"]][2] == "Same"
    assert [c.text() for c in check.cells["patient_id"]] == [
        "PHC-22",
        "CT-5521",
        "Differs (normal)",
    ]
    assert check.attach_button.isDefault() and not check.leave_out_button.isDefault()
    qtbot.keyClick(check, Qt.Key.Key_Return)  # one step: Enter attaches
    outcome = finish(dialog, qtbot)
    assert outcome.report.imported == 3
    assert len(dicom_index.list_studies(reopen(), editor.case_id)) == 1


class Opened(QObject):
    def __init__(self):
        super().__init__()
        self.items = []

    @Slot(object)
    def got(self, payload):
        self.items.append(payload)


def test_double_click_and_enter_open_series_and_files(window, qtbot, tmp_path):
    editor = new_case(window, qtbot)
    panel = editor.attachments
    district_ct(tmp_path / "in" / "ct", 2)
    pdf(tmp_path / "in" / "echo report.pdf")
    finish(panel.import_paths([tmp_path / "in"]), qtbot)
    panel.import_dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2, timeout=10_000)
    opened = Opened()
    panel.open_requested.connect(opened.got)

    scans, documents = top_items(panel.tree)
    series_item = items_under(items_under(scans)[0])[0]
    editor.scroll.ensureWidgetVisible(panel.tree)
    panel.tree.scrollToItem(series_item)
    rect = panel.tree.visualItemRect(series_item)
    # A real double-click is a press, release, then the double-click event.
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel.tree.setCurrentItem(items_under(documents)[0])
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    panel.tree.setCurrentItem(scans)  # a group heading opens nothing
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)

    assert len(opened.items) == 2
    assert isinstance(opened.items[0], SeriesChoice)
    assert opened.items[0].series.instances == 2
    assert opened.items[0].study.study_uid
    assert isinstance(opened.items[1], Attachment) and opened.items[1].name == "echo report.pdf"


def write_cd(root: Path) -> Path:
    """A CD folder as a hospital burns it: DICOMDIR plus the files it references."""
    from pydicom import dcmread
    from pydicom.fileset import FileSet

    staging = root.parent / "staging"
    files = district_ct(staging, 4)
    fileset = FileSet()
    for path in files:
        fileset.add(dcmread(path))
    fileset.write(root)
    return root


def test_cd_chooser_lists_media_with_dicomdir_and_imports(window, qtbot, tmp_path, reopen):
    editor = new_case(window, qtbot)
    cd = write_cd(tmp_path / "media" / "CT_DISC")
    stick = tmp_path / "media" / "USB STICK"
    stick.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\n"
        f"/dev/sdb1 {str(stick).replace(' ', chr(92) + '040')} vfat rw 0 0\n"
        f"/dev/sr0 {cd} iso9660 ro 0 0\n"
        f"tmpfs /run tmpfs rw 0 0\n"
    )
    chooser = editor.attachments.choose_media(mounts_file=mounts, sys_root=tmp_path / "nosys")
    qtbot.waitUntil(lambda: chooser.loaded, timeout=10_000)
    labels = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert labels == [
        "CT_DISC  (CD/DVD, scans found (DICOMDIR))",
        "USB STICK  (USB stick or card, no DICOMDIR: all files on it will be imported)",
    ]
    chooser.import_button.click()
    dialog = editor.attachments.import_dialog
    assert dialog.copy_first and dialog.source.text() == str(cd)
    outcome = finish(dialog, qtbot)
    assert outcome.report.instances == 4
    assert dicom_index.list_studies(reopen(), editor.case_id)[0].series[0].instances == 4


def test_mount_table_keeps_only_removable_media(tmp_path):
    sys_root = tmp_path / "sys"
    disk = sys_root / "devices" / "sdc"
    (disk / "sdc1").mkdir(parents=True)
    (disk / "removable").write_text("1\n")
    (sys_root / "class" / "block").mkdir(parents=True)
    (sys_root / "class" / "block" / "sdc1").symlink_to(disk / "sdc1")
    text = "\n".join(
        [
            "/dev/nvme0n1p2 / ext4 rw 0 0",
            "/dev/nvme0n1p1 /boot/efi vfat rw 0 0",
            "/dev/sdc1 /srv/stick ext4 rw 0 0",  # flagged removable by sysfs
            "/dev/sr0 /media/clinic/CT\\040DISC iso9660 ro 0 0",
            "server:/share /mnt/share nfs rw 0 0",
            "/dev/sdd1 /home ext4 rw 0 0",
        ]
    )
    found = removable_media.linux_mounts(text, sys_root)
    assert found == [
        (Path("/srv/stick"), "ext4", False),
        (Path("/media/clinic/CT DISC"), "iso9660", True),
    ]


def test_dicomdir_found_in_any_case_and_one_folder_down(tmp_path):
    (tmp_path / "a" / "STUDY").mkdir(parents=True)
    (tmp_path / "a" / "STUDY" / "dicomdir").write_bytes(b"x")
    assert removable_media.find_dicomdir(tmp_path / "a") == tmp_path / "a" / "STUDY" / "dicomdir"
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "DICOMDIR.").write_bytes(b"x")
    assert removable_media.find_dicomdir(tmp_path / "b") == tmp_path / "b" / "DICOMDIR."
    (tmp_path / "c" / "x" / "y").mkdir(parents=True)
    (tmp_path / "c" / "x" / "y" / "DICOMDIR").write_bytes(b"x")
    assert removable_media.find_dicomdir(tmp_path / "c") is None  # two levels down: not a CD
    assert removable_media.find_dicomdir(tmp_path / "missing") is None


def test_run_and_wait_runs_on_the_executor_thread(store, qtbot):
    executor = DatabaseExecutor(store)
    pool = JobPool(1)
    seen = {}

    def on_executor():
        seen["thread"] = threading.get_ident()
        return read(store).execute("SELECT 41 + 1").fetchone()[0]

    def failing():
        raise KeyError("x")

    def work(cancel, progress):
        seen["worker"] = threading.get_ident()
        value = executor.run_and_wait(on_executor)
        with pytest.raises(KeyError):
            executor.run_and_wait(failing)
        # Called from the executor's own thread it runs at once instead of deadlocking.
        nested = executor.run_and_wait(lambda: executor.run_and_wait(lambda: 7))
        return value, nested

    results = []

    class Sink(QObject):
        @Slot(object)
        def ok(self, value):
            results.append(value)

        @Slot(object)
        def bad(self, error):
            results.append(error)

    sink = Sink()
    pool.submit(work, succeeded=sink.ok, failed=sink.bad)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [(42, 7)]
    assert seen["thread"] != seen["worker"] and seen["thread"] != threading.get_ident()
    assert pool.shutdown(2000) and executor.shutdown(2000)


def test_closing_the_window_mid_import_leaves_no_copies(window, qtbot, tmp_path, data_dir, reopen):
    editor = new_case(window, qtbot)
    district_ct(tmp_path / "cd", 150)
    dialog = editor.attachments.import_paths([tmp_path / "cd"])
    qtbot.waitUntil(
        lambda: dialog.phase == "importing" and dialog._holder.value is not None,
        timeout=IMPORT_TIMEOUT_MS,
    )
    window.shutdown()  # what closing the main window does: cancel imports, finish saves
    assert not work_dirs(data_dir)
    store = reopen()
    kept = attachments.list_attachments(store, editor.case_id)
    studies = dicom_index.list_studies(store, editor.case_id)
    indexed = {r.attachment_id for s in studies for se in s.series for r in se.instance_refs}
    assert indexed == {a.id for a in kept}
    assert all(store.blobs.exists(a.sha256) for a in kept)


def test_thumbnails_are_kept_when_coming_back_to_a_case(window, qtbot, tmp_path):
    first = new_case(window, qtbot)
    case_a = first.case_id
    panel = first.attachments
    dialog = panel.import_paths(district_ct(tmp_path / "ct", 3))
    finish(dialog, qtbot)
    dialog.close_button.click()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=20_000)
    [uid] = list(panel._thumbs)

    case_b = new_case(window, qtbot).case_id
    assert case_b != case_a
    qtbot.waitUntil(lambda: not panel.tree.isVisible() and panel.empty.isVisible())
    window.select_case(case_a)
    qtbot.waitUntil(lambda: panel.case_id == case_a and panel.tree.topLevelItemCount() == 1)
    # Shown from memory: no rendering job was started for it again.
    assert not panel.thumbnails_pending()
    assert panel.thumbnail_for(uid) is not None


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_progress_meter_rate_and_time_left():
    from desktop.views.import_dialog import ProgressMeter
    from local_store.importer import ImportProgress

    clock = FakeClock()
    meter = ProgressMeter(clock)  # made when the stage starts, at zero files
    clock.now += 0.3
    assert meter.update(ImportProgress("importing", 10, 100, 100, 1000)) == (None, None)
    clock.now += 1.7  # 2 s in: 40 files and 400 of 1000 bytes
    rate, left = meter.update(ImportProgress("importing", 40, 100, 400, 1000))
    assert rate == 20.0 and left == 3.0  # 600 bytes left at 200 bytes/s
    clock.now += 1.0  # a new phase starts its own figures
    assert meter.update(ImportProgress("scanning", 5, 50, 0, 0)) == (None, None)
    clock.now += 2.0
    rate, left = meter.update(ImportProgress("scanning", 25, 50, 0, 0))
    assert rate == 10.0 and left == 2.5  # no byte totals: files left / files per second


def test_cli_and_desktop_word_each_import_phase_alike(store, qtbot, capsys):
    """The progress title of the import dialog and the CLI's progress line name each phase the
    importer reports with the same sentence (the dialog adds only its ellipsis)."""
    from cli.import_commands import _StderrProgress
    from desktop.views.import_dialog import ImportDialog
    from local_store.importer import IMPORT_PHASES, ImportProgress

    executor = DatabaseExecutor(store)
    pool = JobPool(1)
    dialog = ImportDialog(executor, pool, "no-case", [])
    qtbot.addWidget(dialog)
    cli_progress = _StderrProgress()
    cli_progress.tty = False  # the plain line a log or a pipe gets
    try:
        for phase in IMPORT_PHASES:
            progress = ImportProgress(phase, 1, 10, 0, 0)
            dialog._show_progress(progress)
            cli_progress(progress)
            cli_line = capsys.readouterr().err.strip()
            desktop_words = dialog.title.text().removesuffix("…")
            assert desktop_words and cli_line == f"{desktop_words}: 1/10 (10%)", phase
        assert len({dialog._phase_title(p) for p in IMPORT_PHASES}) == len(IMPORT_PHASES)
    finally:
        assert pool.shutdown(2000) and executor.shutdown(2000)


def test_a_locked_pdf_is_imported_and_the_summary_says_to_ask_for_the_password(
    window, qtbot, tmp_path
):
    from testdata.documents import locked_pdf
    from wording.importing import IMPORT_NOTE

    editor = named_case(window, qtbot, "Sunita Devi")
    folder = tmp_path / "from patient"
    folder.mkdir()
    locked_pdf(folder / "lab report.pdf")
    pdf(folder / "discharge.pdf")

    dialog = editor.attachments.import_paths([folder])
    outcome = finish(dialog, qtbot)

    assert outcome.report.imported == 2
    assert dialog.notes.isVisible()
    assert dialog.notes.text() == f"from patient/lab report.pdf: {IMPORT_NOTE['pdf_locked']}"
    assert dialog.rejected_rows == []
    dialog.close_button.click()
