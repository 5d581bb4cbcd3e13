"""The participant-list import as a unit head works through it: wordings and names to
map keep their places while the choices are made, a category is chosen from the
keyboard, and the same list imported again is said to change nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.reason_choices import ExitReasonModel
from tests.participant_lists import participant_rows, write_list, write_sheets
from tests.ui.excel.import_helpers import choose, texts

HEADER = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]


def _dialog(qtbot, session: CatalogueSession, path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    return dialog


def _odd_list(tmp_path: Path) -> Path:
    """Three wordings AMP does not know and two programme names not in the catalogue."""
    day = dt.date(2025, 3, 1)
    rows = [
        ["Atlas", day, dt.date(2025, 4, 1), "Anställd hos Volvo", "K"],
        ["Atlas", day, dt.date(2025, 4, 2), "Bytt kommun", "M"],
        ["C2C", day, dt.date(2025, 4, 3), "Praktik klar", "K"],
        ["Atlas Ungdom", day, dt.date(2025, 4, 4), "Studier", "M"],
        ["Krami Väst", day, dt.date(2025, 4, 5), "Studier", "K"],
    ]
    return write_sheets(tmp_path / "udda.xlsx", {"Deltagare": [HEADER, *rows]})


def _wordings(dialog: ImportDialog) -> list[str]:
    return texts(dialog.reason_model, ExitReasonModel.COL_WORDING)


def test_a_wording_keeps_its_place_once_its_category_is_chosen(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session, _odd_list(tmp_path))
    before = _wordings(dialog)
    assert before == ["Anställd hos Volvo", "Bytt kommun", "Praktik klar"]
    choose(dialog.reason_view, 2, ExitReasonModel.COL_CATEGORY, "completed")
    qtbot.waitUntil(lambda: "Praktik klar" in dialog.reason_model.reasons())
    qtbot.waitUntil(lambda: not any("Praktik klar" in p.message for p in dialog.preview.problems))
    # The row just chosen did not jump to the top: the next pick lands where it is aimed.
    assert _wordings(dialog) == before
    choose(dialog.reason_view, 1, ExitReasonModel.COL_CATEGORY, "interrupted")
    qtbot.waitUntil(lambda: len(dialog.reason_model.reasons()) == 2)
    assert _wordings(dialog) == before
    assert dialog.reason_model.reasons() == {
        "Praktik klar": "completed",
        "Bytt kommun": "interrupted",
    }


def test_a_programme_name_keeps_its_place_once_it_is_matched(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session, _odd_list(tmp_path))
    assert texts(dialog.match_model) == ["Atlas Ungdom", "Krami Väst"]
    choose(dialog.unmatched_view, 1, 1, "Krami")
    qtbot.waitUntil(lambda: dialog.match_model.programme_map() == {"Krami Väst": "Krami"})
    qtbot.waitUntil(lambda: "Krami Väst" not in dialog.preview.unmatched)
    assert texts(dialog.match_model) == ["Atlas Ungdom", "Krami Väst"]
    assert dialog.match_model.index(1, 1).data() == "Krami"


def test_the_same_list_again_is_said_to_change_nothing(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    workbook = write_list(tmp_path / "deltagare.xlsx", participant_rows(["Atlas", "C2C"], 120))
    first = _dialog(qtbot, session, workbook)
    assert "to replace for 2 programmes" in first.changes_label.text()
    first.show_page(1)
    first.apply()
    again = _dialog(qtbot, session, workbook)
    assert again.changes_label.text() == (
        "AMP holds these results already, 2025-01 to 2025-12: "
        "importing the list again changes nothing."
    )
    again.show_page(1)
    again.apply()
    assert session.undo_stack.count() == 1  # (and nothing was written)


def test_an_updated_list_is_not_said_to_change_nothing(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = participant_rows(["Atlas", "C2C"], 120)
    first = _dialog(qtbot, session, write_list(tmp_path / "a.xlsx", rows))
    first.show_page(1)
    first.apply()
    rows[5][5] = "Studier" if rows[5][5] != "Studier" else "Arbete utan stöd"
    rows[5][4] = rows[5][4] or dt.date(2025, 12, 20)
    updated = _dialog(qtbot, session, write_list(tmp_path / "b.xlsx", rows))
    assert "changes nothing" not in updated.changes_label.text()
    assert "to replace for 2 programmes" in updated.changes_label.text()


# Showing a drop-down's list: the offscreen platform can neither raise nor grab.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_category_is_chosen_with_the_keyboard(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session, _odd_list(tmp_path))
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.reason_view
    view.setFocus()
    view.setCurrentIndex(dialog.reason_model.index(0, ExitReasonModel.COL_CATEGORY))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.indexWidget(view.currentIndex())
    assert isinstance(combo, QComboBox)
    # F2 opens the list, as a click does: the arrow keys go through the categories
    # without choosing each on the way (each choice reads the workbook again).
    assert combo.view().isVisible()
    for _ in range(4):  # (choose…), work, subsidised work, municipal job, studies
        qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    assert dialog.reason_model.reasons() == {}
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.reason_model.reasons() == {"Anställd hos Volvo": "studies"})
    assert dialog.pages.currentIndex() == 0  # Return chose; it did not also go on


def test_importing_the_same_list_again_does_not_name_another_step(  # type: ignore[no-untyped-def]
    make_window, example_path, tmp_path, dialog_answers
) -> None:
    """File → Import of a list already in AMP: nothing changes, and the status bar does
    not say "Imported: Edit places of OSA" (the undo step before it)."""
    from amp_desktop.core.store import ChangeSet, ProgrammeChange

    window = make_window(example_path)
    workbook = write_list(tmp_path / "deltagare.xlsx", participant_rows(["Atlas", "C2C"], 80))

    def apply(dialog: ImportDialog) -> int:
        dialog.show_page(1)
        dialog.apply_button.click()
        return dialog.result()

    dialog_answers.replies["open_file"] = str(workbook)
    dialog_answers.replies["modal"] = apply
    assert window.import_from_excel()
    assert window.statusBar().currentMessage() == "Imported: Import deltagare.xlsx"
    session = window.current_session()
    osa = session.catalogue.find("OSA")
    edit = ProgrammeChange(osa.id, osa, osa.replace(places=61))
    session.run(ChangeSet("Edit places of OSA", (edit,)))
    window.show_status("")
    assert not window.import_from_excel()  # nothing to import
    assert "Edit places of OSA" not in window.statusBar().currentMessage()
    assert session.undo_stack.count() == 2


def test_a_cancelled_reading_unticks_replace_every_month_again(qtbot, session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ticking "Replace every month…" reads the list again; Cancel in that reading left
    the box ticked over a preview read without it, and Apply imported it without."""
    from amp_desktop.ui import tasks
    from tests.ui.excel.test_import_models import CancellingExecutor

    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    running = [["Atlas", dt.date(2024, 1, d), None, None] for d in (8, 9, 10)]
    first = _dialog(qtbot, session, write_sheets(tmp_path / "a.xlsx", {"L": [header, *running]}))
    first.show_page(1)
    first.apply()
    dialog = _dialog(
        qtbot, session, write_sheets(tmp_path / "b.xlsx", {"L": [header, *running[:2]]})
    )
    dialog.show_page(1)
    assert dialog.preview.refused
    with tasks.use_executor(CancellingExecutor(0)):
        dialog.every_month.setChecked(True)
    assert not dialog.every_month.isChecked()  # as the preview was read
    assert dialog.preview.refused and not dialog.apply_button.isEnabled()
    dialog.every_month.setChecked(True)  # and ticked again, it reads again
    assert not dialog.preview.refused and dialog.apply_button.isEnabled()
