"""The first-run wizard as a real window under Xvfb, at 1024x600: from a fresh data folder to a
clinic enrolled with a real opinion service on 127.0.0.1 (choosing Hindi on page one, leaving
halfway and resuming), and to a specialist started with --lang hi (the keyring protecting the
data, a wrong code refused in plain words). Both write down the recovery key made right after
the store, which is then saved and kept in no file in clear. Every page is checked for clipped
text.

Run: xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb pytest -m screenshot \
tests/app/test_first_run_screens.py. PNGs go to artifacts/screens/ (first-run-*).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from casework import first_run
from desktop import language
from local_store import recovery
from local_store.store import Store
from sync import enrollment
from tests.support.languages import english as english
from tests.support.screen_checks import clipped_widgets, save
from tests.support.screens import SCREENSHOT, show
from tests.support.screens import out_dir as out_dir

pytestmark = [*SCREENSHOT, pytest.mark.timeout(180)]

SMALL = (1024, 572)  # a 1024x600 screen less a window manager's title bar
PASSPHRASE = "neem tree by the well"


@pytest.fixture
def service(tmp_path):
    from tests.support.running_service import running_service

    with running_service(tmp_path) as handle:
        yield handle


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its box, where a person ticks it (its row may be wider)."""
    assert box.isVisible() and box.isEnabled(), box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def page_check(wizard, path, says=()) -> None:
    assert not clipped_widgets(wizard), clipped_widgets(wizard)
    save(wizard, path, shows=[wizard.title, wizard.why, wizard.next_button], says=says)


def open_wizard(qtbot, data_dir, **kwargs):
    from desktop.views.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(data_dir, **kwargs)
    qtbot.addWidget(wizard)
    show(qtbot, wizard, *SMALL)
    return wizard


def files_holding(data_dir, key: str) -> list[str]:
    """The files of the data folder holding the recovery key in clear, grouped or not."""
    forms = {key.encode(), key.replace("-", "").encode()}
    return [
        str(path)
        for path in data_dir.rglob("*")
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]


def write_down_the_recovery_key(qtbot, wizard, data_dir, path) -> None:
    """The recovery key step: shown in its groups, refused until ticked, saved on Next."""
    from desktop.views.first_run import pages
    from desktop.views.first_run.recovery_page import RecoveryKeyPage

    page = wizard.page
    assert isinstance(page, RecoveryKeyPage)
    key = page.panel.key
    groups = key.split("-")
    assert recovery.normalise(key) == key
    assert [label.text() for label in page.panel.group_labels] == groups
    page_check(wizard, path, says=groups)
    assert wizard.progress.step == first_run.RECOVERY_KEY
    click(qtbot, wizard.next_button)  # not ticked: said, not saved
    assert page.problem.isVisible()
    assert not recovery.has_recovery_key(data_dir)
    tick(qtbot, page.panel.written)
    assert page.panel.written.isChecked() and not page.problem.isVisible()
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: isinstance(wizard.page, pages.DetailsPage), timeout=5000)
    assert recovery.has_recovery_key(data_dir)
    # The key opens the store's key, and is in no file of the data folder.
    assert recovery.unwrap(recovery.wrapped_secret(data_dir), key) == wizard.store.install_secret
    assert page.panel.key is None
    assert files_holding(data_dir, key) == []


def main_window(qtbot, store):
    from desktop.views.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    show(qtbot, window, *SMALL)
    qtbot.waitUntil(lambda: window.loaded, timeout=10_000)
    return window


def test_fresh_folder_to_a_ready_clinic_in_hindi(english, service, tmp_path, qtbot, out_dir):
    from desktop.views.first_run import pages

    data_dir = tmp_path / "clinic"
    assert first_run.needs_wizard(data_dir)
    code = service.new_code("clinic", profile={"name": "PHC Basti"})
    wizard = open_wizard(qtbot, data_dir)
    assert isinstance(wizard.page, pages.LanguagePage)
    page_check(wizard, out_dir / "first-run-01-language.png", says=["English", "हिन्दी (Hindi)"])

    # Hindi, chosen on page one, applies to the wizard at once and is kept for next time.
    click(qtbot, wizard.page.buttons["hi"])
    assert language.shown_language() == "hi"
    assert QLocale().language() == QLocale.Language.Hindi
    assert first_run.saved_language(data_dir) == "hi"
    click(qtbot, wizard.next_button)

    assert isinstance(wizard.page, pages.RolePage)
    click(qtbot, wizard.next_button)  # nothing chosen: said, not skipped
    assert wizard.page.problem.isVisible()
    click(qtbot, wizard.page.clinic)
    page_check(wizard, out_dir / "first-run-02-role-hindi.png")
    click(qtbot, wizard.next_button)

    assert isinstance(wizard.page, pages.ProtectionPage)
    protection = wizard.page
    protection.use_passphrase.setChecked(True)  # whether or not this machine has a keyring
    qtbot.keyClicks(protection.first, PASSPHRASE)
    qtbot.keyClicks(protection.second, PASSPHRASE[:-1])
    assert protection.first_row.hint.isVisible()  # the strength hint, as it is typed
    click(qtbot, wizard.next_button)
    assert protection.second_row.problem.isVisible() and wizard.store is None
    qtbot.keyClicks(protection.second, PASSPHRASE)
    page_check(wizard, out_dir / "first-run-03-protection-hindi.png")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=30_000)  # made on a worker
    assert wizard.store is not None
    write_down_the_recovery_key(
        qtbot, wizard, data_dir, out_dir / "first-run-03b-recovery-key-hindi.png"
    )
    assert isinstance(wizard.page, pages.DetailsPage)
    # Back to a saved key: said, not shown again; Next goes on.
    click(qtbot, wizard.back_button)
    saved = wizard.page
    assert saved.already.isVisible() and not saved.panel.isVisible()
    page_check(wizard, out_dir / "first-run-03c-recovery-key-saved-hindi.png")
    click(qtbot, wizard.next_button)
    assert isinstance(wizard.page, pages.DetailsPage)
    # Nothing secret outside the encrypted store.
    assert PASSPHRASE not in (data_dir / "casebridge.json").read_text()

    # Left for now: the next start unlocks the store and resumes at the same step.
    click(qtbot, wizard.leave_button)
    wizard.close_store_work()
    wizard.store.close()
    assert first_run.needs_wizard(data_dir)
    store = Store.open(data_dir, passphrase=PASSPHRASE)
    wizard = open_wizard(qtbot, data_dir, store=store)
    assert isinstance(wizard.page, pages.DetailsPage)

    details = wizard.page
    click(qtbot, wizard.next_button)
    assert details.rows["clinic_name"].problem.isVisible()
    qtbot.keyClicks(details.fields["clinic_name"], "Primary Health Centre, Basti")
    qtbot.keyClicks(details.fields["place"], "Basti, Uttar Pradesh")
    qtbot.keyClicks(details.fields["phone"], "+91 94150 23871")
    page_check(wizard, out_dir / "first-run-04-clinic-details-hindi.png")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: isinstance(wizard.page, pages.EnrollmentPage), timeout=5000)

    page = wizard.page
    qtbot.keyClicks(page.address, "opinions.example.org")
    click(qtbot, wizard.next_button)
    assert page.address_row.problem.isVisible()  # said in plain words, nothing sent
    page.address.clear()
    qtbot.keyClicks(page.address, service.url)
    qtbot.keyClicks(page.code, code)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: page.enrolled.isVisible(), timeout=20_000)
    qtbot.wait(100)
    page_check(
        wizard,
        out_dir / "first-run-05-enrolled-clinic-hindi.png",
        says=["PHC Basti", "क्लिनिक के रूप में नामांकित"],
    )
    click(qtbot, wizard.next_button)
    assert wizard.result() == wizard.DialogCode.Accepted
    wizard.close_store_work()

    # A ready clinic: enrolled, its details kept, the main window in Hindi; no wizard again.
    assert not first_run.needs_wizard(data_dir)
    assert enrollment.current(store).role == "clinic"
    assert first_run.load_profile(store)["clinic_name"] == "Primary Health Centre, Basti"
    window = main_window(qtbot, store)
    try:
        assert window.new_button.text() == "+  नया केस"
        assert not clipped_widgets(window), clipped_widgets(window)
        save(
            window,
            out_dir / "first-run-06-clinic-ready-hindi.png",
            shows=[window.new_button],
            says=["+  नया केस"],
        )
    finally:
        window.shutdown()
        store.close()


def test_fresh_folder_to_a_ready_specialist_with_lang_hi(
    english, service, memory_keyring, tmp_path, qtbot, out_dir
):
    from desktop.views.first_run import pages

    # What `casebridge --lang hi` does before the wizard opens.
    language.install(QApplication.instance(), "hi")
    data_dir = tmp_path / "specialist"
    profile = {
        "name": "Dr Meera Iyer",
        "qualification": "MD",
        "council": "KMC",
        "registration": "KMC-48213",
    }
    code = service.new_code("specialist", ["oncology"], profile=profile)
    clinic_code = service.new_code("clinic")
    wizard = open_wizard(qtbot, data_dir, keyring_backend=memory_keyring, language="hi")
    assert wizard.page.buttons["hi"].isChecked()
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.page.specialist)
    click(qtbot, wizard.next_button)

    protection = wizard.page
    assert isinstance(protection, pages.ProtectionPage)
    assert protection.use_keyring.isVisible() and protection.use_keyring.isChecked()
    assert not protection.first_row.isVisible()
    page_check(wizard, out_dir / "first-run-07-keyring-hindi.png")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=30_000)  # made on a worker
    assert wizard.store is not None and memory_keyring.values  # the key went to the keyring
    assert not (data_dir / "keyfile.json").exists()
    write_down_the_recovery_key(
        qtbot, wizard, data_dir, out_dir / "first-run-07b-recovery-key-keyring-hindi.png"
    )

    details = wizard.page
    assert isinstance(details, pages.DetailsPage)
    assert not details.rows["clinic_name"].isVisible()
    for name, text in (
        ("full_name", "Dr Meera Iyer"),
        ("qualification", "MD, DM (Medical Oncology)"),
        ("council", "Karnataka Medical Council"),
        ("registration", "KMC-48213"),
    ):
        qtbot.keyClicks(details.fields[name], text)
    click(qtbot, wizard.next_button)
    assert details.specialty_problem.isVisible()  # at least one specialty
    details.specialties["oncology"].setChecked(True)
    page_check(wizard, out_dir / "first-run-08-specialist-details-hindi.png")
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: isinstance(wizard.page, pages.EnrollmentPage), timeout=5000)

    page = wizard.page
    qtbot.keyClicks(page.address, service.url)
    qtbot.keyClicks(page.code, clinic_code)  # a clinic's code on a specialist's computer
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=20_000)
    assert "दूसरे प्रकार के कंप्यूटर" in page.problem.text()  # in Hindi, as chosen
    assert page.enrollment is None
    page.code.clear()
    qtbot.keyClicks(page.code, code)
    click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: page.enrolled.isVisible(), timeout=20_000)
    qtbot.wait(100)
    page_check(
        wizard,
        out_dir / "first-run-09-enrolled-specialist-hindi.png",
        says=["Dr Meera Iyer", "विशेषज्ञ के रूप में नामांकित"],
    )
    click(qtbot, wizard.next_button)
    assert wizard.result() == wizard.DialogCode.Accepted
    wizard.close_store_work()

    store = wizard.store
    assert not first_run.needs_wizard(data_dir)
    assert enrollment.current(store).role == "specialist"
    assert first_run.load_profile(store)["specialties"] == ["oncology"]
    window = main_window(qtbot, store)
    try:
        # A specialist's computer opens on Assigned cases, in Hindi.
        qtbot.waitUntil(lambda: window.worklist is not None, timeout=10_000)
        assert window.worklist.isVisible()
        assert window.pages.currentWidget() is window.specialist_pages
        assert window.about_button.text() == "जानकारी / डेटा सुरक्षा"
        # The status bar's count arrives with the worklist; its layout follows a moment later.
        qtbot.waitUntil(lambda: not clipped_widgets(window), timeout=3000)
        save(
            window,
            out_dir / "first-run-10-specialist-ready-hindi.png",
            shows=[window.worklist],
            says=["जानकारी / डेटा सुरक्षा"],
        )
    finally:
        window.shutdown()
        store.close()
