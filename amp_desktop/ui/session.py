"""The open catalogue as the window sees it: one undo stack, one change signal.

Every view changes the catalogue through the core (which returns a
:class:`~amp_desktop.core.store.ChangeSet`) and hands the result to
:meth:`CatalogueSession.record`; the session puts it on the undo stack and emits
:attr:`CatalogueSession.changed` so every view refreshes what it shows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from amp_desktop.core.store import Catalogue, ChangeSet


class ChangeCommand(QUndoCommand):
    """An applied change set on the undo stack; undo applies its inverse."""

    def __init__(self, session: CatalogueSession, change: ChangeSet):
        super().__init__(change.description)
        self._session = session
        self._change = change
        self._applied = True  # pushed after the core has applied it

    def redo(self) -> None:
        if self._applied:
            return
        replay = dataclasses.replace(self._change, kind="redo")
        if self._session._apply_and_emit(replay):  # noqa: SLF001
            self._applied = True
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        if self._session._apply_and_emit(self._change.inverse("undo")):  # noqa: SLF001
            self._applied = False
        else:
            # The catalogue no longer matches this step: drop it, keep the data.
            self.setObsolete(True)


class CatalogueSession(QObject):
    """An open :class:`Catalogue` with its undo stack and change notifications."""

    #: Emitted with the ChangeSet after every applied change, undo and redo too.
    changed = Signal(object)
    #: Emitted with a message when an undo or redo could not be applied.
    failed = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.undo_stack = QUndoStack(self)

    def record(self, change: ChangeSet) -> ChangeSet:
        """Put an already applied *change* on the undo stack and announce it."""
        if change.is_empty():
            return change
        self.undo_stack.push(ChangeCommand(self, change))
        self.changed.emit(change)
        return change

    def run(self, operation: Callable[[Catalogue], ChangeSet]) -> ChangeSet:
        """Run a core *operation* on the catalogue and record what it changed.

        A file that can no longer be written raises the core's
        :class:`~amp_desktop.core.store.StoreError`, with a message for the user."""
        return self.record(operation(self.catalogue))

    def _apply_and_emit(self, change: ChangeSet) -> bool:
        try:
            self.catalogue.apply(change)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the file as it was
            self.failed.emit(str(exc))
            return False
        self.changed.emit(change)
        return True
