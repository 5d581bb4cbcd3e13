"""AMP's main window: the menus, the open catalogue and its tabs.

The window owns at most one :class:`CatalogueSession`.  Every change goes through
the session (so it is saved at once and lands on the undo stack) and comes back
through ``session.changed``, which refreshes the views and the status bar.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, ChangeSet, ConflictError, StoreError
from amp_desktop.core.store.lock import read_lock
from amp_desktop.ui import dialogs, open_flow
from amp_desktop.ui.catalogue_tab import CatalogueTab
from amp_desktop.ui.session import CatalogueSession
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from amp_desktop.ui.planning.view import PlanningView

STATUS_TIMEOUT_MS = 8000


def _with_first(first: QKeySequence, others: list[QKeySequence]) -> list[QKeySequence]:
    return [first, *(k for k in others if k != first)]


class MainWindow(QMainWindow):
    """The window: File and Edit menus, the welcome page or the catalogue tabs."""

    #: The open catalogue changed: the new :class:`CatalogueSession`, or None.
    session_changed = Signal(object)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self._session: CatalogueSession | None = None
        self._undo_group = QUndoGroup(self)
        # A read-only window follows what the AMP that has the file for editing saves.
        self._data_version = 0
        self._offered_editing = False
        self._follow_timer = QTimer(self)
        self._follow_timer.setInterval(2000)
        self._follow_timer.timeout.connect(self.follow_other_writer)
        self.setObjectName("main_window")
        self.setMinimumSize(720, 480)
        self.resize(1280, 800)

        self.welcome = WelcomePage(self)
        self.catalogue_tab = CatalogueTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.catalogue_tab, self.tr("&Catalogue"))
        # The Planning tab (QtCharts and the plan) is built the first time it is
        # shown, so opening a catalogue stays fast.
        self.planning_holder = QWidget(self)
        self._planning_layout = QVBoxLayout(self.planning_holder)
        self._planning_layout.setContentsMargins(0, 0, 0, 0)
        self.planning_view: PlanningView | None = None
        self.tabs.addTab(self.planning_holder, self.tr("&Planning"))
        self.tabs.currentChanged.connect(self._ensure_planning)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self.read_only_label = QLabel(self.tr("Read-only"))
        # Bold with 6 px either side; a style sheet would slow every widget's start-up.
        bold = QFont(self.read_only_label.font())
        bold.setBold(True)
        self.read_only_label.setFont(bold)
        self.read_only_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.read_only_label)

        self._build_actions()
        self._build_menus()
        self.welcome.new_requested.connect(self.new_catalogue)
        self.welcome.open_requested.connect(self.open_catalogue)
        self.welcome.example_requested.connect(self.open_example)
        self.welcome.import_requested.connect(self.import_from_excel)
        self.welcome.recent_requested.connect(self.open_path)
        self.catalogue_tab.selection_changed.connect(self._update_actions)
        self.session_changed.connect(self._reset_planning)
        self._restore_state()
        self._show_catalogue(None)

    # -- actions and menus ------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(
            self.tr("&New Catalogue…"), self.new_catalogue, [key(key.StandardKey.New)]
        )
        self.open_action = self._action(
            self.tr("&Open…"), self.open_catalogue, [key(key.StandardKey.Open)]
        )
        self.example_action = self._action(
            self.tr("Open &Example"),
            self.open_example,
            tip=self.tr("The Västerås 2021 programmes with fictitious numbers"),
        )
        self.save_copy_action = self._action(
            self.tr("Save a &Copy As…"), self.save_copy, [key("Ctrl+Shift+S")]
        )
        self.close_action = self._action(
            self.tr("&Close Catalogue"),
            self.close_catalogue,
            # Ctrl+W first (what the menu shows and the guide says), then the
            # platform's own (Ctrl+F4 on some desktops).
            _with_first(key("Ctrl+W"), key.keyBindings(key.StandardKey.Close)),
        )
        self.export_action = self._action(
            self.tr("&Export to Excel…"), self.export_to_excel, [key("Ctrl+E")]
        )
        self.import_action = self._action(
            self.tr("&Import from Excel…"), self.import_from_excel, [key("Ctrl+I")]
        )
        self.preview_action = self._action(
            self.tr("Print Pre&view…"), self.print_preview, [key("Ctrl+Shift+P")]
        )
        self.print_action = self._action(
            self.tr("&Print…"), self.print_report, [key(key.StandardKey.Print)]
        )
        self.pdf_action = self._action(
            self.tr("Export P&DF…"), self.export_pdf, [key("Ctrl+Shift+E")]
        )
        self.guide_action = self._action(
            self.tr("AMP &User Guide"), self.show_user_guide, [key(key.StandardKey.HelpContents)]
        )
        self.about_action = self._action(self.tr("&About AMP"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, [key("Ctrl+,")]
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.close, [key("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(key.StandardKey.Undo)
        self.redo_action = self._undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(key.keyBindings(key.StandardKey.Redo) + [key("Ctrl+Y")])
        self.add_action = self._action(
            self.tr("&Add Programme"), self.add_programme, [key("Ctrl+Shift+N"), key("Insert")]
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate Programme"), self.duplicate_programme, [key("Ctrl+D")]
        )
        self.delete_action = self._action(
            self.tr("De&lete Programme…"), self.delete_programmes, [key(key.StandardKey.Delete)]
        )
        # Del deletes only from the table, never while typing in the editor.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.catalogue_tab.table.addAction(self.delete_action)
        self.find_action = self._action(
            self.tr("&Search Programmes"),
            self.catalogue_tab.focus_search,
            [key(key.StandardKey.Find)],
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addActions([self.new_action, self.open_action, self.example_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_copy_action, self.close_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.preview_action, self.print_action, self.pdf_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.add_action, self.duplicate_action, self.delete_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)

        # Empty until the help and About actions are added; shown once they are.
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for number, path in enumerate(files, start=1):
            prefix = f"&{number} " if number < 10 else ""
            action = self.recent_menu.addAction(prefix + Path(path).name.replace("&", "&&"))
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent catalogues")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the List"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_files = []
        self.welcome.set_recent_files([])

    # -- public API (the lead extends the window through these) ---------------------------
    def current_session(self) -> CatalogueSession | None:
        """The open catalogue's session, or None on the welcome page."""
        return self._session

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab after the Catalogue tab; returns its index."""
        return self.tabs.addTab(widget, title)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    # -- files ------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        return self.settings.last_directory or str(Path.home())

    def new_catalogue(self) -> bool:
        path = dialogs.save_file(
            self, self.tr("New Catalogue"), self._start_folder(), self._file_filter()
        )
        if not path:
            return False
        catalogue = open_flow.create_catalogue(self, path)
        return self._adopt(catalogue)

    def open_catalogue(self) -> bool:
        path = dialogs.open_file(
            self, self.tr("Open Catalogue"), self._start_folder(), self._file_filter()
        )
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open the catalogue at *path* (asking about locks); True when it is open."""
        path = Path(path)
        if self._session is not None and _same_file(self._session.catalogue.path, path):
            self.catalogue_tab.focus_table()
            return True
        return self._adopt(open_flow.open_catalogue(self, path, self.settings.backups_kept))

    def open_example(self) -> bool:
        return self._adopt(open_flow.open_example(self, self.settings.backups_kept))

    def _adopt(self, catalogue: Catalogue | None) -> bool:
        if catalogue is None:
            return False
        path = catalogue.path.resolve()
        self.settings.add_recent_file(str(path))
        self.settings.last_directory = str(path.parent)
        self.welcome.set_recent_files(self.settings.recent_files)
        self._show_catalogue(catalogue)
        if catalogue.read_only:
            self.show_status(self.tr("Opened read-only: changes cannot be made."))
        return True

    def _file_filter(self) -> str:
        return self.tr("AMP catalogues (*.amp)") + ";;" + self.tr("All files (*)")

    def save_copy(self) -> bool:
        session = self._session
        if session is None:
            return False
        path = dialogs.save_file(
            self, self.tr("Save a Copy As"), self._start_folder(), self._file_filter()
        )
        if not path:
            return False
        target = open_flow.with_extension(path)
        try:
            session.catalogue.save_copy(target)
        except (StoreError, OSError) as exc:
            dialogs.error(self, self.tr("The copy was not saved"), str(exc))
            return False
        self.show_status(self.tr("Saved a copy: {path}").format(path=target))
        return True

    # -- Excel ----------------------------------------------------------------------------
    def export_to_excel(self) -> Path | None:
        """File → Export to Excel: write the open catalogue as a workbook."""
        from amp_desktop.ui import excel_ui  # openpyxl is loaded only when needed

        if self._session is None:
            return None
        path = excel_ui.export_workbook(self, self._session)
        if path is not None:
            self.show_status(self.tr("Exported to {path}").format(path=path))
        return path

    def import_from_excel(self) -> bool:
        """File → Import from Excel; with no catalogue open, into a new one."""
        from amp_desktop.ui import excel_ui

        if self._session is None:
            workbook = excel_ui.choose_workbook(self)
            if not workbook or not self.new_catalogue():
                return False
        else:
            workbook = ""
        session = self._session
        if session is None or self.is_read_only():
            return False
        if not excel_ui.import_workbook(self, session, workbook):
            return False
        self.show_status(
            self.tr("Imported: {what}").format(
                what=session.undo_stack.undoText() or self.tr("workbook")
            )
        )
        return True

    # -- planning -------------------------------------------------------------------------
    def _reset_planning(self, session: CatalogueSession | None) -> None:
        """Drop the Planning view of the old catalogue (before its file closes)."""
        if self.planning_view is not None:
            # Hidden and dropped from the layout, not re-parented (a parentless
            # widget would briefly be a window of its own).
            self._planning_layout.removeWidget(self.planning_view)
            self.planning_view.hide()
            self.planning_view.deleteLater()
            self.planning_view = None
        if session is not None:
            self._ensure_planning()

    def _ensure_planning(self, *_args: object) -> None:
        if (
            self.planning_view is not None
            or self._session is None
            or self.tabs.currentWidget() is not self.planning_holder
        ):
            return
        from amp_desktop.ui.planning.view import PlanningView

        with dialogs.busy():  # reads all demand once: about a second at 1,000 programmes
            view = PlanningView(self._session, self.settings, self.planning_holder)
        view.programmeActivated.connect(self.show_programme)
        self._planning_layout.addWidget(view)
        view.show()
        self.planning_view = view

    def show_planning(self) -> PlanningView | None:
        """Switch to the Planning tab (building it if needed); returns the view."""
        self.tabs.setCurrentWidget(self.planning_holder)
        return self.planning_view

    def show_programme(self, programme_id: int) -> None:
        """Open programme *programme_id* in the Catalogue tab."""
        self.tabs.setCurrentWidget(self.catalogue_tab)
        if self.catalogue_tab.select_programme(programme_id):
            self.catalogue_tab.focus_table()

    # -- printing -------------------------------------------------------------------------
    def report_period(self):  # type: ignore[no-untyped-def]
        """The period reports start with: the Planning tab's, else this year."""
        from amp_desktop.core.planning import Period

        if self.planning_view is not None:
            return self.planning_view.period()
        return Period.year(dt.date.today().year)

    def _chosen_report(self, title: str):  # type: ignore[no-untyped-def]
        """Ask which report (and period); a function making it, or None."""
        from amp_desktop.ui.printing.chooser import choose_report, report_maker

        if self._session is None:
            return None
        chosen = choose_report(self, self.report_period(), title)
        if chosen is None:
            return None
        kind, period = chosen
        return report_maker(self._session.catalogue, kind, period, self.settings)

    def print_preview(self) -> None:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Print Preview"))
        if make is not None:
            printing.print_preview(self, make)

    def print_report(self) -> int:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Print"))
        pages = printing.print_report(self, make) if make is not None else 0
        if pages:
            # Two strings, not a %n plural: English ships no .qm to choose the form.
            message = (
                self.tr("Printed 1 page.")
                if pages == 1
                else self.tr("Printed {n} pages.").format(n=pages)
            )
            self.show_status(message)
        return pages

    def export_pdf(self) -> str:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Export PDF"))
        path = printing.export_pdf(self, make, self._start_folder()) if make else ""
        if path:
            self.show_status(self.tr("Saved the PDF: {path}").format(path=path))
        return path

    def close_catalogue(self) -> None:
        self._show_catalogue(None)

    def _show_catalogue(self, catalogue: Catalogue | None) -> None:
        """Make *catalogue* the open one (None: back to the welcome page)."""
        old = self._session
        self._follow_timer.stop()
        if old is not None:
            # Views let go of the old session before its file is closed.
            self._session = None
            self.session_changed.emit(None)
            self._undo_group.removeStack(old.undo_stack)
            self.catalogue_tab.set_session(None)
            old.catalogue.close()
            old.deleteLater()
        self._session = None
        if catalogue is not None:
            session = CatalogueSession(catalogue, self)
            session.changed.connect(self._on_changed)
            session.failed.connect(self._on_failed)
            self._undo_group.addStack(session.undo_stack)
            self._undo_group.setActiveStack(session.undo_stack)
            self._session = session
            self.catalogue_tab.set_session(session)
            if catalogue.read_only:  # another AMP edits it: follow what it saves
                self._data_version = catalogue.data_version()
                self._offered_editing = False
                self._follow_timer.start()
            self.pages.setCurrentWidget(self.tabs)
            self.tabs.setCurrentWidget(self.catalogue_tab)
            self.catalogue_tab.focus_table()
        else:
            self.welcome.set_recent_files(self.settings.recent_files)
            self.pages.setCurrentWidget(self.welcome)
            self.welcome.focus_first()
        self._update_title()
        self._update_actions()
        if self._session is not None:
            self.session_changed.emit(self._session)

    def is_read_only(self) -> bool:
        return self._session is not None and self._session.catalogue.read_only

    def follow_other_writer(self) -> bool:
        """In a read-only window, show the file afresh when the AMP that edits it has
        saved a change (checked every two seconds); True if it had.  When that AMP has
        closed the file, offer once to open it for editing."""
        session = self._session
        if session is None or not session.catalogue.read_only:
            return False
        try:
            version = session.catalogue.data_version()
            changed = version != self._data_version
            if changed:
                self._data_version = version
                self.catalogue_tab.reload()
                if self.planning_view is not None:
                    self.planning_view.reload()  # keeps its period and selection
                self.show_status(
                    self.tr("Another AMP saved changes to this catalogue; shown as they are now.")
                )
        except (sqlite3.Error, OSError) as exc:  # the file is gone (a share dropped)
            self._follow_timer.stop()
            self.show_status(
                self.tr("The catalogue file cannot be read any more ({reason}).").format(reason=exc)
            )
            return False
        path = session.catalogue.path
        if not self._offered_editing and read_lock(path) is None:
            self._offered_editing = True
            if dialogs.confirm(
                self,
                self.tr("Catalogue free for editing"),
                self.tr(
                    "{name} is no longer open in another AMP. Open it for editing here?"
                ).format(name=path.name),
                self.tr("Open for Editing"),
            ):
                self._show_catalogue(None)
                self.open_path(path)
        return changed

    def _update_title(self) -> None:
        session = self._session
        if session is None:
            self.setWindowTitle("AMP")
            return
        name = session.catalogue.path.name
        if session.catalogue.read_only:
            self.setWindowTitle(self.tr("{file} [read-only] — AMP").format(file=name))
        else:
            self.setWindowTitle(self.tr("{file} — AMP").format(file=name))

    def _update_actions(self) -> None:
        has = self._session is not None
        writable = has and not self.is_read_only()
        selected = bool(self.catalogue_tab.selected_programmes()) if has else False
        self.save_copy_action.setEnabled(has)
        self.export_action.setEnabled(has)
        for action in (self.preview_action, self.print_action, self.pdf_action):
            action.setEnabled(has)
        self.import_action.setEnabled(writable or not has)
        self.close_action.setEnabled(has)
        self.find_action.setEnabled(has)
        self.add_action.setEnabled(writable)
        self.duplicate_action.setEnabled(writable and selected)
        self.delete_action.setEnabled(writable and selected)
        self.read_only_label.setVisible(has and not writable)
        self.read_only_label.setToolTip(
            self.tr("Another AMP has this catalogue open for editing; you can only look.")
        )

    # -- editing ------------------------------------------------------------------------------
    def _run(self, operation: Callable[[Catalogue], ChangeSet]) -> ChangeSet | None:
        """Run a change through the session; explain (and return None) if it fails."""
        if self._session is None or self.is_read_only():
            return None
        try:
            return self._session.run(operation)
        except (rules.RuleError, ConflictError, StoreError) as exc:
            dialogs.error(self, self.tr("Not saved"), str(exc))
            return None

    def add_programme(self) -> None:
        session = self._session
        if session is None:
            return
        taken = {rules.text_key(p.name) for p in self.catalogue_tab.model.programmes()}
        base = self.tr("New programme")
        name, number = base, 2
        while rules.text_key(name) in taken:
            name, number = f"{base} {number}", number + 1
        change = self._run(lambda c: c.add_programme(Programme(name=name)))
        if change and change.programmes:
            self.catalogue_tab.select_programme(change.programmes[0].id)
            self.catalogue_tab.editor.focus_field("name")

    def duplicate_programme(self) -> None:
        programme = self.catalogue_tab.current_programme()
        if programme is None or programme.id is None:
            return
        programme_id = programme.id
        change = self._run(lambda c: c.duplicate_programme(programme_id))
        if change and change.programmes:
            self.catalogue_tab.select_programme(change.programmes[0].id)
            self.catalogue_tab.focus_table()

    def delete_programmes(self) -> None:
        chosen = self.catalogue_tab.selected_programmes()
        if not chosen or self.is_read_only():
            return
        if len(chosen) == 1:
            text = self.tr("Delete “{name}” and its referrals?").format(name=chosen[0].name)
        else:
            text = self.tr("Delete {n} programmes and their referrals?").format(n=len(chosen))
        text += "\n\n" + self.tr("You can bring them back with Edit → Undo.")
        if not dialogs.confirm(self, self.tr("Delete"), text, self.tr("Delete")):
            return
        first_row = self.catalogue_tab.table.selectionModel().selectedRows()[0].row()
        ids = [p.id for p in chosen if p.id is not None]
        if self._run(lambda c: c.delete_programmes(ids)):
            self.catalogue_tab.select_near(first_row)
            self.catalogue_tab.focus_table()

    def _on_changed(self, change: ChangeSet) -> None:
        self.catalogue_tab.on_changed(change)
        if change.kind in ("undo", "redo"):
            self._show_undone(change)
        if change.kind == "undo":
            message = self.tr("Undone: {action}")
        elif change.kind == "redo":
            message = self.tr("Redone: {action}")
        else:
            message = self.tr("Saved: {action}")
        self.show_status(message.format(action=change.description))
        self._update_actions()

    def _show_undone(self, change: ChangeSet) -> None:
        """Select a programme an undo or redo touched, so its new values are in view."""
        shown = self.catalogue_tab.editor.programme()
        ids = change.programme_ids
        if shown is not None and shown.id in ids:
            return
        for programme_id in sorted(ids):
            if self.catalogue_tab.select_programme(programme_id):
                return

    def _on_failed(self, message: str) -> None:
        dialogs.error(self, self.tr("Cannot undo or redo"), message)

    # -- dialogs ---------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from amp_desktop.ui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()
        if self.planning_view is not None:
            self.planning_view.refresh()  # status thresholds may have changed

    def show_user_guide(self) -> None:
        from amp_desktop.ui.help import show_user_guide

        show_user_guide(self)

    def show_about(self) -> None:
        from amp_desktop.ui.about import show_about

        dialogs.run_modal(show_about(self, show=False))

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.restore_state("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.restore_state("main_window/state")
        if state is not None:
            self.restoreState(state)
        self.catalogue_tab.restore_state(self.settings)

    def save_state(self) -> None:
        self.settings.save_state("main_window/geometry", self.saveGeometry())
        self.settings.save_state("main_window/state", self.saveState())
        self.catalogue_tab.save_state(self.settings)
        self.settings.sync()

    def start(self, path: str | Path | None = None, example: bool = False) -> None:
        """What to show at start: *path*, the example, the last file, or the welcome page."""
        if path is not None and self.open_path(path):
            return
        if example and self.open_example():
            return
        recent = self.settings.recent_files
        if (
            path is None
            and self.settings.welcome_shown
            and recent
            and Path(recent[0]).exists()
            and self.open_path(recent[0])
        ):
            return
        self.settings.welcome_shown = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self._show_catalogue(None)
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
