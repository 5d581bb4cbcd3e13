"""Importing the Demand sheet of our export: referrals per programme, source, kind, month.

Every cell that cannot be used keeps AMP's value: a row whose programme or kind
cannot be read keeps the values of the exported row it may have been, and two
cells for one programme, source, kind and month (a repeated month header, a
repeated row) keep AMP's value for that key; each is a problem at its cell.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core import parse, rules
from amp_desktop.core.excel.demand_compare import DemandComparer
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.excel.read import (
    HEADER_SCAN_ROWS,
    Formula,
    Sheet,
    address,
    cell_text,
    find_header,
)
from amp_desktop.core.excel.values import source_spelling
from amp_desktop.core.excel.vocabulary import OTHER_SYNONYMS, enum_value
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue

_MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
#: The months a demand cell may be for (the store's rule; a referral list's dates too).
FIRST_MONTH, LAST_MONTH = f"{rules.FIRST_YEAR}-01", f"{rules.LAST_YEAR}-12"


def _month_columns(
    preview: ImportPreview, sheet: str, header: list[Any], header_row: int
) -> dict[int, str]:
    """The month of each month column; a repeated month is a problem at its header
    cell and neither of its columns is read (AMP keeps its values for it)."""
    out: dict[int, str] = {}
    first: dict[str, int] = {}
    repeated: set[str] = set()
    for col, value in enumerate(header):
        text = cell_text(value).strip()[:7] if value is not None else ""
        if not _MONTH_RE.match(text):
            continue
        where = address(sheet, header_row, col)
        if not FIRST_MONTH <= text <= LAST_MONTH:
            preview.problems.append(
                Problem(
                    where,
                    translate(
                        "Excel",
                        "the month {month} is not between 1990 and 2100; the column was not read.",
                    ).format(month=text),
                )
            )
        elif text in first:
            repeated.add(text)
            preview.problems.append(
                Problem(
                    where,
                    translate(
                        "Excel",
                        "the month {month} is also the header of column {column}; neither "
                        "column was read and AMP keeps its values for {month}.",
                    ).format(month=text, column=get_column_letter(first[text] + 1)),
                )
            )
        else:
            first[text] = col
            out[col] = text
    return {col: month for col, month in out.items() if month not in repeated}


def _number(value: Any) -> float | None:
    if (value.__class__ is float or value.__class__ is int) and 0 <= value <= rules.MAX_REFERRALS:
        return float(value)  # the usual cell, at once (NaN is not in range)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse.parse_decimal(value)
    if number is None or number < 0:
        raise ParseError(translate("Excel", "Referrals: expected a number of 0 or more."))
    for violation in rules.check_referrals(number):  # the month is checked by its column
        raise ParseError(violation.message)
    return number


_PLAIN = {float, type(None)}
_MOST = float(rules.MAX_REFERRALS)


def _cell(row: list[Any], col: int) -> Any:
    return row[col] if col < len(row) else None


def analyse_demand(
    catalogue: Catalogue,
    preview: ImportPreview,
    sheet: Sheet,
    base: dict[int, Any],
    ids_by_name: dict[str, int],
    trust_ids: bool = True,
    base_sheet: Sheet | None = None,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Add the demand changes (and conflicts) of *sheet* to *preview*; rows are
    matched by AMP's id only with *trust_ids* (an export of this catalogue).

    *base* maps an exported programme's id to ``(programme, its exported demand)``;
    with *base_sheet* the demand is read from there instead, programme by programme
    as the sheet streams past (:mod:`~amp_desktop.core.excel.demand_compare`);
    *progress* hears the rows read (a county's sheet takes a minute and a half) and
    stops the reading when cancelled."""
    synonyms = {**OTHER_SYNONYMS, "amp id": "id", "amp-id": "id", "id": "id"}
    head = sheet.head(HEADER_SCAN_ROWS)
    found = find_header(head, synonyms)
    if found is None:
        return
    header_row, mapping = found
    if not trust_ids:
        mapping = {c: f for c, f in mapping.items() if f != "id"}
    months = _month_columns(preview, sheet.name, head[header_row], header_row)
    if not months:
        return
    col = {field: c for c, field in mapping.items()}
    names = {p.id: p.name for p in catalogue.programmes() if p.id is not None}
    current_ids = set(names)
    # Exported programmes deleted in AMP since: their rows are skipped unless the
    # Programmes sheet re-adds them (then their name finds the new id).
    deleted = {pid: item[0] for pid, item in base.items() if pid not in current_ids}
    codes = {s.code.casefold(): s.code for s in catalogue.sources()}

    def programme_of(row: list[Any]) -> int | None:
        return _programme_id(row, col, ids_by_name, deleted, current_ids)

    # A first pass over the id and name columns only: each programme's last row, so
    # that each is compared (and let go) as soon as its rows are read.
    last_row: dict[int, int] = {}
    labels = {col[f] for f in ("id", "programme") if f in col}
    progress.phase(translate("Excel", "Reading the sheet {sheet}…").format(sheet=sheet.name), None)
    if labels:
        for r, row in enumerate(sheet.iter_rows(only=labels)):
            if not r % 1000:
                progress.check()
            if r > header_row:
                pid = programme_of(row)
                if pid is not None:
                    last_row[pid] = r
    comparer = DemandComparer(
        catalogue, preview, sheet.name, months, base, base_sheet, last_row, set(deleted), names
    )
    month_items = list(months.items())
    rows_in_sheet = max(last_row.values(), default=0) + 1
    for r, row in enumerate(sheet.iter_rows()):
        progress.step(r, rows_in_sheet)
        if r <= header_row:
            continue
        pid = programme_of(row)
        _read_row(preview, comparer, sheet.name, r, row, col, month_items, pid, deleted, codes)
        comparer.row_done(pid, r)
    comparer.close()


def _read_row(
    preview: ImportPreview,
    comparer: DemandComparer,
    sheet: str,
    r: int,
    row: list[Any],
    col: dict[str, int],
    months: list[tuple[int, str]],
    pid: int | None,
    deleted: dict[int, Any],
    codes: dict[str, str],
) -> None:
    """Read one row of the sheet into *comparer* (problems at their cells)."""
    source = source_spelling(cell_text(_cell(row, col["source"])) if "source" in col else "", codes)
    kind = (
        enum_value(_cell(row, col["kind"]), ("actual", "forecast")) if "kind" in col else "actual"
    )
    if pid is not None and pid in deleted:
        _deleted_row(
            preview, sheet, r, row, col, months, deleted[pid], comparer.exported(pid), source, kind
        )
        return
    if pid is None:
        if any(_cell(row, c) not in (None, "") for c, _m in months):
            preview.problems.append(
                Problem(
                    address(sheet, r, col.get("programme", 1)),
                    translate(
                        "Excel",
                        "the programme of this row is not in the catalogue or the workbook.",
                    ),
                )
            )
            comparer.unreadable((None, source, kind))
        return
    if kind is None:
        preview.problems.append(
            Problem(
                address(sheet, r, col["kind"]),
                translate("Excel", "Kind: write Actual or Forecast."),
            )
        )
        comparer.unreadable((pid, source, None))
        return
    added = preview.add_new_source(source, codes)
    if added is None:
        preview.problems.append(
            Problem(
                address(sheet, r, col.get("source", 0)),
                translate("Excel", "{reason} The row was not read.").format(
                    reason=preview.refused_sources[source.casefold()]
                ),
            )
        )
        comparer.unreadable((pid, None, kind))
        return
    source = added
    width = len(row)
    cells = [row[c] if c < width else None for c in comparer.month_columns]
    if set(map(type, cells)) <= _PLAIN:  # the usual row: numbers in range, at once
        numbers = [v for v in cells if v is not None]
        total = sum(numbers)
        if not numbers or (total == total and min(numbers) >= 0 and max(numbers) <= _MOST):
            comparer.add(pid, source, kind, r, dict(zip(comparer.month_names, cells, strict=True)))
            return
    values: dict[str, float | None] = {}
    for column, month in months:
        raw = row[column] if column < width else None
        if raw is None:
            values[month] = None
            continue
        if isinstance(raw, Formula):
            preview.problems.append(
                Problem(
                    address(sheet, r, column),
                    translate(
                        "Excel", "the cell holds a formula ({formula}); it was not used."
                    ).format(formula=raw.text),
                )
            )
            comparer.unread_cell(pid, month, source, kind)
            continue
        try:
            values[month] = _number(raw)
        except ParseError as exc:
            preview.problems.append(
                Problem(address(sheet, r, column), f"{exc} ({cell_text(raw)[:40]})")
            )
            comparer.unread_cell(pid, month, source, kind)
    comparer.add(pid, source, kind, r, values)


def _deleted_row(
    preview: ImportPreview,
    sheet: str,
    r: int,
    row: list[Any],
    col: dict[str, int],
    months: list[tuple[int, str]],
    programme: Any,
    exported: dict[tuple[str, str], dict[str, float]],
    source: str,
    kind: str | None,
) -> None:
    """A row of a programme deleted in AMP since the export: skipped; a note when
    the workbook edited it (the edits are not imported)."""
    for column, month in months:
        raw = _cell(row, column)
        try:
            value = None if isinstance(raw, Formula) else _number(raw)
        except ParseError:
            value = -1.0
        written = next(
            (
                values[month]
                for (s, k), values in exported.items()
                if month in values and s.casefold() == source.casefold() and k == kind
            ),
            None,
        )
        if isinstance(raw, Formula) or value != written:
            preview.problems.append(
                Problem(
                    address(sheet, r, col.get("programme", 1)),
                    translate(
                        "Excel",
                        "“{name}” was deleted in AMP since the export; the edits in this row "
                        "were not imported.",
                    ).format(name=programme.name),
                    blocking=False,
                )
            )
            return


def _programme_id(
    row: list[Any],
    col: dict[str, int],
    ids_by_name: dict[str, int],
    deleted: dict[int, Any],
    current: set[int],
) -> int | None:
    """The programme of row *r*: by the hidden id, else by name.  The id of a
    programme deleted since the export when that is what the row names (and the
    workbook does not re-add it)."""
    name = cell_text(_cell(row, col["programme"])).strip().casefold() if "programme" in col else ""
    by_name = ids_by_name.get(name) if name else None
    if "id" in col:
        value = _cell(row, col["id"])
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = 0.5
        if number.is_integer() and int(number) in current:
            return int(number)
        if number.is_integer() and int(number) in deleted:
            # Re-added by the Programmes sheet: a new id (not in the catalogue).
            return by_name if by_name is not None and by_name not in current else int(number)
        if number.is_integer() and int(number) in ids_by_name.values():
            return int(number)
    if by_name is None and name:
        gone = [pid for pid, p in deleted.items() if p.name.strip().casefold() == name]
        return gone[0] if gone else None
    return by_name
