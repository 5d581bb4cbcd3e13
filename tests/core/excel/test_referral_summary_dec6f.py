"""A referral list's gender/need-level summary counts referral rows only: not the
blank rows of a sheet formatted far down, nor its footer rows (6 December, files)."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from openpyxl.styles import Font

from amp_desktop.core.excel.importer import analyse


def _list(path, count_column: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part", "Kön"] + (["Antal"] * count_column))
    for day, gender in zip(range(1, 8), "KMKMKKM", strict=True):
        ws.append([dt.datetime(2025, 3, day), "Atlas", "AF", gender] + ([2] * count_column))
    ws.append(["Antal rader: 7"])
    ws.append([None, "Summa", None, None] + ([14] * count_column))
    # Formatting on empty rows far down, as a whole-column format leaves them.
    for row in (40, 5_000, 1_048_576):
        ws.cell(row, 2).font = Font(bold=True)
    wb.save(path)
    return path


@pytest.mark.parametrize("count_column", [False, True])
def test_the_gender_line_counts_the_referrals_not_blank_or_footer_rows(
    example, tmp_path, count_column
):
    """It said "Gender: K: 4, M: 3, –: 1048568" for this list (the styled blank rows and
    the footer line counted as referrals of no gender)."""
    preview = analyse(example, _list(tmp_path / "l.xlsx", count_column))
    assert preview.problems == []
    weight = 2 if count_column else 1
    assert f"Gender: K: {4 * weight}, M: {3 * weight}" in preview.summary
    assert not [line for line in preview.summary if "–:" in line]
