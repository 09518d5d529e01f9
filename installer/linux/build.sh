#!/usr/bin/env bash
# Build the Linux one-folder app, then a .tar.gz and a .deb of it, and smoke-test the result
# (the frozen app starts offscreen with --self-test). Run from a checkout after ./test.sh.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
VERSION="$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("casebridge"))')"
.venv/bin/python -m pip install -q "pyinstaller==6.22.3"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build installer/casebridge.spec

smoke_dir="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen CASEBRIDGE_PASSPHRASE="smoke test passphrase" \
  dist/casebridge/casebridge --data-dir "$smoke_dir" --self-test
rm -rf "$smoke_dir"

tar -C dist -czf "dist/casebridge-$VERSION-linux-x86_64.tar.gz" casebridge

pkg="$(mktemp -d)"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/share/applications" "$pkg/usr/bin"
cp -a dist/casebridge "$pkg/opt/casebridge"
ln -s /opt/casebridge/casebridge "$pkg/usr/bin/casebridge"
cp installer/linux/casebridge.desktop "$pkg/usr/share/applications/"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: casebridge
Version: $VERSION
Architecture: amd64
Maintainer: CaseBridge team
Depends: libegl1, libgl1, libxkbcommon-x11-0, libxcb-cursor0, libfontconfig1
Description: Prepare complete, encrypted cases for a second medical opinion
 Offline-first case preparation for rural clinics: intake, consent, imaging and documents.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$pkg" "dist/casebridge_${VERSION}_amd64.deb"
rm -rf "$pkg"
ls -l dist/*.tar.gz dist/*.deb
