"""Kolada in the file: published values, KPI metadata, and the yearly settings.

Tables (schema version 5, :mod:`.schema`) — public statistics, never a person:

``kolada_values``
    ``(kpi, municipality, year, gender) → value, count, status`` as Kolada published
    them (``gender`` T, K or M; ``municipality`` an SCB code, ``0000`` the country,
    ``00NN`` a county, or a group id).
``kolada_kpis``
    per vocabulary key, the Kolada id and title its metadata fetch confirmed.

Settings in ``meta``: ``municipality_code`` (SCB code), ``population`` (inhabitants,
for figures per inhabitant), and what the last fetch found: ``kolada_peers_id`` and
``kolada_peers_title`` (the "Liknande kommuner arbetsmarknad" group).

One :class:`KoladaChange` replaces values (same KPI, municipality, year and gender),
metadata rows and settings, with what it replaced, so undo puts them back and the
writer refuses it when the file no longer holds what it expects.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from amp_desktop.core.months import months_between
from amp_desktop.core.store.resumption import resumed_of_held
from amp_desktop.core.store.rows import placeholders

ValueKey = tuple[str, str, int, str]  # kpi, municipality, year, gender
ValueRow = tuple[str, str, int, str, float | None, int | None, str]
KpiRow = tuple[str, str, str, str]  # key, kolada id, title, description
SettingRow = tuple[str, str | None]  # meta key, value (None: not set)

MUNICIPALITY_KEY = "municipality_code"
POPULATION_KEY = "population"
PEERS_ID_KEY = "kolada_peers_id"
PEERS_TITLE_KEY = "kolada_peers_title"
SETTING_KEYS = frozenset({MUNICIPALITY_KEY, POPULATION_KEY, PEERS_ID_KEY, PEERS_TITLE_KEY})

DDL = """
CREATE TABLE kolada_values (
    kpi TEXT NOT NULL,
    municipality TEXT NOT NULL,
    year INTEGER NOT NULL,
    gender TEXT NOT NULL CHECK (gender IN ('T', 'K', 'M')),
    value REAL,
    count INTEGER,
    status TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kpi, municipality, year, gender)
) WITHOUT ROWID;
CREATE TABLE kolada_kpis (
    key TEXT PRIMARY KEY,
    kolada_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);
"""


@dataclass(frozen=True)
class KoladaChange:
    """Kolada values, KPI metadata and settings before and after.

    *keys* are the values the change replaces (those in *after*, and on undo those
    it had added); *before* holds the rows of those keys the file had.
    """

    keys: tuple[ValueKey, ...] = ()
    before: tuple[ValueRow, ...] = ()
    after: tuple[ValueRow, ...] = ()
    kpis_before: tuple[KpiRow, ...] = ()
    kpis_after: tuple[KpiRow, ...] = ()
    kpi_keys: tuple[str, ...] = ()
    settings_before: tuple[SettingRow, ...] = ()
    settings_after: tuple[SettingRow, ...] = ()

    def inverse(self) -> KoladaChange:
        return KoladaChange(
            self.keys,
            self.after,
            self.before,
            self.kpis_after,
            self.kpis_before,
            self.kpi_keys,
            self.settings_after,
            self.settings_before,
        )

    def is_empty(self) -> bool:
        return (
            sorted(self.before, key=repr) == sorted(self.after, key=repr)
            and sorted(self.kpis_before) == sorted(self.kpis_after)
            and dict(self.settings_before) == dict(self.settings_after)
        )

    def log_entries(self) -> list[tuple[Any, ...]]:
        """Change-log entries: values per municipality (counts only) and settings."""
        old: dict[str, int] = {}
        new: dict[str, int] = {}
        for row in self.before:
            old[row[1]] = old.get(row[1], 0) + 1
        for row in self.after:
            new[row[1]] = new.get(row[1], 0) + 1
        out: list[tuple[Any, ...]] = [
            (
                None,
                "",
                f"kolada:{m}",
                f"{old[m]} values" if m in old else None,
                f"{new[m]} values" if m in new else None,
            )
            for m in sorted(set(old) | set(new))
            if old.get(m) != new.get(m) or m in new
        ]
        if sorted(self.kpis_before) != sorted(self.kpis_after):
            out.append(
                (
                    None,
                    "",
                    "kolada:kpis",
                    f"{len(self.kpis_before)} KPIs",
                    f"{len(self.kpis_after)} KPIs",
                )
            )
        before = dict(self.settings_before)
        for key, value in self.settings_after:
            if before.get(key) != value:
                out.append((None, "", f"setting:{key}", before.get(key), value))
        return out


def value_rows(conn: sqlite3.Connection, keys: Iterable[ValueKey]) -> list[ValueRow]:
    """The stored rows of *keys*, sorted."""
    wanted = set(keys)
    if not wanted:
        return []
    kpis = sorted({k[0] for k in wanted})
    places = sorted({k[1] for k in wanted})
    cursor = conn.execute(
        "SELECT kpi, municipality, year, gender, value, count, status FROM kolada_values "
        f"WHERE kpi IN ({placeholders(kpis)}) AND municipality IN ({placeholders(places)})",
        [*kpis, *places],
    )
    return sorted((tuple(r) for r in cursor if tuple(r[:4]) in wanted), key=repr)  # type: ignore[misc]


def kpi_rows(conn: sqlite3.Connection, keys: Iterable[str]) -> list[KpiRow]:
    wanted = sorted(set(keys))
    if not wanted:
        return []
    cursor = conn.execute(
        "SELECT key, kolada_id, title, description FROM kolada_kpis "
        f"WHERE key IN ({placeholders(wanted)}) ORDER BY key",
        wanted,
    )
    return [tuple(r) for r in cursor]  # type: ignore[misc]


def setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row and row[0] not in (None, "") else None


def matches(conn: sqlite3.Connection, change: KoladaChange) -> bool:
    """Whether the file holds what *change* expects to replace."""
    if value_rows(conn, change.keys) != sorted(change.before, key=repr):
        return False
    if kpi_rows(conn, change.kpi_keys) != sorted(change.kpis_before):
        return False
    return all(setting(conn, key) == value for key, value in change.settings_before)


def write(conn: sqlite3.Connection, change: KoladaChange) -> None:
    """Put *change*'s after-state in place (inside a transaction)."""
    conn.executemany(
        "DELETE FROM kolada_values WHERE kpi = ? AND municipality = ? AND year = ? AND gender = ?",
        change.keys,
    )
    conn.executemany("INSERT INTO kolada_values VALUES (?, ?, ?, ?, ?, ?, ?)", change.after)
    conn.executemany("DELETE FROM kolada_kpis WHERE key = ?", [(k,) for k in change.kpi_keys])
    conn.executemany("INSERT INTO kolada_kpis VALUES (?, ?, ?, ?)", change.kpis_after)
    for key, value in change.settings_after:
        if key not in SETTING_KEYS:
            raise ValueError(key)
        if value is None:
            conn.execute("DELETE FROM meta WHERE key = ?", [key])
        else:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )


class KoladaReads:
    """The Kolada and yearly reads of an open catalogue (mixed into ``Catalogue``)."""

    conn: sqlite3.Connection

    def kolada_rows(
        self, kpis: Iterable[str] | None = None, municipalities: Iterable[str] | None = None
    ) -> list[ValueRow]:
        """Stored Kolada values (of *kpis* and *municipalities* when given), sorted."""
        sql = "SELECT kpi, municipality, year, gender, value, count, status FROM kolada_values"
        clauses: list[str] = []
        params: list[object] = []
        for column, chosen in (("kpi", kpis), ("municipality", municipalities)):
            if chosen is not None:
                items = list(chosen)
                clauses.append(f"{column} IN ({placeholders(items)})")
                params += items
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        found = self.conn.execute(sql + " ORDER BY kpi, municipality, year, gender", params)
        return [tuple(r) for r in found]  # type: ignore[misc]

    def kolada_value_rows(self, keys: Iterable[ValueKey]) -> list[ValueRow]:
        return value_rows(self.conn, keys)

    def kolada_kpi_rows(self, keys: Iterable[str] | None = None) -> list[KpiRow]:
        if keys is not None:
            return kpi_rows(self.conn, keys)
        cursor = self.conn.execute(
            "SELECT key, kolada_id, title, description FROM kolada_kpis ORDER BY key"
        )
        return [tuple(r) for r in cursor]  # type: ignore[misc]

    def kolada_metadata(self) -> dict[str, tuple[str, str]]:
        """``key → (Kolada id, title)`` as the last metadata fetch confirmed them."""
        return {key: (kolada_id, title) for key, kolada_id, title, _ in self.kolada_kpi_rows()}

    def setting(self, key: str) -> str | None:
        return setting(self.conn, key)

    def settings_rows(self, keys: Iterable[str]) -> list[SettingRow]:
        return [(key, setting(self.conn, key)) for key in keys]

    def municipality_code(self) -> str | None:
        """The catalogue's municipality (SCB code), None when not set."""
        return setting(self.conn, MUNICIPALITY_KEY)

    def population(self) -> int | None:
        """The municipality's inhabitants as set, None when not set."""
        text = setting(self.conn, POPULATION_KEY)
        return int(text) if text and text.isdigit() and int(text) > 0 else None

    def results_by_gender(self, first: str, last: str) -> dict[str, Counter[str]]:
        """Every programme's measures summed per gender ("K", "M", "" not stated) for
        *first* … *last*, ``enrolled`` of each programme's first month with results in
        the period only, and beyond them after a gap or where two lists meet (as
        ``results.tallies``).

        Summed a month at a time: one query over a county's year (200,000 rows) is
        one step of SQLite's of 200 ms, in which the connection is held — a worker
        asking it made a write in the window wait as long (#10 item 4)."""
        out: dict[str, Counter[str]] = {}
        counted: set[int] = set()  # programmes whose enrolled is counted already
        held: dict[int, list[str]] = {}  # programme → its months with results, in order
        for month in months_between(first, last):
            cursor = self.conn.execute(
                "SELECT gender, measure, SUM(value) FROM results WHERE month = ? "
                "AND measure <> 'enrolled' GROUP BY gender, measure",
                [month],
            )
            for gender, measure, total in cursor:
                out.setdefault(gender, Counter())[measure] += total
            cursor = self.conn.execute(
                "SELECT programme_id, gender, SUM(CASE WHEN measure = 'enrolled' "
                "THEN value ELSE 0 END) FROM results WHERE month = ? "
                "GROUP BY programme_id, gender ORDER BY programme_id, gender",
                [month],
            )
            begun: set[int] = set()
            previous = None
            for programme_id, gender, enrolled in cursor:
                if programme_id != previous:  # (the months held, so the gaps, unscanned)
                    held.setdefault(programme_id, []).append(month)
                    previous = programme_id
                if programme_id not in counted:
                    begun.add(programme_id)
                    if enrolled:
                        out.setdefault(gender, Counter())["enrolled"] += enrolled
            counted |= begun
        resumed = resumed_of_held(self.conn, held, first, last)
        for (_programme_id, (gender, _need)), extra in resumed.items():
            out.setdefault(gender, Counter())["enrolled"] += extra
        return {gender: out[gender] for gender in sorted(out)}

    def results_coverage(self, first: str, last: str) -> tuple[set[int], set[str]]:
        """The programmes and the months in *first* … *last* that have stored results."""
        cursor = self.conn.execute(
            "SELECT DISTINCT month, programme_id FROM results WHERE month BETWEEN ? AND ?",
            [first, last],
        )
        programmes: set[int] = set()
        months: set[str] = set()
        for month, programme_id in cursor:
            months.add(month)
            programmes.add(programme_id)
        return programmes, months


def settings_values(values: Mapping[str, str | None]) -> tuple[SettingRow, ...]:
    """Settings as a change writes them (unknown keys refused)."""
    for key in values:
        if key not in SETTING_KEYS:
            raise ValueError(key)
    return tuple(sorted(values.items()))
