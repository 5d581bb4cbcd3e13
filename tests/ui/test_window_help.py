"""Help → User Guide (F1) and Help → About AMP from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from amp_desktop import __version__
from amp_desktop.ui.about import AboutDialog
from amp_desktop.ui.help import UserGuideWindow


# The offscreen platform cannot raise a new top-level window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_f1_opens_the_user_guide(make_window, example_path: Path, qtbot) -> None:
    window = make_window(example_path)
    assert window.guide_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    qtbot.keyClick(window.catalogue_tab.table, Qt.Key.Key_F1)
    guide = window.findChild(UserGuideWindow, "userGuide")
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    assert "AMP" in guide.browser.toPlainText()
    guide.close()


def test_about_shows_the_version(make_window, dialog_answers) -> None:
    window = make_window()
    window.about_action.trigger()
    shown = [d["dialog"] for kind, d in dialog_answers.asked if kind == "modal"]
    assert len(shown) == 1 and isinstance(shown[0], AboutDialog)
    assert __version__ in shown[0].findChild(type(shown[0].tabs)).parent().windowTitle() + " ".join(
        label.text() for label in shown[0].findChildren(type(window.read_only_label))
    )
