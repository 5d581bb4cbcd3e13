"""Keeps a search keystroke in the Catalogue tab from laying out and repainting more
of the window than it changed.

Qt shows the search field's clear button when the first letter is typed and hides it
when the field is emptied, and each time invalidates the geometry of the field's
parent, whatever the field's size: every widget up to the window lays out again, one
level per pass of the event loop, and the tab widget then repaints the whole window
(the editor, the lists, the tab bar: ≈ 5 ms, twice per new search over 1,000
programmes).  :func:`hold` puts the field in a widget without a layout, so the
request ends there; the holder asks its own parent to lay out only when the field's
minimum or height did change (another font or style).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit, QWidget


def hold(field: QLineEdit) -> QWidget:
    """A widget without a layout holding *field*, filling it (its owner hands the
    holder's events to :func:`held`).

    The holder is as large as the field's minimum and as high as the field wants to
    be; it takes the room the bar leaves over (as the field did).  The field's
    preferred width grows and shrinks by its clear button's width as the button
    comes and goes: that lays out nothing.  A change of its minimum or height
    (another font or style) lays out the bar as before.  (A plain widget, not a
    Python subclass: making one costs start-up ~0.6 ms.)
    """
    holder = QWidget()
    holder.setObjectName("search_holder")
    field.setParent(holder)
    # (Its size policy is left as it is: its stretch in the bar gives it the room left
    # over, its height is fixed below; asking for the field's would make PySide make
    # QSizePolicy's enums, which start-up does without.)
    holder.setFocusProxy(field)
    _fit(holder, field)
    return holder


def held(holder: QWidget, field: QLineEdit, event: QEvent) -> None:
    """*holder*'s *event*: resized, the field fills it; asked to lay out (the field's
    geometry changed), it takes the field's new minimum and height, if they changed."""
    kind = event.type()
    if kind == QEvent.Type.Resize:
        field.setGeometry(holder.rect())
    elif kind == QEvent.Type.LayoutRequest:
        _fit(holder, field)


def _fit(holder: QWidget, field: QLineEdit) -> None:
    # (the field's own minimum size counts too, as in a layout; unchanged sizes lay
    # out nothing)
    minimum = field.minimumSizeHint().expandedTo(field.minimumSize())
    height = field.sizeHint().height()
    holder.setMinimumSize(minimum.width(), height)
    holder.setMaximumHeight(height)
