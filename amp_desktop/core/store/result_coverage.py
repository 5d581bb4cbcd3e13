"""Which programmes and months an imported participant list covered — never a person.

The table (schema version 6, :mod:`.schema`):

``result_coverage``
    ``(programme_id, month)`` for every programme and month whose results an import
    replaced.  A month covered but without a stored result is a real zero (nobody was
    enrolled), not a gap; the yearly figures say "no results imported" only for months
    no import covered.  A file upgraded from version 5 starts with the table empty:
    AMP does not guess which months its earlier imports covered, it counts the months
    that hold stored results as covered (as before) until a list is imported again.

The rows ride in :class:`~amp_desktop.core.store.results.ResultsChange`
(``coverage_before`` / ``coverage_after``) so an import records them in its own
transaction and its undo puts the earlier ones back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from amp_desktop.core.months import months_between
from amp_desktop.core.store.rows import placeholders

CoverageRow = tuple[int, str]  # programme, month

DDL = """
CREATE TABLE result_coverage (
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    PRIMARY KEY (programme_id, month)
) WITHOUT ROWID;
CREATE INDEX result_coverage_month ON result_coverage(month, programme_id);
"""


def covering(programme_ids: Iterable[int], first: str, last: str) -> tuple[CoverageRow, ...]:
    """The rows saying an import covered *programme_ids* in *first* … *last*."""
    months = months_between(first, last)
    return tuple((pid, month) for pid in sorted(set(programme_ids)) for month in months)


def scope_coverage(
    conn: sqlite3.Connection, programme_ids: Iterable[int], first: str, last: str
) -> list[CoverageRow]:
    """The stored coverage of *programme_ids* in *first* … *last*, sorted."""
    return scope_month_rows(conn, "result_coverage", programme_ids, first, last)


def replace_coverage(
    conn: sqlite3.Connection,
    programme_ids: Iterable[int],
    first: str,
    last: str,
    rows: Iterable[CoverageRow],
) -> None:
    """Replace the coverage of the scope with *rows* (inside the caller's transaction)."""
    replace_month_rows(conn, "result_coverage", programme_ids, first, last, rows)


def _scope(ids: list[int], first: str, last: str, also: str | None) -> tuple[str, list[object]]:
    """The condition and parameters of *ids* in *first* … *last* (and in the month
    *also*, when given)."""
    months = "month BETWEEN ? AND ?" if also is None else "(month BETWEEN ? AND ? OR month = ?)"
    extra = [] if also is None else [also]
    return f"programme_id IN ({placeholders(ids)}) AND {months}", [*ids, first, last, *extra]


def scope_month_rows(
    conn: sqlite3.Connection,
    table: str,
    programme_ids: Iterable[int],
    first: str,
    last: str,
    also: str | None = None,
) -> list[tuple[int, str]]:
    """The ``(programme, month)`` rows of *table* (this one, or :mod:`.result_seams`)
    for *programme_ids* in *first* … *last* and the month *also*, sorted."""
    ids = list(programme_ids)
    if not ids:
        return []
    condition, parameters = _scope(ids, first, last, also)
    cursor = conn.execute(
        f"SELECT programme_id, month FROM {table} WHERE {condition} ORDER BY programme_id, month",
        parameters,
    )
    return [tuple(row) for row in cursor]  # type: ignore[misc]


def replace_month_rows(
    conn: sqlite3.Connection,
    table: str,
    programme_ids: Iterable[int],
    first: str,
    last: str,
    rows: Iterable[tuple[int, str]],
    also: str | None = None,
) -> None:
    """Replace the rows of :func:`scope_month_rows`'s scope with *rows* (inside the
    caller's transaction)."""
    ids = list(programme_ids)
    if ids:
        condition, parameters = _scope(ids, first, last, also)
        conn.execute(f"DELETE FROM {table} WHERE {condition}", parameters)
    conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)


def covered_months(
    conn: sqlite3.Connection, first: str, last: str, only_gaps: bool = False
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Per programme, the months in *first* … *last* an import covered, and the months
    that hold stored results (covered too, by an import older than the table).

    *only_gaps*: the stored months only of the programmes whose imports left months of
    the period out — all a programme's gaps need (its other months are covered
    whatever is stored), read by the primary key instead of a scan of the period's
    results (a year of a county's: 45 ms → under 5)."""
    imported: dict[int, set[str]] = {}
    for pid, month in conn.execute(
        "SELECT programme_id, month FROM result_coverage WHERE month BETWEEN ? AND ?",
        [first, last],
    ):
        imported.setdefault(pid, set()).add(month)
    stored: dict[int, set[str]] = {}
    if only_gaps:
        length = len(months_between(first, last))
        for pid in sorted(pid for pid, months in imported.items() if len(months) < length):
            months = {
                month
                for (month,) in conn.execute(
                    "SELECT DISTINCT month FROM results "
                    "WHERE programme_id = ? AND month BETWEEN ? AND ?",
                    [pid, first, last],
                )
            }
            if months:
                stored[pid] = months
        return imported, stored
    for month, pid in conn.execute(
        "SELECT DISTINCT month, programme_id FROM results WHERE month BETWEEN ? AND ?",
        [first, last],
    ):
        stored.setdefault(pid, set()).add(month)
    return imported, stored


def programmes_known(conn: sqlite3.Connection, first: str, last: str) -> set[int]:
    """The programmes whose results are known for some month of *first* … *last*: an
    import covered it there, or results are stored for it there (an import older than
    this table) — the one definition of "results imported for the period"; every other
    programme's figures are unknown, never zeros (an index seek per programme)."""
    known = {
        pid
        for (pid,) in conn.execute(
            "SELECT DISTINCT programme_id FROM result_coverage WHERE month BETWEEN ? AND ?",
            [first, last],
        )
    }
    known.update(
        pid
        for (pid,) in conn.execute(
            "SELECT id FROM programmes AS p WHERE EXISTS (SELECT 1 FROM results AS r "
            "WHERE r.programme_id = p.id AND r.month BETWEEN ? AND ?)",
            [first, last],
        )
    )
    return known


def months_covered(conn: sqlite3.Connection, first: str, last: str) -> set[str]:
    """The months in *first* … *last* an import covered or that hold a result, for any
    programme (an index seek per month: no scan of the year's results)."""
    found = {
        month
        for (month,) in conn.execute(
            "SELECT DISTINCT month FROM result_coverage WHERE month BETWEEN ? AND ?",
            [first, last],
        )
    }
    for month in months_between(first, last):
        if (
            month not in found
            and conn.execute("SELECT 1 FROM results WHERE month = ? LIMIT 1", [month]).fetchone()
        ):
            found.add(month)
    return found
