"""The one run of months between two (store, Excel exchange, planning periods)."""

from __future__ import annotations

import pytest

from amp_desktop.core.months import months_between
from amp_desktop.core.planning import Period


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2025-03", "2025-03", ["2025-03"]),
        ("2024-11", "2025-02", ["2024-11", "2024-12", "2025-01", "2025-02"]),
        ("2025-04", "2025-03", []),
        ("0999-12", "1000-01", ["0999-12", "1000-01"]),
    ],
)
def test_months_between(first: str, last: str, expected: list[str]) -> None:
    assert months_between(first, last) == expected


def test_a_period_and_the_store_count_the_same_months() -> None:
    from amp_desktop.core.store.result_coverage import covering

    period = Period("2023-12", "2025-01")
    assert period.months() == months_between("2023-12", "2025-01")
    assert len(period.months()) == len(period) == 14
    assert [month for _, month in covering([7], period.first, period.last)] == period.months()
