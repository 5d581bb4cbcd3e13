"""Layout at laptop sizes: columns wide enough to read, buttons in order, text that wraps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QScrollArea, QTableView, QWidget

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.about import COMPONENTS, show_about
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.widgets import ForecastEditor
from tests.screens import save_screenshot

#: What the offscreen platform says when a top-level window with a size constraint shows.
OFFSCREEN = "propagateSizeHints"


def _title_width(header: QHeaderView, title: str) -> int:
    """What the widest line of *title* needs, bold (as while a row is selected)."""
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return max(metrics.horizontalAdvance(line) for line in title.split("\n"))


def _x(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


# -- the catalogue table -------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "sv"])
def test_catalogue_columns_show_their_titles_and_the_status(
    make_window, example_path, request, language
) -> None:
    if language == "sv":
        request.getfixturevalue("swedish")
    window = make_window(example_path)  # 1280 × 800, no saved column widths
    table = window.catalogue_tab.table
    header = table.horizontalHeader()
    model = table.model()
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert table.columnWidth(column) >= _title_width(header, title), title
        if column not in (cm.COL_NAME, cm.COL_UNIT, cm.COL_SKR):  # long text is cut
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), title
    assert table.horizontalScrollBar().value() == 0
    status_right = header.sectionViewportPosition(cm.COL_STATUS) + header.sectionSize(cm.COL_STATUS)
    assert status_right <= table.viewport().width()
    assert header.visualIndex(cm.COL_STATUS) < header.visualIndex(cm.COL_PLACES)
    save_screenshot(window, f"layout_catalogue_{language}")


def test_saved_column_widths_win_over_the_fitted_ones(make_window, example_path) -> None:
    window = make_window(example_path)
    window.catalogue_tab.table.setColumnWidth(cm.COL_STAY, 40)
    window.close()
    again = make_window(example_path)
    assert again.catalogue_tab.table.columnWidth(cm.COL_STAY) == 40


# -- the import dialog ---------------------------------------------------------------------
def test_import_buttons_read_back_next_apply_cancel(qtbot, example: Catalogue, tmp_path) -> None:
    load_fonts()
    session = CatalogueSession(example)
    dialog = ImportDialog(session, export_workbook(example, tmp_path / "same.xlsx"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [dialog.back_button, dialog.next_button, dialog.apply_button, dialog.cancel_button]
    positions = [_x(button, dialog) for button in buttons]
    assert positions == sorted(positions), [b.text() for b in buttons]
    assert dialog.next_button.isDefault()
    dialog.next_button.click()
    assert dialog.apply_button.isDefault() and not dialog.next_button.isDefault()
    save_screenshot(dialog, "layout_import")
    dialog.cancel_button.click()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_import_cancel_button_is_swedish(qtbot, swedish, example: Catalogue, tmp_path) -> None:
    dialog = ImportDialog(CatalogueSession(example), export_workbook(example, tmp_path / "s.xlsx"))
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.text() == "Avbryt"
    assert dialog.apply_button.text() == "Verkställ"


@pytest.mark.parametrize("language", ["en", "sv"])
def test_import_pages_fit_a_laptop_screen(
    qtbot, request, example: Catalogue, tmp_path, language
) -> None:
    """At 1280 × 800 every field name fits its drop-down, no table scrolls sideways,
    and both pages render (screenshots of each)."""
    if language == "sv":
        request.getfixturevalue("swedish")
    load_fonts()
    dialog = ImportDialog(CatalogueSession(example), export_workbook(example, tmp_path / "l.xlsx"))
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.mapping_view
    field = 2  # the AMP field column
    assert view.columnWidth(field) >= view.sizeHintForColumn(field)
    assert view.horizontalScrollBar().maximum() == 0
    assert dialog.understood_label.width() <= dialog.width()
    save_screenshot(dialog, f"layout_import_understood_{language}")
    dialog.next_button.click()
    assert dialog.changes_view.horizontalScrollBar().maximum() == 0
    save_screenshot(dialog, f"layout_import_changes_{language}")


# -- the About dialog ----------------------------------------------------------------------
@pytest.mark.qt_log_ignore(OFFSCREEN)
def test_licence_texts_wrap_at_the_dialog_width(qtbot) -> None:
    load_fonts()
    dialog = show_about(None, show=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for component in COMPONENTS:
        dialog.select_component(component.name)
        assert dialog.licence.horizontalScrollBar().maximum() == 0, component.name
    dialog.select_component("Qt")
    save_screenshot(dialog, "layout_about_licences")


# -- the forecast editor -------------------------------------------------------------------
@pytest.mark.qt_log_ignore(OFFSCREEN)
def test_forecast_source_columns_are_wide_enough_and_the_method_has_a_label(qtbot) -> None:
    load_fonts()
    editor = ForecastEditor()
    qtbot.addWidget(editor)
    editor.resize(1240, 300)
    months = [f"2026-{month:02}" for month in range(1, 13)]
    editor.model.load(months, ["AF", "SKE", "Arenan"], {}, {"2026-03": {"AF": 2.5}})
    editor.show()
    qtbot.waitExposed(editor)
    table: QTableView = editor.table
    figures = table.fontMetrics().horizontalAdvance("000.0")
    for column in range(3):
        assert table.columnWidth(column) >= figures + 16, column
    used = sum(table.columnWidth(column) for column in range(editor.model.columnCount()))
    assert used >= table.viewport().width() // 2  # not two thirds of it blank
    labels = [label for label in editor.findChildren(QLabel) if label.buddy() is editor.method]
    assert len(labels) == 1 and labels[0].isVisible()
    assert labels[0].x() < editor.method.x()
    save_screenshot(editor, "layout_forecast")


# -- the programme editor beside the table ---------------------------------------------
@pytest.mark.parametrize("language", ["en", "sv"])
def test_the_editor_never_cuts_off_its_form_with_a_larger_font(
    qtbot, make_window, example_path, request, language
) -> None:
    """With a larger font (16 pt, as some set it to read) the form needs more than
    the editor's 380 px: the splitter gave it 380 and the fields' right edge was cut
    off (the form scrolls up and down only).  Now the editor is as wide as its form,
    however the splitter is dragged; the table gives way."""
    if language == "sv":
        request.getfixturevalue("swedish")
    app = QApplication.instance()
    saved = app.font()
    bigger = QFont(saved)
    bigger.setPointSize(16)
    app.setFont(bigger)
    try:
        window = make_window(example_path)
        tab = window.catalogue_tab
        tab.splitter.setSizes([10_000, 1])  # dragged as far right as it goes
        qtbot.waitUntil(lambda: tab.editor.width() > 0)
        scroll = tab.editor.findChild(QScrollArea)
        form = scroll.widget()
        qtbot.waitUntil(lambda: form.width() >= form.minimumSizeHint().width())
        assert form.minimumSizeHint().width() > 380  # (the font does need more)
        assert form.width() <= scroll.viewport().width()
        save_screenshot(window, f"layout_editor_16pt_{language}")
    finally:
        app.setFont(saved)
