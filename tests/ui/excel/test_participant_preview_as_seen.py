"""The import preview of a participant list as a unit head reads it: what happens to
rows with problems, no empty column of first values, counts written as AMP writes
them, Cancel during the apply, and the Results tab following the import's undo/redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amp_desktop.ui import tasks
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.excel.preview_models import MappingModel
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.view import ResultsView
from tests.excel_fixtures import file_digest
from tests.participant_lists import participant_rows, write_list
from tests.ui.excel.import_helpers import texts
from tests.ui.excel.test_import_models import CancellingExecutor


def _dialog(qtbot, session: CatalogueSession, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_rows_with_problems_are_said_to_be_left_out(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = participant_rows(["Atlas", "C2C"], 40)
    rows[2][3], rows[2][4] = dt.date(2025, 5, 1), dt.date(2025, 4, 1)  # ends before it starts
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    heading = dialog.problem_label.text()
    assert heading.startswith("Problems (1): those rows are left out of the results.")
    assert "keep the value they have in AMP" not in heading  # (no value in AMP to keep)


def test_no_empty_column_of_first_values(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = participant_rows(["Atlas", "C2C"], 40)
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    first = [dialog.mapping_model.index(r, MappingModel.COL_FIRST).data() for r in range(9)]
    assert first == [""] * 9  # a participant list's rows are not shown
    view = dialog.mapping_view
    assert view.isColumnHidden(MappingModel.COL_FIRST)
    shown = sum(view.columnWidth(c) for c in range(3))
    assert shown >= view.viewport().width() - 2  # no blank strip where the column was


def test_one_programme_and_large_counts_read_as_amp_writes_them(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = participant_rows(["Atlas"], 1_200)
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    model = dialog.changes_model
    assert texts(model) == ["Results (1 programme)"]
    results = model.index(0, 0)
    atlas = model.index(0, 0, results)
    participants = model.index(0, 2, atlas)
    assert model.index(0, 0, atlas).data() == "Participants"
    assert participants.data() == "1,200"  # as everywhere in AMP, not "1200"


def test_cancel_during_the_apply_leaves_the_catalogue_as_it_was(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = participant_rows(["Atlas", "C2C"], 200)
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    dialog.show_page(1)
    before = file_digest(session.catalogue.path)
    with tasks.use_executor(CancellingExecutor(0)):
        dialog.apply_button.click()
    assert dialog.isVisible() and session.undo_stack.count() == 0
    assert file_digest(session.catalogue.path) == before
    assert not session.catalogue.results_months()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_undo_and_redo_of_an_import_update_the_results_tab(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.pages.currentWidget() is view.empty
    rows = participant_rows(["Atlas", "C2C"], 200)
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    dialog.show_page(1)
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert view.pages.currentWidget() is view.content
    assert view.document is not None and view.document["all"]["participants"] == 200
    session.undo_stack.undo()
    assert view.pages.currentWidget() is view.empty
    session.undo_stack.redo()
    assert view.pages.currentWidget() is view.content
    assert view.document["all"]["participants"] == 200


def test_a_list_refused_as_a_whole_is_not_imported_by_the_window_either(  # type: ignore[no-untyped-def]
    qtbot, example, tmp_path
) -> None:
    """A list without its end dates would replace the exits AMP has with none: amp import
    refuses it, and so does the window (the review's case)."""
    import datetime as dt

    from amp_desktop.ui.excel.import_dialog import ImportDialog
    from amp_desktop.ui.operations import CatalogueSession
    from tests.participant_lists import write_sheets

    session = CatalogueSession(example)
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    full = [
        ["Atlas", dt.date(2024, 1, 5), dt.date(2024, 3, 10), "Arbete"],
        ["Atlas", dt.date(2024, 1, 6), dt.date(2024, 3, 11), "Arbete"],
    ]
    first = ImportDialog(session, write_sheets(tmp_path / "a.xlsx", {"L": [header, *full]}))
    qtbot.addWidget(first)
    first.show_page(1)
    first.apply()
    atlas = example.find("Atlas").id

    def exits() -> int:
        rows = example.results_scope([atlas], "2024-01", "2024-12")
        return sum(value for *_, measure, value in rows if measure.startswith("exit:"))

    assert exits() == 2
    no_end = [["Insats", "Startdatum", "Avslutsorsak"], ["Atlas", dt.date(2024, 1, 5), None]]
    dialog = ImportDialog(session, write_sheets(tmp_path / "b.xlsx", {"L": no_end}))
    qtbot.addWidget(dialog)
    assert dialog.preview.refused
    dialog.show_page(1)
    assert not dialog.apply_button.isEnabled()
    assert "cannot be imported until they are put right" in dialog.problem_label.text()
    dialog.apply()  # (a shortcut past the button changes nothing either)
    assert exits() == 2 and session.undo_stack.count() == 1


def test_the_window_replaces_every_month_when_the_user_says_the_list_is_whole(  # type: ignore[no-untyped-def]
    qtbot, example, tmp_path
) -> None:
    import datetime as dt

    from amp_desktop.ui.excel.import_dialog import ImportDialog
    from amp_desktop.ui.operations import CatalogueSession
    from tests.participant_lists import write_sheets

    session = CatalogueSession(example)
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    running = [["Atlas", dt.date(2024, 1, d), None, None] for d in (8, 9, 10)]
    first = ImportDialog(session, write_sheets(tmp_path / "a.xlsx", {"L": [header, *running]}))
    qtbot.addWidget(first)
    first.show_page(1)
    first.apply()
    dialog = ImportDialog(session, write_sheets(tmp_path / "b.xlsx", {"L": [header, *running[:2]]}))
    qtbot.addWidget(dialog)
    dialog.show_page(1)
    assert dialog.preview.refused and not dialog.apply_button.isEnabled()
    assert not dialog.every_month.isHidden()
    dialog.every_month.setChecked(True)  # read again, every month replaced
    assert not dialog.preview.refused and dialog.apply_button.isEnabled()
    dialog.apply()
    atlas = example.find("Atlas").id
    rows = example.results_scope([atlas], "2024-01", "2024-01")
    assert sum(value for *_, measure, value in rows if measure == "starts") == 2
