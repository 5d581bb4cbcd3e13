"""One value Kolada published, a page of them, and how a file's text becomes one.

Shared by the JSON reader (:mod:`.values`), the CSV reader (:mod:`.csv_values`) and
the API client: the gender words (v2's ``F`` is read as ``K``), the published
number (Swedish or English decimals, spaces as thousands separators, the Unicode
minus; Kolada's marks of a missing value are None), and :class:`KoladaFileError`,
whose text is one line for the user.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
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
    "båda könen": "T",
    "both": "T",
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
#: Kolada's marks of a value that is not published.
MISSING_MARKS = ("", "-", "..", "…")
#: The years a Kolada value may have (a period outside them is a damaged file).
FIRST_YEAR, LAST_YEAR = 1950, 2100
_SPACES = str.maketrans({"\u00a0": "", "\u202f": "", "\u2009": "", " ": "", "\u2212": "-"})


class KoladaFileError(AmpError, ValueError):
    """A file that is not a Kolada answer or export, with a message for the user."""


@dataclass(frozen=True, order=True, slots=True)
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


def gender(text: Any) -> str | None:
    """``T``, ``K`` or ``M`` for a gender as Kolada or a spreadsheet writes it."""
    return _GENDER_WORDS.get(" ".join(str(text if text is not None else "").split()).casefold())


def number(text: Any, where: str | Callable[[], str], column: str = "") -> float | None:
    """A published value: None for Kolada's marks of a missing one (empty, "-", "..");
    a text that is no number makes the file a bad one (*where* names the place — or
    makes the name, only then —, *column* the column or field it is in)."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        try:
            if math.isfinite(text):
                return float(text)
        except OverflowError:  # an int too large for a float
            pass
        text = str(text)  # an infinite or NaN value is no published figure
    cleaned = str(text).strip().translate(_SPACES).replace(",", ".")
    if cleaned in MISSING_MARKS:
        return None
    try:
        parsed = float(cleaned)
    except ValueError:
        parsed = math.nan
    if not math.isfinite(parsed):
        shown = " ".join(str(text).split())[:40]
        if callable(where):
            where = where()
        if column:
            raise KoladaFileError(
                translate(
                    "Kolada", "{where}: “{text}” is not a number (column “{column}”)."
                ).format(where=where, text=shown, column=column)
            )
        raise KoladaFileError(
            translate("Kolada", "{where}: “{text}” is not a number.").format(
                where=where, text=shown
            )
        )
    return parsed


def year_of(text: Any) -> int | None:
    """The year in a period (``2023``, ``"2023"``), None when it is not a plausible one."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        year = text
    elif isinstance(text, str) and text.strip().isdigit() and len(text.strip()) == 4:
        year = int(text.strip())
    else:
        return None
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


_WHOLE_CODE = re.compile(r"(\d{1,4})\.0+")


def place_code(text: Any) -> str:
    """A municipality's id as text; a code a spreadsheet shortened (``180``) gets its
    leading zeros back (``0180``)."""
    code = str(text if text is not None else "").strip()
    whole = _WHOLE_CODE.fullmatch(code)  # "1980.0": a column a program read as numbers
    if whole is not None:
        code = whole.group(1)
    if code.isdigit() and len(code) < 4:
        return code.zfill(4)
    if code[:1] == "g" and code[1:].isdigit():
        return code.upper()  # a group's id typed by hand ("g100002")
    return code
