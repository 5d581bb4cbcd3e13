"""The bundled DejaVu Sans, registered once so PDFs and screens use the same font."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from amp_desktop.resources import resource_path

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"


@cache
def report_family() -> str:
    """Register the bundled fonts (needs a QGuiApplication) and return their family."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    return family or FALLBACK_FAMILY


def report_font(point_size: float, bold: bool = False) -> QFont:
    """The report's font at *point_size*, unhinted so measuring matches every device."""
    font = QFont(report_family())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    # No ligatures: "ﬀ" in "offered" would not be found by a reader searching the
    # PDF.  Qt shapes without them when letter spacing is set; a hundredth of a
    # percent is invisible.  (QFont.setFeature would do it too, but in PySide6 6.12
    # each call drops a reference to None, which crashes the program in the end.)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100.01)
    return font
