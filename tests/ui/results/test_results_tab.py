"""The Results tab: its models, filters, totals apart, the empty state, following the
catalogue, "Use measured stay", the window's tab and menu, Preferences, and the
Planning month chart's actual occupancy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.results.models import ProgrammeResultsModel, ResultsTotalsModel
from amp_desktop.ui.results.view import ResultsView
from amp_desktop.ui.roles import ID_ROLE, VALUE_ROLE
from amp_desktop.ui.settings import Settings
from tests.results_data import store_results
from tests.screens import save_screenshot
from tests.ui.results.views import shown_view

# A view shown on its own: the offscreen platform warns on show().
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def results_path(example_path: Path) -> Path:
    """The example catalogue with a year of results (2025) for every programme."""
    with Catalogue.open(example_path) as catalogue:
        store_results(catalogue, 2025, 1, starts_per_month=2, seed=4)
    return example_path


@pytest.fixture()
def session(results_path: Path, qtbot):  # type: ignore[no-untyped-def]
    catalogue = Catalogue.open(results_path)
    made = CatalogueSession(catalogue)
    yield made
    catalogue.close()


def _view(qtbot, session: CatalogueSession) -> ResultsView:  # type: ignore[no-untyped-def]
    return shown_view(qtbot, session)


def _column(model, key: str) -> int:  # type: ignore[no-untyped-def]
    return model.column_of(key)


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    assert view.model.rowCount() == len(session.catalogue.programmes())
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.totals)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(ProgrammeResultsModel())
    qtmodeltester.check(ResultsTotalsModel())


def test_the_table_shows_what_amp_results_prints(qtbot, session, results_path, capsys) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    assert view.period() == Period.year(2025)  # the last year the results reach
    assert main(["results", str(results_path), "--year", "2025", "--json"]) == 0
    cli = {p["id"]: p for p in json.loads(capsys.readouterr().out)["programmes"]}
    model = view.model
    for row in range(model.rowCount()):
        programme_id = model.index(row, 0).data(ID_ROLE)
        for key in ("participants", "exits", "work_or_studies_share", "mean_stay_weeks"):
            value = model.index(row, _column(model, key)).data(VALUE_ROLE)
            assert value == cli[programme_id][key], key
        women = model.index(row, _column(model, "women_share")).data(VALUE_ROLE)
        assert women == cli[programme_id]["by_gender"]["K"]["work_or_studies_share"]
    share = model.index(0, _column(model, "work_or_studies_share"))
    assert share.data().endswith("%")  # exact: never "<5"
    assert "exits to work" in share.data(Qt.ItemDataRole.ToolTipRole)


def test_primary_secondary_and_need_levels_are_totalled_apart(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    rows = view.totals.rows()
    names = [(r["group"], r["name"]) for r in rows]
    assert ("Type", "Primary programmes") in names and ("Type", "Secondary programmes") in names
    assert [n for g, n in names if g == "Need level"] == ["AM1", "AM2", "AM3", "Not stated"]
    assert names[-1] == ("", "All programmes")
    by_type = [r for r in rows if r["group"] == "Type"]
    assert sum(r["exits"] for r in by_type) == rows[-1]["exits"]
    need = [r for r in rows if r["group"] == "Need level"]
    assert sum(r["exits"] for r in need) == rows[-1]["exits"]
    assert "primary" in view.summary.text() and "secondary" in view.summary.text()


def test_the_filters_narrow_programmes_and_participants(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    everyone = view.document["all"]["exits"]  # type: ignore[index]
    view.filters.type.setCurrentIndex(view.filters.type.findData("secondary"))
    assert {r["type"] for r in view.model.rows()} == {"secondary"}
    view.filters.type.setCurrentIndex(0)
    view.filters.gender.setCurrentIndex(view.filters.gender.findData("K"))
    women = view.document["all"]  # type: ignore[index]
    assert women["exits"] == women["by_gender"]["K"]["exits"] < everyone
    assert women["by_gender"]["M"]["exits"] == 0
    view.filters.gender.setCurrentIndex(0)
    view.filters.need_level.setCurrentIndex(view.filters.need_level.findData("AM2"))
    assert [r["name"] for r in view.totals.rows() if r["group"] == "Need level"] == ["AM2"]
    unit = session.catalogue.programmes()[0].unit
    view.filters.unit.setCurrentIndex(view.filters.unit.findData(unit))
    assert {r["unit"] for r in view.model.rows()} == {unit}
    assert unit in view.summary.text()


def test_without_results_the_tab_says_how_to_import_them(qtbot, example_path) -> None:  # type: ignore[no-untyped-def]
    with Catalogue.open(example_path) as catalogue:
        view = _view(qtbot, CatalogueSession(catalogue))
        assert view.pages.currentWidget() is view.empty
        assert "File → Import from Excel" in view.empty_message.text()
        assert not view.stay_button.isEnabled()
        with qtbot.waitSignal(view.importRequested):
            view.import_button.click()
        save_screenshot(view, "results-empty")


def test_the_tab_follows_the_catalogue_and_waits_while_hidden(qtbot, example_path) -> None:  # type: ignore[no-untyped-def]
    with Catalogue.open(example_path) as catalogue:
        session = CatalogueSession(catalogue)
        view = _view(qtbot, session)
        assert view.pages.currentWidget() is view.empty
        session.run(lambda c: store_results(c, 2025, seed=2))
        assert view.pages.currentWidget() is view.content  # shown at once
        view.set_period(Period.year(2025))
        exits = view.document["all"]["exits"]  # type: ignore[index]
        view.hide()
        session.run(lambda c: store_results(c, 2025, starts_per_month=6, seed=3))
        assert view.document["all"]["exits"] == exits  # type: ignore[index]
        view.show()
        assert view.document["all"]["exits"] > exits  # type: ignore[index]
        session.undo_stack.undo()
        assert view.document["all"]["exits"] == exits  # type: ignore[index]
        krami = catalogue.find("Krami")
        session.run(lambda c: c.update_programme(krami.replace(name="Krami Nord")))
        assert "Krami Nord" in [r["name"] for r in view.model.rows()]


def test_use_measured_stay_for_one_programme_and_for_all(qtbot, session, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    catalogue = session.catalogue
    krami = catalogue.find("Krami")
    view.select_programme(krami.id)
    row = view.model.row(view.model.row_of(krami.id))
    view.stay_selected_action.trigger()
    assert catalogue.programme(krami.id).average_stay_weeks == round(row["mean_stay_weeks"], 1)
    assert session.undo_stack.count() == 1
    before = {p.id: p.average_stay_weeks for p in catalogue.programmes()}
    view.stay_all_action.trigger()
    assert session.undo_stack.count() == 2  # every programme in one step
    changed = [p for p in catalogue.programmes() if p.average_stay_weeks != before[p.id]]
    assert len(changed) > 5
    assert catalogue.change_log(changed[0].id)[0]["field"] == "average_stay_weeks"
    session.undo_stack.undo()
    assert {p.id: p.average_stay_weeks for p in catalogue.programmes()} == before
    view.stay_all_action.trigger()
    view.stay_all_action.trigger()  # nothing left to change: the user is told
    assert dialog_answers.kinds()[-1] == "inform"


def test_preferences_keep_default_goals_in_the_catalogue(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = PreferencesDialog(settings, catalogue=session.catalogue)
    qtbot.addWidget(dialog)
    assert dialog.goal_primary.text() == "No goal"
    dialog.goal_primary.setValue(48)
    dialog.exact_figures.setChecked(True)
    dialog.accept()
    assert session.catalogue.default_goals() == {"primary": 0.48}
    assert settings.exact_figures is True
    view = _view(qtbot, session)
    primary = [r for r in view.model.rows() if r["type"] == "primary"]
    assert all(r["goal_work_or_studies_share"] == 0.48 for r in primary)
    met = view.model.index(view.model.row_of(primary[0]["id"]), _column(view.model, "goal_met"))
    assert met.data() in ("Met", "Not met")
    again = PreferencesDialog(settings, catalogue=session.catalogue)
    qtbot.addWidget(again)
    again.goal_primary.setValue(0)
    again.accept()
    assert session.catalogue.default_goals() == {}


def test_the_window_has_a_results_tab_and_menu_entry(make_window, results_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(results_path)
    assert window.results_tab.view is None  # built when first shown
    assert window.tabs.tabText(window.results_tab.index) == "&Results"
    window.results_action.trigger()
    view = window.results_tab.view
    assert isinstance(view, ResultsView) and view.isVisible()
    save_screenshot(window, "results-tab")
    krami = window.current_session().catalogue.find("Krami")
    view.programmeActivated.emit(krami.id)
    assert window.tabs.currentWidget() is window.catalogue_tab
    assert [p.name for p in window.catalogue_tab.selected_programmes()] == ["Krami"]
    window.close_catalogue()
    assert window.results_tab.view is None


def test_the_month_chart_shows_actual_occupancy(make_window, results_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(results_path)
    view = window.show_planning()
    view.set_period(Period.year(2025))
    krami = window.current_session().catalogue.find("Krami")
    view.select_programme(krami.id)
    names = [s.name() for s in view.month_chart.chart().series()]
    assert "Actual occupancy" in names
    actual = view.month_chart.chart().series()[names.index("Actual occupancy")]
    assert actual.count() == 12
    view.set_period(Period.year(2023))  # no results then: no line
    names = [s.name() for s in view.month_chart.chart().series()]
    assert "Actual occupancy" not in names


def test_every_string_of_the_tab_has_swedish(tmp_path: Path) -> None:
    """The glossary has each of them (the lead's `make update-translations` puts them
    in amp_sv.ts)."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[3]
    sys.path.insert(0, str(root / "packaging" / "i18n"))
    from apply_sv import load_glossary

    sources = [*sorted((root / "amp_desktop" / "ui" / "results").glob("*.py")),
               root / "amp_desktop" / "core" / "results" / "stays.py"]  # fmt: skip
    ts = tmp_path / "results.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, sources), "-ts", str(ts)], check=True, capture_output=True
    )
    glossary = load_glossary()
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if (context.findtext("name"), message.findtext("source")) not in glossary
        and message.findtext("source") not in glossary
    ]
    assert not missing


def test_the_tab_renders_in_swedish(qtbot, session, swedish) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    assert view.period_picker.kind.currentText() == "År"
    save_screenshot(view, "results-tab-sv")


def test_a_large_catalogue_is_computed_in_the_worker_and_kept(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.results import view as results_view

    monkeypatch.setattr(results_view, "WORKER_CELLS", 0)  # every period goes to the worker
    started = []
    real_start = results_view.tasks.start
    monkeypatch.setattr(
        results_view.tasks, "start", lambda *a, **k: started.append(1) or real_start(*a, **k)
    )
    view = _view(qtbot, session)
    assert len(started) == 1 and view.document is not None
    view.set_period(Period.tertial(2025, 1))
    assert len(started) == 2 and view.document["period"] == Period.tertial(2025, 1).to_json()
    view.set_period(Period.year(2025))  # kept: not computed again
    assert len(started) == 2 and view.document["period"] == Period.year(2025).to_json()
    session.run(lambda c: store_results(c, 2025, seed=9))  # a change: nothing kept holds
    assert len(started) == 3


def test_a_large_catalogue_sums_periods_from_memory_and_works_ahead(
    qtbot, session, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from amp_desktop.core.results.period import ResultsFilter
    from amp_desktop.core.store import ChangeSet, ProgrammeChange
    from amp_desktop.ui.results import view as results_view
    from amp_desktop.ui.results.computation import compute_results

    monkeypatch.setattr(results_view, "WORKER_CELLS", 0)
    monkeypatch.setattr(results_view, "LOOK_AHEAD_CELLS", 0)
    catalogue = session.catalogue
    view = _view(qtbot, session)
    qtbot.waitUntil(view.is_idle)  # it works ahead once no switch has come for a moment
    index = view._index
    assert index is not None and view.document["period"] == Period.year(2025).to_json()
    # the years before and after were worked out ahead and kept, from memory
    assert {p for p, _s in view._kept} == {Period.year(y) for y in (2024, 2025, 2026)}
    asked = []
    real = type(catalogue).results_tallies
    monkeypatch.setattr(
        type(catalogue), "results_tallies", lambda *a, **k: asked.append(a) or real(*a, **k)
    )
    for period in (Period.tertial(2025, 2), Period("2025-03", "2025-07")):
        view.set_period(period)
        expected = compute_results(catalogue, catalogue.programmes(), period, ResultsFilter())
        assert json.dumps(view.document, sort_keys=True) == json.dumps(expected, sort_keys=True)
    assert len(asked) == 2  # only by the comparisons above: the view summed from memory
    programme = catalogue.programmes()[0]
    edited = dataclasses.replace(programme, places=programme.places + 1)
    session.run(ChangeSet("places", (ProgrammeChange(programme.id or 0, programme, edited),)))
    assert view._index is index  # the results did not change
    session.run(lambda c: store_results(c, 2025, seed=9))
    assert view._index is not index  # they did: read again
    expected = compute_results(catalogue, catalogue.programmes(), view.period(), ResultsFilter())
    assert json.dumps(view.document, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_use_measured_stay_says_before_and_after_and_no_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, session, dialog_answers
) -> None:
    """The measured stay leaves out those still enrolled, so it can be far shorter than
    a long programme's real stay: the user sees each change before it is made."""
    view = _view(qtbot, session)
    catalogue = session.catalogue
    krami = catalogue.find("Krami")
    view.select_programme(krami.id)
    row = view.model.row(view.model.row_of(krami.id))
    before = catalogue.programme(krami.id).average_stay_weeks
    after = round(row["mean_stay_weeks"], 1)
    dialog_answers.replies["confirm"] = False
    view.stay_selected_action.trigger()
    (kind, details), *_ = dialog_answers.asked
    assert kind == "confirm"
    text = str(details["text"])
    shown = f"{after:.1f}".rstrip("0").rstrip(".")
    assert f"Krami: {before:g} → {shown} weeks" in text, text
    assert "still enrolled" in text
    assert catalogue.programme(krami.id).average_stay_weeks == before  # No: unchanged
    assert session.undo_stack.count() == 0
    dialog_answers.replies["confirm"] = True
    view.stay_all_action.trigger()
    question = str(dialog_answers.asked[-1][1]["text"])
    named = [line for line in question.splitlines() if line.endswith(" weeks")]
    assert len(named) == 8 and "more programmes" in question
    assert session.undo_stack.count() == 1


def test_printing_from_the_results_tab_offers_its_results_and_period(
    make_window, results_path, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    """File → Print Preview from the Results tab opened on the capacity overview, for
    the Planning tab's period (this year), not on the results of the period shown."""
    from amp_desktop.core.reports import KIND_RESULTS

    window = make_window(results_path)
    window.results_action.trigger()
    view = window.results_tab.view
    view.set_period(Period.tertial(2025, 2))
    dialog_answers.replies["choose_report"] = None  # cancelled: only what was offered
    window.preview_action.trigger()
    assert dialog_answers.asked[-1] == (
        "choose_report",
        {"period": Period.tertial(2025, 2), "title": "Print Preview", "report": KIND_RESULTS},
    )
    window.tabs.setCurrentWidget(window.catalogue_tab)  # elsewhere: the overview, as before
    window.preview_action.trigger()
    assert "report" not in dialog_answers.asked[-1][1]
