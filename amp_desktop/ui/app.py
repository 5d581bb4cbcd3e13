"""The ``amp-desktop [FILE]`` entry point: set up Qt, fonts and language, show the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

# The Qt-free core first: PySide6 hooks the import system and makes every module
# imported after it slower (about 15 ms of start-up with a catalogue).
import amp_desktop.core.rules
import amp_desktop.core.store  # noqa: F401

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from amp_desktop import __version__, i18n
from amp_desktop.resources import resource_path

ORGANISATION = "AMP"
APPLICATION = "AMP"
FONT_FAMILY = "DejaVu Sans"


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left over for Qt (e.g. ``-platform offscreen``)."""
    parser = argparse.ArgumentParser(
        prog="amp-desktop", description="AMP: the programme catalogue of a labour-market unit."
    )
    parser.add_argument("file", nargs="?", help="a catalogue (.amp) to open")
    parser.add_argument(
        "--example", action="store_true", help="open the example catalogue (made if missing)"
    )
    parser.add_argument("--lang", choices=("sv", "en"), help="language of the window")
    parser.add_argument(
        "--quit-after-shown",
        action="store_true",
        help="print the window title and quit once the window is painted (tests, benchmarks)",
    )
    parser.add_argument("--version", action="version", version=f"amp-desktop {__version__}")
    return parser.parse_known_args(argv)


def load_fonts() -> None:
    """Load the bundled DejaVu fonts (Qt wheels ship none) and make them the default."""
    for path in sorted(resource_path("fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        font = QFont(app.font())
        font.setFamily(FONT_FAMILY)
        app.setFont(font)


def application_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "amp.svg")))


def make_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication with AMP's names, fonts and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName("amp-desktop")
    app.setWindowIcon(application_icon())
    load_fonts()
    return app


class _QuitWhenPainted(QObject):
    """Prints the window's title and quits after the window's first paint."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"AMP window shown: {self._window.windowTitle()}", flush=True)
        self._window.close()
        QCoreApplication.quit()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window; returns the exit status."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(qt_args)

    from amp_desktop.ui.main_window import MainWindow
    from amp_desktop.ui.settings import Settings

    settings = Settings()
    i18n.install(args.lang or os.environ.get("AMP_LANG") or settings.language or None)
    window = MainWindow(settings)
    if args.quit_after_shown:
        app.installEventFilter(_QuitWhenPainted(window))
    window.start(args.file, example=args.example)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
