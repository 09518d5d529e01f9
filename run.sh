#!/usr/bin/env bash
# Start CaseBridge on its embedded defaults (data in the platform's user data folder).
# Installs whatever is missing first. Arguments pass through, e.g. ./run.sh --data-dir DIR
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"
install_debian_packages "${APP_PACKAGES[@]}"
install_python_packages ""
exec "$VENV/bin/python" "$ROOT/main.py" "$@"
