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
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from amp_desktop.core.excel.openpyxl_reader import (  # the openpyxl half, used from here
    open_openpyxl,
    openpyxl_rows,
    worksheet_names,
)
from amp_desktop.core.excel.read import Formula
from amp_desktop.core.excel.reader_faults import fatal, stderr_logged, unreadable
from amp_desktop.core.excel.safety import (
    CheckedWorkbook,
    ExcelFileError,
    check_workbook_file,
    readable_extent,
)
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate

log = logging.getLogger(__name__)

ROWS_AT_A_TIME = 1000
#: The first rows of a sheet, read at once to tell its kind and find its header.
HEAD_ROWS = 1000


def checked_path(path: str | Path) -> CheckedWorkbook:
    return path if isinstance(path, CheckedWorkbook) else check_workbook_file(path)


# -- python-calamine ----------------------------------------------------------------


def open_calamine(path: CheckedWorkbook) -> Any | None:
    """A python-calamine workbook of *path*, or None when calamine cannot open it."""
    from python_calamine import CalamineWorkbook

    try:
        with stderr_logged():
            return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # a Rust panic is a BaseException
        if fatal(exc):
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


def xml_sheet_stream(
    path: CheckedWorkbook, name: str, min_cells: int | None = None, limit: int | None = None
) -> RowStream | None:
    """The rows of a sheet spanning more than *min_cells* (a very large one) written
    the usual way, read from its XML (see :mod:`~amp_desktop.core.excel.xml_rows`),
    or None for any other sheet.  It may span *limit* cells (None: ``MAX_CELLS``)."""
    from amp_desktop.core.excel import xml_rows

    extent = readable_extent(path, name, limit)
    found = path.sheets.get(name)
    least = XML_READ_CELLS if min_cells is None else min_cells
    if found is None or extent is None or extent.exact or extent.cells <= least:
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
    with stderr_logged():
        sheet = workbook.get_sheet_by_name(name)
    chunks = _with_formulas(_calamine_chunks(sheet), _formulas(path, name))
    with stderr_logged():
        head = next(chunks, [])
    return RowStream(name, head, chunks)


def calamine_sheet_rows(workbook: Any, path: CheckedWorkbook, name: str) -> list[list[Any]]:
    """All rows of sheet *name* via calamine (see :func:`calamine_sheet_stream`)."""
    return calamine_sheet_stream(workbook, path, name).all_rows()


class FastWorkbook:
    """A workbook for reading values fast: python-calamine, with openpyxl for
    any sheet (or whole workbook) calamine cannot read."""

    def __init__(self, path: str | Path, calamine: bool = True):
        self.path = checked_path(path)
        self._calamine: Any = None
        self._calamine_tried = False
        if calamine:
            self._open_calamine()
        self._openpyxl: Any = None
        names = worksheet_names(self.path)
        calamine_workbook = self._open_calamine() if names is None else None
        if calamine_workbook is not None:
            names = list(calamine_workbook.sheet_names)
        if names is None:
            names = list(self._open_openpyxl().sheetnames)
        self.sheet_names = names

    @property
    def hidden_sheets(self) -> set[str]:
        """The sheets hidden in Excel (a user does not see them, so may not know them)."""
        return {name for name, part in self.path.sheets.items() if part.hidden}

    def visible_first(self) -> list[str]:
        """The sheet names, those the user sees first (a list is looked for in them
        before a hidden copy or template is)."""
        hidden = self.hidden_sheets
        return sorted(self.sheet_names, key=lambda name: name in hidden)

    def _open_calamine(self) -> Any:
        if not self._calamine_tried:
            self._calamine_tried = True
            self._calamine = open_calamine(self.path)
        return self._calamine

    def _open_openpyxl(self) -> Any:
        if self._openpyxl is None:
            self._openpyxl = open_openpyxl(self.path)
        return self._openpyxl

    def rows(self, name: str) -> list[list[Any]]:
        """All rows of sheet *name*; raises :class:`ExcelFileError` (one line)."""
        return self.stream(name).all_rows()

    def stream(self, name: str, streaming: bool = False, limit: int | None = None) -> RowStream:
        """The rows of sheet *name* as they come; raises :class:`ExcelFileError`
        (one line).  Calamine reads the sheet when this is called, so a sheet it
        cannot read falls back to openpyxl here; a very large one (any, when
        *streaming*, which may span *limit* cells) is read from its XML, a chunk
        at a time."""
        try:
            streamed = (
                xml_sheet_stream(self.path, name, 0, limit)
                if streaming
                else xml_sheet_stream(self.path, name)
            )
        except ExcelFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged XML: calamine says what it can
            log.info("could not stream %r from its XML: %r", name, exc)
            streamed = None
        if streamed is not None:
            return streamed
        if self._open_calamine() is not None:
            try:
                return calamine_sheet_stream(self._calamine, self.path, name)
            except ExcelFileError:
                raise
            except BaseException as exc:  # a Rust panic is a BaseException
                if fatal(exc):
                    raise
                log.info("python-calamine could not read %r: %r", name, exc)
        try:
            return RowStream.of(name, openpyxl_rows(self._open_openpyxl(), self.path, name))
        except ExcelFileError:
            raise
        except Exception as exc:  # noqa: BLE001 - damaged XML surfaces while iterating
            raise unreadable(self.path, name, exc) from None

    def close(self) -> None:
        if self._calamine is not None:
            self._calamine.close()
        if self._openpyxl is not None:
            self._openpyxl.close()


def hidden_rows_note(path: Path, sheet: str, header_row: int) -> str | None:
    """The preview's note on the rows below *header_row* (1-based) of *sheet* that are
    hidden in Excel but were read like the others (a filter, a collapsed group), or
    None for none; known from the sheet's scan, so it costs no second read."""
    part = getattr(path, "sheets", {}).get(sheet)
    extent = part.extent if part is not None else None
    rows = [r for r in extent.hidden_rows if r > header_row] if extent is not None else []
    if not rows:
        return None
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][1] + 1:
            runs[-1][1] = r
        else:
            runs.append([r, r])
    shown = ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in runs[:10])
    shown += ", …" if len(runs) > 10 else ""
    if len(rows) == 1:
        text = translate("Excel", "1 row hidden in Excel was read (row {rows}).")
    else:
        text = translate("Excel", "{n} rows hidden in Excel were read (rows {rows}).")
    return text.format(n=format_number(len(rows)), rows=shown)
