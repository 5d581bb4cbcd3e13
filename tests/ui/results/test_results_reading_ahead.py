"""At a county's size the Results tab reads every year into memory ahead (a few months
at a time, once the user stops switching), sums a short period from memory on the
GUI thread, keeps its documents as bytes and lets go of each finished task."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from amp_desktop.core.planning import Period
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.ui.results import view as results_view
from amp_desktop.ui.results.computation import compute_results
from amp_desktop.ui.results.view import ResultsView
from amp_desktop.ui.tasks import Task
from tests.ui.results.views import session_with_results

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def session(example_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """The example catalogue with results for 2022 and 2025 (none between)."""
    with session_with_results(example_path, (2022, 3), (2025, 4)) as made:
        yield made


def test_every_year_is_read_ahead_and_a_short_period_is_summed_from_memory(
    qtbot, session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    catalogue = session.catalogue
    three_months = len(catalogue.programmes()) * 3
    monkeypatch.setattr(results_view, "WORKER_CELLS", three_months)  # a year: the worker
    monkeypatch.setattr(results_view, "LOOK_AHEAD_CELLS", three_months)
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.document["period"] == Period.year(2025).to_json()
    qtbot.waitUntil(view.is_idle)
    index = view._index
    assert index is not None and index.unread() == []  # 2022 too, never asked for
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert view.findChildren(Task) == []  # no finished task holds its documents
    assert view._kept and all(isinstance(kept, bytes) for kept in view._kept.values())

    asked = []
    real = type(catalogue).results_tallies
    monkeypatch.setattr(
        type(catalogue), "results_tallies", lambda *a, **k: asked.append(a) or real(*a, **k)
    )
    short = Period("2022-03", "2022-05")
    view.set_period(short)
    assert not asked  # summed from memory, not by a GROUP BY over the file
    expected = compute_results(catalogue, catalogue.programmes(), short, ResultsFilter())
    assert json.dumps(view.document, sort_keys=True) == json.dumps(expected, sort_keys=True)
    view.set_period(Period.year(2025))  # kept: the same document as before
    assert view.document["period"] == Period.year(2025).to_json()


def test_every_year_is_read_with_the_first_figures_from_the_compact_sums(
    qtbot, session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    catalogue = session.catalogue
    three_months = len(catalogue.programmes()) * 3
    monkeypatch.setattr(results_view, "WORKER_CELLS", three_months)  # a year: the worker
    monkeypatch.setattr(results_view, "LOOK_AHEAD_CELLS", three_months)
    rows_read = []
    real = type(catalogue).results_every
    monkeypatch.setattr(
        type(catalogue), "results_every", lambda *a, **k: rows_read.append(a) or real(*a, **k)
    )
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.document["period"] == Period.year(2025).to_json()
    index = view._index
    # Before any reading ahead: 2022 too, so a switch to it waits for no reading.
    assert index is not None and index.compact and index.unread() == []
    assert not rows_read
    # ...and its figures worked out with the first ones: the switch shows them at once.
    assert (Period.year(2022), ResultsFilter()) in view._kept
    view.set_period(Period.year(2022))
    assert view.document["period"] == Period.year(2022).to_json()
    expected = compute_results(
        catalogue, catalogue.programmes(), Period.year(2022), ResultsFilter()
    )
    assert json.dumps(view.document, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert not rows_read
