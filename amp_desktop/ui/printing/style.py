"""Sizes, spacing and colours of the printed reports, in typographic points."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtGui import QColor

from amp_desktop.core.tables.status import STATUS_COLOURS


@dataclass(frozen=True)
class Style:
    """The look of a printed report.  Sizes are points (1/72 inch)."""

    body_pt: float = 8.0
    header_pt: float = 7.2
    title_pt: float = 18.0
    subtitle_pt: float = 9.5
    section_pt: float = 11.0
    small_pt: float = 7.0
    value_pt: float = 6.3
    pad_x_pt: float = 3.5
    pad_y_pt: float = 2.4
    section_gap_pt: float = 16.0
    title_gap_pt: float = 5.0
    footer_gap_pt: float = 12.0
    bar_pt: float = 5.6
    bar_gap_pt: float = 2.2
    hairline_pt: float = 0.35
    rule_pt: float = 0.9

    ink: ClassVar[QColor] = QColor("#1a1a1a")
    muted: ClassVar[QColor] = QColor("#595959")
    rule: ClassVar[QColor] = QColor("#8c8c8c")
    hairline: ClassVar[QColor] = QColor("#d2d2d2")
    header_fill: ClassVar[QColor] = QColor("#e9ecef")
    zebra_fill: ClassVar[QColor] = QColor("#f6f7f8")
    total_fill: ClassVar[QColor] = QColor("#e9ecef")
    places_bar: ClassVar[QColor] = QColor("#3d5a80")
    needed_bar: ClassVar[QColor] = QColor("#f4c58c")
    needed_edge: ClassVar[QColor] = QColor("#3a2a10")
    grid: ClassVar[QColor] = QColor("#dedede")


#: A light tint behind a status word — an extra for colour printers; the word is
#: what carries the meaning, so black-and-white printouts lose nothing.  The same
#: colours as on screen (the core's one colour table).
STATUS_TINTS = {status: QColor(colour.tint) for status, colour in STATUS_COLOURS.items()}

DEFAULT_STYLE = Style()
