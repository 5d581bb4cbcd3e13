"""Help → User guide (F1): the short user guide, in the language in use, in a window.

The guide is Markdown shipped in ``resources/help`` (``user-guide.md`` in English,
``user-guide.sv.md`` in Swedish) and shown with ``QTextBrowser.setMarkdown``.
One guide window per parent: pressing F1 again brings it to the front.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from amp_desktop import APP_NAME
from amp_desktop.core.i18n import language
from amp_desktop.resources import resource_path
from amp_desktop.ui.window_size import resize_for_font


def guide_path(lang: str | None = None) -> Path:
    """The user guide for *lang* (default: the language in use), English as fallback."""
    lang = lang or language()
    localised = resource_path("help", f"user-guide.{lang}.md")
    return (
        localised
        if lang != "en" and localised.is_file()
        else resource_path("help", "user-guide.md")
    )


class UserGuideWindow(QWidget):
    """The user guide with a find box (Ctrl+F, Enter for the next match)."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("%1 user guide").replace("%1", APP_NAME))
        resize_for_font(self, 720, 760)
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.path = guide_path(lang)
        self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self.find_box = QLineEdit()
        self.find_box.setObjectName("userGuideFind")
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textEdited.connect(self._find_from_top)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_box)
        row = QHBoxLayout()
        row.addWidget(find_label)
        row.addWidget(self.find_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_find)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setTabOrder(self.find_box, self.browser)

    def _focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def _find_from_top(self, text: str) -> None:
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if text:
            self.browser.find(text)

    def find_next(self) -> bool:
        """Select the next match of the find box's text, wrapping at the end."""
        text = self.find_box.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        self._find_from_top("")
        return self.browser.find(text, QTextDocument.FindFlag(0))


def show_user_guide(parent: QWidget | None, show: bool = True) -> UserGuideWindow:
    """Show the user guide (reusing an open guide window of *parent*)."""
    window = parent.findChild(UserGuideWindow, "userGuide") if parent is not None else None
    if window is None or window.path != guide_path():
        if window is not None:
            window.deleteLater()
        window = UserGuideWindow(parent)
    if show:
        window.show()
        window.raise_()
        window.activateWindow()
    return window
