"""Every question and message box goes through here, so tests can answer them.

Tests replace :data:`answerer` (see ``tests/conftest.py``) to reply without a
blocking ``exec()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

# The Qt classes are imported where a box is shown: PySide6 makes a class's Python
# enums the first time the class is used (QMessageBox, QFileDialog: about 2 ms of
# start-up), and a window that opens on a file shows no box.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

Answerer = Callable[..., object]
#: When set, called instead of showing a dialog: ``answerer(kind, **details)``.
answerer: Answerer | None = None


def _answer(kind: str, **details: object) -> object | None:
    if answerer is None:
        return None
    return answerer(kind, **details)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """The wait cursor while the block runs (reading a workbook, writing a PDF…),
    so a second or two of work does not look like a hung window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def message_box(icon: str, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box with *icon* (``"Question"``, ``"Information"``, ``"Critical"``)
    whose text is shown as written: a message names what the user typed (a scenario
    called "<b>x</b>", a file "a<b>.xlsx"), which Qt would otherwise take for markup."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "") -> bool:
    """Ask a yes/no question; True for yes."""
    if answerer is not None:
        return bool(_answer("confirm", title=title, text=text))
    from PySide6.QtWidgets import QMessageBox

    box = message_box("Question", parent, title, text)
    ok = (
        box.addButton(yes or QMessageBox.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        if yes
        else box.addButton(QMessageBox.StandardButton.Ok)
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
    """Offer buttons *options*; returns the index chosen, -1 for Cancel/Escape."""
    if answerer is not None:
        result = _answer("choose", title=title, text=text, options=options)
        return int(result) if isinstance(result, int) else -1
    from PySide6.QtWidgets import QMessageBox

    box = message_box("Question", parent, title, text)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def inform(parent: QWidget | None, title: str, text: str) -> None:
    if answerer is not None:
        _answer("inform", title=title, text=text)
        return
    message_box("Information", parent, title, text).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    if answerer is not None:
        _answer("error", title=title, text=text)
        return
    message_box("Critical", parent, title, text).exec()


def open_file(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    """A file to open, or "" when cancelled."""
    if answerer is not None:
        return str(_answer("open_file", title=title, filters=filters) or "")
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path


def save_file(parent: QWidget | None, title: str, directory: str, filters: str) -> str:
    """A file to save to, or "" when cancelled."""
    if answerer is not None:
        return str(_answer("save_file", title=title, filters=filters) or "")
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(parent, title, directory, filters)
    return path


def run_modal(dialog: QDialog) -> int:
    """Run *dialog* modally; under tests it is handed to the answerer instead."""
    if answerer is not None:
        result = _answer("modal", dialog=dialog)
        return int(result) if isinstance(result, int) else 0
    return dialog.exec()
