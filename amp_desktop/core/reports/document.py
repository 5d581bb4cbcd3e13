"""What a printed report is made of: titled tables of formatted cells, a chart, notes.

A :class:`Report` is what the capacity overview or the catalogue list *says*,
already formatted for the language in use (``1 200 000 kr``); it knows nothing of
paper.  The printing code in ``amp_desktop/ui/printing`` lays it out on pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from amp_desktop.core.tables import Column as TableColumn

Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Column:
    """One printed column: header text, alignment and relative width (made from a
    :class:`~amp_desktop.core.tables.Column` declaration by :func:`printed_columns`)."""

    header: str
    align: Align = "left"
    width: float = 1.0


@dataclass
class Table:
    """A titled table of formatted cells, with an optional bold total row.

    ``marks`` gives each row a status key (``"short"``, ``"idle"`` …) that the
    printer may use for a light tint of ``mark_column``; the status itself is
    always written as text in a cell, so the table reads in black and white.
    """

    columns: tuple[Column, ...]
    rows: list[tuple[str, ...]]
    title: str = ""
    total: tuple[str, ...] | None = None
    marks: list[str] = field(default_factory=list)
    mark_column: int | None = None
    empty: str = ""  # said instead of the table when it has no rows


@dataclass(frozen=True)
class Bar:
    """One programme in the places-vs-needed chart."""

    label: str
    places: float
    needed: float | None
    status: str = ""
    status_label: str = ""


@dataclass
class Chart:
    """Places offered against places needed, one pair of bars per programme."""

    title: str
    bars: list[Bar]
    places_label: str
    needed_label: str
    no_demand_label: str = ""


@dataclass(frozen=True)
class ShareBar:
    """One programme in the share chart: women's and men's shares against the goal.

    A share is None when it is not drawn; its text then says why (``..`` hidden,
    ``–`` nobody left).
    """

    label: str
    women: float | None
    men: float | None
    goal: float | None
    women_text: str
    men_text: str


@dataclass
class ShareChart:
    """Shares (0–1) per programme, women and men side by side, each against a goal."""

    title: str
    bars: list[ShareBar]
    women_label: str
    men_label: str
    goal_label: str


@dataclass(frozen=True)
class YearLine:
    """One place's values of a figure over the years, and each as the table writes it.

    A value is None where it is not known or hidden: the line has a gap there (never
    a zero), and its text (``<5``, ``..`` or empty) stands in the chart's table.
    """

    label: str
    values: tuple[float | None, ...]
    texts: tuple[str, ...]
    place: str = ""  # "unit", "municipality", "peers", "county", "country"


@dataclass
class YearsChart:
    """A figure over the years, one line per place, with its values as a small table.

    ``kind`` is the values' number format (:mod:`amp_desktop.core.tables.formats`:
    ``share`` for fractions, ``count``, ``money``): the axis is written in it too.
    """

    title: str
    years: tuple[str, ...]
    lines: list[YearLine]
    kind: str
    note: str = ""  # under the chart, e.g. "Källa: Kolada"


@dataclass(frozen=True)
class Paragraph:
    """A short block of running text (a note under the tables).

    ``keep_with_next``: the paragraph introduces what follows (a section's heading
    and first words) and is never left at a page's foot without it.
    """

    text: str
    title: str = ""
    keep_with_next: bool = False


@dataclass(frozen=True)
class PageBreak:
    """What follows starts on a new page (the audit's first page stands alone)."""


Section = Table | Chart | ShareChart | YearsChart | Paragraph | PageBreak


@dataclass
class Report:
    """Everything a printed report says, in reading order."""

    kind: str
    title: str
    subtitle: list[str]
    sections: list[Section]
    running_title: str = ""

    def tables(self) -> list[Table]:
        return [s for s in self.sections if isinstance(s, Table)]

    def table(self, title: str) -> Table:
        """The table titled *title* (KeyError if none)."""
        for table in self.tables():
            if table.title == title:
                return table
        raise KeyError(title)

    def chart(self) -> Chart | None:
        return next((s for s in self.sections if isinstance(s, Chart)), None)

    def years_charts(self) -> list[YearsChart]:
        return [s for s in self.sections if isinstance(s, YearsChart)]

    def to_json(self) -> dict[str, object]:
        """The report as plain data (for tests and debugging)."""
        sections: list[dict[str, object]] = []
        for section in self.sections:
            if isinstance(section, Table):
                sections.append(
                    {
                        "table": section.title,
                        "columns": [c.header for c in section.columns],
                        "rows": [list(r) for r in section.rows],
                        "total": list(section.total) if section.total else None,
                    }
                )
            elif isinstance(section, Chart):
                sections.append(
                    {
                        "chart": section.title,
                        "bars": [[b.label, b.places, b.needed] for b in section.bars],
                    }
                )
            elif isinstance(section, ShareChart):
                sections.append(
                    {
                        "chart": section.title,
                        "bars": [[b.label, b.women, b.men, b.goal] for b in section.bars],
                    }
                )
            elif isinstance(section, YearsChart):
                sections.append(
                    {
                        "chart": section.title,
                        "years": list(section.years),
                        "lines": [[line.label, *line.values] for line in section.lines],
                        "texts": [[line.label, *line.texts] for line in section.lines],
                    }
                )
            elif isinstance(section, PageBreak):
                sections.append({"page_break": True})
            else:
                sections.append({"paragraph": section.title, "text": section.text})
        return {
            "kind": self.kind,
            "title": self.title,
            "subtitle": self.subtitle,
            "sections": sections,
        }


def printed_columns(columns: Sequence[TableColumn], first: str | None = None) -> tuple[Column, ...]:
    """Declared columns as printed: titles on one line (paper wraps them to the
    column), alignment and width from the declaration; *first* retitles the first."""
    out = [Column(c.one_line(), c.alignment, c.width) for c in columns]
    if first is not None and out:
        out[0] = Column(first, out[0].align, out[0].width)
    return tuple(out)


def printed_rows(columns: Sequence[TableColumn], items: Sequence[Any]) -> list[tuple[str, ...]]:
    """The cells of *items* in *columns*, written by the declarations' formats."""
    return [tuple(c.text(item) for c in columns) for item in items]
