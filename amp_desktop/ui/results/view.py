"""The Results tab: what each programme achieved in a period, from the imported
participant lists — a table, totals by type, need level and unit, and two charts.

The figures are :func:`amp_desktop.core.results.period.results_document`'s, the
columns :data:`~amp_desktop.core.tables.results_table.RESULTS` (the same as
``amp results``).  The window is inside the unit, so the figures are exact.  The tab
subscribes itself to the session's changes; while it is hidden it only notes that it
must recompute when it is shown again.  A period's figures are kept until the
catalogue changes, so going back to a period shown before is immediate.  A new one is
computed on the GUI thread from the store for a small catalogue; once the catalogue
is large enough for that to hold the window noticeably (about 125 programmes × 12
months of results: 50 ms) it is in the worker (``ui/tasks.py``), which reads the results into memory first
(:class:`~amp_desktop.core.results.index.ResultsIndex`, kept until the results or the
programmes change): from the store's compact yearly sums every year at once when
few enough (1,000 programmes × 3 years: ~0.3 s, the other years' figures then too),
else the period's years, then the rest in turn (from the rows, in a file without
the sums: ~1 s a year), and sums any period from memory (~0.1 s at 1,000 programmes).
"""

from __future__ import annotations

import datetime as dt
import marshal
import threading
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
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
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.widgets import PeriodPicker
from amp_desktop.ui.results.charts import ReasonsChart, ShareChart
from amp_desktop.ui.results.computation import (
    Handed,
    compute_results,
    neighbours,
    new_index,
    next_unread,
    other_years,
    read_at_once,
    read_months,
)
from amp_desktop.ui.results.filters import ResultsFilters
from amp_desktop.ui.results.following import FollowingCatalogue
from amp_desktop.ui.results.models import (
    ProgrammeResultsModel,
    ResultsProxy,
    ResultsTotalsModel,
)
from amp_desktop.ui.results.parts import (
    MeasuredStayButton,
    NoResultsPage,
    ResultsBar,
    ScrollingContent,
    results_table,
    scrolling,
    totals_page,
)
from amp_desktop.ui.results.showing import ShowingDocument
from amp_desktop.ui.roles import SORT_ROLE

#: Programmes × months of a period above which its figures are computed in the worker
#: when the results are in memory, and when they are read from the store (~0.03 ms a
#: cell: 290 programmes × 12 months held the window 0.11 s, and 0.05 s more to show).
WORKER_CELLS = 3_600
STORE_CELLS = 1_500
#: Documents kept (period and filters), until the catalogue changes.
KEPT = 24
#: Programmes × months of a period from which the periods before and after it are
#: worked out in the worker once it is shown (every period the worker computes).
LOOK_AHEAD_CELLS = WORKER_CELLS
#: Programmes × months held in memory at most before the months not asked for are
#: read ahead (1,000 programmes × 5 years, about 65 MB), and the months read at a
#: time (a switch asked for meanwhile waits for them: ~0.1 s at 1,000 programmes).
PREFETCH_CELLS = 60_000
PREFETCH_MONTHS = 3
#: After a switch, work ahead only once no switch has come for this long
#: (milliseconds): the repaint and the next switch do not share the processor with it.
AHEAD_AFTER_MS = 250


class ResultsView(QWidget, FollowingCatalogue, ShowingDocument):
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
        #: Documents kept, marshalled: as bytes they are nothing for the cycle collector
        #: to look into (as objects, 24 documents of 1,000 programmes were 640,000
        #: dicts, and each full collection took 0.45 s); loading one takes ~3 ms.  The
        #: one just shown is kept as it is (it is the document on show anyway) and
        #: marshalled once the user has paused (:meth:`_pack_kept`), not before it is
        #: painted (~4 ms at 1,000 programmes); the worker marshals those it makes ahead.
        self._kept: dict[tuple[Period, ResultsFilter], bytes | dict[str, Any]] = {}
        self._task: tasks.Task[Handed] | None = None
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
        #: Working ahead waits until the user has not switched for a moment: a
        #: switch to a kept period would share the processor with it.
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(AHEAD_AFTER_MS)
        self._ahead_timer.timeout.connect(self._paused)
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
        self.bar = ResultsBar(self.period_picker, self.filters, self.stay_button)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.model = ProgrammeResultsModel(self)
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = results_table(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._activated)
        self.proxy.layoutChanged.connect(self._order_changed)

        self.totals = ResultsTotalsModel(self)
        self.totals_view = results_table(self.totals)
        self.share_chart = ShareChart()
        self.reasons_chart = ReasonsChart()
        self.tabs = QTabWidget()
        # The definitions under the totals: in a small window the programmes keep the room.
        self.tabs.addTab(totals_page(self.totals_view), self.tr("Totals"))
        self.tabs.addTab(self.share_chart, self.tr("Share to work or studies"))
        self.tabs.addTab(self.reasons_chart, self.tr("Exits by reason"))
        self.tabs.currentChanged.connect(self._update_charts)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([520, 420])
        content = ScrollingContent(self.summary, splitter)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.empty = NoResultsPage()
        self.empty.importRequested.connect(self.importRequested)
        self.import_button = self.empty.import_button
        self.empty_message = self.empty.message

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.content = scrolling(content)
        self.pages.addWidget(self.content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.bar)
        outer.addWidget(self.pages, 1)

    # -- computing --------------------------------------------------------------------
    def period(self) -> Period:
        return self.period_picker.period()

    def set_period(self, period: Period) -> None:
        self.period_picker.set_period(period)

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
        key = (period, selection)
        kept = self._kept.get(key)
        document = marshal.loads(kept) if isinstance(kept, bytes) else kept
        if document is None and self._task is not None:
            self._again = True  # one computation at a time: asked again when it is done
            return
        # From memory when the worker has read the years (the same numbers, without
        # the GROUP BY over the file: ~30 ms instead of 0.2-0.5 s at 1,000 programmes).
        index = self._index
        if index is not None and index.missing(f"{period.first[:4]}-01", f"{period.last[:4]}-12"):
            index = None
        cells = len(self.programmes()) * len(period)
        most = WORKER_CELLS if index is not None else min(WORKER_CELLS, STORE_CELLS)
        if document is None and cells <= most:
            document = compute_results(catalogue, self.programmes(), period, selection, index)
            self._keep(key, document)
        if document is not None:
            self._token += 1
            self._again = False  # (what was asked while the worker ran is shown)
            self._show(document)
            self._ahead_timer.start()  # once the user stops switching
            return
        self._start(key)

    def _keep(
        self,
        key: tuple[Period, ResultsFilter],
        document: dict[str, Any],
        packed: bytes | None = None,
    ) -> None:
        """Keep *document* (*packed*: it marshalled already); one not marshalled yet
        (to be shown now) is marshalled once the user pauses, and any other then."""
        if len(self._kept) >= KEPT:
            self._kept.pop(next(iter(self._kept)))
        if packed is None:
            self._pack_kept()  # (at most one document kept as objects)
        self._kept[key] = document if packed is None else packed

    def _pack_kept(self) -> None:
        """Marshal the documents kept as objects."""
        for key, kept in self._kept.items():
            if not isinstance(kept, bytes):
                self._kept[key] = marshal.dumps(kept)

    def _paused(self) -> None:
        """No switch for a moment: marshal what is kept, and work ahead."""
        self._pack_kept()
        self._look_ahead((self.period(), self.filters.selection()))

    def _start(
        self,
        key: tuple[Period, ResultsFilter],
        *,
        ahead: bool = False,
        months: tuple[str, str] | None = None,
    ) -> None:
        """Compute the figures of *key* in the worker (which touches no widget); with
        *ahead*, those of the periods before and after it instead, kept for a switch
        to come and not shown; with *months* (and *ahead*), only read those months'
        results into memory."""
        if months:
            keys = []
        elif ahead:
            keys = [(p, key[1]) for p in neighbours(key[0]) if (p, key[1]) not in self._kept]
        else:
            keys = [key]
        if not ahead:
            self.summary.setText(
                self.tr("Working out the results for {period}…").format(period=key[0].label())
            )
            self._token += 1
        catalogue, programmes, alive = self.session.catalogue, self.programmes(), self._alive
        token, generation, index_generation = self._token, self._generation, self._index_generation
        known = [self._index]  # (taken by the work: nothing left holds it after)
        finished = self._worker_done

        def work(progress: Progress) -> Handed:
            try:
                progress.check()
                index = known.pop() or new_index(catalogue)
                # From compact sums every year at once when few enough, and then the
                # other years' figures too.
                read_now = index is not None and read_at_once(
                    catalogue, index, len(programmes), PREFETCH_CELLS, progress
                )
                if months is not None and index is not None:
                    read_months(catalogue, index, *months)
                made = [
                    (k, compute_results(catalogue, programmes, *k, index, progress)) for k in keys
                ]
                if read_now and not ahead and index is not None:
                    made += other_years(catalogue, programmes, index, key, progress)
                # Marshalled here, but for the one to show: it is painted first.
                packed = [
                    None if i == 0 and not ahead else marshal.dumps(d)
                    for i, (_k, d) in enumerate(made)
                ]
                return Handed(index, made, packed)
            finally:
                finished.set()

        def done(handed: Handed) -> None:
            index, made, packed = handed.take()
            if alive[0]:
                self._task = None
                if index_generation == self._index_generation:  # the results unchanged since
                    self._index = index
                if generation == self._generation:  # not read before a change
                    for (k, document), blob in zip(made, packed, strict=True):
                        self._keep(k, document, blob)
                if self._again:
                    self._again = False
                    self.refresh()
                elif not ahead and token == self._token:
                    self._show(made[0][1])
                    self._ahead_timer.start()  # once painted, and no switch has come
                else:  # more ahead, once the user stops switching (if they are)
                    self._ahead_timer.start()

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
        # A task is the view's child and holds what its work returned (documents, the
        # index): gone once it has called back, not when the view is.
        if task.is_finished:  # (an inline executor has called back already)
            task.deleteLater()
        else:
            task.finished.connect(task.deleteLater)
            self._task = task

    def _look_ahead(self, key: tuple[Period, ResultsFilter]) -> None:
        """At a county's size, work out the periods before and after the one shown in
        the worker, so that stepping to them shows them at once; then read the other
        months' results into memory a few at a time (up to :data:`PREFETCH_CELLS`), so
        that a switch to any year is summed from memory."""
        if (
            self._task is not None
            or self._index is None
            or len(self.programmes()) * len(key[0]) < LOOK_AHEAD_CELLS
        ):
            return
        if any((p, key[1]) not in self._kept for p in neighbours(key[0])):
            self._start(key, ahead=True)
            return
        months = next_unread(self._index, len(self.programmes()), PREFETCH_CELLS, PREFETCH_MONTHS)
        if months is not None:
            self._start(key, ahead=True, months=months)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- selection and commands --------------------------------------------------------
    def use_measured_stay(self, every_programme: bool) -> ChangeSet | None:
        """Put the period's measured mean stay at exit in place of the average stay of
        the selected programme, or of every programme shown (one undo step)."""
        from amp_desktop.ui.results.measured_stay import use_measured_stay

        return use_measured_stay(self, every_programme)
