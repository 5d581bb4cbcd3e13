"""Helpers for the import wizard's tests: read a model's texts, pick in a drop-down cell."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QComboBox


def texts(model: Any, column: int = 0) -> list[Any]:
    """The display texts of *column*, top-level rows."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(view: QAbstractItemView, row: int, column: int, value: str) -> QComboBox:
    """Pick *value* in a drop-down cell as a user does: through the delegate's editor."""
    index = view.model().index(row, column)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())
    return combo
