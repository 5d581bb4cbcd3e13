"""The catalogue's search, worked out for every row at once: the same rows as one row at
a time, the rows shown kept as a list only while they are right, and every role of
every cell answered in one call as ``data()`` answers it."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

from amp_desktop.core.domain import Programme, ProgrammeType, Status
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from amp_desktop.ui.catalogue_filter import CatalogueFilter
from amp_desktop.ui.catalogue_model import COL_NAME, COL_PLACES, CatalogueModel
from amp_desktop.ui.roles import ID_ROLE, SORT_ROLE

WORDS = ("Jobb", "SPRÅK", "start", "Steg", "ung", "Vägen", "praktik", "ÖPPEN", "Ärende", "matcha")
UNITS = ("Jobbcentrum", "Ungdomsenheten", "Arbetsrehab")
QUERIES = (
    "",
    "s",
    "S",
    "språk",
    "SPRÅK",
    "Språk unga",
    "vägen",
    "VÄGEN ut",
    "ö",
    "Ö",
    "öppen",
    "ärende",
    "ÄR",
    "å",
    "Å",
    "  jobb   start ",
    "jobb start steg",
    "nothing-matches",
    "12",
    "\n",
    "straße",  # folded, not lower-cased: "ss"
    "STRASSE",
    "ﬁ",  # a ligature folds to "fi"
)


def _programmes(count: int, seed: int = 5) -> list[Programme]:
    rng = random.Random(seed)
    made = []
    for number in range(1, count + 1):
        words = rng.choices(WORDS, k=rng.randint(0, 4))
        extra = rng.choice(("", " Straße", " ﬁnal", " unga vuxna"))
        made.append(
            Programme(
                id=number,
                name=f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {number}",
                code=f"P{number:03d}",
                description=" ".join(words) + extra,
                unit=rng.choice(UNITS),
                type=rng.choice(list(ProgrammeType)),
                status=rng.choice(list(Status)),
            )
        )
    return made


def _matches(programme: Programme, query: str) -> bool:
    """The search as it was, one row at a time: every word in name or description."""
    found_in = f"{programme.name}\n{programme.description}".casefold()
    return all(word in found_in for word in query.casefold().split())


@pytest.fixture
def filtered() -> Iterator[tuple[CatalogueModel, CatalogueFilter]]:
    model = CatalogueModel()
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    model.load(_programmes(300))
    yield model, proxy


def _shown_ids(proxy: CatalogueFilter) -> list[int]:
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def _mapped(proxy: CatalogueFilter) -> list[int]:
    """The model's rows Qt's own mapping shows, row by row."""
    return [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())]


def test_every_query_finds_the_rows_one_row_at_a_time_found(filtered, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, proxy = filtered
    programmes = model.programmes()
    for query in QUERIES:
        proxy.set_search(query)
        wanted = [p.id for p in programmes if _matches(p, query)]
        assert _shown_ids(proxy) == wanted, query
        assert [proxy.source_row(row) for row in range(proxy.rowCount())] == _mapped(proxy)
    assert any(0 < len(_shown_ids(proxy)) < 300 for _ in [proxy.set_search("språk")])
    qtmodeltester.check(proxy)


def test_the_lists_and_the_search_together_and_the_programme_kept(filtered) -> None:  # type: ignore[no-untyped-def]
    model, proxy = filtered
    programmes = model.programmes()
    for unit in ("", *UNITS):
        for type_ in ("", "primary"):
            for query in ("", "språk", "Ö", "jobb start"):
                proxy.set_filters(unit=unit, type=type_, search=query)
                wanted = [
                    p.id
                    for p in programmes
                    if (not unit or p.unit == unit)
                    and (not type_ or p.type.value == type_)
                    and _matches(p, query)
                ]
                assert _shown_ids(proxy) == wanted, (unit, type_, query)
    proxy.set_filters(unit="", type="", search="")
    kept = next(p for p in programmes if not _matches(p, "vägen"))
    proxy.pin(kept.id)
    proxy.set_search("vägen")  # (a change of the filters lets the pinned one go…)
    proxy.pin(kept.id)
    proxy.set_only(frozenset({kept.id or 0, programmes[0].id or 0}))  # (…set again here)
    wanted = [
        p.id
        for p in programmes
        if p.id == kept.id or (p.id == programmes[0].id and _matches(p, "vägen"))
    ]
    assert _shown_ids(proxy) == wanted
    assert [proxy.source_row(row) for row in range(proxy.rowCount())] == _mapped(proxy)


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole,
    SORT_ROLE,
    ID_ROLE,
)


def _check_cells(proxy: CatalogueFilter) -> None:
    spans = {role: QModelRoleData(int(role)) for role in ROLES}
    for row in range(proxy.rowCount()):
        for column in (COL_NAME, COL_PLACES):
            index = proxy.index(row, column)
            for role in ROLES:
                proxy.multiData(index, QModelRoleDataSpan(spans[role]))
                assert spans[role].data() == proxy.data(index, role), (row, column, role)


def test_the_rows_shown_follow_every_change_of_the_catalogue(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue: Catalogue = make_catalogue()
    catalogue.apply(
        ChangeSet("made", tuple(ProgrammeChange(p.id or 0, None, p) for p in _programmes(60)))
    )
    model = CatalogueModel()
    proxy = CatalogueFilter()
    proxy.setSourceModel(model)
    model.load(catalogue.programmes())
    proxy.set_search("språk")
    assert 0 < proxy.rowCount() < 60
    _check_cells(proxy)
    # A programme added before the rows shown (ids sort first), one that does not
    # match: no row of the proxy changes, but every model row after it moves.
    first = catalogue.programmes()[0]
    changes = []
    for number, name in ((1001, "Aaa first"), (1002, "Aab språk")):
        programme = Programme(name=name, code=name[:3], id=number)
        changes.append(ProgrammeChange(number, None, programme))
    change = ChangeSet("added", tuple(changes))
    catalogue.apply(change)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    model.refresh(change, catalogue)
    wanted = [p.id for p in model.programmes() if _matches(p, "språk")]
    assert _shown_ids(proxy) == wanted
    assert [proxy.source_row(row) for row in range(proxy.rowCount())] == _mapped(proxy)
    _check_cells(proxy)
    # A programme removed that the search does not show, before rows it shows: no row
    # of the proxy goes, but the model's rows after it move up.
    proxy.set_search("språk")  # (the rows shown listed again)
    rows = model.programmes()
    gone = next(
        p
        for number, p in enumerate(rows)
        if not _matches(p, "språk") and any(_matches(q, "språk") for q in rows[number:])
    )
    change = ChangeSet("removed", (ProgrammeChange(gone.id or 0, gone, None),))
    catalogue.apply(change)
    model.refresh(change, catalogue)
    assert [proxy.source_row(row) for row in range(proxy.rowCount())] == _mapped(proxy)
    _check_cells(proxy)
    # Edited out of the search, removed, and the model sorted the other way.
    edited = next(p for p in model.programmes() if _matches(p, "språk") and p.id != first.id)
    change = ChangeSet(
        "edit",
        (
            ProgrammeChange(edited.id or 0, edited, replace(edited, name="X")),
            ProgrammeChange(first.id or 0, first, None),
        ),
    )
    catalogue.apply(change)
    model.refresh(change, catalogue)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.source_row(row) for row in range(proxy.rowCount())] == _mapped(proxy)
    _check_cells(proxy)
    proxy.set_search("")
    assert proxy.rowCount() == model.rowCount()
    _check_cells(proxy)
