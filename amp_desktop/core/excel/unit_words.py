"""The unit words other people's sheets write beside a number ("24 st", "12 veckor",
"18 år", "1 200 000 kronor", "SEK 1 200 000", "1 200 000,-", "35 procent"), taken off
or put as AMP's readers write them, and an amount grouped the English way
("1,200,000"), so the number is read; anything else is left as it is, for the reader
to accept or refuse."""

from __future__ import annotations

import re

_NUMBER = r"[-\u2212]?\d[\d\s\u00a0\u202f\u2009.,']*?"
_FOLLOWED = r"\.?(?P<rest>\s*(?:\(.*\))?)\s*$"  # a note in brackets may follow (places)
#: A number with the unit word of a field after it, by the field's kind.
_UNITS = {
    "places": re.compile(
        rf"^\s*(?P<n>{_NUMBER})\s*(?:st|stycken|platser|plats|pl|places?){_FOLLOWED}",
        re.I | re.S,
    ),
    "weeks": re.compile(
        rf"^\s*(?P<n>{_NUMBER})\s*(?:veckor|vecka|veck|v|weeks?|wks?|w){_FOLLOWED}", re.I
    ),
    "years": re.compile(rf"^\s*(?P<n>{_NUMBER})\s*(?:år|years?|yrs?){_FOLLOWED}", re.I),
}
_FIELD_UNITS = {
    "places": "places",
    "budgeted_places": "places",
    "average_stay_weeks": "weeks",
    "age_min": "years",
    "age_max": "years",
}
_WHOLE_WRITTEN_DECIMAL = re.compile(r"^\s*(\d+)[.,]0+\s*$")  # "24,0" places
_MONEY_BEFORE = re.compile(rf"^\s*(?:sek|kr)\.?\s*(?P<n>{_NUMBER})\s*$", re.I)
_MONEY_AFTER = re.compile(
    rf"^\s*(?P<n>{_NUMBER})\s*(?:(?P<unit>kronor|kr|sek|tkr|kkr|ksek|mkr|msek)\.?)?\s*"
    r"(?:,-|:-|/\s*år|per\s+år|/\s*year|a\s+year|per\s+year)\s*$",
    re.I,
)
_WHOLE_KRONOR = frozenset({"", "kronor", "kr", "sek"})
_EN_GROUPED = re.compile(r"^\s*(\d{1,3}(?:,\d{3}){2,})(\s*[^\d.,].*)?$", re.S)
_KRONOR = re.compile(rf"^\s*(?P<n>{_NUMBER})\s*kronor\s*$", re.I)
_PERCENT_WORD = re.compile(rf"^\s*(?P<n>{_NUMBER})\s*(?:procent|percent|pct|pc)\.?\s*$", re.I)


def without_unit_word(field: str, kind: str, text: str) -> str:
    """*text* of a cell of *field* (of *kind*) with its unit word taken off, or as AMP
    writes the unit; *text* itself when it has none."""
    unit = _FIELD_UNITS.get(field)
    if unit is not None:
        found = _UNITS[unit].match(text)
        if found is not None:
            text = (found.group("n").strip() + found.group("rest")).strip()
        if unit == "places":
            whole = _WHOLE_WRITTEN_DECIMAL.match(text)
            if whole is not None:
                text = whole.group(1)
        return text
    if kind == "money":
        grouped = _EN_GROUPED.match(text)
        if grouped is not None:  # "1,200,000": no decimal comma comes twice
            text = grouped.group(1).replace(",", " ") + (grouped.group(2) or "")
        for pattern in (_MONEY_BEFORE, _MONEY_AFTER, _KRONOR):
            found = pattern.match(text)
            if found is not None:
                named = (found.groupdict().get("unit") or "").casefold()
                return f"{found.group('n').strip()} {'kr' if named in _WHOLE_KRONOR else named}"
        return text
    if kind == "share":
        found = _PERCENT_WORD.match(text)
        if found is not None:
            return found.group("n").strip() + " %"
    return text
