"""A hand-made participant list with a person's cells merged over the rows of their
enrolments: each row is read with the merged cell's value (Excel keeps it in the first
row only), and a row continuing the one above is a problem at its own cell, never an
empty row dropped unseen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel import participant_sheet
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest
from tests.participant_lists import write_sheets

D = dt.date
HEADER = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
ANNA = "19850312-2387"  # a woman born in 1985
BO = ["9001011239", "Bo Berg", "Atlas", D(2024, 2, 1), None, None]


def _list(tmp_path: Path, rows: list[list[Any]], merged: list[str]) -> Path:
    return write_sheets(tmp_path / "l.xlsx", {"Deltagare": [HEADER, *rows]}, {"Deltagare": merged})


def _cells(preview: Any, programme_id: int) -> list[tuple[Any, ...]]:
    assert preview.results is not None
    return [cell for cell in preview.results.after if cell[0] == programme_id]


def test_a_person_merged_over_two_enrolments_is_the_person_of_both(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [
        [ANNA, "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 2, 28), "Arbete"],
        [None, None, "Krami", D(2024, 3, 1), D(2024, 4, 30), "Studier"],
        BO,
    ]
    path = _list(tmp_path, rows, ["A2:A3", "B2:B3"])
    with Catalogue.open(example_path) as catalogue:
        krami = catalogue.find("Krami")
        assert krami is not None and krami.id is not None
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert preview.summary[0] == "3 enrolments read, covering 2024-01 … 2024-04."
    krami_cells = _cells(preview, krami.id)
    assert krami_cells and {(c[2], c[4]) for c in krami_cells} == {("K", "30-49")}
    assert (
        "Cells merged over several rows were read as holding their value in each of those "
        "rows (A2:A3, B2:B3): check that each row is one enrolment." in preview.summary
    )
    assert ANNA not in str(preview.to_json()) and "Andersson" not in str(preview.to_json())


def test_a_programme_merged_over_its_rows_is_each_rows_programme(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [
        [ANNA, "Anna Andersson", "Krami", D(2024, 1, 15), D(2024, 2, 28), "Arbete"],
        ["9001011239", "Bo Berg", None, D(2024, 2, 1), None, None],
        ["19900202-2383", "Cecilia Dahl", None, D(2024, 3, 1), None, None],
    ]
    path = _list(tmp_path, rows, ["C2:C4"])
    with Catalogue.open(example_path) as catalogue:
        krami = catalogue.find("Krami")
        assert krami is not None and krami.id is not None
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert preview.results_summary == [
        {"programme": "Krami", "participants": [0, 3], "starts": [0, 3], "exits": [0, 1]}
    ]


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        # The programme and person merged; the end and reason written on the row below.
        ([None, None, None, None, D(2024, 4, 30), "Arbete"], ["A2:A3", "B2:B3", "C2:C3"]),
        # Everything but the reason merged: one start over both rows.
        (
            [None, None, None, None, None, "Arbete"],
            ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3"],
        ),
    ],
    ids=["end-below", "reason-below"],
)
def test_a_row_continuing_the_one_above_is_a_problem_at_its_cell(
    example_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    second: list[Any],
    merged: list[str],
) -> None:
    first = [ANNA, "Anna Andersson", "Atlas", D(2024, 1, 15), None, None]
    if "E2:E3" in merged:
        first[4] = D(2024, 4, 30)
    path = _list(tmp_path, [first, second, BO], merged)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message, p.blocking) for p in preview.problems] == [
        ("Deltagare!D3", "the start date is empty.", True)
    ]
    assert any(note.startswith("Cells merged over several rows") for note in preview.summary)
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(path)]) == 1
    assert "Deltagare!D3" in capsys.readouterr().out
    assert file_digest(example_path) == before


def test_an_ordinary_list_is_not_looked_at_for_merged_cells(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unread(*_args: object) -> list[tuple[int, int, int]]:
        raise AssertionError("the sheet's XML was read for merged cells")

    monkeypatch.setattr(participant_sheet, "_merged_ranges", unread)
    rows = [[ANNA, "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 2, 28), "Arbete"], BO]
    path = _list(tmp_path, rows, ["B2:B3"])  # (a name merged alone loses nothing)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert not any("merged" in note for note in preview.summary)


def test_a_spacer_row_inside_a_merged_programme_is_left_empty(
    example_path: Path, tmp_path: Path
) -> None:
    """The review of 8 December: a programme merged over its rows and a blank spacer
    row below them filled the spacer too, which then stopped the import for its empty
    start date; a row with nothing else in it stays an empty row."""
    rows = [
        [ANNA, "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 2, 28), "Arbete"],
        ["9001011239", "Bo Berg", None, D(2024, 3, 1), None, None],
        [None, None, None, None, None, None],  # a spacer, inside the merged range
        ["8501011236", "Cia Ek", "Krami", D(2024, 3, 5), None, None],
    ]
    path = _list(tmp_path, rows, ["C2:C4"])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems == [] and not preview.blocking
    assert preview.summary[0] == "3 enrolments read, covering 2024-01 … 2024-03."
