"""Results in the file: monthly counts per programme and group, persons per year, and
the saved mapping of exit-reason wordings — never a person.

The tables (schema version 4, :mod:`.schema`):

``results``
    ``(programme_id, month, gender, need_level, age_band, measure) → value``; the
    measures are those of :mod:`amp_desktop.core.results.aggregate`.
``result_persons``
    ``(year, programme_id, gender) → persons`` for the years a list wholly covered
    (programme 0 = all programmes together).
``exit_reasons``
    a case system's wording (its :func:`~amp_desktop.core.results.categories.reason_key`)
    → AMP's category key, kept for the next import.

An import replaces the results of the programmes and months its list covers and
leaves the rest: one :class:`ResultsChange` holds the rows of that scope before and
after, so undo puts the old ones back, and the writer refuses to apply it when the
file no longer holds the rows it expects (another AMP imported in between).  The
same transaction rewrites the results' compact yearly sums (:mod:`.result_sums`).  The
catalogue's reads of them: :mod:`.result_reads`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from amp_desktop.core.store import result_coverage, result_seams, result_sums
from amp_desktop.core.store.result_coverage import CoverageRow
from amp_desktop.core.store.result_seams import SeamRow
from amp_desktop.core.store.result_sums import ENROLLED
from amp_desktop.core.store.resumption import enrolled_counted, months_held, narrowed_to
from amp_desktop.core.store.rows import placeholders

ResultRow = tuple[int, str, str, str, str, str, int]  # programme, month, g, need, age, measure, n
PersonsRow = tuple[int, int, str, int]  # year, programme (0 = all), gender, persons

DDL = """
CREATE TABLE results (
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    need_level TEXT NOT NULL DEFAULT '',
    age_band TEXT NOT NULL DEFAULT '',
    measure TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value >= 0),
    PRIMARY KEY (programme_id, month, gender, need_level, age_band, measure)
) WITHOUT ROWID;
CREATE INDEX results_month ON results(month, programme_id, gender, need_level, measure, value);
CREATE TABLE result_persons (
    year INTEGER NOT NULL,
    programme_id INTEGER NOT NULL,
    gender TEXT NOT NULL DEFAULT '',
    persons INTEGER NOT NULL CHECK (persons >= 0),
    PRIMARY KEY (year, programme_id, gender)
) WITHOUT ROWID;
CREATE TABLE exit_reasons (
    wording TEXT PRIMARY KEY,
    reason TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class ResultsChange:
    """The results of *programme_ids* in months *first* … *last*, before and after.

    *years* are the calendar years whose persons counts the change replaces;
    *reasons* the saved wording → category mapping before and after (only the
    wordings this change touches); *coverage* the scope's rows of
    :mod:`.result_coverage` before and after, *seams* those of :mod:`.result_seams`
    (in the scope's months and the month after; None: the change leaves them alone).
    """

    programme_ids: tuple[int, ...]
    first: str
    last: str
    before: tuple[ResultRow, ...]
    after: tuple[ResultRow, ...]
    years: tuple[int, ...] = ()
    persons_before: tuple[PersonsRow, ...] = ()
    persons_after: tuple[PersonsRow, ...] = ()
    reasons_before: tuple[tuple[str, str | None], ...] = ()
    reasons_after: tuple[tuple[str, str | None], ...] = field(default=())
    coverage_before: tuple[CoverageRow, ...] | None = None
    coverage_after: tuple[CoverageRow, ...] | None = None
    seams_before: tuple[SeamRow, ...] | None = None
    seams_after: tuple[SeamRow, ...] | None = None

    def inverse(self) -> ResultsChange:
        return ResultsChange(
            self.programme_ids,
            self.first,
            self.last,
            self.after,
            self.before,
            self.years,
            self.persons_after,
            self.persons_before,
            self.reasons_after,
            self.reasons_before,
            self.coverage_after,
            self.coverage_before,
            self.seams_after,
            self.seams_before,
        )

    def is_empty(self) -> bool:
        if len(self.before) != len(self.after):
            return False  # (sorting 100,000 rows to learn that would take a while)
        return (
            sorted(self.before) == sorted(self.after)
            and sorted(self.persons_before) == sorted(self.persons_after)
            and dict(self.reasons_before) == dict(self.reasons_after)
            and sorted(self.coverage_before or ()) == sorted(self.coverage_after or ())
            and sorted(self.seams_before or ()) == sorted(self.seams_after or ())
        )


def scope_rows(
    conn: sqlite3.Connection, programme_ids: Iterable[int], first: str, last: str
) -> list[ResultRow]:
    """The stored results of *programme_ids* in *first* … *last*, sorted."""
    ids = list(programme_ids)
    if not ids:
        return []
    cursor = conn.execute(
        "SELECT programme_id, month, gender, need_level, age_band, measure, value FROM results "
        f"WHERE programme_id IN ({placeholders(ids)}) AND month BETWEEN ? AND ? "
        "ORDER BY programme_id, month, gender, need_level, age_band, measure",
        [*ids, first, last],
    )
    return [tuple(row) for row in cursor]  # type: ignore[misc]


def persons_rows(
    conn: sqlite3.Connection, years: Iterable[int], programme_ids: Iterable[int]
) -> list[PersonsRow]:
    """The stored persons counts of *years* for *programme_ids* (0 = all), sorted."""
    ys, ids = list(years), list(programme_ids)
    if not ys or not ids:
        return []
    cursor = conn.execute(
        "SELECT year, programme_id, gender, persons FROM result_persons "
        f"WHERE year IN ({placeholders(ys)}) AND programme_id IN ({placeholders(ids)}) "
        "ORDER BY year, programme_id, gender",
        [*ys, *ids],
    )
    return [tuple(row) for row in cursor]  # type: ignore[misc]


def reason_mapping(conn: sqlite3.Connection) -> dict[str, str]:
    """The saved wording → category mapping."""
    return dict(conn.execute("SELECT wording, reason FROM exit_reasons"))


def matches(conn: sqlite3.Connection, change: ResultsChange) -> bool:
    """Whether the file holds what *change* expects to replace."""
    if sorted(scope_rows(conn, change.programme_ids, change.first, change.last)) != sorted(
        change.before
    ):
        return False
    ids = (*change.programme_ids, 0)
    if sorted(persons_rows(conn, change.years, ids)) != sorted(change.persons_before):
        return False
    if change.coverage_before is not None and sorted(
        result_coverage.scope_coverage(conn, change.programme_ids, change.first, change.last)
    ) != sorted(change.coverage_before):
        return False
    if change.seams_before is not None and sorted(
        result_seams.scope_seams(conn, change.programme_ids, change.first, change.last)
    ) != sorted(change.seams_before):
        return False
    saved = reason_mapping(conn)
    return all(saved.get(wording) == reason for wording, reason in change.reasons_before)


def write(conn: sqlite3.Connection, change: ResultsChange) -> None:
    """Replace the scope's rows with *change*'s after-rows (inside a transaction)."""
    ids = list(change.programme_ids)
    if ids:
        conn.execute(
            f"DELETE FROM results WHERE programme_id IN ({placeholders(ids)}) AND month BETWEEN ? AND ?",
            [*ids, change.first, change.last],
        )
    conn.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?)", change.after)
    result_sums.update(conn, ids, change.first, change.last, change.after)
    if change.years:
        with_all = [*ids, 0]
        conn.execute(
            f"DELETE FROM result_persons WHERE year IN ({placeholders(change.years)}) "
            f"AND programme_id IN ({placeholders(with_all)})",
            [*change.years, *with_all],
        )
    conn.executemany("INSERT INTO result_persons VALUES (?, ?, ?, ?)", change.persons_after)
    if change.coverage_after is not None:
        result_coverage.replace_coverage(
            conn, change.programme_ids, change.first, change.last, change.coverage_after
        )
    if change.seams_after is not None:
        result_seams.replace_seams(
            conn, change.programme_ids, change.first, change.last, change.seams_after
        )
    for wording, reason in change.reasons_after:
        if reason is None:
            conn.execute("DELETE FROM exit_reasons WHERE wording = ?", [wording])
        else:
            conn.execute(
                "INSERT INTO exit_reasons(wording, reason) VALUES (?, ?) "
                "ON CONFLICT(wording) DO UPDATE SET reason = excluded.reason",
                [wording, reason],
            )


TallyKey = tuple[int, str, str]  # programme, gender, need level


def tallies(
    conn: sqlite3.Connection,
    first: str,
    last: str,
    *,
    need_level: str | None = None,
    gender: str | None = None,
) -> dict[TallyKey, Counter[str]]:
    """Summed measures per programme, gender and need level for *first* … *last*.

    ``enrolled`` is taken from one month per programme: the first of the period that
    holds any of its results (the enrolments running when the period, or the
    programme's lists, begin: ``amp_desktop.core.results.aggregate``), and beyond
    them where its results resume after a gap or two of its lists meet
    (:func:`.resumption.enrolled_counted`,
    from the months each programme holds, read first: so the sums need no join, a
    quarter fewer instructions for a county's year); every other measure is summed
    over the months.
    """
    held = months_held(conn, first, last)
    narrowed, narrowing = narrowed_to(need_level, gender)
    out: dict[TallyKey, Counter[str]] = {}
    get = out.get
    sql = (
        "SELECT programme_id, gender, need_level, measure, SUM(value) FROM results "
        f"WHERE month BETWEEN ? AND ? AND measure <> 'enrolled'{narrowed} "
        "GROUP BY programme_id, gender, need_level, measure"
    )
    for programme_id, g, need, measure, total in conn.execute(sql, [first, last, *narrowing]):
        key = (programme_id, g, need)
        counts = get(key)
        if counts is None:
            counts = out[key] = Counter()
        counts[measure] = total
    counted = enrolled_counted(conn, held, first, last, need_level=need_level, gender=gender)
    for key, enrolled in counted.items():
        counts = get(key)
        if counts is None:
            counts = out[key] = Counter()
        counts[ENROLLED] = enrolled
    return out


MonthlyRow = tuple[int, str, str, str, str, int]  # programme, month, gender, need, measure, n


def every_result(
    conn: sqlite3.Connection, first: str = "0000-00", last: str = "9999-99"
) -> Iterator[MonthlyRow]:
    """Every stored result of months *first* … *last* as ``(programme, month, gender,
    need, measure, value)``, the age bands one after another (the caller sums them)."""
    cursor = conn.execute(
        "SELECT programme_id, month, gender, need_level, measure, value FROM results "
        "WHERE month BETWEEN ? AND ?",
        [first, last],
    )
    return iter(cursor)


def results_extent(conn: sqlite3.Connection) -> tuple[str | None, str | None, int]:
    """The first and last month with results and the sum of every stored value."""
    lo, hi, total = conn.execute(
        "SELECT MIN(month), MAX(month), SUM(value) FROM results"
    ).fetchone()
    return lo, hi, total or 0


def months_with_results(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    """Per programme, the first and last month with results."""
    cursor = conn.execute(
        "SELECT programme_id, MIN(month), MAX(month) FROM results GROUP BY programme_id"
    )
    return {pid: (lo, hi) for pid, lo, hi in cursor}


def persons(conn: sqlite3.Connection, year: int, programme_id: int = 0) -> dict[str, int]:
    """Distinct persons in *year* by gender ("" = all), or {} when no list covered it."""
    cursor = conn.execute(
        "SELECT gender, persons FROM result_persons WHERE year = ? AND programme_id = ?",
        [year, programme_id],
    )
    return dict(cursor)


#: ``meta`` keys of the default goal per programme type (a fraction, "" = none).
DEFAULT_GOAL_KEYS = {"primary": "goal_default_primary", "secondary": "goal_default_secondary"}


def write_default_goals(conn: sqlite3.Connection, goals: Mapping[str, float | None]) -> None:
    """Store the default goal of each type in *goals* (None: no default)."""
    for programme_type, goal in goals.items():
        conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [DEFAULT_GOAL_KEYS[programme_type], "" if goal is None else repr(float(goal))],
        )
