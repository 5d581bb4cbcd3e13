"""Referral lists read by both readers: the XML reader gives what python-calamine
gives, and a very large list is read a chunk at a time (run once, not per reader)."""

from __future__ import annotations

import pytest

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import referral_list


def _varied_list(path, shared: bool):
    """A sheet of every kind of cell value, gaps and escapes; *shared*: strings in
    the shared-strings part (as Excel writes them) instead of inline."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = Workbook(write_only=not shared)
    ws = wb.create_sheet("Lista") if not shared else wb.active
    rows = [
        ["Datum", "Insats", "Anvisande part", "Kön", "Antal", "Klar"],
        [dt.date(2025, 1, 3), "Atlas", "AF", "Kvinna", 3, True],
        [dt.datetime(2025, 2, 3, 10, 30), "A & B <x>", "SKE", "Man", 2.5, False],
        [],
        [None, "tab_x0009_here", None, None, -1, None],
        [dt.date(1899, 12, 31), "Åre", "FK", "", 10**12, True],
    ]
    for number, row in enumerate(rows):
        ws.append(row)
        if shared and number == 5:
            ws.cell(6, 2).value = CellRichText([TextBlock(InlineFont(b=True), "Å"), "re"])
    ws.append([None, None, None, None, None, "far"])
    wb.save(path)


@pytest.mark.parametrize("shared", [False, True])
def test_the_xml_reader_gives_what_calamine_gives(tmp_path, shared, monkeypatch):
    """A list too large for calamine is read from its XML: every value as calamine
    reads it, rows from A1, empty cells empty, only the columns asked for later."""
    from amp_desktop.core.excel import readers
    from amp_desktop.core.excel.safety import check_workbook_file

    monkeypatch.setattr(readers, "XML_READ_CELLS", -1)  # as for a very large sheet
    path = tmp_path / "v.xlsx"
    _varied_list(path, shared)
    checked = check_workbook_file(path)
    workbook = readers.open_calamine(checked)
    expected = readers.calamine_sheet_stream(
        workbook, checked, "Lista" if not shared else "Sheet"
    ).all_rows()
    workbook.close()
    monkeypatch_rows = readers.xml_sheet_stream(checked, "Lista" if not shared else "Sheet")
    assert monkeypatch_rows is not None
    assert monkeypatch_rows.all_rows() == expected


def test_a_million_row_list_is_never_held_whole(example_path, tmp_path, monkeypatch):
    """A 1,000,000-row list peaked at 1.4 GB: python-calamine holds the whole sheet;
    a very large sheet is read from its XML a chunk at a time, only the columns counted."""
    from amp_desktop.core.excel import readers

    monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
    monkeypatch.setattr(readers, "HEAD_ROWS", 60)
    monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 7)
    widths: list[int] = []
    original = readers.RowStream.chunks

    def chunks(self):
        for chunk in original(self):
            widths.append(len(chunk))
            yield chunk

    monkeypatch.setattr(readers.RowStream, "chunks", chunks)
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()][:3]
        path, _ids, _people = referral_list(tmp_path / "l.xlsx", names, rows=300)
        preview = analyse(catalogue, path)
    assert preview.summary[0].startswith("300 referrals counted")
    assert max(widths) <= 60 and len(widths) > 30  # never more than a chunk at a time
