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
import functools
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
# 100,000–999,999 made a million-row list cost four times calamine's read.  A cell
# naming a row of six digits past the rows so far (rounded up to the next 10,000) is
# found by a search of its own (_long_searches): before 8 December a stray value at
# Z999999 in a list of 150,000 rows went unseen (26 million cells for a reader).
_NOTABLE_LONG = re.compile(rb'<(?:(?:c(?! r="[A-Z]{1,3}\d{1,6}")|row(?! r="\d{1,6}")|f)[\s/>]|!)')
_WIDE = re.compile(rb'<c r="([A-Z]{2,3})\d')
# Most pieces of a sheet hold nothing the two searches above would find: rows and
# cells with an ordinary reference in columns A–Z only.  Three searches that each
# start at a two- or four-byte literal (``<c``, ``<row``, ``<f``) say so at C speed;
# _NOTABLE starts at every ``<`` (six a cell): on the 100,000-row participant list
# _NOTABLE and _WIDE took 200 ms, these three take 110 ms.  A piece they do not
# clear is searched as before.  _ODD_CELL finds every cell _NOTABLE or _WIDE would find (and
# more: a wide cell, a ``<c`` at the end); _ODD_ROW the rows _NOTABLE would find.
_ODD_CELL = re.compile(rb'<c(?! r="[A-Z]\d{1,5}"|[^\s/>])')
_ODD_ROW = re.compile(rb'<row(?! r="\d{1,5}"|[^\s/>])')
_ODD_ROW_LONG = re.compile(rb'<row(?! r="\d{1,6}"|[^\s/>])')
_FORMULA = re.compile(rb"<f[\s/>]")
# (A search starting at 'h', rarer than '"': cheaper than ``b'hidden="' in chunk``.)
_HIDDEN_MARK = re.compile(rb'hidden="')
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
        # Only a sheet the quick bound does not clear is worth a second pass: counting
        # filled cells for every sheet cost a referral list a tenth of its import.
        quick = _second_pass(archive, info, quick, limit)
    if quick is not None and quick.cells <= limit and quick.values <= limit:
        return quick
    if quick is not None and quick.filled > limit:
        # Certainly too many filled cells: said at once, not counted one by one in
        # Python (a county-sized sheet took a minute to be refused).
        return Extent(quick.rows, quick.columns, quick.filled, True, quick.formulas, quick.filled)
    return exact_extent(archive, info, limit)


def _second_pass(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, quick: Extent, limit: int
) -> Extent:
    """The quick bound of a sheet written the usual way narrowed, in one pass: the
    cells certainly filled (a cell holds one ``<v>`` or ``<is>`` or none) and, unless
    they pass *limit*, every cell's reference on a wide sheet (rows before 100,000
    are bounded by the last row only when rows come in order; on a wide sheet an
    early far row could matter) or, on a long list, the last column any cell names
    (its columns, not the 26 the quick pass assumes, bound it).  (Two passes until
    8 December: inflating a million-row list's XML once more took a second.)"""
    wide = quick.columns * 100_000 > limit
    long = not wide and quick.cells > limit and quick.columns <= 26
    filled = rows = columns = 0
    for chunk in _aligned(archive, info):
        filled += chunk.count(b"<v>") + chunk.count(b"<is>")
        if filled > limit:
            continue  # too many filled cells, however they are placed
        if wide and (refs := _CELL_REF.findall(chunk)):
            columns = max(columns, *map(column_number, {ref[0] for ref in refs}))
            rows = max(rows, *(int(ref[1]) for ref in refs))
        elif long:
            columns = _last_column(chunk, columns)
    if filled > limit or not (wide or long):
        return dataclasses.replace(quick, filled=filled)
    if wide:
        return Extent(
            rows, columns, rows * columns, False, quick.formulas, filled, quick.hidden_rows
        )
    return dataclasses.replace(quick, columns=columns, values=quick.rows * columns, filled=filled)


_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"')
#: The cells past column *n* (0–25): searched once a piece when none is (the last
#: column of a long list; finding every cell's letters took a million-row list 0.5 s).
_PAST_COLUMN = [re.compile(rb'<c r="([%c-Z]|[A-Z]{2,3})\d' % (65 + n)) for n in range(26)]


def _last_column(chunk: bytes, column: int) -> int:
    """The last column a cell of *chunk* names, or *column* if none is further."""
    while column < 26 and (found := _PAST_COLUMN[column].search(chunk)):
        column = max(column, column_number(found.group(1)))
    if column >= 26 and (wide := set(_WIDE.findall(chunk))):
        column = max(column, *map(column_number, wide))
    return column


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
        if _HIDDEN_MARK.search(chunk):  # (one search in C: a list with no hidden row pays that)
            hidden += [int(r) for r, end in _HIDDEN_ROW.findall(chunk) if end == b">"]
        if first:
            root = _ROOT_PREFIX.search(chunk)
            if root is not None and root.group(1):
                return None
            first = False
        if b":" in chunk and _PREFIXED.search(chunk):  # (memchr: most pieces have no ':')
            return None
        tail = _LAST_ROW.findall(chunk, max(0, len(chunk) - 4096)) or _LAST_ROW.findall(chunk)
        cell, row, past = _ODD_CELL, _ODD_ROW, None
        if rows >= 100_000:  # (rows up to the bound or this piece's last are no harm)
            last = min(max(rows, *map(int, tail)) if tail else rows, 999_999)
            (cell, past), row = _long_searches(last // 10_000), _ODD_ROW_LONG
        if _plain(chunk, cell, row, formulas):
            pass  # nothing _NOTABLE or _WIDE would find: only the last row counts
        elif (outcome := _notable(chunk, rows, columns, formulas, info)) is None:
            return None
        else:
            rows, columns, formulas = outcome
            if past is not None and (far := past.findall(chunk)):
                rows = max(rows, *map(int, far))
        if tail:
            rows = max(rows, *map(int, tail))
    columns = max(columns, 26) if rows else 0
    return Extent(rows, columns, rows * columns, False, formulas, hidden_rows=tuple(hidden))


def _plain(chunk: bytes, cell: re.Pattern[bytes], row: re.Pattern[bytes], formulas: bool) -> bool:
    """Whether a piece holds nothing :func:`_notable` would act on: no ``<!``, every
    row and cell with an ordinary reference first (*cell*, *row*: the searches for
    those that are not), in columns A–Z, and no formula (or formulas already found)."""
    if b"!" in chunk and b"<!" in chunk:  # (memchr: '!' is rare)
        return False
    if cell.search(chunk) or row.search(chunk):
        return False
    return formulas or not _FORMULA.search(chunk)


@functools.lru_cache(maxsize=128)
def _long_searches(tens: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """For a piece of a long list whose rows so far end before ``tens`` × 10,000 +
    10,000: the search for cells not written the usual way or naming a row past
    that (a stray cell at Z999999 in a list of 150,000 rows), and the search for
    the rows of six digits past it that cells name."""
    high, low = divmod(tens, 10)  # (10 ≤ tens ≤ 99: rows of six digits)
    below = rb"1[0-%d]" % low if high == 1 else rb"[1-%d]\d|%d[0-%d]" % (high - 1, high, low)
    rows = rb"(?:%s)\d{4}" % below
    # (possessive: a reference of six digits past the rows is not tried as five)
    cell = re.compile(rb'<c(?! r="[A-Z](?:%s+|\d{1,5}+)"|[^\s/>])' % rows)
    past = re.compile(rb'<c r="[A-Z]{1,3}(?!%s")(\d{6})"' % rows)
    return cell, past


def _notable(
    chunk: bytes, rows: int, columns: int, formulas: bool, info: zipfile.ZipInfo
) -> tuple[int, int, bool] | None:
    """The bounds and formula flag after one piece looked at tag by tag (None when
    the sheet is not written the usual way)."""
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
    return rows, columns, formulas


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
