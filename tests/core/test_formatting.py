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


def test_rounding_is_half_away_from_zero_on_the_decimal_value() -> None:
    """One rule for every table since #10: 0.05 → 0.1 and 0.25 → 0.3 (binary rounding
    gave 0.2), and nothing that rounds to zero keeps its minus."""
    from amp_desktop.core.formatting import format_signed

    assert format_number(0.05, 1, "en") == "0.1"
    assert format_number(0.25, 1, "en") == "0.3"
    assert format_number(-0.05, 1, "en") == "-0.1"
    assert format_number(-0.049, 1, "en") == "0.0"
    assert format_number(-0.049, 1, "sv") == "0,0"
    assert format_number(2.5, 0, "en") == "3"
    assert format_sek(0.5, "en") == "SEK\u00a01"
    assert format_percent(0.145, 1, "en") == "14.5%"
    assert format_percent(1.0, 1, "sv") == "100,0\u00a0%"
    assert format_signed(0.05, 1, "en") == "+0.1"
    assert format_signed(0.049, 1, "en") == "0.0"
    assert format_signed(-0.05, 1, "sv") == "\u22120,1"
    assert format_signed(0, 1, "en") == "0.0"
    assert format_signed(None) == ""


def test_a_huge_number_is_written_not_zeroed() -> None:
    """Past 28 digits the rounding overflowed Decimal's precision and wrote "0.0%"
    for 1e306 — a silent zero where a wildly wrong value should show."""
    from amp_desktop.core.formatting import format_number, format_percent

    assert format_percent(1e306, lang="en").startswith("100,000,000,000")
    assert format_percent(1e306, lang="en").endswith(".0%")
    assert format_number(10**40, lang="en") == "10" + ",000" * 13
    assert format_number(-1.5e30, 1, lang="en") == "-1,500" + ",000" * 9 + ".0"
