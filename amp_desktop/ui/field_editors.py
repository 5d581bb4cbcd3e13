"""The editor's field widgets: one per kind of field (text, multi-line, choice, dates…),
each saying when it is finished so the editor saves it then, not on each keystroke."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from amp_desktop.core.domain import FIELD_BY_NAME, enum_label

SOURCES = "referral_sources"
MULTILINE = frozenset({"description", "notes"})


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished."""

    editingFinished = Signal()  # noqa: N815 - named like QLineEdit's signal

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802
        self.setPlainText(text)


def make_field_editor(name: str, commit: Callable[[str], None]) -> QWidget:
    """The widget that edits field *name*; *commit(name)* is called when it is finished."""
    if name in MULTILINE:
        text_field = PlainTextField()
        text_field.editingFinished.connect(lambda n=name: commit(n))
        return text_field
    kind = "sources" if name == SOURCES else FIELD_BY_NAME[name].kind
    if kind == "enum":
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        if name == "skr_category":
            combo.addItem(QCoreApplication.translate("ProgrammeEditor", "(none)"), "")
        for choice in FIELD_BY_NAME[name].choices:
            combo.addItem(enum_label(choice), choice)
        combo.activated.connect(lambda _i, n=name: commit(n))
        return combo
    line = QLineEdit()
    placeholders = {
        "date": QCoreApplication.translate("ProgrammeEditor", "YYYY-MM-DD"),
        "months": QCoreApplication.translate(
            "ProgrammeEditor", "All year, or months such as 6,7,8"
        ),
        "money": QCoreApplication.translate("ProgrammeEditor", "e.g. 1 200 000"),
        "share": QCoreApplication.translate("ProgrammeEditor", "e.g. 48 %"),
        "sources": QCoreApplication.translate(
            "ProgrammeEditor", "Main sources, fallbacks in brackets: AF (SKE)"
        ),
    }
    line.setPlaceholderText(placeholders.get(kind, ""))
    if name == "unit":
        line.setCompleter(QCompleter([], line))
    line.editingFinished.connect(lambda n=name: commit(n))
    return line
