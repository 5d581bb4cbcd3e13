"""The Planning tab makes the plans of the periods near the one shown ahead, in the
worker, and a period switch then only shows; the table and summary stay in place."""

from __future__ import annotations

import threading

import pytest

from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.cache import PlanCache
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables.plan_tables import PROGRAMMES
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning import PlanningView, look_ahead
from amp_desktop.ui.planning.widgets import PeriodPicker, PlanSummary
from amp_desktop.ui.settings import Settings
from tests.ui.planning.test_planning_view import assert_same_as_core


@pytest.fixture
def looking_ahead(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The example's plans are small: look ahead for them as for a big catalogue's."""
    monkeypatch.setattr(look_ahead, "LOOK_AHEAD_PROGRAMME_MONTHS", 1)


def computed_on(monkeypatch) -> list[tuple[Period, threading.Thread]]:  # type: ignore[no-untyped-def]
    """Record every plan the look-ahead makes: its period and thread."""
    made: list[tuple[Period, threading.Thread]] = []
    compute = PlanCache.compute

    def recorded(self, period, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append((period, threading.current_thread()))
        return compute(self, period, *args, **kwargs)

    monkeypatch.setattr(PlanCache, "compute", recorded)
    return made


def open_view(qtbot, catalogue: Catalogue) -> PlanningView:  # type: ignore[no-untyped-def]
    view = PlanningView(CatalogueSession(catalogue), Settings())
    qtbot.addWidget(view)
    view.period_picker.tertial.setCurrentIndex(0)  # (the picker starts at today's tertial)
    view.set_period(Period.year(2026))
    return view


def test_the_periods_near_the_one_shown_are_planned_in_the_worker(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks, looking_ahead, monkeypatch
) -> None:
    made = computed_on(monkeypatch)
    view = open_view(qtbot, example)
    qtbot.waitUntil(lambda: view.plan is not None and not view.working(), timeout=10_000)
    nearby = view.period_picker.nearby()[: look_ahead.PERIODS_AHEAD]
    assert nearby[:3] == [Period.year(2027), Period.year(2025), Period.tertial(2026, 1)]
    thresholds = view.thresholds()
    assert all(view.plans.kept(period, thresholds) for period in nearby)
    assert set(nearby) <= {period for period, _ in made}
    assert all(thread is not threading.main_thread() for _, thread in made)
    planned_here = []
    plan = PlanCache.plan
    monkeypatch.setattr(
        PlanCache,
        "plan",
        lambda self, period, *a, **k: planned_here.append(period) or plan(self, period, *a, **k),
    )
    view.set_period(Period.tertial(2026, 1))
    assert view.plan is not None and view.plan.period == Period.tertial(2026, 1)  # at once
    assert planned_here == []  # shown from the plan made ahead, nothing computed here
    assert_same_as_core(view, example)


def test_the_period_asked_for_while_looking_ahead_is_shown(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks, looking_ahead
) -> None:
    view = open_view(qtbot, example)
    qtbot.waitUntil(lambda: view.plan is not None, timeout=10_000)
    for period in (Period.year(2025), Period.tertial(2025, 2), Period.year(2024)):
        view.set_period(period)  # one right after the other: the look-ahead is at work
    qtbot.waitUntil(lambda: not view.working(), timeout=10_000)
    assert view.plan is not None and view.plan.period == Period.year(2024)
    assert_same_as_core(view, example)
    view.set_period(Period.year(2023))  # the look-ahead from 2024 made it
    assert view.plan.period == Period.year(2023)
    assert_same_as_core(view, example)


def test_a_change_drops_the_plans_made_ahead(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks, looking_ahead
) -> None:
    session = CatalogueSession(example)
    view = PlanningView(session, Settings())
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.plan is not None, timeout=10_000)
    osa = example.programme(11)
    assert osa is not None
    session.run(
        lambda c: c.update_programme(osa.replace(places=90))
    )  # the look-ahead may be at work
    qtbot.waitUntil(lambda: not view.working(), timeout=10_000)
    for period in view.period_picker.nearby()[: look_ahead.PERIODS_AHEAD]:
        view.set_period(period)
        assert view.plan is not None and view.plan.programme(11).places == 90  # type: ignore[union-attr]
        assert_same_as_core(view, example)
        qtbot.waitUntil(lambda: not view.working(), timeout=10_000)
    view.stop_work()


def test_a_plan_made_ahead_before_a_change_is_not_kept(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks, looking_ahead, monkeypatch
) -> None:
    import time

    compute = PlanCache.compute

    def slow(self, period, thresholds, progress=None):  # type: ignore[no-untyped-def]
        time.sleep(0.2)  # the change comes meanwhile; this plan ignores Cancel
        return compute(self, period, thresholds)

    monkeypatch.setattr(PlanCache, "compute", slow)
    view = open_view(qtbot, example)
    qtbot.waitUntil(lambda: view.ahead.working_on is not None, timeout=10_000)
    ahead = view.ahead.working_on
    osa = example.programme(11)
    assert osa is not None
    view.session.run(lambda c: c.update_programme(osa.replace(places=90)))
    qtbot.waitUntil(lambda: not view.working(), timeout=20_000)
    view.ahead.stop()
    view.set_period(ahead)
    qtbot.waitUntil(lambda: view.plan is not None and view.plan.period == ahead, timeout=10_000)
    assert view.plan.programme(11).places == 90  # type: ignore[union-attr]
    assert_same_as_core(view, example)


def test_a_small_catalogue_is_not_planned_ahead(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, monkeypatch
) -> None:
    made = computed_on(monkeypatch)
    view = open_view(qtbot, example)
    qtbot.wait(10)  # (the look-ahead would start from a zero timer)
    assert not view.working() and made == []


def test_the_periods_one_change_of_the_picker_away(qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.tertial.setCurrentIndex(1)
    picker.set_period(Period.year(2026))
    assert picker.nearby() == [
        Period.year(2027),
        Period.year(2025),
        Period.tertial(2026, 2),  # the kind → tertial, as the tertial box shows
        Period.tertial(2026, 1),
        Period.tertial(2026, 3),
    ]
    picker.set_period(Period.tertial(2026, 1))
    assert picker.nearby() == [
        Period.tertial(2026, 2),
        Period.year(2026),
        Period.tertial(2027, 1),
        Period.tertial(2025, 1),
        Period.tertial(2026, 3),
    ]
    picker.set_period(Period.tertial(2026, 3))
    assert picker.nearby()[:2] == [Period.tertial(2026, 2), Period.year(2026)]
    picker.set_period(Period("2026-02", "2026-05"))  # either end a month on or back
    assert picker.nearby() == [
        Period("2026-02", "2026-06"),
        Period("2026-01", "2026-05"),
        Period("2026-02", "2026-04"),
        Period("2026-03", "2026-05"),
    ]
    picker.set_period(Period("2026-02", "2026-02"))
    assert picker.nearby() == [Period("2026-02", "2026-03"), Period("2026-01", "2026-02")]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_the_table_stays_in_place_when_the_summary_wraps(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue
) -> None:
    """A period whose summary takes two lines instead of one moved the table down,
    and the whole tab was laid out and painted again after the switch."""
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    summary = PlanSummary()
    table = QTableView()
    layout = QVBoxLayout(page)
    layout.addWidget(summary)
    layout.addWidget(table, 1)
    page.resize(900, 400)
    page.show()
    plan = make_plan(example, Period.year(2026))
    tops = []
    for text in ("<b>2026</b>: one line.", None):
        if text is None:
            summary.show_plan(plan)  # two lines at 900 pixels
        else:
            summary.setText(text)
        layout.activate()
        tops.append(table.y())
    assert summary.heightForWidth(summary.width()) == 2 * summary.fontMetrics().lineSpacing()
    assert tops[0] == tops[1]


def test_the_cells_follow_the_period_shown(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, example)
    columns = PROGRAMMES.for_screen()
    for period in (Period.year(2026), Period.tertial(2026, 1), Period.year(2025)):
        view.set_period(period)  # the same rows: updated in place, texts written again
        plan = make_plan(example, period)
        for programme in plan.programmes:
            row = view.model.row_of(programme.id)
            texts = [view.model.index(row, c).data() for c in range(len(columns))]
            assert texts == [column.text(programme) for column in columns], programme.name
