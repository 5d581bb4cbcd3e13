"""A programme's goal for the share to work or studies: a catalogue field like any other —
read, checked, edited, undone, exported and imported, shown in `amp show --json` (#12.6)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.parse import ParseError, parse_share
from amp_desktop.core.rules import check_programme
from amp_desktop.core.tables.fields import display_text, edit_text, parse_text
from amp_desktop.ui.operations import CatalogueSession

GOAL = "goal_work_or_studies_share"


@pytest.mark.parametrize(
    ("text", "share"),
    [("48 %", 0.48), ("48%", 0.48), ("48", 0.48), ("0,48", 0.48), ("0.48", 0.48),
     ("48,5 %", 0.485), (0.48, 0.48), (48, 0.48), ("", None), (None, None), ("100 %", 1.0)],
)  # fmt: skip
def test_a_share_is_read_as_a_fraction(text, share) -> None:  # type: ignore[no-untyped-def]
    assert parse_share(text) == share


def test_a_share_outside_0_to_100_is_refused() -> None:
    for text in ("120 %", "-5 %", "abc"):
        with pytest.raises(ParseError):
            parse_share(text)


def test_the_field_round_trips_through_its_text_and_the_rules(example) -> None:  # type: ignore[no-untyped-def]
    assert edit_text(GOAL, 0.48) == "48%"
    assert parse_text(GOAL, edit_text(GOAL, 0.485)) == 0.485
    assert display_text(GOAL, 0.48) == "48.0%"
    assert display_text(GOAL, None) == ""
    krami = example.find("Krami")
    assert krami.goal_work_or_studies_share is None  # nothing is guessed
    assert [v.field for v in check_programme(krami.replace(**{GOAL: 1.5}))] == [GOAL]


def test_the_goal_is_stored_undone_and_in_amp_show(example, example_path, capsys) -> None:  # type: ignore[no-untyped-def]
    session = CatalogueSession(example)
    krami = example.find("Krami")
    session.run(lambda c: c.update_programme(krami.replace(**{GOAL: 0.48})))
    assert example.find("Krami").goal_work_or_studies_share == 0.48
    log = example.change_log(krami.id, limit=5)
    assert any(entry["field"] == GOAL and entry["new"] == "0.48" for entry in log)
    session.undo_stack.undo()
    assert example.find("Krami").goal_work_or_studies_share is None
    session.undo_stack.redo()
    example.close()
    capsys.readouterr()
    assert main(["show", str(example_path), "Krami", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[GOAL] == 0.48


def test_the_goal_round_trips_through_excel(example, tmp_path) -> None:  # type: ignore[no-untyped-def]
    krami = example.find("Krami")
    example.update_programme(krami.replace(**{GOAL: 0.48}))
    path = export_workbook(example, tmp_path / "a.xlsx")
    assert analyse(example, path).changeset("x").is_empty()
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Goal: share to work or studies")
    for row in ws.iter_rows(min_row=2):
        if row[1].value == "Krami":
            row[column].value = "52 %"
    wb.save(path)
    preview = analyse(example, path)
    changes = [c for c in preview.field_changes() if c["field"] == GOAL]
    assert changes == [{"programme": "Krami", "field": GOAL, "old": "0.48", "new": "0.52"}]
