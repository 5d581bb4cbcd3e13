"""Numbers, kronor and percentages in Swedish and English."""

from __future__ import annotations

from amp_desktop.core.formatting import format_number, format_percent, format_sek


def test_swedish() -> None:
    assert format_sek(1_200_000, "sv") == "1\u00a0200\u00a0000\u00a0kr"
    assert format_number(2.5, 1, "sv") == "2,5"
    assert format_number(-1234.5, 1, "sv") == "\u22121\u00a0234,5"
    assert format_percent(0.875, 1, "sv") == "87,5\u00a0%"


def test_english() -> None:
    assert format_sek(1_200_000, "en") == "SEK\u00a01,200,000"
    assert format_number(1234.5, 1, "en") == "1,234.5"
    assert format_percent(1.25, 0, "en") == "125%"
    assert format_number(None) == "" and format_sek(None) == ""
    assert format_number(-0.04, 1, "en") == "0.0"
