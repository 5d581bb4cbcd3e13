"""The survey sheet as a unit head opens it (night's pass): its units in words, never
the vocabulary's keys, and columns wide enough to read, the header kept in view."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.core.yearly.document import yearly_report
from amp_desktop.core.yearly.survey_xlsx import write_survey
from tests.core.yearly.yearly_data import build, import_kolada


@pytest.fixture
def built(catalogue_path: Path, tmp_path: Path) -> Catalogue:
    catalogue = Catalogue.open(catalogue_path)
    build(catalogue)
    import_kolada(catalogue, tmp_path)
    yield catalogue  # type: ignore[misc]
    catalogue.close()


def test_the_survey_sheet_names_each_unit_in_words(built: Catalogue, tmp_path: Path) -> None:
    """The Unit column held the vocabulary's keys: count, sek, sek_per_inhabitant."""
    out = write_survey(yearly_report(built, 2025), tmp_path / "survey.xlsx")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "Key"))
    units = {r[0]: r[4] for r in rows[header + 1 :] if r and r[0] and r[4] is not None}
    assert units["persons"] == "count"
    assert units["work_or_studies_share"] == "%"
    assert units["gross_cost_sek"] == "SEK"
    assert units["gross_cost_per_inhabitant"] == "SEK per inhabitant"
    assert not {"sek", "sek_per_inhabitant"} & set(units.values())


def test_the_survey_sheet_opens_with_its_titles_readable_and_its_header_kept(
    built: Catalogue, tmp_path: Path
) -> None:
    """Every column had Excel's default width: each title was cut off at the unit."""
    out = write_survey(yearly_report(built, 2025), tmp_path / "survey.xlsx")
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Key", "Kolada id", "Id verified", "Title"]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNO"}
    longest_title = max(len(str(r[3].value or "")) for r in ws.iter_rows(min_row=4))
    assert widths["D"] >= min(longest_title, 60) and widths["M"] >= 60
    assert all(widths[c] >= len(str(header[i])) for i, c in enumerate("ABCDEFGHIJKLMNO"))
    assert ws.freeze_panes == "A4"
