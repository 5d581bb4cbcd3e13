"""The Results tab names a programme whose lists cover less of the period than the
others', as ``amp results`` and the printed results do: one note, said alike."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from tests.core.results.test_figures_edges_dec4e import one_list_begins_later
from tests.ui.results.views import shown_view

# A view shown on its own: the offscreen platform warns on show().
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_tab_names_the_programme_whose_list_began_in_july(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, capsys
) -> None:
    """X's list covered 2024, Y's began in July: no month was without results for
    every programme, so the tab said nothing while Y's year read half utilised and
    a whole year's budget per participant (amp results and the printout named Y)."""
    path = one_list_begins_later(tmp_path)
    capsys.readouterr()
    assert main(["results", str(path), "--year", "2024", "--json"]) == 0
    gaps = json.loads(capsys.readouterr().out)["programme_months_without_results"]
    assert list(gaps.values()) == [[f"2024-0{m}" for m in range(1, 7)]]  # Y's, Jan–Jun
    assert main(["results", str(path), "--year", "2024"]) == 0
    said = capsys.readouterr().out
    note = next(line for line in said.splitlines() if "Some months have no results" in line)
    with Catalogue.open(path) as catalogue:
        view = shown_view(qtbot, CatalogueSession(catalogue))
        view.set_period(Period.year(2024))
        qtbot.waitUntil(lambda: "Some months have no results" in view.summary.text())
        assert html.escape(note.strip()) in view.summary.text()
        assert "Y (2024-01 … 2024-06)" in note
        view.set_period(Period("2024-07", "2024-12"))  # Y's list covers these: nothing said
        qtbot.waitUntil(
            lambda: view.document is not None and view.document["period"]["first"] == "2024-07"
        )
        assert "Some months have no results" not in view.summary.text()
        view.close()
