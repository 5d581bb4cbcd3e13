"""Importing our own export: lossless round trip, one edit = one field, three-way conflicts."""

from __future__ import annotations

import os
import string
import subprocess

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from amp_desktop.core import i18n
from amp_desktop.core.domain import Programme, ProgrammeType, SourceLink, SourceRole, Status
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.preview import TAKE_WORKBOOK
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange


def _cell(path, sheet, programme, header):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[1].value == programme:
            return wb, ws, row[headers.index(header)]
    raise AssertionError(programme)


def _edit(path, programme, header, value, sheet="Programmes"):
    wb, _ws, cell = _cell(path, sheet, programme, header)
    cell.value = value
    wb.save(path)


def test_export_then_import_changes_nothing(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    preview = analyse(example, path)
    assert preview.kind == "export"
    assert preview.counts() == {
        "added": 0,
        "changed": 0,
        "removed": 0,
        "unchanged": 21,
        "conflicts": 0,
        "problems": 0,
    }
    assert preview.demand == [] and preview.changeset("x").is_empty()


def test_swedish_export_imports_in_english(example, tmp_path):
    i18n.set_backend(lambda context, text: text, "sv")
    try:
        path = export_workbook(example, tmp_path / "sv.xlsx")
    finally:
        i18n.set_backend(None)
    preview = analyse(example, path)
    assert preview.counts()["unchanged"] == 21 and not preview.problems and not preview.demand


def test_one_edited_cell_changes_exactly_that_field(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "Atlas", "Places", 31)
    preview = analyse(example, path)
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "31"}
    ]
    change = example.apply(preview.changeset("Import a.xlsx"))
    assert change.kind == "import"
    assert example.find("Atlas").places == 31
    assert analyse(example, path).changeset("again").is_empty()


def test_formula_text_round_trips_and_real_formula_is_reported(example, tmp_path):
    text = '=HYPERLINK("http://x","klicka")'
    example.update_programme(example.find("Atlas").replace(description=text))
    path = export_workbook(example, tmp_path / "a.xlsx")
    assert analyse(example, path).changeset("x").is_empty()
    _edit(path, "C2C", "Description", "=1+1")  # typed in Excel: a formula
    preview = analyse(example, path)
    assert preview.blocking
    assert [p.where for p in preview.problems] == ["Programmes!D3"]
    assert "formula" in preview.problems[0].message
    assert preview.changed == []


@pytest.mark.parametrize(
    ("formula", "shown"),
    [
        (ArrayFormula("D3", "=SUM(E3:F3)"), "=SUM(E3:F3)"),
        (DataTableFormula("D3", r1="A1", r2="B1"), "=TABLE(A1,B1)"),
    ],
)
def test_an_array_or_table_formula_is_reported_by_its_text(example, tmp_path, formula, shown):
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "C2C", "Description", formula)  # entered with Ctrl+Shift+Enter, or a data table
    preview = analyse(example, path)
    assert [p.where for p in preview.problems] == ["Programmes!D3"]
    message = preview.problems[0].message
    assert shown in message and "object at" not in message and "Formula" not in message


def test_conflict_when_changed_in_amp_and_in_workbook(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "Atlas", "Places", 31)
    _edit(path, "C2C", "Places", 44)
    example.update_programme(example.find("Atlas").replace(places=35))  # AMP after export
    example.update_programme(example.find("C2C").replace(unit="Annan enhet"))  # other field
    preview = analyse(example, path)
    assert len(preview.conflicts) == 1
    conflict = preview.conflicts[0]
    assert (conflict.programme, conflict.field) == ("Atlas", "places")
    assert (conflict.exported, conflict.amp, conflict.workbook) == ("30", "35", "31")
    # C2C: the workbook's places are taken and AMP's later unit is kept
    kept = preview.changeset("keep")
    after = {c.after.name: c.after for c in kept.programmes}
    assert "Atlas" not in after
    assert after["C2C"].places == 44 and after["C2C"].unit == "Annan enhet"
    taken = preview.changeset("take", resolutions={0: TAKE_WORKBOOK})
    assert {c.after.name: c.after.places for c in taken.programmes}["Atlas"] == 31


def test_missing_programmes_removed_only_when_asked(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    names = [ws.cell(r, 2).value for r in range(2, ws.max_row + 1)]
    ws.delete_rows(names.index("Atlas") + 2)
    wb.save(path)
    preview = analyse(example, path)
    assert [p.name for p in preview.removed] == ["Atlas"]
    assert preview.changeset("keep").is_empty()
    change = preview.changeset("remove", remove_missing=True)
    assert change.counts()["removed"] == 1 and change.demand  # its demand goes too
    example.apply(change)
    assert example.find("Atlas") is None
    example.apply(change.inverse())
    assert example.find("Atlas") is not None


def test_added_row_and_forecast_typed_in_demand(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    ws.append(
        [None, "Ny insats", "NYIN", None, None, 18, 25, "12 (budget 5)", None, "450 tkr", "Primary"]
    )
    demand = wb["Demand"]
    months = [c.value for c in demand[1]]
    # FK: Atlas has no FK row (a second AF Forecast row with another number is a problem)
    demand.append([None, "Atlas", "FK", "Forecast"] + [None] * (len(months) - 5) + [7])
    wb.save(path)
    preview = analyse(example, path)
    assert [p.name for p in preview.added] == ["Ny insats"]
    added = preview.added[0]
    assert (added.places, added.budgeted_places) == (12, 5)
    assert (added.annual_budget_sek, added.age_min) == (450_000, 18)
    forecast = [d for d in preview.demand if d.key.kind == "forecast" and d.key.month == months[-1]]
    atlas = example.find("Atlas").id
    assert any(d.key.programme_id == atlas and d.after == 7 for d in forecast)
    example.apply(preview.changeset("import"))
    assert example.find("Ny insats").id == added.id


def test_demand_cell_edit_is_one_change(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    ws.cell(2, 5).value = 42
    pid, source, month = ws.cell(2, 1).value, ws.cell(2, 3).value, ws.cell(1, 5).value
    wb.save(path)
    preview = analyse(example, path)
    assert len(preview.demand) == 1
    change = preview.demand[0]
    assert (change.key.programme_id, change.key.source, change.key.month, change.after) == (
        pid,
        source,
        month,
        42.0,
    )


# -- property: awkward text survives the round trip ---------------------------------
_alphabet = st.sampled_from(list(string.ascii_letters + "åäöÅÄÖ é-=+@#\n\"'()<>&;,.%") + ["\u00a0"])
_awkward = st.one_of(
    st.text(_alphabet, max_size=40),
    st.sampled_from(
        [
            "=SUM(A1:A2)",
            "+46",
            "-5",
            "@x",
            '=HYPERLINK("http://x","k")',
            "#N/A",
            "line one\nline two",
            "å" * 5000,
            "   ",
        ]
    ),
)


@st.composite
def catalogues(draw):
    count = draw(st.integers(1, 4))
    programmes = []
    for index in range(count):
        places = draw(st.integers(0, 500))
        programmes.append(
            Programme(
                name=f"P{index} "
                + draw(st.text(_alphabet, max_size=30)).strip().replace("\n", " "),
                description=draw(_awkward),
                notes=draw(_awkward),
                funding=draw(_awkward),
                unit=draw(st.sampled_from(["", "Jobbcentrum", "Ungdomsenheten"])),
                places=places,
                budgeted_places=draw(st.one_of(st.none(), st.integers(0, places))),
                annual_budget_sek=draw(st.one_of(st.none(), st.integers(0, 50_000_000))),
                type=draw(st.sampled_from(list(ProgrammeType))),
                status=draw(st.sampled_from(list(Status))),
                average_stay_weeks=draw(
                    st.one_of(st.none(), st.sampled_from([0.5, 4.0, 26.0, 39.5]))
                ),
                months=draw(st.sampled_from([(), (6, 7, 8), (1,)])),
                sources=draw(
                    st.sampled_from(
                        [
                            (),
                            (SourceLink("AF"),),
                            (SourceLink("AF"), SourceLink("SKE", SourceRole.FALLBACK)),
                        ]
                    )
                ),
            )
        )
    return programmes


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(catalogues())
def test_round_trip_of_awkward_catalogues(tmp_path_factory, programmes):
    folder = tmp_path_factory.mktemp("prop")
    with Catalogue.create(folder / "c.amp") as catalogue:
        first = catalogue.next_programme_id()
        changes = []
        for offset, programme in enumerate(programmes):
            pid = first + offset
            changes.append(ProgrammeChange(pid, None, programme.replace(id=pid)))
        links = {link.source for p in programmes for link in p.sources}
        from amp_desktop.core.excel.preview import _new_source
        from amp_desktop.core.store import SourceChange

        catalogue.apply(
            ChangeSet(
                "seed",
                tuple(changes),
                (),
                tuple(SourceChange(c, None, _new_source(c)) for c in sorted(links)),
            )
        )
        path = export_workbook(catalogue, folder / "c.xlsx")
        preview = analyse(catalogue, path)
        assert not preview.problems, preview.problems
        assert preview.field_changes() == [] and not preview.added
        wb = openpyxl.load_workbook(path)
        ws = wb["Programmes"]
        for r, programme in enumerate(catalogue.programmes(), start=2):
            assert (ws.cell(r, 4).value or "") == programme.description


# -- LibreOffice re-save ------------------------------------------------------------
@pytest.mark.slow
def test_libreoffice_resave_changes_nothing(example, tmp_path):
    example.update_programme(
        example.find("Atlas").replace(
            description='=HYPERLINK("http://x","klicka")', notes="rad 1\nrad 2 åäö"
        )
    )
    path = export_workbook(example, tmp_path / "in.xlsx")
    out = tmp_path / "out"
    profile = (tmp_path / "lo-profile").as_uri()
    env = {**os.environ, "HOME": str(tmp_path)}
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env=env,
    )
    resaved = out / "in.xlsx"
    assert resaved.exists()
    preview = analyse(example, resaved)
    assert preview.kind == "export"
    assert not preview.problems, preview.problems
    assert preview.field_changes() == [] and not preview.added and not preview.removed
    # an edit survives LibreOffice too, and is the only change
    _edit(resaved, "C2C", "Places", 44)
    edited = analyse(example, resaved)
    assert edited.field_changes() == [
        {"programme": "C2C", "field": "places", "old": "30", "new": "44"}
    ]


def test_demand_conflict_and_formula_in_demand(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    pid, source, month = ws.cell(2, 1).value, ws.cell(2, 3).value, ws.cell(1, 5).value
    kind = "actual" if ws.cell(2, 4).value == "Actual" else "forecast"
    ws.cell(2, 5).value = 42
    ws.cell(2, 6).value = "=E2*2"
    wb.save(path)
    from amp_desktop.core.store import DemandKey

    key = DemandKey(pid, month, source, kind)
    example.set_demand({key: 17.0}, "edit in AMP")
    preview = analyse(example, path)
    assert [p.where for p in preview.problems] == ["Demand!F2"]
    assert len(preview.conflicts) == 1 and preview.conflicts[0].key == key
    assert (preview.conflicts[0].amp, preview.conflicts[0].workbook) == ("17", "42")
    assert preview.changeset("keep").is_empty()
    taken = preview.changeset("take", resolutions={0: TAKE_WORKBOOK})
    assert [(d.key, d.before, d.after) for d in taken.demand] == [(key, 17.0, 42.0)]


def test_deleted_in_amp_after_export(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    atlas = example.find("Atlas").id
    example.delete_programmes([atlas])
    assert not analyse(example, path).added  # unchanged in the workbook: stays deleted
    _edit(path, "Atlas", "Places", 31)
    preview = analyse(example, path)
    assert [(p.name, p.places) for p in preview.added] == [("Atlas", 31)]
    assert preview.added[0].id != atlas


def test_a_cell_that_breaks_a_rule_keeps_amps_value_and_the_rest_imports(example, tmp_path):
    """A cleared name used to block the whole import (the preview promised AMP's value)."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "ESF/SALT", "Name", None)
    _edit(path, "Atlas", "Places", 31)
    preview = analyse(example, path)
    problems = [str(p) for p in preview.problems]
    assert len(problems) == 1 and problems[0].startswith("Programmes!B")
    assert "Name: a programme needs a name." in problems[0]
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "31"}
    ]
    example.apply(preview.changeset("Import a.xlsx"))
    assert example.find("Atlas").places == 31
    assert example.find("ESF/SALT") is not None


def test_new_rows_that_break_rules_or_take_a_code_are_skipped_by_name(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    places = headers.index("Places")
    blank = [None] * len(headers)
    blank[places] = 12  # a new row with places but no name
    taken = [None] * len(headers)
    taken[1], taken[2], taken[places] = (
        "Ny insats från Excel",
        "ETAB",
        5,
    )  # Etablering/Kommun's code
    ws.append(blank)
    ws.append(taken)
    wb.save(path)
    rows = ws.max_row
    preview = analyse(example, path)
    problems = {p.where: p.message for p in preview.problems}
    assert problems[f"Programmes!B{rows - 1}"] == (
        "Name: a programme needs a name. The row was not imported."
    )
    assert problems[f"Programmes!C{rows}"] == (
        "“Ny insats från Excel” has the short code “ETAB”, which is “Etablering/Kommun”'s; "
        "this row was skipped."
    )
    assert preview.added == [] and preview.changed == []


def test_names_and_codes_stay_unique_and_the_clashing_cell_is_named(example, tmp_path):
    """The preview said 0 problems; then the whole apply failed naming no cell."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    code_col = headers.index("Short code")
    atlas_row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas_row[code_col].value = "c2c"  # C2C's code, in another case
    atlas_row[headers.index("Places")].value = 33  # and an edit that should still import
    ws.append([None, "Nytt A", "ZZ"])
    ws.append([None, "Nytt B", "zz"])
    wb.save(path)
    last = ws.max_row
    preview = analyse(example, path)
    problems = {p.where: p.message for p in preview.problems}
    letter = "ABCDEFGHIJ"[code_col]
    assert problems == {
        f"Programmes!{letter}{atlas_row[0].row}": "Short code: another programme already has this code.",
        f"Programmes!{letter}{last}": "Short code: another programme already has this code.",
    }
    assert [p.name for p in preview.added] == ["Nytt A"]
    assert preview.field_changes() == [
        {"programme": "Atlas", "field": "places", "old": "30", "new": "33"}
    ]
    example.apply(preview.changeset("import"))
    assert example.find("Atlas").code == "ATLA" and example.find("Atlas").places == 33


# -- Demand rows that cannot be read, deleted programmes, duplicate keys --------------
def _demand_rows(catalogue):
    return sorted(catalogue.demand_rows())


def _only_this_problem_and_demand_kept(example, path, where):
    """The workbook at *path* gives one blocking problem at *where*, no demand change,
    and applying what was understood leaves the demand exactly as it was."""
    before = _demand_rows(example)
    preview = analyse(example, path)
    assert [p.where for p in preview.problems] == [where] and preview.blocking
    assert preview.demand == [] and preview.conflicts == []
    example.apply(preview.changeset("import what was understood"))
    assert _demand_rows(example) == before


@pytest.mark.parametrize(
    ("cells", "where"),
    [
        ({"D2": "Actuall"}, "Demand!D2"),  # a typo in Kind
        ({"A2": None, "B2": "Atlass"}, "Demand!B2"),  # an unknown programme, id cleared
    ],
)
def test_a_demand_row_that_cannot_be_read_keeps_amps_values(example, tmp_path, cells, where):
    """The row's problem was reported, but every exported value of it was deleted."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    for cell, value in cells.items():
        wb["Demand"][cell] = value
    wb.save(path)
    _only_this_problem_and_demand_kept(example, path, where)


def _demand_row_of(ws, name, source, kind):
    for row in ws.iter_rows(min_row=2):
        if (row[1].value, row[2].value, row[3].value) == (name, source, kind):
            return row
    raise AssertionError((name, source, kind))


def test_demand_of_a_programme_deleted_since_the_export_is_skipped(example, tmp_path):
    """Every Demand row of the deleted programme used to block the untouched workbook."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    via = example.find("VIA").id
    example.delete_programmes([via])
    preview = analyse(example, path)
    assert not preview.problems and preview.changeset("x").is_empty()
    # Edited demand of the deleted programme is not imported, with a note at the row.
    wb = openpyxl.load_workbook(path)
    row = _demand_row_of(wb["Demand"], "VIA", "AF", "Actual")
    row[4].value = 9
    wb.save(path)
    preview = analyse(example, path)
    assert [(p.where, p.blocking) for p in preview.problems] == [(f"Demand!B{row[0].row}", False)]
    assert "VIA" in preview.problems[0].message
    assert preview.changeset("x").is_empty()
    # Re-added by an edit of its Programmes row: its demand comes back with it.
    _edit(path, "VIA", "Places", 3)
    preview = analyse(example, path)
    assert not preview.problems
    [added] = preview.added
    months = {d.key.month: d.after for d in preview.demand if d.key.source == "AF"}
    assert all(d.key.programme_id == added.id for d in preview.demand)
    assert months["2025-01"] == 9 and months["2025-02"] == 1
    example.apply(preview.changeset("re-add"))
    assert example.find("VIA").id == added.id


def test_a_deleted_programme_does_not_lend_its_demand_to_a_namesake(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    via = example.find("VIA")
    example.delete_programmes([via.id])
    example.add_programme(Programme(name="VIA", places=2))  # a new programme, same name
    before = _demand_rows(example)
    preview = analyse(example, path)
    assert not preview.blocking and preview.demand == []
    example.apply(preview.changeset("x"))
    assert _demand_rows(example) == before


def _duplicate_month_header(ws):
    ws["F1"] = ws["E1"].value  # a column copied, its header not updated
    return "Demand!F1"


def _duplicate_row(ws):
    values = [c.value for c in ws[2]]
    values[4] = 50
    ws.append(values)  # a row copied to the end and edited
    return f"Demand!E{ws.max_row}"


def _row_relabelled(ws):
    ske = _demand_row_of(ws, "Atlas", "SKE", "Actual")[0].row
    ws["C2"] = "SKE"  # Atlas' AF row relabelled to the source of another row
    return f"Demand!G{ske}"  # 2025-03: 3 in row 2, 2 in the SKE row


@pytest.mark.parametrize("edit", [_duplicate_month_header, _duplicate_row, _row_relabelled])
def test_duplicate_demand_keys_are_problems_and_keep_amps_values(example, tmp_path, edit):
    """Two numbers for one programme, source, kind and month: the later silently won."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    where = edit(wb["Demand"])
    wb.save(path)
    _only_this_problem_and_demand_kept(example, path, where)


def test_a_new_source_in_two_cases_in_demand_is_one_source(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    width = ws.max_column
    ws.append([None, "Atlas", "Kommun", "Actual", 2] + [None] * (width - 5))
    ws.append([None, "C2C", "kommun", "Actual", 3] + [None] * (width - 5))
    ws.append([None, "SESAM", "af", "Actual", 10] + [None] * (width - 5))  # the catalogue's AF
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.problems
    assert preview.new_sources == ["Kommun"]
    assert sorted((d.key.source, d.after) for d in preview.demand) == [
        ("AF", 10.0),
        ("Kommun", 2.0),
        ("Kommun", 3.0),
    ]
    example.apply(preview.changeset("import"))
    assert [s.code for s in example.sources() if s.code.casefold() == "kommun"] == ["Kommun"]


def test_a_demand_month_outside_1990_to_2100_is_a_problem(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    column = ws.max_column + 1
    ws.cell(1, column).value = "1900-01"
    ws.cell(2, column).value = 4
    wb.save(path)
    preview = analyse(example, path)
    letter = openpyxl.utils.get_column_letter(column)
    assert [p.where for p in preview.problems] == [f"Demand!{letter}1"] and preview.blocking
    assert preview.demand == []


def test_rows_for_one_key_that_do_not_disagree_are_read_together(example, tmp_path):
    """The export writes a Forecast row with empty months; a number typed into a new
    row below for an empty month is taken (and a copied row that agrees is harmless)."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    months = [c.value for c in ws[1]]
    forecast = _demand_row_of(ws, "Atlas", "AF", "Forecast")
    assert forecast[4].value is None
    ws.append([None, "Atlas", "AF", "Forecast", 7] + [None] * (len(months) - 5))
    ws.append([c.value for c in ws[2]])
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.problems
    atlas = example.find("Atlas").id
    assert [(d.key.programme_id, d.key.month, d.key.kind, d.after) for d in preview.demand] == [
        (atlas, months[4], "forecast", 7.0)
    ]


def test_a_demand_number_the_store_would_refuse_is_a_problem_at_its_cell(example, tmp_path):
    """Above the store's limit the whole import used to fail when applied."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Demand"]["E2"] = 5_000_000
    wb["Demand"]["F2"] = 4
    wb.save(path)
    preview = analyse(example, path)
    assert [p.where for p in preview.problems] == ["Demand!E2"]
    assert [(d.key.month, d.after) for d in preview.demand] == [("2025-02", 4.0)]
    example.apply(preview.changeset("import what was understood"))


def test_swedish_headers_old_and_new_name_the_same_fields():
    """The Swedish export now says 'Anvisande parter' and 'Genomsnittlig tid i insats'
    as the window does; workbooks exported before still import."""
    from amp_desktop.core.excel import vocabulary as cols

    for header, field in (
        ("Anvisande parter", "referral_sources"),
        ("Anvisning", "referral_sources"),
        ("Genomsnittlig tid i insats (veckor)", "average_stay_weeks"),
        ("Genomsnittlig vistelse (veckor)", "average_stay_weeks"),
    ):
        assert cols.match_header(header, cols.PROGRAMME_SYNONYMS) == field, header


def test_a_column_amp_does_not_know_is_named_not_dropped_silently(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "Atlas", "Places", 31)
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    ws.cell(1, headers.index("Places") + 1).value = "Antal"  # a title AMP does not know
    wb.save(path)
    preview = analyse(example, path)
    assert preview.field_changes() == []  # the renamed column is not read…
    assert any("“Antal”" in note for note in preview.summary)  # …and the preview says so
    unrenamed = analyse(example, export_workbook(example, tmp_path / "b.xlsx"))
    assert not any("Columns not read" in note for note in unrenamed.summary)


def test_control_characters_do_not_make_an_untouched_export_change(example, tmp_path):
    """A cell cannot hold them, so the export leaves them out; the untouched workbook
    then proposed to 'change' every such text."""
    example.update_programme(example.find("Atlas").replace(notes="Ring\x07 före\x0b start"))
    path = export_workbook(example, tmp_path / "a.xlsx")
    assert analyse(example, path).changeset("x").is_empty()


def test_a_fractional_month_is_a_problem_not_read_as_a_whole_one(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "Atlas", "Months it runs", 6.5)
    preview = analyse(example, path)
    assert [p.message for p in preview.problems] == [
        "Months it runs: list month numbers such as 6,7,8. The cell says “6.5”."
    ]
    assert preview.changeset("x").is_empty()


def test_another_programmes_amp_id_is_named_at_the_id_cell(example, tmp_path):
    """Atlas's id copied into C2C's row was told as "“Atlas” appears twice" at the
    cell holding "C2C" (adversarial pass)."""
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    atlas_id = ws.cell(2, 1).value
    assert ws.cell(2, 2).value == "Atlas" and ws.cell(3, 2).value == "C2C"
    ws.cell(3, 1).value = atlas_id
    wb.save(path)
    preview = analyse(example, path)
    (problem,) = [p for p in preview.problems if "C2C" in p.message]
    assert problem.where == "Programmes!A3"
    assert problem.message == (
        f"“C2C” has the AMP id {atlas_id}, which is “Atlas”'s; this row was skipped."
    )


@pytest.mark.parametrize("cleared", [None, "", "  "])
def test_a_cleared_places_cell_keeps_the_programmes_places(example, tmp_path, cleared):
    """A Places cell emptied in AMP's own export imported as 0 places, silently
    (the evening's adversarial pass): a programme AMP has keeps its places, and the
    cell is named with what to write for none."""
    places = next(p for p in example.programmes() if p.name == "Atlas").places
    assert places
    path = export_workbook(example, tmp_path / "a.xlsx")
    _edit(path, "Atlas", "Places", cleared)
    _wb, _ws, cell = _cell(path, "Programmes", "Atlas", "Places")
    preview = analyse(example, path)
    (problem,) = preview.problems
    assert problem.where == f"Programmes!{cell.coordinate}" and problem.blocking
    assert problem.message == (
        f"the cell is empty; the programme keeps its {places} places (write 0 if it has none)."
    )
    assert preview.changeset("x").is_empty()


def test_a_new_row_without_places_is_added_with_none(example, tmp_path):
    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    headers = [c.value for c in ws[1]]
    row = [None] * len(headers)
    row[headers.index("Name")] = "Nystart"
    ws.append(row)
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.problems
    assert [(p.name, p.places) for p in preview.added] == [("Nystart", 0)]
