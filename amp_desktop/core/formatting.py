"""Numbers, kronor, percentages and dates written for the language in use.

Swedish: ``1 200 000 kr``, ``12,5``, ``87,5 %``; English: ``SEK 1,200,000``,
``12.5``, ``87.5%``.  Dates are ISO (``2026-01-31``) in both.  The window, the
CLI's text output and the printed reports all write numbers through here.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

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


def format_number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """``1 234,5`` (sv) or ``1,234.5`` (en); "" for None.  Minus is U+2212 in Swedish."""
    if value is None:
        return ""
    lang = lang or language()
    text = f"{value:.{decimals}f}"
    if decimals and float(text) == 0:
        text = text.lstrip("-")
    elif not decimals and text in ("-0",):
        text = "0"
    integer, _, fraction = text.partition(".")
    if lang == "sv":
        out = _group(integer, NBSP) + ("," + fraction if fraction else "")
        return out.replace("-", "\u2212")
    return _group(integer, ",") + ("." + fraction if fraction else "")


def format_sek(value: float | int | None, lang: str | None = None) -> str:
    """Whole kronor: ``1 200 000 kr`` (sv) or ``SEK 1,200,000`` (en); "" for None."""
    if value is None:
        return ""
    lang = lang or language()
    number = format_number(round(value), 0, lang)
    return f"{number}{NBSP}kr" if lang == "sv" else f"SEK{NBSP}{number}"


def format_percent(fraction: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A fraction as a percentage: ``87,5 %`` (sv) or ``87.5%`` (en); "" for None."""
    if fraction is None:
        return ""
    lang = lang or language()
    number = format_number(fraction * 100, decimals, lang)
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
