"""Dates, phone numbers and e-mail addresses masked in an exit reason a case worker typed.

An exit reason the list writes is shown for the user to map and, once mapped, kept
in the catalogue for the next list.  A date in it ("Född 1985-03-12, avbrott",
"avbrott 850312") may be a birth date, and a phone number or an e-mail address
names a person; none says which category the exit is, so each is kept as
:data:`~amp_desktop.core.personal.MASK` (identity numbers and the list's names are
masked by :mod:`amp_desktop.core.personal`).
"""

from __future__ import annotations

import datetime as dt
import re

from amp_desktop.core.personal import MASK, mask_personal_ids

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A whole date: year first or last, with separators ("1985-03-12", "12/3/85").
_DATE = re.compile(
    r"(?<![\d])(?:\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2(?:\d{4}|\d{2}))(?![\d])"
)
#: A date written without separators, eight digits ("19850312").
_COMPACT = re.compile(r"(?<!\d)(19|20)(\d{2})(\d{2})(\d{2})(?!\d)")
#: Six digits after a word for birth ("född 850312", "f. 850312", "DOB 850312").
_BORN = re.compile(
    r"(?i)\b(född(?:\s+den)?|f\.|fdat|födelsedatum|födelsedag|born|dob|d\.o\.b\.?)\s*:?\s*\d{6}(?!\d)"
)
#: A Swedish phone number: 0 or +46 and seven to ten digits more, spaces or dashes between.
_PHONE = re.compile(r"(?<![\d+])(?:\+46|0046|0)[\s-]?\d(?:[\s-]?\d){6,9}(?!\d)")


def _compact(match: re.Match[str]) -> str:
    century, yy, mm, dd = match.groups()
    try:
        dt.date(int(century + yy), int(mm), int(dd))
    except ValueError:
        return match.group()
    return MASK


def _born(match: re.Match[str]) -> str:
    return f"{match.group(1)} {MASK}"


def mask_contact_and_dates(text: str) -> str:
    """*text* with every identity number, e-mail address, date and phone number in it
    masked (identity numbers first: a date mask would leave an identity's serial)."""
    if not any(ch.isdigit() for ch in text) and "@" not in text:
        return text
    text = mask_personal_ids(text)
    text = _EMAIL.sub(MASK, text)
    text = _DATE.sub(MASK, text)
    text = _COMPACT.sub(_compact, text)
    text = _BORN.sub(_born, text)
    return _PHONE.sub(MASK, text)
