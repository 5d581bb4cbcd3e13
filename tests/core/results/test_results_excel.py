"""The Excel export's Results sheet: small counts hidden, and AMP's own import skips it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import openpyxl

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.results.disclosure import EXACT_KEY
from amp_desktop.core.store import Catalogue
from tests.core.results.test_results_report import SMALL, results_catalogue

COUNTS = ("Participants", "Starts", "Exits", "To work or studies")


def results_rows(path: Path) -> tuple[list[str], dict[str, tuple[Any, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb["Results"].iter_rows(values_only=True))
    finally:
        wb.close()
    header = [str(h) for h in rows[0]]
    by_name = {str(row[1]): row for row in rows[1:] if row and row[0] == 2025}
    return header, by_name


def test_the_results_sheet_hides_small_counts_and_reads_back(tmp_path: Path) -> None:
    path = results_catalogue(tmp_path / "r.amp", tmp_path)
    out = tmp_path / "export.xlsx"
    with Catalogue.open(path) as catalogue:
        export_workbook(catalogue, out)
        preview = analyse(catalogue, out)
        assert preview.kind == "export"
        assert not preview.problems
        assert preview.changeset("again").is_empty()
    header, rows = results_rows(out)
    assert header[:3] == ["Year", "Programme", "Type"]
    assert set(rows) >= {"Liten", "Stora spåret", "Andra steget", "All programmes"}
    columns = [header.index(name) for name in COUNTS]
    for name, row in rows.items():
        for index in columns:
            assert row[index] not in (1, 2, 3, 4), (name, header[index], row[index])
            assert str(row[index]) not in SMALL
    liten = rows["Liten"]
    assert [liten[i] for i in columns] == ["<5", "<5", "<5", "<5"]
    assert rows["Stora spåret"][header.index("Participants")] == ".."  # total − Liten
    assert isinstance(rows["All primary programmes"][header.index("Participants")], int)
    assert liten[header.index("Share to work or studies")] == ".."
    big = rows["Andra steget"]
    assert isinstance(big[header.index("Exits")], int) and big[header.index("Exits")] >= 5


def test_exact_setting_writes_exact_counts(tmp_path: Path) -> None:
    path = results_catalogue(tmp_path / "r.amp", tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, 'true')", [EXACT_KEY])
    conn.close()
    out = tmp_path / "export.xlsx"
    with Catalogue.open(path) as catalogue:
        export_workbook(catalogue, out)
    header, rows = results_rows(out)
    liten = rows["Liten"]
    assert [liten[header.index(name)] for name in COUNTS] == [3, 3, 2, 1]
    assert liten[header.index("Share to work or studies")] == 0.5


def test_no_results_no_sheet(example: Catalogue, tmp_path: Path) -> None:
    out = export_workbook(example, tmp_path / "export.xlsx")
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert "Results" not in wb.sheetnames
    finally:
        wb.close()


def test_the_export_can_be_asked_for_exact_counts(tmp_path: Path) -> None:
    path = results_catalogue(tmp_path / "r.amp", tmp_path)
    out = tmp_path / "export.xlsx"
    with Catalogue.open(path) as catalogue:
        export_workbook(catalogue, out, results_exact=True)  # Preferences → exact figures
    header, rows = results_rows(out)
    assert rows["Liten"][header.index("Participants")] == 3


def test_a_cost_not_known_is_a_dash_as_printed(tmp_path: Path) -> None:
    """The Results sheet left a cost not known empty (a programme without a budget),
    while its definitions and the printed results write "–"."""
    path = results_catalogue(tmp_path / "r.amp", tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE programmes SET annual_budget_sek = NULL WHERE name = 'Andra steget'")
        conn.execute("INSERT INTO meta(key, value) VALUES (?, 'true')", [EXACT_KEY])
    out = tmp_path / "export.xlsx"
    with Catalogue.open(path) as catalogue:
        export_workbook(catalogue, out)
    header, rows = results_rows(out)
    cost = header.index("Cost per participant")
    assert rows["Andra steget"][cost] == "–"
    assert isinstance(rows["Stora spåret"][cost], (int, float))
