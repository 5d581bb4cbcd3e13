"""A programme cell holding only a placeholder ("-", "—", "–", "?", "..", "n/a", "x")
names no programme: a catalogue row so named is skipped with a note at its cell, a
referral or participant row is a problem at its cell (as an empty programme is), and
none is offered for mapping — unless the catalogue has a programme so named or coded."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.programme_match import names_no_programme
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest
from tests.participant_lists import write_sheets

D = dt.date
PLACEHOLDERS = ["-", "—", "–", "?", "..", "n/a", "N/A", "x", " - ", "Saknas"]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_a_placeholder_names_no_programme(text: str) -> None:
    assert names_no_programme(text)


@pytest.mark.parametrize("text", ["Atlas", "X-jobb", "Okänd", "SKE-Rehab", "Nytt A", "?Rusta"])
def test_a_name_is_no_placeholder(text: str) -> None:
    assert not names_no_programme(text)


def _catalogue_sheet(tmp_path: Path, name: str) -> Path:
    rows: list[list[Any]] = [
        ["Insats", "Antal platser", "Budget (kr)", "Anvisning"],
        ["Nytt A", 12, 500000, "AF"],
        [name, 8, 400000, "AF"],
        ["Nytt B", 6, 300000, "SKE"],
    ]
    return write_sheets(tmp_path / "katalog.xlsx", {"Insatser": rows})


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_a_catalogue_row_named_only_by_a_placeholder_is_skipped_at_its_cell(
    example_path: Path, tmp_path: Path, text: str
) -> None:
    path = _catalogue_sheet(tmp_path, text)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert sorted(p.name for p in preview.added) == ["Nytt A", "Nytt B"]
    assert not preview.problems
    [skipped] = preview.skipped_rows
    assert (skipped.where, skipped.text) == ("Insatser!A3", text.strip())
    assert "names no programme; the row was skipped" in skipped.reason
    assert preview.to_json()["skipped_rows"][0]["cell"] == "A3"


def test_the_cli_imports_the_catalogue_without_the_dash_row(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _catalogue_sheet(tmp_path, "-")
    assert main(["import", str(example_path), str(path)]) == 0
    out = capsys.readouterr().out
    assert "skipped: Insatser!A3: the name cell says only “-”" in out
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()]
    assert "-" not in names and {"Nytt A", "Nytt B"} <= set(names)


def test_a_programme_the_catalogue_has_by_that_name_is_still_matched(
    example_path: Path, tmp_path: Path
) -> None:
    with Catalogue.open(example_path) as catalogue:
        atlas = catalogue.find("Atlas")
        assert atlas is not None
        catalogue.update_programme(atlas.replace(name="x"))
        preview = analyse(catalogue, _catalogue_sheet(tmp_path, "x"))
    assert preview.skipped_rows == []
    assert [after.places for _before, after in preview.changed] == [8]


REFERRALS = [
    ["Anvisningsdatum", "Insats", "Anvisande part"],
    [dt.datetime(2024, 1, 10), "Atlas", "AF"],
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_a_referral_without_a_programme_named_is_a_problem_at_its_cell(
    example_path: Path, tmp_path: Path, text: str
) -> None:
    rows = [
        *REFERRALS,
        [dt.datetime(2024, 1, 11), text, "AF"],
        [dt.datetime(2024, 2, 1), text, "AF"],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.unmatched == []  # nothing offered for mapping
    assert [(p.where, p.blocking) for p in preview.problems] == [("Anvisningar!B3", True)]
    assert preview.problems[0].message == (
        f"“{text.strip()}” names no programme (2 referrals); they were not counted: write "
        "the programme's name or short code in the cells."
    )
    assert preview.summary[0] == "1 referral counted into 1 monthly cell."


def test_an_empty_programme_in_a_referral_list_is_a_problem_not_a_name_to_map(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [*REFERRALS, [dt.datetime(2024, 1, 11), None, "AF"]]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    before = file_digest(example_path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.unmatched == []
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Anvisningar!B3", "the programme is empty (1 referral); it was not counted.")
    ]
    assert file_digest(example_path) == before


def test_a_referral_cli_json_names_the_cell_not_a_programme_to_map(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [*REFERRALS, [dt.datetime(2024, 1, 11), "—", "AF"]]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(path), "--json"]) != 0
    data = json.loads(capsys.readouterr().out)
    assert [p["cell"] for p in data["problems"]] == ["B3"]
    assert data["unmatched_programmes"] == []
    assert "names no programme" in data["problems"][0]["message"]
    assert file_digest(example_path) == before


PARTICIPANTS = [
    ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
    ["19850312-2387", "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 4, 30), "Arbete"],
]


@pytest.mark.parametrize("text", PLACEHOLDERS)
def test_an_enrolment_without_a_programme_named_is_a_problem_at_its_cell(
    example_path: Path, tmp_path: Path, text: str
) -> None:
    rows = [*PARTICIPANTS, ["9001011239", "Bo Berg", text, D(2024, 2, 1), None, None]]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.unmatched == []
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Deltagare!C3", "the programme is empty.")
    ]
    assert preview.summary[0] == "1 enrolment read, covering 2024-01 … 2024-04."


def test_a_participant_programme_coded_x_in_the_catalogue_is_matched(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [*PARTICIPANTS, ["9001011239", "Bo Berg", "X", D(2024, 2, 1), None, None]]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    with Catalogue.open(example_path) as catalogue:
        krami = catalogue.find("Krami")
        assert krami is not None
        catalogue.update_programme(krami.replace(code="X"))
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert preview.summary[0] == "2 enrolments read, covering 2024-01 … 2024-04."
