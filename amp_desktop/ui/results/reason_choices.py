"""The import wizard's exit reasons to map: one drop-down per wording AMP did not
recognise in a participant list, choosing one of AMP's categories.

The choices go into the reading again (``analyse(..., reasons=...)``) and, once the
import is applied, are kept in the catalogue for the next list.  A wording stays
listed once the user has chosen its category, so the choice can be changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from amp_desktop.core.i18n import translate
from amp_desktop.core.results.categories import REASON_KEYS, reason_label
from amp_desktop.ui.excel.choice_delegate import CHOICES_ROLE
from amp_desktop.ui.excel.preview_models import TableModel

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole


class ExitReasonModel(TableModel):
    """Exit-reason wordings to map: the wording, its rows, the category chosen."""

    COL_WORDING, COL_ROWS, COL_CATEGORY = range(3)
    reasons_changed = Signal(dict)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._counts: dict[str, int] = {}
        self._chosen: dict[str, str] = {}

    def _titles(self) -> list[str]:
        return [
            translate("ImportDialog", "Exit reason in the list"),
            translate("ImportDialog", "Rows"),
            translate("ImportDialog", "Category"),
        ]

    def choices(self) -> list[tuple[str, str]]:
        return [("", translate("ImportDialog", "(choose a category)"))] + [
            (key, reason_label(key)) for key in REASON_KEYS
        ]

    def load(self, unmapped: dict[str, int]) -> None:
        """Show the wordings of *unmapped* (wording → rows) and those already chosen."""
        self._counts.update(unmapped)
        # The rows shown keep their places (a wording just chosen does not jump to the
        # top under the pointer); wordings new to this reading follow, in order.
        rows = [w for w in self._rows if w in self._chosen or w in unmapped]
        rows += [wording for wording in sorted(unmapped) if wording not in rows]
        if rows == self._rows:
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def reasons(self) -> dict[str, str]:
        """Wording → the category key chosen for it."""
        return dict(self._chosen)

    def set_reasons(self, chosen: dict[str, str]) -> None:
        """Show *chosen* as the choices (when a re-reading was cancelled or failed)."""
        self._chosen = dict(chosen)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, 2), self.index(last, 2))

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        wording = self._rows[index.row()]
        column = index.column()
        if column == self.COL_WORDING:
            return wording if role == _DISPLAY else None
        if column == self.COL_ROWS:
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return str(self._counts.get(wording, 0)) if role == _DISPLAY else None
        chosen = self._chosen.get(wording, "")
        if role == _EDIT:
            return chosen
        if role == CHOICES_ROLE:
            return self.choices()
        if role == _DISPLAY:
            return dict(self.choices())[chosen]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_CATEGORY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != self.COL_CATEGORY or role != _EDIT:
            return False
        if value not in dict(self.choices()):
            return False
        wording = self._rows[index.row()]
        if value == self._chosen.get(wording, ""):
            return True
        if value:
            self._chosen[wording] = str(value)
        else:
            self._chosen.pop(wording, None)
        self.dataChanged.emit(index, index)
        self.reasons_changed.emit(self.reasons())
        return True
