"""The Results tab shown on its own, as the tests of tests/ui/results drive it."""

from __future__ import annotations

from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.view import ResultsView


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
