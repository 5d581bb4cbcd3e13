"""The Excel export's Results sheet: per calendar year and programme, small counts hidden.

One block per calendar year with results: a row per programme, then the totals of
primary programmes, of secondary programmes and of all, in the columns of the
printed results (the results table's declaration).  The export leaves the unit, so
counts of 1–4 are written ``<5`` and what would give them away ``..``
(:class:`~amp_desktop.core.results.disclosure.Disclosure`) unless the catalogue's
``results_exact`` setting says otherwise.  AMP's importer skips the sheet, like
Demand, Lists and About.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.literal_text import text_cell
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period
from amp_desktop.core.results.disclosure import (
    ALL_ROW,
    EXACT_KEY,
    Disclosure,
    RowRef,
    exact_setting,
    programme_ref,
)
from amp_desktop.core.results.period import known_only, results_document
from amp_desktop.core.results.uncovered import uncovered_note
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column
from amp_desktop.core.tables.results_definitions import (
    definitions,
    plain_title,
    source_note,
    suppression_note,
)
from amp_desktop.core.tables.results_table import RESULTS

#: The sheet's columns after Year: the printed programme table's, with the type.
SHEET_KEYS = ("name", "type", *RESULTS.paper[1:])
_NUMBER_FORMATS = {
    f.COUNT: "0",
    f.SHARE: "0.0%",
    f.DECIMAL: "0.0",
    f.WEEKS: "0.0",
    f.MONEY: '#,##0 "kr"',
}
#: Column widths (characters) by format: a cost of a million kronor ("1,131,429 kr")
#: showed as ##### in Excel's default width, and the headers wrap within these.
_WIDTHS = {"name": 32}
_MONEY_WIDTH = 15
_NARROW = 12
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")


def result_years(catalogue: Catalogue) -> list[int]:
    """The calendar years in which any programme has results."""
    spans = catalogue.results_months().values()
    if not spans:
        return []
    first = min(lo for lo, _ in spans)
    last = max(hi for _, hi in spans)
    return list(range(int(first[:4]), int(last[:4]) + 1))


def year_document(catalogue: Catalogue, year: int) -> dict[str, Any]:
    """The results of *year*, as the Results tab and ``amp results --year`` compute them,
    without the programmes none were imported for that year (rows of silent zeros)."""
    period = Period.year(year)
    tallies = catalogue.results_tallies(period.first, period.last)
    document, _unknown = known_only(
        results_document(catalogue.programmes(), tallies, period, None, catalogue.default_goals()),
        catalogue.results_known(period.first, period.last),
    )
    return document


def _cell(ws: Any, column: Column, row: Mapping[str, Any], hidden: str | None) -> Any:
    if hidden is not None:
        return text_cell(ws, hidden)
    value = column.raw(row)
    if value is None:  # not known: "–" where the table declares it (a cost), as printed
        return text_cell(ws, column.missing) if column.missing else None
    if column.format in _NUMBER_FORMATS:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = _NUMBER_FORMATS[column.format]
        return cell
    return text_cell(ws, column.text(row))


def _row(
    ws: Any,
    year: int,
    columns: Sequence[Column],
    figures: Mapping[str, Any],
    ref: RowRef,
    disclosure: Disclosure,
    name: str | None = None,
    bold: bool = False,
) -> list[Any]:
    row = {**figures, "name": figures.get("name") if name is None else name}
    cells = [WriteOnlyCell(ws, value=year)]
    for column in columns:
        if column.key == "type" and name is not None:
            cells.append(None)
            continue
        cells.append(_cell(ws, column, row, disclosure.text(ref, column.key)))
    if bold:
        for cell in cells:
            if cell is not None:
                cell.font = Font(bold=True)
    return cells


def write_results_sheet(wb: Workbook, catalogue: Catalogue, exact: bool | None = None) -> bool:
    """Add the Results sheet to the write-only *wb*; False (no sheet) without results."""
    years = result_years(catalogue)
    if not years:
        return False
    if exact is None:
        exact = exact_setting(catalogue.meta(EXACT_KEY))
    ws = wb.create_sheet(cols.sheet_name("results"))
    columns = RESULTS.layout(SHEET_KEYS)
    header = [translate("Excel", "Year"), *(plain_title(c) for c in columns)]
    ws.freeze_panes = "C2"
    ws.column_dimensions["A"].width = 7
    for index, column in enumerate(columns, start=2):
        width = _WIDTHS.get(column.key, _MONEY_WIDTH if column.format == f.MONEY else _NARROW)
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.append([_header(text_cell(ws, text)) for text in header])
    totals = (
        ("primary", translate("Report", "All primary programmes")),
        ("secondary", translate("Report", "All secondary programmes")),
    )
    uncovered = []  # the years the lists cover in part: their figures read wrong unless said
    for year in years:
        period = Period.year(year)
        note = uncovered_note(period, catalogue.results_months_covered(period.first, period.last))
        if note:
            uncovered.append(note)
        document = year_document(catalogue, year)
        disclosure = Disclosure(document, exact, ("type",), reasons_printed=False)
        for programme in document["programmes"]:
            ref = programme_ref(programme["id"])
            ws.append(_row(ws, year, columns, programme, ref, disclosure))
        for programme_type, label in totals:
            figures = document["totals"]["type"].get(programme_type)
            if figures is not None:
                ref = ("type", programme_type)
                ws.append(_row(ws, year, columns, figures, ref, disclosure, label, True))
        label = translate("Report", "All programmes")
        ws.append(_row(ws, year, columns, document["all"], ALL_ROW, disclosure, label, True))
    ws.append([])
    for note in (*uncovered, *definitions(), source_note(), suppression_note(exact)):
        ws.append([text_cell(ws, note)])
    return True


def _header(cell: Any) -> Any:
    cell.font = Font(bold=True)
    cell.alignment = _HEADER_ALIGNMENT
    return cell
