"""A delegate that paints a cell as a drop-down and edits it with a combo box.

The model gives the cell's choices as ``(value, label)`` pairs under
:data:`CHOICES_ROLE`, its current value under ``EditRole`` and its label under
``DisplayRole``; the delegate commits a choice as soon as it is picked.  The
view holds no widgets of its own: the combo box exists only while a cell is
edited, so the models stay plain models (and ``qtmodeltester`` can check them).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QWidget,
)

#: ``[(value, label), …]`` for a cell edited with a drop-down; absent elsewhere.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 40

_Index = QModelIndex | QPersistentModelIndex
#: The keys with which a view starts editing its current cell (EditKeyPressed).
_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter) if sys.platform == "darwin" else (Qt.Key.Key_F2,)


def choices(index: _Index) -> list[tuple[str, str]]:
    """The choices the model offers for *index* (empty for a plain cell)."""
    found = index.data(CHOICES_ROLE)
    return list(found) if found else []


class ChoiceDelegate(QStyledItemDelegate):
    """Draws choice cells as drop-downs; a click (or F2) opens the list at once."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._popup = False

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if not choices(index):
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        box = QStyleOptionComboBox()
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.state = option.state | QStyle.StateFlag.State_Enabled
        box.palette = option.palette
        box.fontMetrics = option.fontMetrics
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.editable = False
        box.frame = True
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        labels = [label for _value, label in choices(index)]
        if not labels:
            return hint
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        metrics = option.fontMetrics
        box = QStyleOptionComboBox()
        box.fontMetrics = metrics
        # As wide as the longest choice, so no choice is cut when it is picked.
        text = QSize(max(metrics.horizontalAdvance(label) for label in labels), metrics.height())
        size = style.sizeFromContents(QStyle.ContentsType.CT_ComboBox, box, text, widget)
        return hint.expandedTo(size + QSize(4, 4))

    # -- editing -------------------------------------------------------------------------
    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        choice_cell = bool(choices(index)) and bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        if event.type() == QEvent.Type.MouseButtonRelease and choice_cell:
            self._popup = True  # createEditor, called from edit(), opens the list
            self._view.edit(QModelIndex(index))
            self._popup = False
            return True
        if event.type() == QEvent.Type.KeyPress and choice_cell:
            # The view opens the editor right after (F2, the edit key): with the list
            # shown, as for a click — on a closed combo each arrow key is a choice made
            # (Qt emits activated), so the first Down picked the first category, closed
            # the cell and read the workbook again before the one meant was reached.
            self._popup = event.key() in _EDIT_KEYS  # type: ignore[attr-defined]
        return super().editorEvent(event, model, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        if not choices(index):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in choices(index):
            combo.addItem(label, value)
        combo.activated.connect(lambda _row, c=combo: self._picked(c))
        # Opened by a click or the edit key: show the list right away, as a real
        # drop-down does.
        combo.setProperty("amp_popup", self._popup)
        self._popup = False
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(found, 0))
        if editor.property("amp_popup"):
            editor.setProperty("amp_popup", False)
            editor.showPopup()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        editor.setGeometry(option.rect)

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)
