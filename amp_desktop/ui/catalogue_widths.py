"""The catalogue table's column widths: fitted to the titles and the cell text, and
remembered per language.

``QTableView.sizeHintForColumn`` over 330 cells (11 columns × 30 rows) cost about a
fifth of the window's work between opening the file and its first paint; the
widths are measured from the cells' text instead, as Qt would find them
(:func:`amp_desktop.ui.column_widths.text_widths`), and Qt measures a column itself
only where a cell has more than text (the attention icon).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QTableView

from amp_desktop.core import i18n
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.catalogue_filter import CatalogueFilter
from amp_desktop.ui.catalogue_model import CatalogueModel
from amp_desktop.ui.column_widths import measured_rows, text_widths, title_width

if TYPE_CHECKING:
    from amp_desktop.ui.settings import Settings

#: The catalogue table's widths before a catalogue is shown (a column is never
#: narrower than its title).
DEFAULT_WIDTHS = {
    cm.COL_NAME: 220,
    cm.COL_CODE: 65,
    cm.COL_UNIT: 140,
    cm.COL_TYPE: 85,
    cm.COL_STATUS: 75,
    cm.COL_SOURCES: 130,
    cm.COL_PLACES: 60,
    cm.COL_BUDGETED: 80,
    cm.COL_BUDGET: 120,
    cm.COL_STAY: 95,
    cm.COL_SKR: 200,
}
#: Columns of long text are cut at a width (the editor shows them whole).
MAX_WIDTHS = {cm.COL_NAME: 220, cm.COL_UNIT: 140, cm.COL_SKR: 200}
#: Rows measured when fitting the columns: those in view and some more, not 1,000.
ROWS_MEASURED = 30  # about the rows in view: each measured row costs start-up time
#: The settings key of the header state, per language: widths fit the titles of the
#: language they were set in (columns were "catalogue/header" in their old order).
HEADER_STATE = "catalogue/columns"


def set_default_widths(table: QTableView, model: CatalogueModel) -> None:
    """The widths before a catalogue is shown (:data:`DEFAULT_WIDTHS`)."""
    header = table.horizontalHeader()
    for column, width in DEFAULT_WIDTHS.items():
        table.setColumnWidth(column, max(width, title_width(header, model.column_title(column))))


def content_widths(
    table: QTableView, proxy: CatalogueFilter, model: CatalogueModel, rows: int
) -> list[int]:
    """Per column, what ``table.sizeHintForColumn`` gives when the header's
    contents precision is *rows* (the table's model is *proxy* over *model*)."""
    columns = model.columnCount()
    measured = None
    if proxy.rowCount() and table.horizontalHeader().resizeContentsPrecision() == rows:
        measured = measured_rows(table, rows)
    widths = None
    if measured:
        source = [proxy.source_row(row) for row in measured]

        def text(row: int, column: int) -> str | None:
            # (an icon beside the text: Qt's own sums)
            return None if model.has_decoration(row, column) else model.cell_text(row, column)

        widths = text_widths(table, source, columns, text)
    if widths is None:
        return [table.sizeHintForColumn(column) for column in range(columns)]
    return widths


def fit_columns(table: QTableView, proxy: CatalogueFilter, model: CatalogueModel) -> None:
    """Each column as wide as its title and the figures of the rows in view."""
    header = table.horizontalHeader()
    precision = header.resizeContentsPrecision()
    header.setResizeContentsPrecision(ROWS_MEASURED)
    contents = content_widths(table, proxy, model, ROWS_MEASURED)
    for column in range(model.columnCount()):
        # As column_widths.fitted_width, the contents measured for all at once.
        title = model.column_title(column)
        width = max(contents[column], title_width(header, title))
        if column in MAX_WIDTHS:
            width = max(min(width, MAX_WIDTHS[column]), title_width(header, title))
        table.setColumnWidth(column, width)
    header.setResizeContentsPrecision(precision)


def _key() -> str:
    return f"{HEADER_STATE}/{i18n.language()}"


def save_widths(settings: Settings, header: QHeaderView) -> None:
    """Remember the columns' widths, order and sorting for the language in use."""
    settings.save_state(_key(), header.saveState())


def restore_widths(settings: Settings, header: QHeaderView) -> bool:
    """The columns as they were last left in the language in use; False if never.

    Left before widths were kept per language (one state for both), the columns'
    order and sorting come back, and False says their widths are still to be fitted.
    """
    state = settings.restore_state(_key())
    if state is not None:
        return header.restoreState(state)
    earlier = settings.restore_state(HEADER_STATE)
    if earlier is not None:
        header.restoreState(earlier)
    return False
