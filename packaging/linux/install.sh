#!/usr/bin/env bash
# Install the built bundle (dist/AMP from `make package`, or $BUNDLE) for one user, with a menu
# entry, an icon and the .amp file type; or remove it again.
#
#     bash packaging/linux/install.sh              # to ~/.local
#     PREFIX=/opt/amp-root bash packaging/linux/install.sh
#     bash packaging/linux/install.sh --uninstall
#
# Files: $PREFIX/lib/amp/ (the program), $PREFIX/bin/amp-desktop and amp-cli (links),
# $PREFIX/share/applications/amp-desktop.desktop, the SVG icon in the hicolor
# theme and the MIME type in $PREFIX/share/mime.  Run as root with PREFIX=/usr/local
# to install for everybody.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
PREFIX=${PREFIX:-$HOME/.local}
bundle="${BUNDLE:-$root/dist/AMP}"
share="$PREFIX/share"

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
  command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PREFIX/lib/amp"
  rm -f "$PREFIX/bin/amp-desktop" "$PREFIX/bin/amp-cli" "$share/applications/amp-desktop.desktop" \
        "$share/icons/hicolor/scalable/apps/amp-desktop.svg" "$share/mime/packages/amp-desktop.xml"
  refresh
  echo "AMP removed from $PREFIX (your catalogues are untouched)."
  exit 0
fi

[ -x "$bundle/AMP" ] || { echo "No bundle at $bundle: run 'make package' first." >&2; exit 1; }
QT_QPA_PLATFORM=offscreen "$bundle/AMP" --selftest
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$share/applications" \
         "$share/icons/hicolor/scalable/apps" "$share/mime/packages"
rm -rf "$PREFIX/lib/amp"
cp -a "$bundle" "$PREFIX/lib/amp"
ln -sfn "$PREFIX/lib/amp/AMP" "$PREFIX/bin/amp-desktop"
ln -sfn "$PREFIX/lib/amp/amp-cli" "$PREFIX/bin/amp-cli"
sed "s|^Exec=amp-desktop|Exec=$PREFIX/bin/amp-desktop|; s|^TryExec=amp-desktop|TryExec=$PREFIX/bin/amp-desktop|" \
    "$here/amp-desktop.desktop" > "$share/applications/amp-desktop.desktop"
cp "$root/resources/icons/amp.svg" "$share/icons/hicolor/scalable/apps/amp-desktop.svg"
cp "$here/amp-desktop.xml" "$share/mime/packages/amp-desktop.xml"
refresh
echo "AMP installed: $PREFIX/bin/amp-desktop (window), $PREFIX/bin/amp-cli (command line),"
echo "and in the applications menu."
