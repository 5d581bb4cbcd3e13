"""The problems a referral list gives, each at the first cell that has it: dates
not read, programmes not in the catalogue, sources that cannot be sources, and
formula cells (reported, never counted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from amp_desktop.core.excel.formulas import formula_cells
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.excel.read import Formula, address, cell_text
from amp_desktop.core.i18n import translate

MAX_PROBLEMS = 50
#: The columns a referral is counted by: a formula in one of them drops the row.
COUNTED_FIELDS = ("date", "programme", "source")


def mark_formulas(
    preview: ImportPreview,
    path: Path,
    data: list[list[Any]],
    header_row: int,
    col: dict[str, int],
) -> None:
    """Formula cells in the columns read: reported, never taken as data (the
    fast reader gives a formula's cached value, which may be anything)."""
    read = {c: f for f, c in col.items()}
    found = [
        (r, c, text)
        for (r, c), text in sorted(formula_cells(path, preview.sheet).items())
        if c in read and header_row < r <= header_row + len(data)
    ]
    for shown, (r, c, text) in enumerate(found):
        counted = read[c] in COUNTED_FIELDS
        data[r - header_row - 1][c] = Formula(text) if counted else None
        if shown < MAX_PROBLEMS:
            preview.problems.append(
                Problem(
                    address(preview.sheet, r, c),
                    translate(
                        "Excel", "the cell holds a formula ({formula}); it was not used."
                    ).format(formula=text[:80]),
                    blocking=counted,
                )
            )
    if len(found) > MAX_PROBLEMS:
        preview.problems.append(
            Problem(
                "",
                translate("Excel", "{n} more cells hold formulas; they were not used.").format(
                    n=len(found) - MAX_PROBLEMS
                ),
            )
        )


def _first_rows(
    data: list[list[Any]], col: int, wanted: set[Any], key: Any = None
) -> dict[Any, int]:
    """The first row (0-based in *data*) holding each of *wanted* in column *col*,
    in one pass (*key* turns a cell into what is compared)."""
    found: dict[Any, int] = {}
    if not wanted:
        return found
    for index, row in enumerate(data):
        value = row[col] if key is None else key(row[col])
        if value in wanted and value not in found:
            found[value] = index
            if len(found) == len(wanted):
                break
    return found


def _capped(preview: ImportPreview, items: list[Problem], more: str) -> None:
    preview.problems.extend(items[:MAX_PROBLEMS])
    if len(items) > MAX_PROBLEMS:
        preview.problems.append(Problem("", more.format(n=len(items) - MAX_PROBLEMS)))


def report_rows(
    preview: ImportPreview,
    data: list[list[Any]],
    header_row: int,
    col: dict[str, int],
    bad_dates: dict[Any, str],
    unmatched: dict[str, int],
    refused: dict[Any, str],
) -> None:
    """Problems for dates not read, programme names not found and sources that
    cannot be sources, with a cell each (the first row that has it)."""
    first = header_row + 1
    date_c, prog_c = col["date"], col["programme"]
    shown_dates = dict(list(bad_dates.items())[:MAX_PROBLEMS])
    rows_of = _first_rows(data, date_c, set(shown_dates))
    _capped(
        preview,
        [
            Problem(
                address(preview.sheet, first + rows_of.get(raw, 0), date_c),
                f"{message} ({cell_text(raw)[:30]})",
            )
            for raw, message in bad_dates.items()
        ],
        translate("Excel", "{n} more dates could not be read."),
    )
    preview.unmatched.extend(unmatched)
    rows_of = _first_rows(data, prog_c, set(unmatched), key=lambda v: cell_text(v).strip())
    _capped(
        preview,
        [
            Problem(
                address(preview.sheet, first + rows_of.get(text, 0), prog_c),
                translate(
                    "Excel",
                    "“{name}” ({n} referrals) is not a programme in the catalogue; map it to one.",
                ).format(name=text, n=n),
            )
            for text, n in unmatched.items()
        ],
        translate("Excel", "{n} more programme names are not in the catalogue."),
    )
    if refused and "source" in col:
        rows_of = _first_rows(data, col["source"], set(refused))
        _capped(
            preview,
            [
                Problem(
                    address(preview.sheet, first + rows_of.get(raw, 0), col["source"]),
                    translate(
                        "Excel", "{reason} The referrals with this source were not counted."
                    ).format(reason=reason),
                )
                for raw, reason in refused.items()
            ],
            translate(
                "Excel", "{n} more sources could not be read; their referrals were not counted."
            ),
        )
