"""Planning periods: a year, a tertial or any range of months ("YYYY-MM", inclusive)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate
from amp_desktop.core.months import months_between
from amp_desktop.core.rules import FIRST_YEAR, LAST_YEAR

_MONTH_RE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_TERTIAL_RE = re.compile(r"^(\d{4})\s*-?\s*T([1-3])$", re.IGNORECASE)


class PeriodError(AmpError, ValueError):
    """A period that cannot be understood; the message is for the user."""


@functools.lru_cache(maxsize=4096)  # (called per programme and plan with the same months)
def month_index(month: str) -> int:
    """``"2026-03"`` → a running month number (year × 12 + month − 1)."""
    match = _MONTH_RE.match(month)
    if not match:
        raise PeriodError(
            translate("Planning", "“{month}” is not a month; write it as YYYY-MM.").format(
                month=month
            )
        )
    return int(match.group(1)) * 12 + int(match.group(2)) - 1


def month_text(index: int) -> str:
    """The inverse of :func:`month_index`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def add_months(month: str, count: int) -> str:
    """*month* moved *count* months (negative = back)."""
    return month_text(month_index(month) + count)


def tertial_names() -> tuple[str, str, str]:
    return (
        translate("Planning", "Jan–Apr"),
        translate("Planning", "May–Aug"),
        translate("Planning", "Sep–Dec"),
    )


@dataclass(frozen=True)
class Period:
    """Months *first* … *last* (``"YYYY-MM"``), both included."""

    first: str
    last: str

    def __post_init__(self) -> None:
        if month_index(self.first) > month_index(self.last):
            raise PeriodError(
                translate("Planning", "The period starts ({first}) after it ends ({last}).").format(
                    first=self.first, last=self.last
                )
            )
        # As demand itself (rules.FIRST_YEAR … LAST_YEAR): a period of 0000-01 …
        # 9999-12 planned 120,000 empty months for a minute.
        if int(self.first[:4]) < FIRST_YEAR or int(self.last[:4]) > LAST_YEAR:
            raise PeriodError(
                translate(
                    "Planning", "A period lies between 1990 and 2100, not {first} – {last}."
                ).format(first=self.first, last=self.last)
            )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(f"{year:04d}-01", f"{year:04d}-12")

    @classmethod
    def tertial(cls, year: int, number: int) -> Period:
        """Tertial 1 = Jan–Apr, 2 = May–Aug, 3 = Sep–Dec."""
        if number not in (1, 2, 3):
            raise PeriodError(
                translate("Planning", "A tertial is 1, 2 or 3, not {n}.").format(n=number)
            )
        start = (number - 1) * 4 + 1
        return cls(f"{year:04d}-{start:02d}", f"{year:04d}-{start + 3:02d}")

    @classmethod
    def months_between(cls, first: str, last: str) -> Period:
        return cls(first, last)

    @classmethod
    def current_year(cls, today: dt.date | None = None) -> Period:
        return cls.year((today or dt.date.today()).year)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``"2026"``, ``"2026-T1"``, ``"2026-03"`` or ``"2026-01..2026-06"``."""
        text = text.strip()
        if re.fullmatch(r"\d{4}", text):
            return cls.year(int(text))
        match = _TERTIAL_RE.match(text)
        if match:
            return cls.tertial(int(match.group(1)), int(match.group(2)))
        for separator in ("..", "–", " - ", ":"):
            if separator in text:
                first, _, last = text.partition(separator)
                return cls(first.strip(), last.strip())
        if _MONTH_RE.match(text):
            return cls(text, text)
        raise PeriodError(
            translate(
                "Planning",
                "“{text}” is not a period; write a year (2026), a tertial (2026-T1) "
                "or months (2026-01..2026-06).",
            ).format(text=text)
        )

    @classmethod
    def from_options(
        cls,
        *,
        first: str | None = None,
        last: str | None = None,
        year: str | int | None = None,
        tertial: str | None = None,
        today: dt.date | None = None,
    ) -> Period:
        """The period of ``amp plan``'s options; the current calendar year by default."""
        given = [x for x in ((first or last), year, tertial) if x]
        if len(given) > 1:
            raise PeriodError(
                translate("Planning", "Give either --from/--to, --year or --tertial, not several.")
            )
        if year:
            text = str(year).strip()
            if not re.fullmatch(r"\d{4}", text):
                raise PeriodError(
                    translate("Planning", "“{text}” is not a year; write e.g. 2026.").format(
                        text=text
                    )
                )
            return cls.year(int(text))
        if tertial:
            match = _TERTIAL_RE.match(tertial.strip())
            if not match:
                raise PeriodError(
                    translate("Planning", "“{text}” is not a tertial; write e.g. 2026-T1.").format(
                        text=tertial
                    )
                )
            return cls.tertial(int(match.group(1)), int(match.group(2)))
        if first or last:
            if not (first and last):
                raise PeriodError(translate("Planning", "Give both --from and --to."))
            return cls(first, last)
        return cls.current_year(today)

    def months(self) -> list[str]:
        return months_between(self.first, self.last)

    def __len__(self) -> int:
        return month_index(self.last) - month_index(self.first) + 1

    @property
    def is_year(self) -> bool:
        return self.first.endswith("-01") and self.last == self.first[:4] + "-12"

    @property
    def tertial_number(self) -> int | None:
        """1, 2 or 3 if the period is exactly one tertial, else None."""
        if self.first[:4] != self.last[:4]:
            return None
        for number, (start, end) in enumerate(((1, 4), (5, 8), (9, 12)), 1):
            if self.first[5:] == f"{start:02d}" and self.last[5:] == f"{end:02d}":
                return number
        return None

    def label(self) -> str:
        """``2026``, ``2026 T1 (Jan–Apr)``, ``2026-03`` or ``2026-01 – 2026-06``."""
        if self.is_year:
            return self.first[:4]
        number = self.tertial_number
        if number:
            return f"{self.first[:4]} T{number} ({tertial_names()[number - 1]})"
        if self.first == self.last:
            return self.first
        return f"{self.first} – {self.last}"

    def to_json(self) -> dict[str, Any]:
        return {"first": self.first, "last": self.last, "months": len(self), "label": self.label()}
