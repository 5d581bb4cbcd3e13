"""AMP's main window: composes the pages, the tabs and the status bar around one open file.

The window owns at most one :class:`~amp_desktop.ui.operations.CatalogueSession` and
hands it to its parts; every write goes through the session's runner and every view
subscribes itself to ``session.changed``.  What it is composed of lives elsewhere:
the actions and menus in :mod:`~amp_desktop.ui.window_actions`, the catalogue commands
(add, duplicate, delete, Undo/Redo) in :mod:`~amp_desktop.ui.catalogue_commands`, the
file commands (copy, Excel) in :mod:`~amp_desktop.ui.file_commands`, the
read-only window's follower in :mod:`~amp_desktop.ui.read_only_follower`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QFont, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.store import Catalogue, StoreError
from amp_desktop.ui import dialogs, open_flow, window_actions
from amp_desktop.ui.catalogue_commands import CatalogueCommands
from amp_desktop.ui.catalogue_tab import CatalogueTab
from amp_desktop.ui.file_commands import FileCommands
from amp_desktop.ui.main_window_checks import OpenChecks, refused
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.read_only_follower import ReadOnlyFollower
from amp_desktop.ui.report_commands import ReportCommands
from amp_desktop.ui.results import tab as results_tab
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.welcome import WelcomePage
from amp_desktop.ui.yearly import menu as yearly_menu

if TYPE_CHECKING:
    from amp_desktop.ui.planning.view import PlanningView

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """The window: File and Edit menus, the welcome page or the catalogue tabs."""

    #: The open catalogue changed: the new :class:`CatalogueSession`, or None.
    session_changed = Signal(object)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or Settings()
        self._session: CatalogueSession | None = None
        self._welcome_pending = False
        self.open_checks = OpenChecks(self)  # what opening left for after the first paint
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

        self.commands = CatalogueCommands(
            self.catalogue_tab, self.show_status, self._update_actions, self
        )
        self.follower = ReadOnlyFollower(self, self.show_status, self._open_for_editing)
        self.reports = ReportCommands(self)
        self.files = FileCommands(self)
        window_actions.install(self)
        self.results_tab = results_tab.install(self)  # after Planning; View → Results
        self.yearly_menu = yearly_menu.install(self)  # View → Yearly Figures… (#13)
        self.welcome.new_requested.connect(self.new_catalogue)
        self.welcome.open_requested.connect(self.open_catalogue)
        self.welcome.example_requested.connect(self.open_example)
        self.welcome.import_requested.connect(self.import_from_excel)
        self.welcome.recent_requested.connect(self.open_path)
        self.catalogue_tab.selection_changed.connect(self._update_actions)
        self.session_changed.connect(self._reset_planning)
        self._restore_state()
        self._show_catalogue(None)

    def clear_recent(self) -> None:
        """File → Open Recent → Clear the List."""
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
        # The checks on the file's content run once the window is painted, and
        # before any write (main_window_checks).
        opened = open_flow.open_catalogue(self, path, self.settings.backups_kept, checks="later")
        return self._adopt(opened)

    def open_example(self) -> bool:
        opened = open_flow.open_example(self, self.settings.backups_kept, checks="later")
        return self._adopt(opened)

    def _adopt(self, catalogue: Catalogue | None) -> bool:
        if catalogue is None:
            return False
        try:
            self._show_catalogue(catalogue)
        except StoreError as exc:  # rows that cannot be read: refused, as on opening
            refused(self, catalogue, exc)
            return False
        self.open_checks.opened()
        path = catalogue.path.resolve()
        # Written only when they change: each write makes QSettings save its file
        # (two fdatasync calls) from the event loop, before the window is painted.
        recent = self.settings.recent_files
        if recent[:1] != [str(path)]:
            self.settings.add_recent_file(str(path))
            recent = self.settings.recent_files
        if self.settings.last_directory != str(path.parent):
            self.settings.last_directory = str(path.parent)
        self.welcome.set_recent_files(recent)
        if catalogue.read_only and catalogue.read_only_reason:
            # A read-only disk or share: no other AMP to wait for.
            self.follower.offered_editing = True
            self.show_status(
                self.tr("Opened read-only: {reason}.").format(reason=catalogue.read_only_reason)
            )
        elif catalogue.read_only:
            self.show_status(self.tr("Opened read-only: changes cannot be made."))
        return True

    def _file_filter(self) -> str:
        return self.tr("AMP catalogues (*.amp)") + ";;" + self.tr("All files (*)")

    def save_copy(self) -> bool:
        self.catalogue_tab.editor.finish_editing()
        return self.files.save_copy()

    def export_to_excel(self) -> Path | None:
        self.catalogue_tab.editor.finish_editing()
        return self.files.export_to_excel()

    def import_from_excel(self) -> bool:
        self.catalogue_tab.editor.finish_editing()
        return self.files.import_from_excel()

    # -- planning -------------------------------------------------------------------------
    def _reset_planning(self, session: CatalogueSession | None) -> None:
        """Drop the Planning view of the old catalogue (before its file closes)."""
        if self.planning_view is not None:
            # Hidden and dropped from the layout, not re-parented (a parentless
            # widget would briefly be a window of its own).
            self.planning_view.stop_work()  # a plan in the worker lets go of the file
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

    def close_catalogue(self) -> None:
        self._show_catalogue(None)

    def _show_catalogue(self, catalogue: Catalogue | None, *, closing: bool = False) -> None:
        """Make *catalogue* the open one (None: back to the welcome page; when the
        window is *closing*, once it is shown again: not built only to be closed)."""
        # Read first: a file whose rows cannot be read leaves the open one as it is.
        shown = self.catalogue_tab.read(catalogue) if catalogue is not None else None
        old = self._session
        self.follower.stop()
        if old is not None:
            # Views let go of the old session before its file is closed.
            self._session = None
            self.session_changed.emit(None)
            self.commands.attach(None)
            self.catalogue_tab.set_session(None)
            old.catalogue.close()
            old.deleteLater()
        self._session = None
        if catalogue is not None:
            session = CatalogueSession(catalogue, self)
            self._session = session
            # The tab subscribes first: it shows a change before the commands select.
            self.catalogue_tab.set_session(session, shown)
            self.commands.attach(session)
            self.follower.start(session)  # read-only: follow what the other AMP saves
            self.pages.setCurrentWidget(self.tabs)
            self.tabs.setCurrentWidget(self.catalogue_tab)
            self.catalogue_tab.focus_table()
        else:
            self._welcome_pending = closing
            if not closing:
                self.welcome.set_recent_files(self.settings.recent_files)
                self.pages.setCurrentWidget(self.welcome)
                self.welcome.focus_first()
        self._update_title()
        self._update_actions()
        if self._session is not None:
            self.session_changed.emit(self._session)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if self._welcome_pending and self._session is None:
            self._show_catalogue(None)  # closed with a catalogue open, shown again
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.open_checks.first_paint()
        super().paintEvent(event)

    def is_read_only(self) -> bool:
        return self._session is not None and self._session.catalogue.read_only

    def refresh_state(self) -> None:
        """Show the open catalogue's state afresh (title, actions; read-only now)."""
        self._update_title()
        self._update_actions()

    def _open_for_editing(self, path: Path) -> None:
        """The other AMP closed the file: the read-only window opens it for editing."""
        self._show_catalogue(None)
        self.open_path(path)

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
        failure = self._session.catalogue.check_failure if self._session is not None else None
        self.read_only_label.setToolTip(
            str(failure)
            if failure is not None
            else self.tr("Another AMP has this catalogue open for editing; you can only look.")
        )

    # -- dialogs ---------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from amp_desktop.ui.preferences import PreferencesDialog

        catalogue = self._session.catalogue if self._session is not None else None
        dialogs.run_modal(
            PreferencesDialog(self.settings, self, catalogue=catalogue, session=self._session)
        )
        if self.results_tab.view is not None:
            self.results_tab.view.refresh()  # the default goals may have changed
        if self.planning_view is not None:
            self.planning_view.refresh()  # status thresholds may have changed

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
        self.catalogue_tab.editor.finish_editing()  # before the session goes
        self.save_state()
        self._show_catalogue(None, closing=True)
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
