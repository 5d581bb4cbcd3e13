"""The one way the window writes to the catalogue: apply, one undo step, one signal, one error.

The window makes one :class:`CatalogueSession` per open file and hands it to every
view.  Views *read* through ``session.catalogue`` freely; they *write* only with
:meth:`CatalogueSession.run`::

    change = self.session.run(
        lambda catalogue: catalogue.update_programme(edited),  # or a built ChangeSet
        parent=self,                   # the dialog's parent if the write fails
        title=self.tr("Not saved"),    # the dialog's title if it fails
    )
    if change is None:                 # nothing written; the user was already told
        return

``write`` is either a :class:`~amp_desktop.core.store.ChangeSet` that is built but not
applied (an import preview's ``changeset(...)``, a core builder's result): the session
applies it with :meth:`Catalogue.apply`; or a command ``write(catalogue) -> ChangeSet``
that applies and returns what it changed (``catalogue.add_programme(...)``,
``set_forecast_cell(catalogue, ...)``, ``save_scenario(catalogue, ...)``).

After a write that changed something the session pushes one undo step
(:mod:`amp_desktop.ui.undo`) and emits :attr:`CatalogueSession.changed` with the
ChangeSet — also after every Undo and Redo (``change.kind`` is ``"undo"``/``"redo"``).
**Each view subscribes itself** (``session.changed.connect(self.on_changed)``) and
refreshes what the ChangeSet touched; there is no central list of views to refresh.
Likewise :attr:`CatalogueSession.reloaded` (no ChangeSet: another AMP saved the file a
read-only window shows, see :mod:`amp_desktop.ui.read_only_follower`): reload it all.

Errors are shown one way: a :data:`USER_ERRORS` error (a broken rule, a conflict, a
file that cannot be written…) becomes one :func:`amp_desktop.ui.dialogs.error` with
*title* and the error's message, and ``run`` returns ``None``; anything else is a bug
and propagates.  ``on_rule_error=callback`` sends a
:class:`~amp_desktop.core.rules.RuleError` to *callback* instead (the editor shows the
violations next to its fields).  A read-only catalogue raises the store's
``ReadOnlyError`` like any other file that cannot be written (the window also disables
its write actions).

``in_worker=True`` (imports: thousands of rows) applies in the worker through
:func:`amp_desktop.ui.tasks.run`, with a progress dialog titled *task_title* and Cancel;
the undo step and the signal still happen on the GUI thread.  Cancel before the write
starts leaves the catalogue as it was and ``run`` returns ``None``; once the one
transaction is under way it completes (or rolls back on error) and is recorded.  Undo
and Redo of a large step (more than :data:`WORKER_THRESHOLD` rows) run in the worker too.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from amp_desktop.core.errors import AmpError
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.rules import RuleError
from amp_desktop.core.store import Catalogue, ChangeSet, ConflictError
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.undo import ChangeCommand

#: A built (unapplied) change set, or a command that applies one and returns it.
Write = ChangeSet | Callable[[Catalogue], ChangeSet]

#: Errors whose message is written for the user: shown in one dialog, nothing written.
#: Every user-facing error the core raises is an ``AmpError`` (``core/errors.py``); a
#: ``ValueError`` or the file's ``OSError`` from below the core is shown the same way.
USER_ERRORS: tuple[type[BaseException], ...] = (AmpError, ValueError, OSError)

#: An undo or redo of more rows than this runs in the worker with a progress dialog.
WORKER_THRESHOLD = 2000


def _size(change: ChangeSet) -> int:
    return len(change.programmes) + len(change.demand) + len(change.sources)


class CatalogueSession(QObject):
    """An open :class:`Catalogue` with its undo stack, its writes and their signal."""

    #: Emitted with the ChangeSet after every applied change, undo and redo too.
    changed = Signal(object)
    #: Emitted with a message when an undo or redo could not be applied (after the
    #: dialog was shown).
    failed = Signal(str)
    #: Another AMP changed the file (a read-only window follows it): show it afresh.
    reloaded = Signal()

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = QUndoStack(self)

    # -- the one way to write -------------------------------------------------------------
    def run(
        self,
        write: Write,
        *,
        parent: QWidget | None = None,
        title: str = "",
        in_worker: bool = False,
        task_title: str = "",
        on_rule_error: Callable[[RuleError], object] | None = None,
    ) -> ChangeSet | None:
        """Apply *write*, push its undo step and announce it (see the module docstring).

        Returns the applied ChangeSet (empty when nothing needed changing), or None
        when nothing was written (an error already shown, or Cancel).
        """
        try:
            if in_worker:
                change = tasks.run(
                    parent or self._window(),
                    task_title or title or self.tr("Saving"),
                    lambda progress: self._write(write, progress),
                )
            else:
                change = self._write(write, None)
        except Cancelled:
            return None
        except RuleError as exc:
            if on_rule_error is None:
                self._show(parent, title, exc)
            else:
                on_rule_error(exc)
            return None
        except USER_ERRORS as exc:
            self._show(parent, title, exc)
            if isinstance(exc, ConflictError):  # the file holds something else (#11.10)
                self.reloaded.emit()  # every view shows it as it is now
            return None
        if not change.is_empty():
            self.undo_stack.push(ChangeCommand(change, self._replay))
            self.changed.emit(change)
        return change

    def _write(self, write: Write, progress: Progress | None) -> ChangeSet:
        """Apply *write* to the catalogue (on whichever thread runs it); no signals."""
        if progress is not None:
            progress.check()  # cancelled before anything was written
        if isinstance(write, ChangeSet):
            if progress is not None and _apply_takes_progress():
                apply = cast(Callable[..., ChangeSet], self.catalogue.apply)
                return apply(write, progress=progress)
            return self.catalogue.apply(write)
        return write(self.catalogue)

    # -- undo and redo --------------------------------------------------------------------
    def _replay(self, change: ChangeSet) -> bool:
        """Apply an undo's or redo's change set and announce it; False if it failed."""
        try:
            if _size(change) > WORKER_THRESHOLD:
                title = self.tr("Undoing") if change.kind == "undo" else self.tr("Redoing")
                tasks.run(self._window(), title, lambda _progress: self.catalogue.apply(change))
            else:
                self.catalogue.apply(change)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the file as it was
            dialogs.error(self._window(), self.tr("Cannot undo or redo"), str(exc))
            self.failed.emit(str(exc))
            return False
        self.changed.emit(change)
        return True

    # -- errors ---------------------------------------------------------------------------
    def _window(self) -> QWidget | None:
        owner = self.parent()
        if isinstance(owner, QWidget):
            return owner
        active = QApplication.activeWindow()
        return active if isinstance(active, QWidget) else None

    def _show(self, parent: QWidget | None, title: str, exc: BaseException) -> None:
        dialogs.error(parent or self._window(), title or self.tr("Not saved"), str(exc))


def _apply_takes_progress() -> bool:
    """Whether the store's ``Catalogue.apply`` reports progress (and can be cancelled)."""
    return "progress" in inspect.signature(Catalogue.apply).parameters


__all__ = ["USER_ERRORS", "CatalogueSession", "Write"]
