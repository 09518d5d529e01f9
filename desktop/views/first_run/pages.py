"""The first-run wizard's pages, one per step: language, what this computer is, how the data is
protected, who uses it, and enrolling with the opinion service (or later, by USB).

Every page has a title and one sentence saying why the step is asked. ``commit`` checks what
was chosen, keeps it (the progress file, or the store once it exists) and calls the wizard's
``advance``; a page whose work takes time does it on a worker and advances when it is done:
creating the store (``open_store_off_gui``) on the protection page's own pool, since there is
no store and so no executor yet; saving details and enrolling on the wizard's executor.
Thread-safety: GUI thread only, apart from the work functions; store calls go through the
wizard's executor once the store exists.
"""

from __future__ import annotations

import socket
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casework import first_run
from desktop import language
from desktop.views.sync_panel import error_words
from desktop.views.widgets import PROBLEM_STYLE, FieldRow
from desktop.words import tr_error, tr_setup_problem, tr_specialty, tr_strength
from desktop.workers import JobPool, call
from local_store import recovery, secrets
from local_store.errors import StoreError
from local_store.models import SPECIALTIES
from local_store.store import Store
from sync import enrollment as enrollment_module


def open_store_off_gui(
    data_dir: Path, passphrase: str | None, keyring_backend: KeyringBackend | None
) -> tuple[Store, bool]:
    """Open (creating or migrating) the store in ``data_dir`` on the calling worker thread; the
    store, and whether its folder holds a recovery key (looked up here too, so that the
    recovery key page never asks the disk on the GUI thread).

    Run as a Job, never on the GUI thread: deriving the key from a passphrase, keying the
    database and migrating it take from a fraction of a second to minutes (an old backup). A
    passphrase chooses passphrase protection, else ``keyring_backend`` holds the key. The
    connection this thread opened is closed before returning: a pool thread outlives the job,
    and from now on every store call goes through the wizard's executor, which opens its own.
    """
    if passphrase:
        store = Store.open(data_dir, passphrase=passphrase)
    else:
        store = Store.open(data_dir, keyring_backend=keyring_backend)
    store.close_thread_connection()
    return store, recovery.has_recovery_key(data_dir)


class WizardPage(QWidget):
    """One step: what it shows, whether it is done, and how it keeps what was chosen."""

    step = ""

    def __init__(self, wizard) -> None:
        super().__init__()
        self.wizard = wizard
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 8, 12, 8)
        self.body.setSpacing(12)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()

    def finish_layout(self) -> None:
        self.body.addWidget(self.problem)
        self.body.addStretch(1)

    def title(self) -> str:
        raise NotImplementedError

    def why(self) -> str:
        raise NotImplementedError

    def complete(self) -> bool:
        return self.step in self.wizard.progress.done

    def can_return(self) -> bool:
        return True

    def enter(self) -> None:
        self.show_problem("")

    def focus_first(self) -> None:
        return

    def language_changed(self) -> None:
        return

    def next_text(self) -> str | None:
        """What Next says on this page when not "Next" or "Finish" (None: the wizard's)."""
        return None

    def stop(self) -> None:
        """The wizard is closing: end any work this page has running."""
        return

    def commit(self) -> None:
        self.wizard.advance()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        if text:
            self.bring_into_view(self.problem)

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the page to ``widget`` once it is laid out (a small screen may hide it)."""
        QTimer.singleShot(0, widget, lambda: self.wizard.scroll.ensureWidgetVisible(widget))

    def save_progress(self) -> None:
        first_run.save_progress(self.wizard.data_dir, self.wizard.progress)


def _choice(text: str, explanation: str = "") -> tuple[QRadioButton, QLabel | None]:
    button = QRadioButton(text)
    if not explanation:
        return button, None
    label = QLabel(explanation)
    label.setWordWrap(True)
    label.setIndent(34)  # under the radio button's text, past its circle
    label.setBuddy(button)
    return button, label


class LanguagePage(WizardPage):
    step = first_run.LANGUAGE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for code, name in language.LANGUAGE_NAMES:
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            self.body.addWidget(button)
        self.finish_layout()
        chosen = wizard.progress.language or language.shown_language()
        self.buttons.get(chosen, self.buttons["en"]).setChecked(True)
        for button in self.buttons.values():
            button.toggled.connect(self._on_toggled)

    def title(self) -> str:
        return self.tr("Language")

    def why(self) -> str:
        return self.tr("CaseBridge shows every screen in the language you choose here.")

    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    @Slot(bool)
    def _on_toggled(self, checked: bool) -> None:
        if not checked:
            return
        code = self.chosen()
        # At once, so the rest of the wizard is already in the chosen language.
        language.switch(QApplication.instance(), code)
        self.wizard.progress.language = code
        self.save_progress()

    def commit(self) -> None:
        self.wizard.progress.language = self.chosen()
        self.save_progress()
        self.wizard.advance()


class RolePage(WizardPage):
    step = first_run.ROLE

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.group = QButtonGroup(self)
        self.clinic, clinic_text = _choice(
            self.tr("A clinic"),
            self.tr("We register patients and send their cases to a specialist for an opinion."),
        )
        self.specialist, specialist_text = _choice(
            self.tr("A specialist"),
            self.tr("I review the cases sent to me and write my opinion."),
        )
        # A computer replacing one that broke: its cases come back from a backup instead.
        self.restore, self.restore_text = _choice(
            self.tr("Restore from a backup"),
            self.tr(
                "This computer replaces one that broke or was lost: bring back the clinic's "
                "cases from the backup stick with the recovery key."
            ),
        )
        self.restore.setObjectName("restoreChoice")
        for button, text in (
            (self.clinic, clinic_text),
            (self.specialist, specialist_text),
            (self.restore, self.restore_text),
        ):
            self.group.addButton(button)
            self.body.addWidget(button)
            self.body.addWidget(text)
        self.finish_layout()
        if wizard.progress.restoring:
            self.restore.setChecked(True)
        elif wizard.progress.role == first_run.CLINIC:
            self.clinic.setChecked(True)
        elif wizard.progress.role == first_run.SPECIALIST:
            self.specialist.setChecked(True)
        self.restore.toggled.connect(self._on_restore_toggled)

    @Slot(bool)
    def _on_restore_toggled(self, checked: bool) -> None:
        if self.restore.isVisible():
            self.wizard.progress.restoring = checked
            self.wizard.choice_changed()

    def enter(self) -> None:
        super().enter()
        # Once this wizard has made a store, there is nothing to restore into.
        made = self.wizard.store is not None and not self.wizard.progress.restoring
        self.restore.setVisible(not made)
        self.restore_text.setVisible(not made)

    def title(self) -> str:
        return self.tr("What is this computer for?")

    def why(self) -> str:
        return self.tr("A clinic's computer and a specialist's computer show different screens.")

    def commit(self) -> None:
        progress = self.wizard.progress
        if self.restore.isChecked() and self.restore.isVisible():
            progress.restoring = True
            progress.role = ""
            self.save_progress()
            self.wizard.advance()
            return
        if not (self.clinic.isChecked() or self.specialist.isChecked()):
            self.show_problem(self.tr("Choose one of these."))
            return
        progress.restoring = False
        progress.role = first_run.CLINIC if self.clinic.isChecked() else first_run.SPECIALIST
        self.save_progress()
        self.wizard.advance()


class ProtectionPage(WizardPage):
    """Creates the encrypted store: key in the system keyring, or under a passphrase."""

    step = first_run.PROTECTION

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.keyring = None
        self._looked = False
        self.pool = JobPool(1, self)
        self._creating_with_passphrase: bool | None = None  # set while the store is being made
        self._stopped = False
        self.already = QLabel()
        self.already.setWordWrap(True)
        self.already.setObjectName("banner")
        self.body.addWidget(self.already)
        self.group = QButtonGroup(self)
        self.use_keyring, self.keyring_text = _choice(
            self.tr("Keep the key in this computer's keyring (recommended)"),
            self.tr("Nothing to type when CaseBridge starts; your computer login protects it."),
        )
        self.use_passphrase, self.passphrase_text = _choice(
            self.tr("Lock it with a passphrase"),
            self.tr(
                "You type it each time CaseBridge starts. Without it nobody can read the cases, "
                "not even us: write it down and keep it in a safe place."
            ),
        )
        self.no_keyring = QLabel(
            self.tr(
                "This computer has no secure keyring, so a passphrase you choose locks the data. "
                "You type it each time CaseBridge starts. Write it down and keep it safe."
            )
        )
        self.no_keyring.setWordWrap(True)
        for widget in (
            self.use_keyring,
            self.keyring_text,
            self.use_passphrase,
            self.passphrase_text,
            self.no_keyring,
        ):
            self.body.addWidget(widget)
        self.group.addButton(self.use_keyring)
        self.group.addButton(self.use_passphrase)
        self.first = self._secret_field()
        self.second = self._secret_field()
        self.first_row = FieldRow(self.tr("Passphrase (at least 8 characters)"), self.first)
        self.second_row = FieldRow(self.tr("Type the same passphrase again"), self.second)
        self.first.textChanged.connect(self._show_strength)
        self.second.textEdited.connect(lambda _text: self.second_row.set_problem(None))
        self.body.addWidget(self.first_row)
        self.body.addWidget(self.second_row)
        self.use_passphrase.toggled.connect(self._show_fields)
        self.status = QLabel()
        self.status.setObjectName("banner")
        self.status.setWordWrap(True)
        self.status.hide()
        self.body.addWidget(self.status)
        self.finish_layout()

    @staticmethod
    def _secret_field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def title(self) -> str:
        return self.tr("How the cases are protected")

    def why(self) -> str:
        return self.tr(
            "Every case on this computer is encrypted, and the key must be kept somewhere safe."
        )

    def complete(self) -> bool:
        return self.wizard.store is not None

    def enter(self) -> None:
        super().enter()
        done = self.wizard.store is not None
        self.already.setVisible(done)
        if done:
            self.already.setText(self._already_words())
            for widget in (
                self.use_keyring,
                self.keyring_text,
                self.use_passphrase,
                self.passphrase_text,
                self.no_keyring,
                self.first_row,
                self.second_row,
            ):
                widget.hide()
            return
        if not self._looked:
            # Looking for the keyring may take a moment (it is asked to keep and give back a
            # test value); once is enough.
            self.keyring = self.wizard.keyring_backend or secrets.secure_os_keyring()
            self._looked = True
            if self.keyring is not None and self.wizard.progress.protection != first_run.PASSPHRASE:
                self.use_keyring.setChecked(True)
            else:
                self.use_passphrase.setChecked(True)
        has_keyring = self.keyring is not None
        for widget in (self.use_keyring, self.keyring_text, self.use_passphrase):
            widget.setVisible(has_keyring)
        self.passphrase_text.setVisible(has_keyring)
        self.no_keyring.setVisible(not has_keyring)
        self._show_fields()

    def _already_words(self) -> str:
        if self.wizard.store.protection.kind is secrets.Protection.PASSPHRASE:
            return self.tr("The cases on this computer are already locked with your passphrase.")
        return self.tr("The key of the cases on this computer is already in its keyring.")

    def language_changed(self) -> None:
        if self.wizard.store is not None:
            self.already.setText(self._already_words())
        self._show_strength()

    def focus_first(self) -> None:
        if self.first_row.isVisible():
            self.first.setFocus()

    @Slot()
    def _show_fields(self) -> None:
        if self.wizard.store is not None:
            return
        on = self.use_passphrase.isChecked()
        self.first_row.setVisible(on)
        self.second_row.setVisible(on)
        self._show_strength()

    @Slot()
    def _show_strength(self) -> None:
        text = self.first.text()
        self.first_row.set_hint(tr_strength(first_run.passphrase_strength(text)) if text else "")

    def commit(self) -> None:
        if self.wizard.store is not None:
            self.wizard.advance()
            return
        self.first_row.set_problem(None)
        self.second_row.set_problem(None)
        self.show_problem("")
        use_passphrase = self.use_passphrase.isChecked() or self.keyring is None
        if use_passphrase:
            problem = first_run.passphrase_problem(self.first.text(), self.second.text())
            if problem is not None:
                row = self.first_row if problem == "too_short" else self.second_row
                row.set_problem(problem, tr_setup_problem(problem))
                if problem == "not_same":
                    self.second.clear()
                    self.second.setFocus()
                return
        self._creating_with_passphrase = use_passphrase
        self._set_creating(True)
        passphrase = self.first.text() if use_passphrase else None
        self.pool.submit(
            call(open_store_off_gui, self.wizard.data_dir, passphrase, self.keyring),
            succeeded=self._on_created,
            failed=self._on_not_created,
        )

    def _set_creating(self, creating: bool) -> None:
        """Say that the store is being made and hold every choice and button until it is."""
        self.status.setText(self.tr("Setting up the encrypted store…") if creating else "")
        self.status.setVisible(creating)
        self.wizard.set_busy(creating)
        for widget in (self.use_keyring, self.use_passphrase, self.first, self.second):
            widget.setEnabled(not creating)

    def stop(self) -> None:
        # Making the store cannot be stopped halfway; the wizard waits for it (a second at
        # most) so that no key derivation outlives it, and then drops what it made.
        self._stopped = True
        self.pool.shutdown(60_000)

    @Slot(object)
    def _on_created(self, opened) -> None:
        store, recovery_key_saved = opened
        use_passphrase = bool(self._creating_with_passphrase)
        self._creating_with_passphrase = None
        if self._stopped:
            # The wizard was closed meanwhile: the store is in its folder and the next start
            # unlocks it and resumes after this step.
            store.close()
            return
        self._set_creating(False)
        # The passphrase is not kept anywhere, not even in these fields.
        self.first.clear()
        self.second.clear()
        self.wizard.adopt_store(store, recovery_key_saved=recovery_key_saved)
        self.wizard.progress.protection = (
            first_run.PASSPHRASE if use_passphrase else first_run.KEYRING
        )
        self.save_progress()
        self.wizard.advance()

    @Slot(object)
    def _on_not_created(self, error) -> None:
        self._creating_with_passphrase = None
        if self._stopped:
            return
        self._set_creating(False)
        self.show_problem(tr_error(error.code if isinstance(error, StoreError) else "store_error"))


class DetailsPage(WizardPage):
    """The clinic's details, or the specialist's, kept in the encrypted store."""

    step = first_run.DETAILS

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.fields: dict[str, QLineEdit] = {}
        self.rows: dict[str, QWidget] = {}
        for name, label, hint in (
            ("clinic_name", self.tr("Name of the clinic"), ""),
            ("place", self.tr("Village, town or district"), ""),
            ("phone", self.tr("Phone number (optional)"), self.tr("For the specialist to call.")),
            ("full_name", self.tr("Your full name"), ""),
            ("qualification", self.tr("Qualification"), self.tr("For example MD (Medicine).")),
            ("council", self.tr("Medical council"), self.tr("For example Bihar Medical Council.")),
            ("registration", self.tr("Registration number"), ""),
        ):
            field = QLineEdit()
            field.setObjectName(f"detail_{name}")
            field.setMaxLength(120)
            self.fields[name] = field
            self.rows[name] = FieldRow(label, field, hint)
            self.body.addWidget(self.rows[name])
        self.specialty_box = QWidget()
        grid = QGridLayout(self.specialty_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.specialty_title = QLabel(self.tr("Your specialties"))
        self.specialty_title.setObjectName("fieldLabel")
        grid.addWidget(self.specialty_title, 0, 0, 1, 2)
        self.specialties: dict[str, QCheckBox] = {}
        for i, code in enumerate(SPECIALTIES):
            box = QCheckBox(tr_specialty(code))
            box.setObjectName(f"specialty_{code}")
            self.specialties[code] = box
            grid.addWidget(box, 1 + i // 2, i % 2)
        self.specialty_problem = QLabel()
        self.specialty_problem.setStyleSheet(PROBLEM_STYLE)
        self.specialty_problem.setWordWrap(True)
        self.specialty_problem.hide()
        grid.addWidget(self.specialty_problem, 2 + len(SPECIALTIES) // 2, 0, 1, 2)
        self.body.addWidget(self.specialty_box)
        self._prefilled = False
        self.finish_layout()

    @property
    def role(self) -> str:
        return self.wizard.progress.role or first_run.CLINIC

    def title(self) -> str:
        if self.role == first_run.SPECIALIST:
            return self.tr("About you")
        return self.tr("About the clinic")

    def why(self) -> str:
        if self.role == first_run.SPECIALIST:
            return self.tr(
                "Clinics see who wrote an opinion, with the registration that makes it valid."
            )
        return self.tr("The specialist sees which clinic a case comes from and how to reach it.")

    def enter(self) -> None:
        super().enter()
        wanted = set(first_run.details_fields(self.role))
        for name, row in self.rows.items():
            row.setVisible(name in wanted)
        self.specialty_box.setVisible(self.role == first_run.SPECIALIST)
        if not self._prefilled and self.wizard.executor is not None:
            self._prefilled = True
            self.wizard.executor.submit(
                call(first_run.load_profile, self.wizard.store), succeeded=self._prefill
            )

    @Slot(object)
    def _prefill(self, profile) -> None:
        for name, field in self.fields.items():
            if not field.text() and profile.get(name):
                field.setText(str(profile[name]))
        for code in profile.get("specialties", ()):
            if code in self.specialties:
                self.specialties[code].setChecked(True)

    def focus_first(self) -> None:
        first = first_run.details_fields(self.role)[0]
        self.fields[first].setFocus()

    def details(self) -> dict:
        values: dict = {name: field.text() for name, field in self.fields.items()}
        values["specialties"] = [c for c, box in self.specialties.items() if box.isChecked()]
        return values

    def commit(self) -> None:
        details = self.details()
        problems = first_run.detail_problems(self.role, details)
        for name, row in self.rows.items():
            code = problems.get(name)
            row.set_problem(code, tr_setup_problem(code) if code else "")
        code = problems.get("specialties")
        self.specialty_problem.setText(tr_setup_problem(code) if code else "")
        self.specialty_problem.setVisible(bool(code))
        if problems:
            return
        if self.wizard.executor is None:
            return  # the protection step has not made the store (cannot happen in order)
        self.wizard.set_busy(True)
        self.wizard.executor.submit(
            call(first_run.save_profile, self.wizard.store, self.role, details),
            succeeded=self._on_saved,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_saved(self, _profile) -> None:
        self.wizard.set_busy(False)
        self.wizard.advance()

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.wizard.set_busy(False)
        self.show_problem(tr_error(getattr(error, "code", None) or "store_error"))


class EnrollmentPage(WizardPage):
    """Enroll with the opinion service by its address and one-time code, or later by USB."""

    step = first_run.ENROLLMENT

    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.enrollment = None
        self._looked = False
        self.group = QButtonGroup(self)
        self.now, _ = _choice(self.tr("Enroll now with the opinion service"))
        self.group.addButton(self.now)
        self.body.addWidget(self.now)
        self.address = QLineEdit()
        self.address.setObjectName("serviceAddress")
        self.address.setPlaceholderText("https://opinions.example.org")
        self.code = QLineEdit()
        self.code.setObjectName("enrollmentCode")
        self.code.setPlaceholderText(self.tr("The code you were given"))
        self.address_row = FieldRow(self.tr("Service address"), self.address)
        self.code_row = FieldRow(
            self.tr("One-time code"),
            self.code,
            self.tr("The service gives it to you; it works once."),
        )
        self.body.addWidget(self.address_row)
        self.body.addWidget(self.code_row)
        self.later, later_text = _choice(
            self.tr("Later: I will carry bundles on USB"),
            self.tr("You can enroll at any time from Sending and receiving."),
        )
        self.group.addButton(self.later)
        self.body.addWidget(self.later)
        self.body.addWidget(later_text)
        self.enrolled = QLabel()
        self.enrolled.setObjectName("banner")
        self.enrolled.setProperty("kind", "ok")
        self.enrolled.setWordWrap(True)
        self.enrolled.hide()
        self.body.addWidget(self.enrolled)
        self.now.setChecked(wizard.progress.enrollment != first_run.LATER)
        self.later.setChecked(wizard.progress.enrollment == first_run.LATER)
        self.now.toggled.connect(self._show_fields)
        self.finish_layout()
        self._show_fields()

    def title(self) -> str:
        return self.tr("Connect to the opinion service")

    def why(self) -> str:
        if self.wizard.progress.role == first_run.SPECIALIST:
            return self.tr("Cases for you arrive from the service once this computer is enrolled.")
        return self.tr("Cases reach the specialists through the service once you are enrolled.")

    def enter(self) -> None:
        super().enter()
        if not self._looked and self.wizard.executor is not None:
            self._looked = True
            self.wizard.executor.submit(
                call(enrollment_module.current, self.wizard.store), succeeded=self._on_current
            )

    @Slot(object)
    def _on_current(self, enrollment) -> None:
        if enrollment is not None:
            self._show_enrolled(enrollment)

    def focus_first(self) -> None:
        if self.address.isEnabled() and self.now.isChecked():
            self.address.setFocus()

    @Slot()
    def _show_fields(self) -> None:
        on = self.now.isChecked() and self.enrollment is None
        self.address_row.setEnabled(on)
        self.code_row.setEnabled(on)

    def commit(self) -> None:
        self.show_problem("")
        progress = self.wizard.progress
        if self.enrollment is not None:
            progress.enrollment = first_run.ENROLLED
            self.wizard.advance()
            return
        if self.later.isChecked():
            progress.enrollment = first_run.LATER
            self.wizard.advance()
            return
        self.address_row.set_problem(None)
        self.code_row.set_problem(None)
        problem = first_run.enrollment_problem(self.address.text(), self.code.text())
        if problem is not None:
            row = self.code_row if problem == "code_missing" else self.address_row
            row.set_problem(problem, tr_setup_problem(problem))
            return
        self.wizard.set_busy(True)
        self.wizard.next_button.setText(self.tr("Enrolling…"))
        self.wizard.executor.submit(
            # The label tells the service's administrator which computer this is.
            call(
                enrollment_module.enroll,
                self.wizard.store,
                self.address.text(),
                self.code.text(),
                progress.role or None,
                label=socket.gethostname(),
            ),
            succeeded=self._on_enrolled,
            failed=self._on_failed,
        )

    @Slot(object)
    def _on_enrolled(self, enrollment) -> None:
        self.wizard.set_busy(False)
        self._show_enrolled(enrollment)
        self.wizard.progress.enrollment = first_run.ENROLLED
        self.save_progress()

    def _show_enrolled(self, enrollment) -> None:
        self.enrollment = enrollment
        self.now.setChecked(True)
        self.later.setEnabled(False)
        self._show_fields()
        self.enrolled.setText(self._enrolled_words())
        self.enrolled.show()
        self.bring_into_view(self.enrolled)
        self.wizard.next_button.setText(self.tr("Finish"))

    def _enrolled_words(self) -> str:
        enrollment = self.enrollment
        name = enrollment.profile.get("name", "")
        if enrollment.role == first_run.SPECIALIST:
            text = self.tr("Enrolled as a specialist. Cases assigned to you will come here.")
        else:
            text = self.tr("Enrolled as a clinic. Cases you send go to this service.")
        if name:
            text += "\n" + self.tr("The service knows this computer as: %1").replace("%1", name)
        return text + "\n" + self.tr("Click Finish to start.")

    def language_changed(self) -> None:
        if self.enrollment is not None:
            self.enrolled.setText(self._enrolled_words())

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.wizard.set_busy(False)
        self.wizard.next_button.setText(self.tr("Finish"))
        code = getattr(error, "code", None) or "store_error"
        if code == "bad_request":
            self.show_problem(tr_setup_problem(code))
        else:
            self.show_problem(error_words(code))
