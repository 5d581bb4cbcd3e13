"""The problems a referral list gives, each at the first cell that has it: dates
not read, programmes not in the catalogue, sources that cannot be sources, counts
that are not whole numbers, and formula cells (reported, never counted)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.excel.formulas import formula_cells
from amp_desktop.core.excel.participant_free_text import mask_name_runs
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.excel.programme_match import names_no_programme
from amp_desktop.core.excel.read import Formula, address, cell_text
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.i18n import translate

MAX_PROBLEMS = 50
#: The columns a referral is counted by: a formula in one of them drops the row.
COUNTED_FIELDS = ("date", "programme", "source", "count")
#: Headers of a column saying how many referrals a row stands for.
_COUNT_HEADERS = re.compile(
    r"^(antal|antal anvisade|antal anvisningar|antal deltagare|antal personer|count|"
    r"number of referrals|no\. of referrals|referrals|referral count|anvisade \(antal\))$"
)


def find_count_column(preview: ImportPreview, columns: dict[int, str]) -> None:
    """Map to ``count`` the first column not otherwise read whose header says how many
    referrals its row stands for ("Antal anvisade", "Number of referrals", …), and
    say so in *preview*."""
    found = next((c for c, f in columns.items() if f == "count"), None)
    if found is None:
        found = next(
            (
                c
                for c, header in enumerate(preview.headers)
                if c not in columns and _COUNT_HEADERS.match(normalise(header))
            ),
            None,
        )
    if found is None:
        return
    columns[found] = "count"
    preview.summary.append(
        translate(
            "Excel", "Column {col} ({header}) says how many referrals each row stands for."
        ).format(col=get_column_letter(found + 1), header=preview.headers[found])
    )


def referral_count(value: Any) -> int | str:
    """How many referrals a count cell stands for, or why it cannot be read."""
    if isinstance(value, bool):
        number: float | None = None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        text = cell_text(value).strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return translate("Excel", "Count: the cell is empty.")
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            number = None
    if number is None or number != number or number in (float("inf"), float("-inf")):
        return translate("Excel", "Count: the cell does not hold a number.")
    if number < 0 or number != int(number):
        return translate(
            "Excel", "Count: the number of referrals must be a whole number of 0 or more."
        )
    return int(number)


def formulas_read(
    path: Path, sheet: str, header_row: int, col: dict[str, int]
) -> list[tuple[int, int, str]]:
    """The formula cells below the header in the columns read, ``(row, column,
    formula)`` 0-based in the sheet, in order."""
    read = set(col.values())
    return [
        (r, c, text)
        for (r, c), text in sorted(formula_cells(path, sheet).items())
        if c in read and r > header_row
    ]


def mark_formulas(
    chunk: list[list[Any]],
    offset: int,
    found: list[tuple[int, int, str]],
    header_row: int,
    col: dict[str, int],
) -> None:
    """Formula cells in a chunk of data rows (its first is data row *offset*): in a
    counted column a :class:`Formula` (the row is not counted), elsewhere empty (the
    fast reader gives a formula's cached value, which may be anything)."""
    read = {c: f for f, c in col.items()}
    first, end = header_row + 1 + offset, header_row + 1 + offset + len(chunk)
    for r, c, text in found:
        if first <= r < end:
            chunk[r - first][c] = Formula(text) if read[c] in COUNTED_FIELDS else None


def report_formulas(
    preview: ImportPreview,
    found: list[tuple[int, int, str]],
    header_row: int,
    col: dict[str, int],
    data_rows: int,
) -> None:
    """A problem for each formula cell among the *data_rows* rows read: reported,
    never taken as data."""
    read = {c: f for f, c in col.items()}
    found = [item for item in found if item[0] <= header_row + data_rows]
    for shown, (r, c, text) in enumerate(found):
        if shown < MAX_PROBLEMS:
            preview.problems.append(
                Problem(
                    address(preview.sheet, r, c),
                    translate(
                        "Excel", "the cell holds a formula ({formula}); it was not used."
                    ).format(formula=text[:80]),
                    blocking=read[c] in COUNTED_FIELDS,
                )
            )
    left = len(found) - MAX_PROBLEMS
    if left > 0:
        text = (
            translate("Excel", "1 more cell holds a formula; it was not used.")
            if left == 1
            else translate("Excel", "{n} more cells hold formulas; they were not used.")
        )
        preview.problems.append(Problem("", text.format(n=left)))


def note_first(first: dict[Any, int], values: list[Any], new: Any, offset: int) -> None:
    """Record in *first* the row (*offset* + index in *values*) where each of *new*
    first appears; in C (a Python step per row cost more than counting)."""
    if not new:
        return
    if len(new) <= 4:
        for value in new:
            first[value] = offset + values.index(value)
        return
    at = dict(zip(reversed(values), range(len(values) - 1, -1, -1), strict=True))
    for value in new:
        first[value] = offset + at[value]


def _shown(raw: Any) -> str:
    """A date cell's text as a problem repeats it: a person's name masked (a row
    shifted by a column put it there; an identity number the problem masks)."""
    return mask_name_runs(cell_text(raw)[:30])


def _capped(preview: ImportPreview, items: list[Problem], one_more: str, more: str) -> None:
    """The first :data:`MAX_PROBLEMS` of *items*, then how many more (*one_more*
    when one is left out, else *more*, with ``{n}``)."""
    preview.problems.extend(items[:MAX_PROBLEMS])
    left = len(items) - MAX_PROBLEMS
    if left > 0:
        preview.problems.append(Problem("", (one_more if left == 1 else more).format(n=left)))


def report_rows(
    preview: ImportPreview,
    header_row: int,
    col: dict[str, int],
    bad_dates: dict[Any, str],
    unmatched: dict[str, int],
    refused: dict[Any, str],
    first: dict[str, dict[Any, int]],
) -> None:
    """Problems for dates not read, programme names not found and sources that
    cannot be sources, with a cell each (the first row that has it: *first* maps
    ``date``, ``programme`` (by its text) and ``source`` values to a data row)."""
    start = header_row + 1
    date_c, prog_c = col["date"], col["programme"]
    rows_of = first.get("date", {})
    _capped(
        preview,
        [
            Problem(
                address(preview.sheet, start + rows_of.get(raw, 0), date_c),
                f"{message} ({_shown(raw)})" if cell_text(raw).strip() else message,
            )
            for raw, message in bad_dates.items()
        ],
        translate("Excel", "1 more date could not be read."),
        translate("Excel", "{n} more dates could not be read."),
    )
    rows_of = first.get("programme", {})
    # An empty programme cell, or one with only "-", "?" or "n/a", names no
    # programme: a problem at its cell, not a name to map to one.
    unnamed = {text: n for text, n in unmatched.items() if not text or names_no_programme(text)}
    unmatched = {text: n for text, n in unmatched.items() if text not in unnamed}
    preview.problems.extend(
        Problem(
            address(preview.sheet, start + rows_of.get(text, 0), prog_c), _unnamed_text(text, n)
        )
        for text, n in unnamed.items()
    )
    preview.unmatched.extend(unmatched)
    _capped(
        preview,
        [
            Problem(
                address(preview.sheet, start + rows_of.get(text, 0), prog_c),
                (
                    translate(
                        "Excel",
                        "“{name}” (1 referral) is not a programme in the catalogue; map it to one.",
                    )
                    if n == 1
                    else translate(
                        "Excel",
                        "“{name}” ({n} referrals) is not a programme in the catalogue; map it to "
                        "one.",
                    )
                ).format(name=text, n=n),
            )
            for text, n in unmatched.items()
        ],
        translate("Excel", "1 more programme name is not in the catalogue."),
        translate("Excel", "{n} more programme names are not in the catalogue."),
    )
    if refused and "source" in col:
        rows_of = first.get("source", {})
        _capped(
            preview,
            [
                Problem(
                    address(preview.sheet, start + rows_of.get(raw, 0), col["source"]),
                    translate(
                        "Excel", "{reason} The referrals with this source were not counted."
                    ).format(reason=reason),
                )
                for raw, reason in refused.items()
            ],
            translate("Excel", "1 more source could not be read; its referrals were not counted."),
            translate(
                "Excel", "{n} more sources could not be read; their referrals were not counted."
            ),
        )


def _unnamed_text(text: str, n: int) -> str:
    """Why a programme cell that names no programme (*text*, *n* referrals) was not counted."""
    if not text:
        message = (
            translate("Excel", "the programme is empty (1 referral); it was not counted.")
            if n == 1
            else translate(
                "Excel", "the programme is empty ({n} referrals); they were not counted."
            )
        )
    else:
        message = (
            translate(
                "Excel",
                "“{text}” names no programme (1 referral); it was not counted: write the "
                "programme's name or short code in the cell.",
            )
            if n == 1
            else translate(
                "Excel",
                "“{text}” names no programme ({n} referrals); they were not counted: write "
                "the programme's name or short code in the cells.",
            )
        )
    return message.format(text=text, n=n)


def report_counts(
    preview: ImportPreview,
    header_row: int,
    count_c: int,
    bad_counts: dict[Any, str],
    first: dict[Any, int],
) -> None:
    """A problem at the first cell of each count that is not a whole number of 0 or
    more (its rows were not counted)."""
    _capped(
        preview,
        [
            Problem(
                address(preview.sheet, header_row + 1 + first.get(raw, 0), count_c),
                f"{why} ({cell_text(raw)[:30]})" if cell_text(raw).strip() else why,
            )
            for raw, why in bad_counts.items()
        ],
        translate("Excel", "1 more count could not be read."),
        translate("Excel", "{n} more counts could not be read."),
    )
