"""The Planning tab as a unit head uses it (4 December, evening): the forecast editor's
figures as typed and as left, names that look like markup, figures that grow wider."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from amp_desktop.core.planning import Period
from amp_desktop.core.planning.forecast import set_forecast_cell
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning import PlanningView
from amp_desktop.ui.planning.forecast_model import edit_text, parse_referrals
from amp_desktop.ui.planning.models import COL_COST_PLACE, COL_COST_REFERRAL, COL_STATUS, ID_ROLE
from amp_desktop.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen, on show()


@pytest.fixture
def view(qtbot, example: Catalogue) -> Iterator[PlanningView]:  # type: ignore[no-untyped-def]
    widget = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_period(Period.year(2026))
    yield widget


def _forecast(example: Catalogue, programme_id: int, month: str, source: str) -> float | None:
    rows = example.demand_rows([programme_id], month, month)
    return next((v for _p, _m, s, k, v in rows if s == source and k == "forecast"), None)


def _edit_in_place(qtbot, view: PlanningView, row: int, column: int, typed: str | None) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor as a double-click does, type *typed* over its text (None:
    leave the text as the editor starts with it) and press Enter."""
    table = view.forecast.table
    index = view.forecast.model.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    if typed is not None:
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)


@pytest.mark.parametrize("value", [1200.0, 1.25, 0.3333])
def test_a_forecast_cell_left_as_it_was_changes_nothing(qtbot, view, example, value) -> None:  # type: ignore[no-untyped-def]
    """The editor starts with the figure itself, not the rounded, grouped text of the
    cell ("1,200.0" was refused, "1.3" was written over 1.25), and Enter on it writes
    nothing and adds no undo step."""
    view.tabs.setCurrentWidget(view.forecast)
    pid = view.selected_programme()
    assert pid is not None
    model = view.forecast.model
    source = model.sources[0]
    view.session.run(lambda c: set_forecast_cell(c, pid, "2026-12", source, value))
    steps = view.session.undo_stack.count()
    _edit_in_place(qtbot, view, model.months.index("2026-12"), 0, None)
    assert view.forecast.problem.isHidden(), view.forecast.problem.text()
    assert _forecast(example, pid, "2026-12", source) == value
    assert view.session.undo_stack.count() == steps


def test_a_typed_figure_with_thousands_or_a_decimal_comma(qtbot, view, example) -> None:  # type: ignore[no-untyped-def]
    """English writes 1,200 for a thousand two hundred (it was read as 1.2); "1,5" is
    one and a half in either language; empty clears the cell; each is one undo step."""
    view.tabs.setCurrentWidget(view.forecast)
    pid = view.selected_programme()
    assert pid is not None
    model = view.forecast.model
    row, source = model.months.index("2026-12"), model.sources[0]
    before = _forecast(example, pid, "2026-12", source)
    steps = view.session.undo_stack.count()
    for typed, stored in (("1,200", 1200.0), ("1,5", 1.5), ("12,345.5", 12345.5), ("", None)):
        _edit_in_place(qtbot, view, row, 0, typed)
        assert _forecast(example, pid, "2026-12", source) == stored, typed
    assert view.session.undo_stack.count() == steps + 4
    for _ in range(4):
        view.session.undo_stack.undo()
    assert _forecast(example, pid, "2026-12", source) == before


def test_months_typed_one_after_another_with_the_keyboard(qtbot, example) -> None:  # type: ignore[no-untyped-def]
    """A figure, Enter, Down, the next figure, Enter: the grid was reset under the
    editor, the cell lost the focus and its place (the next key went nowhere) and Qt
    warned of an editor that did not belong to the view."""
    widget = PlanningView(CatalogueSession(example), Settings())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    with qtbot.waitActive(widget):  # (keys go to the active window)
        widget.show()
        widget.activateWindow()
    widget.set_period(Period.year(2026))
    widget.tabs.setCurrentWidget(widget.forecast)
    pid = widget.selected_programme()
    assert pid is not None
    table, model = widget.forecast.table, widget.forecast.model
    table.setFocus()
    table.setCurrentIndex(model.index(model.months.index("2026-10"), 0))
    for key, month in (
        (Qt.Key.Key_5, "2026-10"),
        (Qt.Key.Key_6, "2026-11"),
        (Qt.Key.Key_7, "2026-12"),
    ):
        qtbot.keyClick(QApplication.focusWidget(), key)  # starts the editor with the figure
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
        assert table.currentIndex().row() == model.months.index(month)
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert [
        _forecast(example, pid, m, model.sources[0]) for m in ("2026-10", "2026-11", "2026-12")
    ] == [
        5.0,
        6.0,
        7.0,
    ]


def test_figures_refused_say_why_and_write_nothing(qtbot, view, example) -> None:  # type: ignore[no-untyped-def]
    view.tabs.setCurrentWidget(view.forecast)
    pid = view.selected_programme()
    assert pid is not None
    model = view.forecast.model
    row, source = model.months.index("2026-12"), model.sources[0]
    before = _forecast(example, pid, "2026-12", source)
    steps = view.session.undo_stack.count()
    for typed in ("-2", "2000000", "1,,5", "many"):
        _edit_in_place(qtbot, view, row, 0, typed)
        assert not view.forecast.problem.isHidden(), typed
        assert view.forecast.problem.text().startswith("2026-12, "), typed
    assert _forecast(example, pid, "2026-12", source) == before
    assert view.session.undo_stack.count() == steps


def test_swedish_figures_as_typed(swedish) -> None:  # type: ignore[no-untyped-def]
    """In Swedish the comma is the decimal sign and a space groups thousands."""
    assert parse_referrals("1,000") == 1.0
    assert parse_referrals("1 200,5") == 1200.5
    assert parse_referrals("1\u00a0200,5") == 1200.5
    assert parse_referrals("1.200,5") == 1200.5
    for value in (1200.25, 0.3333, 1_000_000.0):  # the editor starts with what reads back
        assert "." not in edit_text(value) and parse_referrals(edit_text(value)) == value


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_a_name_that_looks_like_markup_is_shown_as_typed(view, example) -> None:  # type: ignore[no-untyped-def]
    """The forecast's title and the month chart's are rich text: "<25 år" was taken
    for a tag and the name shown as "Unga nyanlända"."""
    name = "Unga <25 år & <b>nyanlända</b>"
    before = example.programme(11)
    assert before is not None
    change = ChangeSet("rename", (ProgrammeChange(11, before, before.replace(name=name)),))
    view.session.run(lambda c: c.apply(change))
    view.select_programme(11)
    assert _plain(view.forecast.title.text()).startswith(name + ":")
    assert _plain(view.month_chart.chart().title()).startswith(name + ",")


def _widest_in_any_row(view: PlanningView, column: int) -> int:
    """Qt's own width for *column*, measured with every row scrolled into view."""
    table, widest = view.table, 0
    for row in range(view.proxy.rowCount()):
        table.scrollTo(view.proxy.index(row, column))
        widest = max(widest, table.sizeHintForColumn(column))
    table.scrollToTop()
    return widest


def _raise_budget(session: CatalogueSession, programme_id: int) -> None:
    programme = session.catalogue.programme(programme_id)
    assert programme is not None
    raised = programme.replace(annual_budget_sek=98_765_432)
    session.run(
        lambda c: c.apply(ChangeSet("budget", (ProgrammeChange(programme_id, programme, raised),)))
    )


def test_figures_are_never_cut_off(qtbot, example) -> None:  # type: ignore[no-untyped-def]
    """The columns were fitted once, to the rows in view of the first plan: a row
    further down, a budget raised afterwards, a longer period showed "SEK 3,292,…"."""
    session = CatalogueSession(example)
    last = max(example.programmes(), key=lambda p: p.name.casefold())  # the table's last row
    _raise_budget(session, last.id or 0)
    view = PlanningView(session, Settings())
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_period(Period.year(2026))
    assert view.proxy.rowCount() > 18  # (more rows than are in view)
    columns = (COL_COST_PLACE, COL_COST_REFERRAL, COL_STATUS)
    for column in columns:
        assert view.table.columnWidth(column) >= _widest_in_any_row(view, column), column
    _raise_budget(session, view.proxy.index(0, 0).data(ID_ROLE))
    for column in columns:
        assert view.table.columnWidth(column) >= _widest_in_any_row(view, column), column
    view.set_period(Period("1990-01", "2100-12"))
    for column in columns:
        assert view.table.columnWidth(column) >= _widest_in_any_row(view, column), column


def test_tab_moves_on_from_the_tables_a_keyboard_user_only_reads(make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    """Tab went from cell to cell of the read-only tables (14 presses a programme,
    nearly 300 to leave the table); now it moves on to the next control, as in the
    Catalogue tab.  (The forecast grid, typed into, keeps Tab between its cells.)"""
    window = make_window(example_path)
    view = window.show_planning()
    view.set_period(Period.year(2026))
    view.tabs.setCurrentWidget(view.totals_panel)
    tables = [view.table, view.totals_view]
    view.tabs.setCurrentWidget(view.scenarios)
    tables += [view.scenarios.adjustments_view, view.scenarios.comparison_view]
    for table in tables:
        table.setFocus()
        assert QApplication.focusWidget() is table
        table.setCurrentIndex(table.model().index(0, 0))
        QTest.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, table
    assert view.forecast.table.tabKeyNavigation()


def test_alt_d_goes_to_the_period(make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    """ "Period:" had no shortcut: from the table or a chart, only Tab and Shift+Tab
    through every control led back to it."""
    window = make_window(example_path)
    view = window.show_planning()
    view.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.period_picker.kind


def test_the_summaries_of_an_empty_catalogue_and_of_no_places(qtbot, catalogue_path) -> None:  # type: ignore[no-untyped-def]
    """An empty catalogue's summary read "0 programmes, … (utilisation ); 0.0
    referrals a month; .", the comparison's "utilisation  → ." and its totals "All
    programmes … Off season"."""
    catalogue = Catalogue.open(catalogue_path)
    try:
        view = PlanningView(CatalogueSession(catalogue), Settings())
        qtbot.addWidget(view)
        view.resize(1280, 800)
        view.show()
        view.set_period(Period.year(2026))
        assert _plain(view.summary.text()) == "2026: no programmes to plan."
        assert view.totals.rowCount() == 0  # (its "All programmes" row said "Off season")
        view.tabs.setCurrentWidget(view.scenarios)
        text = view.scenarios.summary.text()
        assert "utilisation – → –." in text and "  " not in text
    finally:
        catalogue.close()


def test_a_utilisation_not_known_is_a_dash_in_the_summary(view, example) -> None:  # type: ignore[no-untyped-def]
    """Only seasonal programmes out of season, or none with places: no utilisation."""
    changes = tuple(
        ProgrammeChange(p.id or 0, p, p.replace(places=0)) for p in example.programmes()
    )
    view.session.run(lambda c: c.apply(ChangeSet("no places", changes)))
    text = _plain(view.summary.text())
    assert "(utilisation –)" in text, text


def test_every_programme_has_its_own_bars_without_codes(view, example) -> None:  # type: ignore[no-untyped-def]
    """Programmes without codes were labelled by their first 8 letters: "Arbetstr" for
    Arbetsträning A, B and C, and the axis, which keeps one category per label, drew
    fewer bar groups than programmes with the wrong figures under the labels."""
    renamed = {2: "Arbetsträning A", 3: "Arbetsträning B", 4: "Arbetsträning C"}
    renamed |= {5: "Jobbcoach", 6: "Jobbcoach Ung"}
    changes = []
    for pid, name in renamed.items():
        programme = example.programme(pid)
        assert programme is not None
        changes.append(ProgrammeChange(pid, programme, programme.replace(name=name, code="")))
    view.session.run(lambda c: c.apply(ChangeSet("rename", tuple(changes))))
    chart = view.places_chart
    shown = view.proxy.rowCount()
    labels = chart.axis_x.categories()
    assert labels == chart.categories and len(labels) == len(set(labels)) == shown
    for name in renamed.values():
        assert name in labels  # (alike when cut short: the whole names)
    places = chart.chart().series()[0].barSets()[0]
    assert places.count() == shown
    for row in range(shown):
        item = view.model.item(view.proxy.mapToSource(view.proxy.index(row, 0)).row())
        assert places.at(row) == item.places


def test_a_refused_figure_is_not_said_of_the_next_programme(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    """Why "many" was refused stayed under the grid of the programme selected next."""
    view.tabs.setCurrentWidget(view.forecast)
    model = view.forecast.model
    _edit_in_place(qtbot, view, model.months.index("2026-12"), 0, "many")
    assert not view.forecast.problem.isHidden()
    view.select_programme(11)
    assert view.forecast.problem.isHidden()
