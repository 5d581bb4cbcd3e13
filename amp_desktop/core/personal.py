"""Swedish personal identity numbers (personnummer, samordningsnummer): recognised
so that AMP can refuse to store them.  AMP never keeps personal data: referral
lists are counted without their identity and name columns, and text typed into a
programme may not hold an identity number either."""

from __future__ import annotations

import re
from typing import Any

_PNR_RE = re.compile(r"^(?:\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$")
# Candidates inside free text: 6 or 8 digits, an optional - or +, 4 digits, not
# part of a longer number.
_IN_TEXT = re.compile(r"(?<![\d])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d])")


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by Swedish identity numbers (on the 10-digit form)."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_personal_id(value: Any) -> bool:
    """Whether *value* is a Swedish personal identity (or co-ordination) number."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    match = _PNR_RE.match(str(value).strip()) if value is not None else None
    if not match:
        return False
    yy, mm, dd, tail = match.groups()
    day = int(dd) - 60 if int(dd) > 60 else int(dd)  # samordningsnummer add 60
    if not (1 <= int(mm) <= 12 and 1 <= day <= 31):
        return False
    return luhn_ok(yy + mm + dd + tail)


def find_personal_id(text: str) -> str | None:
    """The first identity number written in *text*, or None."""
    if len(text) < 10:
        return None
    for match in _IN_TEXT.finditer(text):
        if is_personal_id(match.group()):
            return match.group()
    return None
