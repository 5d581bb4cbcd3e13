"""The Planning table at 1280 × 800: every column in view and readable, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.planning.models import COL_NAME, COL_UNIT
from amp_desktop.ui.planning.table_widths import SQUEEZABLE

LEAST = {column: least for column, _most, least in SQUEEZABLE}


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_column_fits_the_window_at_1280_pixels(  # type: ignore[no-untyped-def]
    make_window, request, example_path: Path, language: str
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    window = make_window(example_path)  # 1280 × 800
    table = window.show_planning().table
    model = table.model()
    assert model.rowCount() == 21  # the plan is shown
    last = model.columnCount() - 1
    right = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right <= table.viewport().width(), model.headerData(last, Qt.Orientation.Horizontal)
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        # Titles and figures whole; only names and units are cut (their tooltip has them).
        wanted = LEAST[column] if column in LEAST else fitted_width(table, column, bold=False)
        assert table.columnWidth(column) >= wanted, title


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_wider_window_gives_the_names_room_and_a_dragged_width_stays(  # type: ignore[no-untyped-def]
    make_window, swedish, example_path: Path, qtbot
) -> None:
    window = make_window(example_path)
    table = window.show_planning().table
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: table.columnWidth(COL_NAME) < 170)  # names cut, figures whole
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: table.columnWidth(COL_NAME) == 170)
    table.setColumnWidth(COL_UNIT, 60)  # as when the user drags the edge
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: table.viewport().width() < 1300)
    assert table.columnWidth(COL_UNIT) == 60


def test_a_shortened_title_has_the_full_one_as_its_tooltip(swedish, qtbot) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.planning.models import (
        COL_BUDGETED,
        COL_PLACES,
        COL_REFERRALS,
        PlanTableModel,
    )

    model = PlanTableModel()
    title = model.headerData(COL_BUDGETED, Qt.Orientation.Horizontal)
    tip = model.headerData(COL_BUDGETED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert (title, tip) == ("Budget-\nplatser", "Budgeterade platser")
    tip = model.headerData(COL_REFERRALS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Anvisningar per månad\n")  # then the column's own tip
    assert model.headerData(COL_PLACES, Qt.Orientation.Horizontal) == "Platser"
