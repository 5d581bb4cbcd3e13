"""kolada.se's CSV export read into values, as saved by the site or re-saved by Excel.

One row per value (columns for the KPI id, the municipality id, the year, the gender —
optional, total — and the value), or one column per year (a wide export); headers in
Swedish or English; separated by ``;``, a tab (Excel's "Unicode text") or ``,``,
with Excel's ``sep=;`` line or a title line above the header; decimals with a comma
or a point; fields quoted, across lines too; empty rows (``;;;;``) and a note of a
single cell (``Källa: Kolada``) skipped.  A problem is a :class:`KoladaFileError`
naming the line of the file and the column by its header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

from amp_desktop.core.formatting import quoted
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.municipalities import known_place
from amp_desktop.core.kolada.records import (
    KoladaFileError,
    KoladaPage,
    KoladaValue,
    gender,
    number,
    place_code,
    year_of,
)
from amp_desktop.core.progress import NO_PROGRESS, Progress

#: The largest count a value may have (what it counts is people or municipalities;
#: the store holds 64 bits).
MAX_COUNT = 1e12
_KPI_ID = re.compile(r"\b([A-Z]\d{5})\b")
_YEAR = re.compile(r"^(19|20)\d\d$")
_SEPARATOR_LINE = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)
#: Lines looked at for the header (a title or ``sep=`` line may come first).
_HEADER_LINES = 10
_DELIMITERS = (";", "\t", ",")

_COLUMN_WORDS = {
    "kpi": ("kpi", "kpi id", "kpi_id", "nyckeltal id", "nyckeltals-id", "nyckeltalsid", "id"),
    "kpi_title": ("nyckeltal", "kpi title", "title", "titel"),
    "municipality": (
        "municipality",
        "municipality id",
        "municipality_id",
        "kommun id",
        "kommun-id",
        "kommunid",
        "kommunkod",
        "organisation id",
        "ou",
    ),
    "year": ("year", "period", "år", "ar"),
    "gender": ("gender", "kön", "kon"),
    "value": ("value", "värde", "varde"),
    "count": ("count", "antal"),
    "status": ("status",),
}


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    words = [" ".join(h.strip().casefold().split()) for h in header]
    for name, spellings in _COLUMN_WORDS.items():
        for index, word in enumerate(words):
            if word in spellings and name not in found:
                found[name] = index
    return found


def _is_header(columns: dict[str, int]) -> bool:
    return "municipality" in columns and ("kpi" in columns or "kpi_title" in columns)


@dataclass
class _Layout:
    """Where the header is and what its columns are."""

    delimiter: str
    header: list[str]
    header_line: int  # the physical line the header starts on (1-based)
    columns: dict[str, int]
    year_columns: dict[int, int]


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """``(line, cells)`` of every row, *line* the row's first physical line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for row in reader:
            yield line, row
            line = reader.line_num + 1
    except csv.Error:
        raise KoladaFileError(
            translate("Kolada", "Line {line}: a quoted field never ends.").format(line=line)
        ) from None


def _blank(row: list[str]) -> bool:
    return sum(1 for cell in row if cell.strip()) < 2  # empty, ;;;; or a one-cell note


def _layout(text: str) -> _Layout:
    first = text.split("\n", 1)[0].strip().strip('"')
    forced = _SEPARATOR_LINE.match(first)
    candidates = (forced.group(1),) if forced else _DELIMITERS
    for delimiter in candidates:
        looked = 0
        for line, row in _rows(text, delimiter):
            if looked >= _HEADER_LINES:
                break
            if not any(cell.strip() for cell in row):
                continue
            looked += 1
            columns = _columns(row)
            if _is_header(columns):
                years = {i: int(h.strip()) for i, h in enumerate(row) if _YEAR.match(h.strip())}
                return _Layout(delimiter, row, line, columns, years)
    header = next((row for _, row in _rows(text, candidates[0]) if any(row)), [])
    shown = ", ".join(quoted(h.strip()) for h in header[:8] if h.strip())
    raise KoladaFileError(
        translate(
            "Kolada",
            "The CSV needs a KPI id column (“Nyckeltal id” or “kpi”) and a municipality id "
            "column (“Kommun-id” or “municipality”); its first line has {columns}.",
        ).format(columns=shown or translate("Kolada", "no column names"))
    )


def has_header(text: str) -> bool:
    """Whether *text* has a kolada.se CSV header in its first lines."""
    try:
        _layout(text)
    except KoladaFileError:
        return False
    return True


def read_csv(text: str, progress: Progress = NO_PROGRESS) -> KoladaPage:
    """A kolada.se CSV export: long (a value column) or wide (a column per year)."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise KoladaFileError(translate("Kolada", "The file is empty."))
    layout = _layout(text)
    columns = layout.columns
    if "value" not in columns and not layout.year_columns:
        raise KoladaFileError(
            translate("Kolada", "The CSV has neither a value column nor year columns.")
        )
    if "value" in columns and "year" not in columns:
        raise KoladaFileError(translate("Kolada", "The CSV has a value column but no year column."))
    page = KoladaPage()
    # (key → the line giving it and its value: a file giving one figure two ways is
    # refused, not read as whichever line came last)
    given: dict[tuple[str, str, int, str], tuple[int, float | None, int | None]] = {}
    for count, (line, row) in enumerate(_rows(text, layout.delimiter)):
        if count % 4096 == 0:
            progress.step(count)
        if line <= layout.header_line or _blank(row):
            continue
        for value in _csv_row(row, line, layout):
            before = given.setdefault(value.key, (line, value.value, value.count))
            if before[1:] != (value.value, value.count):
                raise KoladaFileError(_given_twice(value, before[0], line))
            if before[0] == line:
                page.values.append(value)
    if not page.values:
        raise KoladaFileError(translate("Kolada", "The CSV holds no values."))
    return page


def _given_twice(value: KoladaValue, first: int, again: int) -> str:
    return translate(
        "Kolada",
        "Lines {first} and {again} give {kpi} for {place} in {year} ({gender}) with "
        "different values; nothing was imported.",
    ).format(
        first=first, again=again, kpi=value.kpi, place=quoted(value.municipality),
        year=value.year, gender=value.gender,
    )  # fmt: skip


def _column(layout: _Layout, index: int | None) -> str:
    """The header of column *index* as the file writes it ("" when it has none)."""
    if index is None or index >= len(layout.header):
        return ""
    return " ".join(layout.header[index].split())


def _csv_row(row: list[str], line: int, layout: _Layout) -> Iterator[KoladaValue]:
    columns = layout.columns

    def where() -> str:  # made only for a message: a file has a million rows
        return translate("Kolada", "Line {line}").format(line=line)

    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    kpi = cell("kpi").upper()  # "u40455" typed by hand
    if not _KPI_ID.fullmatch(kpi):
        match = _KPI_ID.search(cell("kpi_title") or kpi)
        kpi = match.group(1) if match else ""
    municipality = place_code(cell("municipality"))
    sex = gender(cell("gender"))
    if not kpi:
        raise KoladaFileError(
            translate("Kolada", "Line {line}: no KPI id (column “{column}”).").format(
                line=line, column=_column(layout, columns.get("kpi", columns.get("kpi_title")))
            )
        )
    if not municipality:
        raise KoladaFileError(
            translate("Kolada", "Line {line}: no municipality id (column “{column}”).").format(
                line=line, column=_column(layout, columns.get("municipality"))
            )
        )
    if not known_place(municipality):
        raise KoladaFileError(
            translate(
                "Kolada",
                "Line {line}: no Swedish municipality or county has the code “{code}” "
                "(column “{column}”); nothing was imported.",
            ).format(
                line=line,
                code=municipality[:20],
                column=_column(layout, columns.get("municipality")),
            )
        )
    if sex is None:
        raise KoladaFileError(
            translate(
                "Kolada", "Line {line}: “{text}” is not a gender (column “{column}”)."
            ).format(
                line=line, text=cell("gender")[:20], column=_column(layout, columns.get("gender"))
            )
        )
    if "value" in columns:
        year = year_of(cell("year"))
        if year is None:
            raise KoladaFileError(
                translate(
                    "Kolada", "Line {line}: the year “{text}” is not a year (column “{column}”)."
                ).format(
                    line=line, text=cell("year")[:20], column=_column(layout, columns.get("year"))
                )
            )
        count = number(cell("count"), where, _column(layout, columns.get("count")))
        if count is not None and not (0 <= count <= MAX_COUNT and count.is_integer()):
            # (1e300 people failed the store with a traceback; 12,5 became 12)
            raise KoladaFileError(
                translate(
                    "Kolada",
                    "Line {line}: the count “{text}” is not a whole number of 0 or more "
                    "(column “{column}”).",
                ).format(
                    line=line, text=cell("count")[:20], column=_column(layout, columns.get("count"))
                )
            )
        yield KoladaValue(
            kpi,
            municipality,
            year,
            sex,
            number(cell("value"), where, _column(layout, columns.get("value"))),
            int(count) if count is not None else None,
            cell("status"),
        )
        return
    for index, year in layout.year_columns.items():
        if index < len(row):
            value = number(row[index], where, _column(layout, index))
            yield KoladaValue(kpi, municipality, year, sex, value)
