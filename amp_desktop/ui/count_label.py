"""The catalogue's "893 of 1,000 programmes" beside the filter bar.

:class:`CountLabel` keeps one size while the user types a search: the size of the
longest text its total can show.  A label that grew and shrank with its text would
move the search box on every keystroke, and each change of its size hint lays out
every widget up to the tab widget, which then repaints the whole window (8 ms a
keystroke at 1,000 programmes, a third of the keystroke's time).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

# The digits a count may be written with; the label is as wide as the widest.
_DIGITS = "0123456789"


def count_text(shown: int, total: int) -> str:
    """What the label says: every programme, or how many of them the filters show."""
    if shown != total:
        return _some(shown, total)
    if total == 1:
        return QCoreApplication.translate("CatalogueTab", "1 programme")
    return _every(total)


def _some(shown: int | str, total: int | str) -> str:
    return QCoreApplication.translate("CatalogueTab", "{shown} of {total} programmes").format(
        shown=shown, total=total
    )


def _every(total: int | str) -> str:
    return QCoreApplication.translate("CatalogueTab", "{total} programmes").format(total=total)


class CountLabel(QLabel):
    """Shows :func:`count_text`, sized for the longest text of its total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = (0, 0)  # (shown, total) said
        self._fitted: int | None = None  # the total it is sized for (None: size again)

    def show_count(self, shown: int, total: int) -> None:
        """Say that *shown* of *total* programmes are in the table."""
        self._count = (shown, total)
        if total != self._fitted:
            self._fitted = total
            self._fit(total)
        self.setText(count_text(shown, total))

    def _fit(self, total: int) -> None:
        """Take the size of the longest text *total* can be shown with."""
        metrics = self.fontMetrics()
        digits = max(_DIGITS, key=metrics.horizontalAdvance) * len(str(total))
        widest = max(
            (_some(digits, digits), _every(digits), count_text(1, 1)),
            key=metrics.horizontalAdvance,
        )
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(widest) + margins.left() + margins.right()
        self.setFixedSize(QSize(width + 2 * self.margin() + 2, self.sizeHint().height()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Another language, font or style: sized and said again."""
        super().changeEvent(event)
        if event.type() in _RESIZING_CHANGES and self._fitted is not None:
            self._fitted = None
            self.show_count(*self._count)


_RESIZING_CHANGES = frozenset(
    {QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange}
)
