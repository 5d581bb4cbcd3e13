"""The cell values of a participant list as dates, need levels, age bands and what an
identity number tells (birth date, gender) — converted in memory while a list is read
(:mod:`.participants`), never kept."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, TypeVar

from amp_desktop.core.excel.participant_free_text import mask_name_runs
from amp_desktop.core.excel.participant_notes import is_ongoing
from amp_desktop.core.excel.programme_match import names_no_programme
from amp_desktop.core.excel.read import cell_text
from amp_desktop.core.excel.reason_text import mask_contact_and_dates
from amp_desktop.core.parse.text_fields import date_of_text
from amp_desktop.core.personal import (
    capitalised_words,
    is_personal_id,
    mask_names,
    name_words,
    names_among,
)
from amp_desktop.core.results.aggregate import age_band
from amp_desktop.core.results.categories import reason_key, recognise_reason

T = TypeVar("T")

_AGE_TEXT = re.compile(r"^\s*(\d{1,3})\s*(?:år|years?)?\s*$", re.IGNORECASE)
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
        if 19_000_101 <= value <= 21_001_231 and value == int(value):
            # 20250301: a date written as a number (no serial is that large)
            return dt.datetime.strptime(str(int(value)), "%Y%m%d").date()
        if not 1 <= value < 2_958_466:
            raise ValueError
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value).strip()
    if not text:
        return None
    try:
        return date_of_text(text)
    except ValueError:
        return dt.date.fromisoformat(text[:10])  # a date with more after it


def identity_facts(value: Any, *, this_year: int | None = None) -> tuple[dt.date | None, str]:
    """The birth date and gender ("K"/"M") an identity number tells, if it is one
    (a 10-digit number's century is the latest that puts its year up to *this_year*,
    by default today's).  A number cell of nine digits is a 10-digit number whose
    leading zero the cell dropped (050101-1233, born in 2005, typed as 501011233)."""
    value = _zero_kept(value)
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


def _zero_kept(value: Any) -> Any:
    """*value*, a number cell of nine digits as the ten they were (see :func:`identity_facts`)."""
    if type(value) is float and value.is_integer():
        value = int(value)
    if type(value) is int and 100_000_000 <= value < 1_000_000_000:
        return f"{value:010d}"
    return value


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


#: A gender cell's words (casefolded) → "K", "M" or "" (neither: not stated).
GENDERS = {
    "k": "K", "kvinna": "K", "kvinnor": "K", "kvinnlig": "K", "flicka": "K", "f": "K",
    "female": "K", "woman": "K", "w": "K",
    "m": "M", "man": "M", "män": "M", "manlig": "M", "pojke": "M", "male": "M",
    # Neither K nor M: counted without a gender (the preview says how many).
    "okänt": "", "okänd": "", "ej angivet": "", "ej angiven": "", "uppgift saknas": "",
    "saknas": "", "annat": "", "annan": "", "vill ej uppge": "", "other": "",
    "unknown": "", "not stated": "", "icke-binär": "", "ickebinär": "", "non-binary": "",
    "kv": "K", "kv.": "K",
}  # fmt: skip


def gender_of(value: Any) -> str | None:
    """ "K", "M" or "" (not stated); None for a value AMP does not know."""
    text = cell_text(value).strip()
    if not text:
        return ""
    found = GENDERS.get(" ".join(text.casefold().split()))
    # ("-", "?", "n/a": not stated, as an empty cell; an "X" is a gender AMP does not
    # know, asked about)
    placeholder = found is None and text.casefold() != "x" and names_no_programme(text)
    return "" if placeholder else found


def need_level(value: Any) -> str:
    text = cell_text(value).strip().casefold()
    match = _NEED.match(text)
    return f"AM{match.group(1)}" if match else ""


def age_band_of(age: Any, birth_value: Any, birth: dt.date | None, start: dt.date) -> str:
    if age not in (None, ""):
        try:
            years = int(float(age))
        except (TypeError, ValueError, OverflowError):
            written = _AGE_TEXT.match(cell_text(age))  # "39 år"
            years = int(written.group(1)) if written else -1
        return age_band(years) if 0 <= years <= 120 else ""  # 1990 is no age
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


#: The Luhn sum of two digits, the first doubled (an identity number's 10 digits are
#: five such pairs).
_LUHN_PAIRS = {f"{a}{b}": (2 * a if a < 5 else 2 * a - 9) + b for a in range(10) for b in range(10)}
_NON_DIGITS = re.compile(r"\D")
_CENTURIES = ("18", "19", "20")

#: What an identity cell tells: birth date, gender ("K"/"M"/""), the person's key for
#: this reading (None: no identity number), the birth date as ``yyyymmdd``.
Identity = tuple[dt.date | None, str, int | None, int | None]
NO_IDENTITY: Identity = (None, "", None, None)


def identities(values: set[Any], salt: bytes, this_year: int) -> dict[Any, Identity]:
    """What each distinct identity cell in *values* tells (see :data:`Identity`), as
    :func:`identity_facts` tells it; the person key is a salted hash of the number's
    last ten digits, made only when it is an identity number whose date exists.

    The spellings most lists use — 10 or 12 ASCII digits with a hyphen, a plus or
    nothing before the serial — are taken apart by position (as
    :mod:`amp_desktop.core.personal`'s pattern takes them); any other goes the
    general way."""
    out: dict[Any, Identity] = {}
    births: dict[tuple[int, str], tuple[dt.date, int] | None] = {}
    pairs = _LUHN_PAIRS
    for value in values:
        ten = century_text = None
        if type(value) is str and value.isascii():
            n = len(value)
            if n == 10:
                ten = value
            elif n == 11 and value[6] in "-+":
                ten = value[:6] + value[7:]
            elif n == 12:
                century_text, ten = value[:2], value[2:]
            elif n == 13 and value[8] in "-+":
                century_text, ten = value[:2], value[2:8] + value[9:]
        if (
            ten is None
            or not ten.isdecimal()
            or (century_text is not None and century_text not in _CENTURIES)
        ):
            out[value] = _identity(value, salt, this_year)
            continue
        month, day = int(ten[2:4]), int(ten[4:6])
        if day > 60:
            day -= 60  # a samordningsnummer
        if (
            not (1 <= month <= 12 and 1 <= day <= 31)
            or (
                pairs[ten[:2]]
                + pairs[ten[2:4]]
                + pairs[ten[4:6]]
                + pairs[ten[6:8]]
                + pairs[ten[8:]]
            )
            % 10
        ):
            out[value] = NO_IDENTITY
            continue
        if century_text is not None:
            century = int(century_text)
        else:
            century = 20 if 2000 + int(ten[:2]) <= this_year else 19
            if value[6] == "+":
                century -= 1
        key = (century, ten[:6])
        if key in births:
            birth = births[key]
        else:
            try:
                born = dt.date(century * 100 + int(ten[:2]), month, day)
                birth = births[key] = (born, born.year * 10_000 + month * 100 + day)
            except ValueError:
                birth = births[key] = None
        gender = "M" if ten[8] in "13579" else "K"
        if birth is None:
            out[value] = (None, gender, None, None)
        else:
            out[value] = (birth[0], gender, hash((salt, ten)), birth[1])
    return out


def _identity(value: Any, salt: bytes, this_year: int) -> Identity:
    """:data:`Identity` of one cell in any spelling (the slow, general path)."""
    if value is None or value == "":
        return NO_IDENTITY
    birth, gender = identity_facts(value, this_year=this_year)
    if birth is None:
        return (None, gender, None, None)
    person = hash((salt, _NON_DIGITS.sub("", cell_text(_zero_kept(value)))[-10:]))
    return birth, gender, person, birth.year * 10_000 + birth.month * 100 + birth.day


#: The age band of each age in whole years up to 150 (see :func:`age_band`).
_BANDS = tuple(age_band(age) for age in range(151))


def band_of_age(age: int) -> str:
    """:func:`age_band` of a whole number of years, by table."""
    return _BANDS[age] if 0 <= age <= 150 else age_band(age)


_NUMBER_TYPES = frozenset({bool, int, float})


def converted(values: list[Any], convert: Callable[[Any], T]) -> list[T]:
    """``[convert(v) for v in values]``, *convert* called once per distinct value
    (values equal across types — ``1``, ``1.0``, ``True`` — each as itself)."""
    if len(_NUMBER_TYPES.intersection(map(type, values))) > 1:
        typed = list(zip(map(type, values), values, strict=True))
        by_type = {key: convert(key[1]) for key in set(typed)}
        return list(map(by_type.__getitem__, typed))
    table = {value: convert(value) for value in set(values)}
    return list(map(table.__getitem__, values))


def columns(rows: list[list[Any]]) -> Callable[[int | None], list[Any]]:
    """A reader of *rows*' columns: column *c* (None where a row is shorter, or for
    every row when *c* is None).  The rows' lengths are looked at once, not once
    per column read (a list's eight columns took 60 ms to measure at 100,000 rows)."""
    shortest = min(map(len, rows), default=0)

    def column(c: int | None) -> list[Any]:
        if c is None:
            return [None] * len(rows)
        if c < shortest:
            return list(map(itemgetter(c), rows))
        return [row[c] if c < len(row) else None for row in rows]

    return column


@dataclass
class ExitWordings:
    """A list's exit reasons as read: per distinct wording (as the cell has it) the
    text shown and kept, and its category; and the reason keys the masking changed."""

    shown: dict[str, str]  # wording → the text shown and kept (names masked)
    categories: dict[str, str | None]  # wording → category key (None: to map)
    keys: dict[str, str]  # reason key of the wording → that of its shown text
    shown_keys: set[str]  # the reason keys of the shown texts


def exit_wordings(
    wordings: list[str], reasons: Mapping[str, str], name_columns: list[list[Any]]
) -> ExitWordings:
    """Each distinct wording of *wordings* (one per row) categorised once — by the
    mapping *reasons* (the saved one and the user's choices, by reason key), else
    recognised — and with the list's names masked where it may be kept in the catalogue
    (a wording AMP does not recognise, shown for the user to map, or one the mapping
    names) and where it is only shown (one AMP recognises).  A name is a capitalised
    word of any of the list's name columns, or any word of the name cells of a row that
    has the wording (a person's own name, in any case), or a run of capitalised words no
    reason is written with (:mod:`.participant_free_text`: also without a names column).
    A wording is looked up by its own key first, then by the masked one (a choice made
    on the masked text, or a mapping kept by an earlier list).
    """
    distinct = set(wordings)
    categories: dict[str, str | None] = {}
    key_of = {wording: reason_key(wording) for wording in distinct}
    kept: list[str] = []
    for wording, key in key_of.items():
        if not wording:
            categories[wording] = "unknown"
            continue
        mapped = reasons.get(key)
        categories[wording] = mapped or (str(recognise_reason(wording) or "") or None)
        if mapped is not None or categories[wording] is None:
            kept.append(wording)
    # (first the names no column has: capitalised words that are no reason's)
    shown = {w: mask_name_runs(w) for w in distinct}
    keys: dict[str, str] = {}
    named = list(kept)
    to_map = set(kept)
    cells = [cell for cells in name_columns for cell in cells]
    if name_columns:
        # A recognised wording is masked too (it is shown: the preview, ``--json``) —
        # one with a word of the names in it, in any case; most have none.
        recognised = [w for w in distinct if w and w not in to_map]
        among = names_among(name_words(recognised), cells) if recognised else set()
        named += [w for w in recognised if _stems(name_words([w])) & among]
    if named and name_columns:
        own = _own_names(wordings, set(named), name_columns)
        anywhere = names_among(set().union(*map(capitalised_words, named)), cells)
        for wording in named:
            shown[wording] = mask_names(shown[wording], anywhere, own.get(wording, set()))
    for wording, masked in shown.items():
        if masked != wording:
            keys[key_of[wording]] = masked_key = reason_key(masked)
            if wording in to_map and key_of[wording] not in reasons:
                categories[wording] = reasons.get(masked_key)
    shown_keys = {keys.get(key, key) for key in key_of.values()}
    return ExitWordings(shown, categories, keys, shown_keys)


def name_masker(name_columns: list[list[Any]]) -> Callable[[str], str]:
    """A function masking the capitalised words of *name_columns* (the list's names), and
    names no column holds (:func:`.participant_free_text.mask_name_runs`), in a cell's
    text a problem repeats (a name in the gender column of a shifted row); the names'
    words gathered on first use only (a list rarely has such a problem)."""
    words: set[str] = set()

    def shown(text: str) -> str:
        text = mask_name_runs(text)
        if not name_columns:
            return text
        if not words:
            words.update(name_words(cell for cells in name_columns for cell in cells))
        return mask_names(text, words)

    return shown


def _stems(words: set[str]) -> set[str]:
    """*words* and each without a genitive *s* (as :func:`names_among` finds them)."""
    return words | {w[:-1] for w in words if len(w) > 2 and w.endswith("s")}


def _own_names(
    wordings: list[str], kept: set[str], name_columns: list[list[Any]]
) -> dict[str, set[str]]:
    """Per kept wording, the words of the names of the rows that have it."""
    own: dict[str, set[str]] = {}
    for row, wording in enumerate(wordings):
        if wording in kept:
            own.setdefault(wording, set()).update(name_words(cells[row] for cells in name_columns))
    return own


#: The days a start or an end may lie between (a date outside is a problem at its cell).
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
#: An end that cannot be read, or lies past 2100 (before any start, so any row with
#: one has a problem).
BAD_END = dt.date.min


def reason_wording(value: Any) -> str:
    """An exit reason's text, any identity number, date, phone number or e-mail address
    typed into it masked (the wording is shown, and a mapped one is kept in the
    catalogue: see :mod:`~amp_desktop.core.excel.reason_text`)."""
    return mask_contact_and_dates(unicodedata.normalize("NFC", cell_text(value).strip()))


def start_date(value: Any) -> dt.date | None:
    """A start that can be used, or None (empty, not a date, out of range)."""
    try:
        start = cell_date(value)
    except ValueError:
        return None
    return start if start is not None and FIRST_DAY <= start <= LAST_DAY else None


def end_date(value: Any) -> dt.date | None:
    """An end (None while ongoing), :data:`BAD_END` when it cannot be used."""
    if is_ongoing(value):
        return None
    try:
        end = cell_date(value)
    except ValueError:
        return BAD_END
    return BAD_END if end is not None and end > LAST_DAY else end
