"""The import window shows a skipped row by its cell and what the cell says, as the
CLI's JSON does: identity numbers masked; a reason that already quotes the cell is
not repeated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from amp_desktop.core.excel.preview import ImportPreview, SkippedRow
from amp_desktop.core.personal import MASK
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.excel.preview_text import notes_of
from amp_desktop.ui.operations import CatalogueSession
from tests.participant_lists import write_sheets
from tests.ui.excel.import_helpers import texts

D = dt.date
FOOTER = "Utskrivet 2024-05-01 av Handläggare, 19850312-2387"


def _dialog(qtbot: Any, session: CatalogueSession, path: Path) -> ImportDialog:
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_skipped_footer_is_shown_with_its_text_masked(
    qtbot: Any, session: CatalogueSession, tmp_path: Path
) -> None:
    rows = [
        ["Anvisningsdatum", "Insats", "Anvisande part"],
        [dt.datetime(2024, 1, 10), "Atlas", "AF"],
        [dt.datetime(2024, 1, 11), "Krami", "AF"],
        [FOOTER, None, None],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    dialog = _dialog(qtbot, session, path)
    shown = f"Anvisningar!A4 “Utskrivet 2024-05-01 av Handläggare, {MASK}”: a footer line, not a referral."
    assert shown in texts(dialog.problems_model)
    assert dialog.preview.to_json()["skipped_rows"][0]["text"] in shown  # as the CLI's JSON
    assert "19850312" not in " ".join(texts(dialog.problems_model))


def test_a_skipped_enrolment_footer_is_shown_with_its_text_masked(
    qtbot: Any, session: CatalogueSession, tmp_path: Path
) -> None:
    rows = [
        ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["9001011239", "Bo Berg", "Atlas", D(2024, 2, 1), None, None],
        [None, None, FOOTER, None, None, None],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    dialog = _dialog(qtbot, session, path)
    notes = texts(dialog.problems_model)
    assert (
        f"Deltagare!C3 “Utskrivet 2024-05-01 av Handläggare, {MASK}”: a footer line, not an "
        "enrolment." in notes
    )
    assert "19850312" not in " ".join(notes)
    assert "19850312" not in str(dialog.preview.to_json())


def test_a_dash_row_of_a_catalogue_is_shown_once_by_its_cell(
    qtbot: Any, session: CatalogueSession, tmp_path: Path
) -> None:
    rows = [["Insats", "Antal platser", "Budget (kr)"], ["Nytt A", 12, 500000], ["-", 8, 400000]]
    path = write_sheets(tmp_path / "k.xlsx", {"Insatser": rows})
    dialog = _dialog(qtbot, session, path)
    assert (
        "Insatser!A3: the name cell says only “-”, which names no programme; the row was "
        "skipped (write the programme's name in it to import it)." in texts(dialog.problems_model)
    )
    assert [p.name for p in dialog.preview.added] == ["Nytt A"]


def test_a_long_skipped_text_is_cut_and_said_on_one_line() -> None:
    preview = ImportPreview("referrals", "Blad1")
    long = "Utskrivet\nav " + "x" * 200
    preview.skipped_rows.append(SkippedRow("Blad1!A9", long, "a footer line, not a referral."))
    [note] = notes_of(preview)
    assert "\n" not in note and note.startswith("Blad1!A9 “Utskrivet av xxx")
    assert "…”: a footer line, not a referral." in note and len(note) < 130
