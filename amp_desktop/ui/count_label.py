"""The catalogue's "893 of 1,000 programmes" under the table.

:class:`CountLabel` keeps one size while the user types a search: the size of the
longest text its total can show.  A label whose size hint changed with its text
would lay out every widget up to the tab widget on each keystroke, and the tab
widget then repaints the whole window (8 ms a keystroke at 1,000 programmes, a
third of the keystroke's time).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

from amp_desktop.core.formatting import format_number


def count_text(shown: int, total: int) -> str:
    """What the label says: every programme, or how many of them the filters show."""
    if shown != total:
        return _some(format_number(shown), format_number(total))
    if total == 1:
        return QCoreApplication.translate("CatalogueTab", "1 programme")
    return _every(format_number(total))


def _some(shown: str, total: str) -> str:
    return QCoreApplication.translate("CatalogueTab", "{shown} of {total} programmes").format(
        shown=shown, total=total
    )


def _every(total: str) -> str:
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
        """Take the size of the longest text *total* can be shown with: each number of
        as many digits as *total*, written with each digit (proportional digits)."""
        metrics = self.fontMetrics()
        numbers = [format_number(int(digit * len(str(total)))) for digit in "123456789"]
        texts = [text for n in numbers for text in (_some(n, n), _every(n))]
        width = max(map(metrics.horizontalAdvance, [*texts, count_text(1, 1)]))
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        # One pixel more than the text's advance, which is rounded to whole pixels.
        self.setFixedSize(
            QSize(
                width + 1 + margins.left() + margins.right() + extra,
                metrics.height() + margins.top() + margins.bottom() + extra,
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Another language, font or style: sized and said again."""
        super().changeEvent(event)
        if event.type() in _RESIZING_CHANGES and self._fitted is not None:
            self._fitted = None
            self.show_count(*self._count)


_RESIZING_CHANGES = frozenset(
    {QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange}
)
