"""The executor (ui/tasks.py): inline in tests, a real worker on request, progress and Cancel."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.ui import tasks


def test_inline_run_returns_the_result_and_raises_the_error(qapp) -> None:
    assert tasks.run(None, "Adding", lambda progress: 2 + 2) == 4

    def broken(progress: Progress) -> int:
        raise ValueError("the workbook is empty")

    with pytest.raises(ValueError, match="empty"):
        tasks.run(None, "Reading", broken)


def test_inline_start_has_called_back_before_it_returns(qapp, dialog_answers) -> None:
    got: list[object] = []
    task = tasks.start(None, "Plan", lambda progress: "plan", got.append)
    assert got == ["plan"] and task.is_finished

    def broken(progress: Progress) -> str:
        raise OSError("the share is gone")

    tasks.start(None, "Plan", broken, got.append)
    assert dialog_answers.asked == [("error", {"title": "Plan", "text": "the share is gone"})]
    tasks.start(None, "Plan", broken, got.append, failed=got.append)
    assert isinstance(got[-1], OSError)


def test_threaded_work_runs_off_the_gui_thread(qapp, threaded_tasks) -> None:
    threads: list[int] = []

    def work(progress: Progress) -> str:
        threads.append(threading.get_ident())
        progress.phase("Counting", total=3)
        for done in range(3):
            progress.step(done)
        return "done"

    assert tasks.run(None, "Counting", work) == "done"
    assert threads and threads[0] != threading.get_ident()


def test_threaded_start_calls_back_on_the_gui_thread(qtbot, threaded_tasks) -> None:
    called: list[int] = []
    task = tasks.start(
        None, "Plan", lambda progress: 7, lambda _r: called.append(threading.get_ident())
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert called == [threading.get_ident()]


def test_quick_work_shows_no_progress_dialog(qapp, threaded_tasks, monkeypatch) -> None:
    made: list[object] = []
    monkeypatch.setattr(tasks, "ProgressDialog", lambda *a: made.append(a))
    assert tasks.run(None, "Quick", lambda progress: 1) == 1
    assert made == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform, on show()
def test_cancel_in_the_progress_dialog_stops_the_work(qtbot, threaded_tasks, monkeypatch) -> None:
    """Long work shows the dialog; its Cancel makes the work's next step raise."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    shown: list[tasks.ProgressDialog] = []

    class PressingCancel(tasks.ProgressDialog):
        def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
            super().showEvent(event)
            shown.append(self)
            self.buttons.rejected.emit()  # the user presses Cancel

    monkeypatch.setattr(tasks, "ProgressDialog", PressingCancel)
    monkeypatch.setattr(tasks, "SHOW_AFTER_MS", 0)
    steps: list[int] = []
    stop = threading.Event()

    def endless(progress: Progress) -> None:
        progress.phase("Reading the workbook", total=None)
        while not stop.wait(0.002):  # a loop that only Cancel ends
            steps.append(len(steps))
            progress.step(len(steps))

    try:
        with pytest.raises(Cancelled):
            tasks.run(window, "Importing", endless)
    finally:
        stop.set()
    assert len(shown) == 1 and shown[0].windowTitle() == "Importing"
    assert shown[0].label.text() == "Cancelling…"
    assert not shown[0].isVisible()


def test_the_bar_is_busy_until_the_work_says_how_much_there_is(qtbot) -> None:
    task: tasks.Task[None] = tasks.Task("Importing")
    dialog = tasks.ProgressDialog(task, None)
    qtbot.addWidget(dialog)
    assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0)
    dialog.show_progress(250, 1000, "Reading rows")
    assert (dialog.bar.maximum(), dialog.bar.value()) == (1000, 250)
    assert dialog.label.text() == "Reading rows"
    dialog.show_progress(0, None, "Checking")
    assert dialog.bar.maximum() == 0


def test_a_dialog_that_appears_late_starts_from_the_last_report(qtbot) -> None:
    """Reports made before the dialog showed (its first 500 ms) are not lost."""
    task: tasks.Task[None] = tasks.Task("Export PDF")
    task.progress.phase("Working out the plan…", 21)
    dialog = tasks.ProgressDialog(task, None)
    qtbot.addWidget(dialog)
    assert dialog.label.text() == "Working out the plan…"
    assert (dialog.bar.maximum(), dialog.bar.value()) == (21, 0)


def test_work_whose_view_closed_meanwhile_ends_quietly(qtbot, threaded_tasks) -> None:
    """A view that started work and was closed before it ended gets no call back."""
    owner = QWidget()
    called: list[object] = []
    release = threading.Event()
    ended = threading.Event()

    def work(progress: Progress) -> int:
        release.wait(10)
        progress.step(1, 2)  # reports to a relay that is gone
        ended.set()
        return 1

    tasks.start(owner, "Plan", work, called.append, called.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken_valid(owner))
    release.set()
    assert ended.wait(10)
    assert called == []


def shiboken_valid(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_while_work_runs_the_gui_thread_gets_the_gil_soon_and_no_full_collection_comes(
    qtbot, monkeypatch, request
) -> None:
    """The window stalled 100-200 ms while a worker read a 100,000-row list: the GUI
    thread waited 5 ms for the GIL each time it took it, and a full collection of
    what the work made ran just as its result was shown."""
    import gc
    import sys

    monkeypatch.setattr(tasks, "COLLECT_AFTER_MS", 50)
    for name in ("_running", "_saved_threshold", "_saved_interval"):  # (earlier tests)
        monkeypatch.setattr(tasks, name, 0 if name == "_running" else None)
    before = sys.getswitchinterval(), gc.get_threshold()
    request.addfinalizer(lambda: (sys.setswitchinterval(before[0]), gc.set_threshold(*before[1])))
    sys.setswitchinterval(0.005)
    interval, threshold = 0.005, (700, 10, 10)
    gc.set_threshold(*threshold)
    seen: list[tuple[float, int]] = []

    def work(progress: Progress) -> None:
        seen.append((sys.getswitchinterval(), gc.get_threshold()[2]))
        assert tasks.busy()

    tasks.run(None, "Reading", work)
    assert seen[0][0] < interval and seen[0][1] > threshold[2]
    assert not tasks.busy() and sys.getswitchinterval() == interval  # at once
    assert gc.get_threshold()[2] > threshold[2]  # the full collection waits a little
    tasks.run(None, "Again", work)  # work meanwhile: still waiting, and restored after
    assert seen[1][1] > threshold[2]
    qtbot.waitUntil(lambda: gc.get_threshold() == threshold)


class _Made:
    """What a piece of work returns (weakly referable, to see whether it is let go)."""


def _delete_deferred() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_finished_tasks_do_not_pile_up_under_their_parent(qtbot, dialog_answers) -> None:
    """A view that starts work on every switch kept each finished task as its child,
    with what the work returned, for as long as the view lived."""
    import gc
    import weakref

    owner = QWidget()
    qtbot.addWidget(owner)
    made: list[weakref.ref[_Made]] = []
    got: list[object] = []

    def work(progress: Progress) -> _Made:
        result = _Made()
        made.append(weakref.ref(result))
        return result

    def broken(progress: Progress) -> _Made:
        raise OSError("the share is gone")

    for _ in range(5):
        tasks.start(owner, "Results", work, lambda _result: None)
    tasks.start(owner, "Results", broken, got.append, failed=got.append)
    tasks.start(owner, "Results", broken, got.append)  # (an error dialog, answered)
    last = tasks.start(owner, "Results", work, lambda _result: None)
    _delete_deferred()
    assert [c for c in owner.children() if isinstance(c, tasks.Task)] == []
    assert last.is_finished and isinstance(last.result, _Made)  # a kept one still reads
    last.cancel()  # (harmless once it has ended)
    del last
    gc.collect()
    assert len(made) == 6 and [ref() for ref in made] == [None] * 6  # results let go
    assert isinstance(got[0], OSError) and len(dialog_answers.asked) == 1


def test_finished_threaded_tasks_do_not_pile_up_either(qtbot, threaded_tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    for n in range(3):
        task = tasks.start(owner, "Plan", lambda progress, n=n: n, lambda _result: None)
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    _delete_deferred()
    assert [c for c in owner.children() if isinstance(c, tasks.Task)] == []


def test_a_task_cancelled_while_it_runs_ends_and_goes(qtbot, threaded_tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    ended: list[object] = []

    def work(progress: Progress) -> int:
        release.wait(10)
        progress.step(1, 2)  # raises Cancelled: cancelled meanwhile
        return 1

    task = tasks.start(owner, "Plan", work, ended.append, ended.append)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        release.set()
    assert len(ended) == 1 and isinstance(ended[0], Cancelled)
    _delete_deferred()
    assert [c for c in owner.children() if isinstance(c, tasks.Task)] == []


def test_a_worker_is_given_no_qt_object_of_its_task(qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a worker thread holds of a task reaches no QObject (when the last reference
    to a task's wrapper went in the worker while the GUI thread deleted the task or
    the collector walked it, the process crashed: the Planning tests, 5 runs in 8)."""
    import builtins
    import gc
    import types

    from PySide6.QtCore import QObject

    from amp_desktop.ui import workers

    owner = QWidget()
    qtbot.addWidget(owner)
    task: tasks.Task[int] = tasks.Task("Plan", owner)
    job = workers._Job(task, lambda progress: 1)  # noqa: SLF001
    seen: set[int] = set()
    todo: list[object] = [job]
    while todo:
        found = todo.pop()
        if id(found) in seen or isinstance(found, (type, types.ModuleType)):
            continue
        seen.add(id(found))
        if found is builtins.__dict__ or isinstance(found, dict) and "__builtins__" in found:
            continue  # a module's globals, where its functions look names up
        assert not isinstance(found, QObject), found
        todo.extend(gc.get_referents(found))
    assert len(seen) > 5  # the job, its Progress, the work and what they hold were walked
    got: list[object] = []
    task.relay.succeeded.connect(got.append)
    job.run()  # here, as the inline executor does: delivered at once
    assert got == [1]
    assert task.number not in workers._works  # noqa: SLF001 - the work let go of on delivery


def test_work_ends_in_the_books_when_its_owner_went_first(qtbot, threaded_tasks) -> None:  # type: ignore[no-untyped-def]
    """The owner deleted before the work's last letter arrives: the work still counts as
    ended (else the window stayed "busy" for good, its oldest collector generation off)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from amp_desktop.ui import workers

    owner = QWidget()
    gate, ran = threading.Event(), threading.Event()
    assert not tasks.busy()

    def work(progress: Progress) -> int:
        gate.wait(5)
        ran.set()
        return 1

    task = tasks.start(owner, "Plan", work, lambda _result: None)
    assert tasks.busy()
    number = task.number
    del task
    owner.deleteLater()
    del owner
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert ran.wait(5)
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=2000)
    assert number not in workers._works and number not in workers._on_end  # noqa: SLF001


def test_finish_cancels_the_work_under_way_and_waits_for_it(qtbot, threaded_tasks) -> None:
    """The window closed while the checks ran in the worker: Python let go of the
    mailbox while the work still reported to it, and the user's terminal showed
    "RuntimeError: Signal source has been deleted" twice (the app now calls finish)."""
    from amp_desktop.ui import workers

    started, ended = threading.Event(), threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        try:
            while not ended.wait(0.001):
                progress.check()
        finally:
            ended.set()

    failed: list[BaseException] = []
    task = tasks.start(None, "Checks", work, lambda _r: None, failed.append)
    assert started.wait(10)
    assert workers.finish(10_000)
    assert ended.is_set()
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(failed) == 1 and isinstance(failed[0], Cancelled)


def test_a_letter_to_a_mailbox_already_gone_is_dropped_without_a_word(qapp) -> None:
    """As the program ends a worker may still post: nothing raised, nothing printed."""
    import shiboken6

    from amp_desktop.ui import workers

    tasks.start(None, "Made", lambda progress: None, lambda _r: None)  # (the mailbox exists)
    kept = workers._mailbox
    gone = workers._Mailbox()
    shiboken6.delete(gone)
    workers._mailbox = gone
    try:
        workers._post(0, "progressed", (0, None, ""))  # (no task 0: delivered to nobody)
    finally:
        workers._mailbox = kept
