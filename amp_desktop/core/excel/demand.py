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
from amp_desktop.core.excel.preview import Conflict, ImportPreview, Problem
from amp_desktop.core.excel.read import Formula, Sheet, address, cell_text, find_header
from amp_desktop.core.excel.values import source_spelling
from amp_desktop.core.excel.vocabulary import OTHER_SYNONYMS, enum_value
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.store import Catalogue, DemandChange, DemandKey

_MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
#: The months a demand cell may be for (the store's rule; a referral list's dates too).
FIRST_MONTH, LAST_MONTH = f"{rules.FIRST_YEAR}-01", f"{rules.LAST_YEAR}-12"

Row = tuple[int, str, str]  # programme id, source, kind: one row of the sheet
#: A row that could not be read: what is known of it (None = not known).
Pattern = tuple[int | None, str | None, str | None]


def _month_columns(preview: ImportPreview, sheet: Sheet, header_row: int) -> dict[int, str]:
    """The month of each month column; a repeated month is a problem at its header
    cell and neither of its columns is read (AMP keeps its values for it)."""
    out: dict[int, str] = {}
    first: dict[str, int] = {}
    repeated: set[str] = set()
    for col, value in enumerate(sheet.rows[header_row]):
        text = cell_text(value).strip()[:7] if value is not None else ""
        if not _MONTH_RE.match(text):
            continue
        where = address(sheet.name, header_row, col)
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
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse.parse_decimal(value)
    if number is None or number < 0:
        raise ParseError(translate("Excel", "Referrals: expected a number of 0 or more."))
    for violation in rules.check_referrals(number):  # the month is checked by its column
        raise ParseError(violation.message)
    return number


def analyse_demand(
    catalogue: Catalogue,
    preview: ImportPreview,
    sheet: Sheet,
    base: dict[int, Any],
    ids_by_name: dict[str, int],
    trust_ids: bool = True,
) -> None:
    """Add the demand changes (and conflicts) of *sheet* to *preview*; rows are
    matched by AMP's id only with *trust_ids* (an export of this catalogue)."""
    synonyms = {**OTHER_SYNONYMS, "amp id": "id", "amp-id": "id", "id": "id"}
    found = find_header(sheet.rows, synonyms)
    if found is None:
        return
    header_row, mapping = found
    if not trust_ids:
        mapping = {c: f for c, f in mapping.items() if f != "id"}
    months = _month_columns(preview, sheet, header_row)
    if not months:
        return
    col = {field: c for c, field in mapping.items()}
    removed = {p.id for p in preview.removed}
    current_ids = {p.id for p in catalogue.programmes() if p.id is not None}
    # Exported programmes deleted in AMP since: their rows are skipped unless the
    # Programmes sheet re-adds them (then their name finds the new id).
    deleted = {pid: item[0] for pid, item in base.items() if pid not in current_ids}
    codes = {s.code.casefold(): s.code for s in catalogue.sources()}
    workbook: dict[DemandKey, float | None] = {}
    unread: set[DemandKey] = set()  # cells with a problem keep AMP's value
    unreadable: list[Pattern] = []  # rows with a problem keep AMP's values
    rows: dict[Row, list[tuple[int, dict[str, float | None]]]] = {}  # sheet rows, values
    repeated: set[Row] = set()
    for r in range(header_row + 1, len(sheet.rows)):
        source = source_spelling(
            cell_text(sheet.cell(r, col["source"])) if "source" in col else "", codes
        )
        kind = (
            enum_value(sheet.cell(r, col["kind"]), ("actual", "forecast"))
            if "kind" in col
            else "actual"
        )
        pid = _programme_id(sheet, r, col, ids_by_name, deleted, current_ids)
        if pid in deleted:
            _deleted_row(preview, sheet, r, col, months, deleted[pid], base[pid][1], source, kind)
            continue
        if pid is None:
            if any(sheet.cell(r, c) not in (None, "") for c in months):
                preview.problems.append(
                    Problem(
                        address(sheet.name, r, col.get("programme", 1)),
                        translate(
                            "Excel",
                            "the programme of this row is not in the catalogue or the workbook.",
                        ),
                    )
                )
                unreadable.append((None, source, kind))
            continue
        if kind is None:
            preview.problems.append(
                Problem(
                    address(sheet.name, r, col["kind"]),
                    translate("Excel", "Kind: write Actual or Forecast."),
                )
            )
            unreadable.append((pid, source, None))
            continue
        added = preview.add_new_source(source, codes)
        if added is None:
            preview.problems.append(
                Problem(
                    address(sheet.name, r, col.get("source", 0)),
                    translate("Excel", "{reason} The row was not read.").format(
                        reason=preview.refused_sources[source.casefold()]
                    ),
                )
            )
            unreadable.append((pid, None, kind))
            continue
        source = added
        values: dict[str, float | None] = {}
        for column, month in months.items():
            raw = sheet.cell(r, column)
            if isinstance(raw, Formula):
                preview.problems.append(
                    Problem(
                        address(sheet.name, r, column),
                        translate(
                            "Excel", "the cell holds a formula ({formula}); it was not used."
                        ).format(formula=raw.text),
                    )
                )
                unread.add(DemandKey(pid, month, source, kind))
                continue
            try:
                values[month] = _number(raw)
            except ParseError as exc:
                preview.problems.append(
                    Problem(address(sheet.name, r, column), f"{exc} ({cell_text(raw)[:40]})")
                )
                unread.add(DemandKey(pid, month, source, kind))
        rows.setdefault((pid, source, kind), []).append((r, values))
    columns = {month: column for column, month in months.items()}
    for (pid, source, kind), read in rows.items():
        merged = _merge(preview, sheet, columns, read)
        if merged is None:
            # Either row may have been relabelled from another source or kind:
            # the programme's rows not read keep AMP's values too.
            repeated.add((pid, source, kind))
            unreadable.append((pid, None, None))
            continue
        for month in months.values():
            key = DemandKey(pid, month, source, kind)
            if key not in unread:
                workbook[key] = merged.get(month)
    first, last = min(months.values()), max(months.values())
    current = {
        DemandKey(p, m, s, k): v for p, m, s, k, v in catalogue.demand_rows(None, first, last)
    }
    exported: dict[DemandKey, float] = {}
    for pid, (_programme, cells) in base.items():
        for (m, s, k), v in cells.items():
            exported[DemandKey(pid, m, s, k)] = v
    for pid, source, kind in repeated:
        for month in months.values():
            key = DemandKey(pid, month, source, kind)
            workbook.pop(key, None)
            unread.add(key)
    # The exported rows no row was read for, where a row with a problem may be one.
    read_months = set(months.values())
    provided = {(p, s.casefold(), k) for p, s, k in rows if (p, s, k) not in repeated}
    for key in exported:
        if (key.programme_id, key.source.casefold(), key.kind) in provided or (
            key.month not in read_months
        ):
            continue
        if any(_matches(pattern, key) for pattern in unreadable):
            unread.add(key)
    keys = set(workbook) | {k for k in exported if k.month in read_months}
    names = {p.id: p.name for p in catalogue.programmes()}
    for key in sorted(keys, key=lambda k: (k.programme_id, k.source, k.kind, k.month)):
        if key in unread or (key.programme_id in removed and key not in workbook):
            continue
        w: float | None = workbook.get(key)
        now: float | None = current.get(key)
        b: float | None = exported.get(key, now) if base else now
        if w in (b, now):
            continue
        if now == b:
            preview.demand.append(DemandChange(key, now, w))
            continue
        index = len(preview.conflicts)
        label = f"{key.month} {key.source} ({key.kind})"
        preview.conflicts.append(
            Conflict(
                key.programme_id,
                names.get(key.programme_id, ""),
                label,
                _text(b),
                _text(now),
                _text(w),
                key,
            )
        )
        preview.demand_conflicts[index] = DemandChange(key, now, w)


def _merge(
    preview: ImportPreview,
    sheet: Sheet,
    columns: dict[str, int],
    read: list[tuple[int, dict[str, float | None]]],
) -> dict[str, float | None] | None:
    """The values of the rows for one programme, source and kind, together (the
    export writes an empty Forecast row; a number may be typed in a new row below).
    None, with a problem, when two rows give one month different numbers."""
    merged: dict[str, tuple[int, float | None]] = {}
    for r, values in read:
        for month, value in values.items():
            if value is None:
                continue
            if month not in merged or merged[month][1] is None:
                merged[month] = (r, value)
            elif merged[month][1] != value:
                preview.problems.append(
                    Problem(
                        address(sheet.name, r, columns[month]),
                        translate(
                            "Excel",
                            "row {row} has another number for the same programme, source, "
                            "kind and month; neither row was read and AMP keeps its values.",
                        ).format(row=merged[month][0] + 1),
                    )
                )
                return None
    return {month: value for month, (_r, value) in merged.items()}


def _matches(pattern: Pattern, key: DemandKey) -> bool:
    pid, source, kind = pattern
    return (
        (pid is None or pid == key.programme_id)
        and (source is None or source.casefold() == key.source.casefold())
        and (kind is None or kind == key.kind)
    )


def _deleted_row(
    preview: ImportPreview,
    sheet: Sheet,
    r: int,
    col: dict[str, int],
    months: dict[int, str],
    programme: Any,
    exported: dict[tuple[str, str, str], float],
    source: str,
    kind: str | None,
) -> None:
    """A row of a programme deleted in AMP since the export: skipped; a note when
    the workbook edited it (the edits are not imported)."""
    for column, month in months.items():
        raw = sheet.cell(r, column)
        try:
            value = None if isinstance(raw, Formula) else _number(raw)
        except ParseError:
            value = -1.0
        written = next(
            (
                v
                for (m, s, k), v in exported.items()
                if m == month and s.casefold() == source.casefold() and k == kind
            ),
            None,
        )
        if isinstance(raw, Formula) or value != written:
            preview.problems.append(
                Problem(
                    address(sheet.name, r, col.get("programme", 1)),
                    translate(
                        "Excel",
                        "“{name}” was deleted in AMP since the export; the edits in this row "
                        "were not imported.",
                    ).format(name=programme.name),
                    blocking=False,
                )
            )
            return


def _text(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _programme_id(
    sheet: Sheet,
    r: int,
    col: dict[str, int],
    ids_by_name: dict[str, int],
    deleted: dict[int, Any],
    current: set[int],
) -> int | None:
    """The programme of row *r*: by the hidden id, else by name.  The id of a
    programme deleted since the export when that is what the row names (and the
    workbook does not re-add it)."""
    name = (
        cell_text(sheet.cell(r, col["programme"])).strip().casefold() if "programme" in col else ""
    )
    by_name = ids_by_name.get(name) if name else None
    if "id" in col:
        value = sheet.cell(r, col["id"])
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
