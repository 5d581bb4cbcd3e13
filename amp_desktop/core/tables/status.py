"""A plan's status as text and in colour: one table for the screen and for paper.

The status word is always written out; colour is an extra (a pale *tint* behind
the word in tables, a *strong* colour for chart bars and legend swatches), so a
black-and-white printout loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from amp_desktop.core.planning import status_label, status_text


@dataclass(frozen=True)
class StatusColour:
    """The colours of one status, as ``#rrggbb``."""

    tint: str  # behind black text in a table cell
    strong: str  # chart bars, swatches


#: Every status that has a colour; others (a source group's "") have none.
STATUS_COLOURS: dict[str, StatusColour] = {
    "short": StatusColour("#f6c6c3", "#c0392b"),
    "tight": StatusColour("#fbe3b0", "#d68910"),
    "balanced": StatusColour("#d3ecd0", "#2e8b57"),
    "idle": StatusColour("#cfe0f3", "#2f6fb3"),
    "no_places": StatusColour("#e4e4e4", "#8c8c8c"),
    "off_season": StatusColour("#eeeeee", "#a6a6a6"),
    "no_stay": StatusColour("#eeeeee", "#a6a6a6"),
}
#: The statuses a chart of utilisation colours bars by, in legend order.
CHART_STATUSES = ("short", "tight", "balanced", "idle")
#: Text on a tint.
TINT_INK = "#1a1a1a"


def status_tint(status: str) -> str | None:
    colour = STATUS_COLOURS.get(status)
    return colour.tint if colour else None


def status_cell(status: str | None, item: Any = None) -> str:
    """The status as every table writes it: ``"Idle · short 1 month"``.

    A programme's plan adds the months it is short in that its mean hides; a
    group total (which has no months) is its word alone.
    """
    if status is None:
        return ""
    if item is not None and hasattr(item, "months_short"):
        return status_text(item)
    return status_label(status)
