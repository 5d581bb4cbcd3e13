"""The Results tab in the main window: built the first time it is shown, rebuilt for
each catalogue, and its menu entry (View → Results)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from amp_desktop.ui.operations import CatalogueSession

if TYPE_CHECKING:
    from amp_desktop.ui.main_window import MainWindow
    from amp_desktop.ui.results.view import ResultsView


class ResultsTab(QObject):
    """Holds the window's Results tab; the view (QtCharts, the figures) is made lazily."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.holder = QWidget(window)
        self._layout = QVBoxLayout(self.holder)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.view: ResultsView | None = None
        self.index = window.add_tab(
            self.holder, QCoreApplication.translate("MainWindow", "&Results")
        )
        window.tabs.currentChanged.connect(self._ensure_view)
        window.session_changed.connect(self._session_changed)
        self.action = QAction(QCoreApplication.translate("MainWindow", "&Results"), window)
        self.action.setShortcut(QKeySequence("Ctrl+3"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "What each programme achieved: exits to work or studies"
            )
        )
        self.action.triggered.connect(self.show)
        window.results_action = self.action  # type: ignore[attr-defined]
        self.menu = QMenu(QCoreApplication.translate("MainWindow", "&View"), window)
        # Before Help, where a View menu sits.
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        self.menu.addAction(self.action)

    def show(self) -> ResultsView | None:
        """Switch to the Results tab (building it if a catalogue is open)."""
        self.window.tabs.setCurrentWidget(self.holder)
        return self.view

    def _session_changed(self, session: CatalogueSession | None) -> None:
        """Drop the view of the old catalogue before its file closes."""
        if self.view is not None:
            self.view.stop_work()  # figures in the worker let go of the file
            self._layout.removeWidget(self.view)
            self.view.hide()
            self.view.deleteLater()
            self.view = None
        if session is not None:
            self._ensure_view()

    def _ensure_view(self, *_args: object) -> None:
        window = self.window
        session = window.current_session()
        if (
            self.view is not None
            or session is None
            or window.tabs.currentWidget() is not self.holder
        ):
            return
        from amp_desktop.ui.results.view import ResultsView

        view = ResultsView(session, self.holder)
        view.programmeActivated.connect(window.show_programme)
        view.importRequested.connect(window.import_from_excel)
        view.statusMessage.connect(window.show_status)
        self._layout.addWidget(view)
        view.show()
        self.view = view


def install(window: MainWindow) -> ResultsTab:
    """Add the Results tab and View → Results to *window*."""
    return ResultsTab(window)
