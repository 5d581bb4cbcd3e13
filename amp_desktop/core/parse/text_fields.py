"""Programme fields in cell text that are not numbers: type, dates, age limits, the
months a programme runs, a name with its project period."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from amp_desktop.core.domain import ProgrammeType
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse.errors import ParseError
from amp_desktop.core.parse.errors import Pattern as _Pattern

_TYPES = {
    "primär": ProgrammeType.PRIMARY,
    "primar": ProgrammeType.PRIMARY,
    "primary": ProgrammeType.PRIMARY,
    "p": ProgrammeType.PRIMARY,
    "sekundär": ProgrammeType.SECONDARY,
    "sekundar": ProgrammeType.SECONDARY,
    "secondary": ProgrammeType.SECONDARY,
    "s": ProgrammeType.SECONDARY,
}


def parse_type(value: object) -> ProgrammeType:
    """Read ``Primär``/``Sekundär`` (or the English words)."""
    text = str(value or "").strip().casefold().removesuffix(" insats")
    if text in _TYPES:
        return _TYPES[text]
    raise ParseError(
        translate("Parse", "Type: expected Primär or Sekundär (primary or secondary).")
    )


def parse_date(value: object) -> str | None:
    """An ISO date string from a date, datetime or a text :func:`date_of_text` reads."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return date_of_text(text).isoformat()
    except ValueError:
        if _YEAR_FIRST.fullmatch(text) is not None:  # written so, but not in the calendar
            raise ParseError(
                translate(
                    "Parse",
                    "Date: there is no {date} in the calendar; check the month and the day (YYYY-MM-DD).",
                ).format(date=text)
            ) from None
        raise ParseError(translate("Parse", "Date: write the date as YYYY-MM-DD.")) from None


def written_date(text: str | None) -> str | None:
    """A date as typed or as a cell holds it, in the form AMP keeps (``2024-3-1`` →
    ``2024-03-01``); a text that is no date as it is, for the field's check to name
    (:func:`amp_desktop.core.mandate.check_dates`); None when empty."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date_of_text(text).isoformat()
    except ValueError:
        return text


#: A date written year first, month and day with or without a leading zero, with
#: one separator throughout, and perhaps a time after it (as a text cell may hold).
_YEAR_FIRST = _Pattern(
    r"(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
)


def date_of_text(text: str) -> dt.date:
    """The date a text writes year first — ``2024-03-01``, ``2024-3-1``, ``2024.03.01``,
    ``2024/3/1``, ``20240301``, with or without a time after it; raises ValueError for
    any other text (a day-first ``1/3/2024`` could be either month: never guessed)."""
    text = text.strip()
    written = _YEAR_FIRST.fullmatch(text)
    if written is not None:
        return dt.date(int(written.group(1)), int(written.group(3)), int(written.group(4)))
    return dt.date.fromisoformat(text)


_AGE_RE = _Pattern(r"(\d{1,2})\s*[-–]\s*(\d{1,2})\s*år", re.I)


def parse_age_limits(text: str) -> tuple[int, int] | None:
    """Age limits written in a description, e.g. ``Ungdomar mellan 16-25 år``."""
    match = _AGE_RE.search(text or "")
    if not match:
        return None
    low, high = int(match.group(1)), int(match.group(2))
    return (low, high) if low <= high else None


_MONTHS_RE = _Pattern(r"^\s*\d{1,2}(\s*[,;]\s*\d{1,2})*\s*$")


def parse_months(value: object) -> tuple[int, ...]:
    """Months a programme runs, ``6,7,8``; empty means all year."""
    text = str(value or "").strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():  # 6.5 was read as 6
            raise ParseError(
                translate("Parse", "Months it runs: list month numbers such as 6,7,8.")
            )
        text = str(int(value))
    if not text:
        return ()
    if not _MONTHS_RE.match(text):
        raise ParseError(translate("Parse", "Months it runs: list month numbers such as 6,7,8."))
    months = sorted({int(m) for m in re.split(r"[,;]", text)})
    if any(not 1 <= m <= 12 for m in months):
        raise ParseError(translate("Parse", "Months it runs: months are numbered 1 to 12."))
    return tuple(months)


_NAME_PERIOD_RE = _Pattern(
    r"^(?P<name>.*?)\s*\((?P<inner>[^()]*?(?P<start>\d{4}-\d{2}-\d{2})\s*[-–]{1,2}\s*"
    r"(?P<end>\d{4}-\d{2}-\d{2,}))\)\s*$"
)


@dataclass(frozen=True)
class NamePeriod:
    """A name with a project period written after it, and what was uncertain."""

    name: str
    start_date: str | None
    end_date: str | None
    note: str = ""


def parse_name_period(text: str) -> NamePeriod:
    """Split ``ESF/SALT (ESF projekt 2020-07-01--2022-12-31)`` into name and dates.

    A date that is not a real date (the report has ``2022-12-319``) is not
    guessed: it is left empty and the original text kept in the note.
    """
    match = _NAME_PERIOD_RE.match(text.strip())
    if not match:
        return NamePeriod(text.strip(), None, None)
    dates: list[str | None] = []
    for key in ("start", "end"):
        try:
            dates.append(parse_date(match.group(key)))
        except ParseError:
            dates.append(None)
    note = match.group("inner").strip()
    return NamePeriod(match.group("name").strip(), dates[0], dates[1], note)
