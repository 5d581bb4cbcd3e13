"""The Yearly figures window: the survey's figures for a year beside Kolada's published
values, with the catalogue's municipality and population, and a Kolada fetch that runs
in the worker with progress and Cancel.

Figures come from :func:`amp_desktop.core.yearly.document.yearly_report` (what
``amp yearly`` prints); writes — the settings, the fetched values — go through the
session (:mod:`amp_desktop.ui.operations`), so they are one undo step each.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.kolada.changes import municipality_problem, settings_change
from amp_desktop.core.kolada.client import DEFAULT_URL
from amp_desktop.core.kolada.municipalities import municipality_name
from amp_desktop.core.kolada.vocabulary import same_title
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.store import ChangeSet
from amp_desktop.core.tables.yearly_table import yearly_rows
from amp_desktop.core.yearly.compare import SOURCE_NOTE
from amp_desktop.core.yearly.document import YearlyReport, yearly_report
from amp_desktop.core.yearly.figure import Figure
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.window_size import resize_for_font
from amp_desktop.ui.yearly.chart import ComparisonChart, YearsModel
from amp_desktop.ui.yearly.kolada_fetch import fetch_from_kolada
from amp_desktop.ui.yearly.model import YearlyModel, details_text
from amp_desktop.ui.yearly.survey_sheet import save_survey_sheet


class YearlyDialog(QDialog):
    """The figures of one year for the open catalogue (exact: the unit's own use)."""

    def __init__(self, session: CatalogueSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.report: YearlyReport | None = None
        self.setWindowTitle(self.tr("Yearly figures"))
        resize_for_font(self, 1100, 720)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year - 1)
        self.year.valueChanged.connect(self.refresh)
        self.municipality = QLineEdit()
        self.municipality.setPlaceholderText("1980")
        self.municipality.setMaxLength(4)
        self.municipality.setMaximumWidth(80)
        self.municipality_name = QLabel()  # the code's name: Västerås for 1980
        self.municipality.textChanged.connect(self._show_name)
        self.population = QSpinBox()
        self.population.setRange(0, 20_000_000)
        self.population.setSpecialValueText(self.tr("not set"))
        self.population.setGroupSeparatorShown(True)
        self.save_button = QPushButton(self.tr("&Save municipality and population"))
        self.save_button.clicked.connect(self.save_settings)
        self.settings = Settings()
        self.api_url = QLineEdit(self.settings.kolada_api_url or DEFAULT_URL)
        self.fetch_button = QPushButton(self.tr("&Fetch from Kolada"))
        self.fetch_button.setToolTip(
            self.tr(
                "Fetch the published values for the municipality, its similar "
                "municipalities, its county and the country (needs the internet)"
            )
        )
        self.fetch_button.clicked.connect(self.fetch_from_kolada)
        self.import_button = QPushButton(self.tr("&Import Kolada File…"))
        self.import_button.setToolTip(
            self.tr("Read a JSON answer or a CSV export saved from Kolada (no internet needed)")
        )
        self.import_button.clicked.connect(lambda: self.import_kolada_file())
        form = QFormLayout()
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        form.addRow(self._label(self.tr("&Year:"), self.year), year_row)
        place = QHBoxLayout()
        place.addWidget(self.municipality)
        place.addWidget(self.municipality_name)
        place.addSpacing(12)
        place.addWidget(self._label(self.tr("&Population:"), self.population))
        place.addWidget(self.population)
        place.addWidget(self.save_button)
        place.addStretch(1)
        form.addRow(self._label(self.tr("&Municipality (SCB code):"), self.municipality), place)
        kolada = QHBoxLayout()
        kolada.addWidget(self.api_url, 1)
        kolada.addWidget(self.fetch_button)
        kolada.addWidget(self.import_button)
        form.addRow(self._label(self.tr("&Kolada address:"), self.api_url), kolada)
        self.model = YearlyModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Figures of the year"))
        self.table.setTabKeyNavigation(False)  # (read-only) Tab moves on, not cell by cell
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()  # one line of text a row: more figures in view
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ComparisonChart()
        self.years_model = YearsModel(self)  # the chart's values as a table, over the years
        self.years_table = QTableView()
        self.years_table.setAccessibleName(self.tr("The figure selected over the years"))
        self.years_table.setTabKeyNavigation(False)
        self.years_table.setModel(self.years_model)
        self.years_table.verticalHeader().hide()
        self.years_table.verticalHeader().setDefaultSectionSize(rows.defaultSectionSize())
        self.years_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.over_years = QTabWidget()
        self.over_years.addTab(self.chart, self.tr("C&hart over the years"))
        self.over_years.addTab(self.years_table, self.tr("&Table over the years"))
        lower = QSplitter(Qt.Orientation.Horizontal)
        # (scrolled when the text is longer than the room: at a large font it was cut off)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidget(self.details)
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setAccessibleName(self.tr("About the figure selected"))
        lower.addWidget(self.details_scroll)
        # what the years lack, said under the chart and its table (never a silent gap)
        self.over_years_note = QLabel()
        self.over_years_note.setWordWrap(True)
        over_years = QWidget()
        column = QVBoxLayout(over_years)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.over_years, 1)
        column.addWidget(self.over_years_note)
        lower.addWidget(over_years)
        lower.setSizes([380, 620])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([440, 240])
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.sheet_button = QPushButton(self.tr("Save S&urvey Sheet…"))
        self.sheet_button.setToolTip(
            self.tr("The figures in the survey's order as an Excel sheet; small counts hidden")
        )
        self.sheet_button.clicked.connect(self.save_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes, 1)
        buttons.addWidget(self.sheet_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        #: A change came while the window was closed: its figures are read again when
        #: it is shown, not at every edit made in the main window meanwhile.
        self._stale = False
        self._task: tasks.Task[Any] | None = None  # the figures being worked out
        self._again = False  # asked for again meanwhile: run once the task has ended
        session.changed.connect(self._changed)
        session.reloaded.connect(self._reloaded)
        self.refresh()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- showing ---------------------------------------------------------------------------
    def _show_settings(self, settings: tuple[str | None, int | None] | None = None) -> None:
        """The municipality and population as the catalogue has them (cheap: also
        while the window is closed), or as *settings* read them."""
        catalogue = self.session.catalogue
        code, population = settings or (catalogue.municipality_code(), catalogue.population())
        self.municipality.setText(code or "")
        self.population.setValue(population or 0)

    def refresh(self) -> None:
        """Work the year's figures out again, in the worker: at a county's size that
        takes a good part of a second, and an open window does it at every edit made
        in the main window and every step of the year.  A request while a run is under
        way cancels it and runs once it has ended: the newest wins."""
        self._stale = False
        catalogue = self.session.catalogue
        read_only = catalogue.read_only
        self.save_button.setEnabled(not read_only)
        self.fetch_button.setEnabled(not read_only)
        self.import_button.setEnabled(not read_only)
        if self._task is not None:
            self._again = True
            self._task.cancel()
            return
        year = self.year.value()
        if self.report is None or self.report.year != year:
            self.notes.setText(self.tr("Working out the figures for {year}…").format(year=year))

        # Everything shown is read in the worker: a read here would wait for the
        # worker's query on the same connection (75 ms seen).
        def work(progress: Progress) -> tuple[YearlyReport, tuple[str | None, int | None]]:
            report = yearly_report(catalogue, year, progress=progress)
            return report, (catalogue.municipality_code(), catalogue.population())

        def ended() -> bool:
            """Let go of the run; True when a newer request is to run instead."""
            self._task = None
            again, self._again = self._again, False
            if again:
                self.refresh()
            return again

        def done(read: tuple[YearlyReport, tuple[str | None, int | None]]) -> None:
            if not ended():
                self._show_settings(read[1])
                self._show(read[0])

        def failed(error: BaseException) -> None:
            if ended() or isinstance(error, Cancelled):
                return
            if not self.isVisible():  # closed meanwhile: worked out, and said, when shown
                self._stale = True
                return
            self.notes.setText(str(error))
            dialogs.error(self, self.tr("Yearly figures"), str(error))

        # The task is the window's child: a window closed for good takes its run along.
        task = tasks.start(self, self.tr("Yearly figures"), work, done, failed)
        if not task.is_finished:  # (an inline executor has called back already)
            self._task = task

    def _show(self, report: YearlyReport) -> None:
        self.report = report
        self.model.set_rows(yearly_rows(report))
        notes = list(report.notes)
        notes.append(self.tr("* The Kolada id is not yet confirmed by Kolada's metadata."))
        notes.append(self.tr("Figures are exact: the window is for the unit's own use."))
        if report.has_kolada:
            notes.append(SOURCE_NOTE)
        self.notes.setText(" ".join(notes))
        if self.model.rowCount():
            self.table.selectRow(max(self.table.currentIndex().row(), 0))
        self._row_changed(self.table.currentIndex())

    def _changed(self, change: ChangeSet) -> None:
        if change.kolada or change.results or change.demand or change.programmes:
            self._reloaded()

    def _reloaded(self) -> None:
        if self.isVisible():
            self.refresh()
        else:  # closed (the menu keeps the window): the figures read when shown again
            self._show_settings()
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _row_changed(self, current: QModelIndex, *_args: Any) -> None:
        if not current.isValid() or self.report is None:
            self.details.setText("")
            self.show_over_years(None)
            return
        row = self.model.row(current.row())
        figure = self.report.figure(row["key"])
        text = details_text(row)
        kpi = figure.kpi
        if kpi.kolada_title and not same_title(kpi.kolada_title, kpi.title_sv):
            # Kolada names the id otherwise: the unit head is to see both titles
            text += "\n\n" + self.tr("Kolada's title for {id}: {title}").format(
                id=kpi.kolada_id, title=kpi.kolada_title
            )
        self.details.setText(text)
        self.show_over_years(figure)

    def show_over_years(self, figure: Figure | None) -> None:
        """The figure over the years, as the printed report draws it (exact here)."""
        from amp_desktop.core.reports.yearly_report import years_chart

        document = None
        if figure is not None and self.report is not None:
            document = years_chart(self.report, figure, exact=True)
        self.chart.show_chart(document)
        self.years_model.set_chart(document)
        note = document.note if document is not None else ""
        several = self.report is not None and len(self.report.years) > 1
        if figure is not None and figure.kpi.unit.startswith("sek") and several:
            note = (
                self.tr(
                    "AMP keeps each programme's budget as it is now: its own cost is "
                    "given for the year shown only."
                )
                + " "
                + note
            )
        self.over_years_note.setText(note.strip())

    def _show_name(self) -> None:
        code = self.municipality.text().strip()
        self.municipality_name.setText((municipality_name(code) or "") if code else "")

    # -- writing ---------------------------------------------------------------------------
    def _code(self) -> str | None:
        code = self.municipality.text().strip()
        problem = municipality_problem(code)
        if problem:
            dialogs.error(self, self.tr("Municipality"), problem)
            return None
        return code

    def save_settings(self) -> None:
        code = self._code()
        if code is None:
            return
        catalogue = self.session.catalogue
        change = settings_change(catalogue, municipality=code, population=self.population.value())
        if not change.is_empty():
            self.session.run(change, parent=self, title=self.tr("Not saved"))

    def fetch_from_kolada(self) -> None:
        """Fetch in the worker (progress, Cancel); store what was found as one change."""
        code = self._code()
        if code is not None:
            fetch_from_kolada(
                self, self.session, self.settings, code, self.api_url.text(), self.year.value()
            )

    def import_kolada_file(self, path: str = "") -> bool:
        """Import Kolada File…: values saved from Kolada, one undo step."""
        from amp_desktop.ui.yearly.kolada_import import import_kolada_file

        return import_kolada_file(self, self.session, path)

    # -- leaving the unit: the PDF and the survey sheet hide small counts ------------------
    def _report_maker(self) -> Any:
        """The printed yearly figures, as File → Print makes them (Preferences'
        municipality, unit and exact-figures switch)."""
        from amp_desktop.core.planning import Period
        from amp_desktop.core.reports import KIND_YEARLY
        from amp_desktop.ui.printing.chooser import report_maker

        period = Period.year(self.year.value())
        return report_maker(self.session.catalogue, KIND_YEARLY, period, self.settings)

    def export_pdf(self) -> str:
        from amp_desktop.ui import printing

        return printing.export_pdf(self, self._report_maker())

    def save_sheet(self) -> str:
        return save_survey_sheet(self, self.session, self.settings, self.year.value())
