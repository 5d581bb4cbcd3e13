"""Kolada values read from a saved file: the API's JSON (v3, or v2's) or kolada.se's CSV.

A value is one KPI's figure for one municipality (or group, region, the country),
year and gender (``T`` total, ``K`` women, ``M`` men; v2's ``F`` is read as ``K``).
JSON is what the API answers — ``{"values": [{"kpi", "municipality", "period",
"values": [{"gender", "count", "status", "value"}]}], "next_url"}`` — or a list of
such pages.  The CSV is read by :mod:`.csv_values`; the file's bytes, their encoding
and what is no Kolada file at all (a web page, a workbook, too big) by
:mod:`.saved_file`.  Anything else is a :class:`KoladaFileError` with a one-line
message, and nothing is stored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.csv_values import has_header, read_csv
from amp_desktop.core.kolada.municipalities import known_place
from amp_desktop.core.kolada.records import (
    GENDERS,
    KoladaFileError,
    KoladaPage,
    KoladaValue,
    gender,
    number,
    place_code,
    year_of,
)
from amp_desktop.core.kolada.saved_file import decode, read_bytes
from amp_desktop.core.progress import NO_PROGRESS, Progress

__all__ = [
    "GENDERS",
    "KoladaFileError",
    "KoladaPage",
    "KoladaValue",
    "latest",
    "page_from_json",
    "parse_json",
    "read_csv",
    "read_json",
    "read_values_file",
]


def _bad(message: str) -> KoladaFileError:
    return KoladaFileError(message)


def _where(kpi: str, place: str, year: int) -> str:
    return translate("Kolada", "The value of {kpi} for {municipality} in {year}").format(
        kpi=kpi, municipality=place, year=year
    )


def page_from_json(data: Any, *, saved: bool = False) -> KoladaPage:
    """One API answer (v3 or v2) as values; KoladaFileError when it is not one.
    A *saved* answer (a file) may name only places Kolada publishes values for
    (a fetch asks for those only)."""
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        raise _bad(translate("Kolada", "This is not a Kolada answer: it has no list of values."))
    page = KoladaPage()
    for position, item in enumerate(data["values"], start=1):
        if not isinstance(item, dict):
            raise _bad(translate("Kolada", "A value in the Kolada answer is not an object."))
        kpi, municipality, period = item.get("kpi"), item.get("municipality"), item.get("period")
        if not isinstance(kpi, str) or not kpi.strip() or not isinstance(municipality, str | int):
            raise _bad(
                translate("Kolada", "A value in the Kolada answer has no KPI or municipality.")
            )
        year = year_of(period)
        if year is None:
            raise _bad(
                translate("Kolada", "A value in the Kolada answer has no year.")
                + " "
                + translate("Kolada", "(value {n}, “period”: {period})").format(
                    n=position, period=json.dumps(period, ensure_ascii=False)[:20]
                )
            )
        entries = item.get("values")
        if not isinstance(entries, list):
            raise _bad(translate("Kolada", "A value in the Kolada answer has no values by gender."))
        place = place_code(municipality)
        if saved and not known_place(place):
            raise _bad(
                translate(
                    "Kolada",
                    "Value {n} of the file is for “{code}” (“municipality”), which no Swedish "
                    "municipality or county has; nothing was imported.",
                ).format(n=position, code=place[:20])
            )
        for entry in entries:
            sex = gender(entry.get("gender")) if isinstance(entry, dict) else None
            if sex is None or not isinstance(entry, dict):
                raise _bad(
                    translate("Kolada", "A value in the Kolada answer has an unknown gender.")
                    + " "
                    + translate("Kolada", "({kpi}, {municipality}, {year}, “gender”)").format(
                        kpi=kpi, municipality=place, year=year
                    )
                )
            count = entry.get("count")
            page.values.append(
                KoladaValue(
                    kpi.strip().upper(),
                    place,
                    year,
                    sex,
                    number(entry.get("value"), partial(_where, kpi, place, year)),
                    count if isinstance(count, int) and not isinstance(count, bool) else None,
                    str(entry.get("status") or ""),
                )
            )
    following = data.get("next_url") or data.get("next_page")
    page.next_url = following if isinstance(following, str) and following else None
    return page


def parse_json(text: str | bytes) -> Any:
    """JSON text as data; KoladaFileError (one line) when it is not JSON, or nested
    deeper than Python can follow (no answer of Kolada's is)."""
    try:
        # A number too large for a float (1e400) and JSON's NaN and Infinity are kept
        # as they are written, so the value's reader names them (they were read as
        # infinite and stored as "not published", silently).
        return json.loads(
            text, parse_float=_finite_or_text, parse_int=_int_or_text, parse_constant=str
        )
    except json.JSONDecodeError as exc:
        raise _bad(
            translate("Kolada", "The file is not valid JSON (line {line}).").format(line=exc.lineno)
        ) from None
    except RecursionError:
        raise _bad(
            translate("Kolada", "The JSON is nested too deeply to be a Kolada answer.")
        ) from None
    except UnicodeDecodeError:
        raise _bad(translate("Kolada", "The JSON is not UTF-8 text.")) from None


def _finite_or_text(text: str) -> float | str:
    number = float(text)
    return number if math.isfinite(number) else text


def _int_or_text(text: str) -> int | str:
    # (Python refuses to make an int of over 4,300 digits: a ValueError, not JSON's)
    return int(text) if len(text) <= 18 else text


def read_json(text: str) -> KoladaPage:
    """A saved answer, or a list of saved pages; ``next_url`` is the last page's."""
    data = parse_json(text)
    pages = data if isinstance(data, list) else [data]
    out = KoladaPage()
    for data_page in pages:
        page = page_from_json(data_page, saved=True)
        out.values.extend(page.values)
        out.next_url = page.next_url
    return out


def read_values_file(path: Path, progress: Progress = NO_PROGRESS) -> KoladaPage:
    """The values in a saved ``.json`` or ``.csv`` file (by its content, then its name)."""
    text = decode(read_bytes(path))
    progress.check()
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return read_json(text)
    if path.suffix.casefold() == ".json" and not has_header(text):
        return read_json(text)  # a damaged answer: say where the JSON breaks
    return read_csv(text, progress)  # a CSV export, whatever its name says


def latest(values: Iterable[KoladaValue]) -> dict[tuple[str, str, int, str], KoladaValue]:
    """One value per key (the last given wins, as a later page replaces an earlier)."""
    return {value.key: value for value in values}
