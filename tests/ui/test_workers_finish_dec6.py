"""``workers.finish()`` (called as amp-desktop ends) cancels *every* piece of work
under way — also one whose task went with the view that started it (a task is a
child of its owner; the weak list of tasks then no longer holds it) — instead of
waiting its whole timeout for work that runs on while Python ends."""

from __future__ import annotations

import gc
import threading
import time

import shiboken6
from PySide6.QtCore import QObject

from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.ui import tasks, workers


def test_finish_cancels_work_whose_task_nobody_holds(qtbot, threaded_tasks) -> None:  # type: ignore[no-untyped-def]
    started, ended = threading.Event(), threading.Event()
    how: list[str] = []

    def work(progress: Progress) -> None:
        started.set()
        try:
            deadline = time.monotonic() + 8
            while time.monotonic() < deadline:
                progress.check()
                time.sleep(0.001)
            how.append("ran to its end")
        except Cancelled:
            how.append("cancelled")
            raise
        finally:
            ended.set()

    owner = QObject()
    task = tasks.start(owner, "Export", work, lambda _r: None, lambda _e: None)
    assert started.wait(10)
    del task
    shiboken6.delete(owner)  # (the view that started it is gone, and the task with it)
    gc.collect()
    begun = time.monotonic()
    assert workers.finish(5_000)
    assert time.monotonic() - begun < 4
    assert ended.is_set() and how == ["cancelled"]
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=10_000)  # (its letters delivered)


def test_finish_with_nothing_under_way_returns_at_once(qapp) -> None:  # type: ignore[no-untyped-def]
    begun = time.monotonic()
    assert workers.finish(5_000)
    assert time.monotonic() - begun < 1
