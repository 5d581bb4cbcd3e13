"""Fixtures for the window tests: a real MainWindow, shown offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from amp_desktop.ui import translations
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.settings import Settings


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., MainWindow]]:  # type: ignore[no-untyped-def]
    """Make shown main windows (closed after the test), optionally with a file open."""
    load_fonts()
    made: list[MainWindow] = []

    def make(path: Path | None = None, resize: bool = True) -> MainWindow:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        if resize:
            window.resize(1280, 800)
        with qtbot.waitActive(window):  # shortcuts go to the active window only
            window.show()
            window.activateWindow()
        if path is not None:
            assert window.open_path(path)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def swedish(qapp: object) -> Iterator[None]:
    """Swedish for one test; English (as every other test expects) afterwards."""
    saved = QLocale()
    assert translations.install("sv") == "sv"
    yield
    translations.install("en")
    QLocale.setDefault(saved)
