"""The footer rows of a referral list ("Summa", "Antal rader: 4", "Utskrivet … av …"):
found as the rows are counted, skipped and listed in the preview, never a problem.

A row is a footer when its date cell is empty and its programme cell is a footer
line that names no programme, or when its date cell is itself a footer line and its
programme cell is empty (or a footer line too).  What a footer line is, is the
rule of every list (:func:`~amp_desktop.core.excel.participant_notes.footer_label`,
a case system's report footers "Totalt: 12", "Sida 1 av 3" among them).
Any other row without a date stays a problem at its date cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from amp_desktop.core.excel.participant_notes import footer_label
from amp_desktop.core.excel.preview import SkippedRow
from amp_desktop.core.excel.read import Formula, address, cell_text
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_label(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(value, Formula) and footer_label(value)


#: A subtotal's label: a totals word and what it sums ("Summa Atlas", "Totalt för Krami").
_SUBTOTAL = re.compile(
    r"^\s*(?:summa|delsumma|totalt|total|sum|subtotal)(?:\s+för|\s+for)?\s+(.+?)\s*$",
    re.IGNORECASE,
)


def _subtotal(value: Any, match: Callable[[Any], int | None]) -> bool:
    """Whether a programme cell is a subtotal of a programme ("Summa Atlas"): what
    follows the totals word names one (*match* may know only the cells the list has
    had: a subtotal of a programme no row above names stays a problem)."""
    if not isinstance(value, str) or isinstance(value, Formula):
        return False
    found = _SUBTOTAL.match(value)
    if found is None:
        return False
    try:
        return match(found.group(1)) is not None
    except KeyError:
        return False


def _count(value: Any) -> bool:
    """Whether a cell of a footer row holds its count (a number, not a date)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class FooterRows:
    """The footer cells of one list's date and programme columns, and the rows skipped."""

    def __init__(self, sheet: str, first_row: int, date_c: int, prog_c: int):
        self.sheet, self.first_row = sheet, first_row  # first_row: the first data row
        self.date_c, self.prog_c = date_c, prog_c
        self.programmes: set[Any] = set()  # programme cells that are footer lines
        self.dates: set[Any] = set()  # date cells that are footer lines
        self.skipped: list[SkippedRow] = []
        self.waiting: set[Any] = set()  # empty date cells whose first real row is not known

    def note_programmes(self, new: Iterable[Any], match: Callable[[Any], int | None]) -> None:
        """Among programme cells seen for the first time, those that are footer lines
        (*match* gives the programme a cell names, None for none)."""
        self.programmes.update(
            raw for raw in new if match(raw) is None and (_is_label(raw) or _subtotal(raw, match))
        )

    def note_dates(self, bad: Iterable[Any]) -> None:
        """Among date cells seen for the first time that are not dates, the footer
        lines, and the empty ones (their first row is the first that is no footer)."""
        for raw in bad:
            if _blank(raw):
                self.waiting.add(raw)
            elif _is_label(raw):
                self.dates.add(raw)

    def is_footer(self, programme: Any, date: Any) -> bool:
        """Whether a row with these programme and date cells is a footer row (its date
        is not a date: the caller asks only then)."""
        # (a count beside the label, "Summa | 12": in the date cell it is no date)
        if programme in self.programmes:
            return _blank(date) or date in self.dates or _count(date)
        return date in self.dates and (_blank(programme) or _count(programme))

    def read_chunk(
        self, dates: list[Any], names: list[Any], offset: int, first_date: dict[Any, int]
    ) -> None:
        """List the footer rows of a chunk (data rows from *offset*) and give each
        empty date in *first_date* its first row that is neither empty nor a footer.
        Only the rows holding a footer cell or an empty date are looked at, found in
        C (a list's empty separator rows must not cost a Python step per row)."""
        found: list[tuple[int, int, Any]] = []
        if self.programmes and not self.programmes.isdisjoint(names):
            for label in self.programmes.intersection(names):
                found += [(i, self.prog_c, label) for i in _positions(names, label)]
        if self.dates and not self.dates.isdisjoint(dates):
            for label in self.dates.intersection(dates):
                found += [(i, self.date_c, label) for i in _positions(dates, label)]
        for i, column, label in sorted(found):
            listed = column == self.date_c and names[i] in self.programmes  # (by its programme)
            if not listed and self.is_footer(names[i], dates[i]):
                self._skip(offset + i, column, label)
        for blank in self.waiting.intersection(dates) if self.waiting else ():
            for i in _positions(dates, blank):
                name = names[i]
                if name in (None, "") or isinstance(name, Formula) or self.is_footer(name, blank):
                    continue
                first_date[blank] = offset + i
                self.waiting.discard(blank)
                break

    def _skip(self, data_row: int, column: int, label: Any) -> None:
        where = address(self.sheet, self.first_row + data_row, column)
        text = mask_personal_ids(cell_text(label).strip())
        reason = translate("Excel", "a footer line, not a referral.")
        self.skipped.append(SkippedRow(where, text, reason))


def _positions(values: list[Any], value: Any) -> Iterator[int]:
    """The indexes of *value* in *values*, each found by ``list.index`` (in C)."""
    at = -1
    while True:
        try:
            at = values.index(value, at + 1)
        except ValueError:
            return
        yield at
