"""The import wizard: what AMP understood (page 1), the changes it would make (page 2).

Page 1 shows what AMP recognised the workbook as and why, the column mapping
the user can correct (each correction analyses the workbook again), programme
names of a referral or participant list to match, a participant list's exit reasons
to map to AMP's categories, and the notes and problems with their cells.
Page 2 shows what would be added, changed, missing and re-counted, the
conflicts to decide field by field, and the new referral sources to create.
Apply writes it all as one undoable step through the operation runner; Cancel
leaves everything as it was.  Every list is a Qt model (page 1:
:mod:`~amp_desktop.ui.excel.preview_models`, page 2:
:mod:`~amp_desktop.ui.excel.changes_models`); the reading runs in the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.excel.participant_free_text import import_file_name
from amp_desktop.core.excel.preview import NEW_SOURCES_TO_CONFIRM, ImportPreview
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.personal import mask_personal_ids
from amp_desktop.core.progress import Cancelled
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import dialogs
from amp_desktop.ui.excel.changes_models import ChangesModel, ConflictsModel, NewSourcesModel
from amp_desktop.ui.excel.choice_delegate import ChoiceDelegate
from amp_desktop.ui.excel.preview_models import MappingModel, ProblemsModel, ProgrammeMatchModel
from amp_desktop.ui.excel.preview_text import (
    changes_text,
    notes_of,
    problems_heading,
    remove_missing_text,
    understood_text,
)
from amp_desktop.ui.excel.reading import read_workbook
from amp_desktop.ui.excel.view_sizes import fit_list, fit_rows, wrapping_label
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.reason_choices import ExitReasonModel

_QUEUED = Qt.ConnectionType.QueuedConnection
_EDIT_ON_CLICK = (
    QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
)


class ImportDialog(QDialog):
    """The import preview: page 1 what AMP understood, page 2 the changes.

    Give *preview* when the workbook has been read already; without it the
    dialog reads it first.  Raises :class:`ExcelFileError` when the workbook
    cannot be read at all, :class:`Cancelled` when the user cancelled the reading.
    """

    def __init__(
        self,
        session: CatalogueSession,
        path: Path,
        parent: QWidget | None = None,
        preview: ImportPreview | None = None,
    ):
        # Read first: a workbook that cannot be read leaves no half-made dialog behind.
        preview = preview or read_workbook(parent, session, Path(path))
        super().__init__(parent)
        self.session = session
        self.path = Path(path)
        self.preview: ImportPreview = preview
        self.setWindowTitle(self.tr("Import from Excel: {name}").format(name=self.path.name))
        self.resize(980, 680)
        self.mapping_model = MappingModel(self)
        self.match_model = ProgrammeMatchModel(self)
        self.reason_model = ExitReasonModel(self)  # a participant list's unmapped reasons
        self.problems_model = ProblemsModel(self)
        self.changes_model = ChangesModel(self)
        self.conflicts_model = ConflictsModel(self)
        self.sources_model = NewSourcesModel(self)
        self._matched: dict[str, str] = {}  # the programme matches the preview was read with
        # Queued: the workbook is read again after the drop-down has closed.
        self.mapping_model.mapping_changed.connect(self._reanalyse, _QUEUED)
        self.match_model.matching_changed.connect(self._reanalyse, _QUEUED)
        self.reason_model.reasons_changed.connect(self._reanalyse, _QUEUED)
        self._reasons: dict[str, str] = {}  # the exit-reason choices it was read with
        self._every_month = False  # whether it was read to replace every month
        self.applied: ChangeSet | None = None  # what Apply wrote (empty: nothing to change)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_understood())
        self.pages.addWidget(self._build_changes())
        # A wizard's order on every platform, which QDialogButtonBox (it puts Apply,
        # an accept button, before Back and Next) cannot give.
        self.back_button = QPushButton(self.tr("< Back"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.apply_button = QPushButton(self.tr("Apply"))
        # Qt's own word, as on its standard Cancel buttons (translated by Qt and by us).
        self.cancel_button = QPushButton(QCoreApplication.translate("QPlatformTheme", "Cancel"))
        self.back_button.clicked.connect(lambda: self.show_page(0))
        self.next_button.clicked.connect(lambda: self.show_page(1))
        self.apply_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.next_button)
        self.buttons.addSpacing(12)
        self.buttons.addWidget(self.apply_button)
        self.buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        # A fixed minimum from the layout makes the offscreen platform warn; the
        # dialog is resizable anyway.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.pages)
        layout.addLayout(self.buttons)
        self._refresh()
        self.show_page(0)

    # -- page 1: what AMP understood --------------------------------------------------
    def _build_understood(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.understood_label = wrapping_label(page)
        # What AMP recognised the workbook by (its columns, AMP's hidden sheet).
        self.recognised_label = wrapping_label(page)
        columns = self.tr("The workbook's columns and the AMP fields")
        self.mapping_view = self._table(page, self.mapping_model, columns)
        header = self.mapping_view.horizontalHeader()
        header.setSectionResizeMode(
            MappingModel.COL_LETTER, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(MappingModel.COL_HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MappingModel.COL_FIRST, QHeaderView.ResizeMode.Stretch)
        self.unmatched_label = QLabel(
            self.tr("Programmes in the list that are not in the catalogue:"), page
        )
        self.unmatched_view = self._table(page, self.match_model, self.unmatched_label.text())
        self.unmatched_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reason_label = QLabel(
            self.tr("Exit reasons AMP does not recognise — choose the category of each:"), page
        )
        self.reason_view = self._table(page, self.reason_model, self.reason_label.text())
        self.reason_view.horizontalHeader().setSectionResizeMode(
            ExitReasonModel.COL_WORDING, QHeaderView.ResizeMode.Stretch
        )
        self.problem_label = wrapping_label(page)
        self.problem_view = QListView(page)
        self.problem_view.setAccessibleName(self.tr("Problems found in the workbook"))
        self.problem_view.setModel(self.problems_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problem_view.setAlternatingRowColors(True)
        layout.addWidget(self.understood_label)
        layout.addWidget(self.recognised_label)
        layout.addWidget(self.mapping_view, 3)
        layout.addWidget(self.unmatched_label)
        layout.addWidget(self.unmatched_view, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_view, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.problem_view, 2)
        return page

    def _table(self, page: QWidget, model: object, name: str = "") -> QTableView:
        view = QTableView(page)
        view.setAccessibleName(name)  # (what its label above says)
        # Tab moves on to the next control (arrows move between cells, F2 or a click
        # opens the choice): a keyboard user never left the table of columns.
        view.setTabKeyNavigation(False)
        view.setModel(model)  # type: ignore[arg-type]
        view.setItemDelegate(ChoiceDelegate(view))
        view.setEditTriggers(_EDIT_ON_CLICK)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        return view

    def _fill_understood(self) -> None:
        preview = self.preview
        self.understood_label.setText(understood_text(preview, self.path.name))
        self.recognised_label.setText(preview.recognised_by)
        self.recognised_label.setVisible(bool(preview.recognised_by))
        self.mapping_model.load(preview)
        # No first values to show (a participant list's rows are personal): no empty
        # column, and the headers take its room.
        self.mapping_view.setColumnHidden(MappingModel.COL_FIRST, not preview.samples)
        self.mapping_view.horizontalHeader().setSectionResizeMode(
            MappingModel.COL_HEADER,
            QHeaderView.ResizeMode.Interactive
            if preview.samples
            else QHeaderView.ResizeMode.Stretch,
        )
        self.mapping_view.resizeRowsToContents()
        self._fit_choice_column(self.mapping_view, MappingModel.COL_FIELD)
        # The headers as wide as they need (within reason); the first values get the rest.
        headers = self.mapping_view.sizeHintForColumn(MappingModel.COL_HEADER)
        self.mapping_view.setColumnWidth(MappingModel.COL_HEADER, min(max(headers, 200), 360))
        names = [p.name for p in self.session.catalogue.programmes()]
        self.match_model.load(preview.unmatched, names)
        fit_rows(self.unmatched_view)
        visible = self.match_model.rowCount() > 0
        self.unmatched_label.setVisible(visible)
        self.unmatched_view.setVisible(visible)
        self.reason_model.load(preview.unmapped_reasons)
        self._fit_choice_column(self.reason_view, ExitReasonModel.COL_CATEGORY)
        fit_rows(self.reason_view)
        visible = self.reason_model.rowCount() > 0
        self.reason_label.setVisible(visible)
        self.reason_view.setVisible(visible)
        notes = notes_of(preview)
        self.problem_label.setText(problems_heading(preview, len(notes)))
        self.problems_model.load(notes, preview)
        self.problem_view.setVisible(self.problems_model.rowCount() > 0)
        fit_list(self.problem_view)

    def _fit_choice_column(self, view: QTableView, column: int) -> None:
        if view.model().rowCount():
            # As wide as the delegate's drop-down with the longest choice.
            view.setColumnWidth(column, max(view.sizeHintForColumn(column), 180))

    def mapping(self) -> dict[str, str]:
        """The mapping the user has set, by column letter."""
        return self.mapping_model.mapping()

    def _reanalyse(self, _choice: object = None) -> None:
        """Read the workbook again with the user's mapping and programme matches."""
        matched = self.match_model.programme_map()
        reasons = self.reason_model.reasons()
        every_month = self.every_month.isChecked()
        try:
            self.preview = read_workbook(
                self,
                self.session,
                self.path,
                self.preview.kind,
                self.mapping_model.mapping(),
                matched or None,
                reasons or None,
                every_month=every_month,
            )
        except (Cancelled, ExcelFileError) as exc:
            if isinstance(exc, ExcelFileError):
                dialogs.error(self, self.windowTitle(), str(exc))
            # Show again what the last reading used, so screen and preview agree.
            self.match_model.set_programme_map(self._matched)
            self.reason_model.set_reasons(self._reasons)
            self.every_month.blockSignals(True)  # (unticked again: no second reading)
            self.every_month.setChecked(self._every_month)
            self.every_month.blockSignals(False)
            self._refresh()
            return
        self._matched = matched
        self._reasons = reasons
        self._every_month = every_month
        self._refresh()

    # -- page 2: the changes -------------------------------------------------------------
    def _build_changes(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.changes_label = wrapping_label(page)
        self.changes_view = QTreeView(page)
        self.changes_view.setAccessibleName(self.tr("The changes the import makes"))
        self.changes_view.setModel(self.changes_model)
        self.changes_view.setUniformRowHeights(True)
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.changes_view.header().setStretchLastSection(False)
        self.conflict_label = wrapping_label(page)
        self.conflict_label.setText(
            self.tr("Changed in AMP after the export and in the workbook — choose which to keep:")
        )
        self.conflict_view = self._table(page, self.conflicts_model, self.conflict_label.text())
        self.conflict_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.remove_missing = QCheckBox(page)
        # A participant list the user knows to be whole (a corrected one) replaces
        # every month it reaches, also those AMP took it to hold only in part.
        self.every_month = QCheckBox(
            self.tr(
                "Replace every month the list reaches, also those it seems to hold only in "
                "part (a corrected list)"
            ),
            page,
        )
        self.every_month.setObjectName("every_month")
        self.every_month.toggled.connect(self._reanalyse)
        self.sources_label = QLabel(
            self.tr("Referral sources AMP does not know yet — create them:"), page
        )
        self.sources_view = QListView(page)
        self.sources_view.setAccessibleName(self.sources_label.text())
        self.sources_view.setModel(self.sources_model)
        # Many new sources usually mean a wrong column was read as the source.
        self.sources_warning = wrapping_label(page)
        self.sources_warning_icon = QLabel(page)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.sources_warning_icon.setPixmap(icon.pixmap(20, 20))
        warning = QHBoxLayout()
        warning.addWidget(self.sources_warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning.addWidget(self.sources_warning, 1)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes_view, 3)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.conflict_view, 1)
        layout.addWidget(self.remove_missing)
        layout.addWidget(self.every_month)
        layout.addWidget(self.sources_label)
        layout.addLayout(warning)
        layout.addWidget(self.sources_view, 1)
        return page

    def _fill_changes(self) -> None:
        preview = self.preview
        self.changes_label.setText(changes_text(preview))
        self.changes_model.load(preview)
        # Show the fields of a few changed programmes at once; many stay folded.
        self.changes_view.expandToDepth(1 if self.changes_model.changed_programmes <= 10 else 0)
        for column in (1, 2):
            self.changes_view.header().resizeSection(column, 220)
        self.conflicts_model.load(preview.conflicts)
        self._fit_choice_column(self.conflict_view, ConflictsModel.COL_KEEP)
        fit_rows(self.conflict_view)
        visible = bool(preview.conflicts)
        self.conflict_label.setVisible(visible)
        self.conflict_view.setVisible(visible)
        self.remove_missing.setText(remove_missing_text(preview))
        self.remove_missing.setVisible(bool(remove_missing_text(preview)))
        self.remove_missing.setChecked(False)
        self.every_month.setVisible(preview.kind == "participants")
        self.sources_model.load(preview.new_sources)
        self.sources_label.setVisible(bool(preview.new_sources))
        self.sources_view.setVisible(bool(preview.new_sources))
        self.sources_warning.setText("\n".join(preview.confirmations))
        self.sources_warning.setVisible(bool(preview.confirmations))
        self.sources_warning_icon.setVisible(bool(preview.confirmations))

    def resolutions(self) -> dict[int, str]:
        return self.conflicts_model.resolutions()

    def set_resolution(self, index: int, choice: str) -> None:
        model = self.conflicts_model
        model.setData(model.index(index, ConflictsModel.COL_KEEP), choice)

    def sources_to_create(self) -> set[str]:
        return self.sources_model.to_create()

    # -- flow ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        self._fill_understood()
        self._fill_changes()
        self._enable_apply()  # (read again: whether it may be applied now)

    def _enable_apply(self) -> None:
        # A problem of the whole list (no end dates, split over sheets…) stops the
        # window's import too: applying it would replace good results with less.
        self.apply_button.setEnabled(self.pages.currentIndex() == 1 and not self.preview.refused)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index == 0)
        self._enable_apply()
        self.apply_button.setDefault(index == 1)
        self.next_button.setDefault(index == 0)

    def apply(self) -> None:
        """Apply the changes as one change set: one undo step (the dialog stays open
        when the write failed or was cancelled, with nothing written)."""
        if self.preview.refused:
            return
        if len(self.sources_to_create()) > NEW_SOURCES_TO_CONFIRM:
            for question in self.preview.confirmations:
                yes = self.tr("Create them and import")
                if not dialogs.confirm(self, self.windowTitle(), question, yes):
                    return  # the user may untick sources or map another column
        change = self.preview.changeset(
            # (as `amp import` writes it: an identity number in the file's name masked,
            # and a person's name in a participant list's file name too)
            mask_personal_ids(
                self.tr("Import {name}").format(
                    name=import_file_name(self.preview.kind, self.path.name)
                )
            ),
            remove_missing=self.remove_missing.isChecked(),
            resolutions=self.resolutions(),
            create_sources=self.sources_to_create(),
        )
        applied = self.session.run(
            change,
            parent=self,
            title=self.windowTitle(),
            in_worker=True,
            task_title=self.tr("Importing {name}").format(name=self.path.name),
        )
        if applied is not None:
            self.applied = applied
            self.accept()
