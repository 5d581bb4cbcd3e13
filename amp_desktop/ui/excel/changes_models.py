"""Qt models for the import wizard's second page: the changes, conflicts, new sources.

:class:`ChangesModel` is a tree.  Top level: Added, Changed, Missing from the
workbook, Referrals; under Changed each programme with its fields (now in AMP →
from the workbook); under Referrals each programme with its changed cells
(month · source · kind).  :class:`ConflictsModel` lets the user keep AMP's value
or take the workbook's, field by field; :class:`NewSourcesModel` ticks the new
referral sources to create.  Both keep the user's choices across a re-analysis.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from amp_desktop.core.excel import vocabulary as vocab
from amp_desktop.core.excel.mandate_sheets_json import change_lines
from amp_desktop.core.excel.preview import KEEP_AMP, TAKE_WORKBOOK, Conflict, ImportPreview
from amp_desktop.core.excel.read import cell_text
from amp_desktop.core.excel.vocabulary import field_label
from amp_desktop.core.formatting import format_number
from amp_desktop.core.parse import known_source
from amp_desktop.core.tables.fields import logged_text
from amp_desktop.ui.excel.choice_delegate import CHOICES_ROLE
from amp_desktop.ui.excel.preview_models import TableModel

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_EDIT = Qt.ItemDataRole.EditRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_ROOT = -1


@dataclass
class _Node:
    parent: int  # node number, _ROOT for a group
    row: int  # among its parent's children
    texts: tuple[str, str, str]
    children: list[int] = field(default_factory=list)


class ChangesModel(QAbstractItemModel):
    """What an import would change, grouped; read-only."""

    COL_WHAT, COL_AMP, COL_WORKBOOK = range(3)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self.changed_programmes = 0

    # -- loading -------------------------------------------------------------------------
    def load(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        if preview.added:
            group = self._add(
                _ROOT, translate("ImportDialog", "Added ({n})").format(n=len(preview.added))
            )
            for programme in preview.added:
                self._add(group, programme.name, "", translate("ImportDialog", "new"))
        changed: dict[str, list[dict[str, Any]]] = {}
        for change in preview.field_changes():
            if not change["field"].startswith("demand:"):
                changed.setdefault(change["programme"], []).append(change)
        self.changed_programmes = len(changed)
        if changed:
            group = self._add(
                _ROOT, translate("ImportDialog", "Changed ({n})").format(n=len(changed))
            )
            for name, fields in changed.items():
                item = self._add(group, name)
                for change in fields:
                    name = change["field"]
                    self._add(
                        item,
                        field_label(name),
                        logged_text(name, change["old"]),
                        logged_text(name, change["new"]),
                    )
        if preview.removed:
            text = translate("ImportDialog", "Missing from the workbook ({n})").format(
                n=len(preview.removed)
            )
            group = self._add(_ROOT, text)
            for programme in preview.removed:
                self._add(group, programme.name)
        if preview.removed_agreements:
            text = translate("ImportDialog", "Agreements missing from the workbook ({n})").format(
                n=len(preview.removed_agreements)
            )
            group = self._add(_ROOT, text)
            for change in preview.removed_agreements:
                self._add(group, change.before.label())
        agreements, mandates = change_lines(preview)
        for lines, heading in (
            (agreements, translate("ImportDialog", "Agreements added or changed ({n})")),
            (mandates, translate("ImportDialog", "Mandates changed ({n})")),
        ):
            if not lines:
                continue
            names = list(dict.fromkeys(name for name, *_rest in lines))
            group = self._add(_ROOT, heading.format(n=len(names)))
            rows = {name: self._add(group, name) for name in names}
            for name, what, old, new in lines:
                self._add(rows[name], what, old, new)
        missing = preview.removed_demand if preview.kind == "referrals" else []
        for cells, one, many in (
            (
                preview.demand,
                translate("ImportDialog", "Referrals (1 cell)"),
                translate("ImportDialog", "Referrals ({n} cells)"),
            ),
            (
                missing,
                translate("ImportDialog", "Referrals not in the list (1 cell)"),
                translate("ImportDialog", "Referrals not in the list ({n} cells)"),
            ),
        ):
            if cells:
                heading = one if len(cells) == 1 else many.format(n=len(cells))
                self._add_demand(preview, cells, heading)
        if preview.results_summary:
            self._add_results(preview.results_summary)
        self.endResetModel()

    def _add_demand(self, preview: ImportPreview, cells: list[Any], heading: str) -> None:
        """A group of demand cells by programme: month, source and kind, before → after."""
        group = self._add(_ROOT, heading)
        by_programme: dict[int, int] = {}
        for change in cells:
            key = change.key
            if key.programme_id not in by_programme:
                name = preview.names.get(key.programme_id, str(key.programme_id))
                by_programme[key.programme_id] = self._add(group, name)
            what = f"{key.month} · {key.source or '–'} · {vocab.enum_text(key.kind)}"
            self._add(
                by_programme[key.programme_id],
                what,
                cell_text(change.before),
                cell_text(change.after),
            )

    def _add_results(self, summary: list[dict[str, Any]]) -> None:
        """A participant list: per programme, its counts now → from the list."""
        text = (
            translate("ImportDialog", "Results (1 programme)")
            if len(summary) == 1
            else translate("ImportDialog", "Results ({n} programmes)").format(
                n=format_number(len(summary))
            )
        )
        group = self._add(_ROOT, text)
        figures = (
            ("participants", translate("ImportDialog", "Participants")),
            ("starts", translate("ImportDialog", "Starts")),
            ("exits", translate("ImportDialog", "Exits")),
        )
        for row in summary:
            item = self._add(group, str(row["programme"]))
            for key, label in figures:
                before, after = row[key]
                self._add(item, label, format_number(before), format_number(after))

    def _add(self, parent: int, what: str, amp: str = "", workbook: str = "") -> int:
        siblings = self._top if parent == _ROOT else self._nodes[parent].children
        number = len(self._nodes)
        self._nodes.append(_Node(parent, len(siblings), (what, amp, workbook)))
        siblings.append(number)
        return number

    # -- the model -----------------------------------------------------------------------
    def _node(self, index: _Index) -> _Node | None:
        return self._nodes[index.internalId() - 1] if index.isValid() else None

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = self._node(parent)
        children = self._top if node is None else node.children
        # internalId 0 would read as "no node": numbers start at 1.
        return self.createIndex(row, column, children[row] + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent == _ROOT:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent + 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(self._top if node is None else node.children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        node = self._node(index)
        if node is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        text = node.texts[index.column()]
        return text if role == _DISPLAY or len(text) > 40 else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 3:
            return None
        titles = (
            translate("ImportDialog", "Programme / field"),
            translate("ImportDialog", "Now in AMP"),
            translate("ImportDialog", "From the workbook"),
        )
        return titles[section]


# -- conflicts ------------------------------------------------------------------------------
def _conflict_key(conflict: Conflict) -> tuple[object, ...]:
    return (conflict.programme_id, conflict.field, conflict.key)


class ConflictsModel(TableModel):
    """Fields changed both in AMP since the export and in the workbook: which to keep."""

    COL_PROGRAMME, COL_FIELD, COL_AMP, COL_WORKBOOK, COL_KEEP = range(5)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._kept: dict[tuple[object, ...], str] = {}

    def _titles(self) -> list[str]:
        return [
            translate("ImportDialog", "Programme"),
            translate("ImportDialog", "Field"),
            translate("ImportDialog", "AMP now"),
            translate("ImportDialog", "Workbook"),
            translate("ImportDialog", "Keep"),
        ]

    def _choices(self) -> list[tuple[str, str]]:
        return [
            (KEEP_AMP, translate("ImportDialog", "Keep AMP's")),
            (TAKE_WORKBOOK, translate("ImportDialog", "Take the workbook's")),
        ]

    def load(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def resolutions(self) -> dict[int, str]:
        """Conflict index (in the preview) → :data:`KEEP_AMP` or :data:`TAKE_WORKBOOK`."""
        return {n: self._kept.get(_conflict_key(c), KEEP_AMP) for n, c in enumerate(self._rows)}

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        conflict = self._rows[index.row()]
        column = index.column()
        if column == self.COL_KEEP:
            kept = self._kept.get(_conflict_key(conflict), KEEP_AMP)
            if role == _EDIT:
                return kept
            if role == CHOICES_ROLE:
                return self._choices()
            return dict(self._choices())[kept] if role == _DISPLAY else None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if column == self.COL_FIELD:
            return field_label(conflict.field)
        if column == self.COL_PROGRAMME:
            return conflict.programme
        value = conflict.amp if column == self.COL_AMP else conflict.workbook
        return logged_text(conflict.field, value)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_KEEP:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or index.column() != self.COL_KEEP or role != _EDIT:
            return False
        if value not in (KEEP_AMP, TAKE_WORKBOOK):
            return False
        self._kept[_conflict_key(self._rows[index.row()])] = str(value)
        self.dataChanged.emit(index, index)
        return True


# -- new referral sources -----------------------------------------------------------------
class NewSourcesModel(QAbstractListModel):
    """Referral sources the workbook names and AMP does not know: tick those to create."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[str] = []
        self._left_out: set[str] = set()

    def load(self, codes: list[str]) -> None:
        self.beginResetModel()
        self._rows = list(codes)
        self.endResetModel()

    def to_create(self) -> set[str]:
        return {code for code in self._rows if code not in self._left_out}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        code = self._rows[index.row()]
        if role == _DISPLAY:
            known = known_source(code)
            return f"{code} — {known.name}" if known and known.name != code else code
        if role == _EDIT:
            return code
        if role == _CHECK:
            return Qt.CheckState.Unchecked if code in self._left_out else Qt.CheckState.Checked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else flags

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if not index.isValid() or role != _CHECK:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        code = self._rows[index.row()]
        if state == Qt.CheckState.Checked.value:
            self._left_out.discard(code)
        else:
            self._left_out.add(code)
        self.dataChanged.emit(index, index, [_CHECK])
        return True
