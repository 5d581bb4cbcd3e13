"""The cell values of a participant list as dates, need levels, age bands and what an
identity number tells (birth date, gender) — converted in memory while a list is read
(:mod:`.participants`), never kept."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from amp_desktop.core.excel.read import cell_text
from amp_desktop.core.personal import is_personal_id
from amp_desktop.core.results.aggregate import age_band

_NEED = re.compile(r"^(?:am|nivå|level)?\s*-?\s*([123])$")


def cell_date(value: Any) -> dt.date | None:
    """A cell's date (None when empty); raises ValueError when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:
            raise ValueError
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value).strip()
    if not text:
        return None
    return dt.date.fromisoformat(text[:10])


def identity_facts(value: Any, *, this_year: int | None = None) -> tuple[dt.date | None, str]:
    """The birth date and gender ("K"/"M") an identity number tells, if it is one
    (a 10-digit number's century is the latest that puts its year up to *this_year*,
    by default today's)."""
    if not is_personal_id(value):
        return None, ""
    digits = re.sub(r"\D", "", str(int(value) if isinstance(value, float) else value))
    plus = "+" in str(value)
    if len(digits) == 12:
        century, rest = int(digits[:2]), digits[2:]
    else:
        century, rest = 0, digits
    yy, mm, dd = int(rest[0:2]), int(rest[2:4]), int(rest[4:6])
    dd = dd - 60 if dd > 60 else dd
    gender = "M" if int(rest[8]) % 2 else "K"
    if not century:
        this_year = this_year or dt.date.today().year
        century = 20 if 2000 + yy <= this_year else 19
        if plus:
            century -= 1
    try:
        return dt.date(century * 100 + yy, mm, dd), gender
    except ValueError:
        return None, gender


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def need_level(value: Any) -> str:
    text = cell_text(value).strip().casefold()
    match = _NEED.match(text)
    return f"AM{match.group(1)}" if match else ""


def age_band_of(age: Any, birth_value: Any, birth: dt.date | None, start: dt.date) -> str:
    if age not in (None, ""):
        try:
            return age_band(int(float(age)))
        except (TypeError, ValueError):
            return ""
    if birth_value not in (None, ""):
        if isinstance(birth_value, (int, float)) and 1900 <= birth_value <= 2100:
            return age_band(start.year - int(birth_value))
        try:
            born = cell_date(birth_value)
        except ValueError:
            born = None
        if born is not None:
            return age_band(age_on(born, start))
    return age_band(age_on(birth, start)) if birth else ""
