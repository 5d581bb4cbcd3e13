"""The plan cache of the Planning tab: same numbers as make_plan, reads only what it lacks."""

from __future__ import annotations

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period, Thresholds, make_plan
from amp_desktop.core.planning.cache import PlanCache
from amp_desktop.core.planning.scenarios import Adjustment, Scenario
from amp_desktop.core.store import Catalogue, DemandKey


class Recording:
    """Counts what the cache asks the catalogue for."""

    def __init__(self, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ranges: list[tuple[str, str]] = []
        self.windows: list[tuple[list[int], str, str]] = []
        self.programme_reads = 0
        cells, window, programmes = (
            catalogue.demand_cells,
            catalogue.demand_window,
            catalogue.programmes,
        )

        def demand_cells(first: str, last: str):  # type: ignore[no-untyped-def]
            self.ranges.append((first, last))
            return cells(first, last)

        def demand_window(ids, first: str, last: str):  # type: ignore[no-untyped-def]
            self.windows.append((list(ids), first, last))
            return window(ids, first, last)

        def read_programmes(ids=None):  # type: ignore[no-untyped-def]
            self.programme_reads += 1
            return programmes(ids)

        monkeypatch.setattr(catalogue, "demand_cells", demand_cells)
        monkeypatch.setattr(catalogue, "demand_window", demand_window)
        monkeypatch.setattr(catalogue, "programmes", read_programmes)


def test_plans_are_those_of_make_plan(example: Catalogue) -> None:
    cache = PlanCache(example)
    for period in (Period.year(2026), Period.tertial(2025, 3), Period("2024-11", "2026-02")):
        assert cache.plan(period).to_json() == make_plan(example, period).to_json()
    strict = Thresholds(short_above=0.8, tight_above=0.7, idle_below=0.5)
    assert (
        cache.plan(Period.year(2026), strict).to_json()
        == make_plan(example, Period.year(2026), thresholds=strict).to_json()
    )


def test_a_period_shown_again_is_kept_and_the_oldest_dropped(example: Catalogue) -> None:
    cache = PlanCache(example, kept=2)
    first = cache.plan(Period.year(2026))
    assert cache.plan(Period.year(2026)) is first
    assert cache.cached(Period.year(2026), Thresholds()) is first
    cache.plan(Period.year(2025))
    cache.plan(Period.tertial(2026, 1))  # three periods: 2026 is the least recently used
    assert cache.cached(Period.year(2026), Thresholds()) is None
    assert cache.cached(Period.year(2025), Thresholds()) is not None


def test_a_small_catalogue_is_read_whole_once(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    recording = Recording(example, monkeypatch)
    cache = PlanCache(example)
    cache.plan(Period.year(2026))
    assert recording.ranges == [example.demand_months()]
    for period in (Period.year(2019), Period("2026-06", "2028-02"), Period.tertial(2025, 1)):
        assert cache.is_quick(period)
        assert cache.plan(period).to_json() == make_plan(example, period).to_json()
    assert len(recording.ranges) == 1


def test_only_the_months_not_held_are_read(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.planning import cache as cache_module

    monkeypatch.setattr(cache_module, "HOLD_ALL_PROGRAMME_MONTHS", 0)  # as a county's
    recording = Recording(example, monkeypatch)
    cache = PlanCache(example)
    assert not cache.is_quick(Period.year(2026))  # nothing held yet: the worker's job
    cache.plan(Period.year(2026))
    first, last = cache.window(Period.year(2026))
    assert recording.ranges == [(first, "2026-12")] and cache.months_held == (first, last)
    assert cache.is_quick(Period.tertial(2026, 2))  # held: computed at once
    cache.plan(Period.tertial(2026, 2))
    cache.plan(Period.year(2026), Thresholds(short_above=1.2))
    assert len(recording.ranges) == 1  # no reading for periods inside what is held
    cache.plan(Period("2027-01", "2027-03"))
    assert recording.ranges[1] == ("2027-01", "2027-03")  # only what is new
    earlier = cache.window(Period.year(2024))[0]
    plan = cache.plan(Period.year(2024))
    assert recording.ranges[2] == (earlier, _month_before(first))
    assert cache.months_held == (earlier, "2027-03")
    assert recording.programme_reads == 1  # the programmes are read once
    assert plan.to_json() == make_plan(example, Period.year(2024)).to_json()


def _month_before(month: str) -> str:
    from amp_desktop.core.planning.period import add_months

    return add_months(month, -1)


def test_a_change_rereads_only_the_programmes_it_names(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cache = PlanCache(example)
    period = Period.year(2026)
    before = cache.plan(period)
    recording = Recording(example, monkeypatch)
    change = example.set_demand({DemandKey(11, "2026-12", "SKE", "forecast"): 30.0}, "edit")
    cache.changed(change)
    assert recording.windows == [([11], *cache.months_held)]  # type: ignore[misc]
    assert recording.programme_reads == 0  # the programmes did not change
    after = cache.plan(period)
    assert after is not before
    assert after.to_json() == make_plan(example, period).to_json()
    assert recording.ranges == []
    osa = example.programme(11)
    assert osa is not None
    cache.changed(example.update_programme(osa.replace(places=90)))
    assert cache.plan(period).programme(11).places == 90  # type: ignore[union-attr]
    deleted = example.delete_programmes([3])
    cache.changed(deleted)
    assert cache.plan(period).to_json() == make_plan(example, period).to_json()


def test_a_change_before_anything_is_read(example: Catalogue) -> None:
    cache = PlanCache(example)
    cache.changed(example.add_programme(Programme(name="New", places=3)))
    assert (
        cache.plan(Period.year(2026)).to_json() == make_plan(example, Period.year(2026)).to_json()
    )


def test_reload_forgets_everything(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cache = PlanCache(example)
    cache.plan(Period.year(2026))
    cache.reload()
    assert cache.months_held is None
    assert cache.cached(Period.year(2026), Thresholds()) is None
    recording = Recording(example, monkeypatch)
    cache.plan(Period.year(2026))
    assert len(recording.ranges) == 1 and recording.programme_reads == 1


def test_scenario_plans_are_computed_not_kept(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    cache = PlanCache(example)
    period = Period.year(2026)
    cache.plan(period)
    scenario = Scenario("S", [Adjustment(11, "places", "add", 20.0)])
    plan = cache.plan(period, scenario=scenario)
    assert plan.to_json() == make_plan(example, period, scenario=scenario).to_json()
    assert plan.programme(11).places == 80  # type: ignore[union-attr]
    assert cache.plan(period).programme(11).places == 60  # type: ignore[union-attr]
    # A longer stay reaches further back: the cache reads the months it lacks.
    from amp_desktop.core.planning import cache as cache_module

    monkeypatch.setattr(cache_module, "HOLD_ALL_PROGRAMME_MONTHS", 0)
    cache.reload()
    cache.plan(period)
    longer = Scenario("L", [Adjustment(1, "average_stay_weeks", "set", 200.0)])
    recording = Recording(example, monkeypatch)
    plan = cache.plan(period, scenario=longer)
    assert len(recording.ranges) == 1
    assert plan.to_json() == make_plan(example, period, scenario=longer).to_json()


def test_a_big_plan_is_not_quick(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.planning import cache as cache_module

    cache = PlanCache(example)
    cache.plan(Period.year(2026))
    assert cache.is_quick(Period.year(2026))
    monkeypatch.setattr(cache_module, "SLOW_PROGRAMME_MONTHS", 21 * 12)
    assert not cache.is_quick(Period.year(2026))  # 21 programmes × ≥ 12 months


def test_cancel_leaves_the_cache_as_it_was(example: Catalogue) -> None:
    from amp_desktop.core.progress import Cancelled, Progress

    cache = PlanCache(example)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        cache.plan(Period.year(2026), progress=progress)
    assert cache.months_held is None and cache.cached(Period.year(2026), Thresholds()) is None
    steps: list[tuple[int, int | None]] = []
    report = Progress(lambda d, t, _: steps.append((d, t)), interval=0)
    plan = cache.plan(Period.year(2026), progress=report)
    assert plan.to_json() == make_plan(example, Period.year(2026)).to_json()
    assert steps and steps[-1][1] == 21  # one step per programme, of 21


def test_a_plan_computed_ahead_reads_nothing_and_is_kept_only_when_asked(  # type: ignore[no-untyped-def]
    example: Catalogue, monkeypatch
) -> None:
    cache = PlanCache(example)
    with pytest.raises(ValueError, match="not held"):
        cache.compute(Period.year(2026), Thresholds())  # nothing read yet
    cache.plan(Period.year(2026))  # reads the example's demand whole
    recorded = Recording(example, monkeypatch)
    tertial = Period.tertial(2025, 1)
    assert cache.holds(tertial) and not cache.kept(tertial, Thresholds())
    plan = cache.compute(tertial, Thresholds())
    assert recorded.ranges == [] and recorded.programme_reads == 0
    assert plan.to_json() == make_plan(example, tertial).to_json()
    assert not cache.kept(tertial, Thresholds())
    cache.keep(plan)
    assert cache.kept(tertial, Thresholds()) and cache.cached(tertial, Thresholds()) is plan
    assert cache.programme_months(tertial) == len(example.programmes()) * len(
        Period(cache.window(tertial)[0], tertial.last)
    )


def test_the_plans_kept_are_bounded_by_their_size(example: Catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.planning import cache as plan_cache

    count = len(example.programmes())
    monkeypatch.setattr(plan_cache, "KEPT_PROGRAMME_MONTHS", count * 12 * 2)  # two years
    cache = PlanCache(example)
    years = [Period.year(y) for y in (2024, 2025, 2026)]
    for period in years:
        cache.plan(period)
    assert [cache.kept(p, Thresholds()) for p in years] == [False, True, True]
    monkeypatch.setattr(plan_cache, "KEPT_PROGRAMME_MONTHS", 1)
    cache.plan(Period.tertial(2026, 1))
    assert cache.kept(Period.tertial(2026, 1), Thresholds())  # the newest is always kept
    assert not any(cache.kept(p, Thresholds()) for p in years)


def test_plans_made_ahead_never_push_out_the_plans_shown(example: Catalogue) -> None:
    from amp_desktop.core.planning.cache import AHEAD_KEPT

    cache = PlanCache(example, kept=2)
    shown = [Period.year(2025), Period.year(2026)]
    for period in shown:
        cache.plan(period)
    ahead = [Period.tertial(y, n) for y in (2023, 2024, 2025, 2026) for n in (1, 2, 3)]
    for period in ahead:
        cache.keep(cache.compute(period, Thresholds()))
    assert all(cache.kept(p, Thresholds()) for p in shown)
    newest = [cache.kept(p, Thresholds()) for p in ahead][-AHEAD_KEPT:]
    assert newest == [True] * AHEAD_KEPT  # the newest made ahead, the older ones dropped
    assert not any(cache.kept(p, Thresholds()) for p in ahead[:-AHEAD_KEPT])
    last = ahead[-1]
    assert cache.cached(last, Thresholds()) is not None  # shown now: one of the two shown
    assert not cache.kept(shown[0], Thresholds()) and cache.kept(shown[1], Thresholds())
