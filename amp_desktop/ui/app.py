"""The ``amp-desktop [FILE]`` entry point: set up Qt, fonts and language, show the window."""

from __future__ import annotations

import gc

# Start-up makes a few hundred thousand objects that live as long as the program
# (PySide6's classes and their enums, our modules, the open catalogue), and Python's
# cyclic garbage collector would walk all of them again and again while they are
# made: about 15 ms before the window is painted, collecting nothing.  So it waits:
# while this module's imports load, and in main() until the window is painted.
_COLLECTING = gc.isenabled()
gc.disable()

# isort: split
import os  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from types import SimpleNamespace  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

# The Qt-free core first: PySide6 hooks the import system and makes every module
# imported after it slower (about 15 ms of start-up with a catalogue).
import amp_desktop.core.formatting  # noqa: E402
import amp_desktop.core.rules  # noqa: E402
import amp_desktop.core.store.catalogue  # noqa: E402, F401  (the package loads lazily)
from amp_desktop.resources import resource_path  # noqa: E402

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def _skip_source_scans() -> None:
    """Spare PySide6 reading the source of every module imported after it.

    PySide6's import hook (``shibokensupport.feature``) asks of each module, the
    first time any ``import`` statement names it, whether its source text
    mentions "PySide6" (``inspect.getsource``: the whole file read and split into
    lines), to know whether the module may select PySide6's optional features.
    AMP selects none; the answer for the standard library is always no and for
    AMP's own modules known from the layering (only ``amp_desktop.ui`` uses
    PySide6): about 90 files read and 4 ms of start-up.  Any other module is
    asked as before, and a PySide6 without the hook is left alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "_amp_known", False):
        return
    standard = sys.stdlib_module_names

    def uses_pyside(module: object) -> bool:
        name = str(getattr(module, "__name__", ""))
        top = name.partition(".")[0]
        if top in standard:
            return False
        if top == "amp_desktop":
            return name == "amp_desktop.ui" or name.startswith("amp_desktop.ui.")
        return bool(scan(module))

    uses_pyside._amp_known = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_skip_source_scans()

# isort: split
from amp_desktop import __version__  # noqa: E402
from amp_desktop.ui import translations  # noqa: E402

if TYPE_CHECKING:
    import argparse

if _COLLECTING:
    gc.enable()

ORGANISATION = "AMP"
APPLICATION = "AMP"
FONT_FAMILY = "DejaVu Sans"


#: The options :func:`_plain_args` reads without argparse, and whether each takes a value.
_PLAIN_OPTIONS = {"--example": False, "--quit-after-shown": False, "--lang": True}


def _plain_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The usual command lines (``[FILE]``, ``--example``, ``--lang sv``,
    ``--quit-after-shown``) read without building an ``ArgumentParser``, which
    costs start-up about 3 ms (argparse looks up its gettext catalogues); None for
    anything else (help, version, Qt's own options, a mistake), which argparse reads
    and answers as before."""
    values: dict[str, object] = {
        "file": None,
        "example": False,
        "lang": None,
        "quit_after_shown": False,
    }
    words = list(argv)
    while words:
        word = words.pop(0)
        name, equals, value = word.partition("=")
        if not word.startswith("-"):
            if values["file"] is not None:
                return None
            values["file"] = word
        elif name in _PLAIN_OPTIONS and _PLAIN_OPTIONS[name]:  # --lang sv, --lang=sv
            if not equals:
                if not words:
                    return None
                value = words.pop(0)
            if value not in ("sv", "en"):
                return None
            values["lang"] = value
        elif word in _PLAIN_OPTIONS:
            values[word[2:].replace("-", "_")] = True
        else:
            return None
    return SimpleNamespace(**values)  # type: ignore[return-value]


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left over for Qt (e.g. ``-platform offscreen``)."""
    words = sys.argv[1:] if argv is None else list(argv)
    plain = _plain_args(words)
    if plain is not None:
        return plain, []
    import argparse

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
    return parser.parse_known_args(words)


def load_fonts() -> None:
    """Load the bundled DejaVu fonts (Qt wheels ship none) and make them the default."""
    # Listed, not globbed: a glob compiles its pattern (re, about 0.5 ms of start-up).
    folder = resource_path("fonts")
    names = (n for n in os.listdir(folder) if n.startswith("DejaVuSans") and n.endswith(".ttf"))
    for path in sorted(folder / name for name in names):
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


class _AfterFirstPaint(QObject):
    """Calls *callback* once the window has been painted for the first time.

    Installed on the window itself, not on the application: Qt paints a window
    and all its children in one pass, parent first, so the window's own first
    ``Paint`` event starts that pass and the zero-time timer runs once the whole
    window is painted and flushed.  (An application-wide Python filter would be
    handed every event of every object, and making Python wrappers for Qt's
    internal objects cost about 25 ms of the very start-up it measures.)
    """

    def __init__(self, window: QWidget, callback: Callable[[], object]):
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._done and watched is self._window and event.type() == QEvent.Type.Paint:
            self._done = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def _report_and_quit(window: QWidget) -> None:
    """``--quit-after-shown``: print the window's title and the process's CPU time
    so far (all its threads, from its start: the start-up bench reads it), and quit."""
    cpu = time.process_time()
    print(f"AMP window shown: {window.windowTitle()} (CPU {cpu:.4f} s)", flush=True)
    window.close()
    QCoreApplication.quit()


def _resume_collection() -> None:
    """Turn the garbage collector back on, leaving out what start-up made.

    ``gc.freeze()`` moves the objects made so far (nearly all of them for good)
    out of the collector's sight, so its first runs do not walk them all: no
    pause just after the window appears.  Reference counting still frees them.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window; returns the exit status."""
    collecting = gc.isenabled()
    gc.disable()  # until the window is painted (see the top of this module)
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(qt_args)

    from amp_desktop.ui.main_window import MainWindow
    from amp_desktop.ui.settings import Settings

    settings = Settings()
    translations.install(args.lang or os.environ.get("AMP_LANG") or settings.language or None)
    window = MainWindow(settings)
    if collecting:
        _AfterFirstPaint(window, _resume_collection)
        QTimer.singleShot(5000, _resume_collection)  # should the window never paint
    if args.quit_after_shown:
        _AfterFirstPaint(window, lambda: _report_and_quit(window))
    previous_hook = sys.excepthook
    sys.excepthook = _unexpected_error_hook(window)
    try:
        window.start(args.file, example=args.example)
        window.show()
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        from amp_desktop.ui import workers

        workers.finish()  # (checks still under way when the window closed: cancelled)


def _unexpected_error_hook(window: QWidget) -> Callable[..., None]:
    """Show an error that nothing caught instead of only printing it (a user never
    sees the terminal); the traceback still goes to standard error.  The message is
    shown from the event loop, not from inside the failing code (a paint or a timer),
    and one at a time."""
    previous = sys.excepthook
    showing: list[bool] = []

    def show(text: str) -> None:
        if showing:
            return
        from amp_desktop.ui import dialogs

        showing.append(True)
        try:
            dialogs.error(window, QCoreApplication.translate("App", "Unexpected error"), text)
        finally:
            showing.clear()

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        previous(kind, error, trace)  # type: ignore[arg-type]
        if issubclass(kind, KeyboardInterrupt):
            return
        text = QCoreApplication.translate(
            "App",
            "AMP met an error it did not expect: {error}\n\nChanges that were saved "
            "before it are in the file. If something looks wrong, close the catalogue "
            "and open it again.",
        ).format(error=f"{kind.__name__}: {error}")
        QTimer.singleShot(0, lambda: show(text))

    return hook


if __name__ == "__main__":
    raise SystemExit(main())
