"""Numbers in Swedish cell text: places (with budgeted places), kronor, whole and
decimal numbers, shares."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from amp_desktop.core.i18n import translate
from amp_desktop.core.parse.errors import ParseError
from amp_desktop.core.parse.errors import Pattern as _Pattern


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


#: A run of digits with the commas and points between them, as typed.
_TYPED_NUMBER = _Pattern(r"\d[\d.,]*")
#: An English number with its thousands grouped: ``1,200``, ``12,345.5``.
_GROUPED_EN = _Pattern(r"\d{1,3}(?:,\d{3})+(?:\.\d*)?")


def typed_number_text(text: str, lang: str) -> str:
    """A number typed in the window (language *lang*) in the Swedish form this module's
    readers take.  In English the point is the decimal sign and a comma before three
    digits groups thousands: ``1,200,000 kr`` → ``1200000 kr``, ``2.5`` → ``2,5``,
    ``1,200.5`` → ``1200,5``.  In either language, of a comma and a point in one number
    the later is the decimal sign (``1.200,5``, ``1,200.5``).  A ``+`` before a digit goes;
    anything else is left as typed, for the readers to accept or refuse."""

    def swedish(match: re.Match[str]) -> str:
        number = match.group(0)
        if "," in number and "." in number:
            grouping = "," if number.rfind(",") < number.rfind(".") else "."
            decimal = "." if grouping == "," else ","
            return number.replace(grouping, "").replace(decimal, ",")
        if lang == "en":
            if _GROUPED_EN.fullmatch(number):
                number = number.replace(",", "")
            return number.replace(".", ",")
        return number

    text = text.strip()
    if text[:1] == "+" and text[1:2].isdigit():  # ("+" alone, "+-5": left to be refused)
        text = text[1:]
    return _TYPED_NUMBER.sub(swedish, text)


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
