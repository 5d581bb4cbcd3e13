"""The catalogue table's proxy: sorts through the model's keys, filters by the filter bar.

:class:`CatalogueFilter` sorts through a cheap precomputed sort role and filters by
unit, type, referral source, status, the "Needs attention" list and a search over
name and description.  When the filters change, which rows pass is worked out in one
pass over the model's rows (each programme's search text folded once) before Qt asks
row by row, and the rows shown are kept as a list, so that a search keystroke over
1,000 programmes answers Qt's thousand questions and the painted cells' mapping from
a list rather than each through the filters and ``mapToSource``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    SignalInstance,
)

from amp_desktop.core.domain import Programme
from amp_desktop.ui.catalogue_model import CatalogueModel
from amp_desktop.ui.roles import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


def _moves(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    """The signals *model* sends before its rows are added, removed or moved."""
    return (
        model.rowsAboutToBeInserted,
        model.rowsAboutToBeRemoved,
        model.rowsAboutToBeMoved,
        model.layoutAboutToBeChanged,
        model.modelAboutToBeReset,
    )


class CatalogueFilter(QSortFilterProxyModel):
    """Keeps the rows that match every filter, in the source model's sorted order.

    An empty filter value matches everything.  The search matches programmes whose
    name or description contains every word typed (case-insensitively).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._unit = ""
        self._type = ""
        self._source = ""
        self._status = ""
        self._words: tuple[str, ...] = ()
        self._only: frozenset[int] | None = None  # "needs attention": these ids only
        self._pinned: int | None = None  # the programme being edited: listed whatever
        #: Whether each model row passes: set only while the filters are being changed
        #: (Qt then asks for every row), None at any other time.
        self._passing: list[bool] | None = None
        #: The model's row shown in each row, kept from a change of the filters until
        #: the proxy's or the model's rows next move (None: ask Qt's own mapping).
        self._shown: list[int] | None = None
        self._watched: QAbstractItemModel | None = None  # (whose moves forget it)

    def _watch(self, model: QAbstractItemModel | None) -> None:
        """Forget the rows shown whenever this proxy's rows or *model*'s move (watched
        from the first search on, not at start-up: ten connections; a new source model
        resets this proxy, which forgets them too)."""
        if model is self._watched:
            return
        if self._watched is not None:
            for signal in (*_moves(self), *_moves(self._watched)):
                signal.disconnect(self._forget_shown)
        self._watched, self._shown = model, None
        if model is not None:
            for signal in (*_moves(self), *_moves(model)):
                signal.connect(self._forget_shown)

    def _forget_shown(self, *_args: object) -> None:
        self._shown = None

    def pin(self, programme_id: int | None) -> None:
        """Keep *programme_id* listed through the filters (the programme being edited,
        changed out of them: it vanished and the editor went on with another); None:
        none.  It goes at the next change of the filters."""
        self._pinned = programme_id

    def set_only(self, ids: frozenset[int] | None) -> None:
        """Show only the programmes *ids* (the "Needs attention" filter); None: all."""
        if ids == self._only:
            return
        self.beginFilterChange()
        self._only = ids
        self._end_filter_change()

    def set_filters(
        self,
        *,
        unit: str | None = None,
        type: str | None = None,  # noqa: A002 - the programme field's name
        source: str | None = None,
        status: str | None = None,
        search: str | None = None,
    ) -> None:
        """Change some filters (None leaves a filter as it is) and refilter once."""
        self.beginFilterChange()
        if unit is not None:
            self._unit = unit
        if type is not None:
            self._type = type
        if source is not None:
            self._source = source.casefold()
        if status is not None:
            self._status = status
        if search is not None:
            self._words = tuple(search.casefold().split())
        self._end_filter_change()

    def _end_filter_change(self) -> None:
        """Refilter: which rows pass worked out in one pass, then Qt's own refilter."""
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel) or not self.is_filtered():
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        passing = self._passing_rows(model)
        self._passing = passing
        try:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        finally:
            self._passing = None
        # (the proxy never sorts, see sort(): its rows are the passing ones in order)
        shown = [row for row, passes in enumerate(passing) if passes]
        self._watch(model)
        self._shown = shown if len(shown) == self.rowCount() else None

    def _passing_rows(self, model: CatalogueModel) -> list[bool]:
        """Whether each row of *model* passes the filters (as :meth:`filterAcceptsRow`)."""
        words = self._words
        texts = model.search_texts() if words else None
        if texts is not None and not self._has_choices():
            if len(words) == 1:  # (a loop Python runs without a call per row)
                word = words[0]
                passing = [word in text for text in texts]
            else:
                passing = [all(word in text for word in words) for text in texts]
        else:
            programmes = model.programmes()
            passes = self._passes_choices
            passing = [passes(programme) for programme in programmes]
            if texts is not None:
                passing = [
                    ok and all(word in text for word in words)
                    for ok, text in zip(passing, texts, strict=True)
                ]
        if self._pinned is not None:
            pinned = model.row_of(self._pinned)
            if pinned >= 0:
                passing[pinned] = True
        return passing

    def _has_choices(self) -> bool:
        """Whether a list of the filter bar or "Needs attention" is set."""
        return self._only is not None or bool(
            self._unit or self._type or self._source or self._status
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort (fast, on its precomputed keys); keep its order."""
        model = self.sourceModel()
        if isinstance(model, CatalogueModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def multiData(self, index: _Index, span: QModelRoleDataSpan) -> None:  # noqa: N802
        """A cell's roles in one call to the model (see ``CatalogueModel.multiData``).

        Unfiltered, the proxy's rows are the model's, in its order (the proxy never
        sorts: :meth:`sort` lets the model sort), so no mapping is needed.
        """
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel) or not index.isValid():
            super().multiData(index, span)
        elif self._unfiltered() and self.sortColumn() < 0:
            model.fill_roles(index.row(), index.column(), span)
        elif (shown := self._shown) is not None and self.sortColumn() < 0:
            model.fill_roles(shown[index.row()], index.column(), span)
        else:
            source = self.mapToSource(index)
            if source.isValid():
                model.fill_roles(source.row(), source.column(), span)

    def source_row(self, row: int) -> int:
        """The model's row shown in the proxy's *row*."""
        if self._unfiltered() and self.sortColumn() < 0:
            return row
        if (shown := self._shown) is not None and self.sortColumn() < 0:
            return shown[row]
        return self.mapToSource(self.index(row, 0)).row()

    def _unfiltered(self) -> bool:
        return not self.is_filtered()

    def set_search(self, text: str) -> None:
        self.set_filters(search=text)

    def is_filtered(self) -> bool:
        """Whether any filter is set (a search, a list's choice, "Needs attention")."""
        return self._only is not None or bool(
            self._unit or self._type or self._source or self._status or self._words
        )

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        passing = self._passing
        if passing is not None and not source_parent.isValid():
            return passing[source_row]  # (worked out for every row at once)
        if not self.is_filtered():
            return True  # no filter: every row (asked for each row when a file opens)
        model = self.sourceModel()
        if not isinstance(model, CatalogueModel) or source_parent.isValid():
            return True
        programme = model.programme_at(source_row)
        if self._pinned is not None and programme.id == self._pinned:
            return True
        if not self._passes_choices(programme):
            return False
        # The search, on the model's case-folded text (asked per row and keystroke).
        found_in = model.search_text(source_row) if self._words else ""
        return all(word in found_in for word in self._words)

    def _passes_choices(self, programme: Programme) -> bool:
        """Whether *programme* passes the filter bar's lists and "Needs attention"."""
        if self._only is not None and programme.id not in self._only:
            return False
        if self._unit and programme.unit != self._unit:
            return False
        if self._type and programme.type.value != self._type:
            return False
        if self._status and programme.status.value != self._status:
            return False
        return not self._source or any(
            link.source.casefold() == self._source for link in programme.sources
        )
