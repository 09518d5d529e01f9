#!/usr/bin/env bash
# Installs what CaseBridge needs, only what is missing: on Debian as root the system packages
# (Qt's X11 libraries, Xvfb, fonts, test peers), then a virtual environment in .venv with the
# Python packages of pyproject.toml. Sourced by run.sh and test.sh; safe to run repeatedly.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

# Qt needs these for real windows and offscreen rendering; xvfb/xauth/x11-apps/imagemagick
# serve the screenshot tests; age is the independent peer for the encryption tests; dcmtk and
# dicom3tools are the independent DICOM peers (media, compression, network); Tesseract reads
# scanned and photographed reports.
APP_PACKAGES=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1
  libfontconfig1 libdbus-1-3 fonts-noto-core tesseract-ocr tesseract-ocr-eng)
# postgresql-15 and haproxy: the opinion service's scale tests start a throwaway cluster and
# put two service instances behind a load balancer (docs/service-at-scale.md). poppler-utils
# (pdftotext, pdftoppm, pdfinfo) reads back the printed opinions as an outside PDF reader.
TEST_PACKAGES=(xvfb xauth x11-apps imagemagick age dcmtk dicom3tools qpdf postgresql-15 haproxy
  poppler-utils)

install_debian_packages() {
  local wanted=("$@") missing=()
  command -v dpkg-query >/dev/null 2>&1 || return 0
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages (install them as root): ${missing[*]}" >&2
    return 0
  fi
  echo "Installing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

install_python_packages() {
  local extras="$1"
  local stamp="$VENV/.casebridge-installed"
  local want
  want="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)-$extras"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in .venv" >&2
    "$PYTHON" -m venv "$VENV"
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "Installing Python packages (first run takes a few minutes)" >&2
    "$VENV/bin/python" -m pip install -q -e "$ROOT$extras"
    echo "$want" > "$stamp"
  fi
}

# The official tus Node server is the independent peer for the upload client's tests
# (tests/support/tus_node). Its versions are pinned in package-lock.json to ones that run on
# Debian bookworm's node 18. Debian's nodejs and npm are installed only when no node/npm is
# on the PATH (another node build may already provide both, and Debian's npm conflicts with
# it). Without npm the peer test skips and names what is missing.
install_npm_peers() {
  local peer="$ROOT/tests/support/tus_node"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    install_debian_packages nodejs npm
  fi
  [ -d "$peer/node_modules/@tus/server" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is not installed: the tus Node peer test will be skipped" >&2
    return 0
  fi
  echo "Installing the tus Node peer server (npm ci)" >&2
  (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) ||
    echo "npm ci failed in tests/support/tus_node: the tus Node peer test will be skipped" >&2
}
