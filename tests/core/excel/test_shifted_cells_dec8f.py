"""A referral or participant list whose row is shifted by a column (a person's identity
number or name in the gender or date column) never repeats them in the preview; a
gender written as a placeholder ("-", "?", "n/a") is not stated, as an empty cell."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.participant_values import gender_of
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date
DAY = dt.datetime(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "gender"),
    [("-", ""), ("?", ""), ("n/a", ""), ("Icke-binär", ""), ("Kv", "K"), ("Q", None), ("x", None)],
)
def test_a_gender_placeholder_is_not_stated(text: str, gender: str | None) -> None:
    assert gender_of(text) == gender


def test_a_participant_with_a_dash_for_gender_is_counted(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [
        ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"],
        ["19850312-2387", "Atlas", D(2025, 3, 1), D(2025, 4, 30), "Arbete", "-"],
        ["9001011239", "Krami", D(2025, 3, 1), None, None, "?"],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message, p.blocking) for p in preview.problems] == [
        (
            "Deltagare!F2",
            "Gender: “-” (1), “?” (1) counted as not stated (AMP keeps K, M).",
            False,
        )
    ]
    assert preview.summary[0] == "2 enrolments read, covering 2025-03 … 2025-04."


def test_the_gender_line_names_no_one_and_reads_genders_as_amp_does(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["Anvisningsdatum", "Insats", "Kön", "Anvisande part"],
        [DAY, "Atlas", "K", "AF"],
        [DAY, "Krami", "Kvinna", "AF"],
        [DAY, "Krami", "19850312-2387", "AF"],  # shifted: an identity number
        [DAY, "Krami", "Anna Andersson", "AF"],  # shifted: a name
        [DAY, "Atlas", "-", "AF"],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert "Gender: K: 2, […]: 1, […] […]: 1, –: 1" in preview.summary
    assert main(["import", str(example_path), str(path), "--json", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Andersson" not in out and "850312" not in out
    assert json.loads(out)["notes"]


def test_a_gender_line_of_many_texts_names_ten(example_path: Path, tmp_path: Path) -> None:
    rows = [["Anvisningsdatum", "Insats", "Kön", "Anvisande part"]]
    rows += [[DAY, "Atlas", f"Kod {n:02d}", "AF"] for n in range(25)]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    [line] = [s for s in preview.summary if s.startswith("Gender: ")]
    assert line.count(":") == 12 and line.endswith("…: 15")


def test_a_name_in_a_date_cell_is_masked_in_its_problem(example_path: Path, tmp_path: Path) -> None:
    rows = [
        ["Anvisningsdatum", "Insats", "Anvisande part"],
        [DAY, "Atlas", "AF"],
        ["Anna Andersson", "Atlas", "AF"],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Anvisningar": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Anvisningar!A3", "Date: write the date as YYYY-MM-DD. ([…] […])")
    ]
