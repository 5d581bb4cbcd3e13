"""Schema versions of the catalogue file, as migrations applied on open."""

from __future__ import annotations

import sqlite_utils

from amp_desktop.core.store import (
    kolada,
    mandates,
    result_coverage,
    result_seams,
    result_sums,
    results,
)
from amp_desktop.core.store.version import APPLICATION_ID, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "migrations"]

MIGRATION_SET = "amp"

migrations = sqlite_utils.Migrations(MIGRATION_SET)


def _set_version(db: sqlite_utils.Database, version: int) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES('schema_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [str(version)],
    )


@migrations(name="0001_catalogue")
def m0001_catalogue(db: sqlite_utils.Database) -> None:
    """Version 1: programmes, referral sources, their links and the change log."""
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE programmes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            target_group TEXT NOT NULL DEFAULT '',
            age_min INTEGER,
            age_max INTEGER,
            places INTEGER NOT NULL DEFAULT 0 CHECK (places >= 0),
            budgeted_places INTEGER CHECK (budgeted_places >= 0),
            annual_budget_sek INTEGER CHECK (annual_budget_sek >= 0),
            type TEXT NOT NULL DEFAULT 'primary',
            skr_category TEXT,
            unit TEXT NOT NULL DEFAULT '',
            funding TEXT NOT NULL DEFAULT '',
            start_date TEXT,
            end_date TEXT,
            average_stay_weeks REAL,
            months TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE sources (
            code TEXT PRIMARY KEY COLLATE NOCASE,
            name TEXT NOT NULL DEFAULT '',
            kolada_category TEXT NOT NULL DEFAULT 'other'
        );
        CREATE TABLE programme_sources (
            programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
            source TEXT NOT NULL REFERENCES sources(code),
            role TEXT NOT NULL DEFAULT 'main',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (programme_id, source)
        );
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action_id INTEGER NOT NULL REFERENCES actions(id),
            programme_id INTEGER,
            programme_name TEXT NOT NULL DEFAULT '',
            field TEXT NOT NULL,
            old TEXT,
            new TEXT
        );
        CREATE INDEX change_log_programme ON change_log(programme_id);
        """
    )
    _set_version(db, 1)


@migrations(name="0002_demand_and_scenarios")
def m0002_demand_and_scenarios(db: sqlite_utils.Database) -> None:
    """Version 2: referral demand per programme, month and source; scenarios."""
    db.executescript(
        """
        CREATE TABLE demand (
            programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
            month TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('actual', 'forecast')),
            referrals REAL NOT NULL CHECK (referrals >= 0),
            PRIMARY KEY (programme_id, month, source, kind)
        ) WITHOUT ROWID;
        CREATE INDEX demand_month ON demand(month, programme_id, source, kind, referrals);
        CREATE TABLE scenarios (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            created_at TEXT NOT NULL,
            data TEXT NOT NULL
        );
        """
    )
    _set_version(db, 2)


@migrations(name="0003_results")
def m0003_results(db: sqlite_utils.Database) -> None:
    """Version 3: results per programme and month (counts only), persons per year,
    the saved exit-reason mapping, and a goal per programme (empty in old files)."""
    db.executescript(results.DDL)
    db.execute("ALTER TABLE programmes ADD COLUMN goal_work_or_studies_share REAL")
    _set_version(db, 3)


@migrations(name="0004_mandates")
def m0004_mandates(db: sqlite_utils.Database) -> None:
    """Version 4: agreements, and each programme's legal bases and board decision;
    the programmes of an older file get an empty mandate flagged for review."""
    db.executescript(mandates.DDL)
    db.execute(mandates.UPGRADE)
    _set_version(db, 4)


@migrations(name="0005_kolada")
def m0005_kolada(db: sqlite_utils.Database) -> None:
    """Version 5: Kolada's published values and KPI metadata (public statistics)."""
    db.executescript(kolada.DDL)
    _set_version(db, 5)


@migrations(name="0006_result_coverage")
def m0006_result_coverage(db: sqlite_utils.Database) -> None:
    """Version 6: which programmes and months each participant import covered (empty
    in an older file: its months with stored results count as covered, nothing more)."""
    db.executescript(result_coverage.DDL)
    _set_version(db, 6)


@migrations(name="0007_result_sums")
def m0007_result_sums(db: sqlite_utils.Database) -> None:
    """Version 7: the results summed per programme and year in a compact form, made
    from the rows of the file being upgraded (a copy upgraded in memory to be read
    only leaves them out: its readers use the rows)."""
    db.executescript(result_sums.DDL)
    in_memory = not db.execute("PRAGMA database_list").fetchone()[2]
    if not in_memory:
        result_sums.rebuild(db.conn)
    _set_version(db, 7)


@migrations(name="0008_result_seams")
def m0008_result_seams(db: sqlite_utils.Database) -> None:
    """Version 8: the months where one participant list meets another, marked in the
    file being upgraded where its stored months disagree (:mod:`.result_seams`; a
    copy upgraded in memory to be read only too, so it counts as the upgraded file
    does: about a second for a county's million rows)."""
    db.executescript(result_seams.DDL)
    rows = result_seams.disagreeing(db.conn)
    db.conn.executemany("INSERT INTO result_seams VALUES (?, ?)", rows)
    _set_version(db, 8)
