"""The item-data roles of AMP's Qt models, one set for every model and view."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole
#: A value that sorts fast: numbers as floats (empty first), text as folded strings.
SORT_ROLE = _USER + 1
#: The unformatted value of the cell (a number, a status key, …).
VALUE_ROLE = _USER + 2
#: The id of the row's programme (int).
ID_ROLE = _USER + 3
#: A plan row's status key (``"short"`` …).
STATUS_ROLE = _USER + 4
#: The row's :class:`~amp_desktop.core.domain.Programme` itself.
PROGRAMME_ROLE = _USER + 5

#: Right-aligned and vertically centred: how numbers sit in a cell.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
