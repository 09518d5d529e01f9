#!/usr/bin/env bash
# The installers, checked the way a clinic gets them (run by .ci/run after ./test.sh, as root on
# a Debian machine): build the .tar.gz and .deb (installer/linux/build.sh), check that the
# built folder holds the console executable (casebridge-cli) and that it runs a
# CLI command, install the .deb with apt, run the INSTALLED `casebridge --self-test` offscreen
# with a throw-away data folder and again on a real X server (Xvfb), run the installed
# casebridge-cli, check with ldd that Qt's xcb platform plugin finds every library it needs on
# this machine, remove the package and check nothing is left, then compile the Windows
# installer over a stub payload (installer/windows/build-stub.sh), and check that every pinned
# dependency has a Windows wheel for Python 3.11. Prints the sizes and one line of
# passed/failed.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
if [ "$(id -u)" -ne 0 ]; then
  echo "ci-check.sh installs a package: run it as root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
APP=/opt/casebridge
passed=0
failed=0
pass() { echo "ok    $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1"; failed=$((failed + 1)); }

bash installer/linux/build.sh | tee /tmp/casebridge-build-sizes.$$
sizes="$(grep -E '^(folder|tar.gz|deb) ' /tmp/casebridge-build-sizes.$$)"
rm -f /tmp/casebridge-build-sizes.$$
deb="$(ls dist/casebridge_*_amd64.deb)"
VERSION="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# The CLI through casebridge-cli prints what it is asked and exits 0: `--version`, and
# `--json case list` on an empty data folder (the cheapest command that opens the CLI's own
# modules; it creates nothing). From another folder and with another HOME, as below.
cli_answers() {  # cli_answers EXECUTABLE: both commands print what they should and exit 0
  local cli="$1" out
  out="$(cd "$scratch" && HOME="$scratch/home" "$cli" --version)" || return 1
  [ "$out" = "casebridge $VERSION" ] || { echo "$cli --version printed: $out"; return 1; }
  out="$(cd "$scratch" && HOME="$scratch/home" "$cli" --data-dir "$scratch/cli-data" --json \
    case list)" || return 1
  [ "$out" = "[]" ] || { echo "$cli --json case list printed: $out"; return 1; }
}

echo "== the console executable in the built folder" >&2
# A real executable (Windows needs it as a console program beside the windowed casebridge),
# built from the same analysis into the same folder.
built_cli="$ROOT/dist/casebridge/casebridge-cli"
if [ -f "$built_cli" ] && [ ! -L "$built_cli" ] && [ -x "$built_cli" ] &&
  cli_answers "$built_cli"; then
  pass "dist/casebridge holds casebridge-cli, which prints its version and lists cases (exit 0)"
else
  fail "dist/casebridge holds casebridge-cli, which prints its version and lists cases (exit 0)"
fi
tarball="dist/casebridge-$VERSION-linux-x86_64.tar.gz"
packed_cli="$(tar -tvzf "$tarball" casebridge/casebridge-cli || true)"
if [[ "$packed_cli" == l*" casebridge/casebridge-cli -> casebridge" ]]; then
  pass "the .tar.gz carries casebridge-cli as a link to casebridge"
else
  fail "the .tar.gz carries casebridge-cli as a link to casebridge"
fi

echo "== install $deb with apt" >&2
# The Depends are normally installed already (test.sh needs them); fetch the lists only if not.
apt-get install -y -q "./$deb" >/dev/null ||
  { apt-get update -q >/dev/null && apt-get install -y -q "./$deb" >/dev/null; }
if [ -x "$APP/casebridge" ] && [ "$(readlink -f /usr/bin/casebridge)" = "$APP/casebridge" ]; then
  pass "the .deb installs $APP and /usr/bin/casebridge"
else
  fail "the .deb installs $APP and /usr/bin/casebridge"
fi

echo "== .cbundle files open with CaseBridge" >&2
if [ -f /usr/share/mime/packages/casebridge-bundle.xml ] &&
  grep -q '^MimeType=application/x-casebridge-bundle;$' /usr/share/applications/casebridge.desktop &&
  grep -q '^Exec=casebridge %f$' /usr/share/applications/casebridge.desktop; then
  pass "the .deb declares the .cbundle MIME type and opens it with casebridge %f"
else
  fail "the .deb declares the .cbundle MIME type and opens it with casebridge %f"
fi

echo "== the installed casebridge-cli" >&2
if [ "$(readlink "$APP/casebridge-cli")" = casebridge ] && cli_answers "$APP/casebridge-cli"; then
  pass "the installed $APP/casebridge-cli prints its version and lists cases (exit 0)"
else
  fail "the installed $APP/casebridge-cli prints its version and lists cases (exit 0)"
fi

echo "== the installed app's self-test" >&2
# From another folder and with another HOME: nothing of the checkout or the user is used.
if (cd "$scratch" && HOME="$scratch/home" QT_QPA_PLATFORM=offscreen \
  CASEBRIDGE_PASSPHRASE="installed self-test passphrase" \
  /usr/bin/casebridge --data-dir "$scratch/data" --self-test) | tee "$scratch/self-test.out" &&
  grep -q "^self-test ok$" "$scratch/self-test.out"; then
  pass "the installed casebridge --self-test opens the sample images and report"
else
  fail "the installed casebridge --self-test opens the sample images and report"
fi

echo "== the installed app on a real X server (Xvfb, the xcb platform plugin)" >&2
if command -v xvfb-run >/dev/null 2>&1; then
  if (cd "$scratch" && HOME="$scratch/home" QT_QPA_PLATFORM=xcb \
    CASEBRIDGE_PASSPHRASE="installed self-test passphrase" \
    xvfb-run -a -s "-screen 0 1366x768x24" \
    /usr/bin/casebridge --data-dir "$scratch/data-x11" --self-test) >"$scratch/x11.out" 2>&1 &&
    grep -q "^self-test ok$" "$scratch/x11.out"; then
    pass "the installed casebridge --self-test on X11 (xcb)"
  else
    tail -n 20 "$scratch/x11.out"
    fail "the installed casebridge --self-test on X11 (xcb)"
  fi
else
  fail "xvfb-run is not installed: the X11 start was not checked"
fi

echo "== ldd of the xcb platform plugin" >&2
# The app's launcher puts its own folder first on the library path; ldd is asked the same way.
xcb="$APP/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
for lib in "$xcb" "$APP/_internal/PySide6/Qt/lib/libQt6XcbQpa.so.6"; do
  if [ ! -f "$lib" ]; then
    fail "$(basename "$lib") is installed"
    continue
  fi
  missing="$(LD_LIBRARY_PATH="$APP/_internal" ldd "$lib" | grep "not found" || true)"
  if [ -z "$missing" ]; then
    pass "ldd $(basename "$lib"): every library found"
  else
    echo "$missing"
    fail "ldd $(basename "$lib"): every library found"
  fi
done

echo "== remove the package" >&2
apt-get remove -y -q casebridge >/dev/null
if [ ! -e "$APP" ] && [ ! -e /usr/bin/casebridge ] && [ ! -L /usr/bin/casebridge ] &&
  [ ! -e /usr/share/applications/casebridge.desktop ] &&
  [ ! -e /usr/share/mime/packages/casebridge-bundle.xml ]; then
  pass "apt-get remove leaves no $APP, /usr/bin/casebridge, menu entry or MIME type"
else
  fail "apt-get remove leaves no $APP, /usr/bin/casebridge, menu entry or MIME type"
fi

echo "== the Windows installer over a stub payload (makensis)" >&2
if stub_line="$(bash installer/windows/build-stub.sh | tail -n 1)"; then
  pass "makensis compiles installer/windows/casebridge.nsi"
  sizes="$sizes"$'\n'"$stub_line"
else
  fail "makensis compiles installer/windows/casebridge.nsi"
fi

echo "== every pinned dependency has a Windows wheel (what build.ps1 installs)" >&2
# build.ps1 runs `pip install .[installer]` with Python 3.11 on Windows, where nothing can be
# compiled: a pin without a win_amd64 (or pure Python) wheel would fail there only. pip resolves
# the same pins for that platform here, binary wheels only, into a scratch folder.
mapfile -t pins < <(python3 -c '
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["installer"]))')
windows_wheels() {
  "$ROOT/.venv/bin/python" -m pip download --quiet --only-binary=:all: --platform win_amd64 \
    --python-version 3.11 --dest "$scratch/windows-wheels" "${pins[@]}" 2>"$scratch/pip.log"
}
if windows_wheels || windows_wheels; then  # once more for a registry that hiccups
  pass "every pinned dependency resolves to a Windows wheel for Python 3.11 ($(ls "$scratch/windows-wheels" | wc -l) wheels)"
else
  grep -v "is ignored" "$scratch/pip.log" | tail -n 5
  fail "every pinned dependency resolves to a Windows wheel for Python 3.11"
fi

echo "== sizes"
echo "$sizes"
echo "installers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
