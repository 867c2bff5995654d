#!/bin/sh
# Install (or remove) the Council Desktop one-folder build system-wide on Linux.
#
#   sudo ./install.sh              install from ./council-desktop/ into /opt/council-desktop
#   sudo ./install.sh --uninstall  remove it again (user data in ~/.local/share is kept)
#
# Run from the unpacked release tarball (council-desktop-<version>-linux-x86_64.tar.gz), which
# holds this script, council-desktop.desktop and the council-desktop/ folder. Silent: no
# questions, exit code 0 on success, so it can run from configuration management.
set -eu

PREFIX=${PREFIX:-/opt/council-desktop}
BIN_DIR=${BIN_DIR:-/usr/local/bin}
SHARE_DIR=${SHARE_DIR:-/usr/share}
HERE=$(cd "$(dirname "$0")" && pwd)

uninstall() {
    rm -f "$BIN_DIR/council-desktop" "$BIN_DIR/council-desktop-cli"
    rm -f "$SHARE_DIR/applications/council-desktop.desktop"
    rm -f "$SHARE_DIR/icons/hicolor/scalable/apps/council-desktop.svg"
    rm -rf "$PREFIX"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE_DIR/applications" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    echo "Council Desktop removed (users' records in ~/.local/share/CouncilDesktop are kept)."
    exit 0
fi

[ -x "$HERE/council-desktop/council-desktop" ] || { echo "No council-desktop/ folder beside $0" >&2; exit 2; }

# Replace the program folder as a whole (an upgrade leaves no stale libraries behind).
rm -rf "$PREFIX.new"
cp -a "$HERE/council-desktop" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"

mkdir -p "$BIN_DIR" "$SHARE_DIR/applications" "$SHARE_DIR/icons/hicolor/scalable/apps"
ln -sf "$PREFIX/council-desktop" "$BIN_DIR/council-desktop"
ln -sf "$PREFIX/council-desktop-cli" "$BIN_DIR/council-desktop-cli"
sed "s|/opt/council-desktop|$PREFIX|g" "$HERE/council-desktop.desktop" \
    > "$SHARE_DIR/applications/council-desktop.desktop"
cp "$PREFIX/_internal/resources/icons/app.svg" "$SHARE_DIR/icons/hicolor/scalable/apps/council-desktop.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE_DIR/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$SHARE_DIR/icons/hicolor" 2>/dev/null || true

# Qt's xcb display plugin needs these; without them the window cannot open at all.
missing=""
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
if [ -n "$missing" ]; then
    echo "Warning: missing system libraries:$missing" >&2
    echo "  Debian/Ubuntu: apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" >&2
    echo "  Fedora/RHEL:   dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms" >&2
fi

"$PREFIX/council-desktop-cli" --version
echo "Installed in $PREFIX. Check it with: QT_QPA_PLATFORM=offscreen council-desktop-cli --self-test"
