"""The filter bar's lists: one combo box per filter, its first entry "All …"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox


def filter_combo(everything: str, key: str, chosen: Callable[[str], object]) -> QComboBox:
    """A list whose first entry *everything* means no filter; *chosen* gets the data of
    the entry picked ("" for the first)."""
    combo = QComboBox()
    combo.setObjectName(f"filter_{key}")
    combo.addItem(everything, "")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    # As wide as its longest entry where there is room; in a narrow window it gives
    # way before the search box does, down to the width its first entry needs.
    combo.setMinimumWidth(combo.minimumSizeHint().width())
    combo.currentIndexChanged.connect(lambda _i: chosen(combo.currentData() or ""))
    return combo


def set_choices(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Offer *items* (text, data) after the first entry, keeping the one chosen while it
    is offered; back to the first entry, announced, when it is not."""
    current = combo.currentData()
    wanted = [(combo.itemText(0), "")] + items
    existing = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    if existing == wanted:
        return
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)
    if index < 0 and current:
        combo.currentIndexChanged.emit(0)
