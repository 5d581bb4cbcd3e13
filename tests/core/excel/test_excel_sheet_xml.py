"""The export's Demand and base sheets are written as XML by AMP, byte for byte as openpyxl
wrote them (two thirds of an export's time was openpyxl serialising their cells)."""

from __future__ import annotations

import datetime as dt
import types
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import IllegalCharacterError, WorkbookAlreadySaved
from openpyxl.worksheet import _writer

from amp_desktop.core.excel import export, sheet_xml
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.literal_text import text_cell, text_value
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.store import Catalogue

EDGE_TEXTS = [
    "plain",
    " a&b <c> \"d\" 'e' ",
    " leading",
    "trailing ",
    "   ",
    "\u00a0non-breaking",
    "tab\tand\nline",
    "Ünïcødé åäö 😀 中文",
    "x" * 32_767,
    "y" * 40_000,  # openpyxl keeps 32,767 characters; AMP refuses such a text earlier
    "#N/A",
    "=SUM(A1)",
    "=",
    "",
    "_x000D_ literal",
]
EDGE_NUMBERS = [
    0,
    -0.0,
    -1,
    -2.5,
    1,
    14.1,
    0.1 + 0.2,
    1e-300,
    5e-324,
    1.7976931348623157e308,
    2**53 - 1,
    2**53,
    10**16 - 1,
    10**20,
    -(10**18),
    float("nan"),
    float("inf"),
    True,
    False,
    None,
]


def _rows(ws: Any) -> list[list[Any]]:
    header = text_cell(
        ws, "Rubrik", font=Font(bold=True), fill=PatternFill("solid", fgColor="DDE7F0")
    )
    kronor = WriteOnlyCell(ws, 1234.5)
    kronor.number_format = '#,##0 "kr"'
    rows: list[list[Any]] = [[header, text_cell(ws, "=HYPERLINK(1)"), text_cell(ws, " x ")]]
    rows.append(list(EDGE_TEXTS))
    rows.append([text_value(ws, t) if len(t) <= 32_767 else None for t in EDGE_TEXTS])
    rows.append(list(EDGE_NUMBERS))
    rows += [[], [None, None], [None, 3]]
    rows.append(
        [dt.date(2025, 1, 2), dt.datetime(2025, 1, 2, 3, 4), kronor, WriteOnlyCell(ws, None)]
    )
    styled_empty = WriteOnlyCell(ws, None)
    styled_empty.font = Font(italic=True)
    rows.append([styled_empty, text_cell(ws, "")])
    # more rows than are held before they go to the file, and wide rows
    rows += [[n, f"Insats {n}", "AF", "Actual", *range(n % 40)] for n in range(2_500)]
    rows.append([None] * 700 + [1])
    return rows


def _write(path: Path, make_sheet: Any, rows: Any = _rows) -> dict[str, bytes]:
    wb = openpyxl.Workbook(write_only=True)
    ws = make_sheet(wb)
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 32
    ws.freeze_panes = "E2"
    for row in rows(ws):
        ws.append(row)
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if not n.startswith("docProps")}


def test_rows_are_the_xml_openpyxl_writes(tmp_path: Path) -> None:
    theirs = _write(tmp_path / "openpyxl.xlsx", lambda wb: wb.create_sheet("Demand"))
    ours = _write(tmp_path / "ours.xlsx", lambda wb: sheet_xml.create_sheet(wb, "Demand"))
    assert list(ours) == list(theirs)
    for part, data in theirs.items():
        assert ours[part] == data, part  # the sheet, its styles, the workbook, all
    assert b'<c r="A2" t="inlineStr"><is><t>plain</t></is></c>' in ours["xl/worksheets/sheet1.xml"]


def test_read_back_as_written(tmp_path: Path) -> None:
    _write(tmp_path / "ours.xlsx", lambda wb: sheet_xml.create_sheet(wb, "Demand"))
    ws = openpyxl.load_workbook(tmp_path / "ours.xlsx")["Demand"]
    assert ws.freeze_panes == "E2"
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["B"].width == 32
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb == "00DDE7F0" and ws["A1"].quotePrefix
    assert [c.value for c in ws[2]][:8] == EDGE_TEXTS[:8]
    numbers = [c.value for c in ws[4]]
    assert numbers[:9] == [0, 0, -1, -2.5, 1, 14.1, 0.3, 1e-300, 5e-324]
    assert numbers[9] == float("inf")  # 16 digits, as openpyxl writes: the largest float
    assert ws["N4"].value == 1e20 and ws["R4"].value is True and ws["S4"].value is False
    assert ws["C8"].number_format == '#,##0 "kr"' and ws["C8"].value == 1234.5
    assert ws.cell(2_509, 2).value == "Insats 2499"


def test_a_text_openpyxl_refuses_is_refused(tmp_path: Path) -> None:
    """A control character in plain text: openpyxl raises, so does this writer (AMP
    writes such text as OOXML escapes, through ``text_value``)."""
    for make in (lambda wb: wb.create_sheet("D"), lambda wb: sheet_xml.create_sheet(wb, "D")):
        ws = make(openpyxl.Workbook(write_only=True))
        with pytest.raises(IllegalCharacterError):
            ws.append(["Tecken\x07kontroll"])
    ws = sheet_xml.create_sheet(openpyxl.Workbook(write_only=True), "D")
    ws.append([text_value(ws, "Tecken\x07kontroll")])
    ws.close()
    with open(ws._writer.out, encoding="utf-8") as handle:
        assert "Tecken_x0007_kontroll" in handle.read()
    ws._writer.cleanup()
    with pytest.raises(WorkbookAlreadySaved):
        ws.append([1])


def test_an_empty_sheet_is_a_valid_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    sheet_xml.create_sheet(wb, "Empty")
    wb.save(tmp_path / "empty.xlsx")
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx")["Empty"].max_row == 1
    with pytest.raises(ValueError, match="write-only"):
        sheet_xml.create_sheet(openpyxl.Workbook(), "Not write-only")


# -- the export ------------------------------------------------------------------------

NAMES = [
    " leading space",
    "trailing space ",
    "=SUM(A1)",
    "#N/A",
    "a&b <c> \"d\" 'e'",
    "Tecken\x07och\x1fkontroll",
    "Rad\rtvå",
    "Ünïcødé 😀 中文",
    "L" * 200,
    "+46 12",
    "12",
    "_x000D_ bokstavligt",
]


def _edge_names(catalogue: Any) -> None:
    for programme, name in zip(catalogue.programmes(), NAMES, strict=False):
        catalogue.update_programme(programme.replace(name=name))


def _export_parts(catalogue: Any, path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    class Now(dt.datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Now:
            return cls(2026, 12, 3, 11, 0, 0)

    with monkeypatch.context() as patch:
        patch.setattr(export, "dt", types.SimpleNamespace(datetime=Now, date=dt.date))
        export_workbook(catalogue, path)
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if not n.startswith("docProps")}


def test_the_export_is_the_workbook_openpyxl_wrote(
    example: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every part of the export, the Demand and base sheets included, is what the
    export wrote when openpyxl serialised every sheet: what a user sees (styles,
    widths, frozen panes, lists, names) is unchanged."""
    _edge_names(example)
    ours = _export_parts(example, tmp_path / "ours.xlsx", monkeypatch)
    with monkeypatch.context() as patch:
        patch.setattr(sheet_xml, "create_sheet", lambda wb, title: wb.create_sheet(title))
        theirs = _export_parts(example, tmp_path / "openpyxl.xlsx", monkeypatch)
    assert list(ours) == list(theirs)
    for part, data in theirs.items():
        assert ours[part] == data, part
    assert b"Tecken_x0007_och_x001F_kontroll" in ours["xl/worksheets/sheet2.xml"]


def test_the_export_reads_back_unchanged(example: Catalogue, tmp_path: Path) -> None:
    from amp_desktop.core.excel.importer import analyse

    _edge_names(example)
    path = export_workbook(example, tmp_path / "edge.xlsx")
    preview = analyse(example, path)
    assert preview.kind == "export"
    assert preview.changeset("x").is_empty(), preview.counts()
    assert not preview.problems
    wb = openpyxl.load_workbook(path, read_only=True)
    names = {row[1] for row in wb["Demand"].iter_rows(min_row=2, values_only=True)}
    wb.close()
    assert {"Tecken_x0007_och_x001F_kontroll", "Rad_x000D_två", "=SUM(A1)"} <= names


@pytest.mark.parametrize("when", ["first chunk", "after saving"])
def test_cancel_during_the_export_leaves_no_file(
    example: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """Cancelled while the Demand sheet is written or while the workbook is saved:
    no target, no ``.part``, no temporary sheet files; an existing target is kept."""
    monkeypatch.setattr(export, "PROGRAMMES_AT_A_TIME", 5)  # the example in five chunks
    target = tmp_path / "out" / "demand.xlsx"
    target.parent.mkdir()
    temporary = set(_writer.ALL_TEMP_FILES)

    def report(done: int, total: int | None, text: str) -> None:
        if when == "first chunk" and done:
            progress.cancel()

    progress = Progress(report, interval=0)
    if when == "after saving":
        real = openpyxl.Workbook.save

        def save_then_cancel(self, filename):  # type: ignore[no-untyped-def]
            real(self, filename)
            progress.cancel()

        saving = pytest.MonkeyPatch()
        saving.setattr(openpyxl.Workbook, "save", save_then_cancel)
    try:
        with pytest.raises(Cancelled):
            export_workbook(example, target, progress=progress)
        assert list(target.parent.iterdir()) == []
        before = export_workbook(example, target).read_bytes()
        progress = Progress(report, interval=0)
        with pytest.raises(Cancelled):
            export_workbook(example, target, progress=progress)
        assert target.read_bytes() == before
        assert list(target.parent.iterdir()) == [target]
    finally:
        if when == "after saving":
            saving.undo()
    left = set(_writer.ALL_TEMP_FILES) - temporary
    assert not left and not any(Path(p).exists() for p in left)
