"""The undo stack's step: an applied ChangeSet that Undo reverses and Redo replays.

Only :class:`amp_desktop.ui.operations.CatalogueSession` makes these; it pushes one
after every write and hands it the function that applies a change (in the worker for
a large one) and announces it.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from amp_desktop.core.store import ChangeSet

#: Applies a change set and announces it; False when it could not be applied.
ApplyChange = Callable[[ChangeSet], bool]


class ChangeCommand(QUndoCommand):
    """An applied change set on the undo stack; Undo applies its inverse."""

    def __init__(self, change: ChangeSet, apply: ApplyChange) -> None:
        super().__init__(change.description)
        self._change = change
        # The session's method, held weakly: the session owns its undo stack, which
        # owns this step, and a strong reference back made a cycle through Qt's
        # ownership that only the collector could break; its taking a session and
        # its steps apart at once crashed the process (Planning tests, 1 run in 8).
        self._apply: Callable[[], ApplyChange | None] = (
            weakref.WeakMethod(apply) if hasattr(apply, "__self__") else lambda: apply  # type: ignore[arg-type]
        )
        self._applied = True  # pushed after the change was applied

    @property
    def change(self) -> ChangeSet:
        return self._change

    def redo(self) -> None:
        apply = self._apply()
        if self._applied:
            return
        if apply is not None and apply(dataclasses.replace(self._change, kind="redo")):
            self._applied = True
        else:
            self.setObsolete(True)

    def undo(self) -> None:
        apply = self._apply()
        if apply is not None and apply(self._change.inverse("undo")):
            self._applied = False
        else:
            # The catalogue no longer matches this step: drop it, keep the data.
            self.setObsolete(True)
