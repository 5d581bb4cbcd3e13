"""No two controls of the Yearly figures window answer the same Alt+letter, in
either language ("&Save municipality…" and "Save Survey &Sheet…" both took Alt+S)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from amp_desktop.core.store import Catalogue
from amp_desktop.ui import translations
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.yearly.dialog import YearlyDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> Counter[str]:
    """The Alt+letters of *window*'s shown buttons, labels and tabs."""
    texts = [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy()]
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    found = Counter[str]()
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).casefold()] += 1
    return found


@pytest.mark.parametrize("language", ["en", "sv"])
def test_every_alt_letter_is_one_control(qtbot, catalogue_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    translations.install(language)
    try:
        with Catalogue.open(catalogue_path) as catalogue:
            dialog = YearlyDialog(CatalogueSession(catalogue))
            qtbot.addWidget(dialog)
            dialog.show()
            found = mnemonics(dialog)
            assert len(found) >= 8  # (the test sees the controls)
            assert [letter for letter, n in found.items() if n > 1] == []
            dialog.close()
    finally:
        translations.install("en")
