"""The results' compact yearly sums (schema 7) always equal what the rows give: after an
import, a re-import of some months, undo, redo, a programme deleted with its results
and its undo, and in a file upgraded from version 6; without them (a copy upgraded in
memory to be read only, a missing stamp, sums too large) the rows are read."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import sqlite_utils

from amp_desktop.core.domain import Programme
from amp_desktop.core.results.aggregate import ENROLLED, aggregate
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange, result_sums
from amp_desktop.core.store.schema import APPLICATION_ID, migrations
from tests.results_data import enrolments, store_results


def _from_rows(conn: sqlite3.Connection) -> dict[tuple[int, str, str, str], dict[str, int]]:
    """``(programme, month, gender, need) → {measure: sum over age bands}`` of the rows."""
    out: dict[tuple[int, str, str, str], dict[str, int]] = {}
    for programme, month, gender, need, measure, value in conn.execute(
        "SELECT programme_id, month, gender, need_level, measure, SUM(value) FROM results "
        "GROUP BY programme_id, month, gender, need_level, measure"
    ):
        if value:
            out.setdefault((programme, month, gender, need), {})[measure] = value
    return out


def _unpacked(packed: int, measures: list[str]) -> dict[str, int]:
    mask = (1 << result_sums.WIDTH) - 1
    found = {}
    for position, measure in enumerate(measures):
        value = (packed >> (position * result_sums.WIDTH)) & mask
        if value and position:
            found[measure] = value
    assert packed >> (len(measures) * result_sums.WIDTH) == 0
    return found


def _from_sums(conn: sqlite3.Connection) -> dict[tuple[int, str, str, str], dict[str, int]]:
    """The same, from the compact sums (their totals and gender lines checked too)."""
    assert result_sums.ready(conn)
    measures = [m for _p, m in conn.execute("SELECT * FROM result_measures ORDER BY position")]
    assert measures[0] == ENROLLED
    out: dict[tuple[int, str, str, str], dict[str, int]] = {}
    for year, programme, total, blob in conn.execute("SELECT * FROM result_sums"):
        lines, genders, totals = result_sums.decode(blob)
        assert total == sum(totals) > 0
        by_gender: dict[str, list[int]] = {}
        for gender, need, packed, enrolled in lines:
            summed = by_gender.setdefault(gender, [0] * 24)
            for m in range(12):
                found = _unpacked(packed[m], measures)
                if enrolled[m]:
                    found[ENROLLED] = enrolled[m]
                if found:
                    out[(programme, f"{year:04d}-{m + 1:02d}", gender, need)] = found
                summed[m] += packed[m]
                summed[12 + m] += enrolled[m]
        assert {g: [*p, *e] for g, p, e in genders} == by_gender
        month_totals = Counter[int]()
        for (p, month, _g, _n), found in out.items():
            if p == programme and month.startswith(f"{year:04d}-"):
                month_totals[int(month[5:])] += sum(found.values())
        assert [month_totals[m + 1] for m in range(12)] == list(totals)
    return out


def _check(catalogue: Catalogue) -> None:
    assert _from_sums(catalogue.conn) == _from_rows(catalogue.conn)


def _with_programmes(catalogue: Catalogue, count: int = 4) -> None:
    programmes = [Programme(name=f"P{pid}", places=10, id=pid) for pid in range(1, count + 1)]
    catalogue.apply(
        ChangeSet("test", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes))
    )


def _reimport(catalogue: Catalogue, ids: list[int], first: str, last: str, seed: int) -> ChangeSet:
    """An updated list for *ids* covering *first* … *last* only (part of a year)."""
    made = [e for e in enrolments(ids, 2025, 1, starts_per_month=2, seed=seed)]
    rows = tuple(aggregate(made, first, last).rows())
    before = tuple(catalogue.results_scope(ids, first, last))
    change = ResultsChange(tuple(ids), first, last, before, rows)
    return catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))


def test_the_sums_follow_import_reimport_undo_redo_and_deletion(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    _with_programmes(catalogue)
    imported = store_results(catalogue, 2024, 2, starts_per_month=2, seed=5)
    _check(catalogue)
    assert {y for (y,) in catalogue.conn.execute("SELECT year FROM result_sums")} == {2024, 2025}

    again = _reimport(catalogue, [2, 3], "2025-03", "2025-08", seed=9)  # months in a year
    assert not again.is_empty()
    _check(catalogue)
    catalogue.apply(again.inverse("undo"))
    _check(catalogue)
    catalogue.apply(dataclasses.replace(again, kind="redo"))
    _check(catalogue)

    deleted = catalogue.delete_programmes([3])
    assert catalogue.conn.execute(
        "SELECT COUNT(*) FROM result_sums WHERE programme_id = 3"
    ).fetchone() == (0,)
    _check(catalogue)
    catalogue.apply(deleted.inverse("undo"))
    assert catalogue.conn.execute(
        "SELECT COUNT(*) FROM result_sums WHERE programme_id = 3"
    ).fetchone() == (2,)
    _check(catalogue)

    def stored() -> list[tuple[object, ...]]:
        rows = catalogue.conn.execute("SELECT * FROM result_sums ORDER BY year, programme_id")
        return [(year, pid, total, result_sums.decode(blob)) for year, pid, total, blob in rows]

    kept = stored()
    with catalogue.transaction():
        result_sums.rebuild(catalogue.conn)
    assert stored() == kept  # as made again from every row

    catalogue.apply(again.inverse("undo"))
    catalogue.apply(imported.inverse("undo"))  # nothing stored any more
    _check(catalogue)
    assert catalogue.conn.execute("SELECT COUNT(*) FROM result_sums").fetchone() == (0,)
    assert catalogue.results_sums_layout() is None


def _version_six(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(sqlite_utils.Database(conn), stop_before="0007_result_sums")
    conn.execute("INSERT INTO programmes(id, name, places) VALUES(1, 'Krami', 20), (2, 'Steg', 8)")
    rows = [
        (1, "2024-12", "K", "AM1", "16-24", "starts", 2),
        (1, "2024-12", "K", "AM1", "25-29", "starts", 3),  # summed over age bands
        (1, "2025-01", "K", "AM1", "16-24", "enrolled", 4),
        (1, "2025-01", "M", "", "", "exit:work", 1),
        (2, "2025-03", "", "AM3", "50-", "stay:4", 1),
        (2, "2025-03", "", "AM3", "50-", "days", 31),
    ]
    conn.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()


def test_a_version_six_file_gets_its_sums_when_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "v6.amp"
    _version_six(path)
    with Catalogue.open(path) as catalogue:
        assert catalogue.backup_made is not None
        _check(catalogue)
        layout = catalogue.results_sums_layout()
        assert layout is not None and (layout.first_year, layout.last_year) == (2024, 2025)
        assert layout.total == 2 + 3 + 4 + 1 + 1 + 31
        assert _from_rows(catalogue.conn)[(1, "2024-12", "K", "AM1")] == {"starts": 5}


def test_a_version_six_file_read_only_reads_the_rows(tmp_path: Path) -> None:
    from amp_desktop.core.planning import Period
    from amp_desktop.core.results.index_reading import new_index, read_years
    from amp_desktop.core.results.period import results_document

    path = tmp_path / "v6.amp"
    _version_six(path)
    before = path.read_bytes()
    with Catalogue.open(path, read_only=True) as catalogue:
        assert catalogue.read_only
        assert catalogue.results_sums_layout() is None  # not made in the copy in memory
        index = new_index(catalogue)
        assert index is not None and not index.compact
        read_years(catalogue, index, Period.year(2025))
        programmes, period = catalogue.programmes(), Period.year(2025)
        expected = results_document(
            programmes, catalogue.results_tallies("2025-01", "2025-12"), period
        )
        assert index.document(programmes, period) == expected
    assert path.read_bytes() == before


def test_without_the_stamp_the_rows_are_read_and_the_next_write_rebuilds(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    _with_programmes(catalogue)
    store_results(catalogue, 2025, 1, starts_per_month=1, seed=2)
    with catalogue.transaction():
        catalogue.conn.execute("DELETE FROM meta WHERE key = ?", [result_sums.STAMP_KEY])
        catalogue.conn.execute("DELETE FROM result_sums WHERE programme_id = 1")
    assert catalogue.results_sums_layout() is None
    _reimport(catalogue, [2], "2025-05", "2025-06", seed=4)
    _check(catalogue)  # every programme's, not only the one imported


def test_sums_too_large_for_their_fields_leave_the_reading_to_the_rows(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.results.index_reading import new_index

    catalogue = make_catalogue()
    _with_programmes(catalogue, 1)
    rows = ((1, "2025-01", "K", "", "", "days", 2**32),)
    change = ResultsChange((1,), "2025-01", "2025-01", (), rows)
    catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))
    assert result_sums.ready(catalogue.conn) and catalogue.results_sums_layout() is None
    index = new_index(catalogue)
    assert index is not None and not index.compact and index.width == 64


@pytest.mark.parametrize("blob", [b"", b"\x00not marshal"], ids=["empty", "garbage"])
def test_sums_this_python_cannot_read_leave_the_reading_to_the_rows(
    make_catalogue, blob: bytes
) -> None:  # type: ignore[no-untyped-def]
    import json

    from amp_desktop.core.planning import Period
    from amp_desktop.core.results.index_reading import new_index, read_years
    from amp_desktop.core.results.period import results_document

    catalogue = make_catalogue()
    _with_programmes(catalogue)
    store_results(catalogue, 2024, 2, starts_per_month=1, seed=6)
    index = new_index(catalogue)
    assert index is not None and index.compact
    read_years(catalogue, index, Period.year(2024))  # read from the sums
    with catalogue.transaction():
        catalogue.conn.execute("UPDATE result_sums SET sums = ? WHERE year = 2025", [blob])
    read_years(catalogue, index, Period.year(2025))
    assert not index.compact and index.unread() == []
    programmes = catalogue.programmes()
    for period in (Period.year(2024), Period("2024-10", "2025-03"), Period.year(2025)):
        tallies = catalogue.results_tallies(period.first, period.last)
        expected = results_document(programmes, tallies, period)
        got = index.document(programmes, period)
        assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_a_participant_list_imported_and_undone_keeps_the_sums_exact(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.excel.importer import analyse
    from tests.participant_lists import participant_rows, write_list

    catalogue = make_catalogue()
    names = ["Jobbspår", "Steg till arbete"]
    for name in names:
        catalogue.add_programme(Programme(name, places=10))
    listing = write_list(tmp_path / "lista.xlsx", participant_rows(names, 400, seed=3))
    preview = analyse(catalogue, listing)
    assert not preview.blocking, preview.problems[:3]
    applied = catalogue.apply(preview.changeset("list"))
    _check(catalogue)
    assert catalogue.results_sums_layout() is not None
    again = analyse(catalogue, listing)  # the same list again changes nothing
    assert again.changeset("again").is_empty()
    catalogue.apply(applied.inverse("undo"))
    _check(catalogue)
    assert catalogue.conn.execute("SELECT COUNT(*) FROM result_sums").fetchone() == (0,)


def test_a_current_file_opened_read_only_reads_its_sums(tmp_path: Path) -> None:
    from amp_desktop.core.planning import Period
    from amp_desktop.core.results.index_reading import new_index, read_years

    path = tmp_path / "shared.amp"
    with Catalogue.create(path) as catalogue:
        _with_programmes(catalogue, 2)
        store_results(catalogue, 2025, 1, starts_per_month=1, seed=8)
    before = path.read_bytes()
    with Catalogue.open(path, read_only=True) as catalogue:  # (as when another AMP holds it)
        index = new_index(catalogue)
        assert catalogue.read_only and index is not None and index.compact
        read_years(catalogue, index, Period.year(2025))
        assert index.unread() == []
        _check(catalogue)
    assert path.read_bytes() == before


def test_rows_outside_a_changes_scope_still_leave_the_sums_exact(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    _with_programmes(catalogue, 2)
    store_results(catalogue, 2025, 1, starts_per_month=1, seed=8)
    with catalogue.transaction():  # programme 2 without results in 2026-02 … 2026-12
        catalogue.conn.execute("DELETE FROM results WHERE programme_id = 2 AND month > '2025-06'")
        result_sums.rebuild(catalogue.conn)
    rows = (
        (1, "2025-07", "K", "", "", "starts", 5),
        (2, "2025-09", "M", "AM2", "", "starts", 7),  # not in the change's programmes
        (1, "2026-01", "", "", "", "days", 3),  # after its last month
    )
    before = tuple(catalogue.results_scope([1], "2025-07", "2025-07"))
    change = ResultsChange((1,), "2025-07", "2025-07", before, rows)
    with catalogue.transaction():
        from amp_desktop.core.store import results

        results.write(catalogue.conn, change)
    _check(catalogue)


@pytest.mark.parametrize("blob", [b"", b"\x00not marshal"], ids=["empty", "garbage"])
def test_a_write_over_a_blob_this_python_cannot_read_makes_the_sums_again(
    make_catalogue, blob: bytes
) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    _with_programmes(catalogue)
    store_results(catalogue, 2025, 1, starts_per_month=2, seed=5)
    with catalogue.transaction():
        catalogue.conn.execute("UPDATE result_sums SET sums = ? WHERE programme_id = 2", [blob])
    again = _reimport(catalogue, [2, 3], "2025-03", "2025-08", seed=9)  # no error for the user
    assert not again.is_empty()
    _check(catalogue)
