"""The Results tab's tables: every role of a cell in one call (multiData) as ``data()``
gives it, and the columns measured from the cells' text as Qt measures them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QFont

from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.showing import GROW_ROWS, NAME_WIDTH, content_widths
from amp_desktop.ui.results.view import ResultsView
from amp_desktop.ui.roles import ID_ROLE, SORT_ROLE, VALUE_ROLE
from tests.results_data import store_results

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

R = Qt.ItemDataRole
ROLES = (
    R.DisplayRole,
    R.TextAlignmentRole,
    R.DecorationRole,
    R.ToolTipRole,
    R.FontRole,
    R.ForegroundRole,
    R.BackgroundRole,
    R.CheckStateRole,
    R.SizeHintRole,
    SORT_ROLE,
    VALUE_ROLE,
    ID_ROLE,
)


@pytest.fixture()
def view(qtbot, example_path: Path):  # type: ignore[no-untyped-def]
    """The Results tab over the example, two years of results for all programmes but
    three (their figures are not known: "–")."""
    with Catalogue.open(example_path) as catalogue:
        ids = [p.id for p in catalogue.programmes() if p.id is not None]
        store_results(catalogue, 2024, 2, starts_per_month=2, seed=9, programme_ids=ids[3:])
    catalogue = Catalogue.open(example_path)
    shown = ResultsView(CatalogueSession(catalogue))
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    yield shown
    shown.close()
    catalogue.close()


def _value(value: object) -> object:
    return value.toString() if isinstance(value, QFont) else value


def _check_every_cell(model) -> int:  # type: ignore[no-untyped-def]
    checked = 0
    # One span per role for every cell: Qt may hand in one filled for another cell.
    spans = {role: QModelRoleData(int(role)) for role in ROLES}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in ROLES:
                role_data = spans[role]
                model.multiData(index, QModelRoleDataSpan(role_data))
                assert _value(role_data.data()) == _value(model.data(index, role)), (
                    row,
                    column,
                    role,
                )
                checked += 1
    return checked


def test_one_call_answers_every_role_as_data_does(view, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    cells = view.model.rowCount() * view.model.columnCount()
    assert _check_every_cell(view.proxy) == cells * len(ROLES)
    assert _check_every_cell(view.model) == cells * len(ROLES)
    shown = [view.proxy.index(r, 2).data() for r in range(view.proxy.rowCount())]
    assert "–" in shown  # (programmes without results: not known)
    bold = view.totals.index(view.totals.rowCount() - 1, 0).data(R.FontRole)
    assert isinstance(bold, QFont) and bold.bold()
    _check_every_cell(view.totals)
    column = view.model.column_of("participants")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)  # mapped by the proxy
    _check_every_cell(view.proxy)
    view.set_period(Period.year(2024))
    _check_every_cell(view.proxy)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.totals)
    # An index the model does not have: nothing is set.
    role_data = QModelRoleData(int(R.DisplayRole))
    view.proxy.multiData(view.proxy.index(999, 0), QModelRoleDataSpan(role_data))
    assert role_data.data() is None


def _qt_widths(table) -> list[int]:  # type: ignore[no-untyped-def]
    return [table.sizeHintForColumn(column) for column in range(table.model().columnCount())]


def _compare(view, precision: int) -> None:  # type: ignore[no-untyped-def]
    for table, model, source_row in (
        (view.table, view.model, view.proxy.source_row),
        (view.totals_view, view.totals, None),
    ):
        header = table.horizontalHeader()
        kept = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(precision)
        try:
            assert content_widths(table, model, source_row) == _qt_widths(table), precision
        finally:
            header.setResizeContentsPrecision(kept)


def _states(view):  # type: ignore[no-untyped-def]
    yield "as opened"
    view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum())
    view.totals_view.verticalScrollBar().setValue(3)
    yield "scrolled"
    view.table.sortByColumn(view.model.column_of("exits"), Qt.SortOrder.AscendingOrder)
    yield "sorted"
    view.set_period(Period.tertial(2025, 2))
    yield "another period"
    view.table.resize(view.table.width(), 90)  # few rows in view
    yield "small"
    view.hide()
    yield "hidden"


@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_measured_widths_are_qts_own(view, language, request) -> None:  # type: ignore[no-untyped-def]
    if language == "sv":
        request.getfixturevalue("swedish")
        view.refresh()
    for _state in _states(view):
        for precision in (GROW_ROWS, 1, 0, 5, 1000, -1):
            _compare(view, precision)


def test_a_switch_leaves_every_figure_room(view, qtbot) -> None:  # type: ignore[no-untyped-def]
    for period in (Period.year(2024), Period.tertial(2025, 1), Period("2024-03", "2025-08")):
        view.set_period(period)
        qtbot.waitUntil(lambda p=period: view.document["period"] == p.to_json())
        for table in (view.table, view.totals_view):
            header = table.horizontalHeader()
            kept = header.resizeContentsPrecision()
            header.setResizeContentsPrecision(GROW_ROWS)
            try:
                for column in range(table.model().columnCount()):
                    wanted = fitted_width(table, column)  # what Qt's measuring gives
                    if column == 0:
                        wanted = min(wanted, NAME_WIDTH)
                    assert table.columnWidth(column) >= wanted, (period, column)
            finally:
                header.setResizeContentsPrecision(kept)
