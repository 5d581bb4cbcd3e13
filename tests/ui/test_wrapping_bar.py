"""The catalogue's filter bar wraps instead of squeezing (ui/wrapping_bar.py): at 16 pt
in an 800-pixel window every drop-down shows its first choice whole, the check box its
text, nothing overlaps or runs off the edge; at a normal size it is one row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.wrapping_bar import WrappingBar, rows_for


def test_rows_take_the_fields_in_order_as_far_as_they_fit() -> None:
    assert rows_for([100, 50, 50], 400, 6) == [3]
    assert rows_for([100, 50, 50], 212, 6) == [3]  # 100 + 6 + 50 + 6 + 50 exactly
    assert rows_for([100, 50, 50], 211, 6) == [2, 1]
    assert rows_for([300, 50], 200, 6) == [1, 1]  # wider than the room: a row of its own
    assert rows_for([], 200, 6) == []


def _boxes(tab: QWidget, fields: list[QWidget]) -> list[QRect]:
    return [QRect(w.mapTo(tab, w.rect().topLeft()), w.size()) for w in fields]


@pytest.mark.parametrize(("points", "width", "rows"), [(16, 800, 2), (9, 1280, 1)])
def test_the_filter_bar_wraps_at_a_large_font_instead_of_cutting_its_lists_short(
    qtbot, make_window, example_path: Path, points: int, width: int, rows: int
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.font()
    font = app.font()
    font.setPointSize(points)
    app.setFont(font)
    try:
        window = make_window(example_path, resize=False)
        window.resize(width, 600)
        QApplication.processEvents()
        tab = window.catalogue_tab
        bar = tab.filter_bar
        assert isinstance(bar, WrappingBar)
        assert len(bar.rows()) == rows
        fields = bar.fields

        def settled() -> bool:
            # (a drop-down given new choices takes its preferred width for a moment,
            # Qt's own timer, until its layout places it again)
            boxes = _boxes(tab, fields)
            apart = all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
            return apart and all(box.left() >= 0 and box.right() < tab.width() for box in boxes)

        qtbot.waitUntil(settled, timeout=2000)
        boxes = _boxes(tab, fields)
        for field in fields:
            if isinstance(field, QComboBox):
                first = field.fontMetrics().horizontalAdvance(field.itemText(0))
                assert field.width() > first + 20, field.objectName()
            else:
                assert field.width() >= field.minimumSizeHint().width(), field.objectName()
        # the table starts below the last row of the bar
        table_top = tab.table.mapTo(tab, tab.table.rect().topLeft()).y()
        assert table_top > max(box.bottom() for box in boxes)
    finally:
        app.setFont(saved)


def test_the_planning_legend_and_the_results_filters_wrap_at_a_large_font(
    qtbot, make_window, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.results_data import store_results

    with Catalogue.open(example_path) as catalogue:
        store_results(catalogue, 2025, 1, seed=3)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = app.font()
    font = app.font()
    font.setPointSize(16)
    app.setFont(font)
    try:
        window = make_window(example_path, resize=False)
        window.resize(800, 600)
        for page in (1, 2):  # Planning, Results (each made when first shown)
            window.tabs.setCurrentIndex(page)
            QApplication.processEvents()
            view = window.planning_view if page == 1 else window.results_tab.view
            assert view is not None
            bar = view.top_bar if page == 1 else view.filters
            assert len(bar.rows()) == 2, type(view).__name__

            def inside(view: QWidget = view, bar: WrappingBar = bar) -> bool:
                boxes = _boxes(view, bar.fields)
                return all(box.left() >= 0 and box.right() < view.width() for box in boxes)

            qtbot.waitUntil(inside, timeout=2000)
            for field in bar.fields:
                if isinstance(field, QComboBox):
                    first = field.fontMetrics().horizontalAdvance(field.itemText(0))
                    assert field.width() > first + 20, field.objectName()
    finally:
        app.setFont(saved)
