"""View → Yearly figures… in the main window: opens one Yearly figures window per
catalogue (closed when the catalogue changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from amp_desktop.ui.operations import CatalogueSession

if TYPE_CHECKING:
    from amp_desktop.ui.main_window import MainWindow
    from amp_desktop.ui.yearly.dialog import YearlyDialog


class YearlyMenu(QObject):
    """The action and the open window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.dialog: YearlyDialog | None = None
        self.action = QAction(QCoreApplication.translate("MainWindow", "&Yearly Figures…"), window)
        self.action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow", "The year's figures for SKR's survey, beside Kolada"
            )
        )
        self.action.triggered.connect(self.show)
        window.results_tab.menu.addAction(self.action)
        window.session_changed.connect(self._session_changed)
        self._session_changed(window.current_session())

    def show(self) -> YearlyDialog | None:
        session = self.window.current_session()
        if session is None:
            return None
        if self.dialog is None:
            from amp_desktop.ui.yearly.dialog import YearlyDialog

            self.dialog = YearlyDialog(session, self.window)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _session_changed(self, session: CatalogueSession | None) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.action.setEnabled(session is not None)


def install(window: MainWindow) -> YearlyMenu:
    """Add View → Yearly Figures… to *window*."""
    return YearlyMenu(window)
