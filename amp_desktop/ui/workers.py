"""A task and how its work reaches a worker thread and back, holding no Qt object there.

:class:`Task` is what :mod:`amp_desktop.ui.tasks` hands out: the work's
:class:`~amp_desktop.core.progress.Progress` and its relay's signals
(``progressed``, ``succeeded``, ``raised``), always emitted on the GUI thread.  An
executor runs the work: :class:`ThreadExecutor` in a ``QThreadPool`` worker,
:class:`InlineExecutor` at once (tests).  The worker is given a :class:`_Job` (the
task's number, its Progress and the work), never the task: it posts how the work
goes as letters and rings the one :class:`_Mailbox`, and the GUI thread emits the
letters' signals (:func:`_deliver`) and lets go of the work there.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import queue
import traceback
import weakref
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from amp_desktop.core.progress import Progress

T = TypeVar("T")
Work = Callable[[Progress], T]


class _Relay(QObject):
    """A task's signals, emitted on the GUI thread only (by :func:`_deliver`)."""

    progressed = Signal(object, object, str)  # done, total (int | None), text
    succeeded = Signal(object)
    raised = Signal(object)


class _Mailbox(QObject):
    """The one Qt object a worker touches: made once on the GUI thread, never deleted.

    A worker holds no Qt object of a task (no :class:`Task`, no relay): it posts
    letters (task id, signal, values) and rings this box, which Qt delivers queued to
    the GUI thread.  Were a worker to hold a task's Python wrapper, the wrapper's last
    reference could go in the worker while the GUI thread deletes the task
    (``deleteLater``) or the collector walks it: a crash (seen in the Planning tests,
    about one run in four).  Work that runs inline rings on the GUI thread: delivered
    at once.
    """

    rang = Signal()


_letters: queue.SimpleQueue[tuple[int, str, tuple[Any, ...]]] = queue.SimpleQueue()
_mailbox: _Mailbox | None = None
_numbers = itertools.count(1)
#: The tasks not yet let go of, by number (weakly: a task lives as long as its owner).
_tasks: weakref.WeakValueDictionary[int, Task[Any]] = weakref.WeakValueDictionary()
#: The work of each task under way: let go of on the GUI thread, once it has ended,
#: so the last reference to what the work holds never goes in the worker.
_works: dict[int, Work[Any]] = {}
#: The Progress of each task's work under way, by number: :func:`finish` cancels it
#: also when the task is gone (its owner, a view, deleted it with itself).
_under_way: dict[int, Progress] = {}
#: What to do once a task's work has ended, whether or not the task is still there
#: (the bookkeeping of :func:`amp_desktop.ui.tasks.start`).
_on_end: dict[int, Callable[[], object]] = {}


def when_ended(task: Task[Any], then: Callable[[], object]) -> None:
    """Call *then* on the GUI thread once *task*'s work has ended, after its relay's
    ``succeeded``/``raised`` (also when its owner has let go of it meanwhile)."""
    _on_end[task.number] = then


def _post(number: int, name: str, values: tuple[Any, ...]) -> None:
    """Send a task's signal to the GUI thread (from any thread)."""
    _letters.put((number, name, values))
    assert _mailbox is not None  # made with the first task, on the GUI thread
    # The box is gone only while the program ends (Python lets go of this module's
    # names): nobody is left to read the letter, and a worker still under way must not
    # print "Signal source has been deleted" on the user's terminal.
    with contextlib.suppress(RuntimeError):
        _mailbox.rang.emit()


def finish(timeout_ms: int = 5_000) -> bool:
    """As the program ends: cancel every task under way and wait, at most *timeout_ms*,
    until the application's workers are done (before Python lets go of the mailbox
    and what the work holds); whether they all were."""
    for task in list(_tasks.values()):
        task.cancel()
    for progress in list(_under_way.values()):
        progress.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _deliver() -> None:
    """On the GUI thread: emit the letters' signals on their tasks' relays."""
    while True:
        try:
            number, name, values = _letters.get_nowait()
        except queue.Empty:
            return
        ended = name != "progressed"
        if ended:
            _works.pop(number, None)  # the worker holds none of it any more
            _under_way.pop(number, None)
        task = _tasks.get(number)
        try:
            if task is not None:  # (None: its owner let go of it, nobody waits)
                with contextlib.suppress(RuntimeError):  # "Internal C++ object already deleted"
                    if not ended:
                        task.last_report = values
                    getattr(task.relay, name).emit(*values)
        finally:
            then = _on_end.pop(number, None) if ended else None
            if then is not None:
                then()


class Task(QObject, Generic[T]):
    """One piece of work under way: its :class:`Progress` and how it ended."""

    #: Emitted on the GUI thread after *done* or *failed* was called.
    finished = Signal()

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        global _mailbox
        super().__init__(parent)
        if _mailbox is None:
            _mailbox = _Mailbox()
            app = QCoreApplication.instance()
            if app is not None:  # letters go to the GUI thread, whoever made the first task
                _mailbox.moveToThread(app.thread())
            _mailbox.rang.connect(_deliver)  # queued from a worker, at once from here
        self.title = title
        self.number = next(_numbers)
        _tasks[self.number] = self
        self.relay = _Relay(self)
        #: The last ``(done, total, text)`` reported: a dialog that appears late
        #: starts from it.
        self.last_report: tuple[int, int | None, str] = (0, None, "")
        self.progress = Progress(functools.partial(_report, self.number))
        self.result: T | None = None
        self.error: BaseException | None = None
        self.is_finished = False

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress.step`` (any thread)."""
        self.progress.cancel()

    def _succeed(self, result: object) -> None:
        self.result = result  # type: ignore[assignment]
        self.is_finished = True

    def _fail(self, error: object) -> None:
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.is_finished = True


def _report(number: int, done: int, total: int | None, text: str) -> None:
    _post(number, "progressed", (done, total, text))


class Executor(Protocol):
    """Runs ``work(task.progress)`` and reports through ``task.relay``'s signals."""

    def submit(self, task: Task[Any], work: Work[Any]) -> None: ...


class _Job:
    """What a worker is given of a task: its number, its Progress and the work."""

    def __init__(self, task: Task[Any], work: Work[Any]) -> None:
        _works[task.number] = work
        _under_way[task.number] = task.progress
        self.number = task.number
        self.progress = task.progress
        self.work: Work[Any] | None = work

    def run(self) -> None:
        """Run the work and post how it ended (in any thread); the work is let go of
        before that, so its last reference is the GUI thread's."""
        work, self.work = self.work, None
        assert work is not None
        try:
            value = work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, not lost
            del work
            # The traceback's frames keep the work's locals (a view, a session): let go
            # of them here, or the worker may hold the last reference to a Qt object.
            if exc.__traceback__ is not None:
                with contextlib.suppress(RuntimeError):
                    traceback.clear_frames(exc.__traceback__.tb_next)
            _post(self.number, "raised", (exc,))
        else:
            del work
            _post(self.number, "succeeded", (value,))


def _call(task: Task[Any], work: Work[Any]) -> None:
    """Run *work* for *task* here and now (the inline executor; tests' own executors)."""
    _Job(task, work).run()


class _Runnable(QRunnable):
    def __init__(self, job: _Job) -> None:
        super().__init__()
        self._job: _Job | None = job
        self.setAutoDelete(True)

    def run(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.run()


class ThreadExecutor:
    """The application's executor: a worker thread from a ``QThreadPool``."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool

    def submit(self, task: Task[Any], work: Work[Any]) -> None:
        pool = self._pool or QThreadPool.globalInstance()
        pool.start(_Runnable(_Job(task, work)))


class InlineExecutor:
    """The tests' executor: runs the work at once on the calling thread."""

    def submit(self, task: Task[Any], work: Work[Any]) -> None:
        _call(task, work)
