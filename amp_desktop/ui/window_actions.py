"""The main window's actions and menus: each command's text, shortcut and menu place.

:func:`install` makes the actions as attributes of the window (``window.open_action``,
``window.undo_action``…) wired to the window's slots and its catalogue commands, and
builds the File, Edit and Help menus from them.  The texts keep the ``MainWindow``
translation context (written out at each call, so ``pyside6-lupdate`` finds them).  Which are enabled is the window's
business (``MainWindow._update_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from amp_desktop.ui.main_window import MainWindow

key = QKeySequence


def show_user_guide(window: MainWindow) -> None:
    """Help → AMP User Guide: the guide's window, brought forward if open."""
    from amp_desktop.ui.help import show_user_guide as show_guide

    show_guide(window)


def show_about(window: MainWindow) -> None:
    """Help → About AMP, modal."""
    from amp_desktop.ui import dialogs
    from amp_desktop.ui.about import show_about as about_dialog

    dialogs.run_modal(about_dialog(window, show=False))


def _with_first(first: QKeySequence, others: list[QKeySequence]) -> list[QKeySequence]:
    return [first, *(k for k in others if k != first)]


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[QKeySequence] | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcuts:
        action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tip)
    return action


def install(window: MainWindow) -> None:
    """Make the window's actions and its menus."""
    _file_actions(window)
    _edit_actions(window)
    _menus(window)


def _file_actions(w: MainWindow) -> None:
    std = key.StandardKey
    w.new_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&New Catalogue…"),
        w.new_catalogue,
        [key(std.New)],
    )
    w.open_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Open…"), w.open_catalogue, [key(std.Open)]
    )
    w.example_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "Open &Example"),
        w.open_example,
        tip=QCoreApplication.translate(
            "MainWindow", "The Västerås 2021 programmes with fictitious numbers"
        ),
    )
    w.save_copy_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "Save a &Copy As…"),
        w.save_copy,
        [key("Ctrl+Shift+S")],
    )
    w.close_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Close Catalogue"),
        w.close_catalogue,
        # Ctrl+W first (what the menu shows and the guide says), then the platform's
        # own (Ctrl+F4 on some desktops).
        _with_first(key("Ctrl+W"), key.keyBindings(std.Close)),
    )
    w.export_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Export to Excel…"),
        w.export_to_excel,
        [key("Ctrl+E")],
    )
    w.import_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Import from Excel…"),
        w.import_from_excel,
        [key("Ctrl+I")],
    )
    w.preview_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "Print Pre&view…"),
        w.reports.print_preview,
        [key("Ctrl+Shift+P")],
    )
    w.print_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Print…"),
        w.reports.print_report,
        [key(std.Print)],
    )
    w.pdf_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "Export P&DF…"),
        w.reports.export_pdf,
        [key("Ctrl+Shift+E")],
    )
    w.guide_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "AMP &User Guide"),
        lambda: show_user_guide(w),
        [key(std.HelpContents)],
    )
    w.about_action = _action(
        w, QCoreApplication.translate("MainWindow", "&About AMP"), lambda: show_about(w)
    )
    w.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    w.preferences_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        w.show_preferences,
        [key("Ctrl+,")],
    )
    w.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.quit_action = _action(
        w, QCoreApplication.translate("MainWindow", "&Quit"), w.close, [key("Ctrl+Q")]
    )
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)


def _edit_actions(w: MainWindow) -> None:
    std = key.StandardKey
    commands = w.commands
    w.undo_action = commands.undo_group.createUndoAction(
        w, QCoreApplication.translate("MainWindow", "&Undo")
    )
    w.undo_action.setShortcuts(std.Undo)
    w.redo_action = commands.undo_group.createRedoAction(
        w, QCoreApplication.translate("MainWindow", "&Redo")
    )
    w.redo_action.setShortcuts(key.keyBindings(std.Redo) + [key("Ctrl+Y")])
    w.add_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Add Programme"),
        commands.add_programme,
        [key("Ctrl+Shift+N"), key("Insert")],
    )
    w.duplicate_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Duplicate Programme"),
        commands.duplicate_programme,
        [key("Ctrl+D")],
    )
    w.delete_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "De&lete Programme…"),
        commands.delete_programmes,
        [key(std.Delete)],
    )
    # Del deletes only from the table, never while typing in the editor.
    w.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    w.catalogue_tab.table.addAction(w.delete_action)
    w.find_action = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Search Programmes"),
        w.catalogue_tab.focus_search,
        [key(std.Find)],
    )


def _menus(w: MainWindow) -> None:
    bar = w.menuBar()
    w.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    w.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), w)
    w.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(w))
    w.file_menu.addActions([w.new_action, w.open_action, w.example_action])
    w.file_menu.addMenu(w.recent_menu)
    w.file_menu.addSeparator()
    w.file_menu.addActions([w.save_copy_action, w.close_action])
    w.file_menu.addSeparator()
    w.file_menu.addActions([w.import_action, w.export_action])
    w.file_menu.addSeparator()
    w.file_menu.addActions([w.preview_action, w.print_action, w.pdf_action])
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.preferences_action)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)

    w.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    w.edit_menu.addActions([w.undo_action, w.redo_action])
    w.edit_menu.addSeparator()
    w.edit_menu.addActions([w.add_action, w.duplicate_action, w.delete_action])
    w.edit_menu.addSeparator()
    w.edit_menu.addAction(w.find_action)

    w.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    w.help_menu.addAction(w.guide_action)
    w.help_menu.addSeparator()
    w.help_menu.addAction(w.about_action)


def fill_recent_menu(w: MainWindow) -> None:
    """File → Open Recent, filled each time it opens."""
    w.recent_menu.clear()
    files = w.settings.recent_files
    for number, path in enumerate(files, start=1):
        prefix = f"&{number} " if number < 10 else ""
        action = w.recent_menu.addAction(prefix + Path(path).name.replace("&", "&&"))
        action.setStatusTip(path)
        action.setToolTip(path)
        action.triggered.connect(lambda _checked=False, p=path: w.open_path(p))
    if not files:
        w.recent_menu.addAction(
            QCoreApplication.translate("MainWindow", "No recent catalogues")
        ).setEnabled(False)
        return
    w.recent_menu.addSeparator()
    w.recent_menu.addAction(
        QCoreApplication.translate("MainWindow", "Clear the List"), w.clear_recent
    )
