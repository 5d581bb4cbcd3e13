"""Connections and probing: opening SQLite on a catalogue, its pragmas, and the checks
made before anything else reads it (is it AMP's, which version, is it whole, does
every value map, can its medium be written).

Probing never writes: it uses a read-only connection (``mode=ro``).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.errors import sqlite_reason
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import rows
from amp_desktop.core.store.errors import (
    BadValue,
    NewerVersionError,
    NotACatalogueError,
    StoreError,
    damaged,
    kind_of,
    store_error,
)
from amp_desktop.core.store.version import APPLICATION_ID, SCHEMA_VERSION

#: How long a connection waits for another program's write to end (milliseconds).
BUSY_TIMEOUT_MS = 5000


def connect(path: Path, mode: str) -> sqlite3.Connection:
    """A connection to *path* in URI *mode* (``ro``, ``rw``, ``rwc``), autocommit."""
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    conn.create_function("amp_bad", 1, rows.not_a_number, deterministic=True)
    return conn


def configure_for_writing(conn: sqlite3.Connection) -> None:
    """The pragmas of every connection that writes a catalogue."""
    # Rollback journal, not WAL: catalogues may live on a network share.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # What is deleted is overwritten, not left in free pages (#11.13).
    conn.execute("PRAGMA secure_delete = ON")


@dataclass(frozen=True)
class Probe:
    """What the look before opening found: the file's schema version, and whether
    its medium lets AMP write it (and if not, why)."""

    version: int
    read_only_reason: str | None


def probe(path: Path, *, checks: bool = True) -> Probe:
    """Check *path* before it is opened; raise :class:`StoreError` if it cannot be used.

    Read-only: checks that the file exists, is an AMP catalogue of a version this
    AMP reads, is whole (``PRAGMA quick_check``) and holds only values AMP writes.
    Without *checks*, a file of this AMP's version is not checked for wholeness and
    values here: the caller runs :func:`check_content` before it writes.
    """
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
        conn = connect(path, "ro")
    except sqlite3.Error as exc:
        raise store_error(exc, path, "open") from None
    try:
        version = _check(conn, path, checks)
    except sqlite3.DatabaseError as exc:
        if kind_of(exc) == "damaged" and _has_our_mark(path):
            raise damaged(path, str(exc)) from None
        if kind_of(exc) in ("damaged", "other"):
            raise NotACatalogueError(
                translate("Store", "{path} is not an AMP catalogue ({reason}).").format(
                    path=path, reason=sqlite_reason(exc)
                )
            ) from None
        raise store_error(exc, path, "open") from None
    finally:
        conn.close()
    return Probe(version, medium_read_only_reason(path))


def _check(conn: sqlite3.Connection, path: Path, checks: bool = True) -> int:
    """The schema version, after the checks of :func:`probe` on *conn*."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotACatalogueError(
            translate("Store", "{path} is not an AMP catalogue.").format(path=path)
        )
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    text = str(row[0]) if row else "0"
    if not text.isdigit():
        raise damaged(
            path, translate("Store", "its file version “{text}” is not a number").format(text=text)
        )
    version = int(text)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            translate(
                "Store",
                "{path} was saved by a newer version of AMP (file version {v}, this "
                "AMP reads up to {mine}). Update AMP to open it.",
            ).format(path=path, v=version, mine=SCHEMA_VERSION)
        )
    if checks or version < SCHEMA_VERSION:  # an older file is upgraded: checked first
        _check_content(conn, path, values=version == SCHEMA_VERSION)
    return version


def _check_content(conn: sqlite3.Connection, path: Path, *, values: bool = True) -> None:
    """Whether the file is whole (``quick_check``) and, with *values*, holds only
    values AMP writes; raises the :class:`StoreError` of the first problem."""
    problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise damaged(path, "; ".join(str(p) for p in problems[:1]))
    if values:
        bad = conn.execute(rows.VALUE_CHECK + " LIMIT 1").fetchone()
        if bad:
            raise store_error(BadValue(*bad), path)
        bad = conn.execute(rows.DEMAND_MONTHS).fetchone()
        if bad:
            raise store_error(BadValue(*bad), path)


def check_content(conn: sqlite3.Connection, path: Path) -> None:
    """The checks :func:`probe` leaves out without *checks*, on an open connection
    to a file of this AMP's version; raises the same :class:`StoreError` as
    :func:`probe` would have (``DamagedError`` for a damaged file)."""
    try:
        _check_content(conn, path)
    except sqlite3.DatabaseError as exc:
        raise store_error(exc, path, "open") from None


def _has_our_mark(path: Path) -> bool:
    """Whether the file's header carries AMP's ``application_id`` (bytes 68–71)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return len(header) == 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def medium_read_only_reason(path: Path) -> str | None:
    """Why *path* cannot be written where it lies, or None if it can (as far as the
    system tells: a read-only mount, or no write permission on the file or folder).

    Root passes ``os.access`` everywhere but a read-only mount, so that is asked of
    the file system itself (``statvfs``) where there is one.
    """
    folder = path.parent
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            if statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
                return translate("Store", "the disk or share is read-only")
        except OSError:
            pass
    if not os.access(path, os.W_OK):
        return translate("Store", "the file is read-only")
    if not os.access(folder, os.W_OK):
        return translate("Store", "its folder cannot be written")
    return None
