"""The catalogue table model and its filter proxy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.domain import Programme, SourceLink, SourceRole, Status
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import catalogue_model as cm


@pytest.fixture
def model(qapp, example: Catalogue) -> cm.CatalogueModel:
    model = cm.CatalogueModel()
    model.load(example.programmes())
    return model


@pytest.fixture
def proxy(model: cm.CatalogueModel) -> cm.CatalogueFilter:
    proxy = cm.CatalogueFilter()
    proxy.setSourceModel(model)
    return proxy


def _names(proxy: cm.CatalogueFilter) -> list[str]:
    return [proxy.index(r, cm.COL_NAME).data() for r in range(proxy.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, model, proxy) -> None:
    qtmodeltester.check(model)
    proxy.sort(cm.COL_PLACES, Qt.SortOrder.DescendingOrder)
    proxy.set_filters(type="primary", search="a")
    qtmodeltester.check(proxy)


def test_shows_every_programme_with_its_fields(model, example: Catalogue) -> None:
    assert model.rowCount() == 21
    assert model.columnCount() == cm.COLUMN_COUNT
    row = model.row_of(example.find("Etablering/Kommun").id)
    assert model.index(row, cm.COL_NAME).data() == "Etablering/Kommun"
    assert model.index(row, cm.COL_PLACES).data() == "24"
    assert model.index(row, cm.COL_BUDGETED).data() == "10"
    assert model.index(row, cm.COL_TYPE).data() == "Primary"
    assert model.headerData(cm.COL_PLACES, Qt.Orientation.Horizontal) == "Places"
    assert model.index(row, cm.COL_PLACES).data(cm.SORT_ROLE) == 24.0


def test_refresh_touches_only_the_changed_rows(qtbot, model, example: Catalogue) -> None:
    programme = example.find("Krami")
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    change = example.update_programme(programme.replace(places=33))
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.refresh(change, example)
    row = model.row_of(programme.id)
    assert signal.args[0].row() == row and signal.args[1].row() == row
    assert model.index(row, cm.COL_PLACES).data() == "33"
    assert not resets


def test_refresh_inserts_and_removes_rows(qtbot, model, example: Catalogue) -> None:
    with qtbot.waitSignal(model.rowsInserted):
        added = example.add_programme(Programme(name="Nytt"))
        model.refresh(added, example)
    assert model.rowCount() == 22
    new_id = added.programmes[0].id
    assert model.index(model.row_of(new_id), cm.COL_NAME).data() == "Nytt"
    with qtbot.waitSignal(model.rowsRemoved):
        model.refresh(example.delete_programmes([new_id]), example)
    assert model.rowCount() == 21 and model.row_of(new_id) == -1


def test_filters_by_unit_type_source_and_status(proxy, example: Catalogue) -> None:
    proxy.set_filters(unit="Jobbcentrum")
    assert proxy.rowCount() == sum(p.unit == "Jobbcentrum" for p in example.programmes())
    proxy.set_filters(unit="", type="secondary")
    assert proxy.rowCount() == sum(p.type.value == "secondary" for p in example.programmes())
    proxy.set_filters(type="", source="ske")
    expected = [p for p in example.programmes() if "SKE" in [s.source for s in p.sources]]
    assert proxy.rowCount() == len(expected) > 0
    proxy.set_filters(source="", status="closed")
    assert proxy.rowCount() == 0
    proxy.set_filters(status="")
    assert proxy.rowCount() == 21 and not proxy.is_filtered()


def test_search_matches_every_word_in_name_or_description(proxy) -> None:
    proxy.set_search("sommar")
    assert _names(proxy) and all("sommar" in n.casefold() for n in _names(proxy))
    proxy.set_search("UNGDOMAR 16-25")  # in descriptions, case-insensitive
    assert "Atlas" in _names(proxy)
    proxy.set_search("ungdomar nosuchword")
    assert proxy.rowCount() == 0


def test_sorts_numbers_as_numbers_and_empty_first(proxy) -> None:
    proxy.sort(cm.COL_PLACES, Qt.SortOrder.DescendingOrder)
    places = [int(proxy.index(r, cm.COL_PLACES).data()) for r in range(proxy.rowCount())]
    assert places == sorted(places, reverse=True) and places[0] == 660
    proxy.sort(cm.COL_BUDGETED, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, cm.COL_BUDGETED).data() == ""


def test_a_new_source_and_status_show_after_refresh(model, example: Catalogue) -> None:
    programme = example.find("VIA")
    change = example.update_programme(
        programme.replace(status=Status.PAUSED, sources=(SourceLink("KV", SourceRole.FALLBACK),))
    )
    model.refresh(change, example)
    row = model.row_of(programme.id)
    assert model.index(row, cm.COL_STATUS).data() == "Paused"
    assert model.index(row, cm.COL_SOURCES).data() == "(KV)"
    assert model.index(row, cm.COL_NAME).data(cm.PROGRAMME_ROLE).status is Status.PAUSED


def test_text_sorts_the_swedish_way_in_swedish() -> None:
    from amp_desktop.core import i18n as core_i18n

    words = ["Örebro", "Åby", "zeta", "Äpple", "Ekö"]
    try:
        core_i18n.set_backend(lambda _context, text: text, "sv")
        assert sorted(words, key=cm.text_sort_key) == ["Ekö", "zeta", "Åby", "Äpple", "Örebro"]
    finally:
        core_i18n.set_backend(None)
    assert sorted(words, key=cm.text_sort_key) == ["Åby", "Äpple", "Ekö", "Örebro", "zeta"]
