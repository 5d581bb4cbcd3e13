"""The catalogue table's roles in one call (multiData) and its columns measured as Qt does."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QIcon, QPixmap

from amp_desktop.core.store import Catalogue
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.catalogue_widths import MAX_WIDTHS, ROWS_MEASURED, content_widths
from amp_desktop.ui.column_widths import fitted_width, title_width
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.roles import ID_ROLE, PROGRAMME_ROLE, SORT_ROLE
from amp_desktop.ui.settings import Settings

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
    ID_ROLE,
    PROGRAMME_ROLE,
)

# Texts whose laid-out width differs from their plain advance ("F/": kerning), long
# ones, Swedish letters, figures with separators: widths that round differently.
NAMES = ("ESF/SALT Ågren", "Vägen ut – språkstöd för unga vuxna", "AF/Kommun 2", "Öppen ingång")


@pytest.fixture
def unshown_window(qtbot, example_path: Path) -> Iterator[MainWindow]:
    """A window opened on a file before it is shown, as ``amp-desktop FILE`` is."""
    with Catalogue.open(example_path) as catalogue:
        first = catalogue.programmes()[0]
        for number, name in enumerate(NAMES):
            programme = replace(first, id=None, name=name, code=f"F/{number}")
            catalogue.add_programme(replace(programme, places=1234 * number))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.open_path(example_path)
    yield window
    window.close()


def _value(value: object) -> object:
    if isinstance(value, QIcon):
        return ("icon", value.cacheKey())
    return value


def _check_every_cell(proxy: cm.CatalogueFilter) -> int:
    checked = 0
    # One span per role for every cell: Qt may hand in one filled for another cell.
    spans = {role: QModelRoleData(int(role)) for role in ROLES}
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            index = proxy.index(row, column)
            for role in ROLES:
                role_data = spans[role]
                proxy.multiData(index, QModelRoleDataSpan(role_data))
                expected = proxy.data(index, role)
                assert _value(role_data.data()) == _value(expected), (row, column, role)
                checked += 1
    return checked


def test_one_call_answers_every_role_as_data_does(unshown_window: MainWindow) -> None:
    tab = unshown_window.catalogue_tab
    proxy, model = tab.proxy, tab.model
    assert _check_every_cell(proxy) == 25 * cm.COLUMN_COUNT * len(ROLES)
    first = model.programme_at(0)
    model.set_attention({first.id or 0: "Needs a mandate"}, QIcon(QPixmap(8, 8)))
    proxy.sort(cm.COL_PLACES, Qt.SortOrder.DescendingOrder)  # the model sorts
    _check_every_cell(proxy)
    proxy.set_filters(search="a", type="primary")  # mapped through the proxy
    assert 0 < proxy.rowCount() < 25
    _check_every_cell(proxy)
    # An index the model does not have: nothing is set.
    role_data = QModelRoleData(int(R.DisplayRole))
    proxy.multiData(proxy.index(999, 0), QModelRoleDataSpan(role_data))
    assert role_data.data() is None


def _qt_widths(tab) -> list[int]:
    return [tab.table.sizeHintForColumn(column) for column in range(cm.COLUMN_COUNT)]


def test_the_measured_widths_are_qts_own(unshown_window: MainWindow, swedish: None) -> None:
    tab = unshown_window.catalogue_tab
    header = tab.table.horizontalHeader()
    header.setResizeContentsPrecision(ROWS_MEASURED)
    states = [
        lambda: None,
        lambda: tab.proxy.sort(cm.COL_NAME, Qt.SortOrder.DescendingOrder),
        lambda: tab.proxy.set_filters(search="ESF"),
        lambda: tab.proxy.set_filters(search=""),
        lambda: tab.proxy.sort(cm.COL_BUDGET, Qt.SortOrder.AscendingOrder),
        lambda: tab.model.set_attention(
            {tab.model.programme_at(0).id or 0: "Check"}, QIcon(QPixmap(16, 16))
        ),
    ]
    for change in states:
        change()
        assert content_widths(tab.table, tab.proxy, tab.model, ROWS_MEASURED) == _qt_widths(tab)


def test_fitting_gives_the_widths_qt_measuring_gave(unshown_window: MainWindow) -> None:
    tab = unshown_window.catalogue_tab
    fitted = [tab.table.columnWidth(column) for column in range(cm.COLUMN_COUNT)]
    header = tab.table.horizontalHeader()
    header.setResizeContentsPrecision(ROWS_MEASURED)
    for column, width in enumerate(fitted):
        wanted = fitted_width(tab.table, column)  # what fit_columns measured before
        if column in MAX_WIDTHS:
            title = tab.model.column_title(column)
            wanted = max(min(wanted, MAX_WIDTHS[column]), title_width(header, title))
        assert width == wanted, column
