"""A programme sheet's header written on two rows, read as one row.

A unit head's table often groups its columns under a title merged across them
("Platser" over *Antal platser* and *Budgeterade platser*) and merges the other
titles ("Insats", "Anvisning") down over both rows.  Excel keeps a merged title in
its first cell only, so the lower row has those cells empty and neither row alone
names every column: the lower row then takes the upper row's title where it has
none, and is the header (the upper row is a title row above it, as any other).
"""

from __future__ import annotations

from typing import Any

from amp_desktop.core.excel.read import HEADER_SCAN_ROWS, HEADER_SEARCH_ROWS, Sheet, find_header
from amp_desktop.core.excel.vocabulary import PROGRAMME_SYNONYMS, match_header
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _fields(row: list[Any], synonyms: dict[str, str]) -> set[str]:
    found = (match_header(v, synonyms) for v in row if isinstance(v, str))
    return {f for f in found if f}


def _combined(upper: list[Any], lower: list[Any], synonyms: dict[str, str]) -> list[Any] | None:
    """The two rows as one header, or None when they are not one header: both only
    text, each naming two fields or more, the upper row titles over three columns or
    more, most of them fields (not a title row such as "Insatser 2026 … Budget
    2026"), and together naming more fields than either alone."""
    if not all(_empty(v) or isinstance(v, str) for v in (*upper, *lower)):
        return None  # a number or a date: a row of data, not of titles
    above, below = _fields(upper, synonyms), _fields(lower, synonyms)
    titles = sum(1 for v in upper if not _empty(v))
    if len(above) < 2 or len(below) < 2 or titles < 3 or 2 * len(above) < titles:
        return None
    width = max(len(upper), len(lower))
    row = [
        lower[c]
        if c < len(lower) and not _empty(lower[c])
        else (upper[c] if c < len(upper) else None)
        for c in range(width)
    ]
    return row if len(_fields(row, synonyms)) > max(len(above), len(below)) else None


def two_row_header(
    rows: list[list[Any]], synonyms: dict[str, str] = PROGRAMME_SYNONYMS
) -> tuple[int, list[Any]] | None:
    """``(index of the header's lower row, the header as one row)`` when the header
    of *rows* is written on two rows, else None."""
    found = find_header(rows[:HEADER_SEARCH_ROWS], synonyms, minimum=2)
    if found is None:
        return None
    for upper in (found[0], found[0] - 1):
        if upper < 0 or upper + 1 >= len(rows):
            continue
        row = _combined(list(rows[upper]), list(rows[upper + 1]), synonyms)
        if row is not None:
            return upper + 1, row
    return None


def with_one_header_row(rows: list[list[Any]]) -> list[list[Any]]:
    """*rows* (a sheet's first rows) with a two-row header as one: a new list, *rows*
    is left as it is."""
    two = two_row_header(rows)
    if two is None:
        return rows
    index, row = two
    return [*rows[:index], row, *rows[index + 1 :]]


def join_header_rows(sheet: Sheet) -> None:
    """Write a two-row header of *sheet* (held, not streamed) into its lower row."""
    if sheet.streams:
        return
    two = two_row_header(sheet.rows)
    if two is not None:
        sheet.rows[two[0]] = two[1]


def header_search_hint() -> str:
    """The sentence after "no sheet has a header row …": where AMP looked, and what to do."""
    return translate(
        "Excel",
        "AMP looks for the header in each sheet's first {first} rows, or below a title or "
        "explanation as far as row {last}: delete the rows above the list's header (or "
        "move the table up) and import again.",
    ).format(first=HEADER_SCAN_ROWS, last=format_number(HEADER_SEARCH_ROWS, 0))
