"""An import's notes and problems say "1 totals row", "(1 referral)", "1 more date"
in the singular (they said "1 totals rows", "(1 referrals)")."""

from __future__ import annotations

import datetime as dt

import openpyxl

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.referral_problems import MAX_PROBLEMS
from amp_desktop.core.store import Catalogue


def _book(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_one_totals_row_is_said_in_the_singular(catalogue_path, tmp_path):
    rows = [["Atlas", 30, 1_000_000], ["C2C", 12, 500_000], ["Summa", 42, 1_500_000]]
    path = _book(tmp_path / "t.xlsx", ["Insats", "Platser", "Budget"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert "1 totals row was skipped: “Summa”." in preview.summary


def test_two_totals_rows_are_said_in_the_plural(catalogue_path, tmp_path):
    rows = [["Atlas", 30, 1_000_000], ["Summa", 30, 1_000_000], ["Totalt", 30, 1_000_000]]
    path = _book(tmp_path / "t.xlsx", ["Insats", "Platser", "Budget"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert "2 totals rows were skipped: “Summa”, “Totalt”." in preview.summary


def test_one_refused_source_is_said_in_the_singular():
    from amp_desktop.core.excel.preview import ImportPreview
    from amp_desktop.core.excel.programmes import _list_new_sources

    one, two = ImportPreview("catalogue", "Blad1", 1), ImportPreview("catalogue", "Blad1", 1)
    one.refused_sources = {"ny": "too many."}
    two.refused_sources = {"ny": "too many.", "nu": "too many."}
    _list_new_sources(one, set())
    _list_new_sources(two, set())
    assert [p.message for p in one.problems] == [
        "1 referral source was not created (too many); the programmes' links to it were left out."
    ]
    assert [p.message for p in two.problems] == [
        "2 referral sources were not created (too many); the programmes' links to them were "
        "left out."
    ]


def _referrals(path, rows):
    return _book(path, ["Anvisningsdatum", "Insats", "Anvisande part"], rows)


def test_a_programme_not_found_with_one_referral_is_said_in_the_singular(example_path, tmp_path):
    rows = [[dt.datetime(2024, 1, 10), "Atlas", "AF"], [dt.datetime(2024, 1, 11), "Okänd", "AF"]]
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, _referrals(tmp_path / "l.xlsx", rows))
    assert [p.message for p in preview.problems] == [
        "“Okänd” (1 referral) is not a programme in the catalogue; map it to one."
    ]
    assert preview.summary[0] == "1 referral counted into 1 monthly cell."


def test_referrals_counted_are_said_in_the_singular_where_one(example_path, tmp_path):
    two_in_one = [[dt.datetime(2024, 1, 10), "Atlas", "AF"]] * 2
    one_each = [
        [dt.datetime(2024, 1, 10), "Atlas", "AF"],
        [dt.datetime(2024, 2, 10), "Atlas", "AF"],
    ]
    with Catalogue.open(example_path) as catalogue:
        first = analyse(catalogue, _referrals(tmp_path / "a.xlsx", two_in_one))
        second = analyse(catalogue, _referrals(tmp_path / "b.xlsx", one_each))
    assert first.summary[0] == "2 referrals counted into 1 monthly cell."
    assert second.summary[0] == "2 referrals counted into 2 monthly cells."


def test_one_more_problem_than_shown_is_said_in_the_singular(example_path, tmp_path):
    n = MAX_PROBLEMS + 1
    rows = [[f"x{i}", "Atlas", "AF"] for i in range(n)]
    rows += [[dt.datetime(2024, 1, 10), f"Okänd {i}", "AF"] for i in range(n)]
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, _referrals(tmp_path / "m.xlsx", rows))
    messages = [p.message for p in preview.problems if not p.where]
    assert messages == [
        "1 more date could not be read.",
        "1 more programme name is not in the catalogue.",
    ]


def test_one_more_formula_or_count_than_shown_is_said_in_the_singular(example_path, tmp_path):
    n = MAX_PROBLEMS + 1
    rows = [["=DATE(2024,1,1)", "Atlas", "AF", 1] for _ in range(n)]
    rows += [[dt.datetime(2024, 1, 10), "Atlas", "AF", f"x{i}"] for i in range(n)]
    path = _book(
        tmp_path / "f.xlsx", ["Anvisningsdatum", "Insats", "Anvisande part", "Antal"], rows
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    messages = [p.message for p in preview.problems if not p.where]
    assert messages == [
        "1 more cell holds a formula; it was not used.",
        "1 more count could not be read.",
    ]


def test_one_more_source_than_shown_is_said_in_the_singular(example_path, tmp_path):
    rows = [[dt.datetime(2024, 1, 10), "Atlas", f"{'X' * 41}{i}"] for i in range(MAX_PROBLEMS + 1)]
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, _referrals(tmp_path / "s.xlsx", rows))
    messages = [p.message for p in preview.problems if not p.where]
    assert messages == ["1 more source could not be read; its referrals were not counted."]
