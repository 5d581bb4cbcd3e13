"""The Catalogue tab: a filter bar, the programme table and the editor side by side."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.domain import Programme, ProgrammeType, Status, enum_label
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui import attention
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui.attention import AttentionRunner
from amp_desktop.ui.catalogue_filter import CatalogueFilter
from amp_desktop.ui.catalogue_quiet import held, hold
from amp_desktop.ui.catalogue_widths import (
    fit_columns,
    restore_widths,
    save_widths,
    set_default_widths,
)
from amp_desktop.ui.count_label import CountLabel
from amp_desktop.ui.editor import ProgrammeEditor
from amp_desktop.ui.filter_choices import filter_combo, set_choices
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.wrapping_bar import WrappingBar

if TYPE_CHECKING:
    from amp_desktop.core.audit.checks import Finding
    from amp_desktop.core.store import Catalogue

    Shown = tuple[list[str], list[Programme]]


class CatalogueTab(QWidget):
    """The programmes of the open catalogue: find them, pick one, edit it."""

    #: The selection changed (the window enables Duplicate/Delete from it).
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: CatalogueSession | None = None
        # Whether the column widths are settled: fitted to a catalogue, or the user's own
        # restored from the settings (those win).
        self._columns_settled = False
        self.model = cm.CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(16 * self.search.fontMetrics().averageCharWidth())
        self.search.setPlaceholderText(self.tr("Search name and description (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(lambda text: self._refilter(search=text))
        self.unit_filter = filter_combo(self.tr("All units"), "unit", self._chosen("unit"))
        self.type_filter = filter_combo(self.tr("All types"), "type", self._chosen("type"))
        self.source_filter = filter_combo(
            self.tr("All referral sources"), "source", self._chosen("source")
        )
        self.status_filter = filter_combo(self.tr("All statuses"), "status", self._chosen("status"))
        for kind in ProgrammeType:
            self.type_filter.addItem(enum_label(kind), kind.value)
        for status in Status:
            self.status_filter.addItem(enum_label(status), status.value)
        self.count_label = CountLabel()
        # The audit's checks (#14): an icon and text per programme, and this filter.
        self.attention_filter = QCheckBox(self.tr("Needs attention"))
        self.attention_filter.setObjectName("filter_attention")
        self.attention_filter.setToolTip(
            self.tr("Only programmes that fail a check: mandate, decision, goal, results, places")
        )
        self.attention_filter.toggled.connect(self._apply_attention_filter)
        self._findings: dict[int, list[Finding]] = {}
        # Never before the first paint, in the worker when they make many plans.
        self.attention_runner = AttentionRunner(self, self.model.rowCount)
        self.attention_runner.found.connect(self._show_attention)
        # What waits for a quiet window (the checks, the mandate box) waits while
        # the user types a search.
        self.search.textChanged.connect(lambda _text: self._postpone_work())

        self._search_holder = hold(self.search)  # (its clear button lays out no more)
        self._search_holder.installEventFilter(self)
        # (on more rows in a narrow window or at a large font: never squeezed)
        self.filter_bar = WrappingBar(
            [
                self._search_holder,
                self.unit_filter,
                self.type_filter,
                self.source_filter,
                self.status_filter,
                self.attention_filter,
            ],
            stretch_first=True,
        )

        # The count under the table, as a status line: the bar beside the search has
        # no room for it in a narrow window.  (Made before the editor: Tab goes from
        # the table into the editor.)
        listing = QWidget(self)
        self.table = self._build_table()
        below = QVBoxLayout(listing)
        below.setContentsMargins(0, 0, 0, 4)
        below.setSpacing(3)
        below.addWidget(self.table, 1)
        below.addWidget(self.count_label)
        self.editor = ProgrammeEditor(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("catalogue_splitter")
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([820, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self._refiltering = False
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._search_holder:
            held(self._search_holder, self.search, event)
        return False

    def _chosen(self, key: str) -> Callable[[str], None]:
        return lambda value: self._refilter(**{key: value})

    def _refilter(self, **filters: str) -> None:
        """Change filters of the bar, count once, and lay the table out now (not after
        the next paint, which would paint twice: ~10 ms a pass at 1,000 programmes)."""
        self._refiltering = True  # the proxy removes rows range by range
        try:
            self.proxy.pin(None)  # the filters changed: the programme edited goes too
            self.proxy.set_filters(**filters)
        finally:
            self._refiltering = False
        self._update_count()
        self.table.executeDelayedItemsLayout()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("catalogue_table")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(cm.COL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab moves on to the editor
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        set_default_widths(table, self.model)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        table.activated.connect(lambda _index: self.editor.focus_field("name"))
        return table

    # -- the session ---------------------------------------------------------------------
    @staticmethod
    def read(catalogue: Catalogue) -> Shown:
        """What the tab shows of *catalogue* (its units, asked for once, and programmes):
        read before the window lets go of the one it shows, which rows that cannot be
        read (a :class:`StoreError`) leave open."""
        return catalogue.units(), catalogue.programmes()

    def set_session(self, session: CatalogueSession | None, shown: Shown | None = None) -> None:
        """Show *session*'s programmes and follow its changes (None: nothing open);
        *shown*: what :meth:`read` read of it, or read now."""
        if self._session is not None:
            self._session.changed.disconnect(self.on_changed)
            self._session.reloaded.disconnect(self.reload)
        self.attention_runner.stop()  # checks in the worker let go of the old file
        self._session = session
        if session is not None:
            session.changed.connect(self.on_changed)
            session.reloaded.connect(self.reload)
        if shown is None:
            shown = self.read(session.catalogue) if session else ([], [])
        units, programmes = shown
        self.editor.set_session(session, units)
        self.editor.set_read_only(
            session is None or session.catalogue.read_only,
            session.catalogue.read_only_reason if session else None,
        )
        self.model.load(programmes)
        self.attention_runner.set_catalogue(session.catalogue if session else None)
        self._refresh_choices(units)
        if session is not None and self.proxy.rowCount() > 0:
            if not self._columns_settled:
                self.fit_columns()
            self._select_proxy_row(0)

    def reload(self) -> None:
        """Show the file as it is now (another AMP changed it), keeping the selection."""
        if self._session is None:
            return
        shown = self.editor.programme()
        self.model.load(self._session.catalogue.programmes())
        self.refresh_attention()
        self._refresh_choices()
        self._update_count()
        if shown is None or not self.select_programme(shown.id or 0):
            self._select_proxy_row(0)

    def fit_columns(self) -> None:
        """Each column as wide as its title and the figures of the rows in view."""
        fit_columns(self.table, self.proxy, self.model)
        self._columns_settled = True

    def on_changed(self, change: ChangeSet) -> None:
        """Show what *change* did: refresh its rows and the editor."""
        if self._session is None:
            return
        shown = self.editor.programme()
        # Edited out of the filters (a unit changed, a name no longer searched for), the
        # programme stays listed and edited until the filters change.
        if shown is not None and shown.id is not None and self._listed(shown.id):
            self.proxy.pin(shown.id)
        self.model.refresh(change, self._session.catalogue)
        self.refresh_attention(change)
        self._refresh_choices()
        self._update_count()
        shown = self.editor.programme()
        if shown is not None and shown.id in change.programme_ids:
            row = self.model.row_of(shown.id or 0)
            self.editor.set_programme(self.model.programme_at(row) if row >= 0 else None)

    def _postpone_work(self) -> None:
        self.attention_runner.postpone()
        self.editor.postpone_work()

    def refresh_attention(self, change: ChangeSet | None = None) -> None:
        """Run the audit's checks again: the icons, their texts, the filter, the editor.

        Deferred past the first paint and coalesced; in the worker when they make the
        plans of many programmes (0.5-0.9 s at 1,000), so the window never waits.
        """
        self.attention_runner.refresh(change)

    @property
    def _attention_due(self) -> bool:
        """Whether checks are due or still working (tests wait for it)."""
        return self.attention_runner.pending

    def _show_attention(self, found: dict[int, list[Finding]]) -> None:
        self._findings = dict(found)
        self.model.set_attention(attention.texts(found), attention.icon())
        shown = self.editor.programme()
        # The programme being edited stays in the "Needs attention" list when its last
        # finding is put right (it vanished, and the editor jumped to another one).
        self._apply_attention_filter(keep=shown.id if shown else None)
        self.editor.set_mandate_findings(
            [f.message for f in found.get(shown.id or 0, [])] if shown else []
        )

    def attention(self, programme_id: int) -> list[str]:
        """The messages of the checks programme *programme_id* fails."""
        return [f.message for f in self._findings.get(programme_id, [])]

    def _apply_attention_filter(self, *_toggled: object, keep: int | None = None) -> None:
        on = self.attention_filter.isChecked()
        if keep is None:
            self.proxy.pin(None)  # the filter switched: the programme edited goes too
        kept = {keep} if keep is not None and self._listed(keep) else set()
        self.proxy.set_only(frozenset(self._findings) | kept if on else None)
        self._update_count()

    def _listed(self, programme_id: int) -> bool:
        """Whether the table lists the programme now (through every filter)."""
        row = self.model.row_of(programme_id)
        return row >= 0 and self.proxy.mapFromSource(self.model.index(row, 0)).isValid()

    def _refresh_choices(self, units: list[str] | None = None) -> None:
        catalogue = self._session.catalogue if self._session else None
        if units is None:
            units = catalogue.units() if catalogue else []
        sources = [(s.code, s.name) for s in catalogue.sources()] if catalogue else []
        set_choices(self.unit_filter, [(u, u) for u in units])
        set_choices(
            self.source_filter,
            [
                (f"{code} – {name}" if name and name != code else code, code)
                for code, name in sources
            ],
        )

    def _update_count(self) -> None:
        if self._refiltering:
            return
        self.count_label.show_count(self.proxy.rowCount(), self.model.rowCount())

    # -- selection ------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        programme = current.data(cm.PROGRAMME_ROLE) if current.isValid() else None
        self.editor.set_programme(programme)
        self.editor.set_mandate_findings(self.attention(programme.id or 0) if programme else [])

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, cm.COL_NAME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_programme(self, programme_id: int) -> bool:
        """Select programme *programme_id*, clearing filters that hide it."""
        row = self.model.row_of(programme_id)
        if row < 0:
            return False
        source_index = self.model.index(row, cm.COL_NAME)
        if not self.proxy.mapFromSource(source_index).isValid():
            self.clear_filters()
        proxy_index = self.proxy.mapFromSource(source_index)
        self._select_proxy_row(proxy_index.row())
        return True

    def clear_filters(self) -> None:
        self.search.clear()
        self.attention_filter.setChecked(False)
        for combo in (self.unit_filter, self.type_filter, self.source_filter, self.status_filter):
            combo.setCurrentIndex(0)

    def current_programme(self) -> Programme | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return index.data(cm.PROGRAMME_ROLE)

    def selected_programmes(self) -> list[Programme]:
        rows = self.table.selectionModel().selectedRows(cm.COL_NAME)
        return [index.data(cm.PROGRAMME_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select_near(self, proxy_row: int) -> None:
        """Select the row at *proxy_row* (or the last one) after rows went away."""
        count = self.proxy.rowCount()
        if count:
            self._select_proxy_row(min(proxy_row, count - 1))
        else:
            self.editor.set_programme(None)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- remembered layout -----------------------------------------------------------------
    def save_state(self, settings: Settings) -> None:
        settings.save_state("catalogue/splitter", self.splitter.saveState())
        if self._columns_settled:  # not the widths of a window that never showed a catalogue
            save_widths(settings, self.table.horizontalHeader())

    def restore_state(self, settings: Settings) -> None:
        splitter = settings.restore_state("catalogue/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if restore_widths(settings, self.table.horizontalHeader()):
            self._columns_settled = True
