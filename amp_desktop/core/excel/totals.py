"""Totals and subtotal rows in a programme sheet: recognised, shown as skipped, never added.

A row is a total when its name says so — a totals word alone (*Summa*, *Totalt*,
*Total*, *Sum*, *Alla insatser*, ``Total:``, …) or followed by the name of a unit
or group that appears above it in the sheet (*Summa Jobbcentrum*), never a real
programme such as *Total Rehab* or *Sum-up coaching* — or when its numbers —
places, budgeted places, budget — are the sum of the rows above it (since the
header or the last total; a grand total after subtotals is the sum of every
programme row).  Numbers alone must agree in two columns, or in one column of a
row without a name, so that a programme whose places happen to add up is kept.
"""

from __future__ import annotations

import re
from typing import Any

from amp_desktop.core import parse
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError

_TOTAL_WORDS = re.compile(
    r"^(summa|summering|summor|totalt?|totals|totalsumma|delsumma|delsummor|sum|subtotal|"
    r"sub-total|sub total|grand total|i alt|alla insatser|samtliga insatser|samtliga|"
    r"alla program|all programmes|all programs)(?=$|[\s:,(-])"
)
#: What may stand between a totals word and the group it sums: "Summa för X", "Total: X".
_JOINER = re.compile(r"^[\s:,;.()\-–]*(?:(?:för|for|of|av)\s+)?")
_PUNCTUATION = re.compile(r"^[\s:,;.()\-–=*]*$")
NUMBER_FIELDS = ("places", "budgeted_places", "annual_budget_sek")


def _group_key(text: str) -> str:
    return normalise(text).strip(" :,;.()-–")


def is_total_label(text: object, groups: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether a name cell says the row is a total or a subtotal: a totals word
    alone, or followed by one of *groups* (the text keys of the units, headings and
    group names in the sheet)."""
    name = normalise(text)
    found = _TOTAL_WORDS.match(name)
    if found is None:
        return False
    rest = name[found.end() :]
    if _PUNCTUATION.match(rest):
        return True
    rest = _group_key(rest[_JOINER.match(rest).end() :])  # type: ignore[union-attr]
    return bool(rest) and rest in groups


def _number(field: str, value: Any) -> float | None:
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        if field == "places":
            return float(parse.parse_places(value).places)
        if field == "annual_budget_sek":
            money = parse.parse_money(value)
            return None if money is None else float(money)
        found = parse.parse_int(value)
        return None if found is None else float(found)
    except (ParseError, ValueError, TypeError):
        return None


class TotalsFinder:
    """Fed the programme rows of a sheet in order; tells which are totals."""

    def __init__(self, mapping: dict[int, str], names: set[str]):
        self.columns = {f: c for c, f in mapping.items() if f in NUMBER_FIELDS}
        self.names = names  # text keys of the catalogue's programme names
        self.segment: dict[str, float] = {}
        self.segment_rows = 0
        self.overall: dict[str, float] = {}
        self.overall_rows = 0
        self.groups: set[str] = set()  # the names, units and groups of the rows seen
        # Free text (a description, notes, a target group) is never a group's name.
        self.free_text = {c for c, f in mapping.items() if f not in ("unit", "name")}

    def reason(self, label: str, row: list[Any]) -> str | None:
        """Why the row with name *label* and cells *row* is a total (it is then
        not counted), or None for a programme row (counted into the sums)."""
        own = {
            _group_key(v)
            for c, v in enumerate(row)
            if isinstance(v, str) and v.strip() and v != label and c not in self.free_text
        }
        if is_total_label(label, self.groups | own) and normalise(label) not in self.names:
            self._reset()
            return translate("Excel", "a totals row (“{label}”); it was skipped.").format(
                label=label
            )
        numbers = {
            f: n
            for f, c in self.columns.items()
            if (n := _number(f, row[c] if c < len(row) else None)) is not None
        }
        if numbers and any(numbers.values()) and (len(numbers) >= 2 or not label):
            for sums, rows in (
                (self.segment, self.segment_rows),
                (self.overall, self.overall_rows),
            ):
                if rows >= 2 and all(abs(sums.get(f, 0.0) - n) < 0.5 for f, n in numbers.items()):
                    self._reset()
                    return translate(
                        "Excel",
                        "its numbers are the sum of the rows above: a totals row; it was skipped.",
                    )
        self.groups.update(own, (_group_key(label),) if label else ())
        for f, n in numbers.items():
            self.segment[f] = self.segment.get(f, 0.0) + n
            self.overall[f] = self.overall.get(f, 0.0) + n
        self.segment_rows += 1
        self.overall_rows += 1
        return None

    def _reset(self) -> None:
        self.segment = {}
        self.segment_rows = 0
