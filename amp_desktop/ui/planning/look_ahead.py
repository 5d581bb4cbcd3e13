"""The Planning tab's look-ahead: the plans of the periods near the one shown, made in
the worker while the user reads the plan, so that the next period switch only shows.

A plan of a usual catalogue (1,000 programmes) takes 50–100 ms of arithmetic; made on
the GUI thread at the switch, that is most of the switch.  Once a plan is shown (and
painted: the work starts from a zero timer), :class:`LookAhead` works out, one in the
worker at a time, the plans of the periods the period picker reaches with one change
(:meth:`~amp_desktop.ui.planning.widgets.PeriodPicker.nearby`) that are not kept yet,
with :meth:`PlanCache.compute` — which only reads the demand the cache holds — and
keeps each on the GUI thread.  Only plans the window would make on the GUI thread
at the switch are made ahead: not those of small catalogues (a few milliseconds),
nor those it makes in the worker anyway, with "Working out the plan…" (a county's,
:data:`~amp_desktop.core.planning.cache.SLOW_PROGRAMME_MONTHS` and more).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from amp_desktop.core.planning import Period, Plan, Thresholds
from amp_desktop.core.planning import cache as plan_cache
from amp_desktop.core.planning.cache import PlanCache
from amp_desktop.core.progress import Progress
from amp_desktop.ui import tasks

#: Plans reading fewer programme-months than this are quick on the GUI thread
#: (about 5 µs each: 25 ms) and are not made ahead.
LOOK_AHEAD_PROGRAMME_MONTHS = 5_000
#: At most this many periods ahead of each one shown (the cache keeps 8 made ahead).
PERIODS_AHEAD = 5


class LookAhead(QObject):
    """Works out the plans near the period shown, in the worker, one at a time."""

    def __init__(
        self,
        cache: PlanCache,
        nearby: Callable[[], list[Period]],
        may_start: Callable[[], bool],
        kept: Callable[[Period], None],
        parent: QObject | None = None,
    ) -> None:
        """*nearby* lists the periods to make, most likely first; *may_start* says
        whether the worker is free for it (not making the plan shown); *kept* is
        called with each period whose plan has been kept."""
        super().__init__(parent)
        self.cache = cache
        self._nearby = nearby
        self._may_start = may_start
        self._kept = kept
        self._thresholds = Thresholds()
        self._task: tasks.Task[Plan] | None = None
        self._period: Period | None = None  # the one in the worker
        self._finished = threading.Event()
        self._finished.set()
        self._generation = 0  # bumped when the cache changes: older plans are dropped
        self._alive = [True]
        self.destroyed.connect(lambda *_: self._alive.__setitem__(0, False))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def schedule(self, thresholds: Thresholds) -> None:
        """A plan is shown: look ahead from it once the window has painted it."""
        self._thresholds = thresholds
        self._timer.start(0)

    @property
    def working_on(self) -> Period | None:
        """The period whose plan the worker is making now, if any."""
        return self._period if self._task is not None else None

    def is_idle(self) -> bool:
        """Nothing in the worker and nothing more to make now."""
        return self._task is None and not self._timer.isActive()

    def stop(self) -> None:
        """Stop looking ahead and wait until the worker has let go of the cache
        (before the cache changes, or the file is closed)."""
        self._timer.stop()
        self._generation += 1
        if self._task is not None:
            self._task.cancel()
            self._finished.wait(10)
            self._task = None
            self._period = None

    def _wanted(self) -> Period | None:
        cache, thresholds = self.cache, self._thresholds
        for period in self._nearby()[:PERIODS_AHEAD]:
            if (
                not cache.kept(period, thresholds)
                and cache.holds(period)
                and LOOK_AHEAD_PROGRAMME_MONTHS
                <= cache.programme_months(period)
                < plan_cache.SLOW_PROGRAMME_MONTHS
            ):
                return period
        return None

    def _next(self) -> None:
        if self._task is not None or not self._may_start():
            return
        period = self._wanted()
        if period is None:
            return
        cache, thresholds, finished, alive = (
            self.cache,
            self._thresholds,
            self._finished,
            self._alive,
        )
        generation = self._generation

        def work(progress: Progress) -> Plan:
            try:
                return cache.compute(period, thresholds, progress)
            finally:
                finished.set()

        def done(plan: Plan) -> None:
            if not alive[0] or generation != self._generation:
                return  # stopped meanwhile: the cache may have changed
            self._task = None
            self._period = None
            cache.keep(plan)
            self._timer.start(0)  # the next one
            self._kept(period)

        def failed(_error: BaseException) -> None:
            # Cancelled, or an error the switch to that period will show itself.
            if alive[0] and generation == self._generation:
                self._task = None
                self._period = None

        finished.clear()
        self._period = period
        title = QCoreApplication.translate("PlanningView", "Planning")
        task = tasks.start(None, title, work, done, failed)
        if not task.is_finished:  # (an inline executor has called back already)
            self._task = task
