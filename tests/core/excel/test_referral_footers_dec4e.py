"""Referral lists ending in a footer ("Summa", "Antal rader: 4", "Utskrivet … av …"):
the footer row is skipped and listed, any other row without a date is still refused."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue


@pytest.fixture(autouse=True, params=["calamine", "xml"])
def reader(request, monkeypatch):
    """Both readers of a referral list (as in test_excel_referrals.py)."""
    if request.param == "xml":
        from amp_desktop.core.excel import readers

        monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
        monkeypatch.setattr(readers, "HEAD_ROWS", 60)
        monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 7)
    return request.param


def _list(tmp_path, rows, header=("Anvisningsdatum", "Insats", "Anvisande part")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(row)
    path = tmp_path / "l.xlsx"
    wb.save(path)
    return path


_BODY = [[dt.datetime(2024, 1, 10 + n), "Atlas", "AF"] for n in range(12)]


@pytest.mark.parametrize(
    "footer",
    [
        [None, "Summa", None],
        [None, "Totalt", None],
        [None, "Antal rader: 12", None],
        ["Antal rader: 12", None, None],
        ["Utskrivet 2024-05-01 av Handläggare", None, None],
        [None, "Utskrivet 2024-05-01 av Handläggare", None],
    ],
)
def test_a_footer_row_is_skipped_and_listed(example_path, tmp_path, footer):
    path = _list(tmp_path, [*_BODY, [None, None, None], footer])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert not preview.problems, preview.problems
    assert [c.after - (c.before or 0) for c in preview.demand] == [12.0]
    text = next(v for v in footer if v)
    column = "A" if footer[0] else "B"
    assert [(r.where, r.text) for r in preview.skipped_rows] == [(f"Sheet!{column}15", text)]
    assert "not a referral" in preview.skipped_rows[0].reason
    assert preview.to_json()["skipped_rows"][0]["cell"] == f"{column}15"


def test_a_footer_in_two_cells_is_listed_once(example_path, tmp_path):
    path = _list(tmp_path, [*_BODY, ["Antal rader: 12", "Summa", None]])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert not preview.problems
    assert [(r.where, r.text) for r in preview.skipped_rows] == [("Sheet!B14", "Summa")]


def test_separator_rows_and_footers_between_groups(example_path, tmp_path):
    """Empty rows and a "Summa" after each group: the subtotals are listed, the
    referrals counted, the one referral without a date refused at its own cell."""
    rows = []
    for _group in range(3):
        rows += [[dt.datetime(2024, 1, 10 + n), "Atlas", "AF"] for n in range(5)]
        rows += [[None, "Summa", None], [None, None, None]]
    rows.append([None, "Atlas", "AF"])
    path = _list(tmp_path, rows)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [r.where for r in preview.skipped_rows] == ["Sheet!B7", "Sheet!B14", "Sheet!B21"]
    assert [p.where for p in preview.problems] == ["Sheet!A23"]


def test_every_footer_row_is_listed(example_path, tmp_path):
    path = _list(tmp_path, [*_BODY, [None, "Summa", None], [None, "Summa", None]])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert not preview.problems
    assert [r.where for r in preview.skipped_rows] == ["Sheet!B14", "Sheet!B15"]


@pytest.mark.parametrize(
    "row",
    [
        [None, "Atlas", "AF"],  # a referral without its date
        [None, "Okänd insats", "AF"],  # not a footer word
        ["x", "Summa", None],  # not a date, but a text: still refused at its cell
    ],
)
def test_a_row_without_a_date_that_is_no_footer_is_still_refused(example_path, tmp_path, row):
    path = _list(tmp_path, [*_BODY, row])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.where for p in preview.problems] == ["Sheet!A14"]
    assert preview.blocking and not preview.skipped_rows
    if row[0] is None:
        assert preview.problems[0].message == "Date: the cell is empty."


def test_a_row_without_a_date_is_refused_at_its_own_cell_after_a_footer(example_path, tmp_path):
    """A subtotal row or an empty row above it is not the cell the problem names."""
    rows = [*_BODY, [None, None, "AF"], [None, "Summa", None], [None, "Atlas", "AF"]]
    path = _list(tmp_path, rows)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.where for p in preview.problems] == ["Sheet!A16"]
    assert [r.where for r in preview.skipped_rows] == ["Sheet!B15"]


def test_a_footer_word_with_a_date_is_a_programme_not_found(example_path, tmp_path):
    path = _list(tmp_path, [*_BODY, [dt.datetime(2024, 2, 1), "Summa", "AF"]])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.blocking and not preview.skipped_rows
    assert [p.where for p in preview.problems] == ["Sheet!B14"]


def test_a_footer_word_mapped_to_a_programme_is_no_footer(example_path, tmp_path):
    """A programme cell the user's mapping sends to a programme is never a footer:
    without its date the row is refused."""
    path = _list(tmp_path, [*_BODY, [None, "Antal", "AF"]])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, programme_map={"Antal": "Atlas"})
    assert [p.where for p in preview.problems] == ["Sheet!A14"]
    assert not preview.skipped_rows
