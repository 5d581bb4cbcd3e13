"""What AMP recognises a sheet as, and by what: foreign id columns, birth dates,
totals rows, too little evidence, identity numbers in any spelling, many sources,
formula cells in a referral list (issue 11: items 1–4, 12, 17, 19)."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import zipfile

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse, detect_kind
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest


def _book(path, header, rows, title="Blad1"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


# -- 1. a foreign sheet's id column is never AMP's id ------------------------------
def test_a_foreign_id_column_does_not_rename_programmes(example_path, tmp_path, capsys):
    """A staff-like sheet whose Id column holds 1-3 renamed Atlas, C2C and
    Etablering/Kommun to "Person 1-3"."""
    path = _book(
        tmp_path / "staff.xlsx",
        ["Namn", "Id", "Platser"],
        [[f"Person {n}", n, 5] for n in (1, 2, 3)],
    )
    with Catalogue.open(example_path) as catalogue:
        before = {p.id: p.name for p in catalogue.programmes()}
        preview = analyse(catalogue, path)
        assert preview.kind == "catalogue"
        assert preview.changed == []
        assert sorted(p.name for p in preview.added) == ["Person 1", "Person 2", "Person 3"]
        assert "id" not in preview.mapping.values()
        assert [(c.where, c.header) for c in preview.ignored_columns] == [("Blad1!B1", "Id")]
        assert "only AMP's own export" in preview.ignored_columns[0].reason
    before_bytes = file_digest(example_path)
    assert main(["import", str(example_path), str(path), "--json", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ignored_columns"][0]["cell"] == "B1" and data["changes"] == []
    assert file_digest(example_path) == before_bytes
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert {p.id: p.name for p in catalogue.programmes()} == before


def test_another_catalogues_export_matches_by_name_not_id(example, make_catalogue, tmp_path):
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.excel.export import export_workbook

    other = make_catalogue()
    other.add_programme(Programme(name="Annan insats", places=3))
    other.add_programme(Programme(name="Atlas", places=99))
    path = export_workbook(other, tmp_path / "other.xlsx")
    preview = analyse(example, path)
    assert preview.kind == "export"
    assert "not of this catalogue" in preview.recognised_by
    assert [p.name for p in preview.added] == ["Annan insats"]
    changed = {a.name: (b.places, a.places) for b, a in preview.changed}
    assert changed == {"Atlas": (30, 99)}  # matched by name: id 1 is C2C... not touched
    assert all(b.name == a.name for b, a in preview.changed)


def test_our_own_export_says_it_matches_by_id(example, tmp_path):
    from amp_desktop.core.excel.export import export_workbook

    preview = analyse(example, export_workbook(example, tmp_path / "own.xlsx"))
    assert "by its hidden sheet _amp_base and the catalogue's identity" in preview.recognised_by
    assert preview.evidence == ["_amp_base"] and preview.ignored_columns == []


# -- 2. a date of birth is personal data, never a referral date ---------------------
@pytest.mark.parametrize(
    "birth", ["Födelsedatum", "Födelsedag", "Född", "Date of birth", "DOB", "Datum (födelse)"]
)
def test_a_birth_date_is_never_the_referral_date(example_path, tmp_path, birth):
    rows = [[dt.date(2001 + n % 5, 3, 4), "Atlas", "AF"] for n in range(10)]
    path = _book(tmp_path / "births.xlsx", [birth, "Insats", "Anvisande part"], rows)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "referrals"
    assert preview.demand == [] and preview.blocking
    assert any("date of birth" in p.message and "Date" in p.message for p in preview.problems)
    assert [c.header for c in preview.ignored_columns] == [birth]


def test_with_a_referral_date_beside_it_the_birth_date_is_dropped(example_path, tmp_path):
    rows = [[dt.date(2002, 5, 6), dt.date(2026, 2, 3), "Atlas", "AF"] for _ in range(4)]
    header = ["Date of birth", "Anvisningsdatum", "Insats", "Anvisande part"]
    path = _book(tmp_path / "both.xlsx", header, rows)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        assert [(c.key.month, c.after) for c in preview.demand] == [("2026-02", 4.0)]
        assert "date of birth" not in " ".join(str(p) for p in preview.problems)
        assert any("dates of birth" in note for note in preview.summary)
        # mapped by hand it is still refused
        mapped = analyse(catalogue, path, mapping={"Date of birth": "date"})
        assert mapped.blocking and mapped.demand == []
        assert any("personal data" in p.message for p in mapped.problems)


# -- 3. totals rows are skipped ------------------------------------------------------
@pytest.mark.parametrize(
    "label", ["Summa", "Totalt", "Total", "Sum", "Alla insatser", "Summa Jobbcentrum", "Total:"]
)
def test_a_totals_row_is_skipped_not_added(catalogue_path, tmp_path, label):
    rows = [["Atlas", 30, 1_000_000, "AF"], ["C2C", 12, 500_000, "SKE"], [label, 42, 1_500_000, ""]]
    path = _book(tmp_path / "t.xlsx", ["Insats", "Platser", "Budget", "Anvisning"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.name for p in preview.added] == ["Atlas", "C2C"]
    assert [(r.where, r.text) for r in preview.skipped_rows] == [("Blad1!A4", label)]


def test_a_programme_whose_name_begins_with_a_totals_word_is_kept(catalogue_path, tmp_path):
    """ "Total Rehab", "Samtliga ungdomar i arbete", "Sum-up coaching" were skipped as
    totals: a totals word is a total alone or before a unit or group of the sheet."""
    rows = [
        ["Total Rehab", 10, "Jobbcentrum"],
        ["Samtliga ungdomar i arbete", 6, "Jobbcentrum"],
        ["Sum-up coaching", 3, "Lärcentrum"],
        ["Summa Jobbcentrum", 16, None],  # a unit of the sheet: a subtotal
        ["Verkstad", 4, None],  # a heading-like name above
        ["Totalt för Verkstad", 1, None],
        ["Totalt:", 24, None],
    ]
    path = _book(tmp_path / "n.xlsx", ["Insats", "Antal platser", "Enhet"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.name for p in preview.added] == [
        "Total Rehab",
        "Samtliga ungdomar i arbete",
        "Sum-up coaching",
        "Verkstad",
    ]
    assert [r.text for r in preview.skipped_rows] == [
        "Summa Jobbcentrum",
        "Totalt för Verkstad",
        "Totalt:",
    ]


def test_rows_that_are_the_sum_of_the_rows_above_are_skipped(catalogue_path, tmp_path):
    rows = [
        ["Atlas", 30, 1_000_000],
        ["C2C", 12, 500_000],
        ["Jobbcentrum", 42, 1_500_000],  # a subtotal without a totals word
        ["Sommarjobb", 10, 200_000],
        ["Lärcentrum", 5, 100_000],
        [None, 57, 1_800_000],  # the grand total: all programme rows
        ["Summerjobs", 15, 400_000],  # not a total: "Sum" is not a word of its own
        ["Verkstad", 20, 9],  # places happen to add up, the budget does not
    ]
    path = _book(tmp_path / "s.xlsx", ["Insats", "Platser", "Årsbudget"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.name for p in preview.added] == [
        "Atlas",
        "C2C",
        "Sommarjobb",
        "Lärcentrum",
        "Summerjobs",
        "Verkstad",
    ]
    assert [r.where for r in preview.skipped_rows] == ["Blad1!A4", "Blad1!A7"]
    assert all("sum of the rows above" in r.reason for r in preview.skipped_rows)


# -- 4. one matching column is not evidence; the preview says what was ---------------
@pytest.mark.parametrize(
    "header", [["Name", "Type", "Schema", "Id"], ["Name", "Id", "Dept"], ["Namn", "Status"]]
)
def test_a_list_of_names_is_not_a_catalogue(catalogue_path, tmp_path, capsys, header):
    """A sheet of 941 database objects with a Name column was read as 941 programmes;
    a staff list (Name, Id, Dept) renamed programmes by their ids."""
    rows = [[f"tbl_object_{n}", "TABLE", "dbo", n][: len(header)] for n in range(941)]
    path = _book(tmp_path / "objects.xlsx", header, rows)
    with pytest.raises(ExcelFileError):
        detect_kind(path)
    before = file_digest(catalogue_path)
    assert main(["import", str(catalogue_path), str(path)]) == 2
    assert "no sheet has a header row AMP recognises" in capsys.readouterr().err
    assert file_digest(catalogue_path) == before


def test_a_sheet_read_as_the_kind_chosen_names_the_columns_it_was_read_by(
    catalogue_path, tmp_path, capsys
):
    """With --kind catalogue the preview said "the columns AMP knows: –" and the JSON's
    recognised_columns was empty although Name was read."""
    rows = [[f"tbl_object_{n}", "TABLE", "dbo"] for n in range(20)]
    path = _book(tmp_path / "objects.xlsx", ["Name", "Type", "Schema"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path, kind="catalogue")
    assert "because you chose it" in preview.recognised_by
    assert "–" not in preview.recognised_by and "Name" in preview.recognised_by
    assert "Name" in preview.evidence
    args = ["import", "--kind", "catalogue", "--dry-run", "--json", str(catalogue_path), str(path)]
    main(args)
    assert "Name" in json.loads(capsys.readouterr().out)["recognised_columns"]


def test_the_preview_says_what_it_recognised_and_by_what(example_path, tmp_path, capsys):
    from tests.excel_fixtures import referral_list, vasteras_workbook

    with Catalogue.open(example_path) as catalogue:
        path, _ids, _names = referral_list(tmp_path / "list.xlsx", ["Atlas"], rows=5)
        referrals = analyse(catalogue, path)
        assert referrals.recognised_by == (
            "Recognised as a referral list by its columns Personnummer, Anvisningsdatum, "
            "Insats, Anvisande part, Kön, Behovsnivå."
        )
        sheet = analyse(catalogue, vasteras_workbook(tmp_path / "v.xlsx"))
        assert sheet.recognised_by.startswith("Recognised as a programme catalogue by its columns")
        assert "Antal platser" in sheet.recognised_by and "Anvisning" in sheet.recognised_by
        chosen = analyse(catalogue, path, kind="referrals")
        assert chosen.recognised_by.startswith("Read as a referral list because you chose it")
    main(["import", str(example_path), str(path), "--json", "--dry-run"])
    data = json.loads(capsys.readouterr().out)
    assert data["recognised_by"] == referrals.recognised_by
    assert data["recognised_columns"][:2] == ["Personnummer", "Anvisningsdatum"]


# -- 12. identity numbers in every spelling never reach the file ---------------------
SPELLINGS = [
    "850312-2387",
    "850312 2387",
    "850312–2387",
    "19850312 2387",
    "8503122387",
    "1985-03-12-2387",
    "85.03.12-2387",
]


@pytest.mark.parametrize("pnr", [*SPELLINGS, "850312+2387", "850312—2387", "19850312-2387"])
def test_the_one_check_knows_every_spelling(pnr):
    from amp_desktop.core.personal import find_personal_id, is_personal_id

    assert is_personal_id(pnr)
    assert find_personal_id(f"Kontakt: {pnr}, tack") == pnr
    assert not is_personal_id(pnr[:-1] + str((int(pnr[-1]) + 1) % 10))  # check digit
    assert is_personal_id("850372-2384")  # samordningsnummer: day + 60


@pytest.mark.parametrize("pnr", SPELLINGS)
def test_an_identity_number_as_a_referral_source_is_not_stored(example_path, tmp_path, pnr):
    rows = [[dt.date(2026, 1, 5), "Atlas", "AF"], [dt.date(2026, 1, 6), "Atlas", pnr]]
    path = _book(tmp_path / "l.xlsx", ["Anvisningsdatum", "Insats", "Anvisande part"], rows)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        assert preview.new_sources == []
        assert [p.where for p in preview.problems] == ["Blad1!C3"]
        assert "personal identity number" in preview.problems[0].message
        catalogue.apply(preview.changeset("import"))
    digits = re.sub(r"\D", "", pnr)[-10:]
    data = example_path.read_bytes()
    assert digits.encode() not in data and digits[:6].encode() + b"-" not in data


@pytest.mark.parametrize("pnr", SPELLINGS)
def test_an_identity_number_in_a_catalogue_sheet_is_refused(catalogue_path, tmp_path, pnr):
    rows = [["Atlas", 10, f"AF, {pnr}"], ["C2C", 5, "SKE"], ["Verkstad", 4, f"Ring {pnr}"]]
    path = _book(tmp_path / "c.xlsx", ["Insats", "Platser", "Anvisning"], rows)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
        assert [p.name for p in preview.added] == ["C2C"]
        assert preview.new_sources == ["SKE"]
        assert {p.where for p in preview.problems} == {"Blad1!C2", "Blad1!C4"}


@pytest.mark.parametrize("pnr", SPELLINGS)
def test_the_store_refuses_an_identity_number_in_any_text(make_catalogue, pnr):
    from amp_desktop.core.domain import Programme, ReferralSource
    from amp_desktop.core.rules import RuleError
    from amp_desktop.core.store import ChangeSet, DemandChange, DemandKey, SourceChange

    catalogue = make_catalogue()
    atlas = catalogue.add_programme(Programme(name="Atlas")).programmes[0].after
    changes = [
        ChangeSet("x", sources=(SourceChange(pnr, None, ReferralSource(pnr, "x")),)),
        ChangeSet("x", sources=(SourceChange("AB", None, ReferralSource("AB", f"Tel {pnr}")),)),
        ChangeSet(
            "x", demand=(DemandChange(DemandKey(atlas.id, "2026-01", pnr, "actual"), None, 1.0),)
        ),
        ChangeSet(f"Import {pnr}.xlsx", programmes=()),
    ]
    for change in changes[:3]:
        with pytest.raises(RuleError, match="personal identity number"):
            catalogue.apply(change)
    with pytest.raises(RuleError):
        catalogue.save_scenario(f"Plan {pnr}", "{}")
    with pytest.raises(RuleError):
        catalogue.save_scenario("Plan", json.dumps({"note": f"för {pnr}"}))
    for field in ("description", "notes", "target_group", "unit", "funding"):
        with pytest.raises(RuleError):
            catalogue.update_programme(atlas.replace(**{field: f"Kontakt {pnr}"}))


def test_an_identity_number_as_a_demand_source_in_our_export(example, tmp_path):
    from amp_desktop.core.excel.export import export_workbook

    path = export_workbook(example, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Demand"]
    ws.append([None, "Atlas", "850312–2387", "Actual", 2] + [None] * (ws.max_column - 5))
    wb.save(path)
    preview = analyse(example, path)
    assert preview.new_sources == [] and preview.demand == []
    assert [p.where for p in preview.problems] == [f"Demand!C{ws.max_row}"]
    assert "2387" not in preview.problems[0].message


# -- 17. many referral sources: linear, limited, asked about ------------------------
def test_a_cell_with_thousands_of_codes_is_refused_quickly(catalogue_path, tmp_path):
    codes = ", ".join(f"K{n}" for n in range(8191))  # 63 KB in one cell
    path = _book(tmp_path / "many.xlsx", ["Insats", "Platser", "Anvisning"], [["Atlas", 3, codes]])
    started = time.perf_counter()
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert time.perf_counter() - started < 10
    assert preview.new_sources == [] and preview.blocking
    assert any("at most 200" in p.message for p in preview.problems)


def test_one_very_long_code_is_too_long_not_too_many_sources(catalogue_path, tmp_path):
    """One code of 32,767 characters (a full cell) was reported as "more than 200 sources"."""
    path = _book(
        tmp_path / "long.xlsx", ["Insats", "Platser", "Anvisning"], [["Atlas", 3, "A" * 32767]]
    )
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.blocking
    assert [p.where for p in preview.problems] == ["Blad1!C2"]
    assert "at most 40 characters" in preview.problems[0].message
    assert "200" not in preview.problems[0].message


def test_many_distinct_sources_are_linear_limited_and_a_question(example_path, tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Anvisningar")
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for n in range(20_000):
        ws.append([dt.date(2026, 1 + n % 12, 1), "Atlas", f"Källa {n}"])
    path = tmp_path / "sources.xlsx"
    wb.save(path)
    started = time.perf_counter()
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        existing = len(catalogue.sources())
        elapsed = time.perf_counter() - started
        assert elapsed < 15, elapsed
        assert len(preview.new_sources) == 200 - existing
        assert preview.confirmations and "new referral sources" in preview.confirmations[0]
        assert preview.blocking  # the sources over the limit are named, their rows not counted
        change = preview.changeset("import")
        assert len(change.sources) == 200 - existing
        assert all(d.key.source in set(preview.new_sources) for d in change.demand)


def test_the_cli_asks_before_creating_many_sources(example_path, tmp_path, capsys):
    rows = [[dt.date(2026, 1, 5), "Atlas", f"Ny källa {n}"] for n in range(11)]
    path = _book(tmp_path / "l.xlsx", ["Anvisningsdatum", "Insats", "Anvisande part"], rows)
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(path)]) == 1
    out = capsys.readouterr().out
    assert "--create-sources" in out and "Nothing was written." in out
    assert file_digest(example_path) == before
    assert main(["import", str(example_path), str(path), "--create-sources"]) == 0
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.source("Ny källa 10") is not None


# -- 19. formula cells in a referral list are reported, never counted ----------------
def _with_cached_values(path, cached):
    """Give formula cells the cached values Excel would have saved (openpyxl cannot)."""
    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in cached.items():
        xml = re.sub(
            rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?',
            lambda m, r=ref, v=value: f'<c r="{r}" t="str"><f>{m.group(2)}</f><v>{v}</v>',
            xml,
        )
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def test_a_formulas_cached_value_is_not_taken_as_a_source(example_path, tmp_path):
    rows = [
        [dt.date(2031, 1, 5), "Atlas", "AF"],
        [dt.date(2031, 1, 6), "Atlas", '=WEBSERVICE("http://x")'],
        [dt.date(2031, 1, 7), '="Atl"&"as"', "AF"],
    ]
    path = _book(tmp_path / "f.xlsx", ["Anvisningsdatum", "Insats", "Anvisande part"], rows)
    _with_cached_values(path, {"C3": "=cmd|' /C calc'!A0", "B4": "Atlas"})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        assert preview.new_sources == []
        assert [c.after for c in preview.demand] == [1.0]
        assert [p.where for p in preview.problems] == ["Blad1!C3", "Blad1!B4"]
        assert all("formula" in p.message for p in preview.problems)
        catalogue.apply(preview.changeset("import"))
    assert b"calc" not in example_path.read_bytes()


def test_cli_json_problems_have_sheet_and_cell_as_the_readme_says(catalogue_path, tmp_path, capsys):
    rows = [["Atlas", "trettio"]]
    path = _book(tmp_path / "p.xlsx", ["Insats", "Platser"], rows, title="Mina insatser")
    assert main(["import", str(catalogue_path), str(path), "--json"]) == 1
    problem = json.loads(capsys.readouterr().out)["problems"][0]
    assert (problem["sheet"], problem["cell"]) == ("Mina insatser", "B2")
    assert problem["where"] == "'Mina insatser'!B2" and problem["blocking"] is True


def test_a_problem_never_repeats_an_identity_number(catalogue_path, tmp_path):
    path = _book(tmp_path / "p.xlsx", ["Insats", "Platser"], [["Atlas", "850312–2387"]])
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.problems and all("2387" not in str(p) for p in preview.problems)
