"""A programme sheet whose header is written on two rows (merged titles) is read as one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.header_rows import two_row_header
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest


def _workbook(path: Path, rows: list[list[Any]], merged: list[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Insatser"
    for row in rows:
        ws.append(row)
    for cells in merged:
        ws.merge_cells(cells)
    wb.save(path)
    return path


#: "Platser" merged over two sub-titles; "Insats" and "Anvisning" merged down.
GROUPED_FIRST = [
    ["Insats", "Platser", None, "Budget (kr)", "Anvisning"],
    [None, "Antal platser", "Budgeterade platser", None, None],
]
#: The upper row the group row, the lower one naming more of the columns.
GROUPED_BELOW = [
    ["Insats", "Platser", None, "Ekonomi", None, "Anvisning"],
    [None, "Antal platser", "Budgeterade platser", "Budget (kr)", "Finansiering", None],
]
DATA = [["Nytt A", 12, 10, 500000, "AF"], ["Nytt B", 8, 6, 400000, "SKE"]]


@pytest.mark.parametrize(
    ("header", "merged", "data"),
    [
        (GROUPED_FIRST, ["A1:A2", "B1:C1", "D1:D2", "E1:E2"], DATA),
        (
            GROUPED_BELOW,
            ["A1:A2", "B1:C1", "D1:E1", "F1:F2"],
            [[*row[:4], "Kommunen", row[4]] for row in DATA],
        ),
    ],
    ids=["group-row-names-most", "sub-title-row-names-most"],
)
def test_a_header_on_two_rows_is_read_as_one(
    catalogue_path: Path, tmp_path: Path, header: list[list[Any]], merged: list[str], data: Any
) -> None:
    path = _workbook(tmp_path / "insatser.xlsx", [*header, *data], merged)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "catalogue"
    assert preview.problems == []
    assert preview.header_row == 2
    fields = set(preview.mapping.values())
    assert {"name", "places", "budgeted_places", "annual_budget_sek", "referral_sources"} <= fields
    got = {p.name: (p.places, p.budgeted_places, p.annual_budget_sek) for p in preview.added}
    assert got == {"Nytt A": (12, 10, 500000), "Nytt B": (8, 6, 400000)}
    assert [[s.source for s in p.sources] for p in preview.added] == [["AF"], ["SKE"]]


def test_the_command_line_imports_it_and_names_the_titles(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(
        tmp_path / "insatser.xlsx", [*GROUPED_FIRST, *DATA], ["A1:A2", "B1:C1", "D1:D2", "E1:E2"]
    )
    before = file_digest(catalogue_path)
    assert main(["import", str(catalogue_path), str(path), "--json", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["header_row"] == 2 and data["problems"] == []
    assert data["mapping"]["Insats"] == "name"
    assert data["mapping"]["Budgeterade platser"] == "budgeted_places"
    assert file_digest(catalogue_path) == before
    assert main(["import", str(catalogue_path), str(path)]) == 0
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        assert {p.name: p.budgeted_places for p in catalogue.programmes()} == {
            "Nytt A": 10,
            "Nytt B": 6,
        }


def test_a_title_row_or_a_first_row_of_data_is_not_joined_to_the_header() -> None:
    header = ["Namn", "Antal platser", "Anvisning"]
    title = ["Insatser 2026", None, None, "Budget 2026"]  # one field: a title
    assert two_row_header([title, header, ["Atlas", 30, "AF"]]) is None
    texts = ["Atlas", "Platser", "AF"]  # a row of text under a header: data
    assert two_row_header([header, texts]) is None
