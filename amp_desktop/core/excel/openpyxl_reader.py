"""Reading a sheet with openpyxl: formulas told from values, text kept exact.

openpyxl reads catalogue-sized sheets and is the one reader that says which cells
hold formulas; python-calamine (:mod:`~amp_desktop.core.excel.readers`) is the fast
one for long lists.  Each is the other's fallback.
"""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from amp_desktop.core.excel.openpyxl_source import number_cell, openpyxl_source, size_from_head
from amp_desktop.core.excel.read import Formula
from amp_desktop.core.excel.reader_faults import unreadable
from amp_desktop.core.excel.safety import (
    CheckedWorkbook,
    library_warnings_logged,
    readable_extent,
)

log = logging.getLogger(__name__)

_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_text(text: str) -> str:
    """Cell text with OOXML's ``_xHHHH_`` escapes decoded, as Excel, LibreOffice and
    python-calamine read it (openpyxl leaves them as they are)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def formula_text(value: Any) -> str:
    """The text of a formula cell's value as Excel shows it: an ordinary formula is
    its text already; an array formula (Ctrl+Shift+Enter) keeps it in ``text``; a
    data table (What-If Analysis) is shown as Excel's ``=TABLE(row input, column input)``."""
    if isinstance(value, str):
        return value
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return text
    if getattr(value, "t", None) == "dataTable":
        inputs = ",".join(str(getattr(value, key, None) or "") for key in ("r1", "r2"))
        return f"=TABLE({inputs})"
    return "="


def worksheet_names(path: CheckedWorkbook) -> list[str] | None:
    """The workbook's worksheets in order (chart, dialog and macro sheets left out),
    or None when the check could not tell."""
    if not path.sheets:
        return None
    return [name for name, sheet in path.sheets.items() if sheet.kind == "worksheet"]


def open_openpyxl(path: CheckedWorkbook) -> Any:
    """An openpyxl read-only workbook of *path*, retried on a copy with only its
    worksheets (and strict namespaces made transitional) when it fails."""
    import openpyxl
    from openpyxl.worksheet import _reader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    ReadOnlyWorksheet._get_size = size_from_head
    _reader._cast_number = number_cell  # (a cell's <v>NaN</v> failed the sheet)

    last: BaseException | None = None
    for prune in (False, True):
        try:
            with library_warnings_logged():
                wb = openpyxl.load_workbook(
                    openpyxl_source(path, prune, worksheet_names(path)),
                    read_only=True,
                    data_only=False,
                )
            if wb.worksheets or prune:
                return wb
            wb.close()
        except Exception as exc:  # noqa: BLE001 - openpyxl raises a zoo
            last = exc
            log.info("openpyxl could not open %s (pruned=%s): %r", path.name, prune, exc)
    raise unreadable(path, None, last or ValueError())


def has_shared_strings(path: Path) -> bool:
    """Whether the workbook keeps its text in a shared-string table."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(n.lower().endswith("sharedstrings.xml") for n in archive.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def openpyxl_rows(wb: Any, path: CheckedWorkbook, name: str) -> list[list[Any]]:
    """The rows of sheet *name* of an open openpyxl workbook, formulas as
    :class:`Formula`, read no further than its last cell holding a value."""
    extent = readable_extent(path, name)
    ws = wb[name]
    ws.reset_dimensions()  # the stored <dimension> may lie
    bounds: dict[str, int] = {}
    if extent is not None:
        bounds["max_row"] = max(extent.rows, 1)
        if extent.exact:
            bounds["max_col"] = max(extent.columns, 1)
    rows: list[list[Any]] = []
    empty = 0  # empty rows seen since the last row with a value (styled rows cost nothing)
    # openpyxl decodes the escapes of the shared-string table itself (Excel's and
    # LibreOffice's text) but not of inline strings (openpyxl's, so AMP's own export):
    # decode only what it left, or "_x0041_" typed by a user would become "A".
    decode = not has_shared_strings(path)
    with library_warnings_logged():
        for cells in ws.iter_rows(**bounds):
            row = []
            for cell in cells:
                value = cell.value
                if getattr(cell, "data_type", None) == "f":
                    value = Formula(formula_text(value))
                elif decode and value.__class__ is str and "_x" in value:
                    value = unescape_text(value)
                row.append(value)
            while row and (row[-1] is None or row[-1] == ""):
                row.pop()
            if not row:
                empty += 1
                continue
            if empty:
                rows.extend([] for _ in range(empty))
                empty = 0
            rows.append(row)
    return rows


def read_with_openpyxl(path: CheckedWorkbook, name: str) -> list[list[Any]]:
    wb = open_openpyxl(path)
    try:
        return openpyxl_rows(wb, path, name)
    finally:
        wb.close()
