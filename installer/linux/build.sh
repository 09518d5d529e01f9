#!/usr/bin/env bash
# Build the Linux app: the PyInstaller one-folder build (dist/casebridge), smoke-tested with the
# frozen app's own --self-test, then packed as dist/casebridge-VERSION-linux-x86_64.tar.gz and
# dist/casebridge_VERSION_amd64.deb; prints the three sizes. In both packages casebridge-cli
# (the console executable Windows needs) is a link to casebridge (PACKED FOLDER below). Run
# from a checkout after ./test.sh (which makes .venv); VENV=DIR builds with another virtual
# environment.
# docs/installers.md describes what goes in and why.
set -euo pipefail
chosen_venv="${VENV:-}"
source "$(dirname "$0")/../../scripts/setup.sh"
VENV="${chosen_venv:-$VENV}"
cd "$ROOT"

# The Qt X11 libraries the build's smoke test starts with, and binutils to strip debug symbols.
install_debian_packages "${APP_PACKAGES[@]}" binutils

# The version and the freezer's pins, from their one home: pyproject.toml.
project() {
  "$VENV/bin/python" -c 'import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["optional-dependencies"]["installer"]) if sys.argv[1] == "installer"
      else project["version"])' "$1"
}
VERSION="$(project version)"
mapfile -t FREEZER < <(project installer)
"$VENV/bin/python" -m pip install -q "${FREEZER[@]}"

# The system libraries the app takes from the machine (installer/casebridge.spec keeps them out
# of the build): Qt's xcb platform plugin and what it loads, OpenGL/EGL, fonts, D-Bus.
DEB_DEPENDS=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1
  libfontconfig1 libxkbcommon0 libx11-6 libx11-xcb1 libxcb1 libxcb-render0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-glx0 libxext6 libxrender1 libfreetype6
  libdbus-1-3)
# OCR of scanned reports runs the tesseract program; Noto covers Devanagari where the desktop
# has no font for it.
DEB_RECOMMENDS=(tesseract-ocr tesseract-ocr-eng fonts-noto-core)

started=$SECONDS
echo "== PyInstaller one-folder build" >&2
rm -rf dist/casebridge
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build \
  installer/casebridge.spec

# Debug symbols are most of some native modules (the SQLCipher module: 21 MB of 22). Libraries
# that wheels repaired with patchelf (the *.libs folders) are left alone: stripping breaks them.
find dist/casebridge -type f -name '*.so*' -not -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    if readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info'; then
      strip --strip-debug "$lib"
    fi
  done
chmod -R u=rwX,go=rX dist/casebridge

echo "== smoke test of the frozen app (--self-test, offscreen)" >&2
smoke_dir="$(mktemp -d)"
trap 'rm -rf "$smoke_dir"' EXIT
QT_QPA_PLATFORM=offscreen CASEBRIDGE_PASSPHRASE="smoke test passphrase" \
  dist/casebridge/casebridge --data-dir "$smoke_dir/data" --self-test

# PACKED FOLDER: the build's folder, except that casebridge-cli becomes a link to casebridge.
# On Linux every executable is a console program, so casebridge already prints and returns
# its exit code; casebridge-cli is kept by name only, so that a script written for Windows
# (casebridge-cli.exe) runs the same command here, without a second copy of the Python archive
# (about 11 MB) in each download.
pkg="$(mktemp -d)"
trap 'rm -rf "$smoke_dir" "$pkg"' EXIT
mkdir -p "$pkg/opt"
cp -a dist/casebridge "$pkg/opt/casebridge"
ln -sfn casebridge "$pkg/opt/casebridge/casebridge-cli"

echo "== .tar.gz" >&2
tarball="dist/casebridge-$VERSION-linux-x86_64.tar.gz"
tar -C "$pkg/opt" --owner=0 --group=0 --numeric-owner -czf "$tarball" casebridge

echo "== .deb" >&2
icons="$pkg/usr/share/icons/hicolor"
mkdir -p "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$icons/scalable/apps" "$icons/256x256/apps" "$icons/48x48/apps" "$pkg/usr/share/doc/casebridge" \
  "$pkg/usr/share/mime/packages"
ln -s /opt/casebridge/casebridge "$pkg/usr/bin/casebridge"
install -m 644 installer/linux/casebridge.desktop "$pkg/usr/share/applications/"
# .cbundle files (a case carried on a USB stick) open with CaseBridge: the MIME type, claimed by
# the desktop entry's MimeType. dpkg's triggers on /usr/share/mime and /usr/share/applications
# (shared-mime-info, desktop-file-utils) update their caches at install and removal.
install -m 644 installer/linux/casebridge-bundle.xml "$pkg/usr/share/mime/packages/"
install -m 644 resources/icons/casebridge.svg "$icons/scalable/apps/casebridge.svg"
install -m 644 resources/icons/casebridge-256.png "$icons/256x256/apps/casebridge.png"
install -m 644 resources/icons/casebridge-48.png "$icons/48x48/apps/casebridge.png"
install -m 644 LICENSE "$pkg/usr/share/doc/casebridge/copyright"
join() { local IFS=","; echo "$*" | sed 's/,/, /g'; }
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: casebridge
Version: $VERSION
Architecture: amd64
Section: science
Priority: optional
Maintainer: CaseBridge team <casebridge@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
Depends: $(join "${DEB_DEPENDS[@]}")
Recommends: $(join "${DEB_RECOMMENDS[@]}")
Description: Prepare complete, encrypted cases for a second medical opinion
 Offline-first case preparation for rural clinics: intake, consent, imaging and
 documents, sent to a second-opinion service over a poor link or carried on USB.
CONTROL
deb="dist/casebridge_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null

mb() { echo "$(( ($1 + 524288) / 1048576 )) MB"; }
echo "== sizes (built in $((SECONDS - started)) s)"
echo "folder  dist/casebridge  $(mb "$(du -sb dist/casebridge | cut -f1)")"
echo "tar.gz  $tarball  $(mb "$(stat -c %s "$tarball")")"
echo "deb     $deb  $(mb "$(stat -c %s "$deb")")"
