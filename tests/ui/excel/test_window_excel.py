"""File → Export to Excel / Import from Excel, and importing from the welcome page."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from amp_desktop.ui.excel.import_dialog import ImportDialog


def _apply_when_shown(dialog_answers) -> None:  # type: ignore[no-untyped-def]
    """Press Apply in the import dialog when it is run (through ``dialogs.run_modal``)."""

    def apply(dialog: ImportDialog) -> int:
        assert isinstance(dialog, ImportDialog)
        dialog.show_page(1)
        dialog.apply_button.click()
        return dialog.result()

    dialog_answers.replies["modal"] = apply


def _set_places(workbook: Path, name: str, places: int) -> None:
    book = openpyxl.load_workbook(workbook)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    name_col = header.index("Name") + 1
    places_col = header.index("Places") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, name_col).value == name:
            sheet.cell(row, places_col).value = places
    book.save(workbook)


def test_export_edit_import_is_one_undo_step(
    make_window, example_path: Path, tmp_path: Path, dialog_answers, qtbot
) -> None:
    window = make_window(example_path)
    workbook = tmp_path / "out.xlsx"
    dialog_answers.replies["save_file"] = str(workbook)
    window.export_action.trigger()
    assert workbook.exists()
    assert "out.xlsx" in window.statusBar().currentMessage()

    _set_places(workbook, "OSA", 75)
    dialog_answers.replies["open_file"] = str(workbook)
    _apply_when_shown(dialog_answers)
    window.import_action.trigger()
    catalogue = window.current_session().catalogue
    assert catalogue.find("OSA").places == 75
    assert window.current_session().undo_stack.count() == 1
    assert "Imported" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert catalogue.find("OSA").places == 60


def test_import_from_the_welcome_page_makes_a_new_catalogue(
    make_window, example_path: Path, tmp_path: Path, dialog_answers, qtbot
) -> None:
    exporter = make_window(example_path)
    workbook = tmp_path / "colleague.xlsx"
    dialog_answers.replies["save_file"] = str(workbook)
    exporter.export_action.trigger()
    exporter.close_catalogue()

    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    new_file = tmp_path / "from-excel.amp"
    dialog_answers.replies["open_file"] = str(workbook)
    dialog_answers.replies["save_file"] = str(new_file)
    _apply_when_shown(dialog_answers)
    window.welcome.import_button.click()
    session = window.current_session()
    assert session is not None and session.catalogue.path == new_file
    assert len(session.catalogue.programmes()) == 21


def test_export_and_import_run_in_the_worker(
    make_window, example_path: Path, tmp_path: Path, dialog_answers, qtbot, threaded_tasks
) -> None:
    """With the application's worker thread: export, read and apply off the GUI thread,
    and the window ends up exactly as with the inline executor."""
    window = make_window(example_path)
    workbook = tmp_path / "worker.xlsx"
    dialog_answers.replies["save_file"] = str(workbook)
    window.export_action.trigger()
    assert workbook.exists() and list(tmp_path.glob("*.part")) == []
    _set_places(workbook, "OSA", 75)
    dialog_answers.replies["open_file"] = str(workbook)
    _apply_when_shown(dialog_answers)
    window.import_action.trigger()
    session = window.current_session()
    assert session.catalogue.find("OSA").places == 75
    assert session.undo_stack.count() == 1


def test_the_export_s_results_follow_preferences_exact_figures(
    make_window, tmp_path: Path, dialog_answers
) -> None:
    from amp_desktop.ui.settings import Settings
    from tests.core.results.test_results_excel import COUNTS, results_rows
    from tests.core.results.test_results_report import results_catalogue

    window = make_window(results_catalogue(tmp_path / "r.amp", tmp_path))
    settings = Settings()
    liten = []
    for exact in (False, True):  # File → Preferences → Exact figures in printouts
        settings.exact_figures = exact
        workbook = tmp_path / f"export-{exact}.xlsx"
        dialog_answers.replies["save_file"] = str(workbook)
        window.export_action.trigger()
        header, rows = results_rows(workbook)
        liten.append([rows["Liten"][header.index(name)] for name in COUNTS])
    assert liten[0] == ["<5"] * 4
    assert all(isinstance(n, int) and 0 < n < 5 for n in liten[1]), liten[1]
