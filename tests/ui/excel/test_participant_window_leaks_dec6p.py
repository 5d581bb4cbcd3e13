"""The window's import of a participant list with an identity number in a programme
cell and in the file's name, and a listed name in an exit reason AMP recognises:
shown masked, mapped as shown, applied (the file's name once stopped the apply: the
catalogue refused the change's description), and nothing of any in the catalogue's
folder after it."""

from __future__ import annotations

import datetime as dt

from amp_desktop.core.personal import MASK
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from tests.participant_lists import write_sheets
from tests.ui.excel.import_helpers import choose, texts

D = dt.date


def test_identity_numbers_in_a_programme_cell_and_the_file_name_never_stop_or_leak(
    qtbot, session: CatalogueSession, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["850101-1236", "Anna Svensson", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["9001011239", "Bertil Lindqvist", "Atlas 850101-1236", D(2024, 1, 9), D(2024, 3, 1),
         "Flyttade – Anna Svensson"],
    ]  # fmt: skip
    path = write_sheets(tmp_path / "deltagare 19850101-1236.xlsx", {"L": [header, *rows]})
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert texts(dialog.match_model) == [f"Atlas {MASK}"]
    choose(dialog.unmatched_view, 0, 1, "Atlas")
    qtbot.waitUntil(lambda: not dialog.preview.unmatched)
    assert dialog.preview.reasons == {"Arbete": "Work", f"Flyttade – {MASK} {MASK}": "Interrupted"}
    dialog.next_button.click()
    with qtbot.waitSignal(session.changed):  # (the file's name holds one too)
        dialog.apply_button.click()
    assert session.undo_stack.count() == 1
    session.catalogue.close()
    folder = session.catalogue.path.parent
    data = b"".join(
        p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.suffix != ".xlsx"
    )
    for text in (
        "850101-1236",
        "19850101",
        "8501011236",
        "9001011239",
        "Anna",
        "Svensson",
        "Bertil",
    ):
        assert text.encode() not in data and text.encode("utf-16-le") not in data, text
