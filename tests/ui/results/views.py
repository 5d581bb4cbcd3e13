"""The Results tab shown on its own, as the tests of tests/ui/results drive it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.view import ResultsView
from tests.results_data import store_results


def shown_view(
    qtbot, session: CatalogueSession, size: tuple[int, int] = (1280, 800)
) -> ResultsView:  # type: ignore[no-untyped-def]
    """A Results tab of *session*, *size*, shown and exposed (closed with the test)."""
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


@contextmanager
def session_with_results(path: Path, *years: tuple[int, int]) -> Iterator[CatalogueSession]:
    """A session of the catalogue at *path* once random results of each ``(year, seed)``
    are stored in it (two starts per programme and month); closed afterwards."""
    with Catalogue.open(path) as catalogue:
        for year, seed in years:
            store_results(catalogue, year, 1, starts_per_month=2, seed=seed)
    with Catalogue.open(path) as catalogue:
        yield CatalogueSession(catalogue)
