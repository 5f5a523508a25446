#!/usr/bin/env bash
# Install Facilitator for this user only, without root: run it from the unpacked tarball.
#
#   ./install.sh            program in ~/.local/opt/facilitator, `facilitator` in ~/.local/bin,
#                           menu entry, icon and the .facilitator file type in ~/.local/share
#
# FACILITATOR_PREFIX chooses another program folder; XDG_DATA_HOME is honoured. Running it again
# replaces an earlier install. ./uninstall.sh removes it again and leaves your session files alone.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
APP_DIR="${FACILITATOR_PREFIX:-$HOME/.local/opt/facilitator}"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
BIN="$HOME/.local/bin"
MARKER=".facilitator-install"   # in APP_DIR: proves the folder is ours, lists what else was installed

[ -x "$HERE/facilitator/facilitator" ] || { echo "install.sh: run me from the unpacked Facilitator tarball" >&2; exit 2; }
if [ -e "$APP_DIR" ] && [ ! -f "$APP_DIR/$MARKER" ]; then
  echo "install.sh: $APP_DIR exists and is no Facilitator install; choose another with FACILITATOR_PREFIX" >&2
  exit 1
fi

installed=()
put() {  # put SOURCE TARGET: copy one file, remember it for uninstall.sh
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  installed+=("$2")
}

rm -rf "$APP_DIR.new"
mkdir -p "$(dirname "$APP_DIR")"
cp -a "$HERE/facilitator" "$APP_DIR.new"
cp "$HERE/uninstall.sh" "$APP_DIR.new/uninstall.sh"
if [ -e "$APP_DIR" ]; then rm -rf "$APP_DIR"; fi   # an earlier install of ours (marker checked above)
mv "$APP_DIR.new" "$APP_DIR"

mkdir -p "$BIN"
ln -sfn "$APP_DIR/facilitator" "$BIN/facilitator"
installed+=("$BIN/facilitator")

desktop="$DATA/applications/facilitator.desktop"
mkdir -p "$(dirname "$desktop")"
sed -e "s|^Exec=.*|Exec=\"$APP_DIR/facilitator\" %f|" -e "s|^TryExec=.*|TryExec=$APP_DIR/facilitator|" \
  "$HERE/share/applications/facilitator.desktop" >"$desktop"
installed+=("$desktop")
put "$HERE/share/mime/packages/facilitator.xml" "$DATA/mime/packages/facilitator.xml"
while IFS= read -r -d '' icon; do
  put "$icon" "$DATA/icons/${icon#"$HERE/share/icons/"}"
done < <(find "$HERE/share/icons" -type f -print0)

printf '%s\n' "${installed[@]}" >"$APP_DIR/$MARKER"

# Let the desktop know; each tool is optional.
if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -f -t "$DATA/icons/hicolor" || true; fi
if command -v xdg-mime >/dev/null; then xdg-mime default facilitator.desktop application/x-facilitator || true; fi

echo "Facilitator is installed in $APP_DIR; start it from the menu or with $BIN/facilitator."
case ":$PATH:" in *":$BIN:"*) ;; *) echo "($BIN is not on your PATH; the menu entry works regardless.)" ;; esac
