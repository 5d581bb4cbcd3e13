"""One yearly figure, and which of its cells are hidden when it leaves the unit.

A :class:`Figure` has its value for all, women and men, what it was computed
from and what is missing (never a silent zero: ``None`` with a reason).  The counts
behind the figures are kept apart in :class:`Counts` — one count per name and group
(``all``, ``K`` women, ``M`` men, ``?`` gender not stated), with the sums that tie
them (women + men + not stated = all; exit categories = exits; stay bands = exits)
— so :func:`hidden_cells` can hide small counts with complementary suppression
(:mod:`amp_desktop.core.results.suppress`) across figures, and hide a share whose
numerator or denominator is hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.kolada.vocabulary import Kpi
from amp_desktop.core.results.suppress import (
    COMPLEMENT_TEXT,
    SMALL_TEXT,
    share_shown,
    suppress,
)

#: The groups a figure is given for: all, women, men (and, in counts only, not stated).
GROUPS = ("all", "K", "M")
#: Where Kolada's values for a figure come from: the municipality, the similar
#: municipalities, the county and the whole country.
PLACES = ("municipality", "peers", "county", "country")
UNSTATED = "?"

CellKey = tuple[str, str]  # count name, group


@dataclass
class Counts:
    """The counts the figures rest on, and the sums between them."""

    values: dict[CellKey, int | None] = field(default_factory=dict)
    sums: list[tuple[tuple[CellKey, ...], CellKey]] = field(default_factory=list)

    def add(self, name: str, by_group: dict[str, int | None]) -> None:
        """Count *name* for all, K, M and ?; women + men + not stated = all."""
        for group, value in by_group.items():
            self.values[(name, group)] = value
        if all(g in by_group for g in ("all", "K", "M", UNSTATED)):
            self.sums.append((((name, "K"), (name, "M"), (name, UNSTATED)), (name, "all")))

    def add_sum(self, parts: Iterable[str], total: str) -> None:
        """In every group, the counts *parts* add up to *total*."""
        names = list(parts)
        for group in (*GROUPS, UNSTATED):
            self.sums.append((tuple((n, group) for n in names), (total, group)))


@dataclass
class Figure:
    """A figure of the year (``value`` None: not known, and ``missing`` says why)."""

    kpi: Kpi
    value: float | None
    women: float | None = None
    men: float | None = None
    computed_from: str = ""
    missing: list[str] = field(default_factory=list)
    #: A count figure: the name of its count; a share: (numerator, denominator) names.
    count: str | None = None
    share_of: tuple[str, str] | None = None
    #: The comparison with Kolada (see :mod:`.compare`), None when there is none.
    kolada: dict[str, Any] | None = None
    check: dict[str, Any] | None = None
    #: AMP's own value (all) in each year of the comparison (``"2024" → value``; None:
    #: not known; a year left out: not computed — see ``document.own_history``).
    by_year: dict[str, float | None] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.kpi.key

    def group_value(self, group: str) -> float | None:
        return {"all": self.value, "K": self.women, "M": self.men}[group]

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.kpi.key,
            "kolada_id": self.kpi.kolada_id or None,
            "kolada_id_verified": self.kpi.verified,
            "unit": self.kpi.unit,
            "title": self.kpi.title,
            "definition": self.kpi.definition,
            "value": self.value,
            "women": self.women,
            "men": self.men,
            "computed_from": self.computed_from,
            "missing": list(self.missing),
            # the same shape with or without values (null for each place without)
            "kolada": self.kolada or dict.fromkeys(PLACES),
            "check": self.check,
            "by_year": dict(self.by_year),
        }


def hidden_cells(figures: Sequence[Figure], counts: Counts) -> dict[tuple[str, str], str]:
    """``(figure key, group) → "<5" or ".."`` for every value that must not leave the unit."""
    small, complementary = suppress(counts.values, counts.sums)
    hidden = small | complementary
    out: dict[tuple[str, str], str] = {}
    for figure in figures:
        for group in GROUPS:
            if figure.count is not None:
                cell = (figure.count, group)
                if cell in small:
                    out[(figure.key, group)] = SMALL_TEXT
                elif cell in complementary:
                    out[(figure.key, group)] = COMPLEMENT_TEXT
            elif figure.share_of is not None:
                numerator, denominator = ((name, group) for name in figure.share_of)
                if (
                    numerator in hidden
                    or denominator in hidden
                    or not share_shown(counts.values.get(numerator), counts.values.get(denominator))
                ):
                    out[(figure.key, group)] = COMPLEMENT_TEXT
    return out
