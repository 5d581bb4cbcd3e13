"""One writer per catalogue: a lock file beside it that names who holds it.

Works like Qt's ``QLockFile`` (which the core cannot use): the file is created
exclusively and holds the holder's process id, host and user.  A lock left by a
process that no longer runs on this host is stale and taken over; a lock held on
another host (a file on a network share) is respected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.i18n import translate

UNREADABLE_STALE_AFTER = 10.0  # seconds


@dataclass(frozen=True)
class LockInfo:
    """Who holds a catalogue."""

    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        return translate("Lock", "{user} on {host} (process {pid}) since {since}").format(
            user=self.user, host=self.host, pid=self.pid, since=self.since
        )


class LockedError(RuntimeError):
    """Another AMP process holds the catalogue for writing."""

    def __init__(self, path: Path, holder: LockInfo | None):
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else translate("Lock", "another program")
        super().__init__(
            translate("Lock", "{file} is open for editing by {who}.").format(
                file=path.name, who=who
            )
        )


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return "?"


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in the lock file of catalogue *path*, if any."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class CatalogueLock:
    """The lock of one catalogue file; ``acquire`` raises :class:`LockedError`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.held = False

    def acquire(self) -> None:
        for _attempt in range(3):
            try:
                fd = os.open(self.lock_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_lock(self.path)
                if self._is_stale(holder, self.lock_file):
                    with contextlib.suppress(FileNotFoundError):
                        self.lock_file.unlink()
                    continue
                raise LockedError(self.path, holder) from None
            info = {
                "pid": os.getpid(),
                "host": _hostname(),
                "user": _user(),
                "since": dt.datetime.now().isoformat(timespec="seconds"),
            }
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(info, handle)
                handle.flush()
                os.fsync(handle.fileno())
            self.held = True
            return
        raise LockedError(self.path, read_lock(self.path))

    @staticmethod
    def _is_stale(holder: LockInfo | None, lock_file: Path) -> bool:
        if holder is None:
            # Unreadable: either another process is between creating and writing
            # it (young), or one crashed there (old).
            try:
                age = time.time() - lock_file.stat().st_mtime
            except FileNotFoundError:
                return True
            return age > UNREADABLE_STALE_AFTER
        return holder.host == _hostname() and not _pid_alive(holder.pid)

    def release(self) -> None:
        if self.held:
            holder = read_lock(self.path)
            if holder is None or holder.pid == os.getpid():
                with contextlib.suppress(FileNotFoundError):
                    self.lock_file.unlink()
            self.held = False


def _hostname() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it.

    ``os.uname().nodename`` is the same name where it exists (Linux, macOS) and
    spares importing ``socket`` (2 ms of the window's start-up).
    """
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
