"""Ctrl-C while a command writes: before the change is committed it stops the command
and nothing is written; once it is committed it is held back until the change is reported.

Without this a Ctrl-C in the moment after the commit (while the file is closed, or
the report printed) ended ``amp import`` with status 130 and no report, over a
file it had changed.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType, TracebackType
from typing import Protocol

from amp_desktop.core.i18n import translate


class _Connection(Protocol):
    """What the guard reads of the catalogue's connection (``Catalogue.conn``)."""

    @property
    def in_transaction(self) -> bool: ...

    @property
    def total_changes(self) -> int: ...


class WriteGuard:
    """``with WriteGuard() as guard:`` around a command that writes; ``guard.watch(conn)``
    once the catalogue is open, ``guard.committed()`` once ``apply`` has returned."""

    def __init__(self) -> None:
        self.held = False  # a Ctrl-C came after the commit: the command ran to its end
        self._conn: _Connection | None = None
        self._start = 0
        self._committed = False
        self._previous: object = None

    def __enter__(self) -> WriteGuard:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._previous is not None:
            previous = self._previous
            self._previous = None
            signal.signal(signal.SIGINT, previous)  # type: ignore[arg-type]

    def watch(self, conn: _Connection) -> None:
        """The catalogue's connection, to tell a write under way from one committed."""
        self._conn, self._start = conn, conn.total_changes

    def committed(self) -> None:
        """The change is in the file: from now on a Ctrl-C waits for the report."""
        self._committed = True

    def note(self) -> str:
        """The line said when a Ctrl-C was held back ("" when none was)."""
        if not self.held:
            return ""
        return translate(
            "Cli", "Ctrl-C came after the change was written: it is kept, and the file is whole."
        )

    def _on_interrupt(self, _signum: int, _frame: FrameType | None) -> None:
        if self._committed or self._written():
            self.held = True
            return
        raise KeyboardInterrupt  # (inside a transaction: rolled back as it unwinds)

    def _written(self) -> bool:
        """Whether the connection has committed changes since :meth:`watch` (its
        transaction over, rows written: ``apply`` between its commit and its return)."""
        if self._conn is None:
            return False
        try:
            return not self._conn.in_transaction and self._conn.total_changes > self._start
        except Exception:  # (closed: committed() was not reached)
            return False


@contextlib.contextmanager
def interrupt_after() -> Iterator[None]:
    """Ctrl-C held back for the block and raised when it ends: for loading Qt, whose
    start-up (shiboken's) aborts the process with a "Fatal Python error" when a
    KeyboardInterrupt is raised inside it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt
