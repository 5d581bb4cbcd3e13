"""A second look at how another unit's programme table is read (7 December): a column in
thousands of kronor holding amounts in kronor, and an edited export that clears a cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from tests.participant_lists import write_sheets


def _sheet(path: Path, header: list[str], *rows: list[object]) -> Path:
    return write_sheets(path, {"Insatser": [header, *rows]})


@pytest.mark.parametrize(
    ("title", "cell", "shown", "would_be"),
    [
        ("Budget (tkr)", 3_750_000, "3750000", "SEK\u00a03,750,000,000"),
        ("Budget (tkr)", "2 250 000", "2 250 000", "SEK\u00a02,250,000,000"),
        ("Budget (varav ESF, tkr)", 850_000, "850000", "SEK\u00a0850,000,000"),
        ("Budget mnkr", 3_750, "3750", "SEK\u00a03,750,000,000"),
    ],
)
def test_amounts_in_kronor_in_a_thousands_column_are_a_problem_not_a_billion(
    example, tmp_path, title, cell, shown, would_be
):
    """A "Budget (tkr)" column whose cells were plainly whole kronor (the catalogue's own
    3 750 000) became 3.75 billion kronor, with only a note in the summary."""
    path = _sheet(tmp_path / "t.xlsx", ["Insats", "Platser", title], ["Atlas", 30, cell])
    preview = analyse(example, path)
    unit = "tkr" if "tkr" in title else "mkr"
    assert [(p.where, p.message, p.blocking) for p in preview.problems] == [
        (
            "Insatser!C2",
            f"Amount: the column is in {unit}, so this would be {would_be}, which looks like "
            f"an amount in kronor; write “{shown} kr” or “{shown} {unit}” in the cell to say "
            f"which. The cell says “{shown}”.",
            True,
        )
    ]
    assert example.find("Atlas").annual_budget_sek == 3_750_000


@pytest.mark.parametrize(
    ("cell", "budget"),
    [
        ("3 750 000 kr", 3_750_000),  # the cell names its unit: as it says
        ("150 000 tkr", 150_000_000),
        (99_999, 99_999_000),  # under 100 million kronor: thousands, as the column says
    ],
)
def test_a_thousands_column_still_reads_what_a_cell_says_and_large_thousands(
    example, tmp_path, cell, budget
):
    path = _sheet(tmp_path / "t.xlsx", ["Insats", "Platser", "Budget (tkr)"], ["Atlas", 30, cell])
    preview = analyse(example, path)
    assert not preview.problems
    example.apply(preview.changeset("x"))
    assert example.find("Atlas").annual_budget_sek == budget


def test_an_export_edited_to_clear_places_and_budget_clears_them_with_no_note(example, tmp_path):
    """AMP's own export stays lossless after the foreign sheets' empty-cell rule: a
    cleared Budget empties it, a dash typed in a text field is kept as the text."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "C2C")
    row[headers.index("Annual budget (SEK)")].value = None
    row[headers.index("Description")].value = "-"
    wb.save(path)
    preview = analyse(example, path)
    assert preview.kind == "export"
    assert not preview.problems
    assert sorted((c["field"], c["new"]) for c in preview.field_changes()) == [
        ("annual_budget_sek", None),
        ("description", "-"),
    ]
    assert not any("empty cell" in line for line in preview.summary)
    example.apply(preview.changeset("x"))
    assert example.find("C2C").annual_budget_sek is None
    assert example.find("C2C").description == "-"
    again = analyse(example, export_workbook(example, tmp_path / "b.xlsx"))
    assert again.changeset("x").is_empty()


def test_an_export_copied_without_its_base_names_the_cell_it_did_not_clear(example, tmp_path):
    """The Programmes sheet copied into a workbook of its own is another unit's sheet:
    its cleared budget is kept, and the preview said only "152 empty cells were left",
    the one that mattered lost among those of fields the catalogue has empty too."""
    exported = openpyxl.load_workbook(export_workbook(example, tmp_path / "a.xlsx"))["Programmes"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Programmes"
    for values in exported.iter_rows(values_only=True):
        ws.append(values)
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    row[headers.index("Annual budget (SEK)")].value = None
    cell = row[headers.index("Annual budget (SEK)")].coordinate
    wb.save(tmp_path / "copy.xlsx")
    preview = analyse(example, tmp_path / "copy.xlsx")
    assert preview.kind == "catalogue"
    assert preview.changeset("x").is_empty()
    assert (
        f"Of them, 1 empty cell is where the catalogue has a value, which it keeps "
        f"(Programmes!{cell}); to clear it, edit the programme in AMP." in preview.summary
    )
    kept = next(line for line in preview.summary if "empty cells were left" in line)
    assert f"(Programmes!{cell}," in kept  # named first


@pytest.mark.parametrize("title", ["Budget kr (varav 500 tkr ESF)", "Budget (tkr), kr"])
def test_a_title_naming_kronor_and_thousands_is_read_as_kronor_and_said(example, tmp_path, title):
    """ "Budget kr (varav 500 tkr ESF)" was a column in thousands: its 50 000 kr became
    50 million kronor, under the check for amounts plainly in kronor."""
    path = _sheet(tmp_path / "t.xlsx", ["Insats", "Platser", title], ["Atlas", 30, 50_000])
    preview = analyse(example, path)
    assert not preview.problems
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "annual_budget_sek", "old": "3750000", "new": "50000"}
    ]
    assert (
        f"Column C (“{title}”) names both kronor and thousands of kronor: its amounts were "
        "read as kronor (write kr or tkr alone in the title to say which)." in preview.summary
    )
    assert not any("multiplied" in line for line in preview.summary)


def test_a_row_naming_a_programme_with_anothers_short_code_changes_the_one_it_names(
    example, tmp_path
):
    """Another unit's "Kortnamn" (read as the short code) of "Jobbfokus/Spira" was "JOB",
    the programme JOB's code: the row was matched by code and its 70 places went to JOB
    (applied from the window, which applies past problems)."""
    assert (example.find("JOB").places, example.find("Jobbfokus/Spira").code) == (50, "JOBB")
    path = _sheet(
        tmp_path / "t.xlsx", ["Insats", "Kortnamn", "Platser"], ["Jobbfokus/Spira", "JOB", 70]
    )
    preview = analyse(example, path)
    assert [(p.where, p.message) for p in preview.problems] == [
        ("Insatser!B2", "Short code: another programme already has this code.")
    ]
    assert preview.field_changes() == [
        {"programme": "Jobbfokus/Spira", "field": "places", "old": "60", "new": "70"}
    ]
    example.apply(preview.changeset("x"))
    assert example.find("JOB").places == 50
    assert (example.find("Jobbfokus/Spira").places, example.find("Jobbfokus/Spira").code) == (
        70,
        "JOBB",
    )
