"""Small parts of the Results tab: the page shown before any results are imported,
the row of period and filters, the "Use measured stay" button, how the tables look,
and the area that scrolls when the window is too short."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
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


class ResultsBar(QWidget):
    """The period, the filters and "Use measured stay" in one row; the filters on a
    row of their own when the window is too narrow for all of them (squeezed, each
    drop-down would cut its choice short)."""

    def __init__(self, period: QWidget, filters: QWidget, button: QWidget):
        super().__init__()
        self.filters = filters
        self._parts = (period, filters, button)
        self.first_row = QHBoxLayout()
        self.first_row.addWidget(period)
        self.first_row.addWidget(filters)
        self.first_row.addStretch(1)
        self.first_row.addWidget(button)
        self.second_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.first_row)
        layout.addLayout(self.second_row)

    def one_row_width(self) -> int:
        """The width all parts need side by side."""
        spacing = max(self.first_row.spacing(), 0)
        return sum(part.sizeHint().width() for part in self._parts) + 3 * spacing

    def filters_below(self) -> bool:
        return self.second_row.indexOf(self.filters) >= 0

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_filters()

    def place_filters(self) -> None:
        """Put the filters on the first row if it has room for them, else below."""
        below = self.width() < self.one_row_width()
        if below == self.filters_below():
            return
        if below:
            self.first_row.removeWidget(self.filters)
            self.second_row.insertWidget(0, self.filters)
            if self.second_row.count() == 1:
                self.second_row.addStretch(1)
        else:
            self.second_row.removeWidget(self.filters)
            self.first_row.insertWidget(1, self.filters)


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


def totals_page(totals: QTableView) -> QWidget:
    """The Totals tab: the totals table, and under it what the figures mean."""
    page = QWidget()
    definitions = QLabel(
        QCoreApplication.translate(
            "ResultsView",
            "Share to work or studies: exits to work, subsidised work or studies ÷ all "
            "exits (Kolada U40455); a municipal labour-market job is not work. "
            "Participants: enrolments running when the period starts + starts in it. "
            "Figures are exact: the window is for the unit's own use.",
        )
    )
    definitions.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(totals, 1)
    layout.addWidget(definitions)
    return page


class ScrollingContent(QWidget):
    """The summary over the programmes and the charts, no shorter than their least."""

    def __init__(self, summary: QLabel, splitter: QSplitter):
        super().__init__()
        self._summary, self._splitter = summary, splitter

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # The least it needs (not the layout's preferred height): the scroll area
        # makes it this tall at least, and scrolls only when the window is shorter.
        spacing = max(self.layout().spacing(), 0) if self.layout() else 0
        return (
            self._summary.heightForWidth(width)
            + spacing
            + self._splitter.minimumSizeHint().height()
        )


def scrolling(content: QWidget) -> QScrollArea:
    """*content* in a frameless area that scrolls up and down once the window is
    shorter than the summary, a few programmes and a whole chart need (at 720 × 480
    the chart lost its programmes' names and the last reasons of its legend, unseen)."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra stop for Tab: its parts take it
    return area
