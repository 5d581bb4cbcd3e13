"""``amp yearly`` under adversarial use: a survey sheet that cannot be written says so in
one line (no traceback, no temporary file left); the text names figures by their id or
title, never an internal key; the comparison over the years is printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.core.yearly.yearly_data import build, import_kolada


@pytest.fixture
def built_path(catalogue_path: Path, tmp_path: Path) -> Path:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        import_kolada(catalogue, tmp_path)
    return catalogue_path


def test_a_sheet_into_a_missing_folder_is_one_line(
    built_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed the temporary file's name, and openpyxl's unsaved write-only sheet
    printed a traceback on stderr when it was collected."""
    target = tmp_path / "missing" / "survey.xlsx"
    status = main(["yearly", str(built_path), "--year", "2025", "--xlsx", str(target)])
    _out, err = capsys.readouterr()
    assert status == 2
    assert err.strip().splitlines() == [f"amp: Cannot write {target}: No such file or directory."]
    assert ".part" not in err and "Traceback" not in err
    assert not target.parent.exists()


def test_the_text_names_figures_by_id_or_title_and_shows_the_years(
    built_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["yearly", str(built_path), "--year", "2025", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    missing = next(line for line in out.splitlines() if "without results" in line)
    assert "(Exits, count, U40450" in missing  # was "(exits, U40450"
    assert "gross_cost_sek" not in out and "(exits," not in out
    lines = [" ".join(line.split()) for line in out.splitlines()]
    at = lines.index("Result at exit from the municipality's labour-market programmes (U40455)")
    assert lines[at + 1 : at + 4] == [
        "2024 2025",
        "AMP 50.0%",  # exact, as the window (no 2024 results)
        "The municipality (published) 41.0% 48.0%",
    ]
