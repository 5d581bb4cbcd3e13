"""Kolada values read from a saved file: the API's JSON (v3, or v2's) or kolada.se's CSV.

A value is one KPI's figure for one municipality (or group, region, the country),
year and gender (``T`` total, ``K`` women, ``M`` men; v2's ``F`` is read as ``K``).
JSON is what the API answers — ``{"values": [{"kpi", "municipality", "period",
"values": [{"gender", "count", "status", "value"}]}], "next_url"}`` — or a list of
such pages.  The CSV has one row per value with columns for the KPI id, the
municipality id, the year, the gender (optional: total) and the value, in Swedish
or English, separated by ``;`` or ``,``, decimals with a comma or a point; or one
column per year (a wide export).  Anything else is a :class:`KoladaFileError` with a
one-line message, and nothing is stored.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate

GENDERS = ("T", "K", "M")
_GENDER_WORDS = {
    "t": "T",
    "total": "T",
    "totalt": "T",
    "alla": "T",
    "all": "T",
    "": "T",
    "k": "K",
    "f": "K",
    "kvinnor": "K",
    "kvinna": "K",
    "women": "K",
    "female": "K",
    "m": "M",
    "män": "M",
    "man": "M",
    "men": "M",
    "male": "M",
}
_KPI_ID = re.compile(r"\b([A-Z]\d{5})\b")
_YEAR = re.compile(r"^(19|20)\d\d$")


class KoladaFileError(AmpError, ValueError):
    """A file that is not a Kolada answer or export, with a message for the user."""


@dataclass(frozen=True, order=True)
class KoladaValue:
    """One published value."""

    kpi: str
    municipality: str
    year: int
    gender: str
    value: float | None
    count: int | None = None
    status: str = ""

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.kpi, self.municipality, self.year, self.gender)


@dataclass
class KoladaPage:
    """The values of one answer, and the address of the next page (None: the last)."""

    values: list[KoladaValue] = field(default_factory=list)
    next_url: str | None = None


def _gender(text: Any) -> str | None:
    return _GENDER_WORDS.get(str(text if text is not None else "").strip().casefold())


def _number(text: Any, where: str) -> float | None:
    """A published value: None for Kolada's marks of a missing one (empty, "-", "..");
    a text that is no number makes the file a bad one (*where* names the place)."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text) if math.isfinite(text) else None
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if cleaned in ("", "-", "..", "…"):
        return None
    try:
        number = float(cleaned)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise _bad(
            translate("Kolada", "{where}: “{text}” is not a number.").format(
                where=where, text=str(text).strip()[:40]
            )
        )
    return number


def _bad(message: str) -> KoladaFileError:
    return KoladaFileError(message)


def page_from_json(data: Any) -> KoladaPage:
    """One API answer (v3 or v2) as values; KoladaFileError when it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        raise _bad(translate("Kolada", "This is not a Kolada answer: it has no list of values."))
    page = KoladaPage()
    for item in data["values"]:
        if not isinstance(item, dict):
            raise _bad(translate("Kolada", "A value in the Kolada answer is not an object."))
        kpi, municipality, period = item.get("kpi"), item.get("municipality"), item.get("period")
        if not isinstance(kpi, str) or not isinstance(municipality, str | int):
            raise _bad(
                translate("Kolada", "A value in the Kolada answer has no KPI or municipality.")
            )
        try:
            year = int(period)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise _bad(translate("Kolada", "A value in the Kolada answer has no year.")) from None
        entries = item.get("values")
        if not isinstance(entries, list):
            raise _bad(translate("Kolada", "A value in the Kolada answer has no values by gender."))
        for entry in entries:
            gender = _gender(entry.get("gender")) if isinstance(entry, dict) else None
            if gender is None or not isinstance(entry, dict):
                raise _bad(
                    translate("Kolada", "A value in the Kolada answer has an unknown gender.")
                )
            count = entry.get("count")
            page.values.append(
                KoladaValue(
                    kpi,
                    str(municipality),
                    year,
                    gender,
                    _number(
                        entry.get("value"),
                        translate(
                            "Kolada", "The value of {kpi} for {municipality} in {year}"
                        ).format(kpi=kpi, municipality=municipality, year=year),
                    ),
                    count if isinstance(count, int) and not isinstance(count, bool) else None,
                    str(entry.get("status") or ""),
                )
            )
    following = data.get("next_url") or data.get("next_page")
    page.next_url = following if isinstance(following, str) and following else None
    return page


def read_json(text: str) -> KoladaPage:
    """A saved answer, or a list of saved pages; ``next_url`` is the last page's."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(
            translate("Kolada", "The file is not valid JSON (line {line}).").format(line=exc.lineno)
        ) from None
    pages = data if isinstance(data, list) else [data]
    out = KoladaPage()
    for data_page in pages:
        page = page_from_json(data_page)
        out.values.extend(page.values)
        out.next_url = page.next_url
    return out


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


def read_csv(text: str) -> KoladaPage:
    """A kolada.se CSV export: long (a value column) or wide (a column per year)."""
    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise _bad(translate("Kolada", "The file is empty."))
    delimiter = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    columns = _columns(header)
    year_columns = {i: int(h.strip()) for i, h in enumerate(header) if _YEAR.match(h.strip())}
    if "municipality" not in columns or not ("kpi" in columns or "kpi_title" in columns):
        raise _bad(
            translate(
                "Kolada", "The CSV needs a KPI id column and a municipality id column (see docs)."
            )
        )
    if "value" not in columns and not year_columns:
        raise _bad(translate("Kolada", "The CSV has neither a value column nor year columns."))
    if "value" in columns and "year" not in columns:
        raise _bad(translate("Kolada", "The CSV has a value column but no year column."))
    page = KoladaPage()
    for line, row in enumerate(body, start=2):
        page.values.extend(_csv_row(row, line, columns, year_columns))
    if not page.values:
        raise _bad(translate("Kolada", "The CSV holds no values."))
    return page


def _csv_row(
    row: list[str], line: int, columns: dict[str, int], year_columns: dict[int, int]
) -> Iterator[KoladaValue]:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    kpi = cell("kpi")
    if not _KPI_ID.fullmatch(kpi):
        match = _KPI_ID.search(cell("kpi_title") or kpi)
        kpi = match.group(1) if match else ""
    municipality = cell("municipality")
    gender = _gender(cell("gender"))
    if not kpi or not municipality or gender is None:
        raise _bad(
            translate("Kolada", "Line {line}: no KPI id, municipality id or known gender.").format(
                line=line
            )
        )
    where = translate("Kolada", "Line {line}").format(line=line)
    if municipality.isdigit() and len(municipality) < 4:
        municipality = municipality.zfill(4)  # a spreadsheet dropped the leading zero
    if "value" in columns:
        year_text = cell("year")
        if not _YEAR.match(year_text):
            raise _bad(
                translate("Kolada", "Line {line}: the year is not a year.").format(line=line)
            )
        count = _number(cell("count"), where)
        yield KoladaValue(
            kpi,
            municipality,
            int(year_text),
            gender,
            _number(cell("value"), where),
            int(count) if count is not None else None,
            cell("status"),
        )
        return
    for index, year in year_columns.items():
        if index < len(row):
            yield KoladaValue(kpi, municipality, year, gender, _number(row[index], where))


def read_values_file(path: Path) -> KoladaPage:
    """The values in a saved ``.json`` or ``.csv`` file (by its content, then its name)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _bad(
            translate("Kolada", "Cannot read {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) or path.suffix.casefold() == ".json":
        return read_json(text)
    return read_csv(text)


def latest(values: Iterable[KoladaValue]) -> dict[tuple[str, str, int, str], KoladaValue]:
    """One value per key (the last given wins, as a later page replaces an earlier)."""
    return {value.key: value for value in values}
