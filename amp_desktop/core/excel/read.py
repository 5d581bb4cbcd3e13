"""Reading cells out of a checked workbook: values, formulas kept apart, header rows.

Catalogue-sized sheets are read with openpyxl (it tells a formula from a value);
referral lists with python-calamine (ten times faster, values only); each falls
back to the other (:mod:`~amp_desktop.core.excel.readers`).  A sheet is read
when it is first used, so a workbook of 500 sheets costs what its one used sheet
costs.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.excel import vocabulary
from amp_desktop.core.excel.vocabulary import match_header
from amp_desktop.core.personal import mask_personal_ids

HEADER_SCAN_ROWS = 30
#: How far a header is looked for below a title block (a case system's report
#: heading, an explanation above the table): as far as a streamed sheet's head.
HEADER_SEARCH_ROWS = 1000
#: Rows of three cells or more that name no field: a table, not a title block;
#: after this many the search below the first rows stops.
_TABLE_ROWS = 10
_MATCHED: dict[int, dict[str, str | None]] = {}


@dataclass(frozen=True)
class Formula:
    """A formula found in a cell: reported, never used as data."""

    text: str

    def __str__(self) -> str:
        return self.text


#: Reads a sheet's rows from A1 a chunk at a time; the set names the only columns
#: needed after the first rows (None: all; other cells may then be left empty), the
#: number the cells the sheet may span when read streaming (None: ``MAX_CELLS``).
RowChunks = Callable[[set[int] | None, int | None], Iterator[list[list[Any]]]]


class Sheet:
    """The cells of one sheet as rows of values (``Formula`` for formulas), read
    when first used (*load*) unless given (*rows*).  A sheet with a *stream* is
    also read row by row (:meth:`iter_rows`) without being held."""

    def __init__(
        self,
        name: str,
        rows: list[list[Any]] | None = None,
        load: Callable[[], list[list[Any]]] | None = None,
        stream: RowChunks | None = None,
    ):
        self.name = name
        self._rows = rows
        self._load = load
        self._stream = stream
        self._head: list[list[Any]] | None = None
        #: Cells the sheet may span when streamed: raised (``safety.EXPORT_MAX_CELLS``)
        #: only for AMP's own export of the catalogue it is imported into.
        self.limit: int | None = None

    @property
    def streams(self) -> bool:
        """Whether the rows can be read as they come (the sheet is not held)."""
        return self._rows is None and self._stream is not None

    def head(self, count: int) -> list[list[Any]]:
        """The first *count* rows (at most), without reading the rest of a streamed sheet."""
        if not self.streams:
            return self.rows[:count]
        if self._head is None or len(self._head) < count:
            assert self._stream is not None
            self._head = list(itertools.islice(self.iter_rows(), count))
        return self._head[:count]

    def iter_rows(self, only: set[int] | None = None) -> Iterator[list[Any]]:
        """Every row from the first, as it comes; after the first rows a streamed
        sheet may leave columns other than *only* (0-based) empty."""
        if not self.streams:
            yield from self.rows
            return
        assert self._stream is not None
        for chunk in self._stream(only, self.limit):
            yield from chunk

    @property
    def rows(self) -> list[list[Any]]:
        if self._rows is None:
            self._rows = self._load() if self._load is not None else []
            while self._rows and not self._rows[-1]:
                self._rows.pop()
        return self._rows

    @rows.setter
    def rows(self, rows: list[list[Any]]) -> None:
        self._rows = rows

    def __repr__(self) -> str:
        return f"Sheet({self.name!r})"

    def cell(self, row: int, col: int) -> Any:
        """The value at 0-based *row*, *col* (None beyond the data)."""
        rows = self.rows
        if row < len(rows) and col < len(rows[row]):
            return rows[row][col]
        return None


def address(sheet: str, row: int, col: int) -> str:
    """``Programmes!B4`` for 0-based *row* and *col* (a sheet named by a person's
    identity number, as some units name one, masked: the address is shown)."""
    return f"{_quoted_sheet(sheet)}!{get_column_letter(col + 1)}{row + 1}"


@functools.lru_cache(maxsize=64)
def _quoted_sheet(sheet: str) -> str:
    """*sheet* as an address writes it: an identity number masked, quoted if need be."""
    sheet = mask_personal_ids(sheet)
    return f"'{sheet}'" if any(ch in sheet for ch in " -!'") else sheet


def read_sheets(
    path: str | Path, names: list[str] | None = None, *, checked: bool = False
) -> list[Sheet]:
    """The worksheets (or those named) of a workbook, each read with openpyxl,
    formulas kept apart, when its rows are first used.  *path* is checked unless it
    is the :class:`~amp_desktop.core.excel.safety.CheckedWorkbook` the check returned
    (*checked* is kept for callers that say so)."""
    from amp_desktop.core.excel import openpyxl_reader, readers

    del checked  # a checked workbook carries what the check found
    workbook = readers.checked_path(path)
    titles = openpyxl_reader.worksheet_names(workbook)
    if titles is None:
        wb = openpyxl_reader.open_openpyxl(workbook)
        titles = [ws.title for ws in wb.worksheets]
        wb.close()
    # AMP's own export: its Demand and hidden base sheets are its largest (87 and 7 MB
    # of XML at 1,000 programmes) and hold values only AMP wrote; they are read with
    # the fast reader (openpyxl parsed them in Python, 482 s at 1,000 programmes).
    # They are also read row by row, streaming (a county's Demand sheet is 24.8
    # million cells): see :mod:`~amp_desktop.core.excel.demand`.
    ours = vocabulary.BASE_SHEET in titles
    sheets = []
    for title in titles:
        if names is not None and title not in names:
            continue
        if ours and (title == vocabulary.BASE_SHEET or vocabulary.sheet_key(title) == "demand"):
            stream = functools.partial(_fast_chunks, workbook, title)
            sheets.append(Sheet(title, load=functools.partial(_fast_rows, stream), stream=stream))
        else:
            load = functools.partial(openpyxl_reader.read_with_openpyxl, workbook, title)
            sheets.append(Sheet(title, load=load))
    return sheets


def _fast_chunks(
    path: Any, name: str, only: set[int] | None = None, limit: int | None = None
) -> Iterator[list[list[Any]]]:
    """Sheet *name*'s rows read with the fast reader a chunk at a time, as
    openpyxl's reader gives them (empty cells None, no trailing empty cells): from
    its XML when it is written the usual way (memory does not grow with the sheet;
    it may then span *limit* cells), else with calamine (within ``MAX_CELLS``)."""
    from amp_desktop.core.excel.readers import FastWorkbook

    workbook = FastWorkbook(path, calamine=False)
    try:
        stream = workbook.stream(name, streaming=True, limit=limit)
        stream.only = only
        for chunk in stream.chunks():
            rows = []
            for row in chunk:
                cells = [None if value == "" else value for value in row]
                while cells and cells[-1] is None:
                    cells.pop()
                rows.append(cells)
            yield rows
    finally:
        workbook.close()


def _fast_rows(stream: RowChunks) -> list[list[Any]]:
    return list(itertools.chain.from_iterable(stream(None, None)))


def read_fast(path: str | Path, *, checked: bool = False) -> tuple[list[str], Any]:
    """Sheet names and a workbook for :func:`calamine_rows` (python-calamine, with
    openpyxl where calamine fails); *path* is checked unless already checked."""
    from amp_desktop.core.excel.readers import FastWorkbook

    del checked
    workbook = FastWorkbook(path)
    return list(workbook.sheet_names), workbook


def calamine_rows(workbook: Any, name: str, path: Path) -> list[list[Any]]:
    """All rows of sheet *name* of a workbook from :func:`read_fast`."""
    del path
    rows: list[list[Any]] = workbook.rows(name)
    return rows


def calamine_stream(workbook: Any, name: str) -> Any:
    """Sheet *name* of a workbook from :func:`read_fast` as a
    :class:`~amp_desktop.core.excel.readers.RowStream`: its first rows at once, the
    rest as they come (a million-row list is never held whole)."""
    return workbook.stream(name)


def find_header(
    rows: list[list[Any]], synonyms: dict[str, str], minimum: int = 2
) -> tuple[int, dict[int, str]] | None:
    """The header row among the first rows and its ``{column: field}`` mapping.

    The row naming the most distinct fields wins (title rows above are skipped);
    None when no row names at least *minimum* fields.  Past the first
    ``HEADER_SCAN_ROWS`` only when those are a title block (see
    :func:`_header_below_title`).
    """
    best: tuple[int, dict[int, str]] | None = None
    # The first rows are looked at several times per import (to tell the kind, then
    # to read it) and their texts repeat: match each text once per synonym table.
    shared = synonyms is vocabulary.OTHER_SYNONYMS or synonyms is vocabulary.PROGRAMME_SYNONYMS
    memo = _MATCHED.setdefault(id(synonyms), {}) if shared else {}
    if len(memo) > 20_000:
        memo.clear()
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = _row_fields(row, synonyms, memo)
        if len(mapping) >= minimum and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    if best is None and len(rows) > HEADER_SCAN_ROWS:
        best = _header_below_title(rows, synonyms, minimum, memo)
    return best


def _row_fields(
    row: list[Any], synonyms: dict[str, str], memo: dict[str, str | None]
) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for col, value in enumerate(row):
        if not isinstance(value, str):
            continue
        if value in memo:
            field = memo[value]
        else:
            field = memo[value] = match_header(value, synonyms)
        if field and field not in mapping.values():
            mapping[col] = field
    return mapping


def _is_table_row(row: list[Any]) -> bool:
    return sum(1 for value in row if value is not None and value != "") >= 3


def title_block_only(rows: list[list[Any]]) -> bool:
    """Whether the first ``HEADER_SCAN_ROWS`` of *rows* are a title block, not a table
    (a header may then be further down: see :func:`find_header`)."""
    return sum(1 for row in rows[:HEADER_SCAN_ROWS] if _is_table_row(row)) < _TABLE_ROWS


def _header_below_title(
    rows: list[list[Any]], synonyms: dict[str, str], minimum: int, memo: dict[str, str | None]
) -> tuple[int, dict[int, str]] | None:
    """The header below a title block longer than the first rows (a report's heading
    of 35 lines, an explanation above the table), looked for as far as
    ``HEADER_SEARCH_ROWS``; a sheet whose first rows are already a table (a list
    of another kind, a table without a header AMP knows) is not searched further."""
    tables = sum(1 for row in rows[:HEADER_SCAN_ROWS] if _is_table_row(row))
    best: tuple[int, dict[int, str]] | None = None
    for index in range(HEADER_SCAN_ROWS, min(len(rows), HEADER_SEARCH_ROWS)):
        if tables >= _TABLE_ROWS or (best is not None and index >= best[0] + HEADER_SCAN_ROWS):
            break
        row = rows[index]
        mapping = _row_fields(row, synonyms, memo)
        if len(mapping) >= minimum:
            if best is None or len(mapping) > len(best[1]):
                best = (index, mapping)
        elif _is_table_row(row):
            tables += 1
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


def has_rows(rows: list[list[Any]], header_row: int) -> bool:
    """Whether a sheet has a row with something in it below its header row (an empty
    template with a list's header is no list)."""
    return any(
        any(cell is not None and cell != "" for cell in row) for row in rows[header_row + 1 :]
    )
