"""A window's first size, grown with the font: the sizes AMP's dialogs open at were
chosen for its usual 10-point text, and at a large font (16 pt, for someone who
needs it) the same pixels showed the yearly figures' table two rows high with its
notes cut off.  So a size is scaled by how much taller a line of the window's text
is than one of 10-point text, and kept within the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

#: The point size the dialogs' sizes were chosen at.
DESIGN_POINTS = 10
#: Pixels kept free of a window's size for its frame (three times that for its
#: title bar too).
FRAME = 16


def fitted_size(widget: QWidget, width: int, height: int) -> QSize:
    """*width* × *height* (pixels at 10-point text) at *widget*'s font (never smaller
    for a smaller font), within the available part of its screen with room for the
    window's frame."""
    design = QFont(widget.font())
    design.setPointSize(DESIGN_POINTS)
    scale = max(1.0, widget.fontMetrics().height() / max(QFontMetrics(design).height(), 1))
    size = QSize(round(width * scale), round(height * scale))
    screen = widget.screen()
    if screen is not None:
        # (room for the window's frame and title bar, which come on top of the size)
        room = screen.availableGeometry().size() - QSize(FRAME, FRAME * 3)
        size = size.boundedTo(room)
    return size


def resize_for_font(widget: QWidget, width: int, height: int) -> None:
    """Give *widget* its first size, :func:`fitted_size`."""
    widget.resize(fitted_size(widget, width, height))
