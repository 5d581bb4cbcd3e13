"""Start-up leaves the Excel readers, the reports and the yearly and Kolada code unloaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# What the first paint of a window opened on a file does not need (issue #10 item 8):
# each is loaded by the command that uses it.
DEFERRED = (
    "openpyxl",
    "python_calamine",
    "sqlite_utils",
    "amp_desktop.core.excel",
    "amp_desktop.core.reports",
    "amp_desktop.core.kolada",
    "amp_desktop.core.yearly",
    "amp_desktop.core.audit",
    "amp_desktop.ui.printing",
    "amp_desktop.ui.planning",
    "amp_desktop.ui.excel",
)

SCRIPT = """
import sys
from amp_desktop.ui import app
status = app.main(["--quit-after-shown", sys.argv[1]])
loaded = sorted(
    m for m in sys.modules if any(m == d or m.startswith(d + ".") for d in sys.argv[2:])
)
print("LOADED:" + ",".join(loaded))
raise SystemExit(status)
"""


def test_window_on_a_file_paints_without_the_deferred_modules(
    tmp_path: Path, example_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMP_LANG": "sv",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(example_path), *DEFERRED],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "AMP window shown: example.amp" in result.stdout
    assert "LOADED:\n" in result.stdout or result.stdout.rstrip().endswith("LOADED:"), result.stdout
