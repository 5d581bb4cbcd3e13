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
    # The planning package and its status words: the catalogue table writes none.
    "amp_desktop.core.planning",
    "amp_desktop.core.tables.status",
    # The editor's parsing of typed values (the first edit).
    "amp_desktop.core.parse",
    # The journal's reader and tagger: only for a journal beside the file, or a
    # file not yet tagged (a tagged file is opened without them).
    "amp_desktop.core.store.journal",
    "amp_desktop.core.store.journal_file",
    "secrets",
    # Opening a catalogue and reading its programmes: no writer's helpers (the
    # change-set builders, settings, the parts of a change set), no results,
    # mandates or Kolada (their reads join the catalogue when first asked for:
    # core/store/feature_reads.py), no hashing until the first write.
    "amp_desktop.core.store.builders",
    "amp_desktop.core.store.settings",
    "amp_desktop.core.store.change_parts",
    "amp_desktop.core.store.results",
    "amp_desktop.core.store.result_coverage",
    "amp_desktop.core.store.mandates",
    "amp_desktop.core.mandate",
    "amp_desktop.core.store.kolada",
    "hashlib",
)

# Made after the first paint (they are below the editor's fields, out of view).
AFTER_FIRST_PAINT = ("amp_desktop.ui.mandate_box", "amp_desktop.ui.basis_rows")

# Qt classes whose Python enums PySide6 makes when the class is first used (about
# 0.2 ms an enum): none of them is needed for the first paint.  PySide6 adds a class
# to its module's namespace when it is first used.
QT_CLASSES = {
    "QtWidgets": ("QMessageBox", "QFileDialog", "QStyle", "QDialogButtonBox", "QProgressBar"),
    "QtCore": ("QStandardPaths", "QEventLoop", "QTranslator"),
    "QtGui": ("QPalette",),
}

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


AT_PAINT_SCRIPT = """
import sys
from amp_desktop.ui import app
from PySide6 import QtCore, QtGui, QtWidgets

def report(window, report_and_quit=app._report_and_quit):
    modules = sorted(m for m in sys.modules if m in sys.argv[2].split(","))
    print("MODULES:" + ",".join(modules))
    for name, module in (("QtWidgets", QtWidgets), ("QtCore", QtCore), ("QtGui", QtGui)):
        wanted = sys.argv[3].split(";")
        made = [c for c in wanted if c.startswith(name + ".") and c.split(".")[1] in vars(module)]
        print("CLASSES:" + ",".join(made))
    report_and_quit(window)

app._report_and_quit = report
raise SystemExit(app.main(["--quit-after-shown", sys.argv[1]]))
"""


def _env(tmp_path: Path, language: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AMP_LANG": language,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }


def test_first_paint_makes_neither_the_mandate_box_nor_unneeded_qt_classes(
    tmp_path: Path, example_path: Path
) -> None:
    classes = [f"{module}.{name}" for module, names in QT_CLASSES.items() for name in names]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            AT_PAINT_SCRIPT,
            str(example_path),
            ",".join(AFTER_FIRST_PAINT),
            ";".join(classes),
        ],
        env=_env(tmp_path, "en"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "AMP window shown: example.amp" in result.stdout
    lines = result.stdout.splitlines()
    assert "MODULES:" in lines, result.stdout
    assert lines.count("CLASSES:") == 3, result.stdout


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


CHECKS_SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from amp_desktop.core.store import connection
from amp_desktop.ui import app

ran = []
check_content = connection.check_content
connection.check_content = lambda conn, path: ran.append(path) or check_content(conn, path)

def later(window):
    print(f"LATER:{len(ran)}:{window.is_read_only()}", flush=True)
    window.close()
    QCoreApplication.quit()

def report(window):
    print(f"AT PAINT:{len(ran)}", flush=True)
    QTimer.singleShot(50, lambda: later(window))

app._report_and_quit = report
raise SystemExit(app.main(["--quit-after-shown", sys.argv[1]]))
"""


def test_the_checks_on_opening_run_after_the_first_paint(
    tmp_path: Path, example_path: Path
) -> None:
    """The file's content checks (quick_check, values: 10-15 ms at 1,000 programmes)
    are not part of start-up: they run from the event loop once the window is painted."""
    result = subprocess.run(
        [sys.executable, "-c", CHECKS_SCRIPT, str(example_path)],
        env=_env(tmp_path, "en"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "AT PAINT:0" in lines and "LATER:1:False" in lines, result.stdout
