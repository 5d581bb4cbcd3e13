"""The Planning tab by keyboard and screen reader, in the window, in English and Swedish:
every sub-tab's Tab chain, names for the what-if builder's unlabelled controls, Alt+letters
that clash neither within the page nor with the menus, and where the focus goes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from amp_desktop.core.planning import Period
from amp_desktop.ui.planning.view import PlanningView
from tests.ui.test_keyboard_dec4e import accelerators, check_keyboard, language

LANGUAGES = pytest.mark.parametrize("code", ["en", "sv"])
_MNEMONIC = re.compile(r"&([^&\s])")


def _menu_letters(window: QMainWindow) -> list[str]:
    letters = []
    for action in window.menuBar().actions():
        match = _MNEMONIC.search(action.text().replace("&&", ""))
        if match and action.isVisible():
            letters.append(match.group(1).casefold())
    return letters


def _planning(make_window, example_path) -> tuple[QMainWindow, PlanningView]:  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    view = window.show_planning()
    assert view is not None
    view.set_period(Period.year(2026))
    return window, view


@LANGUAGES
def test_every_planning_page_by_keyboard(qtbot, make_window, example_path, code: str) -> None:  # type: ignore[no-untyped-def]
    """The what-if builder's programme, target, mode and value had no names, nor the
    year box, the tables and the charts; "Saved:", "Compare" and "with" had no buddy;
    the forecast grid kept Tab for ever."""
    with language(code):
        window, view = _planning(make_window, example_path)
        view.table.selectRow(0)  # (a programme for the month chart and the forecast)
        for page in range(view.tabs.count()):
            view.tabs.setCurrentIndex(page)
            QApplication.processEvents()
            view.period_picker.kind.setFocus()
            chain = check_keyboard(qtbot, window)
            assert view.period_picker.kind in chain and view.table in chain
            letters = list(accelerators(window).elements()) + _menu_letters(window)
            assert sorted(x for x in set(letters) if letters.count(x) > 1) == [], letters
        for period_kind in range(3):  # the year, tertial and month boxes are named too
            view.period_picker.kind.setCurrentIndex(period_kind)
            for box in (view.period_picker.year, view.period_picker.tertial):
                assert box.accessibleName()
            assert view.period_picker.first.accessibleName()


def test_the_forecast_grid_lets_go_of_tab_at_its_ends(qtbot, make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    """Tab went round the grid's cells for ever: now on from the last cell, back from
    the first, and from cell to cell in between."""
    window, view = _planning(make_window, example_path)
    view.table.selectRow(0)
    view.tabs.setCurrentWidget(view.forecast)
    table = view.forecast.table
    model = table.model()
    assert model.rowCount() > 1 and model.columnCount() > 1
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and table.currentIndex().column() == 1
    table.setCurrentIndex(model.index(model.rowCount() - 1, model.columnCount() - 1))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table


def test_what_if_focus_after_new_enter_and_delete(qtbot, make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    """New left the focus on New (the name is typed next); Enter in the name did nothing;
    after Delete the focus fell on whatever came next once the button was off."""
    window, view = _planning(make_window, example_path)
    panel = view.scenarios
    view.tabs.setCurrentWidget(panel)
    panel.new_button.setFocus()
    qtbot.keyClick(panel.new_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is panel.name
    qtbot.keyClicks(panel.name, "Fler platser")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert window.planning_view.session.catalogue.scenario_names() == ["Fler platser"]
    panel.delete_button.setFocus()
    qtbot.keyClick(panel.delete_button, Qt.Key.Key_Space)
    assert panel.session.catalogue.scenario_names() == []
    assert QApplication.focusWidget() is panel.new_button  # (no scenario left to open)


def test_alt_letters_of_the_what_if_panel(qtbot, make_window, example_path) -> None:  # type: ignore[no-untyped-def]
    window, view = _planning(make_window, example_path)
    panel = view.scenarios
    view.tabs.setCurrentWidget(panel)
    view.table.setFocus()
    for key, widget in (
        (Qt.Key.Key_S, panel.saved),
        (Qt.Key.Key_M, panel.left_choice),
        (Qt.Key.Key_I, panel.right_choice),
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is widget, key


@LANGUAGES
def test_the_catalogue_page_letters_clash_with_no_menu(
    make_window, example_path, code: str
) -> None:  # type: ignore[no-untyped-def]
    """The editor's groups answer Alt+letters (to their first field) that neither the
    menus nor the main tabs take ("P&rogramme" would have been the Results tab's R)."""
    with language(code):
        window = make_window(example_path)
        session = window.current_session()
        assert session is not None
        programme = session.catalogue.programmes()[0]
        assert programme.id is not None
        window.show_programme(programme.id)
        editor = window.catalogue_tab.editor
        editor.mandate_box  # (made when first needed)  # noqa: B018
        window.show_programme(programme.id)
        QApplication.processEvents()
        letters = list(accelerators(window).elements()) + _menu_letters(window)
        assert sorted(x for x in set(letters) if letters.count(x) > 1) == [], letters
        assert len(letters) >= 14  # (menus, tabs and the seven groups)
