"""Referral and participant lists as case systems (Treserva, Viva, Procapita, Lifecare)
export them: Swedish headers, dates as text or serial numbers, report footers with
totals, counts, page numbers and subtotals below the rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date
HEADER = ["Beslutsdatum", "Personnr", "Insats", "Anvisande part"]


@pytest.fixture(autouse=True, params=["calamine", "xml"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both readers of a list (as in test_referral_footers_dec4e.py)."""
    if request.param == "xml":
        from amp_desktop.core.excel import readers

        monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
        monkeypatch.setattr(readers, "HEAD_ROWS", 60)
        monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 3)
    return str(request.param)


def _referrals(tmp_path: Path, *below: list[Any], date: Any = None) -> Path:
    first = date if date is not None else dt.datetime(2025, 3, 1)
    rows = [
        HEADER,
        [first, "19850312-2387", "Atlas", "AF"],
        [first, "9001011239", "Krami", "AF"],
        *below,
    ]
    return write_sheets(tmp_path / "l.xlsx", {"Rapport": rows})


@pytest.mark.parametrize(
    "footer",
    [
        ["Totalt antal: 2", None, None, None],
        ["Totalt: 2", None, None, None],
        ["Summa: 2", None, None, None],
        ["Totalt 2 rader", None, None, None],
        ["Sida 1 av 1", None, None, None],
        ["Rapportdatum 2025-04-01", None, None, None],
        ["Urval: Insats = alla", None, None, None],
        [None, None, "Totalt antal anvisningar: 2", None],
        [2, None, "Summa", None],  # the count in the date column
        ["Totalt", None, 2, None],  # the count in the programme column
    ],
)
def test_a_report_footer_is_skipped_and_listed(
    example_path: Path, tmp_path: Path, footer: list[Any]
) -> None:
    path = _referrals(tmp_path, [None] * 4, footer)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems == [], preview.problems
    assert preview.summary[0] == "2 referrals counted into 2 monthly cells."
    label = next(v for v in footer if isinstance(v, str))
    assert [(r.text, r.reason) for r in preview.skipped_rows] == [
        (label, "a footer line, not a referral.")
    ]


def test_subtotals_of_programmes_are_skipped_a_total_of_another_name_is_not(
    example_path: Path, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        [dt.datetime(2025, 3, 1), "19850312-2387", "Atlas", "AF"],
        [None, None, "Summa Atlas", None],
        [dt.datetime(2025, 3, 2), "9001011239", "Krami", "AF"],
        [None, None, "Totalt för Krami", None],
        [None, None, "Summa Jobbcentrum", None],  # no such programme: a row to look at
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Rapport": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [r.where for r in preview.skipped_rows] == ["Rapport!C3", "Rapport!C5"]
    assert [p.where for p in preview.problems] == ["Rapport!A6"]


@pytest.mark.parametrize(
    "date",
    ["2025-03-01", "2025-03-01 00:00:00", "2025-03-01T00:00:00", "20250301", 45717],
    ids=["iso-text", "iso-time", "iso-T", "compact", "excel-serial"],
)
def test_dates_written_as_text_or_serials_are_read(
    example_path: Path, tmp_path: Path, date: Any
) -> None:
    path = _referrals(tmp_path, ["Totalt: 2", None, None, None], date=date)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert {c.key.month for c in preview.demand} == {"2025-03"}


@pytest.mark.parametrize("date", ["1/3/2025", "01.03.2025", "45717"])
def test_a_date_in_an_order_amp_does_not_guess_is_a_problem_naming_it(
    example_path: Path, tmp_path: Path, date: str
) -> None:
    path = _referrals(tmp_path, date=date)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Rapport!A2", f"Date: write the date as YYYY-MM-DD. ({date})")
    ]
    assert preview.demand == []


PARTICIPANTS = [
    ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
    ["19850312-2387", "Anna Andersson", "Atlas", D(2025, 3, 1), D(2025, 4, 30), "Arbete"],
    ["9001011239", "Bo Berg", "Krami", D(2025, 3, 1), None, None],
]


@pytest.mark.parametrize(
    "row",
    [
        ["19900202-2383", "Cecilia Dahl", None, None, D(2025, 4, 30), "Arbete"],
        [None, None, None, None, None, "Studier"],
        [None, None, None, None, D(2025, 4, 30), None],
    ],
    ids=["end-and-reason", "reason-only", "end-only"],
)
def test_a_row_with_an_end_or_a_reason_but_no_programme_is_a_problem_not_dropped(
    example_path: Path, tmp_path: Path, row: list[Any]
) -> None:
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": [*PARTICIPANTS, row]})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Deltagare!D4", "the start date is empty.")
    ]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (20250301, 20250430),  # a date written as a number, as some exports do
        ("2025-03-01", "2025-04-30"),
        ("20250301", "20250430"),
        (45717, 45777),  # Excel's day numbers
        ("2025-03-01 00:00:00", "2025-04-30 00:00:00"),
    ],
    ids=["number-yyyymmdd", "iso-text", "compact-text", "excel-serial", "iso-time"],
)
def test_a_participant_lists_dates_as_case_systems_write_them(
    example_path: Path, tmp_path: Path, start: Any, end: Any
) -> None:
    rows = [
        PARTICIPANTS[0],
        ["19850312-2387", "Anna Andersson", "Atlas", start, end, "Arbete"],
        ["9001011239", "Bo Berg", "Krami", start, None, None],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems == []
    assert preview.summary[0] == "2 enrolments read, covering 2025-03 … 2025-04."


def test_a_number_that_is_no_date_is_still_a_problem(example_path: Path, tmp_path: Path) -> None:
    rows = [PARTICIPANTS[0], ["9001011239", "Bo Berg", "Krami", 20250230, None, None]]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Deltagare!D2", "the start is not a date.")
    ]
