"""Desktop start-up: options, QApplication, translation, unlocking the store, the main window.

A data folder that is not set up yet (``casework.first_run.needs_wizard``) opens the first-run
wizard instead of the unlock dialog; the language comes from ``--lang``, else from the folder's
config file (chosen in the wizard or Settings), else from the system.

One app per data folder (``desktop.single_instance``): a second start on the same folder brings
the running window forward and ends without opening the store. A .cbundle file given on the
command line (the file association's double click) is opened in the Sending panel once the
window is up, or handed to the app already running.

``run(argv)`` returns the process exit code. Errors from opening the store arrive as typed
StoreErrors and are shown as one clear sentence (``wording.store.error_text``), never a traceback.
Thread-safety: runs on the main (GUI) thread; the store is opened here and from then on used
only through the main window's database executor.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from casework import first_run
from desktop import language, style, wheel_guard
from desktop.single_instance import InstanceServer, ask_running_to_show
from desktop.words import tr_app_running, tr_error
from local_store import config
from local_store.errors import StoreError
from local_store.store import Store, Unlock, folder_holds_store, unlock_needed
from printing import fonts

SELF_TEST_TIMEOUT_MS = 20_000
CARRIED_SUFFIX = ".cbundle"  # sync.carry.SUFFIX, without importing the sync engine this early


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="casebridge", add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--screenshot", default=None, metavar="PATH")
    parser.add_argument("--lang", default=None)
    args, unknown = parser.parse_known_args(argv)
    # `casebridge FILE.cbundle`: what the desktop's file association starts (a double click).
    args.carried = next((a for a in unknown if a.lower().endswith(CARRIED_SUFFIX)), None)
    return args


def install_translator(app: QApplication, lang: str | None) -> QTranslator | None:
    """Install the screens' language (desktop.language); the translator when it has a
    catalogue for ``lang``, else None (English: the source texts)."""
    translator = language.install(app, lang)
    return translator if translator.loaded else None


def show_error(code: str, parent=None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("CaseBridge")
    box.setText(tr_error(code))
    box.exec()


def open_store(
    data_dir: Path,
    *,
    keyring_backend: KeyringBackend | None = None,
    interactive: bool = True,
    parent=None,
) -> Store | None:
    """Open the data folder, asking for (or letting the user choose) a passphrase if needed.

    Returns None when the user cancels or an error was shown.
    """
    from desktop.views.unlock import ChoosePassphraseDialog, UnlockDialog

    def opener(passphrase: str) -> Store:
        return Store.open(data_dir, passphrase=passphrase, keyring_backend=keyring_backend)

    try:
        need = unlock_needed(data_dir, keyring_backend)
        env_passphrase = config.passphrase_from_env()
        if need is Unlock.NOTHING:
            return Store.open(data_dir, keyring_backend=keyring_backend)
        if env_passphrase:
            return opener(env_passphrase)
        if not interactive:
            _report("passphrase_required", interactive)
            return None
        dialog_cls = UnlockDialog if need is Unlock.ENTER_PASSPHRASE else ChoosePassphraseDialog
        dialog = dialog_cls(opener, parent)
        if dialog.exec() == dialog.DialogCode.Accepted:
            return dialog.store
        return None
    except StoreError as exc:
        _report(exc.code, interactive)
        return None


def run_first_run(
    data_dir: Path,
    lang: str | None,
    *,
    keyring_backend: KeyringBackend | None = None,
    release_folder: Callable[[], None] | None = None,
) -> tuple[Store | None, bool]:
    """The first-run wizard (desktop.views.first_run); returns (store, left_for_now).

    A wizard left after it made the store resumes once the store is unlocked as usual.
    ``release_folder`` lets go of the app's lock on the folder before a restore replaces it.
    """
    from desktop.views.first_run.wizard import FirstRunWizard

    store = None
    if folder_holds_store(data_dir):
        store = open_store(data_dir, keyring_backend=keyring_backend)
        if store is None:
            return None, False
    wizard = FirstRunWizard(
        data_dir,
        store=store,
        keyring_backend=keyring_backend,
        language=lang,
        release_folder=release_folder,
    )
    finished = wizard.exec() == wizard.DialogCode.Accepted
    wizard.close_store_work()
    if not finished:
        if wizard.store is not None:
            wizard.store.close()
        return None, True
    return wizard.store, False


def _report_running(instance: InstanceServer, headless: bool) -> None:
    """Another process holds the folder but did not answer: say so instead of opening it."""
    instance.close()
    text = tr_app_running("app_running")
    if headless:
        print(text, file=sys.stderr)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("CaseBridge")
    box.setText(text)
    box.exec()


def _report(code: str, interactive: bool) -> None:
    if interactive:
        show_error(code)
    else:
        print(tr_error(code), file=sys.stderr)


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    headless = args.self_test or args.screenshot
    if (
        args.self_test
        and "QT_QPA_PLATFORM" not in os.environ
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and sys.platform.startswith("linux")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "casebridge"])
    app.setApplicationName("CaseBridge")
    app.setApplicationDisplayName("CaseBridge")
    app.setOrganizationName("CaseBridge")
    data_dir = None if args.self_test and not args.data_dir else config.data_dir(args.data_dir)
    # The language chosen in the wizard or Settings, unless --lang asks for another.
    lang = args.lang or (first_run.saved_language(data_dir) if data_dir else None)
    install_translator(app, lang)
    # The bundled Devanagari font: Hindi shows (and prints) on a computer that has none.
    fonts.devanagari_family()
    style.apply(app)

    wheel_guard.install(app)

    temp_dir = None
    instance: InstanceServer | None = None
    if args.self_test and not args.data_dir:
        # A throw-away folder under a one-time passphrase: a self-test must never touch real
        # cases, prompt, or write to the user's keyring.
        temp_dir = tempfile.TemporaryDirectory(prefix="casebridge-selftest-")
        try:
            store = Store.open(Path(temp_dir.name) / "data", passphrase=secrets.token_hex(16))
        except StoreError as exc:
            _report(exc.code, interactive=False)
            store = None
    else:
        assert data_dir is not None
        carried = Path(args.carried) if args.carried else None
        if ask_running_to_show(data_dir, carried):
            print(tr_app_running("brought_forward"), file=sys.stderr)
            return 0
        instance = InstanceServer(data_dir, app)
        if data_dir.exists() and not instance.hold_folder():
            _report_running(instance, headless)
            return 1
        instance.listen()
        if not headless and first_run.needs_wizard(data_dir):
            store, left = run_first_run(data_dir, lang, release_folder=instance.release_folder)
            if left:
                instance.close()
                return 0  # left for now: the next start resumes where it stopped
        else:
            store = open_store(data_dir, interactive=not headless)
        if store is not None and not instance.hold_folder():
            # Another start created the same new folder at the same moment.
            store.close()
            store = None
            _report_running(instance, headless)
    if store is None:
        if instance is not None:
            instance.close()
        return 1
    sign_in = _asks_who_is_working(store)
    # From here on the GUI thread sends store calls to the executor, the store's writer.
    store.close_thread_connection()

    from desktop.views.main_window import MainWindow

    # With staff sign-in on, the window opens locked and asks who is working.
    window = MainWindow(store, sign_in=sign_in)
    window.show()
    if instance is not None:
        instance.show_requested.connect(window.bring_forward)
        instance.open_requested.connect(window.open_carried)
        # Handed over while the passphrase was asked for or the wizard was open.
        for path in instance.claim_opens():
            window.open_carried(path)
    if args.carried and not headless:
        window.open_carried(args.carried)
    result = {"code": 0}
    if args.self_test:
        _arm_self_test(app, window, result)
    elif args.screenshot:
        _arm_screenshot(app, window, Path(args.screenshot), result)
    app.aboutToQuit.connect(window.shutdown)
    try:
        exit_code = app.exec()
    finally:
        window.shutdown()
        store.close()
        if instance is not None:
            instance.close()
        if temp_dir is not None:
            temp_dir.cleanup()
    return result["code"] or exit_code


def _asks_who_is_working(store: Store) -> bool:
    """Staff sign-in is on (read before the window exists, so no case shows first)."""
    from casework.lock_gate import lock_setup

    try:
        return lock_setup(store).sign_in_required
    except StoreError:
        return False


def _when_loaded(app, window, then, result) -> None:
    def check() -> None:
        if window.loaded:
            timer.stop()
            then()

    def give_up() -> None:
        if window.loaded:
            return  # loaded in time; what came after (the self-test's samples) has its own
        print("CaseBridge: the case list did not load in time", file=sys.stderr)
        result["code"] = 1
        app.quit()

    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(SELF_TEST_TIMEOUT_MS, window, give_up)


def _arm_self_test(app, window, result) -> None:
    """Once the case list has loaded, open the bundled sample images and report
    (desktop.self_test); exit 0 only when the window and every sample were shown."""
    from desktop.self_test import SelfTest

    def end(samples_ok: bool) -> None:
        ok = samples_ok and window.isVisible() and window.executor.maxThreadCount() == 1
        print("self-test ok" if ok else "self-test FAILED")
        result["code"] = 0 if ok else 1
        app.quit()

    def loaded() -> None:
        # A mark for whoever times the start (benchmarks/bench_startup.py): the window is up
        # and its case list loaded; the samples come after it.
        print("main window shown", flush=True)
        test = SelfTest(parent=window)
        test.finished.connect(end)
        test.start()

    _when_loaded(app, window, loaded, result)


def _arm_screenshot(app, window, path: Path, result) -> None:
    def shoot() -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(path)):
            print("CaseBridge: could not save the screenshot", file=sys.stderr)
            result["code"] = 1
        app.quit()

    # A short pause lets the window lay itself out and paint before the grab.
    _when_loaded(app, window, lambda: QTimer.singleShot(200, window, shoot), result)
