#!/usr/bin/env bash
# Install the Debian packages AMP needs (only those missing): fonts and the xcb
# libraries for a real window; poppler and LibreOffice for the tests (pass "test").
set -euo pipefail
packages=(fonts-dejavu-core libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
          libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libdbus-1-3)
if [ "${1:-}" = "test" ]; then
  packages+=(poppler-utils libreoffice-calc-nogui xvfb)
fi
missing=()
# Debian's python3 makes virtual environments only with python3-venv installed.
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  missing+=(python3-venv)
fi
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "Install by hand: ${missing[*]}" >&2; exit 0; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
