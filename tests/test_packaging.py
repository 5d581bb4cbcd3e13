"""The packaging files agree with each other and with the package (no build needed)."""

from __future__ import annotations

import configparser
import re
import struct
import subprocess
import sys
from pathlib import Path

from amp_desktop import APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_desktop_file_names_the_program_icon_and_file_type() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "amp-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == APP_NAME
    assert desktop["Exec"] == "amp-desktop %f"
    assert desktop["Icon"] == "amp-desktop"
    assert desktop["MimeType"] == "application/x-amp-catalogue;"
    assert desktop["Comment[sv]"].startswith("Insatskatalog")
    mime = (PACKAGING / "linux" / "amp-desktop.xml").read_text(encoding="utf-8")
    assert 'type="application/x-amp-catalogue"' in mime and 'pattern="*.amp"' in mime
    # The window tells Wayland/X11 which .desktop file it belongs to.
    app = (ROOT / "amp_desktop" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("amp-desktop")' in app


def test_spec_and_installer_agree_on_paths() -> None:
    spec = (PACKAGING / "amp.spec").read_text(encoding="utf-8")
    assert "from amp_desktop import APP_NAME, __version__" in spec
    assert '"amp_desktop/resources"' in spec
    assert "amp_entry.py" in spec and (PACKAGING / "amp_entry.py").is_file()
    iss = (PACKAGING / "windows" / "amp.iss").read_text(encoding="utf-8")
    assert r'Source: "{#Root}\dist\AMP\*"' in iss
    # amp.spec makes the icons in PyInstaller's workpath, build\<spec name>\icons.
    assert r"{#Root}\build\amp\icons\amp.ico" in iss
    script = (PACKAGING / "build-windows.ps1").read_text(encoding="utf-8")
    assert "--workpath build" in script and r"packaging\windows\amp.iss" in script
    assert script.isascii(), "PowerShell 5 reads scripts without a BOM as ANSI"
    mac = (PACKAGING / "build-macos.sh").read_text(encoding="utf-8")
    assert "packaging/amp.spec" in mac and "--selftest" in mac
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__), "amp.spec makes Windows file versions"


def test_make_icons_writes_ico_and_icns(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ico = (tmp_path / "amp.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    first_offset = struct.unpack("<I", ico[6 + 12 : 6 + 16])[0]
    assert ico[first_offset : first_offset + 8] == b"\x89PNG\r\n\x1a\n"
    icns = (tmp_path / "amp.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns
    assert (tmp_path / "amp-256.png").read_bytes()[:4] == b"\x89PNG"


def test_update_translations_sees_files_not_yet_committed() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile.split("update-translations:", 1)[1].split("\n\n", 1)[0]
    assert "find amp_desktop -name '*.py'" in target
    assert "packaging/i18n/apply_sv.py" in target
