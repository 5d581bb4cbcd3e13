"""Qt models for the import wizard's first page: columns, programme matching, notes.

Each model is loaded from an :class:`~amp_desktop.core.excel.preview.ImportPreview`
with ``load(...)`` and keeps what the user chose (a column's field, the programme
a name counts as) across a re-analysis, so choosing one thing never undoes
another.  Choice cells give their options under :data:`CHOICES_ROLE` for
:class:`~amp_desktop.ui.excel.choice_delegate.ChoiceDelegate`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from amp_desktop.core.domain import FIELDS
from amp_desktop.core.excel import vocabulary as vocab
from amp_desktop.core.excel.participants import HEADERS as PARTICIPANT_HEADERS
from amp_desktop.core.excel.participants import READ_FIELDS as PARTICIPANT_FIELDS
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.referrals import READ_FIELDS as REFERRAL_READ_FIELDS
from amp_desktop.core.i18n import language
from amp_desktop.ui.excel.choice_delegate import CHOICES_ROLE
from amp_desktop.ui.excel.preview_text import ignored_columns

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal
#: Fields whose values are AMP's own words, shown by their labels.
ENUM_FIELDS = frozenset({"type", "status", "skr_category"})
#: Fields a referral list can give, in the order offered (the count: how many
#: referrals a row stands for).
REFERRAL_FIELDS = REFERRAL_READ_FIELDS


def participant_header(field: str) -> str:
    """A participant list's column title for *field*, in the user's language."""
    english, swedish, _others = PARTICIPANT_HEADERS[field]
    return swedish if language() == "sv" else english


class TableModel(QAbstractTableModel):
    """A flat table: rows of the subclass's own records, fixed titled columns."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []

    def _titles(self) -> list[str]:
        """The column titles (each model names its own)."""
        return []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == _HORIZONTAL and role == _DISPLAY and 0 <= section < self.columnCount():
            return self._titles()[section]
        return None


# -- the columns ---------------------------------------------------------------------------
@dataclass
class MappedColumn:
    column: int  # 0-based
    letter: str
    header: str
    field: str  # "" = not read
    first: str  # the first row's value, as AMP read it


class MappingModel(TableModel):
    """One row per titled column of the sheet: its letter, header, AMP field, first value.

    Choosing a field emits :attr:`mapping_changed` with the whole mapping (column
    letter → field), for the dialog to analyse the workbook again.
    """

    COL_LETTER, COL_HEADER, COL_FIELD, COL_FIRST = range(4)
    mapping_changed = Signal(dict)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MappedColumn] = []
        self._choices: list[tuple[str, str]] = []
        self._ignored: dict[str, str] = {}  # column letter → why it was not read

    def _titles(self) -> list[str]:
        return [
            translate("ImportDialog", "Column"),
            translate("ImportDialog", "Header in the workbook"),
            translate("ImportDialog", "AMP field"),
            translate("ImportDialog", "First value"),
        ]

    def load(self, preview: ImportPreview) -> None:
        from openpyxl.utils import get_column_letter

        sample = preview.samples[0] if preview.samples else {}
        rows = [
            MappedColumn(
                col,
                get_column_letter(col + 1),
                header,
                preview.mapping.get(col, ""),
                _shown(preview.mapping.get(col, ""), sample),
            )
            for col, header in enumerate(preview.headers)
            if header or col in preview.mapping
        ]
        choices = self._field_choices(preview.kind)
        self._ignored = ignored_columns(preview)
        if [r.column for r in rows] == [r.column for r in self._rows] and choices == self._choices:
            # The same sheet read again: update in place, so an open editor stays valid.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))
            return
        self.beginResetModel()
        self._rows, self._choices = rows, choices
        self.endResetModel()

    def _field_choices(self, kind: str) -> list[tuple[str, str]]:
        choices = [("", translate("ImportDialog", "(not read)"))]
        if kind == "referrals":
            return choices + [(f, vocab.header(f)) for f in REFERRAL_FIELDS]
        if kind == "participants":
            # The personal columns too: read to tell persons apart, never stored.
            fields = (
                *PARTICIPANT_FIELDS,
                *(f for f in PARTICIPANT_HEADERS if f not in PARTICIPANT_FIELDS),
            )
            return choices + [(f, participant_header(f)) for f in fields]
        if kind == "export":
            choices.append(("id", vocab.header("id")))
        choices += [(spec.name, spec.label()) for spec in FIELDS]
        choices.append(("referral_sources", translate("ImportDialog", "Referral sources")))
        return choices

    def mapping(self) -> dict[str, str]:
        """The mapping the user has set, by column letter."""
        return {row.letter: row.field for row in self._rows}

    def row_of(self, header: str) -> int:
        """The row showing the column titled *header* (-1 if none)."""
        return next((n for n, row in enumerate(self._rows) if row.header == header), -1)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == self.COL_FIELD:
            if role == _EDIT:
                return row.field
            if role == CHOICES_ROLE:
                return self._choices
            if role == _DISPLAY:
                labels = dict(self._choices)
                return labels.get(row.field, row.field)
            return None
        ignored = self._ignored.get(row.letter, "") if column == self.COL_HEADER else ""
        if role == _DISPLAY:
            return (row.letter, row.header, "", row.first)[column]
        if role == _TOOLTIP:
            text = ignored or (row.letter, row.header, "", row.first)[column]
            return text if ignored or len(text) > 40 else None
        if role == Qt.ItemDataRole.DecorationRole and ignored:
            # Not read on purpose (an id column, personal data): the tooltip says why.
            return _icon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != self.COL_FIELD or role != _EDIT:
            return False
        if value not in dict(self._choices):
            return False
        for number, row in enumerate(self._rows):
            # One column per field: taking a field away from another column shows at once.
            if number != index.row() and value and row.field == value:
                row.field = ""
                changed = self.index(number, self.COL_FIELD)
                self.dataChanged.emit(changed, changed)
        self._rows[index.row()].field = str(value)
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit(self.mapping())
        return True


# -- programmes in a referral list --------------------------------------------------------
class ProgrammeMatchModel(TableModel):
    """Programme names in a referral list that AMP did not find, and what each counts as.

    A name stays listed once the user has matched it, so the choice can be changed.
    """

    COL_NAME, COL_TARGET = range(2)
    matching_changed = Signal(dict)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._targets: dict[str, str] = {}
        self._choices: list[tuple[str, str]] = []

    def _titles(self) -> list[str]:
        return [
            translate("ImportDialog", "Name in the list"),
            translate("ImportDialog", "Count as"),
        ]

    def load(self, unmatched: list[str], programme_names: list[str]) -> None:
        # The rows shown keep their places (a name just matched does not jump to the
        # top under the pointer); names new to this reading follow.
        rows = [name for name in self._rows if name in self._targets or name in unmatched]
        rows += [name for name in unmatched if name not in rows]
        choices = [("", translate("ImportDialog", "(leave out)"))] + [
            (name, name) for name in programme_names
        ]
        if rows == self._rows and choices == self._choices:
            return
        self.beginResetModel()
        self._rows, self._choices = rows, choices
        self.endResetModel()

    def programme_map(self) -> dict[str, str]:
        """Name in the list → the catalogue programme it counts as."""
        return dict(self._targets)

    def set_programme_map(self, targets: dict[str, str]) -> None:
        """Show *targets* as the matches (when a re-reading was cancelled or failed)."""
        self._targets = dict(targets)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        name = self._rows[index.row()]
        if index.column() == self.COL_NAME:
            return name if role == _DISPLAY else None
        target = self._targets.get(name, "")
        if role == _EDIT:
            return target
        if role == CHOICES_ROLE:
            return self._choices
        if role == _DISPLAY:
            return target or self._choices[0][1]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != self.COL_TARGET or role != _EDIT:
            return False
        if value not in dict(self._choices):
            return False
        name = self._rows[index.row()]
        if value:
            self._targets[name] = str(value)
        else:
            self._targets.pop(name, None)
        self.dataChanged.emit(index, index)
        self.matching_changed.emit(self.programme_map())
        return True


# -- problems and notes -------------------------------------------------------------------
class ProblemsModel(QAbstractListModel):
    """The notes (what AMP did on its own) and problems (cells it could not read)."""

    #: True for a problem, False for a note.
    BLOCKING_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[tuple[str, bool]] = []

    def load(self, notes: list[str], preview: ImportPreview) -> None:
        rows = [(note, False) for note in notes]
        for problem in preview.problems:
            prefix = (
                translate("ImportDialog", "Problem")
                if problem.blocking
                else translate("ImportDialog", "Note")
            )
            rows.append((f"{prefix} — {problem}", problem.blocking))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        text, blocking = self._rows[index.row()]
        if role in (_DISPLAY, _TOOLTIP):
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            return _icon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if blocking
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
        if role == self.BLOCKING_ROLE:
            return blocking
        return None


def _shown(field: str, sample: dict[str, str]) -> str:
    """A sample value as the user knows it ("Secondary", not "secondary")."""
    text = sample.get(field, "")
    return vocab.enum_text(text) if field in ENUM_FIELDS else text


def _icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(pixmap)
