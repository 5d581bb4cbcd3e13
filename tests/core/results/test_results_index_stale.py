"""A read-only window's results index while the AMP that edits the file saves other
results (it hears of it only at its next look, up to two seconds later): a year read
meanwhile is not added to sums of the file as it was — that raised "int too big to
convert" for a measure never seen before, and mixed two states of the file otherwise."""

from __future__ import annotations

import json
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.results.index_reading import new_index, read_years
from amp_desktop.core.results.period import results_document
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from tests.core.results.test_results_index import FILTERS, PERIODS
from tests.results_data import store_results


def _same_as_the_rows(reader: Catalogue, index: object) -> None:
    programmes, goals = reader.programmes(), reader.default_goals()
    for period in PERIODS:
        read_years(reader, index, period)  # type: ignore[arg-type]
        for selection in FILTERS:
            tallies = reader.results_tallies(
                period.first, period.last, need_level=selection.need_level, gender=selection.gender
            )
            expected = results_document(programmes, tallies, period, selection, goals)
            got = index.document(programmes, period, selection, goals)  # type: ignore[attr-defined]
            assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True), (
                period,
                selection,
            )


def _catalogue(path: Path) -> Catalogue:
    writer = Catalogue.create(path)
    programmes = [
        Programme(name=f"P{pid}", places=5, unit=("Navet", "")[pid % 2], id=pid)
        for pid in range(1, 5)
    ]
    writer.apply(ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes)))
    store_results(writer, 2024, 2, starts_per_month=2, seed=3)
    return writer


def test_a_year_read_after_another_amp_saved_new_measures_and_large_sums(tmp_path: Path) -> None:
    writer = _catalogue(tmp_path / "shared.amp")
    reader = Catalogue.open(tmp_path / "shared.amp", read_only=True)
    try:
        index = new_index(reader)
        assert index is not None and index.compact
        read_years(reader, index, Period.year(2024))  # the tab shows 2024
        rows = (
            (2, "2025-05", "M", "AM2", "16-24", "stay:99", 2),  # a measure never seen
            (2, "2025-05", "M", "AM2", "16-24", "starts", 2**32 - 1),  # past 32 bits
        )
        before = tuple(writer.results_scope([2], "2025-05", "2025-05"))
        change = ResultsChange((2,), "2025-05", "2025-05", before, rows)
        writer.apply(ChangeSet("Results", results=(change,), kind="import"))
        _same_as_the_rows(reader, index)  # then switches to 2025, before hearing of it
    finally:
        reader.close()
        writer.close()


def test_a_year_read_after_another_amp_imported_again(tmp_path: Path) -> None:
    writer = _catalogue(tmp_path / "shared.amp")
    reader = Catalogue.open(tmp_path / "shared.amp", read_only=True)
    try:
        index = new_index(reader)
        assert index is not None
        read_years(reader, index, Period.year(2025))
        store_results(writer, 2024, 2, starts_per_month=3, seed=8)  # every month again
        _same_as_the_rows(reader, index)  # (2024-11 … 2025-02 not half old, half new)
    finally:
        reader.close()
        writer.close()
