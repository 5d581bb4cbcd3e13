"""The checks on opening a catalogue that the window runs after its first paint.

The window opens a catalogue with ``Catalogue.open(checks="later")`` (#10 item 8):
whether the file is whole and holds only values AMP writes (about 15 ms at 1,000
programmes) is asked once the window is painted, from the event loop.  Correctness
never depends on when: every write runs the checks first (``Catalogue.apply``), and
a file that fails them is left read-only with the message opening gave before.  A
file so damaged that its rows cannot even be shown is refused as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from amp_desktop.core.store import Catalogue, StoreError
from amp_desktop.ui import dialogs

if TYPE_CHECKING:
    from amp_desktop.ui.main_window import MainWindow
    from amp_desktop.ui.operations import CatalogueSession


class OpenChecks:
    """Runs the open catalogue's pending checks once the window has been painted."""

    def __init__(self, window: MainWindow):
        self._window = window
        self.painted = False
        self._done: CatalogueSession | None = None

    def first_paint(self) -> None:
        """The window's first paint began: check once it is done (a zero-time timer
        runs after the whole window is painted, and after those set before it)."""
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._window, self.run)  # not once the window is gone

    def opened(self) -> None:
        """A catalogue was shown: check it now if the window is already painted."""
        if self.painted:
            QTimer.singleShot(0, self._window, self.run)

    def run(self) -> StoreError | None:
        """Run the open catalogue's checks (once); on a failure, show it read-only
        and say why.  Returns the failure, if any."""
        window = self._window
        session = window.current_session()
        if session is None or session is self._done:
            return None
        self._done = session
        catalogue = session.catalogue
        said = not catalogue.checks_pending  # (a write ran them first and said why)
        failure = catalogue.complete_checks()
        if failure is None:
            return None
        window.follower.stop()
        window.catalogue_tab.editor.set_read_only(True, catalogue.read_only_reason)
        window.refresh_state()
        if said:
            return failure
        dialogs.error(
            window,
            QCoreApplication.translate("MainWindow", "The catalogue is damaged"),
            str(failure),
        )
        return failure


def refused(window: MainWindow, catalogue: Catalogue, exc: StoreError) -> None:
    """Showing *catalogue* failed on reading it: refuse it as opening did before the
    checks were left for later (their message if they fail, else the read's)."""
    failure = catalogue.complete_checks() or exc
    session = window.current_session()
    if session is not None and session.catalogue is catalogue:
        window.close_catalogue()  # it failed once shown: back to the welcome page
    else:
        catalogue.close()  # read before it was shown: the one shown before stays open
    dialogs.error(
        window, QCoreApplication.translate("OpenFlow", "Cannot open the catalogue"), str(failure)
    )
