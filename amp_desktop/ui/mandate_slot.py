"""Where the editor's mandate box goes: built when first needed, not at start-up.

The legal bases and decision (#14) sit below the programme's fields, out of view
when a window opens; making the box (and reading the programme's mandate and the
catalogue's agreements for it) cost start-up about 5 ms.  :class:`MandateSlot`
keeps what the editor would have told the box until the box is made: once the
window has been idle for :data:`IDLE_MS` after the editor's first paint (typing a
search postpones it: made during the first keystrokes, it made one take 30 ms), or
at once when something asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from amp_desktop.core.domain import Programme
    from amp_desktop.ui.mandate_box import MandateBox
    from amp_desktop.ui.operations import CatalogueSession


#: How long the window must have been idle before the box is made.
IDLE_MS = 400


class MandateSlot:
    """The mandate box of an editor whose form is *body*, laid out by *column* (the box
    goes above its last item, the stretch); *last_field* is the field before it."""

    def __init__(self, body: QWidget, column: QVBoxLayout, last_field: Callable[[], QWidget]):
        self._body = body
        self._column = column
        self._last_field = last_field
        self.box: MandateBox | None = None
        self._session: CatalogueSession | None = None
        self._read_only = False
        self._programme: Programme | None = None
        self._findings: list[str] = []
        self._idle: QTimer | None = None

    def make_when_idle(self, owner: QObject) -> None:
        """Make the box once the window has been idle for :data:`IDLE_MS` (the editor
        calls this as it paints: a hidden or closed editor makes none, one shown
        again starts the wait again)."""
        if self.box is not None:
            return
        if self._idle is None:
            self._idle = QTimer(owner)
            self._idle.setSingleShot(True)
            self._idle.timeout.connect(self._make_if_shown)
        if not self._idle.isActive():
            self._idle.start(IDLE_MS)

    def _make_if_shown(self) -> None:
        if self._body.isVisible():  # (closed since: its file may be closed too)
            self.get()

    def postpone(self) -> None:
        """The user is busy: a box waiting for an idle window waits :data:`IDLE_MS` more."""
        if self._idle is not None and self._idle.isActive():
            self._idle.start(IDLE_MS)

    def get(self) -> MandateBox:
        """The box, made now if it was not yet, with everything it was told."""
        if self.box is None:
            from amp_desktop.ui.mandate_box import MandateBox

            if self._idle is not None:
                self._idle.stop()
            box = MandateBox(self._body)
            self._column.insertWidget(self._column.count() - 1, box)
            follow_in_tab_order(self._last_field(), box)
            box.setVisible(True)
            self.box = box
            box.set_session(self._session)
            box.set_read_only(self._read_only)
            box.set_programme(self._programme)
            box.set_findings(self._findings)
        return self.box

    def set_session(self, session: CatalogueSession | None) -> None:
        self._session = session
        if self.box is not None:
            self.box.set_session(session)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self.box is not None:
            self.box.set_read_only(read_only)

    def set_programme(self, programme: Programme | None) -> None:
        self._programme = programme
        if self.box is not None:
            self.box.set_programme(programme)

    def set_findings(self, messages: list[str]) -> None:
        self._findings = list(messages)
        if self.box is not None:
            self.box.set_findings(self._findings)


def follow_in_tab_order(last: QWidget, box: QWidget) -> None:
    """Put *box*'s fields right after *last* in the Tab order, in their own order (a
    widget made after the window would otherwise come last in the window's)."""
    inside: list[QWidget] = []
    widget = box.nextInFocusChain()
    while widget is not box and box.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    for widget in inside:
        QWidget.setTabOrder(last, widget)
        last = widget
