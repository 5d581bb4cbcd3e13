"""The Planning tab in the window: built when shown, follows the open catalogue."""

from __future__ import annotations

from pathlib import Path

from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_OVERVIEW
from amp_desktop.ui.planning.view import PlanningView


def test_planning_tab_is_built_when_first_shown(make_window, example_path: Path) -> None:
    window = make_window(example_path)
    assert window.planning_view is None  # not paid for at start-up
    view = window.show_planning()
    assert isinstance(view, PlanningView)
    assert view.isVisible()


def test_activating_a_programme_opens_it_in_the_catalogue(make_window, example_path: Path) -> None:
    window = make_window(example_path)
    view = window.show_planning()
    krami = window.current_session().catalogue.find("Krami")
    view.programmeActivated.emit(krami.id)
    assert window.tabs.currentWidget() is window.catalogue_tab
    assert [p.name for p in window.catalogue_tab.selected_programmes()] == ["Krami"]


def test_reports_start_with_the_planning_period(
    make_window, example_path: Path, dialog_answers
) -> None:
    window = make_window(example_path)
    view = window.show_planning()
    view.set_period(Period.tertial(2025, 3))
    dialog_answers.replies["choose_report"] = lambda period, title: (KIND_OVERVIEW, period)
    window.preview_action.trigger()
    asked = dict(dialog_answers.asked)["choose_report"]
    assert asked["period"] == Period.tertial(2025, 3)


def test_a_new_catalogue_gets_a_new_planning_view(
    make_window, example_path: Path, catalogue_path: Path
) -> None:
    window = make_window(example_path)
    first = window.show_planning()
    assert window.open_path(catalogue_path)
    assert window.planning_view is None  # the old one is gone with its catalogue
    second = window.show_planning()
    assert second is not None and second is not first
    assert second.session is window.current_session()
    window.close_catalogue()
    assert window.planning_view is None


def test_a_forecast_value_that_is_not_taken_says_why(make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    """'-5', 'abc', 'nan' were dropped without a word; 'inf' got 'must be 0 or more'."""
    window = make_window(example_path)
    view = window.show_planning()
    view.select_programme(11)
    editor = view.forecast
    model = editor.model
    cell = model.index(model.months.index("2026-12"), model.sources.index("SKE"))
    for typed, reason in (
        ("abc", "“abc” is not a number of referrals."),
        ("-5", "Referrals: must be 0 or more."),
        ("−5", "Referrals: must be 0 or more."),  # the minus sign AMP writes in Swedish
        ("nan", "Referrals: must be a number."),
        ("1e309", "Referrals: at most 1,000,000 a month."),
        ("+", "“+” is not a number of referrals."),  # (not an emptied cell)
    ):
        assert not model.setData(cell, typed)
        assert editor.problem.text() == f"2026-12, SKE: {reason}", typed
        assert not editor.problem.isHidden()
    assert model.setData(cell, "4")
    assert editor.problem.isHidden()


def test_closing_while_the_first_plan_is_in_the_worker(  # type: ignore[no-untyped-def]
    make_window, example_path: Path, threaded_tasks
) -> None:
    from PySide6.QtCore import QCoreApplication, QThreadPool

    window = make_window(example_path)
    view = window.show_planning()
    assert view is not None
    window.close_catalogue()  # the worker lets go of the file before it closes
    assert window.planning_view is None
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()  # late results of the dropped view: ignored
    QCoreApplication.sendPostedEvents(None, 0)
