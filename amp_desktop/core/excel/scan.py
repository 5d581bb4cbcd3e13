"""Streaming scan of a workbook's XML parts: entity declarations and what a sheet holds.

Readers allocate a sheet's cells as one rectangle, from its first to its last cell
holding a value, so one stray value at XFD1048576 asks for hundreds of GB and can
kill the program.  A sheet's ``<dimension>`` cannot be trusted (LibreOffice writes
row 1,048,576 when whole columns are formatted; a hostile file can leave it out),
so the scan counts what is really there, in one pass over the inflated XML, in
any attribute quoting and any order of rows, with or without ``r=`` references.

A cheap pass (counts and literal-prefix searches, in C) gives an upper bound of
the sheet's extent; only when that bound is too large to read, or the sheet is
written in an unusual way, an exact pass walks its rows and cells and counts only
cells that hold a value (styled empty cells cost readers nothing).
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

CHUNK = 1 << 20


class EntityFound(Exception):
    """A part declares a DOCTYPE or an entity (never needed; used by attacks)."""


@dataclass(frozen=True)
class Extent:
    """What one sheet holds: its last row and column holding a value (1-based, 0
    when empty) and how many cells hold values; ``exact`` when counted cell by cell
    (otherwise the figures are upper bounds)."""

    rows: int
    columns: int
    values: int
    exact: bool
    formulas: bool = False
    #: Cells certainly holding a value (a lower bound; the quick pass counts them in C).
    filled: int = 0
    #: The rows hidden in Excel (``hidden="1"`` on a row with cells), 1-based, in order.
    hidden_rows: tuple[int, ...] = ()

    @property
    def cells(self) -> int:
        """The rectangle a reader allocates for the sheet."""
        return self.rows * self.columns


def column_number(letters: bytes | str) -> int:
    number = 0
    for letter in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + (letter & 0xDF) - 64
    return number


_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_PREFIX = re.compile(rb"<(\w+:)?(?:worksheet|macrosheet|dialogsheet|chartsheet)[\s>]")
# One search finds all the quick pass must look at: a row or cell whose reference is
# not its first attribute (or is missing, or single-quoted), or row 100,000 or later;
# a formula; a declaration.  Every other tag fails at its first characters, so a
# normal sheet costs one pass in C.  Columns from AA are found by a search of their
# own (_WIDE): looking at each such cell in Python made a wide sheet (AMP's Demand
# sheet, 124 columns) cost 10 s at 1,000 programmes.
_NOTABLE = re.compile(rb'<(?:(?:c(?! r="[A-Z]{1,3}\d{1,5}")|row(?! r="\d{1,5}")|f)[\s/>]|!)')
# Once the rows in order have passed 100,000 (a list of a million rows), only rows
# of a million and more are looked at one by one: matching every row and cell of
# 100,000–999,999 made a million-row list cost four times calamine's read.
_NOTABLE_LONG = re.compile(rb'<(?:(?:c(?! r="[A-Z]{1,3}\d{1,6}")|row(?! r="\d{1,6}")|f)[\s/>]|!)')
_WIDE = re.compile(rb'<c r="([A-Z]{2,3})\d')
# A row or cell with a namespace prefix (<x:c>): readers take it for a cell even
# when the root element has none.  ':' is rare in sheet XML, so this is cheap.
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_FIRST_REF = re.compile(rb'r="([A-Z]{0,3})(\d+)"')
_LAST_ROW = re.compile(rb'<row r="(\d+)"')
#: A hidden row of a sheet written the usual way, and whether it is empty (``/>``,
#: ``></row>``).
_HIDDEN_ROW = re.compile(rb'<row r="(\d+)"[^>]*?\shidden="(?:1|true)"[^>]*?(/?>(?:</row>)?)')


def check_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Raise :class:`EntityFound` if the part declares a DOCTYPE or an entity
    anywhere (a comment before the DOCTYPE must not hide it)."""
    for _chunk in _chunks(archive, info):
        pass


def _raw_chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    with archive.open(info) as handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part's inflated bytes in pieces, each checked for declarations (with an
    overlap, so a declaration split between two pieces is still found)."""
    tail = b""
    for chunk in _raw_chunks(archive, info):
        window = tail + chunk[:64]
        if (b"<!" in chunk or b"<!" in window) and (
            _DECLARATION.search(window) or _DECLARATION.search(chunk)
        ):
            raise EntityFound(info.filename)
        tail = chunk[-64:]
        yield chunk


def _aligned(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """The part in pieces that each end just before a ``<`` (no tag is split); the
    caller checks them for declarations."""
    pending = b""
    for chunk in _raw_chunks(archive, info):
        data = pending + chunk
        end = data.rfind(b"<")
        if end <= 0:
            pending = b""
            yield data
        else:
            pending = data[end:]
            yield data[:end]
    if pending:
        yield pending


def scan_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Extent:
    """The extent of one sheet part, exact when the quick bound passes *limit*."""
    quick = _quick_extent(archive, info)
    if quick is not None and (quick.cells > limit or quick.columns * 100_000 > limit):
        # Only a sheet the quick bound does not clear is worth counting its filled
        # cells (a second pass in C): counting them for every sheet cost a referral
        # list a tenth of its import.
        quick = dataclasses.replace(quick, filled=_filled_cells(archive, info))
    # Rows before 100,000 are bounded by the last row only when rows come in order;
    # on a wide sheet an early far row could matter, so take every reference.
    if quick is not None and quick.filled > limit:
        pass  # too many filled cells, however they are placed
    elif quick is not None and quick.columns * 100_000 > limit:
        referenced = _referenced_extent(archive, info, quick.formulas)
        quick = dataclasses.replace(referenced, filled=quick.filled, hidden_rows=quick.hidden_rows)
    elif quick is not None and quick.cells > limit and quick.columns <= 26:
        # A long list: its columns, not the 26 a quick pass assumes, bound it.
        columns = _columns_referenced(archive, info)
        quick = dataclasses.replace(quick, columns=columns, values=quick.rows * columns)
    if quick is not None and quick.cells <= limit and quick.values <= limit:
        return quick
    if quick is not None and quick.filled > limit:
        # Certainly too many filled cells: said at once, not counted one by one in
        # Python (a county-sized sheet took a minute to be refused).
        return Extent(quick.rows, quick.columns, quick.filled, True, quick.formulas, quick.filled)
    return exact_extent(archive, info, limit)


_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"')


_CELL_LETTERS = re.compile(rb'<c r="([A-Z]{1,3})\d')


def _columns_referenced(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The last column any cell names, for a sheet written the usual way."""
    letters: set[bytes] = set()
    for chunk in _aligned(archive, info):
        letters.update(_CELL_LETTERS.findall(chunk))
    return max(map(column_number, letters), default=0)


def _referenced_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo, formulas: bool) -> Extent:
    """The extent over every cell's reference, for a sheet the quick pass found
    written the usual way (every cell with ``r="…"`` first)."""
    rows = columns = 0
    for chunk in _aligned(archive, info):
        refs = _CELL_REF.findall(chunk)
        if refs:
            letters = {ref[0] for ref in refs}
            columns = max(columns, *map(column_number, letters))
            rows = max(rows, *(int(ref[1]) for ref in refs))
    return Extent(rows, columns, rows * columns, False, formulas)


def _quick_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Extent | None:
    """Upper bounds from one search, or None when the sheet is not written the
    usual way (every row and cell with ``r="…"`` first, no namespace prefix).

    Rows before 100,000 (before 1,000,000 once the rows in order have passed
    100,000) are taken from the last row of each piece (rows come in
    order in every writer); a far reference anywhere is found by the search."""
    rows = columns = 0
    first = True
    formulas = False
    hidden: list[int] = []
    for chunk in _aligned(archive, info):
        if b'hidden="' in chunk:  # (one search in C: a list with no hidden row pays that)
            hidden += [int(r) for r, end in _HIDDEN_ROW.findall(chunk) if end == b">"]
        if first:
            root = _ROOT_PREFIX.search(chunk)
            if root is not None and root.group(1):
                return None
            first = False
        if _PREFIXED.search(chunk):
            return None
        notable = _NOTABLE if rows < 100_000 else _NOTABLE_LONG
        for found in notable.finditer(chunk):
            tag = found.group()
            if tag.startswith(b"<!"):
                if _DECLARATION.match(chunk, found.start()):
                    raise EntityFound(info.filename)
                continue
            if tag.startswith(b"<f"):
                formulas = True
                continue
            ref = _FIRST_REF.match(chunk, found.end())
            if ref is None:
                return None  # no reference, single quotes, or not first: count exactly
            if ref.group(1):
                columns = max(columns, column_number(ref.group(1)))
            rows = max(rows, int(ref.group(2)))
        wide = set(_WIDE.findall(chunk))
        if wide:
            columns = max(columns, *map(column_number, wide))
        tail = _LAST_ROW.findall(chunk, max(0, len(chunk) - 4096)) or _LAST_ROW.findall(chunk)
        if tail:
            rows = max(rows, *map(int, tail))
    columns = max(columns, 26) if rows else 0
    return Extent(rows, columns, rows * columns, False, formulas, hidden_rows=tuple(hidden))


def _filled_cells(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Cells certainly holding a value (a cell holds one ``<v>`` or ``<is>`` or none)."""
    return sum(chunk.count(b"<v>") + chunk.count(b"<is>") for chunk in _aligned(archive, info))


# Tags that matter: rows, cells and what a cell holds.  Any prefix, any quoting.
_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c|v|is|f)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb"""(?:^|\s)r\s*=\s*["']\s*([A-Za-z]*)(\d*)\s*["']""")
_HIDDEN = re.compile(rb"""(?:^|\s)hidden\s*=\s*["']\s*(?:1|true)\s*["']""")


def exact_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> Extent:
    """Walk every row and cell; count cells holding a value (a value, inline text
    or a formula), placed as readers place them: by their reference, or after the
    previous cell or row when they have none.  Stops once *limit* is passed (by the
    values, or by a rectangle of mostly empty cells)."""
    row = col = 0
    cell: tuple[int, int] | None = None
    rows = columns = values = 0
    formulas = False
    hidden: list[int] = []
    hidden_row = 0  # the row being walked, when it is hidden
    for data in _aligned(archive, info):
        if b"<!" in data and _DECLARATION.search(data):
            raise EntityFound(info.filename)
        for match in _TAG.finditer(data):
            name, attrs = match.group(1), match.group(2)
            if name == b"row":
                ref = _REF.search(attrs)
                row = int(ref.group(2)) if ref and ref.group(2) else row + 1
                col = 0
                cell = None
                hidden_row = row if b"hidden" in attrs and _HIDDEN.search(attrs) else 0
            elif name == b"c":
                ref = _REF.search(attrs)
                if ref and ref.group(1):
                    col = column_number(ref.group(1).upper())
                    if ref.group(2):
                        row = int(ref.group(2))
                else:
                    col += 1
                cell = None if attrs.endswith(b"/") else (row, col)
            elif cell is not None:  # the first <v>, <is> or <f> of a cell
                formulas = formulas or name == b"f"
                values += 1
                rows, columns = max(rows, cell[0]), max(columns, cell[1])
                if cell[0] == hidden_row:  # (a hidden row is told once, if it holds values)
                    hidden.append(hidden_row)
                    hidden_row = 0
                cell = None
                # Past the limit: by its values, or by a rectangle mostly empty (stray
                # cells far out); a dense one is counted on until its values pass it.
                if values > limit or rows * columns > limit and values * 2 < rows * columns:
                    return Extent(rows, columns, values, True, formulas)
            elif name == b"f":
                formulas = True
    return Extent(rows, columns, values, True, formulas, hidden_rows=tuple(hidden))
