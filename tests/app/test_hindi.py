"""The whole desktop in Hindi: every string the desktop can show has its Hindi, Qt's own
buttons and menus too, and no screen text bypasses tr().

The first test is the one that keeps the catalogue complete: it collects the strings from the
code exactly as scripts/update-translations.sh does and fails, naming them, when any has no
Hindi. Add the Hindi in resources/i18n/casebridge_hi.ts (then run the script to make the .qm).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.support.languages import english as english

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]*\}")


def _sources() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for folder in ("desktop", "wording")
        for path in (ROOT / folder).rglob("*.py")
    )


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            yield (
                context.findtext("name"),
                message.findtext("source"),
                translation.get("type"),
                forms or [translation.text or ""],
            )


@pytest.fixture(scope="module")
def collected(tmp_path_factory) -> Path:
    """The Hindi catalogue refreshed from today's code, in a scratch copy."""
    lupdate = BIN / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate (PySide6's tools) is not installed in this environment")
    scratch = tmp_path_factory.mktemp("i18n") / "casebridge_hi.ts"
    shutil.copy(I18N / "casebridge_hi.ts", scratch)
    subprocess.run(
        [str(lupdate), *_sources(), "-ts", str(scratch), "-no-obsolete"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return scratch


def test_every_desktop_string_has_its_hindi(collected):
    missing = [
        f"{context}: {source!r}"
        for context, source, kind, forms in _messages(collected)
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms)
    ]
    assert missing == [], (
        "These desktop strings have no Hindi yet; add it to resources/i18n/casebridge_hi.ts "
        "and run scripts/update-translations.sh:\n" + "\n".join(missing)
    )


def test_lrelease_compiles_the_catalogue_with_nothing_unfinished(collected, tmp_path):
    run = subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(collected), "-qm", str(tmp_path / "hi.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)",
        run.stdout + run.stderr,
    )
    assert counts, run.stdout + run.stderr
    generated, finished, unfinished = map(int, counts.groups())
    assert unfinished == 0 and finished == generated > 1000


def test_the_shipped_qm_is_the_compiled_catalogue():
    """The app loads the .qm: a translation added to the .ts but not compiled would not show."""
    for ts in I18N.glob("*_hi.ts"):
        assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1, (
            f"{ts.name} changed after its .qm was made: run scripts/update-translations.sh"
        )


@pytest.mark.parametrize("ts", ["casebridge_hi.ts", "qt_standard_hi.ts"])
def test_each_translation_keeps_the_placeholders_and_is_written_in_devanagari(ts):
    wrong = []
    for context, source, _kind, forms in _messages(I18N / ts):
        for text in forms:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if source.count("\n") != text.count("\n"):
                wrong.append(f"{context}: {source!r} -> {text!r} (line breaks)")
            if re.search(r"[a-z]{3,} [a-z]{3,}", source) and not DEVANAGARI.search(text):
                wrong.append(f"{context}: {source!r} -> {text!r} (left in English)")
    assert wrong == []


# Calls whose first string is shown to a person. Logging calls and the product's own name are
# not screen text.
_SHOWN_BY = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setTitle",
    "addTab",
    "setHeaderLabels",
    "addItem",
    "showMessage",
    "setLabelText",
    "setItemText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
}
_NOT_WORDS = {"CaseBridge"}


def _bare_words(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return None
    if text in _NOT_WORDS or text.startswith("https://"):
        return None
    # Words have lower-case letters; "XXXXX-XXXXX" or "CT" are shapes and codes, not words.
    return text if re.search(r"[A-Za-z][a-z]", text) else None


def test_no_screen_text_bypasses_translation():
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name not in _SHOWN_BY:
                continue
            for arg in node.args:
                text = _bare_words(arg)
                if text is not None:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert found == [], "Wrap these in self.tr() or wording/:\n" + "\n".join(found)


@pytest.mark.gui
def test_qt_standard_buttons_and_menus_speak_hindi(english):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from desktop import language

    language.install(english, "hi")
    box = QMessageBox()
    standard = (
        QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Cancel,
    )
    box.setStandardButtons(standard[0] | standard[1] | standard[2])
    texts = [box.button(button).text() for button in standard]
    assert all(DEVANAGARI.search(text) for text in texts), texts
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
    )
    assert all(DEVANAGARI.search(button.text()) for button in buttons.buttons())
    assert DEVANAGARI.search(QCoreApplication.translate("QLineEdit", "Select All"))


def test_every_translate_call_names_a_context_lupdate_can_see():
    """lupdate finds a string only as a literal ``translate("Context", "text")`` pair or as a
    QT_TRANSLATE_NOOP mark in wording/; a wrapper such as ``_tr(text)`` with the context inside
    hides every text passed to it, which then never gets its Hindi."""
    hidden = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name == "language.py":  # the translator itself passes on what it is asked
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = getattr(node, "func", None)
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if not isinstance(node, ast.Call) or name != "translate" or not node.args:
                continue
            context = ast.unparse(node.args[0])
            if not isinstance(node.args[0], ast.Constant) and context != "wording.CONTEXT":
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}: context {context}")
    assert hidden == []
