"""The File menu's report commands: print preview, print and Export PDF.

Each asks which report and period (starting from the Planning tab's period, or from
the Results tab the results for the period it shows), then
hands the work to :mod:`amp_desktop.ui.printing`, which builds and paints the report in
the worker (:mod:`amp_desktop.ui.tasks`) with a progress dialog and Cancel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from amp_desktop.core.planning import Period
    from amp_desktop.ui.main_window import MainWindow


class ReportCommands(QObject):
    """Print Preview…, Print… and Export PDF… for the window's open catalogue."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def report_period(self) -> Period:
        """The period reports start with: the Planning tab's, else this year."""
        from amp_desktop.core.planning import Period

        view = self._window.planning_view
        if view is not None:
            period: Period = view.period()
            return period
        return Period.year(dt.date.today().year)

    def _chosen_report(self, title: str) -> Callable[[], Any] | None:
        """Ask which report (and period); a function making it, or None."""
        from amp_desktop.ui.printing.chooser import choose_report, report_maker

        self._window.catalogue_tab.editor.finish_editing()  # the value typed last counts
        session = self._window.current_session()
        if session is None:
            return None
        results = self._window.results_tab
        if results.view is not None and self._window.tabs.currentWidget() is results.holder:
            # From the Results tab: its results, for the period it shows.
            from amp_desktop.core.reports import KIND_RESULTS

            chosen = choose_report(self._window, results.view.period(), title, kind=KIND_RESULTS)
        else:
            chosen = choose_report(self._window, self.report_period(), title)
        if chosen is None:
            return None
        kind, period = chosen
        return report_maker(session.catalogue, kind, period, self._window.settings)

    def print_preview(self) -> None:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Print Preview"))
        if make is not None:
            printing.print_preview(self._window, make)

    def print_report(self) -> int:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Print"))
        pages = printing.print_report(self._window, make) if make is not None else 0
        if pages:
            # Two strings, not a %n plural: English ships no .qm to choose the form.
            message = (
                self.tr("Printed 1 page.")
                if pages == 1
                else self.tr("Printed {n} pages.").format(n=pages)
            )
            self._window.show_status(message)
        return pages

    def export_pdf(self) -> str:
        from amp_desktop.ui import printing

        make = self._chosen_report(self.tr("Export PDF"))
        folder = self._window.settings.last_directory or str(Path.home())
        path = printing.export_pdf(self._window, make, folder) if make else ""
        if path:
            self._window.show_status(self.tr("Saved the PDF: {path}").format(path=path))
        return path
