"""Reads: every question the program asks of an open catalogue file.

Each public method is :func:`~amp_desktop.core.store.errors.guarded`: what SQLite
raises while reading leaves it as a :class:`~amp_desktop.core.store.errors.StoreError`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from amp_desktop.core.domain import Programme, ReferralSource, SourceLink
from amp_desktop.core.store import rows
from amp_desktop.core.store.errors import guarded, guarded_rows
from amp_desktop.core.store.rows import placeholders


class CatalogueReader:
    """The read side of an open catalogue: programmes, sources, demand, scenarios, meta."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = path
        self.conn = conn

    # -- meta --------------------------------------------------------------------
    @guarded
    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @property
    def catalogue_id(self) -> str:
        return self.meta("catalogue_id")

    @property
    def schema_version(self) -> int:
        text = self.meta("schema_version", "0")
        if not text.isdigit():
            from amp_desktop.core.store.errors import BadValue, store_error

            raise store_error(BadValue("meta", "schema_version", "value", text), self.path)
        return int(text)

    @guarded
    def data_version(self) -> int:
        """A number that changes when another connection (another AMP) commits to the
        file; a read-only window compares it to know when to show the file afresh."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- programmes and sources --------------------------------------------------
    @guarded
    def programmes(self, ids: Iterable[int] | None = None) -> list[Programme]:
        """Programmes in id order (all, or those with *ids*)."""
        sql = rows.SELECT_PROGRAMMES
        params: list[Any] = []
        if ids is not None:
            params = list(ids)
            sql += f" WHERE id IN ({placeholders(params)})"
        records = self.conn.execute(sql + " ORDER BY id", params).fetchall()
        links = self._links([r[-1] for r in records] if ids is not None else None)
        return [rows.programme_from_record(r, links.get(r[-1], ())) for r in records]

    def _links(self, ids: list[int] | None) -> dict[int, tuple[SourceLink, ...]]:
        sql = "SELECT programme_id, source, role FROM programme_sources"
        params: list[Any] = []
        if ids is not None:
            sql += f" WHERE programme_id IN ({placeholders(ids)})"
            params = ids
        out: dict[int, list[SourceLink]] = {}
        # A catalogue has a few dozen distinct (source, role) pairs but thousands of
        # links: share one frozen SourceLink per pair (opening 1,000 programmes).
        known: dict[tuple[str, str], SourceLink] = {}
        for pid, source, role in self.conn.execute(
            sql + " ORDER BY programme_id, position", params
        ):
            link = rows.link(source, role, known)
            if pid in out:
                out[pid].append(link)
            else:
                out[pid] = [link]
        return {pid: tuple(v) for pid, v in out.items()}

    def programme(self, programme_id: int) -> Programme | None:
        found = self.programmes([programme_id])
        return found[0] if found else None

    @guarded
    def find(self, name_or_id: str) -> Programme | None:
        """A programme by id, exact name or short code (names case-insensitively)."""
        text = name_or_id.strip()
        if text.isdigit():
            found = self.programme(int(text))
            if found:
                return found
        row = self.conn.execute(
            "SELECT id FROM programmes WHERE name = ? COLLATE NOCASE "
            "OR (code != '' AND code = ? COLLATE NOCASE) ORDER BY id LIMIT 1",
            [text, text],
        ).fetchone()
        return self.programme(row[0]) if row else None

    @guarded
    def next_programme_id(self) -> int:
        row = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'programmes'"
        ).fetchone()
        top = self.conn.execute("SELECT MAX(id) FROM programmes").fetchone()[0] or 0
        return max(row[0] if row else 0, top) + 1

    @guarded
    def sources(self) -> list[ReferralSource]:
        return [
            rows.source_from_row(code, name, cat)
            for code, name, cat in self.conn.execute(
                "SELECT code, name, kolada_category FROM sources ORDER BY code"
            )
        ]

    @guarded
    def source(self, code: str) -> ReferralSource | None:
        row = self.conn.execute(
            "SELECT code, name, kolada_category FROM sources WHERE code = ?", [code]
        ).fetchone()
        return rows.source_from_row(*row) if row else None

    @guarded
    def units(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT unit FROM programmes WHERE unit != '' ORDER BY unit"
            )
        ]

    # -- demand ------------------------------------------------------------------
    @guarded
    def demand_rows(
        self,
        programme_ids: Iterable[int] | None = None,
        first: str | None = None,
        last: str | None = None,
    ) -> list[tuple[int, str, str, str, float]]:
        """Demand as ``(programme_id, month, source, kind, referrals)`` rows."""
        clauses: list[str] = []
        params: list[Any] = []
        if programme_ids is not None:
            ids = list(programme_ids)
            clauses.append(f"programme_id IN ({placeholders(ids)})")
            params += ids
        # "+month": read in primary-key order and filter, rather than by the month
        # index and then sort the result again (a third faster for a wide period).
        if first:
            clauses.append("+month >= ?")
            params.append(first)
        if last:
            clauses.append("+month <= ?")
            params.append(last)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        found: list[tuple[int, str, str, str, float]] = self.conn.execute(
            f"SELECT programme_id, month, source, kind, {rows.REFERRALS} FROM demand"
            + where
            + " ORDER BY programme_id, month, source, kind",
            params,
        ).fetchall()
        return found

    @guarded
    def demand_cells(self, first: str, last: str) -> Iterator[tuple[int, str, str, str, float]]:
        """Demand rows of months *first*…*last* like :meth:`demand_rows`, unordered,
        as they are read: consume them before the next call on this catalogue.

        The planning module reads every cell of a period at once; skipping the sort,
        the row conversion and the list of all rows saves half the time for 360,000
        rows.
        """
        cursor = self.conn.execute(
            f"SELECT programme_id, month, source, kind, {rows.REFERRALS} FROM demand "
            "WHERE month >= ? AND month <= ?",
            [first, last],
        )
        return guarded_rows(cursor, self.path)

    @guarded
    def demand_window(
        self, programme_ids: Iterable[int], first: str, last: str
    ) -> list[tuple[int, str, str, str, float]]:
        """Demand rows of *programme_ids* in months *first*…*last*, in the primary
        key's order (programme, month, source, kind), like :meth:`demand_rows`.

        Each programme's months are found through the primary key (programme, then
        month), so a year of a ten-year catalogue reads that year only; planning
        reads a chunk of programmes at a time this way (added for planning, #10).
        """
        ids = list(programme_ids)
        if not ids:
            return []
        found: list[tuple[int, str, str, str, float]] = self.conn.execute(
            f"SELECT programme_id, month, source, kind, {rows.REFERRALS} FROM demand "
            f"WHERE programme_id IN ({placeholders(ids)}) AND month >= ? AND month <= ? "
            "ORDER BY programme_id, month, source, kind",
            [*ids, first, last],
        ).fetchall()
        return found

    @guarded
    def demand_value(self, key: Any) -> float | None:
        """The referrals of one :class:`DemandKey` cell, None when there is no row."""
        row = self.conn.execute(
            "SELECT referrals FROM demand WHERE programme_id = ? AND month = ? "
            "AND source = ? AND kind = ?",
            [key.programme_id, key.month, key.source, key.kind],
        ).fetchone()
        return row[0] if row else None

    @guarded
    def demand_months(self) -> tuple[str, str] | None:
        """The first and last month that has demand, or None."""
        row = self.conn.execute("SELECT MIN(month), MAX(month) FROM demand").fetchone()
        return (row[0], row[1]) if row and row[0] else None

    # -- scenarios (stored as JSON; the planning module gives them meaning) --------
    @guarded
    def scenario_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM scenarios ORDER BY name")]

    @guarded
    def scenario_data(self, name: str) -> str | None:
        row = self.conn.execute("SELECT data FROM scenarios WHERE name = ?", [name]).fetchone()
        return row[0] if row else None
