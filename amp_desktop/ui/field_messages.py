"""The messages under the editor's fields: made when first shown, in the error colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

ERROR_COLOUR = "#b3261e"


class FieldMessages:
    """The message label under each field of *owner*'s form, by field name.

    A label is made when a message is first shown for its field (twenty hidden
    labels are start-up time), in the field's column as :meth:`add_column` gave
    it; the red of the messages (a palette, not a style sheet, which would slow
    every widget's start-up) is made with the first message.
    """

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._labels: dict[str, QLabel] = {}
        self._columns: dict[str, QVBoxLayout] = {}
        self._palette: QPalette | None = None

    def add_column(self, name: str, column: QVBoxLayout) -> None:
        """Where field *name*'s message goes when one is shown (below its editor)."""
        self._columns[name] = column

    def text(self, name: str) -> str:
        """The message shown under field *name* ("" when none)."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def show(self, name: str, text: str) -> None:
        """Show *text* under field *name* ("" hides its message)."""
        label = self._labels.get(name)
        if label is None and text:
            label = self._labels[name] = QLabel()
            label.setObjectName(f"message_{name}")
            label.setWordWrap(True)
            self._columns[name].addWidget(label)
            if self._palette is not None:
                label.setPalette(self._palette)
        if text and self._palette is None:
            self._make_red()
        if label is not None:
            label.setText(text)
            label.setVisible(bool(text))

    def _make_red(self) -> None:
        """Colour the messages; done when the first is shown, so that start-up does
        not pay for QPalette and QColor."""
        from PySide6.QtGui import QColor, QPalette

        palette = QPalette(self._owner.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOUR))
        self._palette = palette
        for label in self._labels.values():
            label.setPalette(palette)
