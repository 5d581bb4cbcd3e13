"""Another organisation's programme table, cell by cell: an empty cell is "not stated
here" (the catalogue keeps its value), a short name is the short code, and a number
no field can hold (1e400, NaN, inf) is a problem at its cell (7 December, files)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from tests.excel_fixtures import file_digest


def _foreign(path: Path, header: list[str], *rows: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Insatser"
    ws.append(["Insatser 2026"])  # a title row above the header, as units write
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _raw_values(path: Path, values: dict[str, str]) -> Path:
    """The workbook with the number cells holding each key (as openpyxl writes it)
    holding the value's text instead: what a library writes and openpyxl cannot."""
    parts = {}
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            parts[info.filename] = archive.read(info)
    sheet = parts["xl/worksheets/sheet1.xml"]
    for placeholder, text in values.items():
        wanted = f"<v>{placeholder}</v>".encode()
        assert wanted in sheet, placeholder
        sheet = sheet.replace(wanted, f"<v>{text}</v>".encode())
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_an_empty_cell_in_a_foreign_sheet_keeps_the_catalogues_value(
    example, example_path, tmp_path
):
    """Shown as "budget 3 750 000 → –": an empty cell of another unit's table cleared the field
    on apply; it states nothing, so the programme keeps its value, and the preview says
    how many cells were left (one line)."""
    atlas, c2c = example.find("Atlas"), example.find("C2C")
    assert atlas.annual_budget_sek and c2c.description and c2c.places
    path = _foreign(
        tmp_path / "annan.xlsx",
        ["Insats", "Platser", "Årsbudget", "Beskrivning"],
        ["Atlas", atlas.places + 1, None, atlas.description],
        ["C2C", "  ", c2c.annual_budget_sek, ""],
        ["Nystart", 5, None, None],  # a new programme: nothing to keep, nothing counted
    )
    before = file_digest(example_path)
    preview = analyse(example, path)
    assert preview.kind == "catalogue"
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "31"}
    ]
    assert not preview.problems
    assert (
        "3 empty cells were left as they were: the catalogue keeps its values "
        "(Insatser!C4, B5, D5)." in preview.summary
    )
    assert [(p.name, p.annual_budget_sek, p.description) for p in preview.added] == [
        ("Nystart", None, "")
    ]
    assert file_digest(example_path) == before  # nothing is written before apply
    example.apply(preview.changeset("import"))
    assert example.find("Atlas").annual_budget_sek == atlas.annual_budget_sek
    assert example.find("C2C").description == c2c.description
    assert example.find("C2C").places == c2c.places


def test_one_empty_cell_is_said_in_the_singular(example, tmp_path):
    path = _foreign(
        tmp_path / "annan.xlsx", ["Insats", "Årsbudget"], ["Atlas", None], ["C2C", 2_250_000]
    )
    preview = analyse(example, path)
    assert (
        "1 empty cell was left as it was: the catalogue keeps its value (Insatser!B4)."
        in preview.summary
    )
    assert preview.changeset("x").is_empty()


def test_a_cleared_cell_in_amps_own_export_still_clears_the_field(example, tmp_path):
    """AMP's own export is lossless: there an emptied cell means the field is empty."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    row[headers.index("Annual budget (SEK)")].value = None
    row[headers.index("Description")].value = None
    wb.save(path)
    preview = analyse(example, path)
    assert preview.kind == "export"
    assert sorted((c["field"], c["new"]) for c in preview.field_changes()) == [
        ("annual_budget_sek", None),
        ("description", ""),
    ]
    assert not any("empty cell" in line for line in preview.summary)
    example.apply(preview.changeset("x"))
    assert example.find("Atlas").annual_budget_sek is None
    assert example.find("Atlas").description == ""


@pytest.mark.parametrize(
    "title", ["Kortnamn", "Kort namn", "Förkortning", "Programkod", "Short name", "Kortnamn:"]
)
def test_a_short_name_column_is_the_programmes_short_code(example, tmp_path, title):
    """A "Kortnamn" column was listed as a column AMP does not know; it is the short code, and
    a row is matched by it (the name in the sheet may differ)."""
    assert example.find("Atlas").code == "ATLA"
    path = _foreign(
        tmp_path / "kort.xlsx",
        ["Insats", title, "Platser"],
        ["Atlas – unga vuxna", "ATLA", 30],
        ["Nystart", "NYS", 4],
    )
    preview = analyse(example, path)
    assert sorted(preview.mapping.values()) == ["code", "name", "places"]
    assert preview.field_changes() == [
        {
            "programme": "Atlas – unga vuxna",
            "field": "name",
            "old": "Atlas",
            "new": "Atlas – unga vuxna",
        }
    ]
    assert [(p.name, p.code) for p in preview.added] == [("Nystart", "NYS")]
    assert not any("Columns not read" in line for line in preview.summary)


@pytest.mark.parametrize("written", ["1e400", "-1E400", "NaN", "nan", "inf", "-Infinity"])
@pytest.mark.parametrize(
    ("title", "field_label"),
    [
        ("Årsbudget", "Annual budget (SEK)"),
        ("Platser", "Places"),
        ("Vistelsetid (veckor)", "Average stay (weeks)"),
        ("Mål", "Goal: share to work or studies"),
    ],
)
def test_a_number_no_field_can_hold_is_a_problem_at_its_cell(
    example, example_path, tmp_path, written, title, field_label
):
    """A cell holding 1e400 (infinite as a float) or NaN: NaN failed the whole sheet
    with a traceback, and a NaN average stay passed every check; now each is a
    problem at its cell and nothing of it is stored."""
    path = _foreign(
        tmp_path / "tal.xlsx",
        ["Insats", title, "Målgrupp"],
        ["Atlas", 777.25, None],
        ["C2C", None, None],
    )
    _raw_values(path, {"777.25": written})
    before = file_digest(example_path)
    preview = analyse(example, path)
    (problem,) = [p for p in preview.problems if p.where == "Insatser!B4"]
    assert problem.blocking
    assert problem.message.startswith(
        f"{field_label}: the cell holds an infinite number or “not a number” (NaN), "
        "which AMP cannot store. The cell says “"
    ), problem.message
    assert preview.changeset("x").is_empty()
    assert file_digest(example_path) == before


def test_number_text_that_is_no_number_stays_a_problem(example, tmp_path):
    path = _foreign(
        tmp_path / "text.xlsx",
        ["Insats", "Årsbudget", "Platser"],
        ["Atlas", "NaN", "inf"],
        ["C2C", "1e400", 30],
    )
    preview = analyse(example, path)
    assert sorted(p.where for p in preview.problems if p.blocking) == [
        "Insatser!B4",
        "Insatser!B5",
        "Insatser!C4",
    ]
    assert preview.changeset("x").is_empty()
