#!/usr/bin/env bash
# Freeze Facilitator with PyInstaller (Linux and macOS): a build venv under installers/build/, then the spec.
#
#   installers/freeze.sh            # → installers/build/dist/facilitator/ (Linux) or Facilitator.app (macOS)
#
# PYTHON picks the interpreter for the venv (default python3, 3.11 or newer, built with a shared libpython:
# Debian's python3 with python3-dev, pyenv with PYTHON_CONFIGURE_OPTS=--enable-shared, python.org on macOS).
# The package is installed into the venv from this source tree (not editable), so the bundle holds exactly
# what a wheel would, with its metadata (the About dialog reads the version from it).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD="$HERE/build"
VENV="$BUILD/venv"
PYTHON="${PYTHON:-python3}"

export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PYTHONDONTWRITEBYTECODE=1

say() { printf '== %s\n' "$*" >&2; }

command -v "$PYTHON" >/dev/null || { echo "freeze.sh: $PYTHON not found; set PYTHON=/path/to/python3.11+" >&2; exit 2; }
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "freeze.sh: $PYTHON is older than Python 3.11" >&2; exit 2; }

mkdir -p "$BUILD"
if [ ! -x "$VENV/bin/python" ]; then
  say "build venv $VENV"
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" - <<'PY' || { echo "freeze.sh: this Python has no shared libpython, which PyInstaller needs (Debian: apt-get install python3-dev; pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)" >&2; exit 2; }
import os, sys, sysconfig
if sys.platform == "darwin":
    sys.exit(0)
name, libdir = sysconfig.get_config_var("INSTSONAME") or "", sysconfig.get_config_var("LIBDIR") or ""
folders = (libdir, os.path.join(libdir, sysconfig.get_config_var("MULTIARCH") or ""))
sys.exit(0 if name.endswith((".so", ".so.1.0")) and any(os.path.exists(os.path.join(d, name)) for d in folders) else 1)
PY

say "pip install -r installers/requirements-build.txt and facilitator from $ROOT"
"$VENV/bin/python" -m pip install --quiet -r "$HERE/requirements-build.txt" "$ROOT"

for icon in facilitator.ico facilitator.icns facilitator-256.png; do
  if [ ! -f "$ROOT/resources/icons/$icon" ]; then
    say "render icons (resources/icons/$icon is missing)"
    QT_QPA_PLATFORM=offscreen "$VENV/bin/python" "$HERE/icons/render_icons.py"
    break
  fi
done

say "pyinstaller $HERE/facilitator.spec"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/facilitator.spec"
