"""What needs attention in the catalogue tab: the audit's checks for the current year,
the same findings ``amp audit`` and the audit printout show."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from amp_desktop.core.progress import Cancelled
from amp_desktop.core.store import Catalogue, ChangeSet, StoreError
from amp_desktop.ui import tasks

if TYPE_CHECKING:
    from amp_desktop.core.audit import AuditData, Finding
    from amp_desktop.core.progress import Progress

#: Checks that make plans for fewer programmes than this take well under 0.1 s and
#: run on the GUI thread; for more (0.5-0.9 s at 1,000) they run in the worker.
QUICK_PROGRAMMES = 100

#: A full run (a file opened or reloaded) waits until the window has been idle this
#: long: run right after the first paint, its plans hold the interpreter while the
#: user's first keystrokes refilter the table (57-67 ms a keystroke instead of 20).
IDLE_MS = 400


def replans(previous: AuditData | None, change: ChangeSet | None) -> bool:
    """Whether :func:`audit_data` with these arguments makes the plans again (the slow
    part), rather than reusing *previous* or running only the checks again."""
    if previous is None or change is None or previous.today != dt.date.today():
        return True
    only_mandates = not (change.programmes or change.demand or change.sources or change.results)
    if only_mandates and (change.mandates or change.agreements):
        return False
    return not change.is_empty()


def audit_data(
    catalogue: Catalogue,
    previous: AuditData | None = None,
    change: ChangeSet | None = None,
    progress: Progress | None = None,
) -> AuditData:
    """The audit of the current calendar year; after a *change* that touched only
    mandates or agreements, *previous* with the checks run again (no new plans)."""
    # The audit and planning code is loaded when the first check runs, after the
    # window has painted: start-up does not pay for it.
    from amp_desktop.core.audit import gather
    from amp_desktop.core.audit.gather import recheck
    from amp_desktop.core.planning import Period

    today = dt.date.today()
    if previous is not None and not replans(previous, change):
        assert change is not None
        if change.is_empty():
            return previous
        return recheck(previous, catalogue)
    return gather(catalogue, Period.year(today.year), today=today, progress=progress)


def findings(data: AuditData) -> dict[int, list[Finding]]:
    """The failing checks per programme id (programmes that pass are left out)."""
    return {pid: found for pid, found in data.findings.items() if found}


def texts(found: dict[int, list[Finding]]) -> dict[int, str]:
    """One tooltip text per programme: its failing checks' messages, a line each."""
    return {pid: "\n".join(f.message for f in items) for pid, items in found.items()}


def icon() -> QIcon:
    """The icon beside a programme that needs attention."""
    # QStyle is imported here, after the first paint: PySide6 makes its eleven enums
    # when the class is first used (about 5 ms of start-up).
    from PySide6.QtWidgets import QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class AttentionRunner(QObject):
    """Runs the checks for a view, never before it is painted and never so that the
    window waits: coalesced on the event loop, in the worker (``ui/tasks.py``) when
    they make plans for many programmes.  A full run (a new file, a reload) starts
    once the window has been idle for :data:`IDLE_MS` (typing in the search field
    postpones it); a run after a change starts at once.  A newer run supersedes one still working
    (cancelled, and run again once it has let go of the catalogue).  Emits
    :attr:`found` with the failing checks per programme id."""

    found = Signal(object)  # dict[int, list[Finding]]

    def __init__(self, view: QWidget, count: Callable[[], int]) -> None:
        """*count* says how many programmes the view shows (the checks' size)."""
        super().__init__(view)
        self._view = view
        self._count = count
        self._painted = False
        self._catalogue: Catalogue | None = None
        self._data: AuditData | None = None
        self._due = False
        self._changes: list[ChangeSet | None] = []
        self._task: tasks.Task[AuditData] | None = None
        self._token = 0
        self._worker_done = threading.Event()
        self._worker_done.set()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self._run)
        view.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """Whether a run is due or still working."""
        return self._due or self._task is not None

    @property
    def data(self) -> AuditData | None:
        """The audit the last findings came from (None before any)."""
        return self._data

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and watched is self._view and event.type() == QEvent.Type.Paint:
            self._painted = True  # the rest of this paint comes first: then the checks
            self._view.removeEventFilter(self)
            if self._due:
                self._schedule()
        return False

    def postpone(self) -> None:
        """The user is busy (typing a search): a full run waiting for the window to
        be idle waits :data:`IDLE_MS` from now."""
        if self._idle.isActive():
            self._idle.start()

    def _schedule(self) -> None:
        """Run soon: a full run once the window is idle, a run after changes at once."""
        if None in self._changes:
            self._idle.start()
        else:
            QTimer.singleShot(0, self, self._run)  # not after the view is gone

    def set_catalogue(self, catalogue: Catalogue | None) -> None:
        """Check *catalogue* from now on (None: nothing open, no findings)."""
        self.stop()
        self._catalogue = catalogue
        self.refresh()

    def stop(self) -> None:
        """Cancel a run in the worker and wait until it has let go of the catalogue
        (before the file is closed); its result is no longer awaited."""
        if self._task is not None:
            self._task.cancel()
            self._worker_done.wait(10)
            self._task = None
        self._token += 1

    def refresh(self, change: ChangeSet | None = None) -> None:
        """Run the checks again soon: after *change* (None: a new file or a reload)."""
        if change is None:
            self._data = None  # plan again
        self._changes.append(change)
        if self._due:
            return  # coalesced with the run already on its way
        self._due = True
        if self._painted:
            self._schedule()

    def _run(self) -> None:
        if not self._due:
            return
        self._idle.stop()  # (a run after a change has come first: it checks all)
        if self._task is not None:
            self._task.cancel()  # superseded: run again once it has ended
            return
        self._due = False
        changes, self._changes = self._changes, []
        change = changes[0] if len(changes) == 1 else None  # several: check everything
        if change is None:
            self._data = None
        catalogue = self._catalogue
        if catalogue is None:
            self._data = None
            self.found.emit({})
            return
        if replans(self._data, change) and (self._count() >= QUICK_PROGRAMMES or tasks.busy()):
            self._start(catalogue)
            return
        try:
            self._data = audit_data(catalogue, self._data, change)
        except StoreError:
            return  # closed, or swapped for another, before the refresh came round
        self.found.emit(findings(self._data))

    def _start(self, catalogue: Catalogue) -> None:
        self._token += 1
        token, finished = self._token, self._worker_done

        def work(progress: Progress) -> AuditData:
            try:
                return audit_data(catalogue, progress=progress)
            finally:
                finished.set()

        def done(data: AuditData) -> None:
            if token == self._token:
                self._task = None
                self._data = data
                self.found.emit(findings(data))
                self._again()

        def failed(error: BaseException) -> None:
            if token == self._token:
                self._task = None
                self._again()
            if not isinstance(error, StoreError | Cancelled):
                raise error

        finished.clear()
        task = tasks.start(None, self.tr("Checking the programmes"), work, done, failed)
        if not task.is_finished:  # (an inline executor has called back already)
            self._task = task
            task.finished.connect(task.deleteLater)  # no parent: it outlives a closed view

    def _again(self) -> None:
        if self._due:
            self._schedule()
