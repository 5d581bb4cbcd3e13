"""A programme whose results were never imported for the period is not known — never
rows of zeros: null in ``amp results --json``, blank in the window, left out of the
printed results and the Excel Results sheet and named above the tables.  One
definition (``Catalogue.results_known``) decides it for all of them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_RESULTS, build_report
from amp_desktop.core.reports.document import Paragraph
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.view import ResultsView
from amp_desktop.ui.roles import ID_ROLE, VALUE_ROLE
from tests.core.results.test_results_excel import results_rows
from tests.core.results.test_results_report import pdf_lines, results_catalogue

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def with_new(tmp_path: Path) -> tuple[Path, int]:
    """The three programmes with 2025 results, and "Nystart" added without any."""
    path = results_catalogue(tmp_path / "r.amp", tmp_path)
    with Catalogue.open(path) as catalogue:
        added = catalogue.add_programme(Programme("Nystart", places=8, annual_budget_sek=500_000))
        new_id = next(p.id for p in catalogue.programmes() if p.name == "Nystart")
        assert not added.is_empty() and new_id is not None
    return path, new_id


def test_the_store_knows_which_programmes_have_results(with_new: tuple[Path, int]) -> None:
    path, new_id = with_new
    with Catalogue.open(path) as catalogue:
        known = catalogue.results_known("2025-01", "2025-12")
        ids = {p.id for p in catalogue.programmes()}
        assert known == ids - {new_id} and len(known) == 3
        assert catalogue.results_known("2023-01", "2023-12") == set()


def test_the_window_shows_nothing_where_amp_results_says_null(
    qtbot, with_new: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    path, new_id = with_new
    assert main(["results", str(path), "--year", "2025", "--json"]) == 0
    cli = {p["id"]: p for p in json.loads(capsys.readouterr().out)["programmes"]}
    assert cli[new_id]["participants"] is None and cli[new_id]["places"] == 8
    catalogue = Catalogue.open(path)
    try:
        view = ResultsView(CatalogueSession(catalogue))
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.set_period(Period.year(2025))
        model = view.model
        rows = {model.index(r, 0).data(ID_ROLE): r for r in range(model.rowCount())}
        assert set(rows) == set(cli)
        for key in ("participants", "exits", "work_or_studies_share", "actual_utilisation"):
            column = model.column_of(key)
            for programme_id, row in rows.items():
                value = model.index(row, column).data(VALUE_ROLE)
                assert value == cli[programme_id][key], (programme_id, key)
        blank = model.index(rows[new_id], model.column_of("participants"))
        assert blank.data() == "–"  # not known, not "0" (as amp results)
        exits = model.index(rows[new_id], model.column_of("exits"))
        assert "No results imported" in exits.data(0x03)  # the tooltip says why
        known = model.index(next(r for i, r in rows.items() if i != new_id), 0)
        assert model.index(known.row(), model.column_of("participants")).data() not in ("", "0")
        assert "No results imported for the period (1): Nystart." in view.summary.text()
        assert model.index(rows[new_id], 0).data() == "Nystart"
        places = model.index(rows[new_id], model.column_of("places"))
        assert places.data() == "8"  # what is known is shown
        view.set_period(Period.year(2023))  # nothing imported for any programme
        assert "no results imported for the period" in view.summary.text()
    finally:
        catalogue.close()


def test_print_and_excel_leave_it_out_and_name_it(
    qapp: object, with_new: tuple[Path, int], tmp_path: Path
) -> None:
    path, _new_id = with_new
    with Catalogue.open(path) as catalogue:
        report = build_report(catalogue, KIND_RESULTS, period=Period.year(2025))
        names = [row[0] for table in report.tables() for row in table.rows]
        assert "Liten" in names and "Nystart" not in names
        notes = [s.text for s in report.sections if isinstance(s, Paragraph)]
        assert any("No results imported" in n and "Nystart" in n for n in notes), notes
        out = tmp_path / "export.xlsx"
        export_workbook(catalogue, out)
    _header, rows = results_rows(out)
    assert "Liten" in rows and "Nystart" not in rows
    pdf = tmp_path / "results.pdf"
    assert (
        main(["report", str(path), "--pdf", str(pdf), "--kind", "results", "--year", "2025"]) == 0
    )
    lines = pdf_lines(pdf)
    assert not any(line.startswith("Nystart ") for line in lines)
    assert any("Nystart" in line for line in lines)  # named in the note
