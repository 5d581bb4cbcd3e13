"""Rows hidden in Excel (a filter, a collapsed group) are read like the others, and the
preview says so: "N rows hidden in Excel were read (rows …)"."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

import openpyxl
import pytest

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.readers import hidden_rows_note
from amp_desktop.core.excel.safety import check_workbook_file, sheet_extent
from amp_desktop.core.store import Catalogue
from tests.participant_lists import HEADERS_SV


@pytest.fixture(autouse=True, params=["calamine", "xml"])
def reader(request, monkeypatch):
    """Both readers of a list (as in test_excel_referrals.py)."""
    if request.param == "xml":
        from amp_desktop.core.excel import readers

        monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
        monkeypatch.setattr(readers, "HEAD_ROWS", 60)
        monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 7)
    return request.param


def _book(path, header, rows, hidden=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    wb.save(path)
    return path


def _notes(preview):
    return [s for s in preview.summary if "hidden in Excel" in s]


def _referrals(tmp_path, hidden):
    rows = [[dt.datetime(2024, 1, day), "Atlas", "AF"] for day in range(1, 21)]
    header = ["Anvisningsdatum", "Insats", "Anvisande part"]
    return _book(tmp_path / "l.xlsx", header, rows, hidden)


def test_hidden_rows_of_a_referral_list_are_read_and_said(example_path, tmp_path):
    path = _referrals(tmp_path, hidden=(3, 4, 5, 9))
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert sum(c.after - (c.before or 0) for c in preview.demand) == 20  # all read
    assert _notes(preview) == ["4 rows hidden in Excel were read (rows 3–5, 9)."]
    assert not preview.blocking


def test_one_hidden_row_is_said_in_the_singular(example_path, tmp_path):
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, _referrals(tmp_path, hidden=(7,)))
    assert _notes(preview) == ["1 row hidden in Excel was read (row 7)."]


def test_a_list_without_hidden_rows_says_nothing_of_them(example_path, tmp_path):
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, _referrals(tmp_path, hidden=()))
    assert _notes(preview) == []


def test_a_hidden_row_above_the_header_is_not_a_row_read(example_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningar 2024"])
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for day in range(1, 6):
        ws.append([dt.datetime(2024, 1, day), "Atlas", "AF"])
    ws.row_dimensions[1].hidden = True
    path = tmp_path / "t.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.header_row == 2 and _notes(preview) == []


def test_hidden_rows_of_a_participant_list_are_said(example_path, tmp_path):
    rows = [
        ["", "", "OSA", dt.datetime(2025, 1, day), dt.datetime(2025, 3, day), "Arbete", "K",
         "AM1", "AF"]
        for day in range(1, 11)
    ]  # fmt: skip
    path = _book(tmp_path / "d.xlsx", HEADERS_SV, rows, hidden=(2, 11))
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "participants"
    assert _notes(preview) == ["2 rows hidden in Excel were read (rows 2, 11)."]


def test_hidden_rows_of_a_catalogue_are_said(catalogue_path, tmp_path):
    rows = [["Atlas", 30, 1_000_000], ["C2C", 12, 500_000], ["Nytt", 3, 100_000]]
    path = _book(tmp_path / "c.xlsx", ["Insats", "Platser", "Budget"], rows, hidden=(3,))
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "catalogue"
    assert _notes(preview) == ["1 row hidden in Excel was read (row 3)."]


def _rewritten(path, target, change):
    """*path* with its sheet XML passed through *change* (another writer's spelling)."""
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            new.writestr(info.filename, data)
    return target


def test_hidden_rows_written_as_true_or_without_references_are_found(tmp_path):
    """LibreOffice writes ``hidden="true"``; a sheet whose rows have no ``r=`` is
    scanned cell by cell (the exact pass), which finds them too."""
    path = _referrals(tmp_path, hidden=(3, 9))
    spelt_true = _rewritten(path, tmp_path / "true.xlsx", lambda x: x.replace(b'"1"', b'"true"'))
    no_refs = _rewritten(
        path, tmp_path / "norefs.xlsx", lambda x: re.sub(rb'<row r="\d+"', b"<row", x)
    )
    for made in (spelt_true, no_refs):
        checked = check_workbook_file(made)
        extent = sheet_extent(checked, "Sheet")
        assert extent is not None and extent.hidden_rows == (3, 9), made.name
        assert hidden_rows_note(checked, "Sheet", 1) == (
            "2 rows hidden in Excel were read (rows 3, 9)."
        )


def test_an_empty_hidden_row_is_not_a_row_read(tmp_path):
    path = _referrals(tmp_path, hidden=(30,))  # below the list: no cells
    checked = check_workbook_file(path)
    extent = sheet_extent(checked, "Sheet")
    assert extent is not None and extent.hidden_rows == ()
