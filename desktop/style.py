"""The look shared by every CaseBridge window: larger text, big buttons, red problem borders.

Sized for people with little computer experience: 11 pt text, 34 px tall buttons and fields.
Thread-safety: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
* { font-size: 11pt; }
QPushButton { min-height: 34px; padding: 4px 16px; }
QPushButton#primaryButton { background: #1f6f43; color: white; font-weight: bold;
    border: 1px solid #17583a; border-radius: 4px; }
QPushButton#primaryButton:hover { background: #17583a; }
QPushButton#primaryButton:disabled { background: #8fb8a0; }
QLineEdit, QComboBox, QPlainTextEdit { min-height: 32px; padding: 2px 6px; }
QSpinBox { min-height: 32px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QSpinBox[invalid="true"],
QPlainTextEdit[invalid="true"] { border: 2px solid #b00020; }
QLineEdit#searchBox { min-height: 34px; font-size: 12pt; }
QLineEdit:read-only, QPlainTextEdit[readOnly="true"] { background: #f1f1f1; color: #222222; }
QLabel#fieldLabel { font-weight: bold; }
QLabel#fieldHint { color: #555555; }
QLabel#emptyState { font-size: 14pt; color: #555555; padding: 24px; }
QLabel#editorTitle { font-size: 16pt; font-weight: bold; }
QLabel#dialogTitle { font-size: 14pt; font-weight: bold; }
QLabel#statusBadge { background: #e6e6e6; border-radius: 10px; padding: 4px 12px; }
QLabel#saveIndicator[state="saved"] { color: #1f6f43; }
QLabel#saveIndicator[state="saving"] { color: #6b4e00; }
QLabel#saveIndicator[state="failed"] { color: #b00020; font-weight: bold; }
QLabel#banner { padding: 8px 12px; border-radius: 4px; background: #fff0c2; color: #4d3800; }
QLabel#banner[kind="problem"] { background: #fde2e4; color: #8a0015; font-weight: bold; }
QLabel#banner[kind="ok"] { background: #d7ecd9; color: #1d5e27; font-weight: bold; }
QGroupBox#section { font-weight: bold; font-size: 12pt; border: 1px solid #c8c8c8;
    border-radius: 6px; margin-top: 14px; padding: 12px 10px 8px 10px; }
QGroupBox#section::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QGroupBox#section QLabel, QGroupBox#section QLineEdit, QGroupBox#section QPushButton,
QGroupBox#section QComboBox, QGroupBox#section QPlainTextEdit, QGroupBox#section QSpinBox {
    font-size: 11pt; }
QGroupBox#section QLabel { font-weight: normal; }
QGroupBox#section QLabel#fieldLabel { font-weight: bold; }
QGroupBox#section QLabel#fieldProblem { font-weight: bold; color: #b00020; }
QTableView { font-size: 11pt; }
QWidget#opinionTab QLabel, QWidget#opinionTab QCheckBox, QWidget#opinionTab QPushButton,
QWidget#opinionTab QToolButton, QWidget#opinionTab QComboBox, QWidget#opinionTab QDateEdit {
    font-size: 13pt; }
QWidget#opinionTab QLabel#opinionVerdict { font-size: 20pt; font-weight: bold; }
QWidget#opinionTab QLabel#opinionDiagnosis { font-size: 15pt; font-weight: bold; }
QWidget#opinionTab QLabel#opinionHeading { font-size: 14pt; font-weight: bold; color: #1f3f5f;
    margin-top: 8px; }
QWidget#opinionTab QLabel#opinionQuestion, QWidget#opinionTab QLabel#opinionStrong {
    font-weight: bold; }
QWidget#opinionTab QLabel#opinionVerified { color: #1f6f43; font-weight: bold; }
QWidget#opinionTab QLabel#fieldHint { font-size: 11pt; color: #555555; }
QWidget#opinionTab QLabel#urgentBanner { background: #b00020; color: white; font-size: 13pt;
    font-weight: bold; padding: 5px 12px; border-radius: 4px; }
QHeaderView::section { font-weight: bold; padding: 6px; }
"""


def apply(app: QApplication | None = None) -> None:
    """Give the application CaseBridge's style sheet (once; windows call it too)."""
    app = app or QApplication.instance()
    if app is not None and app.property("casebridge_style") is not True:
        app.setStyleSheet(STYLE)
        app.setProperty("casebridge_style", True)
