"""Which cells of a period's results are hidden when they leave the unit, and what is printed.

The printed results and the Excel export's Results sheet show the figures of
:func:`~amp_desktop.core.results.period.results_document` with small counts hidden
(:mod:`.suppress`).  :class:`Disclosure` sets up every count those renderings rest on
— per row (a programme, a type, a unit, a need level, all programmes), per measure
(participants, starts, exits, exits to work or studies, exits by reason) and per
gender (all, women, men; those whose gender is not stated are never shown) — with
every sum that ties them together: women + men + not stated = all, the reasons =
the exits (reasons are shown for everybody, never by gender), the programmes of a type or unit = its total, the types, units and need
levels = all programmes.  A share is hidden when its numerator or denominator is;
so are a stay worked out from hidden exits and a cost per participant or per result
whose count is hidden (the budget is public: the cost would give the count away).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from amp_desktop.core.results.categories import REASON_KEYS, WORK_OR_STUDIES
from amp_desktop.core.results.suppress import COMPLEMENT_TEXT, count_text, share_shown, suppress

RowRef = tuple[str, str]  # ("programme", "3"), ("type", "primary"), ("all", "") …
Cell = tuple[RowRef, str, str]  # row, measure, gender ("" all, "K", "M", "?" not stated)

#: The catalogue's ``meta`` key that shows this file's small counts exactly wherever they
#: go ("true"); the window's per-user switch is Preferences → Exact figures in printouts
#: (``ui/settings.py``, ``Settings.exact_override``), which wins when it is on.
EXACT_KEY = "results_exact"

ALL_ROW: RowRef = ("all", "")
UNSTATED = "?"
#: The measures of every row, and an exit reason's measure name.
COUNTED = ("participants", "starts", "exits", "work_or_studies")
REASON_PREFIX = "exit:"
#: Column keys hidden when a count they are worked out from is hidden.
_DERIVED: dict[str, tuple[str, str]] = {
    "median_stay_weeks": ("exits", ""),
    "mean_stay_weeks": ("exits", ""),
    "cost_per_participant_sek": ("participants", ""),
    "cost_per_work_or_studies_sek": ("work_or_studies", ""),
}
_SHARES = {"work_or_studies_share": "", "women_share": "K", "men_share": "M"}


def exact_setting(value: str) -> bool:
    """Whether the stored ``results_exact`` value turns hiding off ("1", "true", "yes")."""
    return value.strip().casefold() in {"1", "true", "yes", "on"}


def programme_ref(programme_id: int) -> RowRef:
    return ("programme", str(programme_id))


def document_rows(document: Mapping[str, Any]) -> dict[RowRef, Mapping[str, Any]]:
    """Every row of a results document by its reference."""
    rows: dict[RowRef, Mapping[str, Any]] = {
        programme_ref(p["id"]): p for p in document["programmes"]
    }
    for grouping, groups in document["totals"].items():
        for value, figures in groups.items():
            rows[(grouping, value)] = figures
    rows[ALL_ROW] = document["all"]
    return rows


def _value(figures: Mapping[str, Any], measure: str, gender: str) -> int:
    if gender in ("K", "M"):
        figures = (figures.get("by_gender") or {}).get(gender) or {}
    if measure.startswith(REASON_PREFIX):
        return int((figures.get("exits_by_reason") or {}).get(measure[len(REASON_PREFIX) :], 0))
    return int(figures.get(measure) or 0)


class Disclosure:
    """The cells of a results document hidden by the rules (none when *exact*).

    *groupings* are the totals shown besides the programmes (``type``, ``unit``,
    ``need_level``); a sum is protected only where both its sides are shown.
    *reasons_printed*: whether the exits by reason are printed (the results and audit
    printouts; not the Excel export's Results sheet, whose reasons a reader never sees
    as ``<5`` and so cannot bound).
    """

    def __init__(
        self,
        document: Mapping[str, Any],
        exact: bool = False,
        groupings: Iterable[str] = ("type", "unit", "need_level"),
        *,
        reasons_printed: bool = True,
    ):
        self.exact = exact
        self.rows = document_rows(document)
        self.small: set[Cell] = set()
        self.complementary: set[Cell] = set()
        if exact:
            return
        measures = (*COUNTED, *(REASON_PREFIX + key for key in REASON_KEYS))
        counts: dict[Cell, int | None] = {}
        unknown: list[Cell] = []
        sums: list[tuple[list[Cell], Cell]] = []
        for ref, figures in self.rows.items():
            for measure in measures:
                parts = {g: (ref, measure, g) for g in ("", "K", "M")}
                values = {g: _value(figures, measure, g) for g in parts}
                for gender, cell in parts.items():
                    counts[cell] = values[gender]
                unstated = (ref, measure, UNSTATED)
                counts[unstated] = values[""] - values["K"] - values["M"]
                if counts[unstated]:
                    unknown.append(unstated)
                if measure.startswith(REASON_PREFIX):  # reasons are shown for all only
                    unknown.extend((parts["K"], parts["M"]))
                sums.append(([parts["K"], parts["M"], unstated], parts[""]))
            for gender in ("", "K", "M"):
                reasons = [(ref, REASON_PREFIX + key, gender) for key in REASON_KEYS]
                sums.append((reasons, (ref, "exits", gender)))
                chosen = [(ref, REASON_PREFIX + key, gender) for key in sorted(WORK_OR_STUDIES)]
                sums.append((chosen, (ref, "work_or_studies", gender)))
        programmes = document["programmes"]
        shown = set(groupings)
        for grouping in shown & {"type", "unit"}:
            for value in document["totals"].get(grouping, {}):
                members = [programme_ref(p["id"]) for p in programmes if p.get(grouping) == value]
                self._column_sums(sums, members, (grouping, value), measures)
        self._column_sums(sums, [programme_ref(p["id"]) for p in programmes], ALL_ROW, measures)
        for grouping in shown:
            members = [(grouping, value) for value in document["totals"].get(grouping, {})]
            if members:
                self._column_sums(sums, members, ALL_ROW, measures)
        # (women's and men's counts are never printed, only their shares)
        unprinted = [
            cell
            for cell in counts
            if cell[2] in ("K", "M") or (not reasons_printed and cell[1].startswith(REASON_PREFIX))
        ]
        # (the totals of a grouping not shown are not on the page for a reader to use)
        unread = [cell for cell in counts if cell[0][0] not in {"programme", "all", *shown}]
        self.small, self.complementary = suppress(counts, sums, unknown, unprinted, unread=unread)

    @staticmethod
    def _column_sums(
        sums: list[tuple[list[Cell], Cell]],
        members: list[RowRef],
        total: RowRef,
        measures: Iterable[str],
    ) -> None:
        for measure in measures:
            for gender in ("", "K", "M"):
                sums.append(([(m, measure, gender) for m in members], (total, measure, gender)))

    def hidden(self, ref: RowRef, measure: str, gender: str = "") -> bool:
        cell = (ref, measure, gender)
        return cell in self.small or cell in self.complementary

    def count(self, ref: RowRef, measure: str, gender: str = "") -> str | None:
        """``<5``, ``..`` or None (print the number) for a count."""
        cell = (ref, measure, gender)
        return count_text(cell, None, self.small, self.complementary)

    def share_hidden(self, ref: RowRef, gender: str = "") -> bool:
        """Whether the share to work or studies of *gender* in row *ref* is hidden."""
        if self.exact:
            return False
        figures = self.rows[ref]
        numerator = _value(figures, "work_or_studies", gender)
        denominator = _value(figures, "exits", gender)
        return (
            not share_shown(numerator, denominator)
            or self.hidden(ref, "work_or_studies", gender)
            or self.hidden(ref, "exits", gender)
        )

    def text(self, ref: RowRef, key: str) -> str | None:
        """What to print instead of column *key*'s value in row *ref* (None: the value)."""
        if self.exact:
            return None
        if key in COUNTED or key.startswith(REASON_PREFIX):
            return self.count(ref, key)
        if key in _SHARES:
            return COMPLEMENT_TEXT if self.share_hidden(ref, _SHARES[key]) else None
        if key == "goal_met":
            return COMPLEMENT_TEXT if self.share_hidden(ref) and self._has_goal(ref) else None
        if key in _DERIVED:
            measure, gender = _DERIVED[key]
            if self.rows[ref].get(key) is not None and self.hidden(ref, measure, gender):
                return COMPLEMENT_TEXT
        return None

    def _has_goal(self, ref: RowRef) -> bool:
        return self.rows[ref].get("goal_met") is not None
