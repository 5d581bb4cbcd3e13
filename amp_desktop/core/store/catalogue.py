"""The catalogue file: the one door to the database, as a thin facade over its parts.

A catalogue is one SQLite file (``.amp``).  :meth:`Catalogue.open` runs the open
path (``opening.open_file``: probe, lock, back up and migrate an older file);
reads come from ``reads``, every change is a :class:`ChangeSet` built by
``builders`` and written by ``writer`` (:meth:`Catalogue.apply`) in one
transaction, checked against the rules and recorded by ``change_log``.  Errors
are ``StoreError`` subclasses (``errors``) with a message for the user.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.store import backup, change_log, connection, opening
from amp_desktop.core.store.connection import configure_for_writing, connect
from amp_desktop.core.store.errors import (
    NewerVersionError,
    NotACatalogueError,
    ReadOnlyError,
    StoreError,
    door,
    guarded,
)
from amp_desktop.core.store.lock import CatalogueLock
from amp_desktop.core.store.version import APPLICATION_ID
from amp_desktop.core.store.writer import ChangeWriter

# What opening a catalogue and reading its programmes does not need is imported
# when first used (#10 item 8): the change-set builders and settings in the
# methods below, the results, mandate and Kolada reads by ``feature_reads``.
if TYPE_CHECKING:
    from amp_desktop.core.domain import Programme, SourceLink
    from amp_desktop.core.store.changes import ChangeSet, DemandKey, SourceChange
    from amp_desktop.core.store.kolada import KoladaReads
    from amp_desktop.core.store.mandates import AuditSettingsReads, MandateReads
    from amp_desktop.core.store.result_reads import ResultsReads

    class FeatureReads(ResultsReads, MandateReads, AuditSettingsReads, KoladaReads):
        """The reads :mod:`~amp_desktop.core.store.feature_reads` joins on first use."""

else:
    from amp_desktop.core.store.feature_reads import FeatureReads

__all__ = [
    "EXTENSION",
    "Catalogue",
    "NewerVersionError",
    "NotACatalogueError",
    "ReadOnlyError",
    "StoreError",
]

EXTENSION = ".amp"


class Catalogue(ChangeWriter, FeatureReads):
    """An open catalogue file.  Use :meth:`create` or :meth:`open`; close when done.

    ``read_only_reason`` says why a read-only catalogue cannot be written where it
    lies (a read-only disk or share), None when it could be.
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, read_only: bool, lock: CatalogueLock | None
    ):
        super().__init__(path, conn, read_only)
        self._lock = lock
        if lock is not None:
            if _untagged(conn):  # a file made or upgraded: the journal module tags it
                from amp_desktop.core.store import journal

                journal.tag(conn)  # a mark of this file in its first page (#11.9)
            lock.watch(conn)  # what this writer saw: writes on older data are refused
        self.backup_made: Path | None = None
        self.read_only_reason: str | None = None

    # -- opening and closing -------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, *, overwrite: bool = False) -> Catalogue:
        """Make a new, empty catalogue at *path* and open it for writing.

        Built under a temporary name and moved into place whole (``opening``).
        """
        path = Path(path)
        conn, lock = opening.create_file(path, overwrite=overwrite, build=cls._build)
        return cls(path, conn, False, lock)

    @classmethod
    def _build(cls, path: Path) -> None:
        """Write a complete new catalogue at *path* (which does not exist) and close it."""
        conn = connect(path, "rwc")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            configure_for_writing(conn)
            catalogue = cls(path, conn, False, None)
            catalogue._migrate()
            with catalogue.transaction():
                import uuid  # only new files need it (uuid imports platform: 2 ms)

                catalogue._set_meta("catalogue_id", str(uuid.uuid4()))
                catalogue._set_meta("created_at", change_log.now())
                opening.mark_scrubbed(conn)
        finally:
            conn.close()

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        backups_kept: int = backup.KEEP,
        checks: str = "now",
    ) -> Catalogue:
        """Open an existing catalogue; migrate it (after a backup) if it is older.

        Raises :class:`StoreError` subclasses with a message for the user —
        ``ReadOnlyMediumError`` for writing where the file cannot be written (open
        it read-only then), ``DamagedError`` for a damaged file — and
        :class:`~amp_desktop.core.store.lock.LockedError` when another AMP process
        holds it for writing.  The file is not touched on any error.

        ``checks="later"`` (the window, to paint sooner) leaves whether the file is
        whole and holds only values AMP writes to :meth:`complete_checks`, which
        every write runs first: a file that fails them is never written.
        """
        if checks not in ("now", "later"):
            raise ValueError(f"checks must be 'now' or 'later', not {checks!r}")
        path = Path(path)

        def migrate(conn: sqlite3.Connection) -> None:
            cls(path, conn, False, None)._migrate()

        opened = opening.open_file(
            path,
            read_only=read_only,
            backups_kept=backups_kept,
            migrate=migrate,
            checks=checks == "now",
        )
        if opened.checks_pending and opened.lock is not None and _untagged(opened.conn):
            try:  # tagging the file writes to it: checked first
                with door(path, "open"):
                    connection.check_content(opened.conn, path)
            except BaseException:
                opened.conn.close()
                opened.lock.release()
                raise
            opened.checks_pending = False
        catalogue = cls(path, opened.conn, opened.read_only, opened.lock)
        catalogue.backup_made = opened.backup_made
        catalogue.read_only_reason = opened.read_only_reason
        catalogue._checks_pending = opened.checks_pending
        return catalogue

    def complete_checks(self) -> StoreError | None:
        """Run the checks ``open(checks="later")`` left out, once; their failure, if any.

        A file that fails them is left open read-only (its lock released, so it is
        refused as today everywhere else), ``read_only_reason`` saying it is
        damaged; every later write raises the failure, the message ``open`` gives.
        """
        if self._checks_pending:
            self._checks_pending = False
            try:
                with door(self.path, "open"):
                    connection.check_content(self.conn, self.path)
            except StoreError as exc:
                self.check_failure = exc
                self.read_only = True
                self.read_only_reason = translate("Store", "the file is damaged")
                if self._lock is not None:
                    self._lock.release()
                    self._lock = None
        return self.check_failure

    def _migrate(self) -> None:
        """Apply the schema migrations this file lacks (each in its transaction)."""
        # Imported here: sqlite-utils is only needed to create or upgrade a file,
        # and importing it costs a sixth of the window's start-up.
        import sqlite_utils

        from amp_desktop.core.store.schema import migrations

        migrations.apply(sqlite_utils.Database(self.conn))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        with door(target, "write"):
            try:
                out = sqlite3.connect(partial)
                try:
                    self.conn.backup(out)
                finally:
                    out.close()
                partial.replace(target)
            except BaseException:
                with contextlib.suppress(OSError):
                    partial.unlink()
                raise
        return target

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES(?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    # -- actions: a change set built, then applied -----------------------------------
    def add_programme(self, programme: Programme, kind: str = "add") -> ChangeSet:
        """Add *programme* (its id is assigned); returns what was done."""
        from amp_desktop.core.store import builders

        return self.apply(builders.add_programme(self, programme, kind))

    def update_programme(
        self, programme: Programme, *, based_on: Programme | None = None
    ) -> ChangeSet:
        """Store *programme* over the one with its id; an empty set if nothing differs.
        With *based_on* (the copy it was edited from) a stale copy is refused."""
        from amp_desktop.core.store import builders

        return self.apply(builders.update_programme(self, programme, based_on))

    def delete_programmes(self, ids: Iterable[int], *, forget_history: bool = False) -> ChangeSet:
        """Remove programmes with their demand, restorable by the inverse change;
        with *forget_history* their change-log history is removed too."""
        from amp_desktop.core.store import builders

        return self.apply(builders.delete_programmes(self, ids, forget_history=forget_history))

    def duplicate_programme(self, programme_id: int) -> ChangeSet:
        from amp_desktop.core.store import builders

        return self.apply(builders.duplicate_programme(self, programme_id))

    def set_demand(
        self, cells: dict[DemandKey, float | None], description: str, kind: str = "edit"
    ) -> ChangeSet:
        """Set demand cells (None removes a cell) as one change."""
        from amp_desktop.core.store import builders

        return self.apply(builders.set_demand(self, cells, description, kind))

    def save_scenario(self, name: str, data: str) -> ChangeSet:
        """Save (or replace) scenario *name* as one undoable change."""
        from amp_desktop.core.store import builders

        return self.apply(builders.save_scenario(self, name, data))

    def delete_scenario(self, name: str) -> ChangeSet:
        """Delete scenario *name* as one undoable change (empty if there is none)."""
        from amp_desktop.core.store import builders

        return self.apply(builders.delete_scenario(self, name))

    def _missing_sources(self, links: Iterable[SourceLink]) -> tuple[SourceChange, ...]:
        from amp_desktop.core.store import builders

        return builders.missing_sources(self, links)

    # -- the change log --------------------------------------------------------------
    @guarded
    def change_log(self, programme_id: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Latest changes first: when, action, programme, field, old, new."""
        return change_log.read(self.conn, programme_id, limit)

    def change_log_retention(self) -> int | None:
        """Days the change log is kept, or None for ever (the catalogue's setting)."""
        return change_log.parse_retention(self.meta(change_log.RETENTION_KEY))

    def set_change_log_retention(self, days: int | None) -> int:
        """Keep the change log *days* days (None: for ever); purges at once.

        A setting change (:func:`settings.retention_change`): the setting can be
        undone, the purge cannot (what is purged is gone).  Returns the entries removed.
        """
        from amp_desktop.core.store import settings

        change = settings.retention_change(self, days)
        if change.is_empty():
            return 0
        before = self._change_log_size()
        self.apply(change)
        return before + len(change_log.entries(change)) - self._change_log_size()

    def _change_log_size(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM change_log").fetchone()[0])

    def set_default_goals(self, goals: Mapping[str, float | None]) -> None:
        """Set the default goal for the share to work or studies per type, as one
        logged change (:func:`settings.default_goals_change`)."""
        from amp_desktop.core.store import settings

        self.apply(settings.default_goals_change(self, goals))

    def set_audit_settings(self, values: Mapping[str, int]) -> None:
        """Set the audit's thresholds as one logged change."""
        from amp_desktop.core.store import settings

        self.apply(settings.audit_settings_change(self, values))

    def purge_change_log(self, older_than: dt.datetime | dt.date | str) -> int:
        """Remove the change log's entries of actions before *older_than*; returns them.

        Not undoable.  A date means its midnight: that day's actions are kept.
        """
        cutoff = change_log.cutoff_text(older_than)
        with door(self.path, "write"), self.transaction():
            return change_log.purge_before(self.conn, cutoff)


def _untagged(conn: sqlite3.Connection) -> bool:
    """Whether the file lacks the mark :func:`journal.tag` puts in its first page
    (``user_version`` 0).  Asked here so that opening a tagged file (every file
    after its first open) does not import the journal module (2.5 ms, ``secrets``
    and the journal reader) before the window is painted; ``tag`` asks again."""
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0]) == 0
    except sqlite3.Error:
        return True  # let tag() meet (and suppress) the error as before
