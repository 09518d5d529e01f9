"""Settings for the screen lock and staff sign-in: two sections the Settings dialog adds.

"Lock the screen": after how long without use the window locks (off, 5, 10, 15 or 30 minutes)
and, on a computer whose key is in the system keyring, the lock PIN. "Staff" (not on a
specialist's computer, which has one person): the staff with their PINs, Add and Remove, and
whether CaseBridge asks who is working. Changes apply at once (each is its own store call on
the executor, audited); adding or removing staff is an administrator's act, so when nobody
signed in is one, the page asks an administrator for their PIN first and then does it.
Thread-safety: GUI thread only; store calls go through the executor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casework import lock_gate
from desktop.views.lock_screen import CONTENT_WIDTH, pin_field
from desktop.views.widgets import PROBLEM_STYLE, FieldRow, Section, wrapped_label
from desktop.words import tr_error, tr_lock
from desktop.workers import call
from local_store import lock_settings, pin_hash, staff
from local_store.errors import AdminRequired, StoreError
from local_store.secrets import Protection


class LockSettings(QWidget):
    """Both sections, for the Settings dialog's body; ``lock`` is the window's ScreenLock."""

    def __init__(self, lock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.store = lock.store
        self.executor = lock.executor
        self.setup: lock_gate.LockSetup | None = None
        self._retry = None
        self._signed_in_before = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_lock_section())
        self.staff_section = self._build_staff_section()
        layout.addWidget(self.staff_section)
        self.staff_section.hide()  # until it is known this is not a specialist's computer
        self.reload()

    # ------------------------------------------------------------------ layout

    def _build_lock_section(self) -> Section:
        section = Section(self.tr("Lock the screen"))
        section.body.addWidget(
            wrapped_label(
                self.tr(
                    "A locked CaseBridge hides every case until the passphrase or a PIN is "
                    "typed. Lock it yourself with the Lock button (Ctrl+L), or let it lock "
                    "when nobody has used it for a while. Sending and receiving go on."
                ),
                CONTENT_WIDTH + 140,
            )
        )
        self.idle = QComboBox()
        for minutes in lock_settings.IDLE_CHOICES:
            text = (
                self.tr("Never by itself")
                if minutes == 0
                else self.tr("After %1 minutes without use").replace("%1", str(minutes))
            )
            self.idle.addItem(text, minutes)
        self.idle.activated.connect(self._on_idle_chosen)
        self.idle_row = FieldRow(self.tr("Lock by itself"), self.idle)
        section.body.addWidget(self.idle_row)
        self.pin_button = QPushButton(self.tr("Choose a lock PIN…"))
        self.pin_button.clicked.connect(self._choose_pin)
        row = QHBoxLayout()
        row.addWidget(self.pin_button)
        row.addStretch(1)
        section.body.addLayout(row)
        self.pin_button.hide()
        return section

    def _build_staff_section(self) -> Section:
        section = Section(self.tr("Staff"))
        section.body.addWidget(
            wrapped_label(
                self.tr(
                    "Optional. Add the people who use this computer, each with a PIN. With "
                    "sign-in on, CaseBridge asks who is working when it starts and when it is "
                    "unlocked, and the audit log records who did what. The first person added "
                    "is an administrator, who adds and removes staff."
                ),
                CONTENT_WIDTH + 140,
            )
        )
        self.staff_list = QListWidget()
        self.staff_list.setMinimumHeight(90)
        self.staff_list.setMaximumHeight(160)
        section.body.addWidget(self.staff_list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add staff member…"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        section.body.addLayout(buttons)
        self.sign_in = QCheckBox(self.tr("Ask who is working (staff sign-in)"))
        self.sign_in.clicked.connect(self._on_sign_in_clicked)
        section.body.addWidget(self.sign_in)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        section.body.addWidget(self.problem)
        return section

    # ------------------------------------------------------------------ values

    def reload(self) -> None:
        self.executor.submit(call(lock_gate.lock_setup, self.store), succeeded=self._on_setup)

    @Slot(object)
    def _on_setup(self, setup: lock_gate.LockSetup) -> None:
        self.setup = setup
        self.idle.setCurrentIndex(max(0, self.idle.findData(setup.idle_minutes)))
        keyring = self.store.protection.kind is Protection.OS_KEYRING
        self.pin_button.setVisible(keyring)
        self.pin_button.setText(
            self.tr("Change the lock PIN…")
            if setup.mode == lock_gate.LOCK_PIN
            else self.tr("Choose a lock PIN…")
        )
        hint = ""
        if setup.mode == lock_gate.NONE:
            hint = self.tr("Choose a lock PIN first: without one, the screen cannot lock.")
        self.idle_row.set_hint(hint)
        self.staff_section.setVisible(not setup.specialist)
        self.staff_list.clear()
        for member in setup.staff:
            text = member.name
            if member.admin:
                text = self.tr("%1 (administrator)").replace("%1", member.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            self.staff_list.addItem(item)
        self.remove_button.setEnabled(bool(setup.staff))
        self.sign_in.setEnabled(bool(setup.staff))
        self.sign_in.setChecked(setup.sign_in_required)
        self.lock.reload()

    def _show_problem(self, error) -> None:
        code = error.code if isinstance(error, StoreError) else "store_error"
        self.problem.setText(tr_error(code))
        self.problem.show()

    # ------------------------------------------------------------------ lock

    @Slot(int)
    def _on_idle_chosen(self, _index: int) -> None:
        minutes = int(self.idle.currentData())
        self.executor.submit(
            call(lock_settings.set_idle_minutes, self.store, minutes),
            succeeded=self._on_changed,
            failed=self._show_problem,
        )
        if minutes and self.setup is not None and self.setup.mode == lock_gate.NONE:
            self._choose_pin()

    @Slot()
    def _choose_pin(self) -> None:
        self.lock.choose_lock_pin(parent=self.window())
        self.reload()

    @Slot(object)
    def _on_changed(self, _result=None) -> None:
        self.problem.hide()
        self.reload()

    # ------------------------------------------------------------------ staff

    @Slot()
    def _add(self) -> None:
        dialog = AddStaffDialog(first=not (self.setup and self.setup.staff), parent=self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, pin, admin = dialog.values()
        self._as_admin(call(staff.add_staff, self.store, name, pin, admin=admin))

    @Slot()
    def _remove(self) -> None:
        item = self.staff_list.currentItem()
        if item is None:
            return
        self._as_admin(
            call(staff.remove_staff, self.store, int(item.data(Qt.ItemDataRole.UserRole)))
        )

    @Slot(bool)
    def _on_sign_in_clicked(self, checked: bool) -> None:
        self._as_admin(call(staff.set_sign_in_required, self.store, checked))

    def _as_admin(self, work) -> None:
        """Run ``work``; if it needs an administrator, ask one for their PIN and run it again."""
        self._retry = work
        self.executor.submit(work, succeeded=self._on_changed, failed=self._on_admin_failed)

    @Slot(object)
    def _on_admin_failed(self, error) -> None:
        if not isinstance(error, AdminRequired) or self.setup is None:
            self._show_problem(error)
            self.reload()
            return
        admins = [m for m in self.setup.staff if m.admin]
        dialog = AdminPinDialog(admins, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.reload()
            return
        staff_id, pin = dialog.values()
        self._signed_in_before = self.store.actor.staff
        self.executor.submit(
            call(staff.sign_in, self.store, staff_id, pin),
            succeeded=self._on_admin_signed_in,
            failed=self._on_admin_refused,
        )

    @Slot(object)
    def _on_admin_signed_in(self, _member) -> None:
        if self._retry is not None:
            self.executor.submit(self._retry, succeeded=self._on_changed, failed=self._show_problem)
        # Queued after the retry: the administrator is named on that change only, and whoever
        # was working before goes on being named after it.
        self.executor.submit(call(self.store.set_signed_in, self._signed_in_before))

    @Slot(object)
    def _on_admin_refused(self, error) -> None:
        self._show_problem(error)
        self.reload()


class AddStaffDialog(QDialog):
    """A new staff member: name, PIN typed twice, administrator or not."""

    def __init__(self, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add staff member"))
        layout = QVBoxLayout(self)
        self.name = QLineEdit()
        self.name.setMaxLength(staff.MAX_NAME_LENGTH)
        self.first_pin, self.second_pin = pin_field(), pin_field()
        for text, field in (
            (self.tr("Name"), self.name),
            (self.tr("PIN (4 to 12 digits)"), self.first_pin),
            (self.tr("Type the same PIN again"), self.second_pin),
        ):
            label = QLabel(text)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        self.admin = QCheckBox(self.tr("Administrator (adds and removes staff)"))
        self.admin.setChecked(first)
        self.admin.setEnabled(not first)  # the first person added manages the staff
        layout.addWidget(self.admin)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(CONTENT_WIDTH + 40)

    def accept(self) -> None:
        try:
            staff.check_name(self.name.text())
            pin_hash.check_new_pin(self.first_pin.text())
        except StoreError as exc:
            self.problem.setText(tr_error(exc.code))
            self.problem.show()
            return
        if self.first_pin.text() != self.second_pin.text():
            self.problem.setText(tr_lock("pin_mismatch"))
            self.problem.show()
            return
        super().accept()

    def values(self) -> tuple[str, str, bool]:
        return self.name.text(), self.first_pin.text(), self.admin.isChecked()


class AdminPinDialog(QDialog):
    """An administrator's PIN, asked before a change only an administrator may make."""

    def __init__(self, admins, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administrator"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                self.tr("Only an administrator can do this. Choose your name and type your PIN."),
                CONTENT_WIDTH,
            )
        )
        self.who = QComboBox()
        for member in admins:
            self.who.addItem(member.name, member.id)
        self.pin = pin_field()
        for text, field in ((self.tr("Administrator"), self.who), (self.tr("PIN"), self.pin)):
            label = QLabel(text)
            label.setObjectName("fieldLabel")
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> tuple[int, str]:
        return int(self.who.currentData()), self.pin.text()
