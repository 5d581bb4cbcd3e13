"""The store's errors: one base, :class:`StoreError`, whose message is for the user.

Every error the store raises on purpose is a :class:`StoreError` (or a subclass)
with a one-line message a unit head can act on.  Whatever SQLite or the operating
system raises inside the store (``sqlite3.Error``, ``OSError``) is translated into
one of them once, at the door (:func:`guarded`, :func:`door`), so no caller
outside ``core/store`` needs to import ``sqlite3`` to catch anything.

The error families of AMP, for callers:

* :class:`StoreError` — the catalogue file: cannot be opened, damaged, read-only,
  full, changed elsewhere (:class:`ConflictError`); the writer lock
  (``LockedError``, in ``lock.py``) is the store's too.
* ``rules.RuleError`` — a programme or demand value that breaks a rule
  (``ValueError``); it names the fields.
* ``excel.safety.ExcelFileError`` — a workbook that cannot be read or written.
* ``parse.ParseError``, ``planning.PeriodError``, ``planning.ScenarioError`` —
  text the user typed that means nothing (``ValueError``).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from amp_desktop.core.errors import AmpError, os_reason, sqlite_code, sqlite_reason
from amp_desktop.core.i18n import translate


class StoreError(AmpError, RuntimeError):
    """Anything that keeps a catalogue file from being used; the message is for the user."""


class NotACatalogueError(StoreError):
    """The file is not an AMP catalogue."""


class NewerVersionError(StoreError):
    """The file was written by a newer AMP."""


class ReadOnlyError(StoreError):
    """A write to a catalogue opened read-only."""


class ReadOnlyMediumError(StoreError):
    """The file or its folder cannot be written (a read-only disk or share, no rights).

    Such a catalogue can still be opened read-only.
    """


class DiskFullError(StoreError):
    """The disk is full: nothing was written."""


class BusyError(StoreError):
    """Another program was writing the file for longer than AMP waits (a moment):
    the file is fine, to be tried again (not "not a catalogue")."""


class DamagedError(StoreError):
    """The file is damaged, or holds values no AMP wrote; ``backup`` is the newest copy."""

    def __init__(self, message: str, backup: Path | None = None):
        super().__init__(message)
        self.backup = backup


class ConflictError(StoreError):
    """The catalogue no longer holds what a change expected to find (e.g. undo)."""


class BadValue(ValueError):
    """A stored value that does not map to the domain (raised by the row mapping).

    Internal: the door turns it into a :class:`DamagedError` naming the file.
    """

    def __init__(self, table: str, row: object, column: str, value: object):
        super().__init__(f"{table} {row}: {column} = {value!r}")
        self.table, self.row, self.column, self.value = table, row, column, value


_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL_ERRNO = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNO = {errno.EROFS, errno.EACCES, errno.EPERM}


def kind_of(exc: BaseException) -> str:
    """``"full"``, ``"read-only"``, ``"damaged"``, ``"busy"`` or ``"other"`` for an error
    of SQLite or the OS."""
    if isinstance(exc, BadValue):
        return "damaged"
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNO:
            return "full"
        if exc.errno in _READ_ONLY_ERRNO or isinstance(exc, PermissionError):
            return "read-only"
        return "other"
    name = sqlite_code(exc)
    text = str(exc).lower()
    if name in _FULL or "disk is full" in text:
        return "full"
    if name in _DAMAGED or "malformed" in text or "not a database" in text:
        return "damaged"
    if name in _READ_ONLY or "readonly" in text or "read-only" in text:
        return "read-only"
    if name in _BUSY or "database is locked" in text:
        return "busy"
    return "other"


def newest_backup(path: Path) -> Path | None:
    """The newest backup of catalogue *path* in ``FILE.amp-backups/``, if any."""
    from amp_desktop.core.store.backup import list_backups

    try:
        backups = list_backups(path)
    except OSError:
        return None
    return backups[-1] if backups else None


def one_line(text: str, limit: int = 160) -> str:
    """*text* on one line (SQLite's check reports several), cut at *limit* characters."""
    text = " ".join(text.replace("*** in database main ***", "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def damaged(path: Path, reason: str) -> DamagedError:
    """The one-line message for a damaged *path*, pointing to its newest backup."""
    reason = one_line(reason)
    backup = newest_backup(path)
    if backup is not None:
        advice = translate(
            "Store", "AMP has not changed it. The newest backup is {backup}."
        ).format(backup=backup)
    else:
        advice = translate(
            "Store", "AMP has not changed it. No backup of it was found in {folder}."
        ).format(folder=path.with_name(path.name + "-backups"))
    message = translate("Store", "{path} is damaged ({reason}). {advice}").format(
        path=path, reason=reason, advice=advice
    )
    return DamagedError(message, backup)


def _reason(exc: BaseException) -> str:
    """*exc*'s reason in the user's language where it is a common one."""
    if isinstance(exc, OSError) and exc.strerror:
        return os_reason(exc)
    return one_line(sqlite_reason(exc)) or type(exc).__name__


def store_error(exc: BaseException, path: Path, action: str = "read") -> StoreError:
    """The :class:`StoreError` for *exc* raised while *action* (read/write/open) on *path*."""
    if "user-defined function raised exception" in str(exc):
        exc = BadValue("demand", "", "referrals", "?")  # rows.not_a_number stopped a read
    kind = kind_of(exc)
    reason = _reason(exc)
    if isinstance(exc, BadValue):
        return damaged(
            path,
            translate("Store", "a value no AMP writes: {what}").format(what=str(exc)),
        )
    if kind == "damaged":
        return damaged(path, reason)
    if action == "write":
        cls: type[StoreError] = {"full": DiskFullError, "read-only": ReadOnlyMediumError}.get(
            kind, StoreError
        )
        return cls(
            translate(
                "Store",
                "The change could not be saved: the catalogue file cannot be written "
                "({reason}). Nothing was changed in the file. Check that it is still "
                "where it was and that the disk is not full, then close and open the "
                "catalogue again.",
            ).format(reason=reason)
        )
    if kind == "full":
        return DiskFullError(
            translate("Store", "{path}: the disk is full ({reason}). Nothing was written.").format(
                path=path, reason=reason
            )
        )
    if kind == "read-only":
        return read_only_medium(path, reason)
    if kind == "busy":
        return busy(path)
    return StoreError(
        translate("Store", "{path} cannot be used ({reason}).").format(path=path, reason=reason)
    )


def busy(path: Path) -> BusyError:
    return BusyError(
        translate(
            "Store",
            "{path} is being written by another program just now; nothing was changed. "
            "Try again in a moment.",
        ).format(path=path)
    )


def read_only_medium(path: Path, reason: str) -> ReadOnlyMediumError:
    return ReadOnlyMediumError(
        translate(
            "Store",
            "{path} cannot be changed here ({reason}): it is on a read-only disk or "
            "folder, or you may not change it. It can be opened read-only.",
        ).format(path=path, reason=reason)
    )


@contextlib.contextmanager
def door(path: Path, action: str = "read") -> Iterator[None]:
    """Translate SQLite's and the OS's errors inside the block into a :class:`StoreError`."""
    try:
        yield
    except StoreError:
        raise
    except (sqlite3.Error, OSError, BadValue) as exc:
        raise store_error(exc, path, action) from exc


class _HasPath(Protocol):
    path: Path


S = TypeVar("S", bound=_HasPath)
P = ParamSpec("P")
R = TypeVar("R")


def guarded(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """A method whose SQLite/OS errors leave it as :class:`StoreError` (a read)."""

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except StoreError:
            raise
        except (sqlite3.Error, OSError, BadValue) as exc:
            raise store_error(exc, self.path, "read") from exc

    return wrapper


def guarded_rows(rows: Iterable[Any], path: Path) -> Iterator[Any]:
    """*rows* as they are read, their SQLite errors translated at the door."""
    try:
        yield from rows
    except (sqlite3.Error, BadValue) as exc:
        raise store_error(exc, path, "read") from exc
