"""The Results tab's charts keep their series and draw only the page on show: a hidden
chart is brought up to date when its page is chosen, a sort redraws the one on show,
a period without results empties a chart and one with results fills it again with
the same series; the document shown is kept as it is until the user pauses."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.planning import Period
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.charts import MAX_BARS, short_name
from amp_desktop.ui.results.view import ResultsView
from tests.ui.results.views import session_with_results, shown_view

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def session(example_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """The example catalogue with results for 2025 only."""
    with session_with_results(example_path, (2025, 5)) as made:
        yield made


def _view(qtbot, session: CatalogueSession) -> ResultsView:  # type: ignore[no-untyped-def]
    view = shown_view(qtbot, session)
    view.set_period(Period.year(2025))
    return view


def _table_rows(view: ResultsView) -> list[dict]:  # type: ignore[type-arg]
    proxy = view.proxy
    rows = [view.model.row(proxy.source_row(r)) for r in range(proxy.rowCount())]
    return [row for row in rows if row.get("participants") is not None][:MAX_BARS]


def _share_values(view: ResultsView) -> list[list[float]]:
    return [
        [bar_set.at(i) for i in range(bar_set.count())]
        for bar_set in view.share_chart.bars.barSets()
    ]


def _expected_shares(view: ResultsView) -> list[list[float]]:
    return [
        [100.0 * ((row.get("by_gender") or {}).get(g, {}).get("work_or_studies_share") or 0.0)
         for row in _table_rows(view)]
        for g in ("K", "M")
    ]  # fmt: skip


def test_a_hidden_chart_is_brought_up_to_date_when_its_page_is_shown(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.tabs.setCurrentWidget(view.reasons_chart)
    assert "2025" in view.reasons_chart.chart().title()
    view.set_period(Period.tertial(2025, 2))
    label = Period.tertial(2025, 2).label()
    assert label in view.reasons_chart.chart().title()  # the page on show: at once
    assert label not in view.share_chart.chart().title()  # hidden: not drawn for nothing
    view.tabs.setCurrentWidget(view.share_chart)
    assert label in view.share_chart.chart().title()  # drawn once its page is shown
    assert view.share_chart.categories == [short_name(row) for row in _table_rows(view)]
    assert _share_values(view) == _expected_shares(view)
    exits = [
        [bar_set.at(i) for i in range(bar_set.count())]
        for bar_set in view.reasons_chart.series.barSets()
    ]
    expected = [
        [float((row.get("exits_by_reason") or {}).get(key) or 0) for row in _table_rows(view)]
        for key in REASON_KEYS
    ]
    assert exits == expected


def test_sorting_the_table_redraws_the_chart_in_the_new_order(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.tabs.setCurrentWidget(view.share_chart)
    before = list(view.share_chart.categories)
    column = view.model.column_of("work_or_studies_share")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    after = view.share_chart.categories
    assert after == [short_name(row) for row in _table_rows(view)]
    assert sorted(after) == sorted(before) and after != before
    assert _share_values(view) == _expected_shares(view)
    view.tabs.setCurrentWidget(view.reasons_chart)  # the hidden one follows the order too
    assert view.reasons_chart.categories == after


def test_a_period_without_results_empties_the_chart_and_the_next_fills_it(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.tabs.setCurrentWidget(view.reasons_chart)
    chart = view.reasons_chart
    series = chart.series
    view.set_period(Period.year(2024))  # nothing imported for 2024
    assert chart.categories == [] and chart.chart().series() == []
    assert chart.chart().legend().markers() == []  # no legend of an empty chart
    view.set_period(Period.year(2025))
    assert chart.chart().series() == [series]  # the same series, filled again
    assert chart.categories == [short_name(row) for row in _table_rows(view)]
    markers = chart.chart().legend().markers(series)
    used = {
        key
        for row in _table_rows(view)
        for key, n in (row.get("exits_by_reason") or {}).items()
        if n
    }
    wanted = [key in used for key in REASON_KEYS]
    qtbot.waitUntil(lambda: [m.isVisible() for m in markers] == wanted)


def test_the_document_shown_is_kept_as_it_is_until_the_user_pauses(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.set_period(Period.tertial(2025, 1))
    kept = view._kept
    shown = [k for k, v in kept.items() if not isinstance(v, bytes)]
    assert [k[0] for k in shown] == [Period.tertial(2025, 1)]  # at most one, the one shown
    assert kept[shown[0]] is view.document
    view.set_period(Period.tertial(2025, 2))
    assert all(isinstance(v, bytes) for k, v in kept.items() if k[0] != Period.tertial(2025, 2))
    packed = kept[shown[0]]
    assert isinstance(packed, bytes)
    view.set_period(Period.tertial(2025, 1))  # back to one kept as bytes: the same figures
    assert view.document == marshal.loads(packed)
    qtbot.waitUntil(view.is_idle)  # paused: everything marshalled
    assert all(isinstance(v, bytes) for v in kept.values())
