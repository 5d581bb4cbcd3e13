"""The Yearly figures window: the model, the same figures as ``amp yearly``, the settings
saved as one undo step, the Kolada fetch (local stand-in) in the worker, its failure,
and View → Yearly Figures…"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.yearly.dialog import YearlyDialog
from amp_desktop.ui.yearly.model import COLUMNS
from tests.core.kolada.kolada_server import data_item, json_answer, kolada_server, vasteras_routes
from tests.core.yearly.yearly_data import build, import_kolada
from tests.screens import save_screenshot

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture()
def built_path(catalogue_path: Path, tmp_path: Path) -> Path:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        import_kolada(catalogue, tmp_path)
    return catalogue_path


@pytest.fixture()
def session(built_path: Path, qtbot):  # type: ignore[no-untyped-def]
    catalogue = Catalogue.open(built_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _dialog(qtbot, session: CatalogueSession) -> YearlyDialog:  # type: ignore[no-untyped-def]
    dialog = YearlyDialog(session)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.show()
    return dialog


def _cell(dialog: YearlyDialog, key: str, column: str) -> str:
    rows = [dialog.model.row(r)["key"] for r in range(dialog.model.rowCount())]
    index = dialog.model.index(rows.index(key), [c.key for c in COLUMNS].index(column))
    return str(dialog.model.data(index))


def test_the_model_passes_the_model_tester_and_agrees_with_the_cli(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, session, built_path, capsys
) -> None:
    dialog = _dialog(qtbot, session)
    qtmodeltester.check(dialog.model)
    assert _cell(dialog, "work_or_studies_share", "value") == "50.0%"
    assert _cell(dialog, "work_or_studies_share", "municipality") == "48.0%"
    assert _cell(dialog, "work_or_studies_share", "check") == "Agrees"
    assert _cell(dialog, "persons", "women") == "2"  # exact: the window is the unit's own
    assert "Källa: Kolada" in dialog.notes.text()
    capsys.readouterr()
    assert main(["yearly", str(built_path), "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    figures = {f["key"]: f for f in data["figures"]}
    for r in range(dialog.model.rowCount()):
        row = dialog.model.row(r)
        assert row["value"] == figures[row["key"]]["value"], row["key"]


def test_settings_are_one_undo_step(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    dialog.municipality.setText("2580")
    dialog.population.setValue(80_000)
    dialog.save_settings()
    assert session.catalogue.municipality_code() == "2580"
    assert session.catalogue.population() == 80_000
    assert dialog.report is not None and dialog.report.municipality == "2580"
    session.undo_stack.undo()
    assert session.catalogue.municipality_code() == "1980"
    assert session.catalogue.population() == 10_000


def test_a_bad_code_is_refused(qtbot, session, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    dialog.municipality.setText("19")
    dialog.fetch_from_kolada()
    assert dialog_answers.kinds() == ["error"]


def test_fetch_in_the_worker_stores_and_shows_kolada(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    data = [
        data_item("U40455", "1980", 2025, 47.0, K=49.0, M=44.0),
        data_item("U40455", "G100002", 2025, 41.0),
        data_item("U40455", "0019", 2024, 30.0),
    ]
    dialog = _dialog(qtbot, session)
    with kolada_server() as server:
        vasteras_routes(server, data)
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()
    assert _cell(dialog, "work_or_studies_share", "municipality") == "47.0%"
    assert _cell(dialog, "work_or_studies_share", "peers") == "41.0%"
    assert session.catalogue.setting("kolada_peers_id") == "G100002"
    assert session.undo_stack.count() == 1
    dialog.table.selectRow(
        [dialog.model.row(r)["key"] for r in range(dialog.model.rowCount())].index(
            "work_or_studies_share"
        )
    )
    assert "municipality" in dialog.chart.places and "peers" in dialog.chart.places
    assert dialog.chart.chart().title().startswith("Result at exit")
    QCoreApplication.processEvents()  # the chart's scene lays itself out on the event loop
    save_screenshot(dialog, "yearly-figures")


def test_a_failed_fetch_says_so_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, session, built_path, dialog_answers
) -> None:
    dialog = _dialog(qtbot, session)
    before = session.catalogue.kolada_rows()
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({}, 410))
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()
    assert dialog_answers.kinds() == ["error"]
    assert "410" in str(dialog_answers.asked[0][1]["text"])
    assert session.catalogue.kolada_rows() == before
    assert session.undo_stack.count() == 0


def test_view_menu_opens_the_window(make_window, built_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(built_path)
    assert window.yearly_menu.action.isEnabled()
    window.yearly_menu.action.trigger()
    dialog = window.yearly_menu.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() > 20


def test_swedish_screenshot(qtbot, session, swedish) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    assert dialog.windowTitle()  # "Årets nyckeltal" once the lead regenerates amp_sv.qm
    QCoreApplication.processEvents()
    save_screenshot(dialog, "yearly-figures-sv")


def test_pdf_and_survey_sheet_from_the_window(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers, tmp_path
) -> None:
    import openpyxl

    dialog = _dialog(qtbot, session)
    dialog_answers.replies["save_file"] = str(tmp_path / "survey")
    assert dialog.save_sheet() == str(tmp_path / "survey.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "survey.xlsx").active.iter_rows(values_only=True))
    assert {r[0]: r for r in rows[3:] if r and r[0]}["persons"][6] == "<5"  # leaves the unit
    dialog_answers.replies["save_file"] = str(tmp_path / "yearly.pdf")
    assert dialog.export_pdf() == str(tmp_path / "yearly.pdf")
    assert (tmp_path / "yearly.pdf").read_bytes().startswith(b"%PDF")


def test_cancel_during_the_fetch_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, session, monkeypatch, dialog_answers
) -> None:
    from amp_desktop.core.progress import Cancelled
    from amp_desktop.ui.yearly import kolada_fetch as fetch_module

    def cancelled(*_args: object) -> None:
        raise Cancelled

    monkeypatch.setattr(fetch_module, "fetch", cancelled)
    dialog = _dialog(qtbot, session)
    before = session.catalogue.kolada_rows()
    dialog.fetch_from_kolada()
    assert session.catalogue.kolada_rows() == before
    assert session.undo_stack.count() == 0 and dialog_answers.kinds() == []


def test_undo_of_a_fetch_puts_the_old_values_back(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    dialog = _dialog(qtbot, session)
    before = session.catalogue.kolada_rows()
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "1980", 2025, 47.0)])
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()
    assert _cell(dialog, "work_or_studies_share", "municipality") == "47.0%"
    session.undo_stack.undo()
    assert session.catalogue.kolada_rows() == before
    assert _cell(dialog, "work_or_studies_share", "municipality") == "48.0%"


def test_the_kolada_address_is_remembered(qtbot, session, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    with kolada_server() as server:
        server.routes.append(lambda p, q: json_answer({"values": []}))
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()  # Kolada does not know 1980 here: an error, nothing written
        assert dialog_answers.kinds() == ["error"]
        again = YearlyDialog(session)
        qtbot.addWidget(again)
        assert again.api_url.text() == server.base_url


def test_preferences_exact_figures_reach_the_survey_sheet_and_the_pdf(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers, tmp_path
) -> None:
    import openpyxl

    from amp_desktop.ui.settings import Settings

    settings = Settings()
    settings.exact_figures = True  # File → Preferences → Exact figures in printouts
    settings.municipality = "Västerås stad"
    dialog = _dialog(qtbot, session)
    dialog_answers.replies["save_file"] = str(tmp_path / "survey")
    assert dialog.save_sheet() == str(tmp_path / "survey.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "survey.xlsx").active.iter_rows(values_only=True))
    persons = {r[0]: r for r in rows[3:] if r and r[0]}["persons"][6]
    assert persons not in ("<5", None) and int(persons) < 5  # exact, as Preferences asks
    exact = json.dumps(dialog._report_maker()().to_json(), ensure_ascii=False)
    settings.exact_figures = False
    hidden = json.dumps(dialog._report_maker()().to_json(), ensure_ascii=False)
    assert "<5" in hidden and "<5" not in exact  # the PDF follows the switch too
    assert "Västerås stad" in exact  # and names the municipality, as File → Print does
