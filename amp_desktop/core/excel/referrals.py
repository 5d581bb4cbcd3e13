"""Referral lists from case systems → monthly referral counts per programme and source.

Only the mapped columns (date, programme, source; gender and need level for the
summary) are read.  Columns of names are never read; a column of Swedish personal
identity numbers (found by header, or by format and check digit) is reported as
dropped.  Only counts reach the catalogue.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core import parse
from amp_desktop.core.excel import columns as cols
from amp_desktop.core.excel.demand import FIRST_MONTH, LAST_MONTH
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.excel.read import address, calamine_rows, cell_text, find_header, read_fast
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.excel.values import source_spelling
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.personal import is_personal_id
from amp_desktop.core.store import Catalogue, DemandChange, DemandKey

READ_FIELDS = ("date", "programme", "source", "gender", "need_level")
MAX_PROBLEMS = 50


def looks_like_ids(rows: list[list[Any]], start: int, col: int) -> bool:
    sample = [
        r[col] for r in rows[start : start + 200] if col < len(r) and r[col] not in (None, "")
    ]
    sample = sample[:50]
    return bool(sample) and sum(is_personal_id(v) for v in sample) >= 0.8 * len(sample)


def _any_month(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        if 1 <= value < 2_958_466:
            converted = from_excel(value)
            return f"{converted.year:04d}-{converted.month:02d}"
    text = str(value or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}", text) and 1 <= int(text[5:]) <= 12:
        return text
    iso = parse.parse_date(text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else text)
    if iso is None:
        raise ParseError(translate("Excel", "Date: the cell is empty."))
    return iso[:7]


def _month(value: Any) -> str:
    """The ``YYYY-MM`` of a referral's date, which must be in 1990–2100 (a date
    like 1900-01-01 or 9999-12-31 is a typo or a placeholder, not a referral)."""
    month = _any_month(value)
    if not FIRST_MONTH <= month <= LAST_MONTH:
        raise ParseError(
            translate("Excel", "Date: a referral's date must be between 1990 and 2100.")
        )
    return month


def analyse_referrals(
    catalogue: Catalogue,
    path: str | Path,
    mapping: dict[str, str] | None = None,
    programme_map: dict[str, str] | None = None,
    rows: list[list[Any]] | None = None,
) -> ImportPreview:
    """Count a referral list into demand changes; nothing is written.

    *rows* are the first sheet's rows when the caller has read them already.


    *path* must have passed :func:`~amp_desktop.core.excel.safety.check_workbook_file`
    (:func:`~amp_desktop.core.excel.importer.analyse` checks it once).
    """
    from amp_desktop.core.excel.importer import apply_mapping

    path = Path(path)
    found, name, rows = _find_sheet(path, rows, 1 if mapping else 2)
    header_row, columns = found
    if mapping:
        columns = apply_mapping(rows[header_row], columns, mapping)
    preview = ImportPreview("referrals", name, header_row + 1)
    preview.headers = [cell_text(v) for v in rows[header_row]]
    preview.mapping = columns
    _drop_personal_columns(preview, rows, header_row, columns)
    col = {f: c for c, f in columns.items() if f in READ_FIELDS}
    if "date" not in col or "programme" not in col:
        preview.problems.append(
            Problem(
                address(name, header_row, 0),
                translate("Excel", "map a column to Date and one to Programme."),
            )
        )
        return preview
    _count(catalogue, preview, rows, header_row, col, programme_map or {})
    return preview


def _find_sheet(
    path: Path, rows: list[list[Any]] | None, minimum: int
) -> tuple[tuple[int, dict[int, str]], str, list[list[Any]]]:
    names, workbook = read_fast(path, checked=True)  # analyse() checked it
    try:
        for index, name in enumerate(names):
            if rows is None or index > 0:
                rows = calamine_rows(workbook, name, path)
            found = find_header(rows, cols.OTHER_SYNONYMS, minimum=minimum)
            if found is not None:
                return found, name, rows
    finally:
        workbook.close()
    raise ExcelFileError(
        translate(
            "Excel", "{name}: no sheet has a header row with Date, Programme and Source."
        ).format(name=path.name)
    )


def _drop_personal_columns(
    preview: ImportPreview, rows: list[list[Any]], header_row: int, columns: dict[int, str]
) -> None:
    for c, header in enumerate(preview.headers):
        field = columns.get(c)
        letter = get_column_letter(c + 1)
        if field == "person_name":
            columns.pop(c)
            preview.summary.append(
                translate("Excel", "Column {col} ({header}) holds names; it was not read.").format(
                    col=letter, header=header
                )
            )
        elif field == "personal_id" or looks_like_ids(rows, header_row + 1, c):
            if field in READ_FIELDS:
                preview.problems.append(
                    Problem(
                        address(preview.sheet, header_row, c),
                        translate(
                            "Excel",
                            "this column holds personal identity numbers and cannot be imported as {field}.",
                        ).format(field=field),
                    )
                )
            columns.pop(c, None)
            preview.summary.append(
                translate(
                    "Excel",
                    "Column {col} ({header}) holds personal identity numbers; they were dropped and are not stored.",
                ).format(col=letter, header=header)
            )


def _count(
    catalogue: Catalogue,
    preview: ImportPreview,
    rows: list[list[Any]],
    header_row: int,
    col: dict[str, int],
    programme_map: dict[str, str],
) -> None:
    programmes = catalogue.programmes()
    preview.names = {p.id: p.name for p in programmes}  # type: ignore[misc]
    lookup: dict[str, int] = {}
    for p in programmes:
        lookup[p.name.strip().casefold()] = p.id  # type: ignore[assignment]
        if p.code:
            lookup.setdefault(p.code.strip().casefold(), p.id)  # type: ignore[arg-type]
    for text, target in programme_map.items():
        if target.strip().casefold() in lookup:
            lookup[text.strip().casefold()] = lookup[target.strip().casefold()]
    codes = {s.code.casefold(): s.code for s in catalogue.sources()}
    date_c, prog_c = col["date"], col["programme"]
    src_c = col.get("source")
    data = rows[header_row + 1 :]
    width = max(col.values()) + 1
    if any(len(row) < width for row in data):
        data = [row + [None] * (width - len(row)) for row in data]
    # Count the raw (programme, date, source) triples first, in C; then read each
    # distinct triple once (a list of 100,000 rows has a few thousand).
    picks = [prog_c, date_c] + ([src_c] if src_c is not None else [])
    raw_counts = Counter(map(itemgetter(*picks), data))
    extra = {
        f: Counter(map(itemgetter(col[f]), data)) for f in ("gender", "need_level") if f in col
    }
    counts: Counter[tuple[int, str, str]] = Counter()
    unmatched: dict[str, int] = {}
    bad_dates: dict[Any, str] = {}
    programme_cache: dict[Any, int | None] = {}
    month_cache: dict[Any, str | None] = {}
    source_cache: dict[Any, str] = {}
    for triple, n in raw_counts.items():
        raw_programme, raw_date = triple[0], triple[1]
        if raw_programme in (None, "") and raw_date in (None, ""):
            continue
        if raw_date not in month_cache:
            try:
                month_cache[raw_date] = _month(raw_date)
            except ParseError as exc:
                month_cache[raw_date] = None
                bad_dates[raw_date] = str(exc)
        month = month_cache[raw_date]
        if month is None:
            continue
        if raw_programme not in programme_cache:
            programme_cache[raw_programme] = lookup.get(cell_text(raw_programme).strip().casefold())
        pid = programme_cache[raw_programme]
        if pid is None:
            text = cell_text(raw_programme).strip()
            unmatched[text] = unmatched.get(text, 0) + n
            continue
        source = ""
        if src_c is not None:
            raw_source = triple[2]
            if raw_source not in source_cache:
                source_cache[raw_source] = preview.add_new_source(
                    source_spelling(cell_text(raw_source), codes), codes
                )
            source = source_cache[raw_source]
        counts[(pid, month, source)] += n
    _report_rows(preview, data, header_row, date_c, prog_c, bad_dates, unmatched)
    _changes(catalogue, preview, counts)
    total = sum(counts.values())
    preview.summary.insert(
        0,
        translate("Excel", "{n} referrals counted into {cells} monthly cells.").format(
            n=total, cells=len(counts)
        ),
    )
    for field, raw_counter in extra.items():
        counter: Counter[str] = Counter()
        for value, n in raw_counter.items():
            counter[cell_text(value).strip() or "–"] += n
        parts = ", ".join(f"{k}: {v}" for k, v in sorted(counter.items()))
        preview.summary.append(f"{cols.header(field)}: {parts}")


def _first_row(data: list[list[Any]], col: int, wanted: Any) -> int:
    return next((i for i, row in enumerate(data) if row[col] == wanted), 0)


def _report_rows(
    preview: ImportPreview,
    data: list[list[Any]],
    header_row: int,
    date_c: int,
    prog_c: int,
    bad_dates: dict[Any, str],
    unmatched: dict[str, int],
) -> None:
    """Problems for dates not read and programme names not found, with a cell each."""
    first = header_row + 1
    for shown, (raw, message) in enumerate(bad_dates.items()):
        if shown == MAX_PROBLEMS:
            more = len(bad_dates) - MAX_PROBLEMS
            preview.problems.append(
                Problem("", translate("Excel", "{n} more dates could not be read.").format(n=more))
            )
            break
        row = first + _first_row(data, date_c, raw)
        preview.problems.append(
            Problem(address(preview.sheet, row, date_c), f"{message} ({cell_text(raw)[:30]})")
        )
    for text, n in unmatched.items():
        preview.unmatched.append(text)
        row = first + next(
            (i for i, r in enumerate(data) if cell_text(r[prog_c]).strip() == text), 0
        )
        preview.problems.append(
            Problem(
                address(preview.sheet, row, prog_c),
                translate(
                    "Excel",
                    "“{name}” ({n} referrals) is not a programme in the catalogue; map it to one.",
                ).format(name=text, n=n),
            )
        )


def _changes(
    catalogue: Catalogue, preview: ImportPreview, counts: Counter[tuple[int, str, str]]
) -> None:
    if not counts:
        return
    months = sorted({m for _p, m, _s in counts})
    current = {
        (p, m, s): v
        for p, m, s, k, v in catalogue.demand_rows(None, months[0], months[-1])
        if k == "actual"
    }
    for (pid, month, source), n in sorted(counts.items()):
        before = current.get((pid, month, source))
        if before == float(n):
            preview.unchanged += 1
            continue
        preview.demand.append(
            DemandChange(DemandKey(pid, month, source, "actual"), before, float(n))
        )
    preview.samples = [
        {"programme": preview.names.get(p, ""), "date": m, "source": s, "referrals": str(n)}
        for (p, m, s), n in sorted(counts.items())[:50]
    ]
