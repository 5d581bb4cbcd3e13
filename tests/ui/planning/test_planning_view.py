"""The Planning tab: period, numbers in the table, forecast editing, scenarios."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt

from amp_desktop.cli import main as cli_main
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.scenarios import Adjustment, load_scenario
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning import PlanningView
from amp_desktop.ui.planning.models import (
    COL_NAME,
    COL_PLACES,
    COL_STATUS,
    COL_UTILISATION,
    ID_ROLE,
    PLAN_ATTRIBUTES,
    VALUE_ROLE,
)
from amp_desktop.ui.settings import Settings


@pytest.fixture
def view(qtbot, example: Catalogue) -> Iterator[PlanningView]:  # type: ignore[no-untyped-def]
    session = CatalogueSession(example)
    widget = PlanningView(session, Settings())
    qtbot.addWidget(widget)
    widget.set_period(Period.year(2026))
    yield widget


def show_scenarios(view: PlanningView) -> None:
    """The comparison is computed while the What-if tab is on screen."""
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.scenarios)


def row_values(view: PlanningView, programme_id: int) -> dict[str, object]:
    model = view.model
    row = model.row_of(programme_id)
    return {
        attribute: model.index(row, column).data(VALUE_ROLE)
        for column, attribute in PLAN_ATTRIBUTES.items()
    }


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_models_pass_the_model_tester(view: PlanningView, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    show_scenarios(view)
    view.scenarios.add_adjustment(Adjustment(11, "places", "add", 20))
    assert view.scenarios.comparison.rowCount() == 1
    for model in (
        view.model,
        view.proxy,
        view.totals,
        view.forecast.model,
        view.scenarios.adjustments,
        view.scenarios.comparison,
        view.scenarios.comparison_proxy,
    ):
        qtmodeltester.check(model)


def test_numbers_match_the_core(view: PlanningView, example: Catalogue) -> None:
    plan = make_plan(example, Period.year(2026))
    assert view.model.rowCount() == len(plan.programmes) == 21
    for programme in plan.programmes:
        values = row_values(view, programme.id)
        for attribute, value in values.items():
            assert value == getattr(programme, attribute), (programme.name, attribute)
    osa = view.model.row_of(11)
    assert view.model.index(osa, COL_NAME).data() == "OSA"
    assert view.model.index(osa, COL_UTILISATION).data() == "127.5%"
    assert view.model.index(osa, COL_STATUS).data() == "Short"
    assert view.model.index(osa, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_window_equals_amp_plan_json(view: PlanningView, example_path, capsys) -> None:  # type: ignore[no-untyped-def]
    view.set_period(Period.tertial(2026, 3))
    assert cli_main(["plan", str(example_path), "--tertial", "2026-T3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for item in data["programmes"]:
        values = row_values(view, item["id"])
        for attribute, value in values.items():
            assert (
                value == pytest.approx(item[attribute])
                if isinstance(value, float)
                else (value == item[attribute])
            ), (item["name"], attribute)
    totals = {g["key"]: g for g in data["totals"]["unit"]}
    for row in range(view.totals.rowCount() - 1):
        group = view.totals.item(row)
        assert group.places == totals[group.key]["places"]
        assert group.needed_places == pytest.approx(totals[group.key]["needed_places"])


def test_changing_the_period(view: PlanningView, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = view.period_picker
    before = row_values(view, 17)  # the summer jobs: seasonal
    assert before["status"] != "off_season"
    picker.kind.setCurrentIndex(1)  # tertial
    picker.year.setValue(2026)
    picker.tertial.setCurrentIndex(0)
    assert view.plan is not None and view.plan.period == Period.tertial(2026, 1)
    assert row_values(view, 17)["status"] == "off_season"
    assert "2026 T1 (Jan–Apr)" in view.summary.text()
    picker.kind.setCurrentIndex(2)  # months
    assert len(view.period()) >= 1
    view.set_period(Period("2026-11", "2026-12"))
    assert view.forecast.model.rowCount() == 2
    assert view.plan.period == Period("2026-11", "2026-12")


def test_selecting_shows_month_chart_and_forecast(view: PlanningView) -> None:
    view.select_programme(11)
    assert view.selected_programme() == 11
    assert "OSA" in view.month_chart.chart().title()
    assert view.forecast.model.rowCount() == 12
    assert "OSA" in view.forecast.title.text()


def test_activating_a_programme(view: PlanningView, qtbot) -> None:  # type: ignore[no-untyped-def]
    index = view.proxy.index(2, 0)
    with qtbot.waitSignal(view.programmeActivated) as signal:
        view.table.activated.emit(index)
    assert signal.args == [index.data(ID_ROLE)]


def test_editing_a_forecast_cell_is_undoable(view: PlanningView, example: Catalogue) -> None:
    view.set_period(Period.tertial(2026, 3))
    view.select_programme(11)
    model = view.forecast.model
    row = model.months.index("2026-12")
    column = model.sources.index("SKE")
    old = model.index(row, column).data(VALUE_ROLE)
    needed_before = row_values(view, 11)["needed_places"]
    assert model.setData(model.index(row, column), "30")
    assert model.index(row, column).data(VALUE_ROLE) == 30
    assert row_values(view, 11)["needed_places"] > needed_before  # recomputed at once
    rows = example.demand_rows([11], "2026-12", "2026-12")
    assert (11, "2026-12", "SKE", "forecast", 30.0) in rows
    assert not model.setData(model.index(row, column), "many")
    assert not model.setData(model.index(row, column), "-1")
    view.session.undo_stack.undo()
    assert view.forecast.model.index(row, column).data(VALUE_ROLE) == old
    assert row_values(view, 11)["needed_places"] == pytest.approx(needed_before)


def test_fill_forecast_from_history(view: PlanningView, example: Catalogue) -> None:
    view.set_period(Period("2026-11", "2027-01"))
    view.select_programme(11)
    view.forecast.method.setCurrentIndex(0)  # same month last year
    view.forecast.fill.click()
    last_year = {s: v for _p, _m, s, _k, v in example.demand_rows([11], "2025-11", "2025-11")}
    filled = {
        s: v
        for _p, _m, s, k, v in example.demand_rows([11], "2026-11", "2026-11")
        if k == "forecast"
    }
    assert filled == last_year
    assert view.session.undo_stack.count() == 1


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_build_save_reopen_compare_delete_scenario(view: PlanningView, example: Catalogue) -> None:
    show_scenarios(view)
    panel = view.scenarios
    panel.select_programme(11)
    panel.target.setCurrentIndex(panel.target.findData("places"))
    panel.mode.setCurrentIndex(panel.mode.findData("add"))
    panel.value.setValue(20)
    panel.add_button.click()
    assert panel.adjustments.rowCount() == 1
    # Beside the baseline: the comparison shows OSA 60 → 80 places.
    comparison = panel.comparison
    osa = next(r for r in range(comparison.rowCount()) if comparison.item(r).id == 11)
    assert comparison.index(osa, 1).data() == "Short"
    assert comparison.index(osa, 2).data() == "Tight"  # 76.5 needed of 80: 95.6 %
    assert comparison.index(osa, 3).data(VALUE_ROLE) == 60
    assert comparison.index(osa, 4).data(VALUE_ROLE) == 80
    # The catalogue is untouched.
    assert example.programme(11).places == 60
    assert view.model.index(view.model.row_of(11), COL_PLACES).data(VALUE_ROLE) == 60
    panel.name.setText("Fler OSA")
    assert panel.save()
    assert example.scenario_names() == ["Fler OSA"]
    assert load_scenario(example, "Fler OSA").adjustments == [Adjustment(11, "places", "add", 20)]
    panel.new()
    assert panel.adjustments.rowCount() == 0
    panel.open("Fler OSA")
    assert panel.adjustments.rowCount() == 1 and panel.name.text() == "Fler OSA"
    # Compare the saved scenario with the catalogue.
    panel.right_choice.setCurrentIndex(panel.right_choice.findData("Fler OSA"))
    assert panel.right_plan.programme(11).places == 80
    panel.saved.setCurrentText("Fler OSA")
    panel.delete()
    assert example.scenario_names() == []
    # Saving and deleting were undo steps: undoing the delete brings it back.
    assert [view.session.undo_stack.text(i) for i in range(view.session.undo_stack.count())] == [
        "Save scenario “Fler OSA”",
        "Delete scenario “Fler OSA”",
    ]
    view.session.undo_stack.undo()
    assert example.scenario_names() == ["Fler OSA"]
    assert [panel.saved.itemText(i) for i in range(panel.saved.count())] == ["Fler OSA"]


def test_promote_places_is_one_undo_step(view: PlanningView, example: Catalogue) -> None:
    panel = view.scenarios
    panel.add_adjustment(Adjustment(11, "places", "add", 20))
    panel.add_adjustment(Adjustment(5, "places", "percent", 50))
    panel.add_adjustment(Adjustment(5, "demand", "percent", -10))
    panel.promote()
    assert example.programme(11).places == 80 and example.programme(5).places == 36
    assert view.session.undo_stack.count() == 1
    assert [a.target for a in panel.scenario.adjustments] == ["demand"]
    assert view.model.index(view.model.row_of(11), COL_PLACES).data(VALUE_ROLE) == 80
    view.session.undo_stack.undo()
    assert example.programme(11).places == 60 and example.programme(5).places == 24
    assert view.model.index(view.model.row_of(11), COL_PLACES).data(VALUE_ROLE) == 60


def test_thresholds_come_from_settings(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.short_above = 1.5
    settings.idle_below = 0.1
    widget = PlanningView(CatalogueSession(example), settings)
    qtbot.addWidget(widget)
    widget.set_period(Period.year(2026))
    statuses = {
        widget.model.index(r, COL_STATUS).data(VALUE_ROLE) for r in range(widget.model.rowCount())
    }
    assert "short" not in statuses
    assert "Short&nbsp;&gt; 150%" in widget.legend.text()


def test_sorting_numbers_as_numbers(view: PlanningView) -> None:
    view.table.sortByColumn(COL_PLACES, Qt.SortOrder.DescendingOrder)
    first = view.proxy.index(0, COL_PLACES).data(VALUE_ROLE)
    assert first == 660
    assert view.proxy.index(0, 0).parent() == QModelIndex()


def assert_same_as_core(view: PlanningView, catalogue: Catalogue) -> None:
    plan = make_plan(catalogue, view.period())
    assert [view.model.item(r).id for r in range(view.model.rowCount())] == [
        p.id for p in plan.programmes
    ]
    for programme in plan.programmes:
        assert row_values(view, programme.id) == {
            attribute: getattr(programme, attribute) for attribute in PLAN_ATTRIBUTES.values()
        }


def test_view_follows_every_change(view: PlanningView, example: Catalogue) -> None:
    session = view.session
    osa = example.programme(11)
    session.run(lambda c: c.update_programme(osa.replace(places=90, average_stay_weeks=13)))
    assert_same_as_core(view, example)
    assert row_values(view, 11)["places"] == 90
    session.run(lambda c: c.delete_programmes([3, 4]))
    assert_same_as_core(view, example)
    assert view.model.rowCount() == 19
    session.undo_stack.undo()
    assert_same_as_core(view, example)
    assert view.model.rowCount() == 21
    session.undo_stack.undo()
    assert_same_as_core(view, example)
    assert row_values(view, 11)["places"] == 60


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_charts_do_not_pile_up_axes(view: PlanningView) -> None:
    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.month_chart)
    counts = []
    for programme_id in (17, 1, 17, 1, 17):
        view.select_programme(programme_id)
        # Removed series are deleted later, by the event loop, as in the running app.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        counts.append(len(view.month_chart.scene().items()))
    assert counts[1] == counts[3] and counts[2] == counts[4], counts
    assert len(view.month_chart.chart().axes()) == 2
    for period in (Period.year(2025), Period.year(2026)):
        view.set_period(period)
    assert len(view.places_chart.chart().axes()) == 2
    assert view.places_chart.categories[0] == "ATLA"


def test_short_months_are_not_hidden_by_the_mean(view: PlanningView) -> None:
    # The summer jobs: idle on average over June–August, but short in June.
    row = view.model.row_of(17)
    assert view.model.index(row, COL_STATUS).data(VALUE_ROLE) == "idle"
    assert view.model.index(row, COL_STATUS).data() == "Idle · short 1 month"
    tip = view.model.index(row, COL_STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "2026-06" in tip and "Short in 1 of 3 months" in tip


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_places_chart_shows_utilisation_by_status(view: PlanningView) -> None:
    """One programme with 660 places flattens the others' bars; the utilisation view
    shows each programme's needed ÷ places in its status colour, with a 100 % line."""
    from PySide6.QtCharts import QLineSeries, QStackedBarSeries

    view.resize(1280, 800)
    view.show()
    view.tabs.setCurrentWidget(view.places_panel)
    view.places_panel.measure.setCurrentIndex(view.places_panel.measure.findData("utilisation"))
    (bars, line) = view.places_chart.chart().series()
    assert isinstance(bars, QStackedBarSeries) and isinstance(line, QLineSeries)
    assert [line.at(i).y() for i in range(line.count())] == [100, 100]
    sets = {s.label(): s for s in bars.barSets()}
    assert list(sets) == ["Short", "Tight", "Balanced", "Idle"]
    assert view.places_chart.categories[:2] == ["ATLA", "C2C"]
    atlas = view.plan.programme(1) if view.plan else None
    assert atlas is not None and atlas.status == "short"
    assert sets["Short"].at(0) == pytest.approx(atlas.utilisation * 100)  # type: ignore[operator]
    assert sets["Idle"].at(0) == 0 and sets["Idle"].at(1) > 0  # C2C is idle
    assert view.places_chart.axis_y.labelFormat() == "%d%%"  # 100% (Swedish: 100 %)
    assert line.name() == "All places used (100%)"
    view.places_panel.measure.setCurrentIndex(view.places_panel.measure.findData("places"))
    (bars,) = view.places_chart.chart().series()
    assert [s.label() for s in bars.barSets()] == ["Places", "Needed"]
    assert bars.barSets()[0].at(0) == 30  # Atlas's places
    assert view.places_chart.axis_y.labelFormat() == "%d"


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
@pytest.mark.parametrize("language", ["en", "sv"])
def test_costs_fit_beside_the_figures_at_1280_pixels(  # type: ignore[no-untyped-def]
    qtbot, request, example: Catalogue, language: str
) -> None:
    from amp_desktop.ui.planning.models import COL_COST_REFERRAL

    if language == "sv":
        request.getfixturevalue("swedish")
    view = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    table = view.table
    right = table.columnViewportPosition(COL_COST_REFERRAL) + table.columnWidth(COL_COST_REFERRAL)
    assert right <= table.viewport().width()
    for column in range(view.model.columnCount()):  # no figure is cut
        assert table.columnWidth(column) >= min(table.sizeHintForColumn(column), 170), column


def test_the_split_between_table_and_tabs_is_kept(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    first = PlanningView(CatalogueSession(example), settings)
    qtbot.addWidget(first)
    first.resize(1280, 800)
    first.splitter.setSizes([200, 400])
    first.splitter.splitterMoved.emit(200, 1)  # as when the user drags the handle
    second = PlanningView(CatalogueSession(example), settings)
    qtbot.addWidget(second)
    assert second.splitter.saveState() == first.splitter.saveState()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_comparison_says_how_many_programmes_differ(view: PlanningView) -> None:
    show_scenarios(view)
    panel = view.scenarios
    assert panel.summary.text().startswith("No programme differs, so all are shown. ")
    assert panel.comparison.rowCount() == 21
    panel.add_adjustment(Adjustment(11, "places", "add", 20))
    assert panel.summary.text().startswith("1 programme differs. All programmes: places")
    panel.add_adjustment(Adjustment(1, "places", "add", 5))
    assert panel.summary.text().startswith("2 programmes differ. ")
    assert panel.comparison.rowCount() == 2


def test_month_chart_names_the_months(view: PlanningView) -> None:
    view.select_programme(1)
    categories = view.month_chart.axis_x.categories()
    assert categories[0] == "Jan 26" and categories[-1] == "Dec 26*"  # * = forecast


# -- the scenario shown follows Undo and Redo; names and values are checked -----------
def add_change(panel, programme_id: int, target: str, mode: str, value: float) -> None:  # type: ignore[no-untyped-def]
    """Add a change through the form, as the user does."""
    panel.select_programme(programme_id)
    panel.target.setCurrentIndex(panel.target.findData(target))
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    panel.value.setValue(value)
    panel.add_button.click()


def shown(panel) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    model = panel.adjustments
    return [
        (model.item(row).target, model.index(row, 3).data(VALUE_ROLE))
        for row in range(model.rowCount())
    ]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_undoing_a_promotion_brings_its_places_back_into_the_panel(  # type: ignore[no-untyped-def]
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:
    show_scenarios(view)
    panel, stack = view.scenarios, view.session.undo_stack
    add_change(panel, 11, "places", "add", 20)
    add_change(panel, 11, "demand", "percent", 10)
    panel.name.setText("Fler OSA")
    panel.save_button.click()
    both = [("places", 20), ("demand", 10)]
    assert shown(panel) == both
    panel.promote_button.click()
    assert example.programme(11).places == 80 and shown(panel) == [("demand", 10)]
    stack.undo()
    assert example.programme(11).places == 60
    assert shown(panel) == both  # as the catalogue's saved copy
    assert panel.comparison.item(0).right.places == 80  # the scenario counts its places again
    dialog_answers.asked.clear()
    panel.save_button.click()
    assert dialog_answers.kinds() == []  # nothing to ask: the panel shows what is saved
    saved = load_scenario(example, "Fler OSA").adjustments
    assert [(a.target, a.value) for a in saved] == both
    stack.redo()
    assert example.programme(11).places == 80 and shown(panel) == [("demand", 10)]
    assert [a.target for a in load_scenario(example, "Fler OSA").adjustments] == ["demand"]
    stack.undo()
    assert shown(panel) == both


def test_undoing_the_promotion_of_an_unsaved_scenario_keeps_its_places(  # type: ignore[no-untyped-def]
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:
    panel = view.scenarios
    add_change(panel, 11, "places", "add", 20)
    add_change(panel, 5, "demand", "add", 3)
    panel.promote_button.click()
    assert shown(panel) == [("demand", 3)]
    view.session.undo_stack.undo()
    assert shown(panel) == [("places", 20), ("demand", 3)]
    assert example.scenario_names() == []


def test_undo_does_not_overwrite_unsaved_edits_and_save_asks(  # type: ignore[no-untyped-def]
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:
    panel = view.scenarios
    add_change(panel, 11, "places", "add", 20)
    add_change(panel, 11, "demand", "percent", 10)
    panel.name.setText("S")
    assert panel.save()
    panel.promote_button.click()
    add_change(panel, 5, "places", "set", 30)  # the user's own, unsaved edit
    view.session.undo_stack.undo()
    assert example.programme(11).places == 60
    assert shown(panel) == [("demand", 10), ("places", 30)]  # kept, not overwritten
    # Saving would replace the copy the undo restored: the user is asked first.
    dialog_answers.replies["confirm"] = False
    assert not panel.save()
    question = dialog_answers.asked[-1][1]["text"]
    assert "“S” was changed by Undo or Redo" in str(question)
    assert len(load_scenario(example, "S").adjustments) == 2
    dialog_answers.replies["confirm"] = True
    assert panel.save()
    assert [a.target for a in load_scenario(example, "S").adjustments] == ["demand", "places"]


def test_undoing_a_save_shows_the_saved_copy_again(  # type: ignore[no-untyped-def]
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:
    panel, stack = view.scenarios, view.session.undo_stack
    add_change(panel, 11, "places", "add", 20)
    panel.name.setText("S")
    assert panel.save()
    add_change(panel, 11, "places", "add", 5)
    assert panel.save()
    stack.undo()  # the second save
    assert shown(panel) == [("places", 20)]
    stack.redo()
    assert shown(panel) == [("places", 20), ("places", 5)]
    stack.undo()
    stack.undo()  # the first save: nothing saved, the panel keeps what it shows
    assert example.scenario_names() == [] and shown(panel) == [("places", 20)]
    dialog_answers.asked.clear()
    assert panel.save() and dialog_answers.kinds() == []


def test_scenario_names_in_the_panel(  # type: ignore[no-untyped-def]
    view: PlanningView, example: Catalogue, dialog_answers
) -> None:
    panel = view.scenarios
    add_change(panel, 11, "places", "add", 1)
    for bad in ("\u200b", "   ", "x" * 5000, "a\nb"):
        panel.name.setText(bad)
        dialog_answers.asked.clear()
        assert not panel.save()
        (kind, details) = dialog_answers.asked[0]
        assert kind == "error" and str(details["text"]).startswith("Scenario name: ")
    assert example.scenario_names() == []
    panel.name.setText("  Plan A ")
    assert panel.save() and example.scenario_names() == ["Plan A"]
    assert panel.name.text() == "Plan A"
    panel.new()
    add_change(panel, 11, "places", "add", 2)
    panel.name.setText("plan a")
    dialog_answers.replies["confirm"] = False
    assert not panel.save()
    assert dialog_answers.asked[-1][1]["text"] == "A scenario named “Plan A” exists. Replace it?"
    assert example.scenario_names() == ["Plan A"]
    dialog_answers.replies["confirm"] = True
    assert panel.save()
    assert example.scenario_names() == ["plan a"]
    assert load_scenario(example, "plan a").adjustments == [Adjustment(11, "places", "add", 2)]


def test_the_value_box_keeps_within_the_limits(  # type: ignore[no-untyped-def]
    view: PlanningView, dialog_answers
) -> None:
    panel = view.scenarios
    for target, mode, low, high in [
        ("places", "set", 0, 100_000),
        ("places", "add", -100_000, 100_000),
        ("places", "percent", -100, 1000),
        ("average_stay_weeks", "add", -520, 520),
        ("demand", "set", 0, 1_000_000),
    ]:
        panel.target.setCurrentIndex(panel.target.findData(target))
        panel.mode.setCurrentIndex(panel.mode.findData(mode))
        assert (panel.value.minimum(), panel.value.maximum()) == (low, high)
    panel.value.setValue(1e309)
    assert panel.value.value() == 1_000_000


# -- the first plan is made in the worker ----------------------------------------------
def test_the_first_plan_is_made_in_the_worker(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks, monkeypatch
) -> None:
    import threading

    from amp_desktop.core.planning.cache import PlanCache

    threads = []
    plan = PlanCache.plan

    def recorded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return plan(self, *args, **kwargs)

    monkeypatch.setattr(PlanCache, "plan", recorded)
    view = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(view)
    assert view.plan is None  # not yet: the window is not held up meanwhile
    assert view.summary.text().startswith("Working out the plan for ")
    qtbot.waitUntil(lambda: view.plan is not None, timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert view.model.rowCount() == 21
    tertial = Period.tertial(int(view.period().first[:4]), 1)
    view.set_period(tertial)
    assert view.plan.period == tertial  # the months are held: made at once, here
    assert threads[-1] is threading.main_thread()


def test_the_last_period_asked_for_is_shown(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks
) -> None:
    view = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(view)
    for period in (Period.year(2025), Period.tertial(2026, 3)):
        view.set_period(period)  # while the worker is still at the first plan
    qtbot.waitUntil(
        lambda: view.plan is not None and view.plan.period == Period.tertial(2026, 3),
        timeout=10_000,
    )
    assert_same_as_core(view, example)


def test_a_change_while_the_worker_plans_is_shown(  # type: ignore[no-untyped-def]
    qtbot, example: Catalogue, threaded_tasks
) -> None:
    session = CatalogueSession(example)
    view = PlanningView(session, Settings())
    qtbot.addWidget(view)
    osa = example.programme(11)
    session.run(lambda c: c.update_programme(osa.replace(places=90)))
    qtbot.waitUntil(
        lambda: view.plan is not None and view.plan.programme(11).places == 90, timeout=10_000
    )
    assert_same_as_core(view, example)
    view.stop_work()  # nothing under way: returns at once


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_a_large_comparison_is_made_in_the_worker(  # type: ignore[no-untyped-def]
    view: PlanningView, monkeypatch
) -> None:
    from amp_desktop.core.planning import cache
    from amp_desktop.core.progress import Cancelled
    from amp_desktop.ui import tasks

    titles = []
    run = tasks.run

    def recorded(parent, title, work):  # type: ignore[no-untyped-def]
        titles.append(title)
        return run(parent, title, work)

    monkeypatch.setattr(tasks, "run", recorded)
    show_scenarios(view)
    assert titles == []  # 21 programmes: at once
    monkeypatch.setattr(cache, "SLOW_PROGRAMME_MONTHS", 1)
    view.scenarios.add_adjustment(Adjustment(11, "places", "add", 20))
    assert titles == ["Planning", "Planning"]  # both sides, with a progress dialog and Cancel
    assert view.scenarios.summary.text().startswith("1 programme differs.")

    def cancelled(parent, title, work):  # type: ignore[no-untyped-def]
        raise Cancelled

    monkeypatch.setattr(tasks, "run", cancelled)
    view.scenarios.add_adjustment(Adjustment(5, "places", "add", 1))
    assert view.scenarios.summary.text() == "The comparison was cancelled."
