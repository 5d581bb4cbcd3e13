"""AMP's export for mandates (#14): the drop-down lists of the Mandates and Agreements
sheets, and what ``amp import --json`` says of agreements and mandates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core import i18n
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.mandate import BasisKind, Counterparty
from amp_desktop.core.store import Catalogue
from tests.core.excel.test_excel_mandates import _record


def _drop_down_names(wb: openpyxl.Workbook, sheet: str, column: str) -> list[str]:
    """The names the drop-down on *column* of *sheet* offers, read from its range."""
    from openpyxl.utils import range_boundaries

    ws = wb[sheet]
    (validation,) = [
        dv
        for dv in ws.data_validations.dataValidation
        if f"{column}2" in str(dv.sqref).split(":")[0]
    ]
    assert validation.type == "list" and validation.allow_blank
    assert "," not in validation.formula1.split("!")[1]  # a range, not an inline list
    lists, cells = validation.formula1.split("!")
    min_col, min_row, max_col, max_row = range_boundaries(cells.replace("$", ""))
    assert min_col == max_col and min_row == 2
    assert str(validation.sqref).endswith("1000")  # room for rows a unit head adds
    rows = wb[lists.strip("'")].iter_rows(
        min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col, values_only=True
    )
    return [row[0] for row in rows]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_legal_basis_and_with_have_drop_downs_from_the_lists_sheet(
    example: Catalogue, tmp_path: Path, lang: str
) -> None:
    """#14 item 1: by range on the Lists sheet, since one name has a comma."""
    from amp_desktop.core.excel.mandate_sheets import (
        KIND_LABELS,
        PARTY_LABELS,
        kind_key,
        party_key,
        sheet_name,
    )

    _record(example)
    i18n.set_backend(lambda context, text: text, lang)
    try:
        path = export_workbook(example, tmp_path / f"{lang}.xlsx")
        agreements, mandates = sheet_name("agreements"), sheet_name("mandates")
    finally:
        i18n.set_backend(None)
    index = 0 if lang == "en" else 1
    wb = openpyxl.load_workbook(path)
    kinds = _drop_down_names(wb, mandates, "C")
    assert kinds == [names[index] for names in KIND_LABELS.values()]
    assert [kind_key(k) for k in kinds] == [k.value for k in BasisKind]
    if lang == "en":
        assert "Work placement, SoL 4:4" in kinds  # the comma survives
    parties = _drop_down_names(wb, agreements, "B")
    assert parties == [names[index] for names in PARTY_LABELS.values()]
    assert [party_key(p) for p in parties] == [p.value for p in Counterparty]
    # The other drop-downs keep their columns; the Programmes sheet is as it was.
    formulas = {dv.formula1 for dv in wb.worksheets[0].data_validations.dataValidation}
    lists = "Lists" if lang == "en" else "Listor"
    assert f"'{lists}'!$A$2:$A$3" in formulas
    # Untouched, the export changes nothing when imported back.
    preview = analyse(example, path)
    assert preview.problems == [] and preview.changeset("import").is_empty()


def test_amp_import_json_lists_agreements_added_and_changed(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """#14 item 2: as ``added_programmes`` and ``changes`` do for programmes."""
    import json

    from amp_desktop.cli import main

    with Catalogue.open(example_path) as catalogue:
        _, aid = _record(catalogue)
        path = export_workbook(catalogue, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Agreements"]
    ws["F2"] = dt.datetime(2027, 6, 30)  # the AF agreement now ends
    ws.append([None, "Försäkringskassan", "FK-9", "Finsam-avtal", "2025-01-01"])
    ws = wb["Mandates"]
    atlas = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Atlas")
    atlas[2].value, atlas[3].value, atlas[7].value = "Other", "FK-9", "KS 2020/1"
    wb.save(path)

    assert main(["import", str(example_path), str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added_agreements"] == ["Finsam-avtal (FK-9)"]
    assert data["changed_agreements"] == ["=Lokal överenskommelse (AF-2026-3)"]
    added = [c for c in data["agreement_changes"] if c["agreement"] == "Finsam-avtal (FK-9)"]
    assert {c["field"]: (c["old"], c["new"]) for c in added} == {
        "counterparty": (None, "fk"),
        "reference": (None, "FK-9"),
        "title": (None, "Finsam-avtal"),
        "valid_from": (None, "2025-01-01"),
    }
    assert [c for c in data["agreement_changes"] if c not in added] == [
        {
            "agreement": "=Lokal överenskommelse (AF-2026-3)",
            "field": "valid_to",
            "old": None,
            "new": "2027-06-30",
        }
    ]
    fk_id = aid + 1  # the next id: nothing was written by the dry run
    assert data["mandate_changes"] == [
        {"programme": "Atlas", "field": "legal_basis", "old": None, "new": f"other #{fk_id}"},
        {"programme": "Atlas", "field": "decision_reference", "old": None, "new": "KS 2020/1"},
    ]
    assert data["added"] == 0 and data["changed"] == 0  # programmes: none
    # An untouched export lists nothing.
    with Catalogue.open(example_path) as catalogue:
        export_workbook(catalogue, tmp_path / "same.xlsx")
    assert main(["import", str(example_path), str(tmp_path / "same.xlsx"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added_agreements"] == data["changed_agreements"] == []
    assert data["agreement_changes"] == data["mandate_changes"] == []
    # Removed with --remove-missing: the links go with it, and the JSON says so.
    wb = openpyxl.load_workbook(tmp_path / "same.xlsx")
    wb["Agreements"].delete_rows(2)
    wb.save(tmp_path / "same.xlsx")
    args = ["import", str(example_path), str(tmp_path / "same.xlsx"), "--json", "--dry-run"]
    assert main([*args, "--remove-missing"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["missing_agreements"] == ["=Lokal överenskommelse (AF-2026-3)"]
    assert data["mandate_changes"] == [
        {
            "programme": "Krami",
            "field": "legal_basis",
            "old": f"af_agreement #{aid}; project 2024-01-01..2026-12-31 ESF Vägen",
            "new": "af_agreement; project 2024-01-01..2026-12-31 ESF Vägen",
        }
    ]


def test_the_readme_documents_the_agreement_keys_of_import_json() -> None:
    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    for key in ("added_agreements", "changed_agreements", "agreement_changes", "mandate_changes"):
        assert f'"{key}"' in readme and f"`{key}`" in readme, key


def test_an_af_basis_linking_an_agreement_with_someone_else_is_a_problem_at_its_cell(
    example: Catalogue, tmp_path: Path
) -> None:
    """#14 item 1: an agreement under lag 2009:47 is with Arbetsförmedlingen; a link to
    Försäkringskassan's is named at its cell and never applied."""
    krami, _aid = _record(example)
    path = export_workbook(example, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Agreements"].append([None, "Försäkringskassan", "FK-9", "Finsam-avtal", "2025-01-01"])
    ws = wb["Mandates"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Krami" and r[3].value)
    row[3].value = "FK-9"
    cell = f"D{row[3].row}"
    wb.save(path)
    preview = analyse(example, path)
    (problem,) = [p for p in preview.problems if p.where == f"Mandates!{cell}"]
    assert problem.blocking
    assert "“Finsam-avtal (FK-9)”" in problem.message and "Försäkringskassan" in problem.message
    assert "\n" not in str(problem)
    assert all(c.programme_id != krami for c in preview.mandates)  # not applied
    # The same when the Agreements sheet moves the linked agreement to another party.
    wb = openpyxl.load_workbook(export_workbook(example, tmp_path / "again.xlsx"))
    wb["Agreements"]["B2"] = "Region"
    wb.save(tmp_path / "again.xlsx")
    preview = analyse(example, tmp_path / "again.xlsx")
    assert [p.where for p in preview.problems if p.blocking] == [f"Mandates!{cell}"]
    assert "A region" in preview.problems[0].message
    assert all(c.programme_id != krami for c in preview.mandates)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_agreement_column_has_a_drop_down_of_the_catalogues_agreements(
    example: Catalogue, tmp_path: Path, lang: str
) -> None:
    """Named as the cells are: the reference, ``#id`` without one, ``reference #id``
    where two agreements share it (a renewal that kept the diary number)."""
    from amp_desktop.core.excel.mandate_sheets import sheet_name
    from amp_desktop.core.mandate import Agreement

    _, aid = _record(example)
    renewal = Agreement(Counterparty.AF, "AF-2026-3", "Förlängning", "2027-01-01")
    rid = example.save_agreement(renewal).agreements[0].id
    bare = (
        example.save_agreement(Agreement(Counterparty.REGION, "", "Regionavtal")).agreements[0].id
    )
    i18n.set_backend(lambda context, text: text, lang)
    try:
        path = export_workbook(example, tmp_path / f"{lang}.xlsx")
        mandates = sheet_name("mandates")
    finally:
        i18n.set_backend(None)
    wb = openpyxl.load_workbook(path)
    names = _drop_down_names(wb, mandates, "D")
    assert names == [f"AF-2026-3 #{aid}", f"AF-2026-3 #{rid}", f"#{bare}"]
    written = {r[3].value for r in wb[mandates].iter_rows(min_row=2) if r[3].value}
    assert written <= set(names) and written  # each cell written is one offered
    preview = analyse(example, path)
    assert preview.problems == [] and preview.changeset("import").is_empty()
