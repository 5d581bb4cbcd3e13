"""The installed ``amp-desktop`` entry point starts, paints its window and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("amp-desktop")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMP_LANG": "en",
        # Settings and the data folder (where --example goes) stay in tmp_path.
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [str(SCRIPT), "--quit-after-shown", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_opens_a_file_and_shows_the_window(tmp_path: Path, example_path: Path) -> None:
    result = _run(tmp_path, str(example_path))
    assert result.returncode == 0, result.stderr
    assert "AMP window shown: example.amp — AMP" in result.stdout
    assert "Traceback" not in result.stderr


def test_example_flag_creates_the_example_in_the_data_folder(tmp_path: Path) -> None:
    result = _run(tmp_path, "--example", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "AMP window shown: example.amp — AMP" in result.stdout
    assert list((tmp_path / "data").rglob("example.amp"))
