"""The results summed per programme and year in a compact form the Results tab reads
at C speed — derived from ``results``, which stays the truth; never a person.

The tables (schema version 7, :mod:`.schema`):

``result_measures``
    ``position → measure``: each measure's field in a packed sum, given once and kept
    (position 0 is ``enrolled``, which is kept apart, not packed).
``result_sums``
    ``(year, programme_id) → total, sums``: the programme's results of the year
    summed over age bands, per gender and need level, as ``marshal`` of
    ``(lines, genders, totals)``: ``lines`` are ``(gender, need level, packed, enrolled)``
    with twelve monthly numbers each, ``packed`` holding every measure but ``enrolled``
    in :data:`WIDTH`-bit fields at its position; ``genders`` the same per gender, the
    need levels together; ``totals`` the sum of every value per month, and ``total``
    theirs.  The layout :class:`amp_desktop.core.results.index.ResultsIndex` keeps
    in memory, so a year of a county's results (375,000 rows) is read as 1,000 blobs.

:func:`update` rewrites the blobs of the programmes and years a
:class:`~amp_desktop.core.store.results.ResultsChange` touches, in its transaction
(an import, its undo and redo, a programme deleted with its results).  ``meta``'s
:data:`STAMP_KEY` says the blobs are complete in :data:`FORMAT`; without it (an
older file upgraded in memory for reading) the readers fall back to the rows, and
the next write of results rebuilds them.  The packed fields hold only while the sum
of every stored value fits :data:`WIDTH` bits (:func:`layout` says None otherwise).
"""

from __future__ import annotations

import marshal
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from amp_desktop.core.store.rows import placeholders

#: The measure kept apart (``amp_desktop.core.results.aggregate.ENROLLED``).
ENROLLED = "enrolled"
#: The stored measures the participants rule reads with it (:mod:`.resumption`):
#: starts, and exits by reason.
START = "starts"
EXIT_PREFIX = "exit:"
#: Bits per measure in a packed sum.
WIDTH = 32
#: What ``meta``'s :data:`STAMP_KEY` holds when the blobs are complete and in this form.
FORMAT = "1"
STAMP_KEY = "result_sums"
MARSHAL_VERSION = 4

DDL = """
CREATE TABLE result_measures (
    position INTEGER PRIMARY KEY,
    measure TEXT NOT NULL UNIQUE
);
INSERT INTO result_measures(position, measure) VALUES (0, 'enrolled');
CREATE TABLE result_sums (
    year INTEGER NOT NULL,
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    total INTEGER NOT NULL,
    sums BLOB NOT NULL,
    PRIMARY KEY (year, programme_id)
);
-- (covering: layout() reads the years and the total without touching a blob)
CREATE INDEX result_sums_programme ON result_sums(programme_id, year, total);
"""

ResultRow = tuple[int, str, str, str, str, str, int]  # programme, month, g, need, age, measure, n
#: ``(gender, need level, packed, enrolled)`` of a blob, twelve months each.
Line = tuple[str, str, tuple[int, ...], tuple[int, ...]]
#: ``(gender, packed, enrolled)``: a blob's lines of one gender summed.
GenderLine = tuple[str, tuple[int, ...], tuple[int, ...]]
Decoded = tuple[tuple[Line, ...], tuple[GenderLine, ...], tuple[int, ...]]
#: ``[packed, enrolled, totals]`` per month of one programme, year, gender and need level.
_Months = list[list[int]]


@dataclass(frozen=True)
class SumsLayout:
    """What a reader needs to use the blobs: the measures by position, the first and
    last year held, the sum of every value and the field width."""

    measures: tuple[str, ...]
    first_year: int
    last_year: int
    total: int
    width: int = WIDTH


def ready(conn: sqlite3.Connection) -> bool:
    """Whether the blobs are complete and in this AMP's form."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", [STAMP_KEY]).fetchone()
    except sqlite3.OperationalError:
        return False
    return row is not None and row[0] == FORMAT


def layout(conn: sqlite3.Connection) -> SumsLayout | None:
    """The layout of the blobs, or None when the readers must use the rows (no
    complete blobs, no results, or sums too large for the fields)."""
    if not ready(conn):
        return None
    first, last, total = conn.execute(
        "SELECT MIN(year), MAX(year), SUM(total) FROM result_sums"
    ).fetchone()
    if first is None or (total or 0).bit_length() > WIDTH:
        return None
    measures = [
        m
        for _p, m in conn.execute("SELECT position, measure FROM result_measures ORDER BY position")
    ]
    return SumsLayout(tuple(measures), first, last, total or 0)


def year_sums(conn: sqlite3.Connection, year: int) -> list[tuple[int, bytes]]:
    """``(programme, blob)`` of every programme with results in *year*."""
    cursor = conn.execute("SELECT programme_id, sums FROM result_sums WHERE year = ?", [year])
    return cursor.fetchall()


def decode(blob: bytes) -> Decoded:
    """``(lines, genders, totals)`` of a blob (see the module's docstring)."""
    lines, genders, totals = marshal.loads(blob)
    return lines, genders, totals


def _positions(conn: sqlite3.Connection) -> dict[str, int]:
    return {m: p for p, m in conn.execute("SELECT position, measure FROM result_measures")}


def _pack(
    conn: sqlite3.Connection, rows: Iterable[ResultRow]
) -> dict[tuple[int, int], dict[tuple[str, str], _Months]]:
    """*rows* summed per programme and year, then gender and need level (new measures
    are given the next positions)."""
    positions = _positions(conn)
    shifts = {m: p * WIDTH for m, p in positions.items() if m != ENROLLED}
    months: dict[str, tuple[int, int]] = {}
    groups: dict[tuple[int, int, str, str], _Months] = {}
    key: tuple[int, int, str, str] | None = None
    packed = enrolled = totals = [0]
    for programme, month, gender, need, _age, measure, value in rows:
        at = months.get(month)
        if at is None:
            at = months[month] = (int(month[:4]), int(month[5:7]) - 1)
        year, m = at
        if key != (programme, year, gender, need):
            key = (programme, year, gender, need)
            line = groups.get(key)
            if line is None:
                line = groups[key] = [[0] * 12, [0] * 12, [0] * 12]
            packed, enrolled, totals = line
        totals[m] += value
        if measure == ENROLLED:
            enrolled[m] += value
            continue
        shift = shifts.get(measure)
        if shift is None:
            position = max(positions.values()) + 1
            conn.execute(
                "INSERT INTO result_measures(position, measure) VALUES (?, ?)", [position, measure]
            )
            positions[measure] = position
            shift = shifts[measure] = position * WIDTH
        packed[m] += value << shift
    out: dict[tuple[int, int], dict[tuple[str, str], _Months]] = {}
    for (programme, year, gender, need), line in groups.items():
        out.setdefault((programme, year), {})[(gender, need)] = line
    return out


def _blob(lines: dict[tuple[str, str], _Months]) -> tuple[int, bytes] | None:
    """The total and blob of one programme's year (None when it holds nothing)."""
    totals = [0] * 12
    kept = []
    genders: dict[str, list[list[int]]] = {}
    for (gender, need), (packed, enrolled, month_totals) in sorted(lines.items()):
        for m in range(12):
            totals[m] += month_totals[m]
        if not (any(packed) or any(enrolled)):
            continue  # (only values of 0: nothing to add)
        kept.append((gender, need, tuple(packed), tuple(enrolled)))
        both = genders.setdefault(gender, [[0] * 12, [0] * 12])
        for m in range(12):
            both[0][m] += packed[m]
            both[1][m] += enrolled[m]
    if not kept:
        return None
    summed = tuple((g, tuple(p), tuple(e)) for g, (p, e) in genders.items())
    return sum(totals), marshal.dumps((tuple(kept), summed, tuple(totals)), MARSHAL_VERSION)


def _opened(blob: bytes) -> dict[tuple[str, str], _Months]:
    """A stored blob back as lines to change (the totals are kept per month, not per
    line: the first line carries them, and :func:`_blob` sums every line's)."""
    lines, _genders, totals = decode(blob)
    out: dict[tuple[str, str], _Months] = {}
    for n, (gender, need, packed, enrolled) in enumerate(lines):
        out[(gender, need)] = [list(packed), list(enrolled), list(totals) if n == 0 else [0] * 12]
    return out


def _write(
    conn: sqlite3.Connection,
    found: dict[tuple[int, int], dict[tuple[str, str], _Months]],
    keys: Iterable[tuple[int, int]],
) -> None:
    put, gone = [], []
    for programme, year in keys:
        made = _blob(found.get((programme, year), {}))
        if made is None:
            gone.append((year, programme))
        else:
            put.append((year, programme, *made))
    conn.executemany("DELETE FROM result_sums WHERE year = ? AND programme_id = ?", gone)
    conn.executemany("INSERT OR REPLACE INTO result_sums VALUES (?, ?, ?, ?)", put)


def update(
    conn: sqlite3.Connection,
    programme_ids: Iterable[int],
    first: str,
    last: str,
    after: Iterable[ResultRow],
) -> None:
    """The blobs of *programme_ids* in the years of *first* … *last* after their rows
    of those months were replaced by *after* (inside the caller's transaction)."""
    if not ready(conn):
        rebuild(conn)
        return
    scope = set(programme_ids)
    found = _pack(conn, after)
    keys = set(found)
    # (Rows of *after* outside the scope — never made so — still leave the blobs exact.)
    ids = sorted(scope | {programme for programme, _year in found})
    years = [int(first[:4]), int(last[:4]), *(year for _programme, year in found)]
    if ids:
        stored = conn.execute(
            f"SELECT year, programme_id, sums FROM result_sums WHERE programme_id IN "
            f"({placeholders(ids)}) AND year BETWEEN ? AND ?",
            [*ids, min(years), max(years)],
        ).fetchall()
        for year, programme, blob in stored:
            if programme not in scope and (programme, year) not in found:
                continue  # untouched
            keys.add((programme, year))
            kept = [
                m
                for m in range(12)
                if programme not in scope or not first <= f"{year:04d}-{m + 1:02d}" <= last
            ]
            if not kept:
                continue  # every month of the year replaced
            try:
                opened = _opened(blob)
            except (ValueError, EOFError, TypeError):
                rebuild(conn)  # a blob this AMP cannot read: all made again from the rows
                return
            lines = found.setdefault((programme, year), {})
            for group, (packed, enrolled, totals) in opened.items():
                line = lines.setdefault(group, [[0] * 12, [0] * 12, [0] * 12])
                for m in kept:
                    line[0][m] += packed[m]
                    line[1][m] += enrolled[m]
                    line[2][m] += totals[m]
    _write(conn, found, sorted(keys))


def rebuild(conn: sqlite3.Connection) -> None:
    """Every blob made again from the rows, a year at a time, and stamped complete."""
    conn.execute("DELETE FROM result_sums")
    lo, hi = conn.execute("SELECT MIN(month), MAX(month) FROM results").fetchone()
    if lo is not None:
        for year in range(int(lo[:4]), int(hi[:4]) + 1):
            rows = conn.execute(
                "SELECT programme_id, month, gender, need_level, age_band, measure, value "
                "FROM results WHERE month BETWEEN ? AND ?",
                [f"{year:04d}-01", f"{year:04d}-12"],
            )
            found = _pack(conn, rows)
            _write(conn, found, sorted(found))
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [STAMP_KEY, FORMAT],
    )
