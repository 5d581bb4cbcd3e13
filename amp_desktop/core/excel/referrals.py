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
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core import parse
from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.demand import FIRST_MONTH, LAST_MONTH
from amp_desktop.core.excel.preview import IgnoredColumn, ImportPreview, Problem
from amp_desktop.core.excel.programme_match import programme_matcher
from amp_desktop.core.excel.read import (
    Formula,
    address,
    cell_text,
)
from amp_desktop.core.excel.readers import RowStream
from amp_desktop.core.excel.recognition import (
    apply_mapping,
    note_unread_columns,
    recognised_text,
)
from amp_desktop.core.excel.referral_footers import FooterRows
from amp_desktop.core.excel.referral_problems import (
    find_count_column,
    formulas_read,
    mark_formulas,
    note_first,
    referral_count,
    report_counts,
    report_formulas,
    report_rows,
)
from amp_desktop.core.excel.referral_sheets import find_sheet, other_lists
from amp_desktop.core.excel.referral_summary import demand_changes, summary_lines
from amp_desktop.core.excel.safety import is_hidden, read_hidden_note
from amp_desktop.core.excel.values import source_spelling
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.personal import is_personal_id, looks_like_ids
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue

__all__ = ["analyse_referrals", "is_personal_id", "looks_like_ids"]

READ_FIELDS = ("date", "programme", "source", "gender", "need_level", "count")


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
    rows: list[list[Any]] | RowStream | None = None,
    sheet: str | None = None,
    chosen: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportPreview:
    """Count a referral list into demand changes; nothing is written.

    *rows* are sheet *sheet*'s rows (or a :class:`RowStream` of them) when the
    caller has begun reading them; the rows are counted as they come, a chunk at a
    time, so a list of a million rows is never held whole;
    *chosen*: the user said it is a referral list (the columns did not).
    *path* must have passed :func:`~amp_desktop.core.excel.safety.check_workbook_file`
    (:func:`~amp_desktop.core.excel.importer.analyse` checks it once).
    """
    path = path if isinstance(path, Path) else Path(path)  # keep what the check found
    if isinstance(rows, list):
        rows = RowStream.of(sheet or "", rows)
    evidence, found, name, stream = find_sheet(path, rows, sheet, bool(mapping))
    rows = stream.head
    header_row, columns = found
    split, hidden_lists = other_lists(path, name, frozenset(columns.values()))
    if mapping:
        columns = apply_mapping(rows[header_row], columns, mapping)
    preview = ImportPreview("referrals", name, header_row + 1)
    preview.headers = [cell_text(v) for v in rows[header_row]]
    preview.mapping = columns
    preview.evidence = list(evidence.columns)
    preview.recognised_by = recognised_text(evidence, chosen=not evidence.columns or chosen)
    preview.problems.extend(split)
    if is_hidden(path, name):
        preview.summary.append(read_hidden_note(name))
    preview.summary.extend(hidden_lists)
    birth = _drop_personal_columns(preview, rows, header_row, columns)
    find_count_column(preview, columns)  # "Antal anvisade": a row is that many
    col = {f: c for c, f in columns.items() if f in READ_FIELDS}
    note_unread_columns(
        preview, rows[header_row], {c: f for f, c in col.items()}, cols.OTHER_SYNONYMS
    )
    if "date" not in col or "programme" not in col:
        message = translate("Excel", "map a column to Date and one to Programme.")
        if "date" not in col and birth:
            message = translate(
                "Excel",
                "the list has no column with the referral's date ({birth} is a date of "
                "birth: personal data, never a referral date). Map the column that holds "
                "the date of each referral to Date.",
            ).format(birth=birth)
        preview.problems.append(Problem(address(name, header_row, 0), message))
        return preview
    _count(catalogue, preview, stream, header_row, col, programme_map or {}, path, progress)
    return preview


def _personal_note(field: str, letter: str, header: str) -> str:
    if field == "person_name":
        return translate("Excel", "Column {col} ({header}) holds names; it was not read.").format(
            col=letter, header=header
        )
    if field == "birth_date":
        return translate(
            "Excel",
            "Column {col} ({header}) holds dates of birth: personal data, never a referral "
            "date; it was not read.",
        ).format(col=letter, header=header)
    if field == "contact":
        return translate(
            "Excel", "Column {col} ({header}) holds contact details; it was not read."
        ).format(col=letter, header=header)
    return translate(
        "Excel",
        "Column {col} ({header}) holds personal identity numbers; they were dropped and are not stored.",
    ).format(col=letter, header=header)


def _drop_personal_columns(
    preview: ImportPreview, rows: list[list[Any]], header_row: int, columns: dict[int, str]
) -> str:
    """Drop every column a person's identity can be read from, by its header or
    (identity numbers) its values, even when mapped to a field; returns the header
    of a date-of-birth column ("" for none)."""
    birth = ""
    for c, header in enumerate(preview.headers):
        field = columns.get(c)
        personal = cols.personal_field(header)
        if personal is None and field in cols.PERSONAL_FIELDS:
            personal = field
        if personal is None and looks_like_ids(rows, header_row + 1, c):
            personal = "personal_id"
        named = personal is None and field == "source" and _names_by_values(rows, header_row, c)
        if named:
            personal = "person_name"  # (a case worker's name in "Anvisad av": never a source)
        if personal is None:
            continue
        where = address(preview.sheet, header_row, c)
        if field in READ_FIELDS and not named:
            preview.problems.append(
                Problem(
                    where,
                    translate(
                        "Excel",
                        "this column holds personal identity numbers and cannot be imported as {field}.",
                    ).format(field=field)
                    if personal == "personal_id"
                    else translate(
                        "Excel",
                        "this column holds personal data ({header}) and cannot be imported as "
                        "{field}.",
                    ).format(header=header, field=field),
                )
            )
        columns.pop(c, None)
        birth = birth or (header if personal == "birth_date" else "")
        note = _personal_note(personal, get_column_letter(c + 1), header)
        preview.summary.append(note)
        preview.ignored_columns.append(IgnoredColumn(where, header, note))
    return birth


def _names_by_values(rows: list[list[Any]], header_row: int, c: int) -> bool:
    """Whether most of the distinct texts in column *c* (its first 500 rows) are
    written as persons' names (:func:`~amp_desktop.core.personal.looks_like_person_name`):
    a source column of case workers, read as names, not sources."""
    from amp_desktop.core.personal import looks_like_person_name

    texts = {
        " ".join(value.split())
        for row in rows[header_row + 1 : header_row + 501]
        if c < len(row) and isinstance(value := row[c], str) and value.strip()
    }
    return bool(texts) and sum(map(looks_like_person_name, texts)) * 2 > len(texts)


def _month_or_why(value: Any) -> str | tuple[str, Any]:
    """The ``YYYY-MM`` of a date cell, or ``(why not, the value)``."""
    try:
        return _month(value)
    except ParseError as exc:
        return (str(exc), value)


def _count(
    catalogue: Catalogue,
    preview: ImportPreview,
    stream: RowStream,
    header_row: int,
    col: dict[str, int],
    programme_map: dict[str, str],
    path: Path,
    progress: Progress = NO_PROGRESS,
) -> None:
    """Count the list's rows as they come, a chunk at a time, in C: each chunk's
    dates are turned into months by a table of the distinct dates, then its
    (programme, month, source) triples are counted; each distinct programme,
    date and source is read once (a list of 100,000 rows has a few thousand)."""
    programmes = catalogue.programmes()
    preview.names = {p.id: p.name for p in programmes}  # type: ignore[misc]
    match = programme_matcher(programmes, programme_map)
    codes = {s.code.casefold(): s.code for s in catalogue.sources()}
    date_c, prog_c = col["date"], col["programme"]
    src_c, count_c = col.get("source"), col.get("count")
    extra_c: dict[str, int] = {f: col[f] for f in ("gender", "need_level") if f in col}
    width = max(col.values()) + 1
    formulas = formulas_read(path, preview.sheet, header_row, col)
    month_cache: dict[Any, str | tuple[str, Any]] = {}
    programme_cache: dict[Any, int | None] = {}
    first_date: dict[Any, int] = {}
    first_programme: dict[Any, int] = {}
    first_source: dict[Any, int] = {}
    first_count: dict[Any, int] = {}
    raw_counts: Counter[tuple[Any, ...]] = Counter()
    extra: dict[str, Counter[Any]] = {f: Counter() for f in extra_c}
    footers = FooterRows(preview.sheet, header_row + 1, date_c, prog_c)
    stream.only = set(col.values())  # a very large sheet reads only these
    skip, offset = header_row + 1, 0
    progress.phase(translate("Excel", "Counting the referrals…"), None)
    for chunk in stream.chunks():
        progress.step(offset)
        if skip:
            chunk, skip = chunk[skip:], max(0, skip - len(chunk))
        if not chunk:
            continue
        if min(map(len, chunk)) < width:  # in C: a Python step per row cost 0.09 s
            chunk = [row + [None] * (width - len(row)) for row in chunk]
        if formulas:
            mark_formulas(chunk, offset, formulas, header_row, col)
        dates = list(map(itemgetter(date_c), chunk))
        new = set(dates).difference(month_cache)
        if new:
            for raw in new:
                month_cache[raw] = _month_or_why(raw)
            bad = [raw for raw in new if month_cache[raw].__class__ is tuple]
            footers.note_dates(bad)  # (an empty date's row: the first that is no footer)
            note_first(first_date, dates, [r for r in bad if r not in footers.waiting], offset)
        names = list(map(itemgetter(prog_c), chunk))
        new = set(names).difference(programme_cache)
        if new:
            for raw in new:
                programme_cache[raw] = match(cell_text(raw))
            note_first(
                first_programme, names, [r for r in new if programme_cache[r] is None], offset
            )
            footers.note_programmes(new, programme_cache.__getitem__)
        footers.read_chunk(dates, names, offset, first_date)
        months = list(map(month_cache.__getitem__, dates))
        keyed: list[Iterable[Any]] = [names, months]
        if src_c is not None:
            sources = list(map(itemgetter(src_c), chunk))
            note_first(first_source, sources, set(sources).difference(first_source), offset)
            keyed.append(sources)
        if count_c is not None:  # the count is the key's last part
            amounts = list(map(itemgetter(count_c), chunk))
            note_first(first_count, amounts, set(amounts).difference(first_count), offset)
            keyed.append(amounts)
        raw_counts.update(zip(*keyed, strict=True))
        for name, c in extra_c.items():
            values = map(itemgetter(c), chunk)
            # (keyed by the row's programme and month too: blank and footer rows are dropped)
            if count_c is None:
                extra[name].update(zip(values, names, months, strict=True))
            else:
                extra[name].update(zip(values, amounts, names, months, strict=True))
        offset += len(chunk)
    report_formulas(preview, formulas, header_row, col, offset)
    preview.skipped_rows.extend(footers.skipped)
    counts: Counter[tuple[int, str, str]] = Counter()
    unmatched: dict[str, int] = {}
    first_unmatched: dict[str, int] = {}
    bad_dates: dict[Any, str] = {}
    refused: dict[Any, str] = {}  # raw source → why it cannot be a source
    source_cache: dict[Any, str | None] = {}
    bad_counts: dict[Any, str] = {}
    for key, n in raw_counts.items():
        raw_programme, month = key[0], key[1]
        if month.__class__ is tuple:
            why, raw_date = month
            if raw_programme in (None, "") and raw_date in (None, ""):
                continue
            if footers.is_footer(raw_programme, raw_date):
                continue  # "Summa", "Antal rader: 4", "Utskrivet … av …": listed as skipped
            if not isinstance(raw_programme, Formula) and not isinstance(raw_date, Formula):
                bad_dates.setdefault(raw_date, why)
            continue
        if isinstance(raw_programme, Formula):
            continue
        if count_c is not None:
            if isinstance(key[-1], Formula):
                continue
            weight = referral_count(key[-1])
            if isinstance(weight, str):
                bad_counts.setdefault(key[-1], weight)
                continue
            n *= weight
        pid = programme_cache[raw_programme]
        if pid is None:
            text = cell_text(raw_programme).strip()
            unmatched[text] = unmatched.get(text, 0) + n
            row = first_programme.get(raw_programme, 0)
            first_unmatched[text] = min(first_unmatched.get(text, row), row)
            continue
        source = ""
        if src_c is not None:
            raw_source = key[2]
            if isinstance(raw_source, Formula):
                continue
            if raw_source not in source_cache:
                spelt = source_spelling(cell_text(raw_source), codes)
                source_cache[raw_source] = preview.add_new_source(spelt, codes)
                if source_cache[raw_source] is None:
                    refused[raw_source] = preview.refused_sources[spelt.casefold()]
            cached = source_cache[raw_source]
            if cached is None:
                continue
            source = cached
        counts[(pid, month, source)] += n
    first = {"date": first_date, "programme": first_unmatched, "source": first_source}
    report_rows(preview, header_row, col, bad_dates, unmatched, refused, first)
    if count_c is not None:
        report_counts(preview, header_row, count_c, bad_counts, first_count)
    demand_changes(catalogue, preview, counts)
    preview.summary.insert(0, _counted_text(sum(counts.values()), len(counts)))
    summary_lines(preview, _referral_rows_only(extra, footers), weighted=count_c is not None)


def _referral_rows_only(
    extra: dict[str, Counter[Any]], footers: FooterRows
) -> dict[str, Counter[Any]]:
    """The summary counters without the list's blank rows (a sheet formatted down to
    row 1,048,576 gave "Gender: –: 1000011") and its footer rows: keyed by the value
    (and count cell) alone, as :func:`summary_lines` wants them."""
    kept: dict[str, Counter[Any]] = {}
    for field, counter in extra.items():
        out: Counter[Any] = Counter()
        for key, n in counter.items():
            *value, raw_programme, month = key
            if month.__class__ is tuple:
                raw_date = month[1]
                if raw_programme in (None, "") and raw_date in (None, ""):
                    continue
                if footers.is_footer(raw_programme, raw_date):
                    continue
            out[value[0] if len(value) == 1 else tuple(value)] += n
        kept[field] = out
    return kept


def _counted_text(n: int, cells: int) -> str:
    """The preview's first line: how many referrals went into how many monthly cells."""
    if n == 1 and cells == 1:
        text = translate("Excel", "1 referral counted into 1 monthly cell.")
    elif cells == 1:
        text = translate("Excel", "{n} referrals counted into 1 monthly cell.")
    elif n == 1:
        text = translate("Excel", "1 referral counted into {cells} monthly cells.")
    else:
        text = translate("Excel", "{n} referrals counted into {cells} monthly cells.")
    return text.format(n=n, cells=cells)
