"""Long work off the GUI thread: one swappable executor, a progress dialog and Cancel.

Everything that can take more than half a second (reading or applying a workbook,
an export, building a plan, writing a PDF) is written as a plain function
``work(progress: Progress) -> T`` that touches no widget, and handed to this module:

``run(parent, title, work) -> T``
    Runs *work* in a worker and waits for it *without blocking the event loop* (a
    local event loop spins meanwhile; user input to the window is held back, so no
    second command can start; the wait cursor shows).  If the work passes :data:`SHOW_AFTER_MS` a modal
    :class:`ProgressDialog` appears: a busy bar, or a determinate one once the work's
    :class:`~amp_desktop.core.progress.Progress` reports a total, the phase text, and
    Cancel, which calls ``progress.cancel()``.  Returns what *work* returned; raises
    what it raised, :class:`~amp_desktop.core.progress.Cancelled` when the user
    cancelled.  The caller's code stays straight-line::

        try:
            analysis = tasks.run(self, self.tr("Reading the workbook"),
                                 lambda progress: analyse(path, progress=progress))
        except Cancelled:
            return None

``start(parent, title, work, done, failed=None) -> Task``
    The same without waiting: *done(result)* or *failed(exception)* is called later
    on the GUI thread (``failed`` gets :class:`Cancelled` too; without ``failed`` an
    error is shown by :func:`amp_desktop.ui.dialogs.error` and Cancelled is ignored).
    For work a view starts and forgets (the Planning tab's first plan).  Keep the
    returned :class:`Task` if you may want to :meth:`Task.cancel` it (e.g. when the
    view closes); its :attr:`Task.finished` signal fires after done/failed.

Both use the current :data:`executor`.  The application uses :class:`ThreadExecutor`
(a ``QThreadPool``; results, errors and progress come back to the GUI thread as
letters, and the worker never holds a Qt object of the task: :mod:`.workers`).  Tests use :class:`InlineExecutor` (the autouse ``inline_tasks``
fixture in ``tests/conftest.py``): the work runs at once, on the calling thread, so
``run`` returns and ``start`` has called back before the next line — no waiting.  A
test that wants the real thread asks for the ``threaded_tasks`` fixture (or calls
:func:`use_executor` itself).

Rules for *work*: never touch a widget or a Qt model (emit nothing, call no view);
report through ``progress.phase``/``progress.step`` only.  It may use the open
:class:`~amp_desktop.core.store.Catalogue` (its connection is made with
``check_same_thread`` off, and ``run`` holds user input back while the work runs, so
no second write starts meanwhile); apply writes through :mod:`amp_desktop.ui.operations`
(``session.run(change, in_worker=True)``), never by calling ``catalogue.apply`` yourself.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication

# The dialog's parts and QEventLoop are imported where they are used: PySide6 makes
# a class's Python enums when the class is first used, and a window starting up
# runs no task (about 1.5 ms of start-up).
from PySide6.QtWidgets import QDialog, QWidget

from amp_desktop.core.progress import Cancelled
from amp_desktop.ui import workers
from amp_desktop.ui.workers import Executor, InlineExecutor, Task, ThreadExecutor, Work

__all__ = ["Executor", "InlineExecutor", "Task", "ThreadExecutor", "Work", "run", "start"]

T = TypeVar("T")

#: Work that ends sooner than this never shows a progress dialog.
SHOW_AFTER_MS = 500

#: While work runs, the garbage collector's oldest generation waits: a full
#: collection holds the GIL for 0.1-0.3 s once a worker has made 100,000 rows, and
#: the window would freeze for it.  Young generations are still collected.
_QUIET_OLDEST = 1_000_000
#: ...and it waits this long after the work has ended, so the full collection of what
#: the work made (40-50 ms after reading 100,000 rows) does not land while the window
#: shows the work's result, but once the user is looking at it.
COLLECT_AFTER_MS = 3000
#: While work runs, a thread holding the GIL hands it over after this many seconds
#: (Python's default is 5 ms): the GUI thread takes the GIL many times for each
#: event it handles, and waited up to 5 ms each time, 100-200 ms for one timer tick.
_SWITCH_INTERVAL = 0.0005
_running = 0
_saved_threshold: tuple[int, int, int] | None = None  # while the oldest waits
_saved_interval: float | None = None


def _work_started() -> None:
    global _running, _saved_threshold, _saved_interval
    _running += 1
    if _running == 1:
        if _saved_threshold is None:  # (not still waiting since the last work)
            _saved_threshold = gc.get_threshold()
            young, middle, _oldest = _saved_threshold
            gc.set_threshold(young, middle, _QUIET_OLDEST)
        _saved_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(_saved_interval, _SWITCH_INTERVAL))


def busy() -> bool:
    """Whether work is running in the worker now (short work a view would do on the
    GUI thread goes to the worker too meanwhile: it would wait for the GIL there)."""
    return _running > 0


def _work_ended() -> None:
    global _running, _saved_interval
    _running = max(0, _running - 1)
    if _running == 0 and _saved_interval is not None:
        sys.setswitchinterval(_saved_interval)
        _saved_interval = None
    if _running == 0 and _saved_threshold is not None:
        QTimer.singleShot(COLLECT_AFTER_MS, _collect_when_idle)


def _collect_when_idle() -> None:
    """The collector's own thresholds again, unless new work has started meanwhile."""
    global _saved_threshold
    if _running == 0 and _saved_threshold is not None:
        gc.set_threshold(*_saved_threshold)
        _saved_threshold = None


#: The executor every task uses; swapped by :func:`use_executor`.
executor: Executor = ThreadExecutor()


@contextlib.contextmanager
def use_executor(replacement: Executor) -> Iterator[Executor]:
    """Run tasks with *replacement* inside the block (tests)."""
    global executor
    saved, executor = executor, replacement
    try:
        yield replacement
    finally:
        executor = saved


class ProgressDialog(QDialog):
    """A phase text, a progress bar and Cancel; modal to the window."""

    def __init__(self, task: Task[Any], parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout

        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(task.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self._task = task
        self.label = QLabel(task.title + "…", self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        task.relay.progressed.connect(self.show_progress)
        self.show_progress(*task.last_report)

    def show_progress(self, done: int, total: int | None, text: str) -> None:
        if self._task.progress.cancelled:
            return
        if text:
            self.label.setText(text)
        if total:
            self.bar.setTextVisible(True)
            self.bar.setRange(0, max(int(total), 1))
            self.bar.setValue(min(int(done), int(total)))
        else:
            self.bar.setTextVisible(False)
            self.bar.setRange(0, 0)

    def cancel(self) -> None:
        """Cancel pressed (or Escape, or the window closed): stop the work."""
        self._task.cancel()
        self.label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)

    def reject(self) -> None:  # Escape and the close button cancel, never just hide
        self.cancel()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if not self._task.is_finished:
            event.ignore()
            self.cancel()
        else:
            event.accept()


def run(parent: QWidget | None, title: str, work: Work[T]) -> T:
    """Run *work* off the GUI thread and return its result (see the module docstring).

    Raises:
        Cancelled: the user pressed Cancel; the work has stopped and left things as
            they were.
        Exception: whatever *work* raised.
    """
    from PySide6.QtCore import QEventLoop

    task: Task[T] = Task(title)
    loop = QEventLoop()
    dialog: ProgressDialog | None = None

    def ended(_value: object) -> None:
        loop.quit()

    waiting = True  # the wait cursor shows until the dialog does (or the work ends)

    def stop_waiting() -> None:
        nonlocal waiting
        if waiting:
            waiting = False
            QGuiApplication.restoreOverrideCursor()

    def show_dialog() -> None:
        nonlocal dialog
        if task.is_finished:
            return
        stop_waiting()
        dialog = ProgressDialog(task, parent)
        dialog.show()
        loop.quit()  # from now on the loop takes user input: the dialog is modal

    # The relay lives on the GUI thread, so a worker's emits arrive queued; with the
    # inline executor they arrive at once and the loop below never runs.
    task.relay.succeeded.connect(task._succeed)  # noqa: SLF001
    task.relay.raised.connect(task._fail)  # noqa: SLF001
    task.relay.succeeded.connect(ended)
    task.relay.raised.connect(ended)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_dialog)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    _work_started()
    try:
        executor.submit(task, work)
        if not task.is_finished:
            timer.start(SHOW_AFTER_MS)
            # Until the dialog shows, keep clicks and keys for later (Qt delivers them
            # afterwards, to the modal dialog if there is one by then).
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            timer.stop()
            if not task.is_finished:
                loop.exec()
    finally:
        _work_ended()
        stop_waiting()
    if dialog is not None:
        dialog.hide()
        dialog.deleteLater()
    task.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result  # type: ignore[return-value]


def _finish(task: Task[Any]) -> None:
    """Say *task* has ended, then let it go: kept, finished tasks (and what their work
    returned) would pile up under the parent.  Whoever holds one may still read it."""
    try:
        task.finished.emit()
    finally:
        task.deleteLater()


def start(
    parent: QWidget | None,
    title: str,
    work: Work[T],
    done: Callable[[T], object],
    failed: Callable[[BaseException], object] | None = None,
) -> Task[T]:
    """Start *work* off the GUI thread; call *done* or *failed* on the GUI thread later.

    No progress dialog: a view that starts background work shows its own state
    (e.g. "Working out the plan…") and may :meth:`Task.cancel` the returned task.
    Once it has called back and emitted :attr:`Task.finished` the task deletes itself.
    """
    task: Task[T] = Task(title, parent)

    def succeeded(result: object) -> None:
        task._succeed(result)  # noqa: SLF001
        try:
            done(result)  # type: ignore[arg-type]
        finally:
            _finish(task)

    def raised(error: object) -> None:
        task._fail(error)  # noqa: SLF001
        assert task.error is not None
        try:
            if failed is not None:
                failed(task.error)
            elif not isinstance(task.error, Cancelled):
                from amp_desktop.ui import dialogs

                dialogs.error(parent, title, str(task.error))
        finally:
            _finish(task)

    task.relay.succeeded.connect(succeeded)
    task.relay.raised.connect(raised)
    _work_started()
    workers.when_ended(task, _work_ended)  # even if the owner has let go of the task
    executor.submit(task, work)
    return task
