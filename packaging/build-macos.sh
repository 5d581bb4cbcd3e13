#!/usr/bin/env bash
# Build AMP for macOS: dist/AMP.app (and the folder dist/AMP) with the same spec as
# on Linux and Windows, smoke-test it, and pack it into dist/AMP-<version>-macos.dmg.
#
# Needs macOS 11 or newer with Python 3.11+ (python.org or Homebrew) and the Xcode
# command line tools.  Build on the oldest macOS you support, on the architecture
# you ship (arm64 on Apple silicon, x86_64 on Intel): PyInstaller does not
# cross-compile.  Usage, from anywhere:
#
#     bash packaging/build-macos.sh            # .app and .dmg
#     bash packaging/build-macos.sh --no-dmg   # .app only
#
# Signing and notarising are left to the person releasing (see docs/building.md):
# without them, Gatekeeper asks the user to confirm the first start (right-click → Open).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=.venv-macos
make_dmg=1
[ "${1:-}" = "--no-dmg" ] && make_dmg=0

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet -e '.[package]'
version=$("$VENV/bin/python" -c 'import amp_desktop; print(amp_desktop.__version__)')
echo "Building AMP $version for macOS ($(uname -m))"

"$VENV/bin/pyside6-lrelease" resources/translations/amp_sv.ts -qm resources/translations/amp_sv.qm
"$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build packaging/amp.spec

# The smoke test: the program inside the .app, headless; any error output fails.
errors=$(QT_QPA_PLATFORM=offscreen dist/AMP.app/Contents/MacOS/AMP --selftest 2>&1 >/dev/null) || {
  echo "$errors" >&2
  echo "the self-test of dist/AMP.app failed" >&2
  exit 1
}
if [ -n "$errors" ]; then
  echo "$errors" >&2
  echo "the self-test of dist/AMP.app wrote errors" >&2
  exit 1
fi

if [ "$make_dmg" = 1 ]; then
  dmg="dist/AMP-$version-macos-$(uname -m).dmg"
  rm -f "$dmg"
  staging=$(mktemp -d)
  cp -R dist/AMP.app "$staging/"
  ln -s /Applications "$staging/Applications"
  hdiutil create -volname "AMP $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
  rm -rf "$staging"
  echo "Done: dist/AMP.app and $dmg"
else
  echo "Done: dist/AMP.app"
fi
