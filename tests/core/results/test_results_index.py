"""The results held in memory (the Results tab's quick path) give exactly the figures of
the store's tallies — every period, filter and total — and read only the years asked."""

from __future__ import annotations

import json

import pytest

from amp_desktop.core.planning import Period
from amp_desktop.core.results.index import ResultsIndex
from amp_desktop.core.results.index_reading import new_index, read_years
from amp_desktop.core.results.period import ResultsFilter, results_document
from amp_desktop.core.store import Catalogue
from tests.results_data import store_results

PERIODS = [
    Period.year(2024),
    Period.year(2025),
    Period.tertial(2025, 2),
    Period("2024-11", "2025-02"),  # across two years
    Period("2023-06", "2024-03"),  # starts before the first month with results
    Period("2025-11", "2026-04"),  # ends after the last
    Period.year(2022),  # no results at all
    Period("2025-12", "2025-12"),  # one month
]
FILTERS = [
    ResultsFilter(),
    ResultsFilter(need_level="AM2"),
    ResultsFilter(need_level=""),
    ResultsFilter(gender="K"),
    ResultsFilter(type="secondary"),
    ResultsFilter(unit="Navet", need_level="AM1", gender="M"),
]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:  # type: ignore[misc]
    from amp_desktop.core.domain import Programme, ProgrammeType
    from amp_desktop.core.store import ChangeSet, ProgrammeChange

    made = Catalogue.create(tmp_path_factory.mktemp("index") / "results.amp")
    programmes = [
        Programme(
            name=f"Programme {pid:02d}",
            places=5 + pid,
            annual_budget_sek=100_000 * pid,
            type=ProgrammeType.SECONDARY if pid % 3 == 0 else ProgrammeType.PRIMARY,
            unit=("Navet", "Jobbcentrum", "")[pid % 3],
            goal_work_or_studies_share=0.4 if pid % 2 else None,
            id=pid,
        )
        for pid in range(1, 13)
    ]
    made.apply(ChangeSet("test", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
    made.set_default_goals({"primary": 0.48})
    store_results(made, 2024, 2, starts_per_month=2, seed=3)
    yield made
    made.close()


def _read_all(catalogue: Catalogue) -> ResultsIndex:
    index = new_index(catalogue)
    assert index is not None
    read_years(catalogue, index, Period("2024-01", "2025-12"))
    return index


@pytest.mark.parametrize("period", PERIODS, ids=str)
def test_the_index_gives_the_figures_of_the_store(catalogue: Catalogue, period: Period) -> None:
    index = _read_all(catalogue)
    programmes, goals = catalogue.programmes(), catalogue.default_goals()
    for selection in FILTERS:
        tallies = catalogue.results_tallies(
            period.first, period.last, need_level=selection.need_level, gender=selection.gender
        )
        expected = results_document(programmes, tallies, period, selection, goals)
        got = index.document(programmes, period, selection, goals)
        assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True), selection


def test_only_the_years_a_period_touches_are_read(catalogue: Catalogue) -> None:
    index = new_index(catalogue)
    assert index is not None
    assert index.unread() == [("2024-01", "2025-12")]
    read_years(catalogue, index, Period.tertial(2025, 1))
    document = index.document(catalogue.programmes(), Period.tertial(2025, 1))
    assert index.unread() == [("2024-01", "2024-12")]  # the whole of 2025 read, 2024 not
    assert document["all"]["participants"] > 0
    with pytest.raises(ValueError, match="not read"):
        index.document(catalogue.programmes(), Period.year(2024))


def test_a_catalogue_without_results_has_no_index(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    assert new_index(make_catalogue()) is None


def test_the_fields_widen_when_the_sums_could_overflow() -> None:
    assert ResultsIndex("2025-01", "2025-12", 2**32 - 1).width == 32
    assert ResultsIndex("2025-01", "2025-12", 2**32).width == 64
    wide = ResultsIndex("2025-01", "2025-01", 2**70)
    assert wide.width == 72
    wide.load(
        [(1, "2025-01", "K", "", "days", 2**69), (1, "2025-01", "K", "", "starts", 3)],
        "2025-01",
        "2025-01",
    )
    assert wide.unpack(wide.programmes[1][0][2][0]) == {"days": 2**69, "starts": 3}


def test_the_months_held_are_nothing_for_the_cycle_collector_to_look_into(
    catalogue: Catalogue,
) -> None:
    import gc

    index = new_index(catalogue)
    assert index is not None
    read_years(catalogue, index, Period.year(2024))
    read_years(catalogue, index, Period.year(2025))  # read again into the same lines
    gc.collect()
    lines = [*index._lines.values(), *index._needs.values()]
    assert lines and not any(gc.is_tracked(line[2]) or gc.is_tracked(line[3]) for line in lines)
    expected = results_document(
        catalogue.programmes(), catalogue.results_tallies("2024-11", "2025-02"),
        Period("2024-11", "2025-02"), None, catalogue.default_goals(),
    )  # fmt: skip
    made = index.document(
        catalogue.programmes(), Period("2024-11", "2025-02"), None, catalogue.default_goals()
    )
    assert json.dumps(made, sort_keys=True) == json.dumps(expected, sort_keys=True)


class _RowsOnly:
    """A catalogue seen without its compact sums (as an older file read only is)."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def results_extent(self) -> tuple[str | None, str | None, int]:
        return self.catalogue.results_extent()

    def results_every(self, first: str = "0000-00", last: str = "9999-99"):  # type: ignore[no-untyped-def]
        return self.catalogue.results_every(first, last)


def test_a_year_is_read_from_the_compact_sums_without_reading_the_rows(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the rows were read")

    monkeypatch.setattr(type(catalogue), "results_every", refused)
    monkeypatch.setattr(type(catalogue), "results_extent", refused)
    index = new_index(catalogue)
    assert index is not None and index.compact
    read_years(catalogue, index, Period.year(2025))
    assert index.unread() == [("2024-01", "2024-12")]
    monkeypatch.undo()
    period, programmes, goals = Period.year(2025), catalogue.programmes(), catalogue.default_goals()
    expected = results_document(
        programmes, catalogue.results_tallies("2025-01", "2025-12"), period, None, goals
    )
    assert json.dumps(
        index.document(programmes, period, None, goals), sort_keys=True
    ) == json.dumps(expected, sort_keys=True)


def test_the_rows_and_the_compact_sums_give_the_same_index(catalogue: Catalogue) -> None:
    compact = _read_all(catalogue)
    rows = new_index(_RowsOnly(catalogue))
    assert rows is not None and compact.compact and not rows.compact
    read_years(_RowsOnly(catalogue), rows, Period("2024-01", "2025-12"))
    programmes, goals = catalogue.programmes(), catalogue.default_goals()
    for period in PERIODS:
        for selection in FILTERS:
            got = compact.document(programmes, period, selection, goals)
            expected = rows.document(programmes, period, selection, goals)
            assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)
