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

from amp_desktop.core.excel.openpyxl_source import openpyxl_source, size_from_head
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

ROWS_AT_A_TIME = 1000
#: The first rows of a sheet, read at once to tell its kind and find its header.
HEAD_ROWS = 1000
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


def open_openpyxl(path: CheckedWorkbook) -> Any:
    """An openpyxl read-only workbook of *path*, retried on a copy with only its
    worksheets (and strict namespaces made transitional) when it fails."""
    import openpyxl
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    ReadOnlyWorksheet._get_size = size_from_head

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
    raise _unreadable(path, None, last or ValueError())


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
                    value = Formula(str(value))
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


class RowStream:
    """A sheet's rows from A1 as they come, :data:`ROWS_AT_A_TIME` at a time: the
    first chunk (*head*, enough to tell the kind of sheet and find its header) is
    read at once, the rest once, by :meth:`chunks`, so a list of a million rows is
    never held as Python rows all at once."""

    def __init__(self, name: str, head: list[list[Any]], rest: Iterator[list[list[Any]]]):
        self.name = name
        self.head = head
        self._rest = rest
        #: The columns (0-based) the reader needs after the head; None: all.  A very
        #: large sheet read from its XML then reads only those (see xml_rows).
        self.only: set[int] | None = None

    @classmethod
    def of(cls, name: str, rows: list[list[Any]]) -> RowStream:
        """A stream of rows already read."""
        step = ROWS_AT_A_TIME
        rest = [rows[i : i + step] for i in range(HEAD_ROWS, len(rows), step)]
        return cls(name, rows[:HEAD_ROWS], iter(rest))

    def chunks(self) -> Iterator[list[list[Any]]]:
        """Every row, a chunk at a time (the head first); the rest can be read once."""
        if self.head:
            yield self.head
        yield from self._rest

    def all_rows(self) -> list[list[Any]]:
        return list(itertools.chain.from_iterable(self.chunks()))


def _calamine_chunks(sheet: Any) -> Iterator[list[list[Any]]]:
    """A calamine sheet's rows from A1 (as ``to_python(skip_empty_area=False)`` gives
    them), a thousand at a time.

    Through ``iter_rows``, taken in C with ``islice``: ``to_python`` builds the whole
    sheet holding the GIL (0.2-0.5 s at 100,000 rows), which froze the window while
    a worker read it; between chunks of a few ms the GUI thread runs (#10.4,
    tests/ui/test_window_responsive.py), and a Python step per row cost a quarter
    of calamine's own time.
    """
    start = sheet.start
    if start is None:
        return
    padding = [""] * start[1]  # iter_rows starts at the first used column
    iterator = sheet.iter_rows()
    while True:
        rows = list(itertools.islice(iterator, ROWS_AT_A_TIME))
        if not rows:
            return
        yield [padding + row for row in rows] if padding else rows


def _with_formulas(
    chunks: Iterator[list[list[Any]]], formulas: dict[tuple[int, int], str]
) -> Iterator[list[list[Any]]]:
    """*chunks* with each formula cell (0-based ``(row, column)``) as :class:`Formula`."""
    if not formulas:
        yield from chunks
        return
    by_row: dict[int, list[tuple[int, str]]] = {}
    for (r, c), text in formulas.items():
        by_row.setdefault(r, []).append((c, text))
    pending = sorted(by_row)
    base = next_formula = 0
    for rows in chunks:
        end = base + len(rows)
        while next_formula < len(pending) and pending[next_formula] < end:
            r = pending[next_formula]
            if r >= base:
                row = rows[r - base]
                for c, text in by_row[r]:
                    if c >= len(row):
                        row.extend([None] * (c + 1 - len(row)))
                    row[c] = Formula(text)
            next_formula += 1
        base = end
        yield rows


#: A sheet spanning more cells than this is read from its XML, only the columns
#: used (python-calamine holds a whole sheet: ~1 GB at a million rows of ten columns).
XML_READ_CELLS = 3_000_000


def _formulas(path: CheckedWorkbook, name: str) -> dict[tuple[int, int], str]:
    found = path.sheets.get(name)
    if found is not None and found.extent is not None and found.extent.formulas:
        from amp_desktop.core.excel.formulas import formula_cells

        return formula_cells(path, name)
    return {}


def xml_sheet_stream(path: CheckedWorkbook, name: str) -> RowStream | None:
    """The rows of a very large sheet written the usual way, read from its XML (see
    :mod:`~amp_desktop.core.excel.xml_rows`), or None for any other sheet."""
    from amp_desktop.core.excel import xml_rows

    found = path.sheets.get(name)
    extent = readable_extent(path, name)
    if found is None or extent is None or extent.exact or extent.cells <= XML_READ_CELLS:
        return None
    if path.strict or found.kind != "worksheet":
        return None
    with zipfile.ZipFile(path) as archive:
        strings, styles = xml_rows.workbook_parts(archive)
    holder: list[RowStream] = []
    chunks = xml_rows.xml_chunks(
        path, found.part, strings, styles, ROWS_AT_A_TIME, lambda: holder[0].only, HEAD_ROWS
    )
    chunks = _with_formulas(chunks, _formulas(path, name))
    stream = RowStream(name, next(chunks, []), chunks)
    holder.append(stream)
    return stream


def calamine_sheet_stream(workbook: Any, path: CheckedWorkbook, name: str) -> RowStream:
    """The rows of sheet *name* via calamine as a :class:`RowStream`, cached formula
    results replaced by :class:`Formula` (calamine cannot tell them from values)."""
    readable_extent(path, name)
    with _stderr_logged():
        sheet = workbook.get_sheet_by_name(name)
    chunks = _with_formulas(_calamine_chunks(sheet), _formulas(path, name))
    with _stderr_logged():
        head = next(chunks, [])
    return RowStream(name, head, chunks)


def calamine_sheet_rows(workbook: Any, path: CheckedWorkbook, name: str) -> list[list[Any]]:
    """All rows of sheet *name* via calamine (see :func:`calamine_sheet_stream`)."""
    return calamine_sheet_stream(workbook, path, name).all_rows()


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
        return self.stream(name).all_rows()

    def stream(self, name: str) -> RowStream:
        """The rows of sheet *name* as they come; raises :class:`ExcelFileError`
        (one line).  Calamine reads the sheet when this is called, so a sheet it
        cannot read falls back to openpyxl here; a very large one is read from
        its XML, a chunk at a time."""
        try:
            streamed = xml_sheet_stream(self.path, name)
        except ExcelFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged XML: calamine says what it can
            log.info("could not stream %r from its XML: %r", name, exc)
            streamed = None
        if streamed is not None:
            return streamed
        if self._calamine is not None:
            try:
                return calamine_sheet_stream(self._calamine, self.path, name)
            except ExcelFileError:
                raise
            except BaseException as exc:  # a Rust panic is a BaseException
                if _fatal(exc):
                    raise
                log.info("python-calamine could not read %r: %r", name, exc)
        try:
            return RowStream.of(name, openpyxl_rows(self._open_openpyxl(), self.path, name))
        except ExcelFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged XML surfaces while iterating
            raise _unreadable(self.path, name, exc) from None

    def close(self) -> None:
        if self._calamine is not None:
            self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()
