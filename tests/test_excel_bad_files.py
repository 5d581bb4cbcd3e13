"""Bad files: a clear message naming the problem, and the catalogue byte-for-byte unchanged."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.safety import OLE2_MAGIC, ExcelFileError
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest


def _import_fails(catalogue_path: Path, workbook: Path) -> str:
    before = file_digest(catalogue_path)
    with Catalogue.open(catalogue_path) as catalogue, pytest.raises(ExcelFileError) as caught:
        analyse(catalogue, workbook)
    assert file_digest(catalogue_path) == before
    message = str(caught.value)
    assert workbook.name in message
    return message


def _rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
    return target


def test_old_xls(example_path, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(OLE2_MAGIC + b"\0" * 4000)
    assert ".xls" in _import_fails(example_path, path)


def test_ods(example_path, tmp_path):
    path = tmp_path / "sheet.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in _import_fails(example_path, path)


def test_renamed_csv(example_path, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_text("Insats;Platser\nAtlas;30\n", encoding="utf-8")
    assert "CSV" in _import_fails(example_path, path)


def test_password_protected(example_path, tmp_path):
    path = tmp_path / "secret.xlsx"  # Excel stores encrypted workbooks as OLE2 files
    path.write_bytes(OLE2_MAGIC + b"\0" * 8000)
    assert "password" in _import_fails(example_path, path)


def test_truncated(example_path, tmp_path):
    with Catalogue.open(example_path, read_only=True) as catalogue:
        full = export_workbook(catalogue, tmp_path / "full.xlsx")
    path = tmp_path / "cut.xlsx"
    path.write_bytes(full.read_bytes()[: full.stat().st_size // 2])
    assert "damaged or incomplete" in _import_fails(example_path, path)


def test_empty_file_and_empty_workbook(example_path, tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "empty" in _import_fails(example_path, empty)
    blank = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(blank)
    assert "no sheet has a header row" in _import_fails(example_path, blank)


def test_sheet_without_a_recognisable_header(example_path, tmp_path):
    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kolumn 1", "Kolumn 2", "Kolumn 3"])
    for n in range(10):
        ws.append([n, n * 2, "x"])
    wb.save(path)
    assert "header row" in _import_fails(example_path, path)


def test_zip_bomb_is_refused_before_opening(example_path, tmp_path):
    with Catalogue.open(example_path, read_only=True) as catalogue:
        good = export_workbook(catalogue, tmp_path / "good.xlsx")
    bomb = _rezip(
        good, tmp_path / "bomb.xlsx", {"xl/worksheets/sheet5.xml": b"\0" * (40 * 1024 * 1024)}
    )
    assert bomb.stat().st_size < 1024 * 1024
    assert "zip bomb" in _import_fails(example_path, bomb)
    many = tmp_path / "many.xlsx"
    buffer = io.BytesIO(good.read_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        for n in range(10_001):
            archive.writestr(f"xl/media/x{n}.bin", b"")
    many.write_bytes(buffer.getvalue())
    assert "too many parts" in _import_fails(example_path, many)


def test_xml_entity_attack(example_path, tmp_path):
    with Catalogue.open(example_path, read_only=True) as catalogue:
        good = export_workbook(catalogue, tmp_path / "good.xlsx")
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
            for n in range(1, 10)
        )
        + b"]>\n"
    )
    with zipfile.ZipFile(good) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    body = sheet.split(b"?>", 1)[-1].replace(
        b"<sheetData>",
        b'<sheetData><row r="1000"><c r="A1000" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
        1,
    )
    attack = _rezip(good, tmp_path / "laughs.xlsx", {"xl/worksheets/sheet1.xml": laughs + body})
    assert "entity" in _import_fails(example_path, attack)


@pytest.mark.parametrize("with_dimension", [True, False])
def test_a_stray_cell_at_the_far_end_of_a_sheet_is_refused(example_path, tmp_path, with_dimension):
    """One value at XFD1048576 made the reader allocate 512 GB and abort the process."""
    made = tmp_path / "made.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Personnummer", "Datum", "Insats", "Anvisande part"])
    ws.append(["19900101-1234", "2026-02-03", "Atlas", "AF"])
    ws["XFD1048576"] = "x"
    wb.save(made)
    path = made
    if not with_dimension:  # a writer that leaves the sheet's extent out
        import re

        with zipfile.ZipFile(made) as archive:
            sheet = archive.read("xl/worksheets/sheet1.xml")
        assert b"<dimension" in sheet
        sheet = re.sub(rb"<dimension[^>]*/>", b"", sheet)
        path = _rezip(made, tmp_path / "far.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    message = _import_fails(example_path, path)
    assert "XFD1048576" in message and "Ctrl+End" in message


def test_a_file_checked_once_is_checked_again_when_it_changes(example_path, tmp_path):
    """Every import checks its workbook afresh: a file replaced at the same path after
    one import is checked again by the next."""
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Personnummer", "Datum", "Insats", "Anvisande part"])
    wb.active.append(["19900101-1234", "2026-02-03", "Atlas", "AF"])
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        analyse(catalogue, path)
    wb.active["XFD1048576"] = "x"
    wb.save(path)
    assert "XFD1048576" in _import_fails(example_path, path)


def test_an_export_without_its_programmes_sheet_is_not_read_from_demand(example_path, tmp_path):
    """The Demand sheet was read as programmes: one 'appears twice' problem per row."""
    with Catalogue.open(example_path) as catalogue:
        path = export_workbook(catalogue, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    del wb["Programmes"]
    wb.save(path)
    assert "no sheet has a header row AMP recognises" in _import_fails(example_path, path)
