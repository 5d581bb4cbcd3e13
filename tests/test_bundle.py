"""The PyInstaller bundle builds and passes ``--selftest`` offscreen with no error output.

Builds ``packaging/amp.spec`` into a temporary folder (about 15–40 s) and starts
``AMP --selftest``.  Set ``AMP_BUNDLE_DIR`` to a built ``dist/AMP`` folder (e.g.
after ``make package`` in CI) to smoke-test that very build instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from amp_desktop import APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS = ROOT / "resources" / "translations" / "amp_sv.ts"
QM = TS.with_suffix(".qm")
MAX_SIZE_MB = 230

pytestmark = pytest.mark.slow


def _tool(name: str) -> str:
    """A build tool from the test environment (make test installs them)."""
    found = BIN / name
    path = str(found) if found.exists() else shutil.which(name)
    assert path, f"{name} is not installed: run make test, which installs it"
    return path


def _build(tmp: Path) -> Path:
    if not QM.exists() or QM.stat().st_mtime < TS.stat().st_mtime:
        subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    result = subprocess.run(
        [
            _tool("pyinstaller"),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(tmp / "dist"),
            "--workpath",
            str(tmp / "build"),
            str(ROOT / "packaging" / "amp.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return tmp / "dist" / APP_NAME


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("AMP_BUNDLE_DIR")
    if given:
        return Path(given)
    return _build(tmp_path_factory.mktemp("bundle"))


def _executable(bundle: Path) -> Path:
    return bundle / (f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_bundle_selftest_passes_with_empty_stderr(bundle: Path, tmp_path: Path, lang: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMP_LANG": lang,
        "HOME": str(tmp_path),  # nothing of the user's is read or written
        "XDG_RUNTIME_DIR": str(tmp_path),
    }
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(_executable(bundle)), "--selftest"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert f"self-test ({lang})" in result.stdout
    assert result.stdout.rstrip().endswith(": OK")


def test_bundled_command_line_works(bundle: Path, tmp_path: Path) -> None:
    """``amp-cli`` beside the window program: the ``amp`` command for bundle users."""
    cli = bundle / ("amp-cli.exe" if sys.platform == "win32" else "amp-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AMP_LANG": "en", "HOME": str(tmp_path)}

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(cli), *args], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        return result.stdout

    assert run("--version").strip() == f"amp {__version__}"
    catalogue = tmp_path / "example.amp"
    run("new", str(catalogue), "--example")
    plan = json.loads(run("plan", str(catalogue), "--year", "2026", "--json"))
    assert len(plan["programmes"]) == 21


def test_bundle_holds_what_amp_needs_and_leaves_out_the_rest(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file()]
    names = {path.name for path in files}
    resources = next(p for p in bundle.rglob("resources") if p.parent.name == "amp_desktop")
    for needed in (
        "translations/amp_sv.qm",
        "fonts/DejaVuSans.ttf",
        "example/vasteras-2021.json",
        "icons/amp.svg",
        "help/user-guide.sv.md",
        "licenses/LGPL-3.0.txt",
    ):
        assert (resources / needed).is_file(), needed
    assert "qtbase_sv.qm" in names
    qt_translations = {n for n in names if n.startswith("qt") and n.endswith(".qm")}
    assert all(n.endswith("_sv.qm") for n in qt_translations), qt_translations
    assert not any(n.endswith(".ts") for n in names)
    for unwanted in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Multimedia", "Qt63D"):
        assert not any(unwanted in n for n in names), unwanted
    # PyInstaller links Qt's libraries into _internal; count each file once.
    size_mb = sum(path.stat().st_size for path in files if not path.is_symlink()) / 1e6
    assert size_mb < MAX_SIZE_MB, f"the bundle is {size_mb:.0f} MB"
