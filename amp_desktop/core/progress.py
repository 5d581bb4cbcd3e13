"""Progress and cancellation for long work, without Qt.

Long core functions (reading a workbook, applying an import, writing an export or a
PDF, building a plan) take an optional ``progress: Progress | None`` keyword and call
:meth:`Progress.step` in their loops.  The window hands them a progress object from its
worker (``ui/tasks.py``) that forwards the figures to a progress bar and raises
:class:`Cancelled` from ``step`` once the user has pressed Cancel; the CLI and tests
pass nothing (``NO_PROGRESS``).  Whoever catches :class:`Cancelled` has left the
catalogue and any target file exactly as they were: a core function that is cancelled
rolls back its transaction and removes its temporary file before the exception leaves it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; nothing was changed."""


class Progress:
    """Reports how far long work has come and tells it to stop when cancelled.

    Args:
        report: called with ``(done, total, text)``; *total* is ``None`` when unknown.
            Called at most every ``interval`` seconds (and at every new phase), so a
            loop may call :meth:`step` on every row.
        interval: the least time between two reports.
    """

    def __init__(
        self,
        report: Callable[[int, int | None, str], None] | None = None,
        *,
        interval: float = 0.05,
    ) -> None:
        self._report = report
        self._interval = interval
        self._cancel = threading.Event()
        self._last = 0.0
        self._text = ""
        self._total: int | None = None

    def phase(self, text: str, total: int | None = None) -> None:
        """Start a new phase of the work (e.g. "Reading the workbook…")."""
        self._text = text
        self._total = total
        self.check()
        self._send(0, force=True)

    def step(self, done: int, total: int | None = None) -> None:
        """Say that *done* units of the current phase are done; raise if cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        if total is not None:
            self._total = total
        self._send(done)

    def check(self) -> None:
        """Raise :class:`Cancelled` if the work has been cancelled."""
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next :meth:`step` or :meth:`check` (any thread)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _send(self, done: int, *, force: bool = False) -> None:
        if self._report is None:
            return
        now = time.monotonic()
        if force or now - self._last >= self._interval:
            self._last = now
            self._report(done, self._total, self._text)


#: What callers pass when nobody watches: never reports, never cancelled.
NO_PROGRESS = Progress()
