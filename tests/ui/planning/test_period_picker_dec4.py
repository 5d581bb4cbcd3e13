"""The period picker keeps the period shown when its kind changes: a unit head who
looks at 2025 and switches to Months sees 2025's months, not this year's."""

from __future__ import annotations

import datetime as dt

from amp_desktop.core.planning import Period
from amp_desktop.ui.planning.widgets import KIND_MONTHS, KIND_TERTIAL, KIND_YEAR, PeriodPicker

TODAY = dt.date(2026, 12, 4)


def _picker(qtbot) -> PeriodPicker:  # type: ignore[no-untyped-def]
    picker = PeriodPicker(today=TODAY)
    qtbot.addWidget(picker)
    return picker


def test_a_year_switched_to_months_shows_that_years_months(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    picker.year.setValue(2025)
    with qtbot.waitSignal(picker.periodChanged) as signal:
        picker.kind.setCurrentIndex(KIND_MONTHS)
    assert signal.args == [Period("2025-01", "2025-12")]
    assert picker.period() == Period("2025-01", "2025-12")


def test_a_tertial_switched_to_months_shows_its_months(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    picker.kind.setCurrentIndex(KIND_TERTIAL)
    picker.year.setValue(2024)
    picker.tertial.setCurrentIndex(1)
    picker.kind.setCurrentIndex(KIND_MONTHS)
    assert picker.period() == Period("2024-05", "2024-08")


def test_months_switched_to_a_tertial_or_a_year_keep_the_first_months_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    picker.set_period(Period("2023-09", "2024-02"))
    with qtbot.waitSignal(picker.periodChanged) as signal:
        picker.kind.setCurrentIndex(KIND_TERTIAL)
    assert signal.args == [Period.tertial(2023, 3)]
    picker.kind.setCurrentIndex(KIND_YEAR)
    assert picker.period() == Period.year(2023)


def test_one_period_signal_for_a_change_of_kind(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = _picker(qtbot)
    picker.year.setValue(2025)
    seen: list[Period] = []
    picker.periodChanged.connect(seen.append)
    picker.kind.setCurrentIndex(KIND_MONTHS)
    picker.kind.setCurrentIndex(KIND_YEAR)
    assert seen == [Period("2025-01", "2025-12"), Period.year(2025)]
