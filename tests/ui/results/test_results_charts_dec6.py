"""The Results tab's charts, which keep their series, show what the table shows after
every kind of change a user makes: another period, a filter, a sort, every programme
deleted and one added (through the session, undone and redone) — the categories
under the bars, the values in them, one set of series, the legend's entries and
which reasons it lists; never a series left from before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.core.store import builders
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.charts import (
    MAX_BARS,
    ReasonsChart,
    ShareChart,
    short_name,
    short_names,
)
from amp_desktop.ui.results.view import ResultsView
from tests.results_data import store_results
from tests.ui.results.views import session_with_results, shown_view

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def session(example_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """The example catalogue with results for 2025."""
    with session_with_results(example_path, (2025, 3)) as made:
        yield made


def _table_rows(view: ResultsView) -> list[dict[str, Any]]:
    proxy = view.proxy
    rows = [view.model.row(proxy.source_row(r)) for r in range(proxy.rowCount())]
    return [row for row in rows if row.get("participants") is not None][:MAX_BARS]


def _values(bar_set: Any) -> list[float]:
    return [bar_set.at(i) for i in range(bar_set.count())]


def _check_chart(qtbot, view: ResultsView, chart: ShareChart | ReasonsChart) -> None:  # type: ignore[no-untyped-def]
    """*chart*, brought on show, draws the table's programmes and nothing else."""
    view.tabs.setCurrentWidget(chart)
    rows = _table_rows(view)
    assert view.period().label() in chart.chart().title()
    assert chart.categories == short_names(rows)
    assert [label.split(" (")[0] for label in chart.categories] == [short_name(r) for r in rows]
    assert chart.axis_x.categories() == chart.categories  # (one category per bar group)
    legend = chart.chart().legend()
    if not rows:
        assert chart.chart().series() == [] and legend.markers() == []
        return
    if isinstance(chart, ShareChart):
        assert chart.chart().series() == [chart.bars, chart.goal]
        assert [s.label() for s in chart.bars.barSets()] == ["Women", "Men"]
        for bar_set, gender in zip(chart.bars.barSets(), ("K", "M"), strict=True):
            want = [
                100.0 * ((row.get("by_gender") or {}).get(gender, {}).get("work_or_studies_share")
                         or 0.0)
                for row in rows
            ]  # fmt: skip
            assert _values(bar_set) == want
        goals = [
            (float(i), 100.0 * row["goal_work_or_studies_share"])
            for i, row in enumerate(rows)
            if row.get("goal_work_or_studies_share") is not None
        ]
        assert [(p.x(), p.y()) for p in chart.goal.points()] == goals
        assert len(legend.markers()) == 3
    else:
        assert chart.chart().series() == [chart.series]
        for key, bar_set in zip(REASON_KEYS, chart.series.barSets(), strict=True):
            want = [float((row.get("exits_by_reason") or {}).get(key) or 0) for row in rows]
            assert _values(bar_set) == want, key
        markers = legend.markers()
        assert len(markers) == len(REASON_KEYS)
        used = {k for row in rows for k, n in (row.get("exits_by_reason") or {}).items() if n}
        wanted = [key in used or not used for key in REASON_KEYS]
        qtbot.waitUntil(lambda: [m.isVisible() for m in markers] == wanted)


def _check(qtbot, view: ResultsView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(view.is_idle)
    if view.pages.currentWidget() is view.empty:  # (no results at all: no chart on show)
        assert view.document is None and not view.content.isVisible()
        return
    for chart in (view.reasons_chart, view.share_chart, view.reasons_chart):
        _check_chart(qtbot, view, chart)


def test_the_charts_follow_periods_filters_sorts_deletes_adds_undo_and_redo(
    qtbot, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot, session)
    view.set_period(Period.year(2025))
    _check(qtbot, view)
    view.tabs.setCurrentWidget(view.share_chart)
    for period in (Period.tertial(2025, 1), Period.year(2024), Period("2025-06", "2025-06")):
        view.set_period(period)
        _check(qtbot, view)
    view.set_period(Period.year(2025))
    for combo in (view.filters.gender, view.filters.type, view.filters.need_level):
        combo.setCurrentIndex(1)
        _check(qtbot, view)
        combo.setCurrentIndex(0)
    view.table.sortByColumn(view.model.column_of("exits"), Qt.SortOrder.DescendingOrder)
    _check(qtbot, view)
    catalogue = session.catalogue
    ids = [p.id for p in catalogue.programmes() if p.id is not None]
    half = len(ids) // 2
    batches = [ids[:half], ids[half:-1], ids[-1:]]  # (every programme gone, the last alone)
    for batch in batches:
        assert session.run(builders.delete_programmes(catalogue, batch)) is not None
        _check(qtbot, view)
    added = session.run(builders.add_programme(catalogue, Programme("Ny insats", places=4)))
    assert added is not None
    _check(qtbot, view)
    for _ in range(len(batches) + 1):  # the add and the deletes undone, one at a time
        session.undo_stack.undo()
        _check(qtbot, view)
    assert len(_table_rows(view)) == len(ids)
    for _ in range(len(batches)):
        session.undo_stack.redo()
        _check(qtbot, view)


def test_programmes_whose_names_begin_alike_have_a_category_each(
    qtbot, session: CatalogueSession
) -> None:  # type: ignore[no-untyped-def]
    """The label under a programme's bars is its code or its name's first ten
    letters; a category axis takes a label once, so "Arbetsträning Nord" and
    "Arbetsträning Syd" had one category for two bar groups and every bar after it
    stood over another programme's name (or over none)."""
    catalogue = session.catalogue
    for name in ("Arbetsträning Nord", "Arbetsträning Syd", "Arbetsträning Väst"):
        session.run(builders.add_programme(catalogue, Programme(name, places=5)))
    new = [p.id for p in catalogue.programmes() if p.name.startswith("Arbetsträning")]
    store_results(catalogue, 2025, 1, starts_per_month=2, seed=4, programme_ids=new)
    view = shown_view(qtbot, session)
    view.set_period(Period.year(2025))
    _check(qtbot, view)
    labels = view.share_chart.categories
    assert len(set(labels)) == len(labels) == len(_table_rows(view))
    assert [label for label in labels if label.startswith("Arbetsträ")] == [
        "Arbetsträn", "Arbetsträn (2)", "Arbetsträn (3)",
    ]  # fmt: skip
