"""The change log: what every action changed (field, old → new, when), and forgetting it.

The log is written inside the transaction of the change it records
(:func:`record`).  How long it is kept is the catalogue's own setting, stored in
its ``meta`` table (:data:`RETENTION_KEY`: a number of days, or empty for ever);
:func:`purge_before` removes what is older, and :func:`forget_programmes` removes
every entry about a programme when it is deleted and the user asks for that.
With ``secure_delete`` on (every writing connection), what is removed is
overwritten in the file, not only unlinked.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING, Any

from amp_desktop.core.store import journal_mark
from amp_desktop.core.store.changes import ChangeSet
from amp_desktop.core.store.rows import num_text

if TYPE_CHECKING:  # opening a file does not load the results module (#10 item 8)
    from amp_desktop.core.store.results import ResultRow, ResultsChange

#: The ``meta`` key of the retention setting: days to keep, "" = for ever.
RETENTION_KEY = "change_log_keep_days"

_KEYS = ("at", "action", "description", "programme_id", "programme", "field", "old", "new")


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def record(conn: sqlite3.Connection, change: ChangeSet) -> None:
    """Log *change* as one action with one entry per changed field or cell."""
    cursor = conn.execute(
        "INSERT INTO actions(at, kind, description) VALUES(?, ?, ?)",
        [now(), change.kind, change.description],
    )
    conn.executemany(
        "INSERT INTO change_log(action_id, programme_id, programme_name, field, old, new) "
        "VALUES(?, ?, ?, ?, ?, ?)",
        [(cursor.lastrowid, *entry) for entry in entries(change)],
    )


def entries(change: ChangeSet) -> list[tuple[Any, ...]]:
    """``(programme_id, programme_name, field, old, new)`` for each thing *change* changes.

    A delete that forgets its programmes' history logs only that they went, with
    no old values.
    """
    out: list[tuple[Any, ...]] = []
    forgotten = forgotten_ids(change)
    for programme_change in change.programmes:
        if programme_change.id in forgotten:
            out.append((programme_change.id, "", "deleted", None, None))
            continue
        for field, old, new in programme_change.field_changes():
            out.append((programme_change.id, programme_change.name, field, old, new))
    for demand_change in change.demand:
        key = demand_change.key
        if key.programme_id in forgotten:
            continue
        out.append(
            (
                key.programme_id,
                "",
                f"demand:{key.kind}:{key.month}:{key.source}",
                num_text(demand_change.before),
                num_text(demand_change.after),
            )
        )
    for scenario_change in change.scenarios:
        out.append(
            (
                None,
                "",
                f"scenario:{scenario_change.name}",
                scenario_change.before,
                scenario_change.after,
            )
        )
    for source_change in change.sources:
        out.append(
            (
                None,
                "",
                f"source:{source_change.code}",
                source_change.before.name if source_change.before else None,
                source_change.after.name if source_change.after else None,
            )
        )
    for results_change in change.results:
        out.extend(results_entries(results_change))
    kept = tuple(c for c in change.mandates if c.programme_id not in forgotten)
    if kept or change.agreements:  # opening a file does not load mandates (#10 item 8)
        from amp_desktop.core.store import mandates

        out.extend(mandates.log_entries(kept, change.agreements))
    for kolada_change in change.kolada:
        out.extend(kolada_change.log_entries())
    for setting_change in change.settings:
        if setting_change.key == RETENTION_KEY:
            continue  # the log's own retention is no entry in it: a purged log stays empty
        out.append(
            (None, "", f"setting:{setting_change.key}", setting_change.before, setting_change.after)
        )
    return out


def results_entries(change: ResultsChange) -> list[tuple[Any, ...]]:
    """Per programme, its starts and exits in the replaced months, before and after;
    and each exit-reason wording whose saved category changed (counts only)."""
    field = f"results:{change.first}..{change.last}"

    def summary(rows: tuple[ResultRow, ...]) -> dict[int, str]:
        starts: dict[int, int] = {}
        exits: dict[int, int] = {}
        for pid, _m, _g, _n, _a, measure, value in rows:
            if measure == "starts":
                starts[pid] = starts.get(pid, 0) + value
            elif measure.startswith("exit:"):
                exits[pid] = exits.get(pid, 0) + value
        return {
            pid: f"starts {starts.get(pid, 0)}, exits {exits.get(pid, 0)}"
            for pid in set(starts) | set(exits)
        }

    old, new = summary(change.before), summary(change.after)
    out: list[tuple[Any, ...]] = [
        (pid, "", field, old.get(pid), new.get(pid))
        for pid in sorted(set(old) | set(new))
        if old.get(pid) != new.get(pid)
    ]
    before = dict(change.reasons_before)
    for wording, reason in change.reasons_after:
        if before.get(wording) != reason:
            out.append((None, "", f"exit_reason:{wording}", before.get(wording), reason))
    return out


def forgotten_ids(change: ChangeSet) -> set[int]:
    """Programmes *change* deletes together with their history."""
    if not change.forget_history:
        return set()
    return {c.id for c in change.programmes if c.after is None}


def read(
    conn: sqlite3.Connection, programme_id: int | None = None, limit: int = 500
) -> list[dict[str, Any]]:
    """Latest changes first: when, action, programme, field, old, new."""
    # An entry written without the programme's name (a mandate, a referral cell) takes
    # the programme's name now; a deleted programme's, the one it was written with.
    sql = (
        "SELECT a.at, a.kind, a.description, c.programme_id, "
        "COALESCE(NULLIF(c.programme_name, ''), p.name, ''), "
        "c.field, c.old, c.new FROM change_log c JOIN actions a "
        "ON a.id = c.action_id LEFT JOIN programmes p ON p.id = c.programme_id"
    )
    params: list[Any] = []
    if programme_id is not None:
        sql += " WHERE c.programme_id = ?"
        params.append(programme_id)
    sql += " ORDER BY c.id DESC LIMIT ?"
    params.append(limit)
    return [dict(zip(_KEYS, row, strict=True)) for row in conn.execute(sql, params)]


def forget_programmes(conn: sqlite3.Connection, names: dict[int, str], unnamed: str) -> int:
    """Remove every entry about the programmes *names* (id → name) and the actions
    left empty; an action that keeps other entries but names one of them in its
    description is described as *unnamed* instead.  Returns the entries removed."""
    id_list = list(names)
    if not id_list:
        return 0
    marks = ",".join("?" * len(id_list))
    touched = [
        r[0]
        for r in conn.execute(
            f"SELECT DISTINCT action_id FROM change_log WHERE programme_id IN ({marks})", id_list
        )
    ]
    removed = conn.execute(
        f"DELETE FROM change_log WHERE programme_id IN ({marks})", id_list
    ).rowcount
    _drop_empty_actions(conn)
    for action_id in touched:
        row = conn.execute("SELECT description FROM actions WHERE id = ?", [action_id]).fetchone()
        if row and any(name and name in row[0] for name in names.values()):
            conn.execute("UPDATE actions SET description = ? WHERE id = ?", [unnamed, action_id])
    return int(removed)


def purge_before(conn: sqlite3.Connection, cutoff: str) -> int:
    """Remove entries of actions before *cutoff* (ISO text) and those actions; returns entries."""
    removed = conn.execute(
        "DELETE FROM change_log WHERE action_id IN (SELECT id FROM actions WHERE at < ?)",
        [cutoff],
    ).rowcount
    conn.execute("DELETE FROM actions WHERE at < ?", [cutoff])
    return int(removed)


def _drop_empty_actions(conn: sqlite3.Connection) -> None:
    conn.execute(
        "DELETE FROM actions WHERE NOT EXISTS "
        "(SELECT 1 FROM change_log c WHERE c.action_id = actions.id)"
    )


def cutoff_text(older_than: dt.datetime | dt.date | str) -> str:
    """*older_than* as the ISO text the log's ``at`` column is compared with."""
    if isinstance(older_than, dt.datetime):
        return older_than.isoformat(timespec="seconds")
    if isinstance(older_than, dt.date):
        return older_than.isoformat()
    return dt.date.fromisoformat(str(older_than)).isoformat()


def retention_cutoff(days: int, today: dt.datetime | None = None) -> str:
    """The cutoff of a retention of *days*: entries before it go."""
    return cutoff_text((today or dt.datetime.now()) - dt.timedelta(days=days))


def apply_retention(conn: sqlite3.Connection) -> int:
    """Purge what the catalogue's retention setting no longer keeps (one transaction)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [RETENTION_KEY]).fetchone()
    days = parse_retention(row[0]) if row else None
    if days is None:
        return 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        journal_mark.record(conn)  # which journal is this one's (#11.9)
        removed = purge_before(conn, retention_cutoff(days))
    except BaseException:
        conn.execute("ROLLBACK")
        journal_mark.forget(conn)
        raise
    conn.execute("COMMIT")
    journal_mark.forget(conn)
    return removed


def parse_retention(text: str) -> int | None:
    """The stored retention setting: days, or None (for ever; also for text no AMP writes)."""
    return int(text) if text.strip().isdigit() else None
