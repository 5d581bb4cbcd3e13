"""Dialogs open larger at a larger font (ui/window_size.py), within the screen: at 16
points the yearly figures' dialog opened at 10-point pixels, its table two rows high
and its notes cut off; those notes now scroll."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from amp_desktop.ui.window_size import fitted_size


def _widget(qtbot, points: int) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSize(points)
    widget.setFont(font)
    return widget


def test_a_size_grows_with_the_font_and_stays_on_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = QApplication.primaryScreen().availableGeometry().size()
    small = fitted_size(_widget(qtbot, 10), 300, 200)
    assert (small.width(), small.height()) == (300, 200)
    large = fitted_size(_widget(qtbot, 16), 300, 200)
    assert large.width() >= 450 and large.height() >= 300
    assert abs(large.width() / large.height() - 1.5) < 0.01
    huge = fitted_size(_widget(qtbot, 16), 5_000, 5_000)
    assert huge.width() <= screen.width() and huge.height() <= screen.height()
    tiny = fitted_size(_widget(qtbot, 7), 300, 200)
    assert (tiny.width(), tiny.height()) == (300, 200)  # never smaller than designed


def test_the_yearly_figures_notes_scroll_rather_than_being_cut_off(qtbot, example) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.operations import CatalogueSession
    from amp_desktop.ui.yearly.dialog import YearlyDialog

    dialog = YearlyDialog(CatalogueSession(example))
    qtbot.addWidget(dialog)
    assert dialog.details_scroll.widget() is dialog.details
    assert dialog.details_scroll.widgetResizable()
