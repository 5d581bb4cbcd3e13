"""The two readers of a checked workbook, each the other's fallback.

openpyxl tells a formula from a value and reads catalogue-sized sheets;
python-calamine reads referral lists ten times faster, values only.  Each
refuses shapes the other reads (calamine: an .xlsm with an XLM macro sheet;
openpyxl: strict OOXML, some chart sheets), so a sheet is read by the other
reader when one fails, and refused only when neither can read it.  A sheet is
read only when it is used, and never beyond its last cell holding a value (see
:mod:`~amp_desktop.core.excel.scan`).  Readers' warnings go to the log, and a
crash inside calamine (a Rust panic, which is a ``BaseException``) becomes one
line; what the Rust side prints on stderr goes to the log too.
"""

from __future__ import annotations

import io
import itertools
import logging
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from amp_desktop.core.excel.read import Formula
from amp_desktop.core.excel.safety import (
    CheckedWorkbook,
    ExcelFileError,
    check_workbook_file,
    library_warnings_logged,
    readable_extent,
)
from amp_desktop.core.i18n import translate

log = logging.getLogger(__name__)

#: Strict OOXML (ISO 29500 strict) namespaces and their transitional equivalents,
#: for openpyxl, which reads only the transitional ones.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main", b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/customProperties", b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
    (b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes", b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/chart", b"http://schemas.openxmlformats.org/drawingml/2006/chart"),
    (b"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"),
)  # fmt: skip
ROWS_AT_A_TIME = 1000
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\s[^>]*?/>")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape_text(text: str) -> str:
    """Cell text with OOXML's ``_xHHHH_`` escapes decoded, as Excel, LibreOffice and
    python-calamine read it (openpyxl leaves them as they are)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def checked_path(path: str | Path) -> CheckedWorkbook:
    return path if isinstance(path, CheckedWorkbook) else check_workbook_file(path)


def worksheet_names(path: CheckedWorkbook) -> list[str] | None:
    """The workbook's worksheets in order (chart, dialog and macro sheets left out),
    or None when the check could not tell."""
    if not path.sheets:
        return None
    return [name for name, sheet in path.sheets.items() if sheet.kind == "worksheet"]


def _unreadable(path: Path, sheet: str | None, exc: BaseException) -> ExcelFileError:
    reason = type(exc).__name__
    if sheet is None:
        return ExcelFileError(
            translate(
                "Excel",
                "{name} cannot be read: neither of AMP's two readers understands its "
                "contents; they may be damaged ({reason}). Open it in Excel or LibreOffice, "
                "save it as an Excel workbook (.xlsx) and try again.",
            ).format(name=path.name, reason=reason)
        )
    return ExcelFileError(
        translate(
            "Excel",
            "{name} cannot be read: neither of AMP's two readers understands the sheet "
            "“{sheet}”; it may be damaged ({reason}). Open the workbook in Excel or "
            "LibreOffice, save it as an Excel workbook (.xlsx) and try again.",
        ).format(name=path.name, sheet=sheet, reason=reason)
    )


@contextmanager
def _stderr_logged() -> Iterator[None]:
    """What native code writes to stderr meanwhile (a Rust panic message) goes to
    the log instead of the user's terminal."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (a windowed app)
        yield
        return
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            text = capture.read().decode("utf-8", "replace").strip()
            if text:
                log.info("the workbook reader wrote: %s", text)


def _fatal(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit))


# -- openpyxl ---------------------------------------------------------------------


def _openpyxl_source(path: CheckedWorkbook, prune: bool) -> Any:
    """The file openpyxl should open: the path itself, or an in-memory copy with
    strict namespaces made transitional and (*prune*) only worksheets listed."""
    if not path.strict and not prune:
        return path
    keep = set(worksheet_names(path) or [])
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in _STRICT if path.strict else ():
                    data = data.replace(strict, transitional)
                if prune and info.filename == "xl/workbook.xml":
                    data = _SHEET_ENTRY.sub(lambda m: _kept(m.group(), keep), data)
            new.writestr(info.filename, data)
    buffer.seek(0)
    return buffer


def _kept(entry: bytes, keep: set[str]) -> bytes:
    found = re.search(rb'\sname\s*=\s*["\']([^"\']*)["\']', entry)
    if found is None:
        return entry
    from xml.sax.saxutils import unescape

    name = unescape(found.group(1).decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})
    return entry if name in keep else b""


def open_openpyxl(path: CheckedWorkbook) -> Any:
    """An openpyxl read-only workbook of *path*, retried on a copy with only its
    worksheets (and strict namespaces made transitional) when it fails."""
    import openpyxl

    last: BaseException | None = None
    for prune in (False, True):
        try:
            with library_warnings_logged():
                wb = openpyxl.load_workbook(
                    _openpyxl_source(path, prune), read_only=True, data_only=False
                )
            if wb.worksheets or prune:
                return wb
            wb.close()
        except Exception as exc:  # noqa: BLE001 - openpyxl raises a zoo
            last = exc
            log.info("openpyxl could not open %s (pruned=%s): %r", path.name, prune, exc)
    raise _unreadable(path, None, last or ValueError())


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
    with library_warnings_logged():
        for cells in ws.iter_rows(**bounds):
            row = []
            for cell in cells:
                value = cell.value
                if getattr(cell, "data_type", None) == "f":
                    value = Formula(str(value))
                elif value.__class__ is str and "_x" in value:
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


# -- python-calamine ----------------------------------------------------------------


def open_calamine(path: CheckedWorkbook) -> Any | None:
    """A python-calamine workbook of *path*, or None when calamine cannot open it."""
    from python_calamine import CalamineWorkbook

    try:
        with _stderr_logged():
            return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # a Rust panic is a BaseException
        if _fatal(exc):
            raise
        log.info("python-calamine could not open %s: %r", path.name, exc)
        return None


def sheet_rows_from_a1(sheet: Any) -> list[list[Any]]:
    """A calamine sheet's rows from A1, as ``to_python(skip_empty_area=False)`` gives them.

    Row by row through ``iter_rows``: ``to_python`` builds the whole sheet holding the
    GIL (0.2-0.5 s at 100,000 rows), which froze the window while a worker read it;
    between rows the GUI thread gets its turn (#10.4, tests/ui/test_window_responsive.py).
    """
    start = sheet.start
    if start is None:
        return []
    rows: list[list[Any]] = []
    iterator = sheet.iter_rows()
    # A thousand rows at a time, taken in C (a Python step per row cost a quarter
    # of calamine's own time); between chunks of a few ms the GUI thread runs.
    while True:
        count = len(rows)
        rows.extend(itertools.islice(iterator, ROWS_AT_A_TIME))
        if len(rows) == count:
            break
    if start[1]:  # iter_rows starts at the first used column
        padding = [""] * start[1]
        rows = [padding + row for row in rows]
    return rows


def calamine_sheet_rows(workbook: Any, path: CheckedWorkbook, name: str) -> list[list[Any]]:
    """The rows of sheet *name* via calamine, cached formula results replaced by
    :class:`Formula` (calamine cannot tell them from values)."""
    readable_extent(path, name)
    with _stderr_logged():
        rows = sheet_rows_from_a1(workbook.get_sheet_by_name(name))
    found = path.sheets.get(name)
    if found is not None and found.extent is not None and found.extent.formulas:
        from amp_desktop.core.excel.formulas import formula_cells

        for (r, c), text in formula_cells(path, name).items():
            if r < len(rows):
                row = rows[r]
                if c >= len(row):
                    row.extend([None] * (c + 1 - len(row)))
                row[c] = Formula(text)
    return rows


class FastWorkbook:
    """A workbook for reading values fast: python-calamine, with openpyxl for
    any sheet (or whole workbook) calamine cannot read."""

    def __init__(self, path: str | Path):
        self.path = checked_path(path)
        self._calamine = open_calamine(self.path)
        self._openpyxl: Any = None
        names = worksheet_names(self.path)
        if names is None and self._calamine is not None:
            names = list(self._calamine.sheet_names)
        if names is None:
            names = list(self._open_openpyxl().sheetnames)
        self.sheet_names = names

    def _open_openpyxl(self) -> Any:
        if self._openpyxl is None:
            self._openpyxl = open_openpyxl(self.path)
        return self._openpyxl

    def rows(self, name: str) -> list[list[Any]]:
        """All rows of sheet *name*; raises :class:`ExcelFileError` (one line)."""
        if self._calamine is not None:
            try:
                return calamine_sheet_rows(self._calamine, self.path, name)
            except ExcelFileError:
                raise
            except BaseException as exc:  # a Rust panic is a BaseException
                if _fatal(exc):
                    raise
                log.info("python-calamine could not read %r: %r", name, exc)
        try:
            return openpyxl_rows(self._open_openpyxl(), self.path, name)
        except ExcelFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged XML surfaces while iterating
            raise _unreadable(self.path, name, exc) from None

    def close(self) -> None:
        if self._calamine is not None:
            self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()
