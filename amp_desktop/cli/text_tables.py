"""The command line's text tables: declared columns aligned, and fitted to a terminal."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from amp_desktop.core.tables import Column

#: A terminal whose width is not known is taken to be this wide.
WIDTH = 100
#: A name is shortened (with …) to no fewer characters than this.
NAME_MIN = 24


def terminal_width() -> int | None:
    """The width of the terminal the output goes to; None when it goes to a file or a
    pipe (which get every column, as declared: for grep, a spreadsheet, ``less -S``)."""
    if not sys.stdout.isatty():
        return None
    return max(shutil.get_terminal_size((WIDTH, 24)).columns, 40)


def aligned_table(columns: tuple[Column, ...], rows: list[list[str]], first: str = "") -> None:
    """Columns padded to their widest cell, aligned as declared (numbers right);
    *first* retitles the first column."""
    headers = [c.one_line() for c in columns]
    if first:
        headers[0] = first
    print_aligned(columns, headers, rows)


def print_aligned(columns: Sequence[Column], headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(c) for c in column) for column in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        cells = [
            cell.rjust(w) if column.alignment == "right" else cell.ljust(w)
            for column, cell, w in zip(columns, line, widths, strict=True)
        ]
        print("  ".join(cells).rstrip())


@dataclass(frozen=True)
class Layout:
    """Which of a table's columns are shown under which titles, and how long a name
    (the ``name`` or ``label`` column) may be."""

    columns: tuple[Column, ...]
    keep: tuple[int, ...]
    titles: tuple[str, ...]
    name: int  # the name column's index in *columns* (-1: none)
    name_limit: int | None

    @property
    def shown(self) -> list[Column]:
        return [self.columns[i] for i in self.keep]

    def short_titles(self) -> list[str]:
        """The keys of the columns shown under a title other than their own."""
        return [
            self.columns[i].key
            for i in self.keep
            if i and self.titles[i] != self.columns[i].one_line()
        ]

    @classmethod
    def fit(
        cls,
        columns: tuple[Column, ...],
        rows: list[list[str]],
        first: str = "",
        *,
        width: int | None = WIDTH,
        short: Mapping[str, Callable[[], str]] | None = None,
        leave_out: Sequence[str] = (),
    ) -> Layout:
        """No wider than *width* where that can be: the full titles if they fit, else
        the *short* ones; then the columns of *leave_out* left out in turn while even
        names shortened to :data:`NAME_MIN` would not fit; then the names shortened
        with "…" as far as needed (never under :data:`NAME_MIN`).  No *width*: every
        column under its full title."""
        titles = [first or columns[0].one_line(), *(c.one_line() for c in columns[1:])]
        name = next((i for i, c in enumerate(columns) if c.key in ("name", "label")), -1)
        keep = list(range(len(columns)))
        if width is None:
            return cls(columns, tuple(keep), tuple(titles), name, None)
        if short and _width(titles, rows, keep) > width:
            titles = [titles[0]] + [
                short[c.key]() if c.key in short else titles[i] for i, c in enumerate(columns) if i
            ]
        longest = max([len(titles[name]), *(len(r[name]) for r in rows)]) if name >= 0 else 0
        floor = max(NAME_MIN, len(titles[name])) if name >= 0 else 0
        spare = max(longest - floor, 0)
        for key in leave_out:
            if _width(titles, rows, keep) - spare <= width:
                break
            keep = [i for i in keep if columns[i].key != key]
        excess = _width(titles, rows, keep) - width
        limit = max(longest - excess, floor) if excess > 0 and name >= 0 else None
        return cls(columns, tuple(keep), tuple(titles), name, limit)

    def print(self, rows: list[list[str]], first: str = "") -> None:
        """*rows* (every declared column's cell) in this layout; *first* retitles
        the first column."""
        titles = [first or self.titles[0], *self.titles[1:]]
        limit = self.name_limit
        if limit is not None:
            rows = [
                [shorten(cell, limit) if i == self.name else cell for i, cell in enumerate(row)]
                for row in rows
            ]
        print_aligned(
            self.shown, [titles[i] for i in self.keep], [[r[i] for i in self.keep] for r in rows]
        )


def shorten(text: str, limit: int) -> str:
    """*text*, or its first *limit* − 1 characters and "…"."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _width(titles: Sequence[str], rows: list[list[str]], keep: Sequence[int]) -> int:
    widths = [max([len(titles[i]), *(len(row[i]) for row in rows)]) for i in keep]
    return sum(widths) + 2 * (len(widths) - 1)
