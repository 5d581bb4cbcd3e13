"""A programme field's value as text and back, by the field's kind: one dispatch.

:func:`display_text` is what tables and the CLI show (labels for stored words,
``1 200 000 kr``); :func:`edit_text` is what an editor's line holds and
:func:`parse_text` reads it back (``edit_text`` → ``parse_text`` gives the value
again).  Kinds are :class:`~amp_desktop.core.domain.FieldSpec`'s, plus the
pseudo-field ``referral_sources``.
"""

from __future__ import annotations

from typing import Any

from amp_desktop.core.domain import FIELD_BY_NAME, format_months, format_sources
from amp_desktop.core.formatting import format_number, format_percent
from amp_desktop.core.i18n import language
from amp_desktop.core.tables import formats

SOURCES_FIELD = "referral_sources"


def field_kind(name: str) -> str:
    """``text``, ``int``, ``float``, ``money``, ``date``, ``enum``, ``months``, ``share``
    or ``sources``."""
    return "sources" if name == SOURCES_FIELD else FIELD_BY_NAME[name].kind


#: The cell format (:mod:`.formats`) that shows a field of each kind.
FORMAT_OF_KIND = {
    "text": formats.TEXT,
    "date": formats.TEXT,
    "int": formats.COUNT,
    "money": formats.MONEY,
    "float": formats.WEEKS,
    "enum": formats.LABEL,
    "months": formats.MONTHS,
    "sources": formats.SOURCES,
    "share": formats.SHARE,
}


def display_text(name: str, value: Any) -> str:
    """Field *name*'s *value* as a table or the CLI shows it ("" for nothing), written
    by the cell format of its kind (:func:`~.formats.cell_text`)."""
    return formats.cell_text(FORMAT_OF_KIND[field_kind(name)], value)


def edit_text(name: str, value: Any) -> str:
    """Field *name*'s *value* as an editor's line holds it; :func:`parse_text` reads it."""
    kind = field_kind(name)
    if kind == "sources":
        return format_sources(value)
    if value is None:
        return ""
    if kind == "months":
        return format_months(value)
    if kind == "money":
        return format_number(value, 0, "sv")  # NBSP groups; parse_money reads them back
    if kind == "float":
        text = f"{value:g}"
        return text.replace(".", ",") if language() == "sv" else text
    if kind == "enum":
        return str(getattr(value, "value", value))
    if kind == "share":
        return format_percent(value, 1 if round(value * 100, 6) % 1 else 0)
    return str(value)


def parse_text(name: str, text: str) -> Any:
    """The typed value of field *name* written as *text*; raises ``ParseError``.

    Text fields come back stripped; enums as their stored word (or None); numbers are
    read in the window's language (:func:`~amp_desktop.core.parse.typed_number_text`).
    """
    from amp_desktop.core import parse

    kind = field_kind(name)
    if kind == "text":
        return text.strip()
    if kind == "enum":
        return text.strip() or None
    if kind == "sources":
        return parse.parse_sources(text).links
    readers = {
        "int": parse.parse_int,
        "money": parse.parse_money,
        "float": parse.parse_decimal,
        "date": parse.parse_date,
        "months": parse.parse_months,
        "share": parse.parse_share,
    }
    if kind in _NUMBER_KINDS:  # typed in the window's language: "1,200,000" in English
        text = parse.typed_number_text(text, language())
    return readers[kind](text)


#: The kinds whose logged text is a plain number (``str(int)`` or ``str(float)``).
_NUMBER_KINDS = frozenset({"int", "money", "float", "share"})


def logged_text(field: str, text: str | None) -> str:
    """A changed value as the change log and an import's changes hold it
    (:func:`~amp_desktop.core.store.change_parts.field_text`: stored words, plain
    numbers), written as tables show it: a type's label, ``1 200 000 kr``, ``48 %``,
    a referral count with the language's decimal sign; any other entry as it is."""
    if text is None or text == "":
        return ""
    if field.startswith("demand:"):
        return _number_or_text(text, lambda n: format_number(n, _decimals(text)))
    if field not in FIELD_BY_NAME:
        return text  # a referral source, a setting, a scenario… (their own words)
    kind = field_kind(field)
    if kind == "enum":
        return formats.cell_text(formats.LABEL, text)
    if kind == "share":  # at least the tables' one decimal, and every one it has
        return _number_or_text(
            text, lambda n: format_percent(n, max(1, _decimals(text, percent=True)))
        )
    if kind == "float":  # whole when whole, as the tables; else every decimal it has
        return _number_or_text(text, lambda n: format_number(n, _decimals(text)))
    if kind in _NUMBER_KINDS:
        return _number_or_text(text, lambda n: display_text(field, n))
    return text


def _number_or_text(text: str, write: Any) -> str:
    try:
        number = float(text)
    except ValueError:
        return text  # not written by AMP as a number: shown as it is
    return str(write(int(number) if number.is_integer() else number))


def _decimals(text: str, *, percent: bool = False) -> int:
    """The decimals *text* (a plain number) is written with, up to 4 — of its value
    × 100 when *percent* — so that a change is never shown as no change (12.25 → 12.3
    read "12.3 → 12.3" at the tables' one decimal)."""
    _whole, _point, fraction = text.partition(".")
    if "e" in fraction.lower():
        return 4  # (a tiny share written 1e-05: as many as are shown at all)
    return max(0, min(len(fraction.rstrip("0")) - (2 if percent else 0), 4))
