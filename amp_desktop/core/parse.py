"""Parsing of the Swedish cell text unit heads write: places, sources, type, money.

Every parser either returns a value it is certain of or raises :class:`ParseError`
with a message for review; nothing is guessed.  Used by the example catalogue, the
Excel import of other people's sheets and the editor.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field

from amp_desktop.core.domain import (
    KoladaCategory,
    ProgrammeType,
    ReferralSource,
    SourceLink,
    SourceRole,
)
from amp_desktop.core.i18n import translate


class ParseError(ValueError):
    """Text that cannot be read with certainty; the message says why."""


# Referral sources every catalogue knows: code, name, Kolada category, aliases.
KNOWN_SOURCES: tuple[tuple[ReferralSource, tuple[str, ...]], ...] = (
    (
        ReferralSource("AF", "Arbetsförmedlingen", KoladaCategory.AF),
        ("af", "arbetsförmedlingen", "arbetsformedlingen", "arbetsförmedling"),
    ),
    (
        ReferralSource("SKE", "Social Kontor Ekonomi", KoladaCategory.SOCIAL_SERVICES),
        (
            "ske",
            "social kontor ekonomi",
            "socialkontor ekonomi",
            "socialkontoret",
            "socialtjänsten",
            "ekonomiskt bistånd",
            "social services",
        ),
    ),
    (
        ReferralSource("FK", "Försäkringskassan", KoladaCategory.FK),
        ("fk", "f-kassan", "försäkringskassan", "forsakringskassan"),
    ),
    (
        ReferralSource("IND", "Individuell ansökan", KoladaCategory.SELF),
        ("ind", "individuell ansökan", "egen ansökan", "self", "individual application"),
    ),
    (
        ReferralSource("AME", "Arbetsmarknadsenheten", KoladaCategory.OTHER),
        ("ame", "arbetsmarknadsenheten"),
    ),
    (ReferralSource("Arenan", "Arenan", KoladaCategory.OTHER), ("arenan",)),
    (
        ReferralSource("Särskola", "Särskola", KoladaCategory.OTHER),
        ("särskola", "särskolan", "sarskola"),
    ),
    (ReferralSource("LSS", "LSS", KoladaCategory.OTHER), ("lss",)),
    (ReferralSource("Regionen", "Regionen", KoladaCategory.OTHER), ("regionen", "region")),
    (
        ReferralSource("KV", "Kriminalvården", KoladaCategory.OTHER),
        ("kv", "kriminalvården", "kriminalvarden"),
    ),
    (ReferralSource("MV", "Migrationsverket", KoladaCategory.OTHER), ("mv", "migrationsverket")),
    (
        ReferralSource("GY", "Gymnasieskolan", KoladaCategory.OTHER),
        ("gy", "gymnasieskolan", "gymnasiet"),
    ),
)
_ALIASES = {alias: source for source, aliases in KNOWN_SOURCES for alias in aliases}


def known_source(text: str) -> ReferralSource | None:
    """The known source *text* names (code, name or alias), or None."""
    return _ALIASES.get(" ".join(text.split()).casefold())


class _Pattern:
    """A regular expression compiled when first used.

    The window imports this module at start-up but parses only when a field is
    edited: compiling the patterns up front cost 2–3 ms of every start.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self._pattern().match(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern().search(text)


@dataclass(frozen=True)
class Places:
    """Places offered, budgeted places (None when not written) and any note."""

    places: int
    budgeted_places: int | None = None
    note: str = ""


_PLACES_RE = _Pattern(r"^\s*(\d[\d\s\u00a0\u202f]*)\s*(?:\((.*)\))?\s*$", re.S)
_BUDGET_RE = _Pattern(r"^\s*budget(?:erat|erade)?(?:\s+platser)?\s*:?\s*(\d+)\s*$", re.I)


def parse_places(value: object) -> Places:
    """Read ``24 (budget 10)``, ``50 (max 84 under hela projektperioden)``, ``30``."""
    if isinstance(value, bool):
        raise ParseError(translate("Parse", "Places: expected a number of places."))
    if isinstance(value, int):
        return Places(value)
    if isinstance(value, float):
        if value.is_integer():
            return Places(int(value))
        raise ParseError(translate("Parse", "Places: a number of places must be whole."))
    text = str(value or "").strip()
    match = _PLACES_RE.match(text)
    if not match:
        raise ParseError(
            translate("Parse", "Places: expected a number such as 24 or 24 (budget 10).")
        )
    places = int(re.sub(r"\D", "", match.group(1)))
    inner = (match.group(2) or "").strip()
    if not inner:
        return Places(places)
    budget = _BUDGET_RE.match(inner)
    if budget:
        return Places(places, int(budget.group(1)))
    return Places(places, None, inner)


@dataclass(frozen=True)
class Sources:
    """Parsed referral sources: links by code, names not known, and any note."""

    links: tuple[SourceLink, ...]
    unknown: tuple[str, ...] = ()
    note: str = ""
    new_sources: tuple[ReferralSource, ...] = field(default_factory=tuple)


def _split_outside_brackets(text: str) -> list[tuple[str, str]]:
    """Split ``"A, B (C, D), E"`` into ``[("A", ""), ("B", "C, D"), ("E", "")]``."""
    parts: list[tuple[str, str]] = []
    depth = 0
    head, inner = "", ""
    for char in text:
        if char == "(":
            depth += 1
            if depth == 1:
                if inner:  # a second bracket group: "AF (SKE) (FK)" is two fallbacks
                    inner += ", "
                continue
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ParseError(
                    translate("Parse", "Referral sources: a closing bracket has no opening one.")
                )
            if depth == 0:
                continue
        if depth == 0 and char in ",;/" or depth == 0 and char == "\n":
            parts.append((head.strip(), inner.strip()))
            head, inner = "", ""
            continue
        if depth:
            inner += char
        else:
            head += char
    if depth:
        raise ParseError(translate("Parse", "Referral sources: a bracket is not closed."))
    parts.append((head.strip(), inner.strip()))
    return [(h, i) for h, i in parts if h or i]


def _fallback_sources(inner: str) -> tuple[list[str], str]:
    """Sources named in brackets, and the explanation that follows them."""
    names: list[str] = []
    note_words: list[str] = []
    for chunk in re.split(r"[,;]", inner):
        words = chunk.split()
        if note_words:
            note_words.extend(words)
            continue
        for size in range(len(words), 0, -1):
            if known_source(" ".join(words[:size])):
                names.append(" ".join(words[:size]))
                note_words.extend(words[size:])
                break
        else:
            if len(words) == 1:
                names.append(words[0])
            else:
                note_words.extend(words)
    return names, " ".join(note_words)


def parse_sources(value: object) -> Sources:
    """Read ``AF (AME om platser från AF ej fylls)``, ``Individuell ansökan, SKE, AF``.

    Names outside brackets are main sources; names in brackets are fallbacks, and
    words after a fallback's name are kept as a note.  Names that are not known
    sources come back in ``unknown`` (and as links by that name) for the user to
    create or correct.
    """
    text = " ".join(str(value or "").split())
    if not text:
        return Sources(())
    links: list[SourceLink] = []
    unknown: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()  # linear in the number of names (a cell may list thousands)

    def add(name: str, role: SourceRole) -> None:
        source = known_source(name)
        code = source.code if source else name.strip()
        if not source and code not in unknown_set:
            unknown.append(code)
            unknown_set.add(code)
        if code.casefold() not in seen:
            seen.add(code.casefold())
            links.append(SourceLink(code, role))

    unknown_set: set[str] = set()

    for head, inner in _split_outside_brackets(text):
        if head:
            add(head, SourceRole.MAIN)
        if inner:
            fallbacks, note = _fallback_sources(inner)
            for name in fallbacks:
                add(name, SourceRole.FALLBACK)
            if note:
                notes.append(note)
    return Sources(tuple(links), tuple(unknown), "; ".join(notes))


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


_SPACES = "\u00a0\u202f\u2009 '"
_MONEY_RE = _Pattern(
    r"^(?P<sign>[-\u2212]?)\s*(?P<num>[\d" + _SPACES + r".,]+?)\s*"
    r"(?P<unit>kr|sek|:-|tkr|mkr|kkr|msek|ksek)?\.?$",
    re.I,
)
_SCALE = {"tkr": 1_000, "kkr": 1_000, "ksek": 1_000, "mkr": 1_000_000, "msek": 1_000_000}


def _decimal_text(num: str) -> float:
    """Read Swedish number text: spaces or dots group thousands, comma is decimal."""
    for space in _SPACES:
        num = num.replace(space, "")
    if "," in num and "." in num:
        raise ParseError(translate("Parse", "Number: both comma and point in one number."))
    if num.count(".") > 1 or re.fullmatch(r"\d{1,3}(\.\d{3})+", num):
        num = num.replace(".", "")
    num = num.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", num):
        raise ParseError(translate("Parse", "Number: not a number."))
    return float(num)


def parse_money(value: object) -> int | None:
    """Read kronor: ``1 200 000 kr``, ``1.200.000``, ``1 200 000:-``, ``450 tkr``.

    Empty gives None.  Amounts are whole kronor; öre are not accepted.
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ParseError(translate("Parse", "Amount: expected an amount in kronor."))
    if isinstance(value, (int, float)):
        return _whole_kronor(float(value))
    text = str(value).strip()
    if not text:
        return None
    match = _MONEY_RE.match(text)
    if not match:
        raise ParseError(translate("Parse", "Amount: expected an amount such as 1 200 000 kr."))
    amount = _decimal_text(match.group("num")) * _SCALE.get(
        (match.group("unit") or "").casefold(), 1
    )
    if match.group("sign"):
        amount = -amount
    return _whole_kronor(amount)


def _whole_kronor(amount: float) -> int:
    if not math.isfinite(amount) or abs(amount - round(amount)) > 1e-6:
        raise ParseError(translate("Parse", "Amount: expected whole kronor."))
    return int(round(amount))


def parse_int(value: object) -> int | None:
    """A whole number (``12``, ``12.0``, ``"1 200"``); empty gives None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ParseError(translate("Parse", "Number: expected a whole number."))
    number = (
        float(value)
        if isinstance(value, (int, float))
        else _decimal_text(str(value).strip().replace("\u2212", "-").lstrip("-"))
        * (-1 if str(value).strip()[:1] in "-\u2212" else 1)
    )
    if not math.isfinite(number) or not float(number).is_integer():
        raise ParseError(translate("Parse", "Number: expected a whole number."))
    return int(number)


def parse_decimal(value: object) -> float | None:
    """A decimal number, Swedish or English (``2,5``, ``2.5``); empty gives None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ParseError(translate("Parse", "Number: expected a number."))
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("\u2212", "-")
    sign = -1.0 if text.startswith("-") else 1.0
    return sign * _decimal_text(text.lstrip("-").strip())


def parse_share(value: object) -> float | None:
    """A share as a fraction: ``48 %``, ``48``, ``0,48`` or a percent-formatted cell
    (0.48) all give 0.48; empty gives None.  A number above 1 is read as percent."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        number = parse_decimal(text)
        percent = value.strip().endswith("%") or (number is not None and number > 1)
    else:
        number = parse_decimal(value)
        percent = number is not None and number > 1
    if number is None:
        return None
    share = number / 100 if percent else number
    if not 0 <= share <= 1:
        raise ParseError(translate("Parse", "Share: write a percentage from 0 to 100."))
    return round(share, 6)


def parse_date(value: object) -> str | None:
    """An ISO date string from a date, datetime or ``YYYY-MM-DD`` text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ParseError(translate("Parse", "Date: write the date as YYYY-MM-DD.")) from None


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
