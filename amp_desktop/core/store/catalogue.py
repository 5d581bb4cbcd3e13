"""The catalogue file: the one door to the database.

A catalogue is one SQLite file (``.amp``).  Opening it checks that it is an AMP
catalogue of a version this program knows, backs it up and migrates it if it is
older, and takes the writer lock.  Every change goes through :meth:`Catalogue.apply`
as one :class:`ChangeSet` in one transaction, checked against the rules and
recorded in the change log.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from amp_desktop.core import rules
from amp_desktop.core.domain import (
    FIELD_NAMES,
    KoladaCategory,
    Programme,
    ProgrammeType,
    ReferralSource,
    SkrCategory,
    SourceLink,
    SourceRole,
    Status,
    format_months,
)
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import backup
from amp_desktop.core.store.changes import (
    ChangeSet,
    ConflictError,
    DemandChange,
    DemandKey,
    ProgrammeChange,
    ScenarioChange,
    SourceChange,
)
from amp_desktop.core.store.lock import CatalogueLock
from amp_desktop.core.store.version import APPLICATION_ID, SCHEMA_VERSION

EXTENSION = ".amp"


class StoreError(RuntimeError):
    """A catalogue file that cannot be opened; the message is for the user."""


class NotACatalogueError(StoreError):
    """The file is not an AMP catalogue."""


class NewerVersionError(StoreError):
    """The file was written by a newer AMP."""


class ReadOnlyError(StoreError):
    """A write to a catalogue opened read-only."""


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _remove_journal(path: Path) -> None:
    path.with_name(path.name + "-journal").unlink(missing_ok=True)


def _remove_file(path: Path) -> None:
    """Delete *path* and its rollback journal, if there."""
    path.unlink(missing_ok=True)
    _remove_journal(path)


def _move_into_place(partial: Path, path: Path, *, overwrite: bool) -> None:
    """Rename the finished *partial* to *path*; without *overwrite* never over a file."""
    exists = StoreError(translate("Store", "{path} already exists.").format(path=path))
    if not overwrite and path.exists():
        raise exists
    # A journal left beside *path* belongs to an older file: SQLite would roll it
    # back into the new one.
    _remove_journal(path)
    if overwrite:
        os.replace(partial, path)
        return
    try:
        os.link(partial, path)  # fails if *path* exists, atomically (also over SMB)
    except FileExistsError:
        raise exists from None
    except OSError:
        # No hard links on this file system (FAT, some shares): the lock keeps
        # other AMPs away, so look first and rename.
        if path.exists():
            raise exists from None
        os.replace(partial, path)
        return
    partial.unlink()


def _recover_hot_journal(path: Path) -> None:
    """Roll back a transaction a crashed writer left behind.

    A read-only connection cannot replay a hot rollback journal ("attempt to write
    a readonly database"), so when a journal lies beside the file, let one
    read-write connection read the schema: SQLite then restores the file to its
    last committed state, as any later writer would.
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists():
        return
    conn = _connect(path, "rw")
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def _probe(path: Path) -> tuple[int, int]:
    """``(application_id, schema version)`` of an existing file, read-only."""
    if not path.exists():
        raise StoreError(translate("Store", "The file {path} does not exist.").format(path=path))
    if path.is_dir():
        raise StoreError(
            translate("Store", "{path} is a folder, not a catalogue.").format(path=path)
        )
    if path.stat().st_size == 0:
        raise NotACatalogueError(
            translate("Store", "{path} is empty, not an AMP catalogue.").format(path=path)
        )
    try:
        _recover_hot_journal(path)
        conn = _connect(path, "ro")
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = 0
            if app_id == APPLICATION_ID:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                version = int(row[0]) if row else 0
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotACatalogueError(
            translate("Store", "{path} is not an AMP catalogue ({reason}).").format(
                path=path, reason=exc
            )
        ) from None
    if app_id != APPLICATION_ID:
        raise NotACatalogueError(
            translate("Store", "{path} is not an AMP catalogue.").format(path=path)
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            translate(
                "Store",
                "{path} was saved by a newer version of AMP (file version {v}, this "
                "AMP reads up to {mine}). Update AMP to open it.",
            ).format(path=path, v=version, mine=SCHEMA_VERSION)
        )
    return app_id, version


class Catalogue:
    """An open catalogue file.  Use :meth:`create` or :meth:`open`; close when done."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: CatalogueLock | None
    ):
        self.path = path
        self.read_only = read_only
        self._lock = lock
        self.conn = conn
        self._savepoints = 0
        self.backup_made: Path | None = None

    # -- opening and closing -------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Catalogue:
        """Make a new, empty catalogue at *path* and open it for writing.

        The file is built under a temporary name beside *path* and moved into
        place only when complete, so an interrupted create leaves no half-made
        catalogue behind (only the temporary file, cleared by the next create).
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise StoreError(translate("Store", "{path} already exists.").format(path=path))
        lock = CatalogueLock(path)
        lock.acquire()
        partial = path.with_name(path.name + ".creating")
        try:
            # Under the lock of *path*, no other AMP is building this partial file:
            # one found here was left by a create that was killed.
            _remove_file(partial)
            cls._build(partial)
            _move_into_place(partial, path, overwrite=overwrite)
            conn = _connect(path, "rw")
            try:
                catalogue = cls(path, conn, False, lock)
                catalogue._configure()
            except BaseException:
                conn.close()
                raise
            return catalogue
        except BaseException:
            with contextlib.suppress(OSError):
                _remove_file(partial)
            lock.release()
            raise

    @classmethod
    def _build(cls, path: Path) -> None:
        """Write a complete new catalogue at *path* (which does not exist) and close it."""
        conn = _connect(path, "rwc")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            catalogue = cls(path, conn, False, None)
            catalogue._configure()
            catalogue._migrate()
            with catalogue.transaction():
                import uuid  # only new files need it (uuid imports platform: 2 ms)

                catalogue._set_meta("catalogue_id", str(uuid.uuid4()))
                catalogue._set_meta("created_at", _now())
        finally:
            conn.close()

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, backups_kept: int = backup.KEEP
    ) -> Catalogue:
        """Open an existing catalogue; migrate it (after a backup) if it is older.

        Raises :class:`StoreError` subclasses with a message for the user, and
        :class:`~amp_desktop.core.store.lock.LockedError` when another AMP
        process holds it for writing.  The file is not touched on any error.
        """
        path = Path(path)
        _app_id, version = _probe(path)
        if read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(
                    translate(
                        "Store",
                        "{path} is from an older AMP and must be opened for "
                        "editing once to be upgraded.",
                    ).format(path=path)
                )
            return cls(path, _connect(path, "ro"), True, None)
        lock = CatalogueLock(path)
        lock.acquire()
        try:
            conn = _connect(path, "rw")
            catalogue = cls(path, conn, False, lock)
            catalogue._configure()
            if version < SCHEMA_VERSION:
                catalogue.backup_made = backup.make_backup(
                    conn, path, f"v{version}", keep=max(backups_kept, 1)
                )
                catalogue._migrate()
            return catalogue
        except BaseException:
            lock.release()
            raise

    def _migrate(self) -> None:
        """Apply the schema migrations this file lacks (each in its transaction)."""
        # Imported here: sqlite-utils is only needed to create or upgrade a file,
        # and importing it costs a sixth of the window's start-up.
        import sqlite_utils

        from amp_desktop.core.store.schema import migrations

        migrations.apply(sqlite_utils.Database(self.conn))

    def _configure(self) -> None:
        # Rollback journal, not WAL: catalogues may live on a network share.
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy of the catalogue to *target* (SQLite backup API).

        The copy is a complete catalogue of its own; the open file is not changed.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StoreError(
                translate("Store", "A copy cannot replace the catalogue itself: {path}.").format(
                    path=target
                )
            )
        partial = target.with_name(target.name + ".partial")
        out = sqlite3.connect(partial)
        try:
            self.conn.backup(out)
        finally:
            out.close()
        partial.replace(target)
        return target

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``)."""
        if self.read_only:
            raise ReadOnlyError(translate("Store", "The catalogue is open read-only."))
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"amp_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._savepoints -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- meta --------------------------------------------------------------------
    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def meta(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @property
    def catalogue_id(self) -> str:
        return self.meta("catalogue_id")

    @property
    def schema_version(self) -> int:
        return int(self.meta("schema_version", "0"))

    # -- reading -----------------------------------------------------------------
    def programmes(self, ids: Iterable[int] | None = None) -> list[Programme]:
        """Programmes in id order (all, or those with *ids*)."""
        sql = _SELECT_PROGRAMMES
        params: list[Any] = []
        if ids is not None:
            id_list = list(ids)
            sql += f" WHERE id IN ({','.join('?' * len(id_list))})"
            params = id_list
        records = self.conn.execute(sql + " ORDER BY id", params).fetchall()
        links = self._links([r[-1] for r in records] if ids is not None else None)
        return [_programme_from_record(r, links.get(r[-1], ())) for r in records]

    def _links(self, ids: list[int] | None) -> dict[int, tuple[SourceLink, ...]]:
        sql = "SELECT programme_id, source, role FROM programme_sources"
        params: list[Any] = []
        if ids is not None:
            sql += f" WHERE programme_id IN ({','.join('?' * len(ids))})"
            params = ids
        out: dict[int, list[SourceLink]] = {}
        # A catalogue has a few dozen distinct (source, role) pairs but thousands of
        # links: share one frozen SourceLink per pair (opening 1,000 programmes).
        known: dict[tuple[str, str], SourceLink] = {}
        for pid, source, role in self.conn.execute(
            sql + " ORDER BY programme_id, position", params
        ):
            link = known.get((source, role))
            if link is None:
                link = known[source, role] = SourceLink(source, SourceRole(role))
            if pid in out:
                out[pid].append(link)
            else:
                out[pid] = [link]
        return {pid: tuple(v) for pid, v in out.items()}

    def programme(self, programme_id: int) -> Programme | None:
        found = self.programmes([programme_id])
        return found[0] if found else None

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

    def sources(self) -> list[ReferralSource]:
        return [
            ReferralSource(code, name, KoladaCategory(cat))
            for code, name, cat in self.conn.execute(
                "SELECT code, name, kolada_category FROM sources ORDER BY code"
            )
        ]

    def source(self, code: str) -> ReferralSource | None:
        row = self.conn.execute(
            "SELECT code, name, kolada_category FROM sources WHERE code = ?", [code]
        ).fetchone()
        return ReferralSource(row[0], row[1], KoladaCategory(row[2])) if row else None

    def data_version(self) -> int:
        """A number that changes when another connection (another AMP) commits to the
        file; a read-only window compares it to know when to show the file afresh."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def units(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT unit FROM programmes WHERE unit != '' ORDER BY unit"
            )
        ]

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
            clauses.append(f"programme_id IN ({','.join('?' * len(ids))})")
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
        rows: list[tuple[int, str, str, str, float]] = self.conn.execute(
            "SELECT programme_id, month, source, kind, referrals FROM demand"
            + where
            + " ORDER BY programme_id, month, source, kind",
            params,
        ).fetchall()
        return rows

    def demand_cells(self, first: str, last: str) -> Iterator[tuple[int, str, str, str, float]]:
        """Demand rows of months *first*…*last* like :meth:`demand_rows`, unordered,
        as they are read: consume them before the next call on this catalogue.

        The planning module reads every cell of a period at once; skipping the sort,
        the row conversion and the list of all rows saves half the time for 360,000
        rows.
        """
        return self.conn.execute(
            "SELECT programme_id, month, source, kind, referrals FROM demand "
            "WHERE month >= ? AND month <= ?",
            [first, last],
        )

    def demand_months(self) -> tuple[str, str] | None:
        """The first and last month that has demand, or None."""
        row = self.conn.execute("SELECT MIN(month), MAX(month) FROM demand").fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def change_log(self, programme_id: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Latest changes first: when, action, programme, field, old, new."""
        sql = (
            "SELECT a.at, a.kind, a.description, c.programme_id, c.programme_name, "
            "c.field, c.old, c.new FROM change_log c JOIN actions a "
            "ON a.id = c.action_id"
        )
        params: list[Any] = []
        if programme_id is not None:
            sql += " WHERE c.programme_id = ?"
            params.append(programme_id)
        sql += " ORDER BY c.id DESC LIMIT ?"
        params.append(limit)
        keys = ("at", "action", "description", "programme_id", "programme", "field", "old", "new")
        return [dict(zip(keys, row, strict=True)) for row in self.conn.execute(sql, params)]

    # -- scenarios (stored as JSON; the planning module gives them meaning) --------
    def scenario_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM scenarios ORDER BY name")]

    def scenario_data(self, name: str) -> str | None:
        row = self.conn.execute("SELECT data FROM scenarios WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def save_scenario(self, name: str, data: str) -> ChangeSet:
        """Save (or replace) scenario *name* as one undoable change."""
        before = self.scenario_data(name)
        if before == data:
            return ChangeSet()
        change = ScenarioChange(name, before, data)
        description = translate("Store", "Save scenario “{name}”").format(name=name)
        return self.apply(ChangeSet(description, kind="scenario", scenarios=(change,)))

    def delete_scenario(self, name: str) -> ChangeSet:
        """Delete scenario *name* as one undoable change (empty if there is none)."""
        before = self.scenario_data(name)
        if before is None:
            return ChangeSet()
        description = translate("Store", "Delete scenario “{name}”").format(name=name)
        change = ScenarioChange(name, before, None)
        return self.apply(ChangeSet(description, kind="scenario", scenarios=(change,)))

    # -- building change sets ------------------------------------------------------
    def next_programme_id(self) -> int:
        row = self.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'programmes'"
        ).fetchone()
        top = self.conn.execute("SELECT MAX(id) FROM programmes").fetchone()[0] or 0
        return max(row[0] if row else 0, top) + 1

    def add_programme(self, programme: Programme, kind: str = "add") -> ChangeSet:
        """Add *programme* (its id is assigned); returns what was done."""
        new = programme.replace(id=self.next_programme_id())
        change = ChangeSet(
            translate("Store", "Add “{name}”").format(name=new.name),
            (ProgrammeChange(new.id, None, new),),  # type: ignore[arg-type]
            sources=self._missing_sources(new.sources),
            kind=kind,
        )
        return self.apply(change)

    def update_programme(self, programme: Programme) -> ChangeSet:
        """Store *programme* over the one with its id; an empty set if nothing differs."""
        assert programme.id is not None
        before = self.programme(programme.id)
        if before is None:
            raise ConflictError(translate("Store", "The programme no longer exists."))
        if before == programme:
            return ChangeSet()
        change = ChangeSet(
            translate("Store", "Edit “{name}”").format(name=programme.name),
            (ProgrammeChange(programme.id, before, programme),),
            sources=self._missing_sources(programme.sources),
        )
        return self.apply(change)

    def delete_programmes(self, ids: Iterable[int]) -> ChangeSet:
        """Remove programmes with their demand, restorable by the inverse change."""
        id_list = sorted(set(ids))
        before = self.programmes(id_list)
        demand = tuple(
            DemandChange(DemandKey(pid, month, source, kind), value, None)
            for pid, month, source, kind, value in self.demand_rows(id_list)
        )
        description = (
            translate("Store", "Delete “{name}”").format(name=before[0].name)
            if len(before) == 1
            else translate("Store", "Delete {n} programmes").format(n=len(before))
        )
        change = ChangeSet(
            description,
            tuple(ProgrammeChange(p.id, p, None) for p in before),  # type: ignore[arg-type]
            demand,
            kind="delete",
        )
        return self.apply(change)

    def duplicate_programme(self, programme_id: int) -> ChangeSet:
        original = self.programme(programme_id)
        if original is None:
            raise ConflictError(translate("Store", "The programme no longer exists."))
        names = {rules.text_key(p.name) for p in self.programmes()}
        base = translate("Store", "{name} (copy)").format(name=original.name)
        # Room for " 99" after a name already at the limit (shortened with "…").
        excess = len(base) + 3 - rules.MAX_NAME
        if excess > 0:
            shorter = original.name[: len(original.name) - excess - 1].rstrip() + "…"
            base = translate("Store", "{name} (copy)").format(name=shorter)
        name, n = base, 2
        while rules.text_key(name) in names:
            name, n = f"{base} {n}", n + 1
        return self.add_programme(original.replace(name=name, code="", id=None), kind="duplicate")

    def set_demand(
        self, cells: dict[DemandKey, float | None], description: str, kind: str = "edit"
    ) -> ChangeSet:
        """Set demand cells (None removes a cell) as one change."""
        changes = []
        for key, value in cells.items():
            old = self._demand_value(key)
            if old != value:
                changes.append(DemandChange(key, old, value))
        if not changes:
            return ChangeSet()
        return self.apply(ChangeSet(description, demand=tuple(changes), kind=kind))

    def _demand_value(self, key: DemandKey) -> float | None:
        row = self.conn.execute(
            "SELECT referrals FROM demand WHERE programme_id = ? AND month = ? "
            "AND source = ? AND kind = ?",
            [key.programme_id, key.month, key.source, key.kind],
        ).fetchone()
        return row[0] if row else None

    def _missing_sources(self, links: Iterable[SourceLink]) -> tuple[SourceChange, ...]:
        from amp_desktop.core.parse import known_source

        out = []
        for link in links:
            if self.source(link.source) is None:
                known = known_source(link.source)
                source = ReferralSource(
                    link.source,
                    known.name if known else link.source,
                    known.kolada_category if known else KoladaCategory.OTHER,
                )
                out.append(SourceChange(link.source, None, source))
        return tuple(out)

    # -- applying ------------------------------------------------------------------
    def apply(self, change: ChangeSet) -> ChangeSet:
        """Apply *change* in one transaction, checked and logged; returns it.

        Raises :class:`~amp_desktop.core.rules.RuleError` if a programme breaks a
        rule, :class:`ConflictError` if the catalogue does not hold what the change
        expects to replace, and :class:`StoreError` if the file cannot be written
        (disk full, deleted or renamed while open, a share gone).  Whatever the
        reason, nothing is written.
        """
        if change.is_empty():
            return change
        try:
            return self._apply(change)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(
                translate(
                    "Store",
                    "The change could not be saved: the catalogue file cannot be written "
                    "({reason}). Nothing was changed in the file. Check that it is still "
                    "where it was and that the disk is not full, then close and open the "
                    "catalogue again.",
                ).format(reason=str(exc) or type(exc).__name__)
            ) from exc

    def _apply(self, change: ChangeSet) -> ChangeSet:
        for programme_change in change.programmes:
            if programme_change.after is not None:
                found = rules.check_programme(programme_change.after)
                if found:
                    raise rules.RuleError(found)
        with self.transaction():
            for source_change in change.sources:
                if source_change.after is not None:
                    self._write_source(source_change)
            # Demand belongs to its programme: write it after a programme is
            # added and before one is removed (removal cascades to its demand).
            for programme_change in change.programmes:
                if programme_change.after is not None:
                    self._write_programme(programme_change)
            for demand_change in change.demand:
                self._write_demand(demand_change)
            for programme_change in change.programmes:
                if programme_change.after is None:
                    self._write_programme(programme_change)
            for source_change in change.sources:
                if source_change.after is None:
                    self._write_source(source_change)
            for scenario_change in change.scenarios:
                self._write_scenario(scenario_change)
            self._check_rules(change)
            self._log(change)
        return change

    def _write_source(self, change: SourceChange) -> None:
        current = self.source(change.code)
        if current != change.before:
            raise ConflictError(
                translate("Store", "Referral source {code} was changed elsewhere.").format(
                    code=change.code
                )
            )
        if change.after is None:
            self.conn.execute("DELETE FROM sources WHERE code = ?", [change.code])
            return
        self.conn.execute(
            "INSERT INTO sources(code, name, kolada_category) VALUES(?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "kolada_category = excluded.kolada_category",
            [change.after.code, change.after.name, change.after.kolada_category.value],
        )

    def _write_programme(self, change: ProgrammeChange) -> None:
        current = self.programme(change.id)
        if current != change.before:
            name = change.name
            raise ConflictError(
                translate(
                    "Store", "“{name}” has changed since this action; it cannot be applied."
                ).format(name=name)
            )
        if change.after is None:
            self.conn.execute("DELETE FROM programmes WHERE id = ?", [change.id])
            return
        row = _row_from_programme(change.after)
        row["id"] = change.id
        columns = list(row)
        self.conn.execute(
            f"INSERT INTO programmes({', '.join(columns)}) VALUES "
            f"({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id"),
            list(row.values()),
        )
        self.conn.execute("DELETE FROM programme_sources WHERE programme_id = ?", [change.id])
        self.conn.executemany(
            "INSERT INTO programme_sources(programme_id, source, role, position) "
            "VALUES(?, ?, ?, ?)",
            [
                (change.id, link.source, link.role.value, position)
                for position, link in enumerate(change.after.sources)
            ],
        )

    def _write_scenario(self, change: ScenarioChange) -> None:
        if self.scenario_data(change.name) != change.before:
            raise ConflictError(
                translate("Store", "Scenario “{name}” was changed elsewhere.").format(
                    name=change.name
                )
            )
        if change.after is None:
            self.conn.execute("DELETE FROM scenarios WHERE name = ?", [change.name])
        else:
            self.conn.execute(
                "INSERT INTO scenarios(name, created_at, data) VALUES(?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET data = excluded.data",
                [change.name, _now(), change.after],
            )

    def _write_demand(self, change: DemandChange) -> None:
        key = change.key
        if self._demand_value(key) != change.before:
            raise ConflictError(
                translate("Store", "Demand was changed elsewhere; it cannot be applied.")
            )
        if change.after is None:
            self.conn.execute(
                "DELETE FROM demand WHERE programme_id = ? AND month = ? AND source = ? "
                "AND kind = ?",
                [key.programme_id, key.month, key.source, key.kind],
            )
        else:
            found = rules.check_demand(key.month, change.after)
            if found:
                raise rules.RuleError(found)
            self.conn.execute(
                "INSERT INTO demand(programme_id, month, source, kind, referrals) "
                "VALUES(?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET referrals = "
                "excluded.referrals",
                [key.programme_id, key.month, key.source, key.kind, change.after],
            )

    def _check_rules(self, change: ChangeSet) -> None:
        touched = [c.after for c in change.programmes if c.after is not None]
        if not touched:
            return
        # Names and codes held by two or more programmes now (the touched ones are
        # written already): counted once, not once per touched programme.
        names: Counter[str] = Counter()
        codes: Counter[str] = Counter()
        for name, code in self.conn.execute("SELECT name, code FROM programmes"):
            names[rules.text_key(name)] += 1
            if code.strip():
                codes[rules.text_key(code)] += 1
        taken_names = {key for key, count in names.items() if count > 1}
        taken_codes = {key for key, count in codes.items() if count > 1}
        for programme in touched:
            found = rules.check_unique(programme, taken_names, taken_codes)
            if found:
                raise rules.RuleError(found)

    def _log(self, change: ChangeSet) -> None:
        cursor = self.conn.execute(
            "INSERT INTO actions(at, kind, description) VALUES(?, ?, ?)",
            [_now(), change.kind, change.description],
        )
        action_id = cursor.lastrowid
        entries: list[tuple[Any, ...]] = []
        for programme_change in change.programmes:
            for field, old, new in programme_change.field_changes():
                entries.append(
                    (action_id, programme_change.id, programme_change.name, field, old, new)
                )
        for demand_change in change.demand:
            key = demand_change.key
            entries.append(
                (
                    action_id,
                    key.programme_id,
                    "",
                    f"demand:{key.kind}:{key.month}:{key.source}",
                    _num_text(demand_change.before),
                    _num_text(demand_change.after),
                )
            )
        for scenario_change in change.scenarios:
            entries.append(
                (
                    action_id,
                    None,
                    "",
                    f"scenario:{scenario_change.name}",
                    scenario_change.before,
                    scenario_change.after,
                )
            )
        for source_change in change.sources:
            entries.append(
                (
                    action_id,
                    None,
                    "",
                    f"source:{source_change.code}",
                    source_change.before.name if source_change.before else None,
                    source_change.after.name if source_change.after else None,
                )
            )
        self.conn.executemany(
            "INSERT INTO change_log(action_id, programme_id, programme_name, field, old, new) "
            "VALUES(?, ?, ?, ?, ?, ?)",
            entries,
        )


def _num_text(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _row_from_programme(programme: Programme) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(programme, name)
        if name == "months":
            value = format_months(value)
        elif hasattr(value, "value"):
            value = value.value
        row[name] = value
    return row


# Enum members by stored value: a dict lookup is several times cheaper than calling
# the enum class, and a catalogue is read a thousand rows at a time.
_TYPES: dict[str, ProgrammeType] = {member.value: member for member in ProgrammeType}
_STATUSES: dict[str, Status] = {member.value: member for member in Status}
_SKR: dict[str, SkrCategory] = {member.value: member for member in SkrCategory}


#: The programme columns read: Programme's fields in their order, then the id.
_COLUMNS = tuple(f.name for f in dataclasses.fields(Programme) if f.name not in ("id", "sources"))
_SELECT_PROGRAMMES = f"SELECT {', '.join(_COLUMNS)}, id FROM programmes"
_FAST_INIT = not hasattr(Programme, "__post_init__") and "__slots__" not in vars(Programme)


def _programme_from_record(record: tuple[Any, ...], links: tuple[SourceLink, ...]) -> Programme:
    """The programme of one row of ``_SELECT_PROGRAMMES``.

    Same value as ``Programme(**fields)``, made several times faster: the frozen
    dataclass's ``__init__`` sets each of its 21 fields through
    ``object.__setattr__``, here they go into the instance dict at once.
    """
    values = dict(zip(_COLUMNS, record[:-1], strict=True))
    stored_months = values["months"]
    values["months"] = tuple(int(m) for m in stored_months.split(",") if m) if stored_months else ()
    kind, status, skr = values["type"], values["status"], values["skr_category"]
    values["type"] = _TYPES.get(kind) or ProgrammeType(kind)
    values["status"] = _STATUSES.get(status) or Status(status)
    values["skr_category"] = (_SKR.get(skr) or SkrCategory(skr)) if skr else None
    values["sources"] = links
    values["id"] = record[-1]
    if not _FAST_INIT:
        return Programme(**values)
    programme = object.__new__(Programme)
    vars(programme).update(values)
    return programme
