"""The Results tab following its catalogue: what it holds (results, programmes, the
first period to show, the programme selected), what a change makes stale (the kept
documents, the results held in memory), and stopping the worker before the file is
closed — the part of :class:`~amp_desktop.ui.results.view.ResultsView` that draws
nothing."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, QTimer, SignalInstance
from PySide6.QtWidgets import QTableView

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.widgets import PeriodPicker
from amp_desktop.ui.results.computation import Handed
from amp_desktop.ui.results.models import ProgrammeResultsModel
from amp_desktop.ui.roles import ID_ROLE


class FollowingCatalogue:
    """Mixed into the Results view, whose state it resets as the catalogue changes."""

    _kept: dict[tuple[Period, ResultsFilter], bytes]
    _task: tasks.Task[Handed] | None
    _index: ResultsIndex | None
    _index_generation: int
    _generation: int
    _token: int
    _stale: bool
    _has_results: bool | None
    _imported_span: Period | None = None  # (set with _has_results)
    _programmes: list[Programme] | None
    _ahead_timer: QTimer
    _worker_done: threading.Event
    session: CatalogueSession
    period_picker: PeriodPicker
    table: QTableView
    proxy: QSortFilterProxyModel
    model: ProgrammeResultsModel
    programmeActivated: SignalInstance  # noqa: N815

    if TYPE_CHECKING:  # the view's and QWidget's

        def refresh(self) -> None: ...

        def isVisible(self) -> bool: ...  # noqa: N802

    def is_idle(self) -> bool:
        """Nothing in the worker and nothing to work out ahead now."""
        return self._task is None and not self._ahead_timer.isActive()

    def stop_work(self) -> None:
        """Cancel figures being computed and wait until the worker has let go of the
        catalogue (before the file is closed)."""
        self._ahead_timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._worker_done.wait(10)
            self._task = None
        self._token += 1

    # -- following the catalogue -------------------------------------------------------
    def _catalogue_changed(self, change: ChangeSet) -> None:
        self._forget()
        if change.results:
            had_results, self._has_results = self._has_results, None
            if had_results is False:  # the first list: show its year, not today's
                self._choose_first_period()
        if change.results or any(c.before is None or c.after is None for c in change.programmes):
            self._forget_index()  # (a new programme may take a removed one's id)
        if change.programmes:
            self._programmes = None  # names, units, places or goals may be new
        self._recompute_when_seen()

    def _reloaded(self) -> None:
        self._forget()
        self._forget_index()
        self._has_results = None
        self._programmes = None
        self._recompute_when_seen()

    def _forget(self) -> None:
        """The catalogue changed: no kept document, nor one being computed, holds."""
        self._kept.clear()
        self._generation += 1
        if self._task is not None:
            self._token += 1  # its document is neither kept nor shown

    def _forget_index(self) -> None:
        self._index = None
        self._index_generation += 1

    def _recompute_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def has_results(self) -> bool:
        """Whether any results are stored (asked of the file once per change: it is a
        GROUP BY over every row)."""
        if self._has_results is None:
            months = self.session.catalogue.results_months()
            self._has_results = bool(months)
            self._imported_span = (
                Period(
                    min(lo for lo, _hi in months.values()), max(hi for _lo, hi in months.values())
                )
                if months
                else None
            )
        return self._has_results

    def imported_span(self) -> Period | None:
        """The months the imported lists reach, first to last (None without results)."""
        self.has_results()
        return self._imported_span

    def _choose_first_period(self) -> None:
        """Start at the last calendar year the lists reach into."""
        months = self.session.catalogue.results_months()
        if months:
            last = max(hi for _lo, hi in months.values())
            self.period_picker.blockSignals(True)
            self.period_picker.set_period(Period.year(int(last[:4])))
            self.period_picker.blockSignals(False)

    def programmes(self) -> list[Programme]:
        if self._programmes is None:
            self._programmes = self.session.catalogue.programmes()
        return self._programmes

    def selected_programme(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_programme(self, programme_id: int) -> bool:
        row = self.model.row_of(programme_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def _activated(self, index: QModelIndex) -> None:
        programme_id = index.data(ID_ROLE)
        if programme_id is not None:
            self.programmeActivated.emit(int(programme_id))
