"""Small parts of the Results tab: the page shown before any results are imported,
the "Use measured stay" button, and how the tables look."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class NoResultsPage(QWidget):
    """What results are and where they come from, with a button to import a list."""

    importRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.message = QLabel(
            self.tr(
                "<p><b>No results yet.</b></p><p>Import a participant list: "
                "File → Import from Excel…</p><p>A list from the case system (Treserva, "
                "Viva, Procapita, Lifecare or a sheet of your own) with one row per "
                "enrolment: programme, start and end date, exit reason, and often gender "
                "and need level. Only counts are kept — never a person.</p>"
            )
        )
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFixedWidth(560)  # a fixed width: the wrapped text gets its height
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.importRequested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # Centred by stretches, not by an alignment: an aligned label loses its
        # height-for-width and its last lines.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MeasuredStayButton(QPushButton):
    """ "Use measured stay" with its menu; :attr:`requested` (every programme shown?)."""

    requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Use measured stay"), parent)
        self.setToolTip(
            self.tr(
                "Set the average stay the plan uses to the mean stay at exit measured in "
                "the period (women, men and every need level together). Edit → Undo takes "
                "it back."
            )
        )
        menu = QMenu(self)
        self.selected_action = menu.addAction(
            self.tr("For the selected programme"), lambda: self.requested.emit(False)
        )
        self.all_action = menu.addAction(
            self.tr("For every programme shown"), lambda: self.requested.emit(True)
        )
        self.setMenu(menu)


def results_table(model: Any) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table
