"""The note on months the imported lists left out names at most so many programmes
when asked (the Results tab's summary line), and how many more."""

from __future__ import annotations

from amp_desktop.core.planning import Period
from amp_desktop.core.results.uncovered import programme_gaps_note


def test_at_most_so_many_programmes_are_named_and_the_rest_counted() -> None:
    period = Period.year(2025)
    gaps = {pid: ["2025-01"] for pid in range(1, 9)}
    names = {pid: f"Insats {pid}" for pid in gaps}
    whole = programme_gaps_note(period, gaps, names, period.months())
    short = programme_gaps_note(period, gaps, names, period.months(), at_most=5)
    assert whole is not None and short is not None
    assert all(f"Insats {pid} (2025-01)" in whole for pid in gaps)
    assert [f"Insats {pid} (" in short for pid in gaps] == [True] * 5 + [False] * 3
    assert "Insats 5 (2025-01); 3 more." in short
    assert programme_gaps_note(period, gaps, names, period.months(), at_most=8) == whole
