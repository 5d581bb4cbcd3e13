"""Export: the workbook a person edits — table, lists, formats, hidden id, text stays text."""

from __future__ import annotations

import openpyxl
import pytest

from amp_desktop.core import i18n
from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.export import export_workbook, months_between


@pytest.fixture
def exported(example, tmp_path):
    return export_workbook(example, tmp_path / "out.xlsx")


def test_sheets_table_and_layout(exported, example):
    wb = openpyxl.load_workbook(exported)
    assert wb.sheetnames == [
        "Programmes",
        "Demand",
        "Lists",
        "About",
        "Agreements",  # every export, so mandates can be filled in in Excel first (#14)
        "Mandates",
        cols.BASE_SHEET,
    ]
    assert wb[cols.BASE_SHEET].sheet_state == "hidden"
    ws = wb["Programmes"]
    assert ws.freeze_panes == "C2"
    assert ws.column_dimensions["A"].hidden
    assert "Programmes" in ws.tables
    assert (
        ws.tables["Programmes"].ref == f"A1:V{len(example.programmes()) + 1}"
    )  # 21 fields + the id
    assert [c.value for c in ws[1]][:3] == ["AMP id", "Name", "Short code"]
    assert ws["A2"].value == example.programmes()[0].id
    assert ws["J2"].number_format == '#,##0 "kr"'
    assert ws["H2"].number_format == "0"
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "'Lists'!$A$2:$A$3" in formulas  # type
    assert "'Lists'!$B$2:$B$5" in formulas  # status
    assert any("$E$2" in f for f in formulas)  # referral sources
    about = {r[0].value: r[1].value for r in wb["About"].iter_rows(max_row=3)}
    assert about["Catalogue"] == example.catalogue_id
    assert about["Schema version"] == str(example.schema_version)


def test_demand_sheet_has_months_and_kinds(exported, example):
    ws = openpyxl.load_workbook(exported)["Demand"]
    header = [c.value for c in ws[1]]
    first, last = example.demand_months()
    assert header[1:4] == ["Programme", "Source", "Kind"]
    assert header[4] == first and header[-1] == last
    kinds = {row[3].value for row in ws.iter_rows(min_row=2)}
    assert kinds == {"Actual", "Forecast"}


def test_period_limits_demand(example, tmp_path):
    path = export_workbook(example, tmp_path / "p.xlsx", "2025-03", "2025-05")
    header = [c.value for c in openpyxl.load_workbook(path)["Demand"][1]]
    assert header[4:] == ["2025-03", "2025-04", "2025-05"]
    assert months_between("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_user_text_is_written_as_text(example, tmp_path):
    atlas = example.find("Atlas")
    text = '=HYPERLINK("http://x","klicka")'
    example.update_programme(atlas.replace(description=text, notes="#N/A", funding="+46 12"))
    path = export_workbook(example, tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(path)["Programmes"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    by_header = {ws.cell(1, c.column).value: c for c in row}
    assert by_header["Description"].value == text
    assert by_header["Description"].data_type == "s"
    assert by_header["Notes"].value == "#N/A" and by_header["Notes"].data_type == "s"
    assert by_header["Funding"].value == "+46 12"
    # no formula anywhere in the sheet XML
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_headers_follow_the_language(example, tmp_path):
    i18n.set_backend(lambda context, text: text, "sv")
    try:
        path = export_workbook(example, tmp_path / "sv.xlsx")
    finally:
        i18n.set_backend(None)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Insatser", "Anvisningar"]
    assert [c.value for c in wb["Insatser"][1]][1:3] == ["Namn", "Kortkod"]
    assert wb["Insatser"]["K2"].value in ("Primär", "Sekundär")


def test_empty_catalogue_exports_and_imports_clean(catalogue_path, tmp_path):
    from amp_desktop.core.excel.importer import analyse
    from amp_desktop.core.store import Catalogue

    with Catalogue.open(catalogue_path) as catalogue:
        path = export_workbook(catalogue, tmp_path / "empty.xlsx")
        wb = openpyxl.load_workbook(path)
        assert wb["Programmes"].tables["Programmes"].ref == "A1:V2"
        preview = analyse(catalogue, path)
        assert preview.kind == "export" and preview.changeset("x").is_empty()
        assert not preview.problems


def test_export_refuses_to_replace_a_file_that_is_not_a_workbook(example, example_path, tmp_path):
    """``amp export CAT.amp CAT.amp`` replaced the catalogue with a workbook."""
    from amp_desktop.core.excel.safety import ExcelFileError

    data = example_path.read_bytes()
    with pytest.raises(ExcelFileError, match="not an Excel workbook") as raised:
        export_workbook(example, example_path)
    assert str(example_path) in str(raised.value)
    assert isinstance(raised.value, OSError)  # reported where write errors are reported
    assert example_path.read_bytes() == data
    assert not list(example_path.parent.glob("*.part"))
    notes = tmp_path / "notes.xlsx"
    notes.write_text("my notes")
    with pytest.raises(ExcelFileError):
        export_workbook(example, notes)
    assert notes.read_text() == "my notes"
    # A workbook (or an empty file) is replaced as before.
    book = export_workbook(example, tmp_path / "book.xlsx")
    assert export_workbook(example, book) == book
    empty = tmp_path / "empty.xlsx"
    empty.touch()
    assert openpyxl.load_workbook(export_workbook(example, empty))["Demand"]


def test_export_to_a_folder_or_a_failed_write_leaves_no_part_file(example, tmp_path, monkeypatch):
    from amp_desktop.core.excel.safety import ExcelFileError

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    with pytest.raises(ExcelFileError, match="folder"):
        export_workbook(example, folder)
    assert folder.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx"]

    def failing_save(self, filename):
        with open(filename, "wb") as handle:
            handle.write(b"PK\x03\x04 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", failing_save)
    with pytest.raises(OSError, match="No space"):
        export_workbook(example, tmp_path / "out.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx"]


def test_demand_wider_than_a_sheet_is_a_clear_error(example, tmp_path, monkeypatch):
    """Demand from 1900 to 9999 crashed the export: “Invalid column index 18279”."""
    from amp_desktop.core.excel.safety import ExcelFileError

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    monkeypatch.setattr(example, "demand_months", lambda: ("1900-01", "9999-12"))
    with pytest.raises(ExcelFileError, match="1900-01.*9999-12") as raised:
        export_workbook(example, tmp_path / "wide.xlsx")
    assert isinstance(raised.value, OSError)
    assert not list(tmp_path.iterdir())
    # The widest sheet that fits still exports.
    last = months_between("2000-01", "3400-12")[16_384 - 4 - 1]
    path = export_workbook(example, tmp_path / "widest.xlsx", "2000-01", last)
    wb = openpyxl.load_workbook(path, read_only=True)
    header = next(wb["Demand"].iter_rows(max_row=1, values_only=True))
    wb.close()
    assert len(header) == 16_384 and header[-1] == last


# -- Issue 11.18/11.19: round trips that keep data exactly; no litter ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Rad ett\rrad två",
        "Windows\r\nradbrytning",
        "Tecken\x07och\x1fkontroll",
        "Bokstavligt _x000D_ i texten",
        "Lång text " + "ord\r\n" * 1_900,
    ],
)
def test_an_untouched_export_imports_with_no_changes(example, tmp_path, text):
    """A carriage return came back as a line feed, so an untouched export "changed"
    the programme; control characters were dropped."""
    from amp_desktop.core.excel.importer import analyse

    atlas = example.find("Atlas")
    example.update_programme(atlas.replace(description=text, notes=text[:200]))
    assert example.find("Atlas").description == text
    path = export_workbook(example, tmp_path / "exact.xlsx")
    preview = analyse(example, path)
    assert preview.changeset("x").is_empty(), preview.counts()
    assert not preview.problems


def test_a_text_longer_than_a_cell_is_refused_naming_programme_and_field(example, tmp_path):
    """A cell over 32,767 characters was cut (a very long source list), so
    re-importing the untouched export dropped data: refuse instead."""
    from amp_desktop.core.excel.export import ExportError

    atlas = example.find("Atlas")
    # 9,800 characters AMP holds; written exactly (a carriage return as _x000D_)
    # they need 39,200, more than a cell holds.
    example.update_programme(atlas.replace(notes="x\r" * 4_900))
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(ExportError) as raised:
        export_workbook(example, target / "long.xlsx")
    message = str(raised.value)
    assert "Atlas" in message and "Notes" in message and "32,767" in message
    assert "\n" not in message
    assert not list(target.iterdir())


def test_a_killed_export_leaves_a_part_file_that_the_next_export_removes(example, tmp_path):
    import os
    import time

    out = tmp_path / "OUT.xlsx"
    stale = tmp_path / "OUT.xlsx.k2j4h5g6.part"
    fresh = tmp_path / "OUT.xlsx.a1b2c3d4.part"  # another export may be writing it now
    other = tmp_path / "OTHER.xlsx.k2j4h5g6.part"
    notes = tmp_path / "OUT.xlsx.my notes.part"
    for path in (stale, fresh, other, notes):
        path.write_bytes(b"PK\x03\x04 half a workbook")
    old = time.time() - 2 * 3600
    for path in (stale, other, notes):
        os.utime(path, (old, old))
    export_workbook(example, out)
    assert not stale.exists()
    assert fresh.exists() and other.exists() and notes.exists()
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "Programmes"


def test_reading_an_export_back_reads_its_big_sheets_fast(
    example, example_path, tmp_path, monkeypatch
):
    """Reading a county-sized export back took 482 s: its Demand and hidden base
    sheets were parsed by openpyxl in Python, and every time openpyxl opened the
    workbook it parsed every sheet without a stated size whole (write-only sheets
    state none).  Now they are read with the fast reader, and opening reads only
    the start of each sheet."""
    from openpyxl.worksheet._reader import WorkSheetParser

    from amp_desktop.core.excel import openpyxl_reader
    from amp_desktop.core.excel.importer import analyse

    path = export_workbook(example, tmp_path / "out.xlsx")
    read: list[str] = []
    original = openpyxl_reader.read_with_openpyxl

    def counting(workbook, name):
        read.append(name)
        return original(workbook, name)

    def whole_sheet(self):
        raise AssertionError("a whole sheet was parsed to find its size")

    monkeypatch.setattr(openpyxl_reader, "read_with_openpyxl", counting)
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", whole_sheet)
    preview = analyse(example, path)
    assert preview.kind == "export" and preview.changeset("x").is_empty(), preview.counts()
    assert "Programmes" in read
    assert "Demand" not in read and cols.BASE_SHEET not in read


def test_a_full_disk_during_export_prints_one_line_only(example_path, tmp_path, monkeypatch, capfd):
    """`amp export` on a full disk printed its message and then "Exception ignored in
    ZipFile.__del__ … OSError: [Errno 28]": openpyxl's zip, left open, wrote again."""
    import errno
    import gc
    import io

    from amp_desktop.cli import main

    class Full(io.FileIO):
        """A file on a disk with room for 4 KB."""

        def write(self, data):
            if self.tell() + len(data) > 4096:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    real_open = io.open

    def open_on_full_disk(file, mode="r", *args, **kwargs):
        if str(file).endswith(".part") and "w" in mode:
            return io.BufferedRandom(Full(file, mode.replace("b", "")))  # as open() gives
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", open_on_full_disk)
    out = tmp_path / "out" / "o.xlsx"
    out.parent.mkdir()
    assert main(["export", str(example_path), str(out)]) != 0
    monkeypatch.undo()
    gc.collect()  # what the failed write left behind is finalised now
    err = capfd.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "No space" in err or "full" in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert list(out.parent.iterdir()) == []
