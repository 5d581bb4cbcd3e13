"""``--selftest`` from a checkout: the same check the bundle's smoke test runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AMP_LANG": lang}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_selftest_module_passes_in_english(tmp_path: Path) -> None:
    result = _run("-m", "amp_desktop.selftest", "--keep", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("AMP ") and result.stdout.rstrip().endswith(": OK")
    assert "21 programmes" in result.stdout
    assert (tmp_path / "overview.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "example.xlsx").stat().st_size > 0


def test_entry_script_runs_the_selftest_in_swedish() -> None:
    result = _run(str(ROOT / "packaging" / "amp_entry.py"), "--selftest", lang="sv")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "self-test (sv)" in result.stdout and result.stdout.rstrip().endswith(": OK")


def test_a_failure_exits_non_zero_with_the_reason(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    report = tmp_path / "report.txt"
    result = _run(
        "-m", "amp_desktop.selftest", "--keep", str(not_a_folder), "--output", str(report)
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert "self-test FAILED" in result.stderr
    assert "self-test FAILED" in report.read_text(encoding="utf-8")
