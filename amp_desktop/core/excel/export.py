"""Writing the catalogue as a workbook a person can edit comfortably.

Sheets: Programmes (an Excel table with a hidden id column, drop-down lists,
number formats, frozen header), Demand (referrals per programme, source, kind
and month), Lists (the allowed values), About (catalogue, time, schema), and a
hidden sheet with exactly what was exported, so an import can tell a change made
in the workbook from one made in AMP since (a three-way comparison).

Everything a user typed is written literally and exactly
(:mod:`~amp_desktop.core.excel.literal_text`).  The demand is read and written a
chunk of programmes at a time, so a county's ten years stream through; the rows of
the Programmes, Demand and base sheets are written as XML by
:mod:`~amp_desktop.core.excel.sheet_xml` (as openpyxl writes them, ten times faster).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from amp_desktop import __version__
from amp_desktop.core import files
from amp_desktop.core.domain import (
    FIELD_BY_NAME,
    Programme,
    ProgrammeType,
    SkrCategory,
    Status,
    format_months,
    format_sources,
)
from amp_desktop.core.excel import sheet_xml
from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.demand_sheets import (
    HEADER_FONT,
    header_row,
    start_base,
    start_demand,
    write_base,
    write_demand,
)
from amp_desktop.core.excel.literal_text import (
    CELL_LIMIT,
    ExportError,
    check_length,
    excel_text,
    text_cell,
    text_value,
)
from amp_desktop.core.excel.mandate_base import held
from amp_desktop.core.excel.results_sheet import write_results_sheet
from amp_desktop.core.excel.safety import ZIP_MAGIC
from amp_desktop.core.i18n import translate
from amp_desktop.core.months import months_between
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue

FORMAT_KRONOR = '#,##0 "kr"'
FORMAT_WHOLE = "0"
FORMAT_WEEKS = "0.0#"
FORMAT_DATE = "yyyy-mm-dd"
PROGRAMMES_AT_A_TIME = 100
#: Month columns the Demand sheet has room for (a sheet has 16,384 columns).
MAX_MONTHS = 16_384 - 4


_WIDTHS = {
    "id": 8,
    "name": 32,
    "code": 10,
    "description": 60,
    "target_group": 28,
    "notes": 40,
    "referral_sources": 24,
    "skr_category": 30,
    "unit": 20,
    "funding": 18,
    "annual_budget_sek": 16,
}
_NUMBER_FORMATS = {
    "age_min": FORMAT_WHOLE,
    "age_max": FORMAT_WHOLE,
    "places": FORMAT_WHOLE,
    "budgeted_places": FORMAT_WHOLE,
    "annual_budget_sek": FORMAT_KRONOR,
    "average_stay_weeks": FORMAT_WEEKS,
    "start_date": FORMAT_DATE,
    "end_date": FORMAT_DATE,
}
_WRAP = Alignment(wrap_text=True, vertical="top")


def field_cell_value(programme: Programme, field: str) -> Any:
    """The value a Programmes cell holds for *field* (text, number, date or None)."""
    if field == "id":
        return programme.id
    if field == "referral_sources":
        return format_sources(programme.sources) or None
    value = getattr(programme, field)
    kind = FIELD_BY_NAME[field].kind
    if kind == "months":
        return format_months(value) or None
    if kind == "enum":
        return cols.enum_text(value.value) if value is not None else None
    if kind == "date":
        return dt.date.fromisoformat(value) if value else None
    if kind == "text":
        return value or None
    return value


def _programme_row(ws: Any, programme: Programme) -> list[Any]:
    row = []
    for field in cols.PROGRAMME_COLUMNS:
        value = field_cell_value(programme, field)
        if isinstance(value, str):
            if len(value) > CELL_LIMIT // 7:  # an escape is at most 7 characters
                check_length(
                    excel_text(value),
                    translate("Excel", "The {field} of “{programme}”").format(
                        field=cols.header(field), programme=programme.name
                    ),
                )
            row.append(text_value(ws, value))
        elif field in _NUMBER_FORMATS and value is not None:
            cell = WriteOnlyCell(ws, value)
            cell.number_format = _NUMBER_FORMATS[field]
            row.append(cell)
        else:
            row.append(value)
    return row


def export_workbook(
    catalogue: Catalogue,
    path: str | Path,
    first: str | None = None,
    last: str | None = None,
    *,
    progress: Progress | None = None,
    results_exact: bool | None = None,
) -> Path:
    """Write *catalogue* to the workbook *path*; demand for months *first*–*last*.

    The Results sheet hides small counts unless *results_exact* (None: the
    catalogue's ``results_exact`` setting).

    Without a period, all months that have demand are exported.  Cancelled
    through *progress*, it raises :class:`Cancelled` and leaves *path* as it was
    (no new file, no ``.part``).
    """
    progress = progress or NO_PROGRESS
    progress.check()
    path = Path(path)
    _check_target(path)
    programmes = catalogue.programmes()
    span = catalogue.demand_months()
    first = first or (span[0] if span else None)
    last = last or (span[1] if span else None)
    months = months_between(first, last) if first and last else []
    if len(months) > MAX_MONTHS:
        raise ExportError(
            translate(
                "Excel",
                "The demand runs from {first} to {last}, {n} months, but a sheet has room "
                "for {most} month columns. Export a shorter period.",
            ).format(first=first, last=last, n=len(months), most=MAX_MONTHS)
        )
    sources = [s.code for s in catalogue.sources()]
    units = catalogue.units()

    wb = Workbook(write_only=True)
    try:  # a text too long for a cell stops the export here: nothing is left behind
        ws = sheet_xml.create_sheet(wb, cols.sheet_name("programmes"))
        demand_ws = sheet_xml.create_sheet(wb, cols.sheet_name("demand"))
        _write_programmes(ws, programmes, len(sources), len(units))
        from amp_desktop.core.excel import mandate_sheets_export

        lists_ws = wb.create_sheet(cols.sheet_name("lists"))
        mandate_lists = mandate_sheets_export.list_columns(catalogue)
        mandate_column = _write_lists(lists_ws, sources, units, extra=mandate_lists)
        exported_at = dt.datetime.now().isoformat(timespec="seconds")
        about = {
            "catalogue_id": catalogue.catalogue_id,
            "exported_at": exported_at,
            "schema_version": str(catalogue.schema_version),
            "first_month": months[0] if months else "",
            "last_month": months[-1] if months else "",
        }
        _write_about(wb.create_sheet(cols.sheet_name("about")), about)
        mandate_sheets_export.write_sheets(wb, catalogue, lists_column=mandate_column)
        write_results_sheet(wb, catalogue, results_exact)  # the file leaves the unit
        base_ws = sheet_xml.create_sheet(wb, cols.BASE_SHEET)
        for letter, width in (("C", 16), ("D", 12)):  # source and kind: "Anvisande part"
            demand_ws.column_dimensions[letter].width = width
        start_demand(demand_ws, months)
        start_base(base_ws, about, held(catalogue))
        # A chunk of programmes at a time: their demand is read, written to both
        # sheets and let go (a county's ten years are 24 million cells).
        for start in range(0, len(programmes), PROGRAMMES_AT_A_TIME):
            chunk = programmes[start : start + PROGRAMMES_AT_A_TIME]
            ids = [p.id for p in chunk if p.id is not None]
            demand = catalogue.demand_window(ids, months[0], months[-1]) if months else []
            write_demand(demand_ws, chunk, months, demand)
            write_base(base_ws, chunk, demand)
            progress.step(start + len(chunk), len(programmes))
    except BaseException:
        _discard(wb)
        raise
    try:
        with files.replacing(path, ZIP_MAGIC) as part:
            wb.save(part)
            progress.check()  # cancelled meanwhile: the part is removed, path kept
    except files.NotReplaceable as exc:  # became so while the workbook was made
        _discard(wb)
        raise _not_replaceable(path, exc.kind) from None
    except BaseException as exc:
        _let_go_of_zips(exc)
        _discard(wb)
        raise
    return path


def _let_go_of_zips(exc: BaseException) -> None:
    """Close, without writing more, the zip that openpyxl left open when writing the
    workbook failed (a full disk): its finaliser would try to write its directory
    again and print a traceback after the one-line message."""
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            archive = getattr(value, "_archive", value)  # openpyxl's ExcelWriter holds one
            if isinstance(archive, zipfile.ZipFile) and archive.fp is not None:
                vars(archive)["_didModify"] = False  # nothing more to write
                with contextlib.suppress(Exception):
                    archive.close()
        tb = tb.tb_next


def _discard(wb: Workbook) -> None:
    """Close the sheets of a workbook whose saving failed, and remove their
    temporary files (openpyxl writes each write-only sheet to one)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _check_target(path: Path) -> None:
    """Refuse to replace anything but a workbook (or an empty file): a catalogue
    chosen by mistake would be lost (see :mod:`amp_desktop.core.files`)."""
    try:
        files.check_replaceable(path, ZIP_MAGIC)
    except files.NotReplaceable as exc:
        raise _not_replaceable(path, exc.kind) from None
    except OSError:
        return  # not readable: writing will say why


def _not_replaceable(path: Path, kind: str) -> ExportError:
    if kind == "folder":
        return ExportError(
            translate("Excel", "{path} is a folder; choose a file name for the workbook.").format(
                path=path
            )
        )
    return ExportError(
        translate(
            "Excel",
            "{path} is not an Excel workbook (it may be an AMP catalogue or another "
            "document); AMP does not replace it. Choose another file name.",
        ).format(path=path)
    )


def _write_programmes(ws: Any, programmes: list[Programme], n_sources: int, n_units: int) -> None:
    fields = cols.PROGRAMME_COLUMNS
    last_col = get_column_letter(len(fields))
    last_row = max(len(programmes), 1) + 1
    for index, field in enumerate(fields, start=1):
        dim = ws.column_dimensions[get_column_letter(index)]
        dim.width = _WIDTHS.get(field, 14)
        if field == "id":
            dim.hidden = True
    ws.freeze_panes = "C2"
    lists = cols.sheet_name("lists")
    choices = {
        "type": (1, len(ProgrammeType)),
        "status": (2, len(Status)),
        "skr_category": (3, len(SkrCategory)),
        "unit": (4, n_units),
        "referral_sources": (5, n_sources),
    }
    for field, (col, count) in choices.items():
        if count == 0:
            continue
        letter = get_column_letter(col)
        validation = DataValidation(
            type="list",
            formula1=f"'{lists}'!${letter}$2:${letter}${count + 1}",
            allow_blank=True,
        )
        if field in ("unit", "referral_sources"):
            # Offer the known values but accept others ("AF (SKE)", a new unit).
            validation.showErrorMessage = False
        target = get_column_letter(fields.index(field) + 1)
        validation.add(f"{target}2:{target}{max(last_row, 1000)}")
        ws.data_validations.append(validation)
    table = Table(displayName="Programmes", ref=f"A1:{last_col}{last_row}")
    headers = [cols.header(f) for f in fields]
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    with warnings.catch_warnings():
        # openpyxl always warns in write-only mode; the columns are set above.
        warnings.simplefilter("ignore", UserWarning)
        ws.add_table(table)
    header = header_row(ws, headers)
    for cell in header:  # "Average stay (weeks)" was cut at its column's width
        cell.alignment = _WRAP
    ws.append(header)
    for programme in programmes:
        ws.append(_programme_row(ws, programme))


def _write_lists(
    ws: Any,
    sources: list[str],
    units: list[str],
    extra: Sequence[tuple[str, list[str]]] = (),
) -> int:
    """The Lists sheet: the Programmes sheet's columns A–E, then *extra* (header,
    values) columns; returns the number of the first extra column."""
    columns = [
        [cols.enum_text(t.value) for t in ProgrammeType],
        [cols.enum_text(s.value) for s in Status],
        [cols.enum_text(c.value) for c in SkrCategory],
        units,
        sources,
    ]
    headers = [cols.header(f) for f in ("type", "status", "skr_category", "unit")]
    headers.append(cols.header("referral_sources"))
    first_extra = len(columns) + 1
    for header, values in extra:
        headers.append(header)
        columns.append(values)
    for index in range(len(columns)):
        ws.column_dimensions[get_column_letter(index + 1)].width = 30
    ws.append(header_row(ws, headers))
    for row in range(max(len(c) for c in columns)):
        ws.append([text_value(ws, c[row] if row < len(c) else None) for c in columns])
    return first_extra


def _write_about(ws: Any, about: dict[str, str]) -> None:
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 40
    rows = [
        (translate("Excel", "Catalogue"), about["catalogue_id"]),
        (translate("Excel", "Exported"), about["exported_at"]),
        (translate("Excel", "Schema version"), about["schema_version"]),
        (translate("Excel", "Demand from"), about["first_month"]),
        (translate("Excel", "Demand to"), about["last_month"]),
        (translate("Excel", "Written by"), f"AMP {__version__}"),
    ]
    for key, value in rows:
        ws.append([text_cell(ws, key, font=HEADER_FONT), text_cell(ws, value)])
    ws.append([])
    ws.append(
        [
            text_cell(
                ws,
                translate(
                    "Excel",
                    "Edit the Programmes and Demand sheets and import the workbook in AMP. "
                    "Do not change the hidden AMP id column.",
                ),
                alignment=_WRAP,
            )
        ]
    )
