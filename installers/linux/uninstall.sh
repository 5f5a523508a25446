#!/usr/bin/env bash
# Remove Facilitator that install.sh installed for this user. Your session files (.facilitator) and the
# app's own data folder (~/.local/share/Facilitator: logs and backups) are left alone.
set -euo pipefail

APP_DIR="${FACILITATOR_PREFIX:-$HOME/.local/opt/facilitator}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
MARKER="$APP_DIR/.facilitator-install"

[ -f "$MARKER" ] || { echo "uninstall.sh: no Facilitator install in $APP_DIR" >&2; exit 1; }
while IFS= read -r path; do
  case "$path" in
    "$HOME"/*|"$DATA"/*) rm -f -- "$path" ;;   # only what install.sh wrote, never anything outside home
  esac
done <"$MARKER"
rm -rf -- "$APP_DIR"

if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -f -t "$DATA/icons/hicolor" || true; fi
echo "Facilitator is removed. Your session files and $DATA/Facilitator (logs, backups) are still there."
