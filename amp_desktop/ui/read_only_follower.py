"""A read-only window follows what the AMP that has the file for editing saves.

Every two seconds it asks SQLite whether the file changed (``data_version``); when it
has, it emits the session's :attr:`~amp_desktop.ui.operations.CatalogueSession.reloaded`
signal, which every view subscribes to itself.  When the other AMP has closed the file
(its lock is gone), it offers once to open the catalogue for editing here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from amp_desktop.core.store import StoreError
from amp_desktop.core.store.lock import read_lock
from amp_desktop.ui import dialogs
from amp_desktop.ui.operations import CatalogueSession

#: How often a read-only window looks at the file.
INTERVAL_MS = 2000


class ReadOnlyFollower(QObject):
    """Watches a read-only session's file for the other AMP's saves and for its closing.

    Args:
        window: the dialogs' parent.
        show_status: shows a line in the window's status bar.
        open_for_editing: closes the read-only session and opens *path* for editing.
    """

    def __init__(
        self,
        window: QWidget,
        show_status: Callable[[str], object],
        open_for_editing: Callable[[Path], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._show_status = show_status
        self._open_for_editing = open_for_editing
        self._session: CatalogueSession | None = None
        self._data_version = 0
        self.offered_editing = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.follow)

    def start(self, session: CatalogueSession) -> None:
        """Follow *session* if it is read-only (another AMP edits the file)."""
        self.stop()
        if not session.catalogue.read_only:
            return
        self._session = session
        self._data_version = session.catalogue.data_version()
        self.offered_editing = False
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._session = None

    def follow(self) -> bool:
        """Show the file afresh if the AMP that edits it has saved a change; True if it
        had.  When that AMP has closed the file, offer once to open it for editing."""
        session = self._session
        if session is None or not session.catalogue.read_only:
            return False
        try:
            version = session.catalogue.data_version()
            changed = version != self._data_version
            if changed:
                self._data_version = version
                session.reloaded.emit()  # every view shows the file as it is now
                self._show_status(
                    self.tr("Another AMP saved changes to this catalogue; shown as they are now.")
                )
        except (StoreError, OSError) as exc:  # the file is gone (a share dropped)
            self.timer.stop()
            self._show_status(
                self.tr("The catalogue file cannot be read any more ({reason}).").format(reason=exc)
            )
            return False
        path = session.catalogue.path
        if not self.offered_editing and read_lock(path) is None:
            self.offered_editing = True
            if dialogs.confirm(
                self._window,
                self.tr("Catalogue free for editing"),
                self.tr(
                    "{name} is no longer open in another AMP. Open it for editing here?"
                ).format(name=path.name),
                self.tr("Open for Editing"),
            ):
                self._open_for_editing(path)
        return changed
