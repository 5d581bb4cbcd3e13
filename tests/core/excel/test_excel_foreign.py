"""Other people's sheets: the Västerås table with title rows, Swedish headers and cell text."""

from __future__ import annotations

import openpyxl

from amp_desktop.core.excel.importer import analyse, detect_kind
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import vasteras_rows, vasteras_workbook


def test_vasteras_table_into_an_empty_catalogue(catalogue_path, tmp_path):
    path = vasteras_workbook(tmp_path / "vasteras.xlsx")
    assert detect_kind(path) == "catalogue"
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
        assert preview.kind == "catalogue"
        assert preview.header_row == 4  # below two title rows and a blank one
        assert set(preview.mapping.values()) == {
            "name",
            "description",
            "places",
            "referral_sources",
            "type",
        }
        assert len(preview.added) == len(vasteras_rows()) == 21
        by_name = {p.name: p for p in preview.added}
        etablering = by_name["Etablering/Kommun"]
        assert (etablering.places, etablering.budgeted_places) == (24, 10)
        assert [(s.source, s.role.value) for s in etablering.sources] == [
            ("AF", "main"),
            ("AME", "fallback"),
        ]
        assert by_name["C2C"].main_sources() == ("IND",)
        salt = by_name["ESF/SALT"]
        assert salt.places == 50 and salt.start_date == "2020-07-01" and salt.end_date is None
        # what could not be read with certainty is shown, not guessed
        notes = [p for p in preview.problems if not p.blocking]
        assert any("max 84" in p.message for p in notes)
        assert any("2022-12-319" in p.message for p in notes)
        assert not preview.blocking
        assert set(preview.new_sources) >= {"AF", "SKE", "IND"}
        catalogue.apply(preview.changeset("import"))
        assert len(catalogue.programmes()) == 21
        assert catalogue.source("Arenan") is not None
        # importing the same sheet again changes nothing
        again = analyse(catalogue, path)
        assert again.field_changes() == [] and not again.added


def test_english_headers_and_numbers_as_text(catalogue_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Programme", "Places", "Annual budget", "Type", "Referral source"])
    ws.append(["Job club", "12", "1 200 000 kr", "Primary", "Arbetsförmedlingen"])
    ws.append(["Workshop", 8, "2,5", "Secondary", "Ny Partner"])
    path = tmp_path / "en.xlsx"
    wb.save(path)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    by_name = {p.name: p for p in preview.added}
    assert by_name["Job club"].annual_budget_sek == 1_200_000
    assert by_name["Job club"].sources[0].source == "AF"
    # "2,5" kronor is not whole kronor: shown for review with its address
    assert [p.where for p in preview.problems if p.blocking] == ["Sheet!C3"]
    assert "Ny Partner" in preview.new_sources
    # a new source the user does not create is left out, not silently invented
    change = preview.changeset("x", create_sources={"AF"})
    assert [s.code for s in change.sources] == ["AF"]
    workshop = next(c.after for c in change.programmes if c.after.name == "Workshop")
    assert workshop.sources == ()


def test_mapping_can_be_corrected(catalogue_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Insats", "Kapacitet", "Anvisning"])
    ws.append(["Atlas", 30, "AF"])
    path = tmp_path / "m.xlsx"
    wb.save(path)
    with Catalogue.open(catalogue_path) as catalogue:
        plain = analyse(catalogue, path)
        assert "places" not in plain.mapping.values()
        mapped = analyse(catalogue, path, mapping={"Kapacitet": "places", "C": ""})
        assert mapped.mapping == {0: "name", 1: "places"}
        assert mapped.added[0].places == 30 and mapped.added[0].sources == ()


def test_existing_programmes_are_matched_by_name(example, tmp_path):
    path = vasteras_workbook(tmp_path / "v.xlsx", name_header="Insats")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for row in ws.iter_rows(min_row=5):
        if row[0].value == "Atlas":
            row[2].value = "33"
    wb.save(path)
    preview = analyse(example, path)
    assert not preview.added
    changes = [c for c in preview.field_changes() if c["programme"] == "Atlas"]
    assert {"programme": "Atlas", "field": "places", "old": "30", "new": "33"} in changes


def test_a_hidden_programme_sheet_gives_way_to_the_one_the_user_sees(catalogue_path, tmp_path):
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Gamla listan"
    new = wb.create_sheet("Insatser")
    for sheet, names in ((old, ["Jobbklubb 2019", "Verkstad 2019"]), (new, ["Jobbklubb"])):
        sheet.append(["Insats", "Antal platser", "Anvisning"])
        for name in names:
            sheet.append([name, 12, "AF"])
    old.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    with Catalogue.open(catalogue_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "catalogue" and preview.sheet == "Insatser"
    assert [p.name for p in preview.added] == ["Jobbklubb"]
