"""Another unit's programme table as units write it (7 December, files): a budget
column in thousands of kronor, unit words and dashes in cells, two columns for one
field, a title broken over two lines — each read as the unit head means it, or said."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.excel.importer import analyse
from tests.participant_lists import write_sheets


def _sheet(path: Path, header: list[str], *rows: list[object]) -> Path:
    return write_sheets(path, {"Insatser": [header, *rows]})


@pytest.mark.parametrize(
    ("title", "cells", "budgets", "note"),
    [
        (
            "Budget (tkr)",
            [3750, "2 250", "450 tkr"],
            [3_750_000, 2_250_000, 450_000],
            "Column C (“Budget (tkr)”) is in thousands of kronor: its amounts were "
            "multiplied by 1,000.",
        ),
        (
            "Årsbudget tkr",
            [3750.5, "12,5", "1 200 000 kr"],
            [3_750_500, 12_500, 1_200_000],
            "Column C (“Årsbudget tkr”) is in thousands of kronor: its amounts were "
            "multiplied by 1,000.",
        ),
        (
            "Budget (mnkr)",
            [3.75, "2,25", "0,5"],
            [3_750_000, 2_250_000, 500_000],
            "Column C (“Budget (mnkr)”) is in millions of kronor: its amounts were "
            "multiplied by 1,000,000.",
        ),
    ],
)
def test_a_budget_column_in_thousands_of_kronor_is_read_as_such(
    example, tmp_path, title, cells, budgets, note
):
    """A table's "Budget (tkr)" of 3 750 became a budget of 3 750 kr, silently."""
    path = _sheet(
        tmp_path / "tkr.xlsx",
        ["Insats", "Platser", title],
        ["Atlas", 30, cells[0]],
        ["C2C", 30, cells[1]],
        ["Nystart", 4, cells[2]],
    )
    preview = analyse(example, path)
    assert not preview.problems
    assert note in preview.summary
    example.apply(preview.changeset("x"))
    assert [example.find(name).annual_budget_sek for name in ("Atlas", "C2C", "Nystart")] == (
        budgets
    )


def test_a_kronor_column_is_not_scaled(example, tmp_path):
    path = _sheet(tmp_path / "kr.xlsx", ["Insats", "Platser", "Budget (kr)"], ["Atlas", 30, 3750])
    preview = analyse(example, path)
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "annual_budget_sek", "old": "3750000", "new": "3750"}
    ]
    assert not any("thousands" in line for line in preview.summary)


@pytest.mark.parametrize(
    ("title", "written", "field", "value"),
    [
        ("Platser", "24 st", "places", 24),
        ("Platser", "24 platser", "places", 24),
        ("Platser", "24 st.", "places", 24),
        ("Platser", "24,0", "places", 24),
        ("Platser", "24 st (budget 10)", "budgeted_places", 10),
        ("Vistelsetid (veckor)", "12 veckor", "average_stay_weeks", 12.0),
        ("Vistelsetid (veckor)", "12,5 v.", "average_stay_weeks", 12.5),
        ("Lägsta ålder", "18 år", "age_min", 18),
        ("Årsbudget", "1 200 000 kronor", "annual_budget_sek", 1_200_000),
        ("Årsbudget", "SEK 1 200 000", "annual_budget_sek", 1_200_000),
        ("Årsbudget", "kr 1\u00a0200\u00a0000", "annual_budget_sek", 1_200_000),
        ("Årsbudget", "1 200 000,-", "annual_budget_sek", 1_200_000),
        ("Årsbudget", "1\u202f200\u202f000 kr/år", "annual_budget_sek", 1_200_000),
        ("Årsbudget", "450 tkr/år", "annual_budget_sek", 450_000),
        ("Årsbudget", "1,200,000", "annual_budget_sek", 1_200_000),
        ("Mål", "35 procent", "goal_work_or_studies_share", 0.35),
        ("Mål", "35,5 pct", "goal_work_or_studies_share", 0.355),
    ],
)
def test_a_number_with_its_unit_word_is_read(
    catalogue_path, tmp_path, title, written, field, value
):
    """ "24 st", "12 veckor", "18 år", "1 200 000 kronor" were problems "not a number"."""
    from amp_desktop.core.store import Catalogue

    path = _sheet(
        tmp_path / "enheter.xlsx", ["Insats", "Målgrupp", title], ["Atlas", "Unga", written]
    )
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert not preview.problems, preview.problems
    (added,) = preview.added
    assert getattr(added, field) == value


@pytest.mark.parametrize("written", ["ca 24", "12-15", "24/10"])
def test_a_number_that_is_not_certain_stays_a_problem(catalogue_path, tmp_path, written):
    from amp_desktop.core.store import Catalogue

    path = _sheet(tmp_path / "oklart.xlsx", ["Insats", "Platser"], ["Atlas", written])
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.where for p in preview.problems if p.blocking] == ["Insatser!B2"]


def test_a_dash_states_nothing_in_a_foreign_sheet(example, tmp_path):
    """A "–" for no budget was a problem that stopped `amp import`; it says nothing,
    as an empty cell does: the catalogue keeps its value (counted), a new programme
    has none — and a row named only "-" is no programme: skipped, at its cell (the
    lead's brief of 8 December overrules "a programme may still be called '-'")."""
    budget = example.find("Atlas").annual_budget_sek
    path = _sheet(
        tmp_path / "streck.xlsx",
        ["Insats", "Platser", "Årsbudget", "Mål"],
        ["Atlas", 31, "–", "-"],
        ["Nystart", 4, "-", "—"],
        ["-", 2, 100, None],
    )
    preview = analyse(example, path)
    assert not preview.problems
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "31"}
    ]
    assert (
        "2 empty cells were left as they were: the catalogue keeps its values "
        "(Insatser!C2, D2)." in preview.summary
    )
    assert [(p.name, p.annual_budget_sek) for p in preview.added] == [("Nystart", None)]
    assert [(r.where, r.text) for r in preview.skipped_rows] == [("Insatser!A4", "-")]
    example.apply(preview.changeset("x"))
    assert example.find("Atlas").annual_budget_sek == budget


def test_a_second_column_for_a_field_is_named_with_the_one_read(example, tmp_path):
    """ "Budget 2026" beside "Budget 2025" was said to be a title AMP does not know."""
    path = _sheet(
        tmp_path / "dubbel.xlsx",
        ["Insats", "Platser", "Budget 2025", "Budget 2026", "Färgkod"],
        ["Atlas", 30, 3_750_000, 4_000_000, "x"],
    )
    preview = analyse(example, path)
    assert not preview.field_changes()
    assert (
        "Columns not read (an earlier column gives the same field; choose the one to "
        "read in the mapping): “Budget 2026” (Annual budget (SEK) was read from column C)."
    ) in preview.summary
    assert (
        "Columns not read (AMP does not know their titles; choose an AMP field for them): "
        "“Färgkod”."
    ) in preview.summary


def test_a_title_broken_over_two_lines_is_read_and_said_on_one(example, tmp_path):
    """ "Års-⏎budget (kr)" was not recognised, and its note broke the preview's line."""
    path = _sheet(
        tmp_path / "radbrytning.xlsx",
        ["Insats", "Antal\nplatser", "Års-\nbudget (kr)", "Kontakt-\nperson på\nenheten"],
        ["Atlas", 31, 3_750_000, "Anna"],
    )
    preview = analyse(example, path)
    assert sorted(preview.mapping.values()) == ["annual_budget_sek", "name", "places"]
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "31"}
    ]
    assert all("\n" not in line for line in preview.summary)
    assert (
        "Columns not read (AMP does not know their titles; choose an AMP field for them): "
        "“Kontaktperson på enheten”."
    ) in preview.summary


def test_a_repeated_header_row_is_skipped_not_a_programme(example, tmp_path):
    """The header printed again above a second page became a programme "Insats"."""
    header = ["Insats", "Platser", "Årsbudget", "Målgrupp"]
    path = _sheet(
        tmp_path / "sidor.xlsx",
        header,
        ["Atlas", 31, 3_750_000, None],
        header,
        ["Nystart", 4, None, None],
    )
    preview = analyse(example, path)
    assert not preview.problems
    assert [p.name for p in preview.added] == ["Nystart"]
    assert [(r.where, r.reason) for r in preview.skipped_rows] == [
        ("Insatser!A3", "the header row again; it was skipped.")
    ]
    assert not any("totals row" in line for line in preview.summary)


def test_a_heading_or_a_note_row_is_skipped_not_a_programme(example, tmp_path):
    """Section headings and footnotes (a name cell and nothing else) were added as
    programmes with 0 places; a programme AMP has may still stand there alone."""
    path = _sheet(
        tmp_path / "rubriker.xlsx",
        ["Insats", "Platser", "Årsbudget"],
        ["Primära insatser"],
        ["Atlas", 31, None],
        ["C2C", None, "–"],  # AMP's programme: matched, nothing changed
        ["Nystart", 4, None],
        [],
        ["* Budgeten är preliminär"],
        ["Summa", 35, None],
    )
    preview = analyse(example, path)
    assert not preview.problems
    assert [p.name for p in preview.added] == ["Nystart"]
    reason = (
        "only a name and no other cell: a heading or a note, not a programme; it was "
        "skipped (fill in another of its cells to import it)."
    )
    assert [(r.where, r.text, r.reason) for r in preview.skipped_rows[:2]] == [
        ("Insatser!A2", "Primära insatser", reason),
        ("Insatser!A7", "* Budgeten är preliminär", reason),
    ]
    assert "1 totals row was skipped: “Summa”." in preview.summary
    assert "C2C" not in {p.name for _b, p in preview.changed}


def test_a_catalogue_with_start_and_end_dates_is_no_participant_list(example, tmp_path):
    """ "Insats, Platser, Startdatum, Slutdatum" was read as a participant list (each
    programme "1 enrolment … not a programme in the catalogue")."""
    import datetime as dt

    path = _sheet(
        tmp_path / "perioder.xlsx",
        ["Insats", "Platser", "Startdatum", "Slutdatum"],
        ["Atlas", 30, "2026-01-01", dt.date(2026, 12, 31)],
        ["Nystart", 4, dt.date(2026, 3, 1), None],
    )
    preview = analyse(example, path)
    assert preview.kind == "catalogue"
    assert not preview.problems
    assert sorted((c["field"], c["new"]) for c in preview.field_changes()) == [
        ("end_date", "2026-12-31"),
        ("start_date", "2026-01-01"),
    ]
    assert [(p.name, p.start_date) for p in preview.added] == [("Nystart", "2026-03-01")]


def test_a_name_written_otherwise_names_the_programme_and_keeps_its_spelling(example, tmp_path):
    """Another unit's "c2c" renamed C2C to "c2c", and "Etablering / Kommun" was added
    as a second Etablering/Kommun (a referral list already reads it as the same)."""
    path = _sheet(
        tmp_path / "stavning.xlsx",
        ["Insats", "Platser"],
        ["  c2c\u00a0", 31],
        ["Etablering / Kommun", 25],
        ["ATLAS", 30],
    )
    preview = analyse(example, path)
    assert not preview.problems and not preview.added
    assert sorted((c["programme"], c["field"], c["new"]) for c in preview.field_changes()) == [
        ("C2C", "places", "31"),
        ("Etablering/Kommun", "places", "25"),
    ]


@pytest.mark.parametrize(
    ("written", "status"),
    [("Pågår", "active"), ("Pågående", "active"), ("Vilande", "paused"), ("Nedlagd", "closed")],
)
def test_a_status_as_units_write_it_is_read(catalogue_path, tmp_path, written, status):
    from amp_desktop.core.store import Catalogue

    path = _sheet(tmp_path / "status.xlsx", ["Insats", "Platser", "Status"], ["N", 3, written])
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert not preview.problems
    assert [p.status.value for p in preview.added] == [status]
