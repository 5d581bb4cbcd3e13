"""The Results tab in the smallest window AMP allows: the chart is never cut off
unseen — the tab scrolls instead — and a window of ordinary size does not scroll."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.results.view import ResultsView
from tests.participant_lists import participant_rows, write_list


@pytest.fixture()
def listed_path(example_path: Path, tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    """The example with a 2025 participant list of 12 programmes imported."""
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()][:12]
    workbook = write_list(tmp_path / "list.xlsx", participant_rows(names, 600, seed=5))
    assert main(["import", str(example_path), str(workbook), "--kind", "participants"]) == 0
    capsys.readouterr()
    return example_path


def _results(make_window, path: Path, size: tuple[int, int]) -> ResultsView:  # type: ignore[no-untyped-def]
    window = make_window(path, resize=False)
    window.resize(*size)
    window.results_action.trigger()
    view = window.findChild(ResultsView)
    assert view is not None and view.pages.currentWidget() is view.content
    view.tabs.setCurrentWidget(view.reasons_chart)
    return view


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_smallest_window_cuts_no_chart_off(  # type: ignore[no-untyped-def]
    make_window, listed_path, qtbot, request, language
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    view = _results(make_window, listed_path, (720, 480))  # the window's minimum size
    chart = view.reasons_chart
    qtbot.waitUntil(lambda: chart.height() >= chart.minimumHeight())
    # The tabs get the height their chart needs (before: 214 of 282 px, the programmes'
    # names and the last reasons of the legend under the status bar)…
    qtbot.waitUntil(lambda: view.tabs.height() >= view.tabs.minimumSizeHint().height())
    # …and what the window has no room for is reached by scrolling.
    bar = view.content.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    bar.setValue(bar.maximum())
    bottom = chart.mapTo(view.content.viewport(), chart.rect().bottomLeft()).y()
    assert bottom <= view.content.viewport().height()


def test_an_ordinary_window_does_not_scroll(make_window, listed_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _results(make_window, listed_path, (1280, 800))
    for size in ((1280, 800), (1280, 600), (1024, 640)):
        view.window().resize(*size)
        qtbot.waitUntil(lambda: view.content.widget().width() == view.content.viewport().width())
        assert not view.content.verticalScrollBar().isVisible(), size
        assert view.content.widget().height() == view.content.viewport().height(), size


@pytest.mark.parametrize("combo", ["gender", "need_level"])
def test_no_cost_for_one_gender_or_need_level(make_window, listed_path, combo) -> None:  # type: ignore[no-untyped-def]
    """The whole budget divided by the women only read as twice what a participant
    costs; the costs are left out (as the totals by need level leave them out)."""
    view = _results(make_window, listed_path, (1280, 800))
    cost = view.model.column_of("cost_per_participant_sek")
    atlas = next(row for row in view.model.rows() if row["name"] == "Atlas")
    assert atlas["cost_per_participant_sek"] and view.document["all"]["cost_sek"]
    view.filters.type.setCurrentIndex(view.filters.type.findData("secondary"))
    assert view.document["all"]["cost_per_participant_sek"]  # (a type is whole programmes)
    chosen = getattr(view.filters, combo)
    chosen.setCurrentIndex(1)  # women; AM1
    assert view.document["all"]["cost_per_participant_sek"] is None
    assert all(row["cost_per_work_or_studies_sek"] is None for row in view.model.rows())
    assert {view.model.index(r, cost).data() for r in range(view.model.rowCount())} <= {"", "–"}
    assert "No costs for one gender or need level" in view.summary.text()
    chosen.setCurrentIndex(0)
    assert view.document["all"]["cost_per_participant_sek"]
    assert "No costs" not in view.summary.text()
