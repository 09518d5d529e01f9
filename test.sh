#!/usr/bin/env bash
# Run every CaseBridge check: lint, layer contracts, types (mypy), and the whole test suite (every
# area offscreen, then real windows under Xvfb saving screenshots to artifacts/screens/).
# Installs whatever is missing first. Extra arguments go to both pytest runs.
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
install_debian_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
install_python_packages "[test]"
install_npm_peers
cd "$ROOT"

echo "== ruff" >&2
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
echo "== import-linter" >&2
"$VENV/bin/lint-imports"
echo "== mypy" >&2
"$VENV/bin/mypy"

echo "== tests (offscreen)" >&2
status=0
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -m "not screenshot" "$@" || status=$?

echo "== screenshots (real windows under Xvfb)" >&2
shot_status=0
if command -v xvfb-run >/dev/null 2>&1; then
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" \
    "$VENV/bin/python" -m pytest -m screenshot "$@" || shot_status=$?
else
  echo "xvfb-run is not installed: screenshot tests not run" >&2
  shot_status=1
fi
# pytest exits 5 when a selection holds no tests; that is not a failure of the suite.
[ "$shot_status" -eq 5 ] && shot_status=0
[ "$status" -ne 0 ] && exit "$status"
exit "$shot_status"
