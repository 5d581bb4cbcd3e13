"""The capacity arithmetic, checked against cases computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.planning import Period, PeriodError, Thresholds, make_plan
from amp_desktop.core.planning.capacity import (
    choose_demand,
    lookback_months,
    needed_series,
    plan_programme,
    source_sums,
    stay_weights,
)
from amp_desktop.core.store import DemandKey

WEEKS_PER_MONTH = 52 / 12


def prog(places: int = 72, stay_months: float | None = 6.0, **kw: object) -> Programme:
    weeks = None if stay_months is None else stay_months * WEEKS_PER_MONTH
    return Programme(name="P", places=places, average_stay_weeks=weeks, id=1, **kw)  # type: ignore[arg-type]


def monthly(values: dict[str, float], source: str = "AF") -> dict[str, dict[str, float]]:
    return {m: {source: v} for m, v in values.items()}


def steady(first: str, last: str, value: float) -> dict[str, dict[str, float]]:
    return monthly({m: value for m in Period(first, last).months()})


# -- periods ---------------------------------------------------------------------------
def test_periods_and_labels() -> None:
    assert Period.year(2026).months()[0] == "2026-01" and len(Period.year(2026)) == 12
    assert Period.tertial(2026, 1) == Period("2026-01", "2026-04")
    assert Period.tertial(2026, 2) == Period("2026-05", "2026-08")
    assert Period.tertial(2026, 3) == Period("2026-09", "2026-12")
    assert Period.year(2026).label() == "2026"
    assert Period.tertial(2026, 1).label() == "2026 T1 (Jan–Apr)"
    assert Period("2026-01", "2026-06").label() == "2026-01 – 2026-06"
    assert Period("2025-11", "2026-02").months() == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert Period.parse("2026-T3") == Period.tertial(2026, 3)
    assert Period.parse("2026-01..2026-03") == Period("2026-01", "2026-03")


def test_period_options() -> None:
    today = dt.date(2026, 11, 23)
    assert Period.from_options(today=today) == Period.year(2026)
    assert Period.from_options(year="2025") == Period.year(2025)
    assert Period.from_options(tertial="2026-T2") == Period.tertial(2026, 2)
    assert Period.from_options(first="2026-02", last="2026-03") == Period("2026-02", "2026-03")
    for bad in (
        {"first": "2026-02"},
        {"year": "26"},
        {"tertial": "2026-T4"},
        {"year": "2026", "tertial": "2026-T1"},
        {"first": "2026-13", "last": "2026-14"},
        {"first": "2026-05", "last": "2026-01"},
    ):
        with pytest.raises(PeriodError):
            Period.from_options(**bad)  # type: ignore[arg-type]


# -- the arithmetic --------------------------------------------------------------------
def test_weights() -> None:
    assert stay_weights(6) == [1, 1, 1, 1, 1, 1]
    assert stay_weights(2.5) == [1, 1, 0.5]
    assert stay_weights(0.5) == [0.5]
    assert lookback_months(6) == 5
    assert lookback_months(0.5) == 0
    assert lookback_months(2.5, seasonal=True) == 13


def test_steady_demand_is_littles_law() -> None:
    """12 a month with a six-month stay need 72 places: utilisation exactly 100 %."""
    plan = plan_programme(prog(72, 6), Period.year(2026), steady("2025-07", "2026-12", 12), {})
    assert [m.needed for m in plan.months] == [pytest.approx(72)] * 12
    assert plan.needed_places == pytest.approx(72)
    assert plan.utilisation == pytest.approx(1.0)
    assert plan.gap == pytest.approx(0)
    assert plan.status == "tight"  # full: above 0.9, not above 1.0
    assert plan.referrals_per_month == 12
    assert plan.basis == "actual"


def test_varying_demand() -> None:
    # Stay 3 months; arrivals Jan 10, Feb 20, Mar 0, Apr 30 (nothing before).
    demand = monthly({"2026-01": 10, "2026-02": 20, "2026-04": 30})
    plan = plan_programme(prog(30, 3), Period("2026-01", "2026-05"), demand, {})
    # Jan 10; Feb 10+20; Mar 10+20+0; Apr 20+0+30; May 0+30
    assert [m.needed for m in plan.months] == [10, 30, 30, 50, 30]
    assert plan.needed_places == pytest.approx(150 / 5)
    assert plan.referrals_per_month == pytest.approx(60 / 5)
    assert [m.gap for m in plan.months] == [20, 0, 0, -20, 0]
    assert (plan.peak_month, plan.peak_needed, plan.months_short) == ("2026-04", 50, 1)


def test_fractional_stay() -> None:
    # Stay 2.5 months: weights 1, 1, 0.5.  10 in Jan, 4 in Feb.
    demand = monthly({"2026-01": 10, "2026-02": 4})
    plan = plan_programme(prog(20, 2.5), Period("2026-01", "2026-04"), demand, {})
    # Jan 10; Feb 10+4; Mar 5+4; Apr 0+2
    assert [m.needed for m in plan.months] == pytest.approx([10, 14, 9, 2])


def test_stay_shorter_than_a_month() -> None:
    # Two weeks ≈ 0.4615 months: 13 referrals in a month need 6 places.
    programme = Programme(name="Kort", places=6, average_stay_weeks=2, id=1)
    plan = plan_programme(
        programme, Period("2026-03", "2026-03"), steady("2026-01", "2026-03", 13), {}
    )
    assert plan.months[0].needed == pytest.approx(13 * 2 * 12 / 52)
    assert plan.needed_places == pytest.approx(6.0)
    assert plan.status == "tight"  # 6 of 6 places: full, but not above 100 %


def test_demand_before_the_period_counts() -> None:
    # Stay 6 months; 12 a month only in the second half of 2025, none in 2026.
    plan = plan_programme(
        prog(72, 6), Period("2026-01", "2026-03"), steady("2025-07", "2025-12", 12), {}
    )
    assert [m.needed for m in plan.months] == [60, 48, 36]
    assert plan.referrals_per_month == 0
    assert plan.basis == "none"


def test_zero_places() -> None:
    plan = plan_programme(prog(0, 6), Period.year(2026), steady("2025-07", "2026-12", 2), {})
    assert plan.places == 0
    assert plan.needed_places == pytest.approx(12)
    assert plan.utilisation is None
    assert plan.gap == pytest.approx(-12)
    assert plan.status == "no_places"
    assert plan.cost_per_place_sek is None


def test_no_demand() -> None:
    plan = plan_programme(prog(10, 6, annual_budget_sek=1_000_000), Period.year(2026), {}, {})
    assert plan.needed_places == 0
    assert plan.utilisation == 0
    assert plan.gap == 10
    assert plan.status == "idle"
    assert plan.basis == "none"
    assert plan.cost_per_place_sek == 100_000
    assert plan.cost_per_referral_sek is None
    assert all(m.basis == "none" and m.referrals == 0 for m in plan.months)


def test_unknown_stay() -> None:
    plan = plan_programme(prog(10, None), Period.year(2026), steady("2026-01", "2026-12", 3), {})
    assert plan.needed_places is None and plan.utilisation is None and plan.gap is None
    assert plan.status == "no_stay"
    assert plan.referrals_per_month == 3


def test_seasonal_programme() -> None:
    # Runs June–August, stay 2 months.  Applications: 30 in April, 30 in May, 0 in June.
    # They wait for June: June needs 60, July 60, August 0.  Places only in Jun–Aug.
    programme = prog(60, 2, months=(6, 7, 8))
    demand = monthly({"2026-04": 30, "2026-05": 30})
    plan = plan_programme(programme, Period.year(2026), demand, {})
    by_month = {m.month: m for m in plan.months}
    assert by_month["2026-04"].places == 0 and not by_month["2026-04"].running
    assert by_month["2026-04"].needed == 0
    assert [by_month[m].needed for m in ("2026-06", "2026-07", "2026-08")] == [60, 60, 0]
    assert by_month["2026-06"].places == 60
    assert plan.needed_places == pytest.approx(40)  # mean over the three running months
    assert plan.utilisation == pytest.approx(40 / 60)
    assert plan.referrals_per_month == pytest.approx(5)  # 60 over 12 months
    assert (plan.peak_month, plan.peak_needed, plan.months_short) == ("2026-06", 60, 0)
    # A tertial it does not run in.
    off = plan_programme(programme, Period.tertial(2026, 1), demand, {})
    assert off.status == "off_season" and off.utilisation is None and off.gap is None


def test_seasonal_lookback_from_last_year() -> None:
    # Applications in November 2025 wait until June 2026 (stay 1 month).
    programme = prog(10, 1, months=(6,))
    plan = plan_programme(programme, Period.tertial(2026, 2), monthly({"2025-11": 8}), {})
    assert {m.month: m.needed for m in plan.months}["2026-06"] == 8


def test_actual_beats_forecast_per_month() -> None:
    assert choose_demand({"AF": 3}, {"AF": 9}) == ({"AF": 3}, "actual")
    assert choose_demand({}, {"AF": 9, "SKE": 1}) == ({"AF": 9, "SKE": 1}, "forecast")
    assert choose_demand(None, None) == ({}, "none")
    actual = {"2026-01": {"AF": 4}}
    forecast = {"2026-01": {"AF": 100, "SKE": 100}, "2026-02": {"AF": 6, "SKE": 2}}
    plan = plan_programme(prog(10, 1), Period("2026-01", "2026-02"), actual, forecast)
    assert [m.referrals for m in plan.months] == [4, 8]
    assert [m.basis for m in plan.months] == ["actual", "forecast"]
    assert plan.months[1].referrals_by_source == {"AF": 6, "SKE": 2}
    assert plan.basis == "mixed"
    assert plan.referrals_by_source == {"AF": 5, "SKE": 1}


def test_thresholds_decide_status() -> None:
    t = Thresholds(short_above=1.0, tight_above=0.9, idle_below=0.6)
    assert [t.status(u) for u in (1.01, 1.0, 0.95, 0.9, 0.6, 0.59)] == [
        "short",
        "tight",
        "tight",
        "balanced",
        "balanced",
        "idle",
    ]
    strict = Thresholds(short_above=0.8, tight_above=0.7, idle_below=0.3)
    plan = plan_programme(
        prog(100, 6), Period.year(2026), steady("2025-01", "2026-12", 15), {}, strict
    )
    assert plan.utilisation == pytest.approx(0.9) and plan.status == "short"


def test_needed_series_is_linear() -> None:
    a, b = [3.0, 0, 5, 1], [1.0, 2, 0, 4]
    total = needed_series([x + y for x, y in zip(a, b, strict=True)], 2.3)
    parts = [x + y for x, y in zip(needed_series(a, 2.3), needed_series(b, 2.3), strict=True)]
    assert total == pytest.approx(parts)


def test_source_sums_with_the_same_and_with_varying_sources() -> None:
    """Per-source sums weight each month; a month with weight 0 adds no source."""
    same = [{"AF": 1.0, "SKE": 2.0}, {"AF": 3.0, "SKE": 4.0}, {"SKE": 5.0, "AF": 6.0}]
    assert source_sums(same, [1, 0, 0.5], [0, 0, 0]) == [{"AF": 4.0, "SKE": 4.5}, {}]
    varying = [{"AF": 1.0, "SKE": 2.0}, {"FK": 7.0}, {"SKE": 5.0, "AF": 6.0}]
    assert source_sums(varying, [1, 0, 0.5], [1, 1, 1]) == [
        {"AF": 4.0, "SKE": 4.5},
        {"AF": 7.0, "SKE": 7.0, "FK": 7.0},
    ]
    other = [{"AF": 1.0, "SKE": 2.0}, {"AF": 3.0, "FK": 4.0}]  # same count, other source
    assert source_sums(other, [1, 1]) == [{"AF": 4.0, "SKE": 2.0, "FK": 4.0}]
    assert source_sums([{"AF": 2.0}, {"AF": 0.25}], [1, 2]) == [{"AF": 2.5}]
    assert source_sums([{}, {}], [1, 1]) == [{}]


def test_peak_month_is_the_first_of_equal_months() -> None:
    """0.2 + 0.3 + 0.1 and 0.3 + 0.1 + 0.2 places are the same peak: the earlier month."""
    programme = Programme(name="P", places=1, average_stay_weeks=13, id=1)
    demand = monthly({"2026-01": 0.2, "2026-02": 0.3, "2026-03": 0.1, "2026-04": 0.2})
    plan = plan_programme(programme, Period("2026-01", "2026-04"), demand, {})
    assert [m.needed for m in plan.months] == pytest.approx([0.2, 0.5, 0.6, 0.6])
    assert plan.peak_month == "2026-03" and plan.peak_needed == pytest.approx(0.6)


# -- whole catalogues -----------------------------------------------------------------
def test_make_plan_totals(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    one = (
        catalogue.add_programme(
            Programme(
                name="A", places=72, average_stay_weeks=26, unit="U1", annual_budget_sek=7_200_000
            )
        )
        .programmes[0]
        .id
    )
    two = (
        catalogue.add_programme(
            Programme(
                name="B",
                places=10,
                average_stay_weeks=52 / 12,
                unit="U2",
                type=ProgrammeType.SECONDARY,
            )
        )
        .programmes[0]
        .id
    )
    cells: dict[DemandKey, float | None] = {}
    for month in Period("2025-01", "2026-12").months():
        cells[DemandKey(one, month, "AF", "actual")] = 8
        cells[DemandKey(one, month, "SKE", "actual")] = 4
        cells[DemandKey(two, month, "SKE", "forecast")] = 5
    catalogue.set_demand(cells, "demand")
    plan = make_plan(catalogue, Period.year(2026))
    a, b = plan.programmes
    assert a.needed_places == pytest.approx(12 * 6)
    assert a.cost_per_place_sek == 100_000
    assert a.cost_per_referral_sek == pytest.approx(7_200_000 / 144)
    assert b.needed_places == pytest.approx(5)
    assert b.basis == "forecast"
    units = {g.key: g for g in plan.totals["unit"]}
    assert units["U1"].places == 72 and units["U1"].needed_places == pytest.approx(72)
    types = {g.key: g for g in plan.totals["type"]}
    assert types["secondary"].places == 10
    sources = {g.key: g for g in plan.totals["source"]}
    assert sources["AF"].referrals_per_month == 8
    assert sources["AF"].needed_places == pytest.approx(48)
    assert sources["SKE"].needed_places == pytest.approx(24 + 5)
    assert plan.total is not None
    assert plan.total.places == 82 and plan.total.needed_places == pytest.approx(77)
    data = plan.to_json()
    assert data["programmes"][0]["utilisation"] == pytest.approx(1.0)
    assert set(data["totals"]) == {"unit", "type", "source"}
    assert len(data["programmes"][0]["months"]) == 12


def test_example_plan_is_consistent(example) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(example, Period.year(2026))
    assert len(plan.programmes) == 21
    for p in plan.programmes:
        running = [m for m in p.months if m.running]
        if p.needed_places is not None and running:
            mean = sum(m.needed or 0 for m in running) / len(running)
            assert p.needed_places == pytest.approx(mean)
        assert p.basis in ("mixed", "actual", "forecast", "none")
    by_source = sum(g.needed_places for g in plan.totals["source"])
    assert plan.total is not None
    assert by_source == pytest.approx(plan.total.needed_places)
    months = {m.month: m.basis for m in plan.programmes[0].months}
    assert months["2026-10"] == "actual" and months["2026-11"] == "forecast"


def test_plan_lists_programmes_by_name_as_the_catalogue_does() -> None:
    """The plan (window, report, CLI) followed the order programmes were added in."""
    from amp_desktop.core import i18n
    from amp_desktop.core.planning import plan_from_data

    names = ["Östra", "etablering", "Zeta", "Ängen", "ESF", "Atlas"]
    programmes = [Programme(name=n, places=1, id=i) for i, n in enumerate(names, 1)]
    plan = plan_from_data(programmes, [], Period.year(2026))
    assert [p.name for p in plan.programmes] == [
        "Ängen",
        "Atlas",
        "ESF",
        "etablering",
        "Östra",
        "Zeta",
    ]
    i18n.set_backend(lambda context, text: text, "sv")  # å, ä, ö after z
    try:
        plan = plan_from_data(programmes, [], Period.year(2026))
    finally:
        i18n.set_backend(None)
    assert [p.name for p in plan.programmes] == [
        "Atlas",
        "ESF",
        "etablering",
        "Zeta",
        "Ängen",
        "Östra",
    ]


def test_periods_lie_between_1990_and_2100_as_demand_does() -> None:
    """``--from 0000-01 --to 9999-12`` planned 120,000 months for over a minute."""
    for bad in ({"first": "0000-01", "last": "9999-12"}, {"year": "0000"}, {"tertial": "2101-T1"}):
        with pytest.raises(PeriodError, match="between 1990 and 2100"):
            Period.from_options(**bad)  # type: ignore[arg-type]
    assert len(Period("1990-01", "2100-12")) == 111 * 12


def test_a_programmes_figures_are_those_of_its_months(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """The period's figures of every programme, and the totals by source, as the
    months and programmes of the plan give them (the formulas as first written, on
    catalogues with seasonal programmes, unknown stays, 0 places and gaps in demand)."""
    from tests.core.planning.test_planning_json import PERIODS, generated

    for seed in (5, 6):
        catalogue = generated(make_catalogue, seed)
        for period in PERIODS:
            plan = make_plan(catalogue, period)
            limit = plan.thresholds.short_above + 1e-9
            for p in plan.programmes:
                months = p.months
                assert p.referrals_total == sum(m.referrals for m in months)
                running = [m.needed for m in months if m.running]
                if p.average_stay_months and running:
                    assert p.needed_places == sum(n or 0.0 for n in running) / len(running)
                elif p.average_stay_months:
                    assert p.needed_places == 0.0
                else:
                    assert p.needed_places is None
                known = [m for m in months if m.running and m.needed is not None]
                top = max((m.needed or 0.0 for m in known), default=0.0) - 1e-9
                peak = next((m for m in known if (m.needed or 0.0) >= top), None)
                assert p.peak_month == (peak.month if peak else None)
                assert p.peak_needed == (peak.needed if peak else None)
                assert p.months_short == sum(
                    1 for m in known if (m.needed or 0.0) > m.places * limit
                )
                for m in months:
                    assert m.referrals == sum(m.referrals_by_source.values())
                    assert m.gap == (m.places - m.needed if m.needed is not None else None)
            for group in plan.totals["source"]:
                source = group.key
                assert group.referrals_per_month == sum(
                    p.referrals_by_source.get(source, 0.0) for p in plan.programmes
                )
                assert group.programmes == len(
                    [p for p in plan.programmes if p.referrals_by_source.get(source)]
                )


def test_plans_from_timelines_are_the_same_plans(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    """The window keeps each programme's months of demand between plans
    (core/planning/timeline.py): the plans are the same, text for text, for periods
    inside, across and outside the demand, and for a programme whose stay changed."""
    import json

    from amp_desktop.core.planning import plan_from_cells, split_demand
    from tests.core.planning.test_planning_json import PERIODS, generated

    def text(plan) -> str:  # type: ignore[no-untyped-def]
        return json.dumps(plan.to_json())  # (0 and 0.0 differ here)

    periods = [*PERIODS, Period("2019-01", "2020-06"), Period("2026-11", "2028-02")]
    for seed in (7, 8):
        catalogue = generated(make_catalogue, seed)
        programmes = catalogue.programmes()
        actual, forecast = split_demand(catalogue.demand_rows())
        timelines: dict = {}  # type: ignore[type-arg]
        for period in periods * 2:  # made on the first round, reused on the second
            fresh = plan_from_cells(programmes, actual, forecast, period)
            kept = plan_from_cells(programmes, actual, forecast, period, timelines=timelines)
            assert text(kept) == text(fresh), (seed, period)
        changed = [
            p.replace(average_stay_weeks=(p.average_stay_weeks or 4) * 2, months=())
            for p in programmes
        ]
        for period in periods:
            fresh = plan_from_cells(changed, actual, forecast, period)
            kept = plan_from_cells(changed, actual, forecast, period, timelines=timelines)
            assert text(kept) == text(fresh), (seed, period)


def test_a_totals_cost_per_place_is_not_known_when_a_programme_lacks_a_budget() -> None:
    """The unit's cost per place divided the known budgets by every place, the places
    of a programme without a budget too (24.6 M / 368 instead of not known; the night's
    print pass): like a total's cost per result (#12), it is not known."""
    from amp_desktop.core.planning.plan import assemble_plan

    period = Period.year(2026)
    budgeted = plan_programme(prog(30, 6, annual_budget_sek=3_000_000, unit="U"), period, {}, {})
    unbudgeted = plan_programme(prog(10, 6, unit="U"), period, {}, {})
    plan = assemble_plan(period, [budgeted, unbudgeted], {}, None, Thresholds())
    (unit,) = plan.totals["unit"]
    assert unit.places == 40 and unit.annual_budget_sek == 3_000_000
    assert unit.cost_per_place_sek is None
    alone = assemble_plan(period, [budgeted], {}, None, Thresholds())
    assert alone.totals["unit"][0].cost_per_place_sek == 100_000
