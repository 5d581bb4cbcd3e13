"""The window in Swedish: menus, tabs, Qt's own buttons and number formats."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from amp_desktop.core.formatting import format_date, format_percent, format_sek
from amp_desktop.ui import translations
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.settings import Settings
from tests.screens import save_screenshot

_ACCELERATOR = re.compile(r"&(?!&)(\w)")


def _window(qtbot, example_path: Path | None) -> MainWindow:  # type: ignore[no-untyped-def]
    load_fonts()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    if example_path is not None:
        assert window.open_path(example_path)
    return window


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    """Menu title → the texts of its actions (sub-menus included, separators not)."""
    texts: dict[str, list[str]] = {"": []}

    def walk(menu: QMenu) -> None:
        texts[menu.title()] = [a.text() for a in menu.actions() if not a.isSeparator()]
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())

    for action in window.menuBar().actions():
        texts[""].append(action.text())
        walk(action.menu())
    return texts


def _accelerators(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts for m in [_ACCELERATOR.search(t)] if m]


def test_menus_and_tabs_are_swedish(qtbot, example_path: Path, swedish: None) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, example_path)
    menus = _menu_texts(window)
    for title in ("&Arkiv", "&Redigera", "&Hjälp"):
        assert title in menus[""], menus[""]
    edit = menus["&Redigera"]
    assert any(text.startswith("&Ångra") for text in edit), edit
    assert any("insats" in text for text in edit), edit
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "&Katalog" in tabs, tabs
    window.resize(1100, 700)
    save_screenshot(window, "main-window-sv")


def test_nothing_in_the_menus_is_left_in_english(qtbot, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    english = _menu_texts(_window(qtbot, example_path))
    copy = example_path.with_name("copy.amp")  # the first window holds the file's lock
    shutil.copy(example_path, copy)
    translations.install("sv")
    try:
        swedish = _menu_texts(_window(qtbot, copy))
    finally:
        saved = QLocale()
        translations.install("en")
        QLocale.setDefault(saved)
    same_in_both = {"", "AMP"}
    english_items = [t for texts in english.values() for t in texts]
    swedish_items = [t for texts in swedish.values() for t in texts]
    assert len(english_items) == len(swedish_items)
    left = [
        e
        for e, s in zip(english_items, swedish_items, strict=True)
        if e == s and e not in same_in_both and not e.endswith(".amp") and "/" not in e
    ]
    assert not left, f"untranslated menu entries: {left}"


def test_swedish_accelerators_do_not_clash(qtbot, example_path: Path, swedish: None) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, example_path)
    menus = _menu_texts(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for title, texts in {**menus, "(menu bar and tabs)": menus[""] + tabs}.items():
        letters = _accelerators(texts)
        clashes = {letter for letter in letters if letters.count(letter) > 1}
        assert not clashes, f"{title or 'menu bar'}: {clashes} in {texts}"


def test_qt_own_buttons_say_avbryt(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"


def test_preferences_dialog_is_swedish(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Inställningar"
    texts = [b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()]
    assert "Avbryt" in texts, texts


def test_numbers_kronor_and_dates_are_swedish(swedish: None) -> None:
    assert format_sek(1_200_000) == "1\u00a0200\u00a0000\u00a0kr"
    assert format_percent(0.875) == "87,5\u00a0%"
    assert format_date(dt.date(2026, 1, 31)) == "2026-01-31"
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"


def test_english_is_back_after_swedish(qtbot) -> None:  # type: ignore[no-untyped-def]
    translations.install("sv")
    translations.install("en")
    assert format_sek(1_200_000) == "SEK\u00a01,200,000"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


@pytest.mark.parametrize(
    ("system", "choice", "expected"),
    [
        ("sv_SE.UTF-8", "", "sv"),
        ("sv_SE.UTF-8", "en", "en"),
        ("en_GB.UTF-8", "", "en"),
        ("en_GB.UTF-8", "sv", "sv"),
    ],
)
def test_language_follows_the_system_unless_preferences_say_otherwise(
    system: str, choice: str, expected: str
) -> None:
    code = f"from amp_desktop.ui import translations; print(translations.resolve_language({choice!r} or None))"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "AMP_LANG"))}
    env.update(LANG=system, LC_ALL=system)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == expected
