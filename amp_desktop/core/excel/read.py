"""Reading cells out of a checked workbook: values, formulas kept apart, header rows.

Catalogue-sized sheets are read with openpyxl (it tells a formula from a value);
referral lists with python-calamine (ten times faster, values only).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.excel.columns import match_header
from amp_desktop.core.excel.safety import ExcelFileError, check_workbook_file, open_workbook
from amp_desktop.core.i18n import translate

HEADER_SCAN_ROWS = 30


@dataclass(frozen=True)
class Formula:
    """A formula found in a cell: reported, never used as data."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Sheet:
    """The cells of one sheet as rows of values (``Formula`` for formulas)."""

    name: str
    rows: list[list[Any]]

    def cell(self, row: int, col: int) -> Any:
        """The value at 0-based *row*, *col* (None beyond the data)."""
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None


def address(sheet: str, row: int, col: int) -> str:
    """``Programmes!B4`` for 0-based *row* and *col*."""
    quoted = f"'{sheet}'" if any(ch in sheet for ch in " -!'") else sheet
    return f"{quoted}!{get_column_letter(col + 1)}{row + 1}"


def _trim(row: list[Any]) -> list[Any]:
    while row and (row[-1] is None or row[-1] == ""):
        row.pop()
    return row


def read_sheets(
    path: str | Path, names: list[str] | None = None, *, checked: bool = False
) -> list[Sheet]:
    """All sheets (or those named) of a workbook with openpyxl, formulas kept apart
    (*checked*: see :func:`~amp_desktop.core.excel.safety.open_workbook`)."""
    wb = open_workbook(path, read_only=True, checked=checked)
    try:
        sheets = []
        for ws in wb.worksheets:
            if names is not None and ws.title not in names:
                continue
            ws.reset_dimensions()  # the stored <dimension> may lie
            rows = []
            for cells in ws.iter_rows():
                row = []
                for cell in cells:
                    value = cell.value
                    if getattr(cell, "data_type", None) == "f":
                        value = Formula(str(value))
                    row.append(value)
                rows.append(_trim(row))
            while rows and not rows[-1]:
                rows.pop()
            sheets.append(Sheet(ws.title, rows))
        return sheets
    except ExcelFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged XML surfaces while iterating
        raise ExcelFileError(
            translate(
                "Excel", "{name} cannot be read: the workbook's contents are damaged ({reason})."
            ).format(name=Path(path).name, reason=type(exc).__name__)
        ) from None
    finally:
        wb.close()


def read_fast(path: str | Path, *, checked: bool = False) -> tuple[list[str], Any]:
    """Sheet names and a python-calamine workbook of a file, checked first unless
    the caller has just *checked* it (a large sheet's check costs time)."""
    from python_calamine import CalamineWorkbook

    path = Path(path) if checked else check_workbook_file(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - calamine raises its own errors
        raise ExcelFileError(
            translate(
                "Excel", "{name} cannot be read: the workbook's contents are damaged ({reason})."
            ).format(name=path.name, reason=type(exc).__name__)
        ) from None
    return list(workbook.sheet_names), workbook


def calamine_rows(workbook: Any, name: str, path: Path) -> list[list[Any]]:
    """All rows of sheet *name* via calamine."""
    try:
        return list(workbook.get_sheet_by_name(name).to_python(skip_empty_area=False))
    except Exception as exc:  # noqa: BLE001
        raise ExcelFileError(
            translate(
                "Excel", "{name} cannot be read: the workbook's contents are damaged ({reason})."
            ).format(name=path.name, reason=type(exc).__name__)
        ) from None


def find_header(
    rows: list[list[Any]], synonyms: dict[str, str], minimum: int = 2
) -> tuple[int, dict[int, str]] | None:
    """The header row among the first rows and its ``{column: field}`` mapping.

    The row naming the most distinct fields wins (title rows above are skipped);
    None when no row names at least *minimum* fields.
    """
    best: tuple[int, dict[int, str]] | None = None
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping: dict[int, str] = {}
        for col, value in enumerate(row):
            if not isinstance(value, str):
                continue
            field = match_header(value, synonyms)
            if field and field not in mapping.values():
                mapping[col] = field
        if len(mapping) >= minimum and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    return best


def cell_text(value: Any) -> str:
    """A cell's value as text (numbers without a needless ``.0``, dates ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
