"""Where one participant list's months meet another's — never a person.

Two lists meet where an import's months begin right after a month kept from an
earlier import, or end right before one.  On the first day of the later month the
later list may count more running than the earlier list's month ended with: those
who started late in that month, after the earlier list was taken.  They took part
in any period across both months, but neither list's ``starts`` nor the period's
first ``enrolled`` counts them, so the participants rule counts them there as it
does after a gap (:mod:`.resumption`); within one list the two always agree, so a
month marked here where they agree adds nothing.

The table (schema version 8, :mod:`.schema`):

``result_seams``
    ``(programme_id, month)``: *month*'s results and the month before's came from
    different lists.  A file upgraded from version 7 is marked where its stored
    months disagree (where they agree a mark would change nothing).

The rows ride in :class:`~amp_desktop.core.store.results.ResultsChange`
(``seams_before`` / ``seams_after``, over the change's months and the month after
them) so an import writes them in its own transaction and its undo puts the earlier
ones back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from amp_desktop.core.months import month_named, month_number
from amp_desktop.core.store.result_coverage import replace_month_rows, scope_month_rows
from amp_desktop.core.store.result_sums import ENROLLED, EXIT_PREFIX, START
from amp_desktop.core.store.rows import placeholders

SeamRow = tuple[int, str]  # programme, month

DDL = """
CREATE TABLE result_seams (
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    PRIMARY KEY (programme_id, month)
) WITHOUT ROWID;
"""


def _after(last: str) -> str:
    """The month after a change's last, where it meets the next list."""
    return month_named(month_number(last) + 1)


def scope_seams(
    conn: sqlite3.Connection, programme_ids: Iterable[int], first: str, last: str
) -> list[SeamRow]:
    """The stored seams of *programme_ids* in *first* … *last* and the month after,
    sorted."""
    return scope_month_rows(conn, "result_seams", programme_ids, first, last, _after(last))


def replace_seams(
    conn: sqlite3.Connection,
    programme_ids: Iterable[int],
    first: str,
    last: str,
    rows: Iterable[SeamRow],
) -> None:
    """Replace the seams of the scope (:func:`scope_seams`) with *rows* (inside the
    caller's transaction)."""
    replace_month_rows(conn, "result_seams", programme_ids, first, last, rows, _after(last))


def seams_in(conn: sqlite3.Connection, first: str, last: str) -> dict[int, set[str]]:
    """Per programme, the seams in *first* … *last* (a list's first month whose month
    before is in the period too: a seam on *first* itself changes nothing there)."""
    out: dict[int, set[str]] = {}
    for pid, month in conn.execute(
        "SELECT programme_id, month FROM result_seams WHERE month > ? AND month <= ?",
        [first, last],
    ):
        out.setdefault(pid, set()).add(month)
    return out


def import_seams(
    conn: sqlite3.Connection, programme_ids: Iterable[int], first: str, last: str
) -> tuple[SeamRow, ...]:
    """The seams of an import of *programme_ids* over *first* … *last* (its scope, as
    :func:`scope_seams`): on *first* where the month before holds results or was
    covered by an earlier import, on the month after *last* where that month does;
    none inside (one list agrees with itself)."""
    ids = sorted(set(programme_ids))
    if not ids:
        return ()
    before, after = month_named(month_number(first) - 1), _after(last)
    neighbours: set[SeamRow] = set()
    for table in ("results", "result_coverage"):
        neighbours.update(
            conn.execute(
                f"SELECT DISTINCT programme_id, month FROM {table} "
                f"WHERE programme_id IN ({placeholders(ids)}) AND month IN (?, ?)",
                [*ids, before, after],
            )
        )
    rows = [(pid, first) for pid in ids if (pid, before) in neighbours]
    rows += [(pid, after) for pid in ids if (pid, after) in neighbours]
    return tuple(sorted(rows))


def disagreeing(conn: sqlite3.Connection) -> list[SeamRow]:
    """The months whose stored ``enrolled`` in some group (gender and need level)
    exceeds the running at the end of the month before, held too: where two lists
    met in a file older than this table (one grouped pass over the results: a
    county's million rows in about a second)."""
    cursor = conn.execute(
        "SELECT programme_id, month, gender, need_level, "
        "SUM(CASE WHEN measure = ? THEN value ELSE 0 END), "
        "SUM(CASE WHEN measure IN (?, ?) THEN value "
        "WHEN substr(measure, 1, ?) = ? THEN -value ELSE 0 END) "
        "FROM results GROUP BY programme_id, month, gender, need_level",
        [ENROLLED, ENROLLED, START, len(EXIT_PREFIX), EXIT_PREFIX],
    )
    held: set[tuple[int, int]] = set()
    running: dict[tuple[int, int, str, str], int] = {}
    enrolled: list[tuple[int, int, str, str, str, int]] = []
    for pid, month, gender, need, counted, ended in cursor:
        number = month_number(month)
        held.add((pid, number))
        running[pid, number, gender, need] = ended
        if counted:
            enrolled.append((pid, number, gender, need, month, counted))
    found = {
        (pid, month)
        for pid, number, gender, need, month, counted in enrolled
        if (pid, number - 1) in held and counted > running.get((pid, number - 1, gender, need), 0)
    }
    return sorted(found)
