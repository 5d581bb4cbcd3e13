"""A bar of fields in one row, wrapped onto more rows when the window is too narrow.

Squeezed below their least widths, drop-downs cut their choice short and a check box
its text (at 16 pt in an 800-pixel window the catalogue's filters ran off the edge);
so the fields that do not fit in a row at their least widths go on to the next row,
in order.  The first field may stretch to fill its row (a search).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def rows_for(widths: Sequence[int], room: int, spacing: int) -> list[int]:
    """How many of the fields of *widths* go on each row of *room* pixels, in order
    (at least one a row: a field wider than the room has a row of its own)."""
    rows: list[int] = []
    used = -1
    for width in widths:
        if rows and used + spacing + width <= room:
            rows[-1] += 1
            used += spacing + width
        else:
            rows.append(1)
            used = width
    return rows


def _least(field: QWidget) -> int:
    """The least width *field* shows itself whole in (a drop-down: its first choice;
    the row gives each field more, up to its preferred width, when it has room)."""
    # (as a layout takes it: a minimum set on the field wins over its hint)
    return field.minimumWidth() or field.minimumSizeHint().width()


class WrappingBar(QWidget):
    """*fields* side by side, as many rows as the width needs; the first stretches
    when *stretch_first*, the last is pushed to the right edge of the row it shares
    with others when *last_right* (a legend; alone on a row it starts at the left, as
    the rows above do), else every row is packed to the left."""

    def __init__(
        self,
        fields: Sequence[QWidget] = (),
        stretch_first: bool = False,
        parent: QWidget | None = None,
        *,
        last_right: bool = False,
    ):
        super().__init__(parent)
        self._stretch_first = stretch_first
        self._last_right = last_right
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._shape: list[int] = []
        self.set_fields(fields)

    def set_fields(self, fields: Sequence[QWidget]) -> None:
        """Show *fields* (in one row until the bar is laid out)."""
        self.fields = list(fields)
        self._place([len(self.fields)] if self.fields else [])

    def rows(self) -> list[list[QWidget]]:
        """The fields of each row, as placed now."""
        out, at = [], 0
        for count in self._shape:
            out.append(self.fields[at : at + count])
            at += count
        return out

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as every field side by side (the room it would like), as high as
        its rows are now (a layout gives it the width it has, and it wraps)."""
        wide = sum(max(field.sizeHint().width(), _least(field)) for field in self.fields)
        wide += self._gap() * max(len(self.fields) - 1, 0)
        return QSize(wide, super().sizeHint().height())

    def _gap(self) -> int:
        """The room between two fields of a row: the style's spacing of the bar's
        rows (6 where the style leaves it to each pair of widgets), set on every row
        so that the arithmetic of :func:`rows_for` is the layout's.  (Not asked of
        QStyle: its class and enums cost start-up.)"""
        spacing = self._layout.spacing()
        return spacing if spacing >= 0 else 6

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as its widest field (each on a row of its own)."""
        narrow = max((_least(field) for field in self.fields), default=0)
        return QSize(narrow, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.rewrap()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.rewrap()  # (a field's size changed: new choices, another font)
        return super().event(event)

    def rewrap(self) -> None:
        """Place the fields in as many rows as the bar's width needs (nothing done
        when they are placed so already: a keystroke or a repaint costs nothing)."""
        widths = [_least(field) for field in self.fields]
        shape = rows_for(widths, self.width(), self._gap())
        if shape != self._shape:
            self._place(shape)

    def _place(self, shape: list[int]) -> None:
        while (item := self._layout.takeAt(0)) is not None:
            row = item.layout()
            if row is not None:
                while row.takeAt(0) is not None:
                    pass
                row.deleteLater()
        at = 0
        shown = self.fields  # (every field is shown: a hidden one would keep its room)
        for number, count in enumerate(shape):
            row = QHBoxLayout()
            row.setSpacing(self._gap())
            placed = shown[at : at + count]
            pushed = self._last_right and placed[-1] is shown[-1] and len(placed) > 1
            for field in placed:
                if pushed and field is placed[-1]:
                    row.addStretch(1)
                stretch = 1 if self._stretch_first and field is shown[0] else 0
                row.addWidget(field, stretch)
            if not pushed and not (number == 0 and self._stretch_first):
                row.addStretch(1)
            self._layout.addLayout(row)
            at += count
        self._shape = shape
