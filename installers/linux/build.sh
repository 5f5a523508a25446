#!/usr/bin/env bash
# Build the Linux bundle of Facilitator, pack it as a tarball and smoke-test it with no Python on the PATH.
#
#   installers/linux/build.sh [--no-apt] [--no-verify]
#
# On a fresh Debian/Ubuntu machine (as root, or with password-less sudo) it first installs the system
# packages it needs; elsewhere it says which are missing. Everything it makes goes to installers/build/:
#   venv/                                   the build venv (PyInstaller and the package)
#   dist/facilitator/                       the bundle: ./facilitator plus _internal/
#   facilitator-VERSION-linux-ARCH.tar.gz   the bundle with a .desktop file, icons, MIME type, install.sh
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
INSTALLERS="$(dirname "$HERE")"
ROOT="$(dirname "$INSTALLERS")"
BUILD="$INSTALLERS/build"
APT=1
VERIFY=1
for arg in "$@"; do
  case "$arg" in
    --no-apt) APT=0 ;;
    --no-verify) VERIFY=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
export DEBIAN_FRONTEND=noninteractive LANG="${LANG:-C.UTF-8}"

say() { printf '\n== %s (%ss)\n' "$*" "$SECONDS" >&2; }

# Why each package:
#   python3 python3-venv python3-dev   the build venv; python3-dev brings libpython3.X.so, which PyInstaller needs
#   binutils                           objdump, used by PyInstaller to read the libraries' dependencies
#   libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libdbus-1-3 libfontconfig1 fonts-dejavu-core
#                                      what Qt needs to start offscreen for the smoke test (as in .ci/run);
#                                      the bundle leaves these system libraries to the user's machine
PACKAGES=(
  python3 python3-venv python3-dev binutils
  libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libdbus-1-3 libfontconfig1 fonts-dejavu-core
)

install_packages() {
  command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || {
    echo "build.sh: no apt-get here; make sure Python 3.11+ (with its shared library) and Qt's runtime libraries are installed" >&2
    return 0
  }
  local missing=() package
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "build.sh: missing system packages; install them first: sudo apt-get install ${missing[*]}" >&2
      exit 2
    fi
  fi
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq -o Acquire::Retries=3
  $sudo apt-get install -y -qq -o Acquire::Retries=3 -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}" >/dev/null
}

[ "$APT" -eq 1 ] && install_packages

say "freeze"
bash "$INSTALLERS/freeze.sh"

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/src/facilitator/__init__.py")"
ARCH="$(uname -m)"
BUNDLE="$BUILD/dist/facilitator"
NAME="facilitator-$VERSION-linux-$ARCH"
STAGE="$BUILD/package/$NAME"
[ -x "$BUNDLE/facilitator" ] || { echo "build.sh: PyInstaller made no $BUNDLE/facilitator" >&2; exit 1; }

say "pack $NAME.tar.gz"
rm -rf "$BUILD/package"
mkdir -p "$STAGE/share/applications" "$STAGE/share/mime/packages" "$STAGE/share/icons/hicolor/scalable/apps" \
         "$STAGE/share/icons/hicolor/scalable/mimetypes"
cp -a "$BUNDLE" "$STAGE/facilitator"
cp "$HERE/facilitator.desktop" "$STAGE/share/applications/facilitator.desktop"
cp "$HERE/facilitator-mime.xml" "$STAGE/share/mime/packages/facilitator.xml"
cp "$ROOT/resources/icons/facilitator.svg" "$STAGE/share/icons/hicolor/scalable/apps/facilitator.svg"
cp "$ROOT/resources/icons/facilitator.svg" "$STAGE/share/icons/hicolor/scalable/mimetypes/application-x-facilitator.svg"
for png in "$ROOT"/resources/icons/facilitator-*.png; do
  size="${png##*-}"; size="${size%.png}"
  mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps" "$STAGE/share/icons/hicolor/${size}x${size}/mimetypes"
  cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/facilitator.png"
  cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/mimetypes/application-x-facilitator.png"
done
cp "$HERE/install.sh" "$HERE/uninstall.sh" "$STAGE/"
cp "$ROOT/LICENSE" "$STAGE/LICENSE"
chmod +x "$STAGE/install.sh" "$STAGE/uninstall.sh"
tar -C "$BUILD/package" -czf "$BUILD/$NAME.tar.gz" "$NAME"
rm -rf "$BUILD/package"   # the staging copy; the tarball holds it

printf 'bundle %s: %s unpacked; package %s: %s\n' "$BUNDLE" "$(du -sh "$BUNDLE" | cut -f1)" \
  "$BUILD/$NAME.tar.gz" "$(du -sh "$BUILD/$NAME.tar.gz" | cut -f1)" >&2

if [ "$VERIFY" -eq 1 ]; then
  say "verify the bundle with no Python on the PATH"
  FIXTURE_PYTHON="$BUILD/venv/bin/python" bash "$HERE/verify.sh" "$BUNDLE"
fi
say "done: $BUILD/$NAME.tar.gz"
