#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them for the app:
# pyside6-lupdate collects tr() and QT_TRANSLATE_NOOP strings (it needs file names, not a
# folder), translators edit resources/i18n/*.ts in Qt Linguist, pyside6-lrelease makes the .qm.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(git ls-files 'desktop/*.py' 'wording/*.py')
for ts in resources/i18n/casebridge_*.ts; do
  .venv/bin/pyside6-lupdate "${sources[@]}" -ts "$ts" -no-obsolete
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
# Qt's own words (buttons, text menus, the file dialog) in languages PySide6 has no catalogue
# for: kept by hand, compiled here.
for ts in resources/i18n/qt_standard_*.ts; do
  .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
