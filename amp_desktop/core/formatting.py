"""Numbers, kronor, percentages and dates written for the language in use.

Swedish: ``1 200 000 kr``, ``12,5``, ``87,5 %``; English: ``SEK 1,200,000``,
``12.5``, ``87.5%``.  Dates are ISO (``2026-01-31``) in both.  The window, the
CLI's text output and the printed reports all write numbers through here (table
cells through :mod:`amp_desktop.core.tables.formats`, which picks the places).

Rounding: half away from zero on the number as written in decimal (``0.05`` →
``0.1``, ``0.25`` → ``0.3``, ``-0.05`` → ``-0.1``), not on its binary value, and
a number that rounds to zero is written without a sign (``-0.049`` → ``0.0``):
a unit head reads "−0,0" as a shortage that is not there.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from amp_desktop.core.i18n import language

NBSP = "\u00a0"
THIN_NBSP = "\u202f"


def _group(integer_text: str, separator: str) -> str:
    sign = "-" if integer_text.startswith("-") else ""
    digits = integer_text.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + separator.join(groups)


def round_half_away(value: float | int | Decimal, decimals: int = 0) -> Decimal:
    """*value* rounded to *decimals* places, half away from zero, on its decimal text.

    ``repr`` of a float is the shortest text that reads back as the same float,
    so ``0.05`` rounds as the 0.05 a person typed, not as 0.05000000000000000277.
    """
    try:
        exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        with localcontext() as context:  # room for every digit: 1e306 is not 0
            context.prec = max(28, exact.adjusted() + decimals + 2)
            return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # inf, nan: not numbers a table shows
        return Decimal(0).quantize(Decimal(1).scaleb(-decimals))


def _plain(value: float | int | Decimal, decimals: int) -> str:
    """``-1234.5``: rounded, no grouping, no sign on a zero."""
    rounded = round_half_away(value, decimals)
    if rounded == 0:
        rounded = abs(rounded)
    return f"{rounded:.{decimals}f}"


def format_number(
    value: float | int | Decimal | None, decimals: int = 0, lang: str | None = None
) -> str:
    """``1 234,5`` (sv) or ``1,234.5`` (en); "" for None.  Minus is U+2212 in Swedish."""
    if value is None:
        return ""
    lang = lang or language()
    text = _plain(value, decimals)
    integer, _, fraction = text.partition(".")
    if lang == "sv":
        out = _group(integer, NBSP) + ("," + fraction if fraction else "")
        return out.replace("-", "\u2212")
    return _group(integer, ",") + ("." + fraction if fraction else "")


def format_whole_or_tenth(value: float | int, lang: str | None = None) -> str:
    """A figure that is mostly whole (weeks, referrals counted with a count column):
    ``12`` when whole, else with one decimal, ``12,5``."""
    return format_number(value, 0 if float(value).is_integer() else 1, lang)


def format_signed(value: float | int | None, decimals: int = 1, lang: str | None = None) -> str:
    """A difference with its sign: ``+3.5`` spare, ``-2.0`` short, ``0.0`` even; "" for None.

    The plus goes on what *rounds* above zero (``0.05`` → ``+0.1``, ``0.049`` → ``0.0``).
    """
    if value is None:
        return ""
    text = format_number(value, decimals, lang)
    return "+" + text if round_half_away(value, decimals) > 0 else text


def format_sek(value: float | int | None, lang: str | None = None) -> str:
    """Whole kronor: ``1 200 000 kr`` (sv) or ``SEK 1,200,000`` (en); "" for None."""
    if value is None:
        return ""
    lang = lang or language()
    number = format_number(value, 0, lang)
    return f"{number}{NBSP}kr" if lang == "sv" else f"SEK{NBSP}{number}"


def format_percent(fraction: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A fraction as a percentage: ``87,5 %`` (sv) or ``87.5%`` (en); "" for None."""
    if fraction is None:
        return ""
    lang = lang or language()
    # Scaled on the decimal text, so 0.145 is 14.5 %, not 14.499999999999998 %.
    number = format_number(Decimal(repr(float(fraction))).scaleb(2), decimals, lang)
    return f"{number}{NBSP}%" if lang == "sv" else f"{number}%"


def format_date(value: dt.date | dt.datetime | str | None) -> str:
    """ISO date, ``2026-01-31``, in both languages; "" for None."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


_MONTHS = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_month_short(month: str, lang: str | None = None) -> str:
    """``"2026-03"`` → ``mar 26`` (sv) or ``Mar 26`` (en), for chart axes."""
    names = _MONTHS["sv" if (lang or language()) == "sv" else "en"]
    return f"{names[int(month[5:7]) - 1]} {month[2:4]}"


# Swedish sorts å, ä, ö after z; "{|}" follow "z" in code point order.
_SWEDISH_LAST = str.maketrans({"å": "z{", "ä": "z|", "ö": "z}", "æ": "z|", "ø": "z}"})
# The combining accents of Latin script (U+0300–U+036F; not U+034F, which has
# combining class 0): removed by translate() in one call, where the general
# case tests every character.
_LATIN_ACCENTS = {code: None for code in range(0x300, 0x370) if unicodedata.combining(chr(code))}


def quoted(text: str, lang: str | None = None) -> str:
    """*text* in the language's quotation marks (Swedish ”…”, English “…”), for titles,
    cells or codes listed outside a translated sentence."""
    return f"”{text}”" if (lang or language()) == "sv" else f"“{text}”"


def text_sort_key(text: str) -> str:
    """A key that sorts text as a reader of the language in use expects
    (Swedish: å, ä, ö after z; accents otherwise ignored; case ignored)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    if language() == "sv":
        folded = folded.translate(_SWEDISH_LAST)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = decomposed.translate(_LATIN_ACCENTS)
    if stripped.isascii():  # what the general case below gives, faster
        return stripped
    return "".join(char for char in decomposed if not unicodedata.combining(char))
