"""One writer per catalogue: a lock file beside it that names who holds it.

Works like Qt's ``QLockFile`` (which the core cannot use): the file is created
exclusively and holds the holder's process id, host and user.  A lock left by a
process that no longer runs on this host is stale and taken over; a lock held on
another host (a file on a network share) is respected.

Only files are used (exclusive create, read, delete), no operating-system locks,
so that the lock also works for catalogues on a network share (SMB).  Taking over
a stale lock is itself guarded by a lock, ``NAME.lock.break`` (as Qt's
``.rmlock`` and Mercurial's ``.break``): whoever holds it judges the lock again and
only then deletes it, so of two processes that find the same stale lock only one
deletes it and makes its own, and the other finds that one, fresh, and is told who
holds it.  A takeover lasts milliseconds; a ``.break`` lock left by a crash is
itself taken over the same way (one level deeper) or once it is old.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.i18n import translate

UNREADABLE_STALE_AFTER = 10.0  # seconds
BREAK_STALE_AFTER = 10.0  # seconds: a takeover takes milliseconds
BREAK_WAIT = 1.0  # seconds to wait for another process's takeover to finish
_BREAK_PAUSE = 0.005  # seconds between looks at a busy takeover
_MAX_LEVEL = 3  # NAME.lock.break.break.break at the deepest


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
    if sys.platform == "win32":
        # os.kill(pid, 0) is no question on Windows: signal 0 is CTRL_C_EVENT.
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


if sys.platform == "win32":

    def _windows_pid_alive(pid: int) -> bool:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
        kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
        kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
        process_query_limited_information = 0x1000
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            error_access_denied = 5  # it runs, as another user
            return bool(ctypes.get_last_error() == error_access_denied)
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            still_active = 259
            return bool(code.value == still_active)
        finally:
            kernel32.CloseHandle(handle)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return "?"


def _read(lock_file: Path) -> tuple[LockInfo | None, str]:
    """The holder recorded in *lock_file* (None if missing or unreadable) and its token."""
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        holder = LockInfo(
            int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"])
        )
        return holder, str(data.get("token", ""))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, ""


def read_lock(path: Path) -> LockInfo | None:
    """The holder recorded in the lock file of catalogue *path*, if any."""
    return _read(lock_path(path))[0]


def _create(lock_file: Path, token: str) -> bool:
    """Create *lock_file* exclusively with our record; False if it exists already."""
    try:
        fd = os.open(lock_file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    info = {
        "pid": os.getpid(),
        "host": _hostname(),
        "user": _user(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
        "token": token,
    }
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            lock_file.unlink()
        raise
    return True


def _token_of(lock_file: Path) -> str | None:
    """The token in *lock_file*; None if it cannot be read (after a few tries: a
    virus scanner or a network share can make one read fail)."""
    for attempt in range(3):
        holder, token = _read(lock_file)
        if holder is not None:
            return token
        if not lock_file.exists():
            return None
        time.sleep(0.02 * (attempt + 1))
    return None


def _remove_own(lock_file: Path, token: str) -> None:
    """Delete *lock_file* if it is still the one we made (same token), or if it
    cannot be read at all (ours, damaged: left, it would lock out its own maker)."""
    if _token_of(lock_file) in (token, None):
        # Left behind if it cannot be deleted now (open elsewhere on Windows): the
        # next opener finds it stale once this process has ended.
        with contextlib.suppress(OSError):
            lock_file.unlink()


def _age(lock_file: Path) -> float:
    try:
        return time.time() - lock_file.stat().st_mtime
    except OSError:
        return 0.0


class CatalogueLock:
    """The lock of one catalogue file; ``acquire`` raises :class:`LockedError`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.held = False
        self._token = ""

    def acquire(self) -> None:
        token = os.urandom(8).hex()
        if not self._take(self.lock_file, token, 0):
            raise LockedError(self.path, read_lock(self.path))
        self._token = token
        self.held = True

    def _take(self, lock_file: Path, token: str, level: int) -> bool:
        """Make *lock_file* ours, taking it over if stale; False if someone holds it.

        Level 0 is the catalogue's lock; level 1 and deeper are the ``.break``
        locks that guard taking over the level above.  Those are held only for
        moments, so a live holder of one is waited for (up to ``BREAK_WAIT``).
        """
        deadline = time.monotonic() + BREAK_WAIT
        while True:
            if _create(lock_file, token):
                # Read it back: only a file with our token is ours.
                return _token_of(lock_file) == token
            if not self._stale_at(lock_file, level):
                if level == 0 or time.monotonic() > deadline:
                    return False
                time.sleep(_BREAK_PAUSE)
                continue
            if level >= _MAX_LEVEL:
                return False
            breaker = lock_file.with_name(lock_file.name + ".break")
            breaker_token = os.urandom(8).hex()
            if not self._take(breaker, breaker_token, level + 1):
                return False
            try:
                # Holding the break lock, nobody else deletes lock_file: if it is
                # still stale now, it is the one judged (or another stale one).
                if lock_file.exists() and self._stale_at(lock_file, level):
                    try:
                        lock_file.unlink()
                    except FileNotFoundError:
                        pass
                    except OSError:  # open elsewhere (Windows): look again
                        time.sleep(_BREAK_PAUSE)
                if _create(lock_file, token):
                    return _token_of(lock_file) == token
            finally:
                _remove_own(breaker, breaker_token)
            # Someone was quicker: their fresh lock is judged on the next turn.
            if time.monotonic() > deadline:
                return False

    def _stale_at(self, lock_file: Path, level: int) -> bool:
        stale = CatalogueLock._is_stale(_read(lock_file)[0], lock_file)
        return stale or (level > 0 and _age(lock_file) > BREAK_STALE_AFTER)

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
            _remove_own(self.lock_file, self._token)
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
