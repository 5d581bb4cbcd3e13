"""The Results tab: what each programme achieved in a period, from the imported
participant lists — a table, totals by type, need level and unit, and two charts.

The figures are :func:`amp_desktop.core.results.period.results_document`'s, the
columns :data:`~amp_desktop.core.tables.results_table.RESULTS` (the same as
``amp results``).  The window is inside the unit, so the figures are exact.  The tab
subscribes itself to the session's changes; while it is hidden it only notes that it
must recompute when it is shown again.  A period's figures are kept until the
catalogue changes, so going back to a period shown before is immediate.  A new one is
computed on the GUI thread from the store for a small catalogue; once the catalogue
is large enough for that to pass half a second (about 300 programmes × 12 months of
results) it is computed in the worker (``ui/tasks.py``), which reads the results of
the years the period touches into memory the first time
(:class:`~amp_desktop.core.results.index.ResultsIndex`, about a second per year at
1,000 programmes, kept until the results or the set of programmes change) and from
then on sums any period of those years from memory (about 0.1 s at 1,000 programmes;
``bench/bench_results_tab.py``).
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.results.stays import measured_stays_of, use_measured_stays
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.column_widths import fitted_width
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.widgets import PeriodPicker
from amp_desktop.ui.results.charts import ReasonsChart, ShareChart
from amp_desktop.ui.results.computation import compute_results, neighbours, new_index
from amp_desktop.ui.results.filters import ResultsFilters, results_summary
from amp_desktop.ui.results.models import ProgrammeResultsModel, ResultsTotalsModel
from amp_desktop.ui.results.parts import MeasuredStayButton, NoResultsPage, results_table
from amp_desktop.ui.roles import ID_ROLE, SORT_ROLE

#: Programmes × months of a period above which its figures are computed in the worker.
WORKER_CELLS = 3_600
#: Documents kept (period and filters), until the catalogue changes.
KEPT = 24
#: Programmes × months of a period from which the periods before and after it are
#: worked out in the worker once it is shown.
LOOK_AHEAD_CELLS = 6_000


class ResultsView(QWidget):
    """Per programme: participants, exits by reason, share to work or studies (women
    and men apart) against the goal, stays, occupancy and cost per result.

    Double-clicking (or Enter on) a programme emits :attr:`programmeActivated` with
    its id; the empty state's button emits :attr:`importRequested`.
    """

    programmeActivated = Signal(int)  # noqa: N815
    importRequested = Signal()  # noqa: N815
    #: A line for the window's status bar (what a command did).
    statusMessage = Signal(str)  # noqa: N815

    def __init__(
        self,
        session: CatalogueSession,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.document: dict[str, Any] | None = None
        self._programmes: list[Programme] | None = None
        self._stale = False
        self._has_results: bool | None = None
        self._kept: dict[tuple[Period, ResultsFilter], dict[str, Any]] = {}
        self._task: tasks.Task[tuple[ResultsIndex | None, list[dict[str, Any]]]] | None = None
        #: Every result in memory, once a period has been computed in the worker.
        self._index: ResultsIndex | None = None
        self._index_generation = 0  # which state of the results the index is of
        self._token = 0
        self._worker_done = threading.Event()
        self._worker_done.set()
        self._again = False  # the period or filters changed while the worker computed
        self._generation = 0  # which catalogue state the kept documents are of
        self._alive = [True]  # False once the view is gone: late results are dropped
        self.destroyed.connect(lambda *_: self._alive.__setitem__(0, False))
        self._build(today)
        self._choose_first_period()
        session.changed.connect(self._catalogue_changed)
        session.reloaded.connect(self._reloaded)
        self.refresh()

    # -- layout -----------------------------------------------------------------------
    def _build(self, today: dt.date | None) -> None:
        self.period_picker = PeriodPicker(today=today)
        self.period_picker.periodChanged.connect(lambda _period: self.refresh())
        self.filters = ResultsFilters()
        self.filters.changed.connect(self.refresh)
        self.stay_button = MeasuredStayButton()
        self.stay_button.requested.connect(self.use_measured_stay)
        self.stay_selected_action = self.stay_button.selected_action
        self.stay_all_action = self.stay_button.all_action
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        top.addWidget(self.filters)
        top.addStretch(1)
        top.addWidget(self.stay_button)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.model = ProgrammeResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = results_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.proxy.layoutChanged.connect(self._update_charts)

        self.totals = ResultsTotalsModel(self)
        self.totals_view = results_table(self.totals)
        self.share_chart = ShareChart()
        self.reasons_chart = ReasonsChart()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.totals_view, self.tr("Totals"))
        self.tabs.addTab(self.share_chart, self.tr("Share to work or studies"))
        self.tabs.addTab(self.reasons_chart, self.tr("Exits by reason"))
        self.tabs.currentChanged.connect(self._update_charts)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 420])
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        definitions = QLabel(
            self.tr(
                "Share to work or studies: exits to work, subsidised work or studies ÷ all "
                "exits (Kolada U40455); a municipal labour-market job is not work. "
                "Participants: enrolments running when the period starts + starts in it. "
                "Figures are exact: the window is for the unit's own use."
            )
        )
        definitions.setWordWrap(True)
        layout.addWidget(definitions)

        self.empty = NoResultsPage()
        self.empty.importRequested.connect(self.importRequested)
        self.import_button = self.empty.import_button
        self.empty_message = self.empty.message

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(content)
        self.content = content
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.pages, 1)

    # -- computing --------------------------------------------------------------------
    def period(self) -> Period:
        return self.period_picker.period()

    def set_period(self, period: Period) -> None:
        self.period_picker.set_period(period)

    def has_results(self) -> bool:
        """Whether any results are stored (asked of the file once per change: it is a
        GROUP BY over every row)."""
        if self._has_results is None:
            self._has_results = bool(self.session.catalogue.results_months())
        return self._has_results

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

    def refresh(self) -> None:
        """Show the results of the period under the filters: at once when they are kept
        or quick to compute, else once the worker has computed them."""
        self._stale = False
        catalogue = self.session.catalogue
        has_results = self.has_results()
        self.stay_button.setEnabled(has_results and not catalogue.read_only)
        self.filters.set_units(sorted({p.unit for p in self.programmes() if p.unit}))
        if not has_results:
            self._token += 1  # a document being computed is no longer wanted
            self.document = None
            self.model.set_rows([])
            self.totals.set_rows([])
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.content)
        period, selection = self.period(), self.filters.selection()
        if self._task is not None:  # one at a time: asked again when it is done
            self._again = True
            return
        key = (period, selection)
        document = self._kept.get(key)
        if document is None and len(self.programmes()) * len(period) <= WORKER_CELLS:
            document = compute_results(catalogue, self.programmes(), period, selection)
            self._keep(key, document)
        if document is not None:
            self._token += 1
            self._show(document)
            self._look_ahead(key)
            return
        self._start(key)

    def _keep(self, key: tuple[Period, ResultsFilter], document: dict[str, Any]) -> None:
        if len(self._kept) >= KEPT:
            self._kept.pop(next(iter(self._kept)))
        self._kept[key] = document

    def _start(self, key: tuple[Period, ResultsFilter], *, ahead: bool = False) -> None:
        """Compute the figures of *key* in the worker (which touches no widget); with
        *ahead*, those of the periods before and after it instead, kept for a switch
        to come and not shown."""
        keys = [(p, key[1]) for p in neighbours(key[0])] if ahead else [key]
        if not ahead:
            self.summary.setText(
                self.tr("Working out the results for {period}…").format(period=key[0].label())
            )
            self._token += 1
        catalogue, programmes, alive = self.session.catalogue, self.programmes(), self._alive
        token, generation, index_generation = self._token, self._generation, self._index_generation
        known = self._index
        finished = self._worker_done

        def work(progress: Progress) -> tuple[ResultsIndex | None, list[dict[str, Any]]]:
            try:
                progress.check()
                index = known or new_index(catalogue)
                made = [compute_results(catalogue, programmes, *k, index, progress) for k in keys]
                return index, made
            finally:
                finished.set()

        def done(made: tuple[ResultsIndex | None, list[dict[str, Any]]]) -> None:
            index, documents = made
            if alive[0]:
                self._task = None
                if index_generation == self._index_generation:  # the results unchanged since
                    self._index = index
                if generation == self._generation:  # not read before a change
                    for k, document in zip(keys, documents, strict=True):
                        self._keep(k, document)
                if self._again:
                    self._again = False
                    self.refresh()
                elif not ahead and token == self._token:
                    self._show(documents[0])
                    self._look_ahead(key)

        def failed(error: BaseException) -> None:
            if alive[0]:
                self._task = None
                again, self._again = self._again, False
                if ahead and again:
                    self.refresh()  # (the period asked for meanwhile says what is wrong)
                elif not ahead and token == self._token and not isinstance(error, Cancelled):
                    self.summary.setText(str(error))
                    dialogs.error(self, self.tr("Results"), str(error))

        finished.clear()
        task = tasks.start(self, self.tr("Results"), work, done, failed)
        if not task.is_finished:  # (an inline executor has called back already)
            self._task = task

    def _look_ahead(self, key: tuple[Period, ResultsFilter]) -> None:
        """At a county's size, work out the periods before and after the one shown in
        the worker, so that stepping to them shows them at once."""
        if (
            self._task is None
            and self._index is not None
            and len(self.programmes()) * len(key[0]) >= LOOK_AHEAD_CELLS
            and any((p, key[1]) not in self._kept for p in neighbours(key[0]))
        ):
            self._start(key, ahead=True)

    def stop_work(self) -> None:
        """Cancel figures being computed and wait until the worker has let go of the
        catalogue (before the file is closed)."""
        if self._task is not None:
            self._task.cancel()
            self._worker_done.wait(10)
            self._task = None
        self._token += 1

    def _show(self, document: dict[str, Any]) -> None:
        self.document = document
        first_time = self.model.rowCount() == 0
        selected = self.selected_programme()
        self.model.set_rows(document["programmes"])
        self.totals.set_document(document)
        if first_time:
            self._fit_columns()
        if selected is not None:
            self.select_programme(selected)
        self.summary.setText(
            results_summary(document, self.period().label(), self.filters.describe())
        )
        self._update_charts()

    def _update_charts(self, *_args: object) -> None:
        """Draw the chart on show (a hidden one is drawn when its page is chosen)."""
        chart = self.tabs.currentWidget()
        if self.document is None or not isinstance(chart, (ShareChart, ReasonsChart)):
            return
        rows = [self.model.row(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]  # fmt: skip
        label = self.period().label()
        chart.set_rows(rows, label)

    def _fit_columns(self) -> None:
        for table, model in ((self.table, self.model), (self.totals_view, self.totals)):
            for column in range(model.columnCount()):
                width = fitted_width(table, column)
                if model.columns[column].key in ("name", "group"):
                    width = min(width, 200)
                table.setColumnWidth(column, width)

    # -- following the catalogue -------------------------------------------------------
    def _catalogue_changed(self, change: ChangeSet) -> None:
        self._forget()
        if change.results:
            self._has_results = None
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- selection and commands --------------------------------------------------------
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

    def use_measured_stay(self, every_programme: bool) -> ChangeSet | None:
        """Put the period's measured mean stay at exit in place of the average stay of
        the selected programme, or of every programme shown (one undo step)."""
        title = self.tr("Use measured stay")
        if every_programme:
            ids = [row["id"] for row in self.model.rows()]
        else:
            selected = self.selected_programme()
            if selected is None:
                dialogs.inform(self, title, self.tr("Select a programme first."))
                return None
            ids = [selected]
        catalogue = self.session.catalogue
        period = self.period()
        stays = measured_stays_of(catalogue, period.first, period.last)
        change = self.session.run(
            use_measured_stays(catalogue, ids, stays), parent=self, title=title
        )
        if change is not None and change.is_empty():
            dialogs.inform(
                self,
                title,
                self.tr(
                    "Nothing to change: nobody left in the period, or the average stay "
                    "already is the measured one."
                ),
            )
        elif change is not None:
            self.statusMessage.emit(change.description)
        return change
