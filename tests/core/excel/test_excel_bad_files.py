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


# -- Issue 11: good files of every shape are read; bad ones refused in one line ------

from tests import excel_shapes as shapes  # noqa: E402


def _preview_summary(catalogue_path: Path, workbook: Path) -> tuple[str, dict, list]:
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        preview = analyse(catalogue, workbook)
    demand = sorted((repr(c.key), c.after) for c in preview.demand)
    return preview.kind, preview.counts(), demand


@pytest.mark.parametrize("rows", ["catalogue", "referrals"])
def test_every_good_shape_reads_as_the_plain_workbook_does(example_path, tmp_path, rows, capfd):
    """Strict OOXML, .xlsm with an XLM sheet, chart and dialog sheets, LibreOffice's
    formatted whole columns, rich text, single quotes, no r=… were refused as damaged
    or huge; each must give the preview the same rows give in a plain workbook."""
    data = shapes.CATALOGUE_ROWS if rows == "catalogue" else shapes.REFERRAL_ROWS
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Insatser"
    for row in data:
        wb.active.append(row)
    wb.save(plain)
    expected = _preview_summary(example_path, plain)
    assert expected[0] == rows
    before = file_digest(example_path)
    for shape, path in shapes.every_shape(tmp_path, data, rows).items():
        assert _preview_summary(example_path, path) == expected, shape
    assert file_digest(example_path) == before
    assert capfd.readouterr() == ("", "")


def test_libreoffice_formatted_columns_are_not_far_beyond(example_path, tmp_path):
    """LibreOffice writes <dimension ref="A1:C1048576"/> and styled empty cells to the
    last row when whole columns are formatted: only cells holding values count."""
    from amp_desktop.core.excel.safety import check_workbook_file

    path = shapes.libreoffice_formatted(tmp_path / "lo.xlsx")
    from amp_desktop.core.excel.safety import MAX_CELLS, readable_extent

    checked = check_workbook_file(path)
    extent = readable_extent(checked, "Insatser")  # not refused
    assert extent is not None and extent.columns == 3 and extent.cells <= MAX_CELLS


@pytest.mark.parametrize("name", ["book.xlsb", "book.xlsx"])
def test_xlsb_is_refused_before_any_reader_opens_it(example_path, tmp_path, monkeypatch, name):
    """An .xlsb made python-calamine panic with a 70-line backtrace."""
    import python_calamine

    def no_reader(*args, **kwargs):
        raise AssertionError("a reader opened the file")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", no_reader)
    monkeypatch.setattr(openpyxl, "load_workbook", no_reader)
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00" * 100)
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00" * 100)
    message = _import_fails(example_path, path)
    assert ".xlsb" in message and "save it as" in message and "\n" not in message


def test_a_web_page_saved_as_xls_is_told_apart(example_path, tmp_path):
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>Insats</td></tr></table></body></html>")
    message = _import_fails(example_path, path)
    assert "web page" in message and ".xlsx" in message


class PanicException(BaseException):
    """Stands in for pyo3_runtime.PanicException (a BaseException subclass)."""


def _panic(*args, **kwargs):
    import os

    os.write(2, b"thread '<unnamed>' panicked at src/xlsb/mod.rs:1:1:\nindex out of bounds\n")
    raise PanicException("index out of bounds")


def test_a_reader_panic_is_caught_and_the_other_reader_reads(
    example_path, tmp_path, monkeypatch, capfd
):
    import python_calamine

    path, _ids, _names = _referral_list(tmp_path)
    expected = _preview_summary(example_path, path)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", _panic)
    assert _preview_summary(example_path, path) == expected
    assert capfd.readouterr().err == ""


def test_when_no_reader_can_read_a_sheet_the_message_is_one_line(
    example_path, tmp_path, monkeypatch, capfd
):
    import python_calamine

    from amp_desktop.core.excel import readers

    path, _ids, _names = _referral_list(tmp_path)
    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", _panic)

    def damaged(*args, **kwargs):
        raise KeyError("xl/worksheets/sheet1.xml")

    monkeypatch.setattr(readers, "openpyxl_rows", damaged)
    monkeypatch.setattr(openpyxl, "load_workbook", damaged)
    message = _import_fails(example_path, path)
    assert "\n" not in message and "neither of AMP's two readers" in message
    assert capfd.readouterr().err == ""


def _referral_list(tmp_path: Path):
    from tests.excel_fixtures import referral_list

    return referral_list(tmp_path / "list.xlsx", ["Atlas", "C2C"], rows=30)


def test_library_warnings_go_to_the_log_not_stderr(example_path, tmp_path, capfd, caplog):
    """openpyxl's UserWarnings ("Data Validation extension is not supported…",
    "Workbook contains no default style…") were printed to the user."""
    import logging
    import warnings

    path = shapes.package(
        tmp_path / "ext.xlsx",
        [
            (
                "Insatser",
                "worksheet",
                shapes.worksheet_xml(
                    shapes.rows_xml(shapes.CATALOGUE_ROWS), extra=shapes.data_validation_extension()
                ),
            )
        ],
        styles=shapes.STYLES,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as with python -W error
        with caplog.at_level(logging.INFO, logger="amp_desktop"):
            kind, _counts, _demand = _preview_summary(example_path, path)
    assert kind == "catalogue"
    assert capfd.readouterr().err == ""
    assert any("Data Validation extension" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "shape",
    [
        "single quotes, no dimension",
        "far row first",
        "far cell in a near row",
        "prefixed cells under a plain root",
        "no r=, too many",
    ],
)
def test_the_size_guard_counts_real_cells_whatever_the_writing(
    example_path, tmp_path, monkeypatch, shape
):
    """A single-quoted far cell made python-calamine allocate 512 GiB and abort; a far
    row written first grew past 6 GB; cells without r=… passed every guard."""
    from amp_desktop.core.excel import safety

    head = shapes.rows_xml(shapes.REFERRAL_ROWS)
    if shape == "single quotes, no dimension":
        body = shapes.rows_xml(shapes.REFERRAL_ROWS, quote="'")
        body += "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"
    elif shape == "far row first":
        far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
        body = far + head
    elif shape == "far cell in a near row":
        body = head.replace("</row>", '<c r="XFD1048576"><v>1</v></c></row>', 1)
    elif shape == "prefixed cells under a plain root":
        body = head + '<x:row r="9"><x:c r="XFD1048576"><x:v>1</x:v></x:c></x:row>'
        xml = shapes.worksheet_xml(body).replace(
            "<worksheet ", f'<worksheet xmlns:x="{shapes.MAIN}" ', 1
        )
    else:
        monkeypatch.setattr(safety, "MAX_CELLS", 1_000)
        body = shapes.rows_xml(shapes.REFERRAL_ROWS + [["x"] * 10] * 200, with_r=False)
    if shape != "prefixed cells under a plain root":
        xml = shapes.worksheet_xml(body)
    path = shapes.package(tmp_path / "far.xlsx", [("Lista", "worksheet", xml)])
    message = _import_fails(example_path, path)
    assert "“Lista”" in message and "\n" not in message
    if shape != "no r=, too many":
        assert "XFD1048576" in message and "Ctrl+End" in message


def test_only_the_sheet_used_is_read(example_path, tmp_path, monkeypatch):
    """500 sheets × 10,000 cells took 75 s: every sheet was read although one was used."""
    from amp_desktop.core.excel import openpyxl_reader, readers

    sheets = [
        ("Insatser", "worksheet", shapes.worksheet_xml(shapes.rows_xml(shapes.CATALOGUE_ROWS)))
    ]
    filler = shapes.worksheet_xml(shapes.rows_xml([[n, n * 2, "x"] for n in range(200)]))
    sheets += [(f"Blad{n}", "worksheet", filler) for n in range(2, 120)]
    path = shapes.package(tmp_path / "many.xlsx", sheets)
    read: list[str] = []
    for module, name in (
        (openpyxl_reader, "read_with_openpyxl"),
        (readers, "openpyxl_rows"),
        (readers, "calamine_sheet_rows"),
        (readers, "calamine_sheet_stream"),
    ):
        original = getattr(module, name)

        def counting(*args, _original=original):
            read.append(args[-1])
            return _original(*args)

        monkeypatch.setattr(module, name, counting)
    kind, _counts, _demand = _preview_summary(example_path, path)
    assert kind == "catalogue"
    assert set(read) == {"Insatser"}


def test_only_the_sheet_used_is_scanned(example_path, tmp_path, monkeypatch):
    """500 sheets × 10,000 cells: the size guard scanned every sheet when the file was
    checked (1 s of the import's 1.1 s) although one is used.  Now a sheet is measured
    when it is read; one never read is never looked at (its stray far cell included)."""
    import time

    from amp_desktop.core.excel import safety

    sheets = [
        ("Insatser", "worksheet", shapes.worksheet_xml(shapes.rows_xml(shapes.CATALOGUE_ROWS)))
    ]
    filler = shapes.worksheet_xml(shapes.rows_xml([[n, n * 2, "x", *[n] * 7] for n in range(1000)]))
    sheets += [(f"Blad{n}", "worksheet", filler) for n in range(2, 501)]
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    sheets.append(("Stray", "worksheet", shapes.worksheet_xml(far)))
    path = shapes.package(tmp_path / "many.xlsx", sheets)
    scanned: list[str] = []
    original = safety.scan_sheet

    def counting(archive, info, limit):
        scanned.append(info.filename)
        return original(archive, info, limit)

    monkeypatch.setattr(safety, "scan_sheet", counting)
    start = time.process_time()
    kind, counts, _demand = _preview_summary(example_path, path)
    seconds = time.process_time() - start
    assert kind == "catalogue" and counts
    assert scanned == ["xl/worksheets/sheet1.xml"]
    assert seconds < 0.6, seconds  # 0.07 s measured; every sheet scanned: 1.1 s


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/styles.xml"])
def test_an_entity_declaration_after_a_long_comment_is_found(example_path, tmp_path, part):
    """The entity check read only a part's first 8 KB: a comment before the DOCTYPE
    got past it."""
    doctype = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
    comment = "<!--" + "padding " * 2000 + "-->"
    sheet = shapes.worksheet_xml(shapes.rows_xml(shapes.CATALOGUE_ROWS))
    styles = shapes.STYLES
    if part == "xl/styles.xml":
        styles = styles.replace("?>\n", "?>\n" + comment + doctype, 1)
    else:
        sheet = sheet.replace("?>\n", "?>\n" + comment + doctype, 1)
    path = shapes.package(tmp_path / "e.xlsx", [("Insatser", "worksheet", sheet)], styles=styles)
    assert "entity" in _import_fails(example_path, path)


def test_a_sheet_of_too_many_real_cells_says_so_not_stray_cells(
    example_path, tmp_path, monkeypatch
):
    """13 M real cells without r=… were refused as "stray cells … Ctrl+End": the
    sheet holds too many cells for AMP to read, none of them stray."""
    from amp_desktop.core.excel import safety

    monkeypatch.setattr(safety, "MAX_CELLS", 1_000)
    body = shapes.rows_xml(shapes.REFERRAL_ROWS + [[n] * 10 for n in range(200)], with_r=False)
    path = shapes.package(
        tmp_path / "dense.xlsx", [("Lista", "worksheet", shapes.worksheet_xml(body))]
    )
    message = _import_fails(example_path, path)
    assert "filled cells" in message and "Ctrl+End" not in message
