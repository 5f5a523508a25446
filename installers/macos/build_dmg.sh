#!/usr/bin/env bash
# Build Facilitator.app and pack it in a .dmg (macOS only: hdiutil).
#
#   installers/macos/build_dmg.sh      → installers/build/dist/Facilitator.app
#                                        installers/build/facilitator-VERSION-macos-ARCH.dmg
#
# Needs Python 3.11+ from python.org or Homebrew (PYTHON=... to choose). The app is signed ad hoc (as
# PyInstaller leaves it), not notarised: the first start needs right-click → Open, or a Developer ID
# (set CODESIGN_IDENTITY) and `xcrun notarytool` for a public release.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
INSTALLERS="$(dirname "$HERE")"
BUILD="$INSTALLERS/build"
[ "$(uname -s)" = "Darwin" ] || { echo "build_dmg.sh: runs on macOS only (hdiutil)" >&2; exit 2; }

bash "$INSTALLERS/freeze.sh"
APP="$BUILD/dist/Facilitator.app"
[ -x "$APP/Contents/MacOS/facilitator" ] || { echo "build_dmg.sh: PyInstaller made no $APP" >&2; exit 1; }
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --sign "$CODESIGN_IDENTITY" "$APP"
fi

VERSION="$("$BUILD/venv/bin/python" "$INSTALLERS/bundle.py" version)"
DMG="$BUILD/facilitator-$VERSION-macos-$(uname -m).dmg"
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/facilitator-dmg-XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"   # drag the app onto it to install
hdiutil create -volname "Facilitator $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "== done: $DMG ($(du -sh "$APP" | cut -f1) unpacked)"
