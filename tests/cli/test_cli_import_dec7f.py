"""``amp import`` and ``amp kolada import`` with the faults of 7 December (files): a
foreign sheet's empty cells, a number cell no reader could read, a count the store
could not hold — one line each, no traceback, the catalogue as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest


def _workbook(path: Path, *rows: list[object]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Insatser"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_foreign_sheets_empty_cells_keep_the_catalogues_values(example_path, tmp_path, capsys):
    path = _workbook(
        tmp_path / "annan.xlsx",
        ["Insats", "Kortnamn", "Platser", "Årsbudget"],
        ["Atlas", "ATLA", 31, None],
        ["C2C", None, 30, 2_250_000],
    )
    with Catalogue.open(example_path, read_only=True) as catalogue:
        budget = catalogue.find("Atlas").annual_budget_sek
    assert main(["import", str(example_path), str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["changes"] == [{"programme": "Atlas", "field": "places", "old": "30", "new": "31"}]
    assert (
        "2 empty cells were left as they were: the catalogue keeps its values "
        "(Insatser!D2, B3)." in data["notes"]
    )
    assert data["applied"] is True
    with Catalogue.open(example_path, read_only=True) as catalogue:
        atlas = catalogue.find("Atlas")
        assert (atlas.places, atlas.annual_budget_sek, atlas.code) == (31, budget, "ATLA")
        assert catalogue.find("C2C").code == "C2C"


@pytest.mark.parametrize("written", ["NaN", "inf", "abc"])
def test_a_number_cell_no_reader_could_read_is_a_problem_at_its_cell(
    example_path, tmp_path, capsys, written
):
    """``<v>NaN</v>`` in a number cell (libraries write it) gave a 30-line traceback."""
    path = _workbook(
        tmp_path / "nan.xlsx", ["Insats", "Platser", "Årsbudget"], ["Atlas", 30, 777.25]
    )
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert b"<v>777.25</v>" in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b"<v>777.25</v>", f"<v>{written}</v>".encode()
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    before = file_digest(example_path)
    status = main(["import", str(example_path), str(path)])
    out, err = capsys.readouterr()
    assert status == 1 and "Traceback" not in out + err
    (line,) = [line for line in out.splitlines() if "problem:" in line]
    assert line.startswith("  problem: Insatser!C2: ")
    assert "Nothing was written." in out
    assert file_digest(example_path) == before


def test_a_kolada_count_the_store_cannot_hold_is_one_line(catalogue_path, tmp_path, capsys):
    saved = tmp_path / "kolada.csv"
    saved.write_text("Nyckeltal id;Kommun-id;År;Kön;Värde;Antal\nU40455;1980;2024;T;41,5;1e300\n")
    before = file_digest(catalogue_path)
    status = main(["kolada", "import", str(catalogue_path), str(saved)])
    out, err = capsys.readouterr()
    assert status == 1 and out == "" and "Traceback" not in err
    assert err == (
        f"amp: {saved}: Line 2: the count “1e300” is not a whole number of 0 or more "
        "(column “Antal”).\n"
    )
    assert file_digest(catalogue_path) == before


def test_a_kolada_file_for_an_unknown_municipality_is_one_line(catalogue_path, tmp_path, capsys):
    saved = tmp_path / "kolada.json"
    saved.write_text(
        '{"values": [{"kpi": "U40455", "municipality": "1234", "period": 2024, '
        '"values": [{"gender": "T", "count": 1, "status": "", "value": 41.5}]}]}'
    )
    before = file_digest(catalogue_path)
    status = main(["kolada", "import", str(catalogue_path), str(saved)])
    _out, err = capsys.readouterr()
    assert status == 1 and err.count("\n") == 1 and "“1234”" in err
    assert file_digest(catalogue_path) == before
