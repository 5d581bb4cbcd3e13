"""The window's import of a participant list without a names column whose file name
holds a person's name: the undo step and the change log name the file with the name
masked, and nothing of it is in the catalogue's folder after it."""

from __future__ import annotations

import datetime as dt

from amp_desktop.core.personal import MASK
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from tests.participant_lists import write_sheets

D = dt.date


def test_a_name_in_the_file_name_is_masked_in_the_undo_step_and_the_change_log(
    qtbot, session: CatalogueSession, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["Atlas", D(2024, 1, 9), D(2024, 3, 1), "Flyttade – Anna Svensson"],
    ]
    path = write_sheets(tmp_path / "Deltagare Anna Svensson.xlsx", {"L": [header, *rows]})
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview.reasons == {"Arbete": "Work", f"Flyttade – {MASK} {MASK}": "Interrupted"}
    dialog.next_button.click()
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert session.undo_stack.count() == 1
    step = session.undo_stack.text(0)
    assert "Anna" not in step and "Svensson" not in step, step
    logged = [entry["description"] for entry in session.catalogue.change_log()]
    assert f"Import Deltagare {MASK} {MASK}.xlsx" in logged
    session.catalogue.close()
    folder = session.catalogue.path.parent
    data = b"".join(p.read_bytes() for p in folder.rglob("*.amp*") if p.is_file())
    for text in ("Anna", "Svensson"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data, text
