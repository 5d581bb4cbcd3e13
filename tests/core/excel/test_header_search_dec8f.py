"""A list whose header is below a long title block (a case system's report heading, an
explanation above the table) is found; a sheet that starts with a table is not searched
further, and the message when no header is found says where AMP looked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.core.excel import read
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.read import find_header
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.excel.vocabulary import OTHER_SYNONYMS
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest
from tests.participant_lists import participant_rows, write_sheets

D = dt.date


@pytest.fixture(autouse=True, params=["calamine", "xml"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both readers of a list (as in test_referral_footers_dec4e.py)."""
    if request.param == "xml":
        from amp_desktop.core.excel import readers

        monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
        monkeypatch.setattr(readers, "HEAD_ROWS", 80)
        monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 7)
    return str(request.param)


def _title(lines: int) -> list[list[Any]]:
    """A report's heading: a title, its parameters, then lines of explanation."""
    head: list[list[Any]] = [
        ["Rapport: Deltagare i insatser"],
        ["Period:", "2024-01-01 – 2024-12-31"],
    ]
    head += [[f"Förklaring {n}: så läses tabellen nedan."] for n in range(lines - 3)]
    return [*head, []]


LISTS: dict[str, list[list[Any]]] = {
    "participants": [
        ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["19850312-2387", "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 4, 30), "Arbete"],
        ["9001011239", "Bo Berg", "Krami", D(2024, 2, 1), None, None],
    ],
    "referrals": [
        ["Anvisningsdatum", "Insats", "Anvisande part"],
        [dt.datetime(2024, 1, 10), "Atlas", "AF"],
        [dt.datetime(2024, 2, 10), "Krami", "AF"],
    ],
    "catalogue": [
        ["Insats", "Antal platser", "Budget (kr)"],
        ["Nytt A", 12, 500000],
        ["Nytt B", 8, 400000],
    ],
}


@pytest.mark.parametrize("kind", sorted(LISTS))
@pytest.mark.parametrize("lines", [35, 70])
def test_a_header_below_a_long_title_block_is_found(
    example_path: Path, tmp_path: Path, kind: str, lines: int
) -> None:
    title = _title(lines)
    path = write_sheets(tmp_path / "l.xlsx", {"Rapport": [*title, *LISTS[kind]]})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.header_row == len(title) + 1  # (1-based)
    assert not preview.problems, preview.problems
    if kind == "participants":
        assert preview.summary[0] == "2 enrolments read, covering 2024-01 … 2024-04."
    elif kind == "referrals":
        assert preview.summary[0] == "2 referrals counted into 2 monthly cells."
    else:
        assert sorted(p.name for p in preview.added) == ["Nytt A", "Nytt B"]


def test_a_header_on_two_rows_below_a_long_title_block_is_read_as_one(
    example_path: Path, tmp_path: Path
) -> None:
    title = _title(40)
    header = [
        ["Insats", "Platser", None, "Budget (kr)"],
        [None, "Antal platser", "Budgeterade platser", None],
    ]
    top = len(title) + 1
    path = write_sheets(
        tmp_path / "l.xlsx",
        {"Insatser": [*title, *header, ["Nytt A", 12, 10, 500000]]},
        merged={"Insatser": [f"A{top}:A{top + 1}", f"B{top}:C{top}", f"D{top}:D{top + 1}"]},
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.header_row == len(title) + 2  # the lower row (1-based)
    assert sorted(preview.mapping.values()) == [
        "annual_budget_sek",
        "budgeted_places",
        "name",
        "places",
    ]


def test_no_header_says_which_rows_were_searched_and_leaves_the_file(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [[f"Förklaring {n}"] for n in range(1200)] + LISTS["referrals"]
    path = write_sheets(tmp_path / "l.xlsx", {"Rapport": rows})
    before = file_digest(example_path)
    with Catalogue.open(example_path) as catalogue, pytest.raises(ExcelFileError) as raised:
        analyse(catalogue, path)
    message = str(raised.value)
    assert "no sheet has a header row AMP recognises" in message
    assert "first 30 rows" in message and "as far as row 1,000" in message
    assert "delete the rows above the list's header" in message
    assert "\n" not in message
    assert file_digest(example_path) == before


@pytest.mark.parametrize("kind", ["participants", "referrals"])
def test_a_chosen_kind_finds_a_header_below_a_title_block(
    example_path: Path, tmp_path: Path, kind: str
) -> None:
    title = _title(45)
    path = write_sheets(tmp_path / "l.xlsx", {"Rapport": [*title, *LISTS[kind]]})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, kind)
    assert preview.header_row == len(title) + 1  # (1-based)
    assert not preview.problems


def test_a_sheet_that_starts_with_a_table_is_not_searched_further(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An ordinary list looked at for another kind's header costs its first rows only:
    the header search below a title block stops at the first rows of a table."""
    rows = participant_rows(["Atlas", "Krami"], 5000)
    rows[0] = ["Kolumn"] * len(rows[0])  # no header AMP knows
    looked: list[object] = []
    real = read.match_header

    def counting(value: object, synonyms: dict[str, str]) -> str | None:
        looked.append(value)
        return real(value, synonyms)

    monkeypatch.setattr(read, "match_header", counting)
    assert find_header(rows, {"insats": "programme", "startdatum": "start"}, minimum=2) is None
    # 30 rows of 7 texts at most (dates are no text); not one row below them.
    assert len(looked) <= 30 * len(rows[0])
    looked.clear()
    sparse = [[f"Förklaring {n}"] for n in range(40)] + rows[1:]
    assert find_header(sparse, OTHER_SYNONYMS, minimum=2) is None
    # The title block and ten rows of the table below it, no more.
    assert len(looked) <= 40 + 10 * len(rows[0])
