"""The Yearly figures window under a hostile Kolada and odd catalogues (night's pass):
each fault one message, nothing written, nothing raised out of a slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.yearly.dialog import YearlyDialog
from tests.core.kolada.kolada_server import data_item, kolada_server, vasteras_routes
from tests.core.yearly.yearly_data import build, import_kolada

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture()
def session(catalogue_path: Path, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        import_kolada(catalogue, tmp_path)
    catalogue = Catalogue.open(catalogue_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _dialog(qtbot, session: CatalogueSession) -> YearlyDialog:  # type: ignore[no-untyped-def]
    dialog = YearlyDialog(session)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2025)
    dialog.show()
    return dialog


def test_a_fetched_share_no_figure_can_have_is_one_message_and_nothing_stored(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    """fetch_change's refusal (a share of 150 %) escaped the slot as an exception."""
    dialog = _dialog(qtbot, session)
    before = session.catalogue.kolada_rows()
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "1980", 2025, 150.0)])
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()
    assert dialog_answers.kinds() == ["error"]
    assert "not a value this figure can have" in str(dialog_answers.asked[0][1]["text"])
    assert session.catalogue.kolada_rows() == before
    assert session.undo_stack.count() == 0


def test_a_fetch_for_the_code_typed_remembers_it_with_its_group(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    """Typed 1280 over 1980 and fetched: Malmö's group became the similar
    municipalities of Västerås, and the field went back to 1980 as if nothing had
    been fetched. Now the code typed is the catalogue's, with its own group; one undo
    step puts Västerås and its group back."""
    from tests.core.kolada.test_kolada_adversarial_night import malmo_routes

    dialog = _dialog(qtbot, session)
    assert session.catalogue.setting("kolada_peers_id") == "G1"
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "G200002", 2025, 20.0)])
        malmo_routes(server)
        dialog.api_url.setText(server.base_url)
        dialog.municipality.setText("1280")
        dialog.fetch_from_kolada()
    assert session.catalogue.municipality_code() == "1280"
    assert session.catalogue.setting("kolada_peers_id") == "G200002"
    assert dialog.municipality.text() == "1280"
    assert dialog.report is not None and dialog.report.places["peers"] == "G200002"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.catalogue.municipality_code() == "1980"
    assert session.catalogue.setting("kolada_peers_id") == "G1"


def test_a_figure_kolada_has_no_values_for_is_not_sourced_to_kolada(  # type: ignore[no-untyped-def]
    qtbot, session
) -> None:
    """Under the chart of a figure with AMP's value only, the window said "Källa:
    Kolada" (the printout draws no such chart)."""
    dialog = _dialog(qtbot, session)
    keys = [dialog.model.row(r)["key"] for r in range(dialog.model.rowCount())]
    dialog.table.selectRow(keys.index("exits"))
    assert dialog.chart.places == ["unit"]
    assert "Källa: Kolada" not in dialog.over_years_note.text()
    assert "AMP has no figure for 2024." in dialog.over_years_note.text()
    dialog.table.selectRow(keys.index("work_or_studies_share"))
    assert "Källa: Kolada" in dialog.over_years_note.text()


def test_many_ids_kolada_titles_otherwise_are_one_line_and_each_figure_shows_its_title(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    """A message of thirty lines (one per id) would run off the screen: one line says
    how many, and the figure's details give Kolada's title beside AMP's."""
    from tests.core.kolada.kolada_server import Answer, json_answer

    def titles(path: str, query: str) -> Answer | None:
        if not path.startswith("/v3/kpi/"):
            return None
        ids = path.removeprefix("/v3/kpi/").split(",")
        return json_answer({"values": [{"id": i, "title": f"Annat nyckeltal {i}"} for i in ids]})

    dialog = _dialog(qtbot, session)
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "1980", 2025, 47.0)])
        server.routes.insert(0, titles)
        dialog.api_url.setText(server.base_url)
        dialog.fetch_from_kolada()
    kind, details = dialog_answers.asked[-1]
    text = str(details["text"])
    assert kind == "inform" and "check that they are the same figures" in text
    assert "Kolada calls it" not in text and len(text.splitlines()) <= 3
    keys = [dialog.model.row(r)["key"] for r in range(dialog.model.rowCount())]
    dialog.table.selectRow(keys.index("referral_af"))
    assert "Kolada's title for U40806: Annat nyckeltal U40806" in dialog.details.text()


def test_a_closed_window_does_not_read_the_figures_at_every_edit(  # type: ignore[no-untyped-def]
    qtbot, session, monkeypatch
) -> None:
    """View → Yearly Figures… keeps its window when closed, and the window read the
    year's figures again (0.4 s at 1,000 programmes) at every edit made in the main
    window afterwards, unseen. It reads them when it is shown again."""
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.store import builders
    from amp_desktop.ui.yearly import dialog as dialog_module

    dialog = _dialog(qtbot, session)
    dialog.close()
    reads: list[int] = []
    real = dialog_module.yearly_report
    monkeypatch.setattr(
        dialog_module, "yearly_report", lambda *a, **k: reads.append(1) or real(*a, **k)
    )
    for name in ("E", "F"):
        session.run(builders.add_programme(session.catalogue, Programme(name, places=1)))
    assert reads == []
    dialog.show()
    assert reads == [1]
    assert dialog.report is not None
    dialog.municipality.setText("2580")  # an open window still follows every change
    dialog.save_settings()
    assert len(reads) == 2 and dialog.report.municipality == "2580"


def test_a_file_imported_again_says_nothing_changed(  # type: ignore[no-untyped-def]
    qtbot, session, tmp_path, dialog_answers
) -> None:
    """Importing the same file again showed nothing at all: no change, no word."""
    import json

    saved = tmp_path / "again.json"
    saved.write_text(json.dumps({"values": [data_item("U40455", "1980", 2025, 48.0)]}))
    dialog = _dialog(qtbot, session)
    assert dialog.import_kolada_file(str(saved)) is False  # the fixture imported it already
    kind, details = dialog_answers.asked[-1]
    assert kind == "inform"
    assert str(details["text"]) == (
        "again.json: The catalogue already holds the file's values; nothing changed."
    )
    assert session.undo_stack.count() == 0


def test_a_narrow_chart_labels_every_second_year_and_always_the_year_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """In a window of 800 pixels each of eight years had room for "2…" only."""
    from amp_desktop.core.reports.document import YearLine, YearsChart
    from amp_desktop.ui.yearly.chart import ComparisonChart

    years = tuple(str(y) for y in range(2018, 2026))
    values = tuple(0.3 + i / 100 for i in range(8))
    document = YearsChart(
        title="U40455",
        years=years,
        lines=[YearLine("AMP", values, tuple(f"{v:.0%}" for v in values), "unit")],
        kind="share",
        note="",
    )
    chart = ComparisonChart()
    qtbot.addWidget(chart)
    chart.resize(1000, 300)
    chart.show_chart(document)
    assert chart.axis_x.categoriesLabels() == list(years)
    chart.resize(420, 300)
    chart.show()
    qtbot.waitUntil(lambda: chart.axis_x.categoriesLabels() != list(years))
    labels = chart.axis_x.categoriesLabels()
    assert "2025" in labels and len(labels) <= 4
    chart.resize(1000, 300)
    qtbot.waitUntil(lambda: chart.axis_x.categoriesLabels() == list(years))
