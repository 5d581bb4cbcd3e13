"""A second look at telling a participant list from a catalogue (7 December): a case
system's participant list with a target-group column is still a participant list."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.excel.importer import analyse
from tests.participant_lists import write_sheets

D = dt.date


@pytest.mark.parametrize("title", ["Målgrupp", "Målgrupp insats", "Target group"])
def test_a_participant_list_with_a_target_group_column_is_read_as_one(example, tmp_path, title):
    """A catalogue's start and end dates made the target group a catalogue's column:
    such a list was refused as "a list of referrals" with identity numbers."""
    header = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", title]
    rows = [
        ["850101-1236", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete", "Unga 18-24"],
        ["9001011239", "C2C", D(2024, 1, 9), None, None, "Försörjningsstöd"],
    ]
    path = write_sheets(tmp_path / "deltagare.xlsx", {"Deltagare": [header, *rows]})
    preview = analyse(example, path)
    assert preview.kind == "participants"
    assert not [p for p in preview.problems if p.blocking]
