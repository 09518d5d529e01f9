#!/usr/bin/env bash
# Compile the Windows installer (installer/windows/casebridge.nsi) with Debian's makensis over a
# stub payload: placeholders for casebridge.exe, casebridge-cli.exe and the _internal folder. A
# Windows build of the app needs Windows Python (installer/windows/build.ps1), but the
# installer script itself, its
# pages, languages, registry entries and uninstaller are checked here on every CI run.
# Writes dist/casebridge-VERSION-windows-stub-setup.exe; its size is the last line printed.
set -euo pipefail
source "$(dirname "$0")/../../scripts/setup.sh"
cd "$ROOT"
install_debian_packages nsis
if ! command -v makensis >/dev/null 2>&1; then
  echo "makensis is not installed (Debian package nsis)" >&2
  exit 1
fi

VERSION="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
payload="$(mktemp -d)"
trap 'rm -rf "$payload"' EXIT
mkdir -p "$payload/_internal"
printf 'stub payload: not a program\r\n' > "$payload/casebridge.exe"
printf 'stub payload: not a program\r\n' > "$payload/casebridge-cli.exe"
printf 'stub payload\r\n' > "$payload/_internal/README.txt"

mkdir -p dist
out="$ROOT/dist/casebridge-$VERSION-windows-stub-setup.exe"
# -WX: a warning (an unused string, a missing file) fails the build.
makensis -V2 -WX -DVERSION="$VERSION" -DPAYLOAD="$payload" -DOUTFILE="$out" \
  -DICON="$ROOT/resources/icons/casebridge.ico" installer/windows/casebridge.nsi
echo "nsis    ${out#"$ROOT"/}  $(stat -c %s "$out") bytes (stub payload)"
