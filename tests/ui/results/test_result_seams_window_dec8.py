"""The Results tab where two participant lists meet (the lists and hand counts of
``tests/core/store/test_result_seams_dec8.py``): imported one after the other in the
window's session, 2025 shows the eight who started late in June among its 11
participants — the table's row and the model's text — and undoing the second import
takes them away with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from amp_desktop.ui.operations import CatalogueSession
from tests.core.store.test_result_seams_dec8 import AUTUMN, HEADER, SPRING
from tests.participant_lists import write_list
from tests.ui.results.views import shown_view

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _shown_participants(view) -> str:  # type: ignore[no-untyped-def]
    model = view.model
    column = model.column_of("participants")
    return str(model.index(0, column).data())


def test_the_tab_counts_the_late_starters_and_undo_takes_them_away(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.apply(
            ChangeSet("t", (ProgrammeChange(1, None, Programme("Glapp", places=10, id=1)),))
        )
        session = CatalogueSession(catalogue)
        view = shown_view(qtbot, session)
        for name, rows in (("a.xlsx", SPRING), ("b.xlsx", AUTUMN)):
            preview = analyse(
                catalogue, write_list(tmp_path / name, [HEADER, *rows]), kind="participants"
            )
            session.run(preview.changeset("import"))
        view.set_period(Period.year(2025))
        assert view.document["programmes"][0]["participants"] == 11  # type: ignore[index]
        assert _shown_participants(view) == "11"
        view.set_period(Period("2025-07", "2025-12"))
        assert _shown_participants(view) == "10"
        session.undo_stack.undo()  # the second list
        view.set_period(Period.year(2025))
        assert _shown_participants(view) == "2"
        session.undo_stack.redo()
        assert _shown_participants(view) == "11"
