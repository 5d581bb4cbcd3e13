"""Months as AMP writes them, ``YYYY-MM``: the run of months between two.

One definition for the store (the months a list covered), the Excel exchange (a
sheet's month columns) and the planning periods.  The months are assumed written as
``YYYY-MM``; a text that is not is refused where it is read
(:func:`amp_desktop.core.planning.period.month_index`, the sheets' own checks).
"""

from __future__ import annotations


def month_number(month: str) -> int:
    """``"2026-03"`` → a running month number (year × 12 + month − 1), unchecked."""
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_named(number: int) -> str:
    """A running month number (:func:`month_number`) → ``"2026-03"``."""
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def months_between(first: str, last: str) -> list[str]:
    """``["2025-01", …, last]``, both included; empty when *last* is before *first*."""
    return [month_named(i) for i in range(month_number(first), month_number(last) + 1)]
