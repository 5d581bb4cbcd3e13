"""The open path and the create path of a catalogue file, step by step.

:func:`open_file` is the one place a catalogue is opened: recover a crashed
writer's journal, probe the file (read-only: AMP's? which version? whole? values
that map? a writable medium?), then for writing take the lock, connect, back up
and migrate an older file, and clear what earlier AMPs left in free pages.
:func:`create_file` builds a new file beside its place and moves it in whole.
Every ``sqlite3``/``OSError`` on these paths leaves as a ``StoreError``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.errors import os_reason
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import backup, change_log, journal_mark, rows
from amp_desktop.core.store.connection import (
    check_content,
    configure_for_writing,
    connect,
    probe,
)
from amp_desktop.core.store.errors import (
    StoreError,
    door,
    kind_of,
    read_only_medium,
    store_error,
)
from amp_desktop.core.store.lock import CatalogueLock
from amp_desktop.core.store.version import SCHEMA_VERSION

#: ``meta`` key set once a file's free pages have been cleared (``VACUUM``).
SCRUBBED_KEY = "deleted_data_cleared"


@dataclass
class OpenedFile:
    """A catalogue file opened by :func:`open_file`, ready for the facade."""

    conn: sqlite3.Connection
    read_only: bool
    lock: CatalogueLock | None
    backup_made: Path | None = None
    read_only_reason: str | None = None
    #: The content checks not yet run (``checks=False``): run before any write.
    checks_pending: bool = False


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def remove_file(path: Path) -> None:
    """Delete *path* and its rollback journal, if there."""
    path.unlink(missing_ok=True)
    journal_path(path).unlink(missing_ok=True)
    journal_mark.forget_file(path)


def recover_hot_journal(path: Path) -> None:
    """Roll back a transaction a crashed writer left behind.

    A read-only connection cannot replay a hot rollback journal ("attempt to write
    a readonly database"), so when a journal lies beside the file, let one
    read-write connection read the schema: SQLite then restores the file to its
    last committed state, as any later writer would.
    """
    if not journal_path(path).exists():
        return
    try:
        conn = connect(path, "rw")
    except sqlite3.Error:
        return  # a read-only medium: nothing can be replayed; the probe says so
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # damaged or not ours: the probe says which
    finally:
        conn.close()


def open_file(
    path: Path,
    *,
    read_only: bool,
    backups_kept: int,
    migrate: Callable[[sqlite3.Connection], None],
    checks: bool = True,
) -> OpenedFile:
    """Open catalogue *path*; for writing, upgrade it with *migrate* (after a backup).

    Raises ``StoreError`` (and ``LockedError``) with a message for the user; on any
    error the file is as it was and the lock is released.  A file whose medium
    cannot be written raises :class:`ReadOnlyMediumError` when opened for writing.
    Without *checks* the content checks (``connection.check_content``) of a file
    of this AMP's version are left to the caller (``checks_pending``), unless
    opening itself must write (an older file, free pages to clear, history to
    purge): then they run first, here.
    """
    with door(path, "open"):
        set_aside: str | None = None  # a journal not shown to be the file's: read-only now
        # (a folder has no journal: probe says what it is, "." and "/" included)
        if not path.is_dir() and journal_path(path).exists():  # only the file's own (#11.9)
            from amp_desktop.core.store import journal

            set_aside = journal.recover(path, read_only=read_only)
        found = probe(path) if checks else probe(path, checks=False)
        pending = not checks and found.version == SCHEMA_VERSION
        if read_only or set_aside:
            if found.version < SCHEMA_VERSION:
                return _older_read_only(path, migrate, set_aside or found.read_only_reason)
            reason = set_aside or found.read_only_reason
            return OpenedFile(connect(path, "ro"), True, None, None, reason, pending)
        if found.read_only_reason:
            raise read_only_medium(path, found.read_only_reason)
        lock = CatalogueLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise _refused(exc, path) from None
        try:
            opened = _open_for_writing(
                path, found.version, lock, backups_kept, migrate, pending=pending
            )
        except BaseException:
            lock.release()
            raise
        return opened


#: The largest older file shown read-only from an upgraded copy in memory.
OLDER_IN_MEMORY_BYTES = 512 * 1024 * 1024


def _older_read_only(
    path: Path, migrate: Callable[[sqlite3.Connection], None], reason: str | None
) -> OpenedFile:
    """A file from an older AMP opened read-only (a write-protected stick, a file
    another AMP holds): upgraded in a copy in memory, the file itself untouched."""
    if path.stat().st_size > OLDER_IN_MEMORY_BYTES:
        raise StoreError(
            translate(
                "Store",
                "{path} is from an older AMP and must be opened for editing once to be upgraded.",
            ).format(path=path)
        )
    source = connect(path, "ro")
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source.backup(memory)
        memory.create_function("amp_bad", 1, rows.not_a_number, deterministic=True)
        memory.execute("PRAGMA foreign_keys = ON")
        migrate(memory)
    except sqlite3.Error as exc:
        memory.close()
        raise store_error(exc, path, "open") from None
    finally:
        source.close()
    older = translate(
        "Store", "it is from an older AMP; open it for editing once to upgrade the file"
    )
    return OpenedFile(memory, True, None, None, "; ".join(filter(None, (reason, older))))


def _refused(exc: OSError, path: Path) -> StoreError:
    if kind_of(exc) == "read-only":
        return read_only_medium(path, os_reason(exc))
    from amp_desktop.core.store.errors import store_error

    return store_error(exc, path, "open")


def _open_for_writing(
    path: Path,
    version: int,
    lock: CatalogueLock,
    backups_kept: int,
    migrate: Callable[[sqlite3.Connection], None],
    *,
    pending: bool = False,
) -> OpenedFile:
    if not journal_path(path).exists():  # a note left by a crash after its commit
        journal_mark.forget_file(path)
    conn = connect(path, "rw")
    try:
        configure_for_writing(conn)
        if pending and _writes_on_open(conn):
            check_content(conn, path)  # nothing is written to a file not checked
            pending = False
        opened = OpenedFile(conn, False, lock, checks_pending=pending)
        if version < SCHEMA_VERSION:
            opened.backup_made = backup.make_backup(
                conn, path, f"v{version}", keep=max(backups_kept, 1)
            )
            migrate(conn)
        scrub_free_pages(conn)
        change_log.apply_retention(conn)
        return opened
    except sqlite3.Error as exc:
        conn.close()
        if kind_of(exc) == "read-only":
            raise read_only_medium(path, str(exc)) from None
        raise
    except BaseException:
        conn.close()
        raise


def _writes_on_open(conn: sqlite3.Connection) -> bool:
    """Whether opening a file of this version for writing writes to it: its free
    pages not yet cleared (:func:`scrub_free_pages`) or a retention setting."""
    found = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)",
            [SCRUBBED_KEY, change_log.RETENTION_KEY],
        ).fetchall()
    )
    retention = found.get(change_log.RETENTION_KEY)
    return SCRUBBED_KEY not in found or (
        retention is not None and change_log.parse_retention(str(retention)) is not None
    )


def scrub_free_pages(conn: sqlite3.Connection) -> None:
    """Once per file: rewrite it (``VACUUM``) so what earlier AMPs deleted without
    ``secure_delete`` is no longer in its free pages."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", [SCRUBBED_KEY]).fetchone()
    if row:
        return
    # Deleted text lingers in free pages and in the slack of live ones: rebuild all.
    try:
        conn.execute("VACUUM")  # needs room for a copy: on a full disk, next time
    except sqlite3.Error:
        return
    mark_scrubbed(conn)


def mark_scrubbed(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES(?, '1') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [SCRUBBED_KEY],
    )


def create_file(
    path: Path, *, overwrite: bool, build: Callable[[Path], None]
) -> tuple[sqlite3.Connection, CatalogueLock]:
    """Make a new catalogue at *path* with *build* and open it for writing.

    The file is built under a temporary name beside *path* and moved into place
    only when complete, so an interrupted create leaves no half-made catalogue
    behind (only the temporary file, cleared by the next create).
    """
    with door(path, "create"):
        if path.exists() and not overwrite:
            raise StoreError(translate("Store", "{path} already exists.").format(path=path))
        lock = CatalogueLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise _refused(exc, path) from None
        partial = path.with_name(path.name + ".creating")
        try:
            # Under the lock of *path*, no other AMP is building this partial file:
            # one found here was left by a create that was killed.
            remove_file(partial)
            build(partial)
            move_into_place(partial, path, overwrite=overwrite)
            conn = connect(path, "rw")
            try:
                configure_for_writing(conn)
            except BaseException:
                conn.close()
                raise
            return conn, lock
        except BaseException:
            with contextlib.suppress(OSError):
                remove_file(partial)
            lock.release()
            raise


def move_into_place(partial: Path, path: Path, *, overwrite: bool) -> None:
    """Rename the finished *partial* to *path*; without *overwrite* never over a file."""
    exists = StoreError(translate("Store", "{path} already exists.").format(path=path))
    if not overwrite and path.exists():
        raise exists
    # A journal left beside *path* belongs to an older file: SQLite would roll it
    # back into the new one.
    journal_path(path).unlink(missing_ok=True)
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
