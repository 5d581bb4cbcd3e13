"""The Results tab as a unit head uses it, from a participant list imported for some
programmes: figures never cut off, charts of the programmes with results only, a
summary that stays short, filters that fit a small window, the keyboard, and an
import's undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.view import ResultsView
from tests.participant_lists import participant_rows, write_list
from tests.ui.results.views import shown_view

# A view shown on its own: the offscreen platform warns on show().
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

#: Programmes of the example catalogue the list has enrolments in (the rest have none).
LISTED = 8


@pytest.fixture()
def listed_path(example_path: Path, tmp_path: Path, capsys) -> Path:  # type: ignore[no-untyped-def]
    """The example catalogue with a 2025 participant list imported for 8 of its 21
    programmes, as ``amp import … --kind participants`` does it."""
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()][:LISTED]
    workbook = write_list(tmp_path / "list.xlsx", participant_rows(names, 400, seed=3))
    assert main(["import", str(example_path), str(workbook), "--kind", "participants"]) == 0
    capsys.readouterr()
    return example_path


@pytest.fixture()
def session(listed_path: Path, qtbot):  # type: ignore[no-untyped-def]
    catalogue = Catalogue.open(listed_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _view(qtbot, session: CatalogueSession, size: tuple[int, int] = (1280, 800)) -> ResultsView:  # type: ignore[no-untyped-def]
    return shown_view(qtbot, session, size)


def _cut_off(view: ResultsView) -> list[tuple[str, str]]:
    """The columns (table, title) narrower than the figures they show."""
    out = []
    for table in (view.table, view.totals_view):
        model = table.model()
        for column in range(model.columnCount() - 1):  # (the last one stretches)
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            if title in ("Programme", "Totals by"):
                continue  # capped on purpose: a long name is elided, its tooltip has it
            if table.sizeHintForColumn(column) > table.columnWidth(column):
                out.append((table.objectName() or str(id(table)), title))
    return out


def test_figures_are_not_cut_off_when_a_filter_shows_larger_ones(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    assert _cut_off(view) == []
    filters = view.filters
    for unit in range(filters.unit.count()):
        filters.unit.setCurrentIndex(unit)
        for kind in range(filters.type.count()):
            filters.type.setCurrentIndex(kind)
            for level in range(filters.need_level.count()):
                filters.need_level.setCurrentIndex(level)
                assert _cut_off(view) == [], filters.describe()


def test_a_column_the_user_narrowed_is_left_as_it_is(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    cost = view.model.column_of("cost_per_participant_sek")
    view.table.setColumnWidth(cost, 30)  # dragged narrow by hand
    view.filters.type.setCurrentIndex(view.filters.type.findData("secondary"))
    assert view.table.columnWidth(cost) == 30


def _legend_overflow(chart_view) -> float:  # type: ignore[no-untyped-def]
    """How far the legend's entries reach below the legend's own box (> 0: the
    last entries are cut off)."""
    legend = chart_view.chart().legend()

    def items(item):  # type: ignore[no-untyped-def]
        for child in item.childItems():
            if child.isVisible():
                yield child
                yield from items(child)

    bottom = max(item.sceneBoundingRect().bottom() for item in items(legend))
    return float(bottom - legend.geometry().bottom())


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_every_exit_reason_of_the_legend_is_seen(qtbot, session, size) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session, size)
    view.tabs.setCurrentWidget(view.reasons_chart)
    markers = view.reasons_chart.chart().legend().markers()
    qtbot.waitUntil(lambda: all(m.isVisible() for m in markers))  # the list has every category
    assert view.reasons_chart.height() >= view.reasons_chart.minimumHeight()
    assert _legend_overflow(view.reasons_chart) <= 0


@pytest.mark.parametrize("point_size", [8.0, 9.0, 11.0])
def test_the_reasons_chart_is_never_too_short_for_its_legend(qtbot, point_size) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.results.categories import REASON_KEYS
    from amp_desktop.ui.results.charts import ReasonsChart

    chart = ReasonsChart()
    qtbot.addWidget(chart)
    font = chart.chart().legend().font()
    font.setPointSizeF(point_size)
    chart.chart().legend().setFont(font)
    every_reason = {key: 1 for key in REASON_KEYS}
    rows = [{"participants": 9, "code": f"P{n}", "exits": 9, "exits_by_reason": every_reason}
            for n in range(8)]  # fmt: skip
    chart.set_rows(rows, "2025")
    chart.resize(900, chart.minimumHeight())  # as small as the tab may make it
    chart.show()
    markers = chart.chart().legend().markers()
    qtbot.waitUntil(lambda: all(m.isVisible() for m in markers))
    qtbot.waitUntil(lambda: chart.chart().size().height() == chart.minimumHeight())
    assert _legend_overflow(chart) <= 0


def test_a_small_window_keeps_room_for_the_programmes(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session, (900, 540))  # a 900 × 600 window less its menu and tabs
    rows = view.table.viewport().height() // view.table.verticalHeader().defaultSectionSize()
    assert rows >= 5


def test_the_charts_leave_out_programmes_without_results(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    for chart in (view.share_chart, view.reasons_chart):
        view.tabs.setCurrentWidget(chart)
        assert len(chart.categories) == LISTED  # not 21 bar groups, 13 of them empty
    view.set_period(Period.year(2024))  # nothing imported for 2024
    assert view.reasons_chart.categories == []
    assert "no programme shown has results" in view.reasons_chart.chart().title()


def test_the_summary_names_a_few_programmes_without_results_not_all(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    text = view.summary.text()
    assert "No results imported for the period (13):" in text
    assert text.count(", ") < 12 and "and 8 more" in text  # five named, the table has all
    assert view.summary.height() <= 3 * view.summary.fontMetrics().lineSpacing()  # two lines


def test_a_period_without_results_says_which_months_the_lists_reach(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.set_period(Period.year(2024))
    assert "The imported lists reach 2025" in view.summary.text()


@pytest.mark.parametrize("width", [1280, 900])
def test_every_filter_shows_its_whole_choice(qtbot, make_window, listed_path, width) -> None:  # type: ignore[no-untyped-def]
    window = make_window(listed_path)
    window.resize(width, 600)
    view = window.results_tab.show()
    assert view is not None and view.width() <= width
    filters = view.filters
    combos = (filters.unit, filters.type, filters.need_level, filters.gender)
    qtbot.waitUntil(lambda: all(c.width() >= c.sizeHint().width() for c in combos))
    assert view.stay_button.width() >= view.stay_button.sizeHint().width()
    assert view.bar.filters_below() == (width < 1000)  # (on a row of their own)
    window.resize(1280, 600)  # wide again: back beside the period
    assert not view.bar.filters_below()


def test_enter_on_a_programme_opens_it(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.table.setFocus()
    view.select_programme(view.model.row(2)["id"])
    with qtbot.waitSignal(view.programmeActivated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [view.model.row(2)["id"]]


def test_a_mid_sized_catalogue_is_computed_without_holding_the_window(
    qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """130 programmes × 12 months from the store held the window ~0.1 s (and 0.05 s
    more to show): the worker computes it, the window says so meanwhile."""
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.store import ChangeSet, ProgrammeChange
    from amp_desktop.ui.results import view as results_view
    from tests.results_data import store_results

    catalogue = Catalogue.create(tmp_path / "county.amp")
    programmes = [Programme(name=f"Insats {n:03d}", places=20, id=n) for n in range(1, 131)]
    catalogue.apply(
        ChangeSet("made", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes))
    )
    store_results(catalogue, 2025, starts_per_month=1, seed=5)
    started = []
    real_start = results_view.tasks.start
    monkeypatch.setattr(
        results_view.tasks, "start", lambda *a, **k: started.append(1) or real_start(*a, **k)
    )
    try:
        view = _view(qtbot, CatalogueSession(catalogue))
        assert started and view.document is not None  # (the worker runs inline in tests)
        assert view.document["period"] == Period.year(2025).to_json()
    finally:
        catalogue.close()


def test_a_filter_that_matches_no_programme_says_so(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    view = _view(qtbot, session)
    view.filters.unit.setCurrentIndex(view.filters.unit.findData("Jobbcentrum"))
    view.filters.type.setCurrentIndex(view.filters.type.findData("secondary"))
    assert view.model.rowCount() == 0
    text = view.summary.text()
    assert "no programme matches the filters (Jobbcentrum, Secondary)" in text
    assert "no results imported" not in text  # (they are: 2025 has a list)


def test_the_summary_says_why_a_period_shows_no_figures(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.results.summary import results_summary

    view = _view(qtbot, session)
    view.set_period(Period.year(2024))
    document = view.document
    assert document is not None
    lists = Period("2024-06", "2025-12")  # a list reaching into 2024 (other programmes)
    text = results_summary(document, "2024", "", lists)
    assert "none of the programmes shown has results for the period" in text
    assert "choose a period there" not in text  # (2024 is there)
    assert "reach 2025" in results_summary(document, "2024", "", Period.year(2025))


def test_one_of_a_kind_is_not_counted_as_many(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.results.summary import results_summary

    view = _view(qtbot, session)
    document = dict(view.document or {})
    document["programmes"] = document["programmes"][:1]
    document["all"] = {**document["all"], "participants": 1, "starts": 1, "exits": 1}
    text = results_summary(document, "2025", "")
    assert "1 programme, 1 participant, 1 start, 1 exit;" in text
    assert "programmes" not in text.split(";")[0]


@pytest.mark.parametrize(("width", "angle"), [(900, -90), (1280, 0)])
def test_the_month_chart_never_cuts_a_month_short(
    qtbot, make_window, listed_path, width, angle
) -> None:  # type: ignore[no-untyped-def]
    """At 900 px the months beside each other were cut to "Mar ...": upright instead."""
    from amp_desktop.ui.planning.charts import MONTH_LABEL_PADDING

    window = make_window(listed_path)
    window.resize(width, 600)
    view = window.show_planning()
    view.set_period(Period.year(2025))
    view.tabs.setCurrentWidget(view.month_chart)
    chart = view.month_chart
    assert "Actual occupancy" in [s.name() for s in chart.chart().series()]
    months = chart.axis_x.categories()
    room = chart.chart().plotArea().width() / len(months)
    widest = max(_text_width(chart, month) for month in months)
    qtbot.waitUntil(lambda: chart.axis_x.labelsAngle() == angle)
    assert angle == -90 or widest + MONTH_LABEL_PADDING <= room


def _text_width(chart, text: str) -> float:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    return float(QFontMetrics(chart.axis_x.labelsFont()).horizontalAdvance(text))


def test_a_period_the_lists_cover_in_part_is_said_over_the_table(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    """amp results and the printout said that months without a list read as months
    nobody took part in; the Results tab showed the low occupancy without a word."""
    view = _view(qtbot, session)
    assert "No results imported for 2" not in view.summary.text()  # 2025: all covered
    view.set_period(Period.from_options(first="2024-07", last="2025-06"))
    qtbot.waitUntil(lambda: "2024-07 … 2024-12" in view.summary.text())
    assert "No results imported for 2024-07 … 2024-12: the figures count only" in (
        view.summary.text()
    )
