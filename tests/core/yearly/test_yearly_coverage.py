"""What the yearly figures call missing: months no imported participant list covered —
not months a list covered in which nobody was enrolled (#13 item 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from amp_desktop.core.yearly.document import yearly_report
from tests.participant_lists import write_list

D = dt.date
HEADER = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
ANNA, BO = "19850312-2387", "9001011239"


def _import(catalogue: Catalogue, path: Path, rows: list[list[Any]]) -> Any:  # noqa: ANN401
    preview = analyse(catalogue, write_list(path, [HEADER, *rows]))
    assert not preview.blocking, preview.problems
    return catalogue.apply(preview.changeset(path.stem))


@pytest.fixture
def two_programmes(make_catalogue) -> Catalogue:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10))
    catalogue.add_programme(Programme("Krami", places=10))
    return catalogue


# January to July: nobody in either programme in April and May.
FIRST_HALF = [
    [ANNA, "Anna Andersson", "Jobbspår", D(2025, 1, 13), D(2025, 3, 14), "Arbete utan stöd", "K"],
    [BO, "Bo Berg", "Krami", D(2025, 6, 2), D(2025, 7, 31), "Studier", "M"],
]


def test_a_covered_month_without_enrolments_is_a_zero_not_missing(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """Before the covered months were stored, April and May (covered by the list, nobody
    enrolled) were reported as "no results imported"."""
    _import(two_programmes, tmp_path / "list.xlsx", FIRST_HALF)
    missing = yearly_report(two_programmes, 2025).figure("exits").missing
    assert missing == ["No results imported for 2025-08…12."]
    assert yearly_report(two_programmes, 2025).figure("exits").value == 2  # a count, shown


def test_undo_removes_the_covered_months_and_a_reimport_keeps_the_first(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    catalogue = two_programmes
    first = _import(catalogue, tmp_path / "first.xlsx", FIRST_HALF)
    covered = catalogue.results_coverage_scope([1, 2], "2025-01", "2025-12")
    assert len(covered) == 2 * 7
    # the same list again changes nothing, coverage included
    assert analyse(catalogue, tmp_path / "first.xlsx").changeset("Again").is_empty()
    # a second list for Krami only, May to September; its undo gives back the first's months
    later = [[BO, "Bo Berg", "Krami", D(2025, 5, 5), D(2025, 9, 30), "Studier", "M"]]
    second = _import(catalogue, tmp_path / "second.xlsx", later)
    months = {m for p, m in catalogue.results_coverage_scope([2], "2025-01", "2025-12")}
    assert months == {f"2025-{m:02d}" for m in range(1, 10)}
    catalogue.apply(second.inverse())
    assert catalogue.results_coverage_scope([1, 2], "2025-01", "2025-12") == covered
    catalogue.apply(first.inverse())
    assert catalogue.results_coverage_scope([1, 2], "2025-01", "2025-12") == []
    missing = yearly_report(catalogue, 2025).figure("exits").missing
    assert missing == ["No results imported for 2025."]


def test_a_programme_a_later_list_left_out_is_named_with_its_months(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    catalogue = two_programmes
    _import(catalogue, tmp_path / "first.xlsx", FIRST_HALF)
    later = [[BO, "Bo Berg", "Krami", D(2025, 8, 4), D(2025, 12, 19), "Studier", "M"]]
    _import(catalogue, tmp_path / "second.xlsx", later)
    missing = yearly_report(catalogue, 2025).figure("exits").missing
    assert missing == [
        "Programmes no imported list covered in some months they ran (1): Jobbspår (2025-08…12)."
    ]


def test_a_programme_no_list_named_is_still_without_results(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    catalogue = two_programmes
    rows = [r for r in FIRST_HALF if r[2] == "Jobbspår"]
    _import(catalogue, tmp_path / "list.xlsx", rows)
    missing = yearly_report(catalogue, 2025).figure("exits").missing
    assert "Programmes running in 2025 without results (1): Krami." in missing
    assert "No results imported for 2025-04…12." in missing


def test_an_ended_programme_is_not_asked_for_the_months_after_it_ended(
    make_catalogue, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10, end_date="2025-03-31"))
    catalogue.add_programme(Programme("Krami", places=10))
    _import(catalogue, tmp_path / "first.xlsx", FIRST_HALF[:1])  # Jan–Mar, Jobbspår
    later = [[BO, "Bo Berg", "Krami", D(2025, 4, 7), D(2025, 12, 19), "Studier", "M"]]
    _import(catalogue, tmp_path / "second.xlsx", later)
    missing = yearly_report(catalogue, 2025).figure("exits").missing
    # Jobbspår ended in March: April … December are not its gap; Krami ran all year
    # but the first list (January … March) did not name it.
    assert missing == [
        "Programmes no imported list covered in some months they ran (1): Krami (2025-01…03)."
    ]


def test_the_share_to_work_or_studies_gives_no_hidden_count_away(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """13 exits, 7 to work, 3 to studies (hidden, <5), the share 10/13 shown: studies
    was 13 × 76.9 % − 7 = 3 for anyone with the survey sheet. The sum work + studies
    = work or studies was not among the sums the suppression checks."""
    reasons = ["Arbete utan stöd"] * 7 + ["Studier"] * 3 + ["Avbrott"] * 3
    rows = [
        ["", "", "Jobbspår", D(2025, 1, 1 + i), D(2025, 3, 1 + i), reason, "K" if i % 2 else "M"]
        for i, reason in enumerate(reasons)
    ]
    _import(two_programmes, tmp_path / "list.xlsx", rows)
    report = yearly_report(two_programmes, 2025)
    hidden = report.hidden()
    assert report.figure("exits").value == 13 and report.figure("exits_work").value == 7
    assert hidden[("exits_studies", "all")] == "<5"
    told_by = [("exits", "all"), ("exits_work", "all"), ("work_or_studies_share", "all")]
    assert any(cell in hidden for cell in told_by), "studies = exits × share − work"


# A whole year in both programmes: Anna in both (one person), Bo in Krami.
WHOLE_YEAR = [
    [ANNA, "Anna Andersson", "Jobbspår", D(2025, 1, 13), D(2025, 3, 14), "Arbete utan stöd", "K"],
    [ANNA, "Anna Andersson", "Krami", D(2025, 4, 1), D(2025, 12, 31), "Studier", "K"],
    [BO, "Bo Berg", "Krami", D(2025, 1, 2), D(2025, 12, 31), "Studier", "M"],
]
CECILIA = "19920101-1237"


def _persons(catalogue: Catalogue) -> tuple[object, object, object]:
    figure = yearly_report(catalogue, 2025).figure("persons")
    return figure.value, figure.women, figure.men


def test_a_list_of_one_programme_does_not_count_the_whole_unit(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """A list of Jobbspår alone, for the whole year, replaced the unit's distinct
    persons (U40800) with its own: 2 became 1, without a word."""
    _import(two_programmes, tmp_path / "all.xlsx", WHOLE_YEAR)
    assert _persons(two_programmes) == (2, 1, 1)
    jobbspar = two_programmes.find("Jobbspår").id
    one = [
        WHOLE_YEAR[0],
        [CECILIA, "Cecilia C", "Jobbspår", D(2025, 2, 3), D(2025, 12, 19), "Studier", "K"],
    ]
    preview = analyse(two_programmes, write_list(tmp_path / "one.xlsx", [HEADER, *one]))
    (note,) = [p for p in preview.problems if "distinct persons of the whole unit" in p.message]
    assert not note.blocking and "2025" in note.message
    applied = two_programmes.apply(preview.changeset("one"))
    figure = yearly_report(two_programmes, 2025).figure("persons")
    assert figure.value is None and "holds every programme with results" in figure.missing[0]
    assert two_programmes.persons(2025, jobbspar) == {"": 2, "K": 2}  # its own: known
    two_programmes.apply(applied.inverse())  # undo puts the unit's count back
    assert _persons(two_programmes) == (2, 1, 1)


def test_a_list_of_part_of_a_year_leaves_no_stale_count(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """An updated list for July to September with a new person kept the year's count
    of 2 beside 4 exits, without a word: it is now not known."""
    _import(two_programmes, tmp_path / "all.xlsx", WHOLE_YEAR)
    later = [
        [CECILIA, "Cecilia C", "Krami", D(2025, 7, 1), D(2025, 9, 30), "Avbrott", "K"],
        [BO, "Bo Berg", "Krami", D(2025, 8, 4), D(2025, 9, 12), "Studier", "M"],
    ]
    preview = analyse(two_programmes, write_list(tmp_path / "later.xlsx", [HEADER, *later]))
    (note,) = [p for p in preview.problems if "without covering all of it" in p.message]
    assert not note.blocking and note.message.startswith("The list changes the results of 2025")
    two_programmes.apply(preview.changeset("later"))
    figure = yearly_report(two_programmes, 2025).figure("persons")
    assert figure.value is None and figure.missing
    assert two_programmes.persons(2025, two_programmes.find("Krami").id) == {}
    _import(two_programmes, tmp_path / "again.xlsx", WHOLE_YEAR)  # the whole year again
    assert _persons(two_programmes) == (2, 1, 1)


def test_next_years_list_reaching_back_keeps_the_years_count(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """The 2026 list of those enrolled reaches back to Bo, enrolled since November 2025:
    it leaves 2025's results as they were, so 2025's count stays (the reviewer saw it
    wiped without a word)."""
    rows = [
        [
            ANNA,
            "Anna Andersson",
            "Jobbspår",
            D(2025, 1, 13),
            D(2025, 3, 14),
            "Arbete utan stöd",
            "K",
        ],
        [BO, "Bo Berg", "Krami", D(2025, 11, 3), None, None, "M"],
        [CECILIA, "Cecilia C", "Krami", D(2025, 2, 3), D(2025, 10, 17), "Studier", "K"],
        [CECILIA, "Cecilia C", "Jobbspår", D(2025, 10, 20), D(2025, 12, 19), "Studier", "K"],
    ]
    _import(two_programmes, tmp_path / "2025.xlsx", rows)
    assert _persons(two_programmes) == (3, 2, 1)
    next_year = [
        [BO, "Bo Berg", "Krami", D(2025, 11, 3), D(2026, 3, 31), "Arbete utan stöd", "M"],
        [ANNA, "Anna Andersson", "Krami", D(2026, 2, 2), D(2026, 4, 30), "Avbrott", "K"],
    ]
    preview = analyse(two_programmes, write_list(tmp_path / "2026.xlsx", [HEADER, *next_year]))
    assert preview.results is not None and preview.results.first == "2025-11"  # 2025 touched
    assert not any("distinct persons" in p.message for p in preview.problems)
    two_programmes.apply(preview.changeset("2026"))
    assert _persons(two_programmes) == (3, 2, 1)


def test_a_programme_covered_without_anyone_in_it_leaves_the_unit_countable(
    two_programmes: Catalogue, tmp_path: Path
) -> None:
    """Krami, covered by the unit's list for 2025 but with nobody enrolled that year,
    made the unit's count unknown after a list of Jobbspår alone."""
    rows = [
        [BO, "Bo Berg", "Krami", D(2024, 7, 1), D(2024, 9, 30), "Studier", "M"],
        [
            ANNA,
            "Anna Andersson",
            "Jobbspår",
            D(2025, 1, 13),
            D(2025, 12, 14),
            "Arbete utan stöd",
            "K",
        ],
    ]
    _import(two_programmes, tmp_path / "unit.xlsx", rows)  # 2024-07 … 2025-12, both
    jobbspar = [
        rows[1],
        [CECILIA, "Cecilia C", "Jobbspår", D(2025, 2, 3), D(2025, 12, 19), "Studier", "K"],
    ]
    _import(two_programmes, tmp_path / "jobbspar.xlsx", jobbspar)
    assert _persons(two_programmes) == (2, 2, None)
