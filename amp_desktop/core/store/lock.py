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

The record also names the computer's boot (``boot``) and the process's start
(``started``, where the system tells it), so a process number reused after a
reboot, or by another process, does not keep a dead holder's lock alive.

A deleted lock file cannot let a second writer overwrite this one's work
unnoticed (#11.10): before every write transaction :meth:`CatalogueLock.check_before_write`
checks that the lock file is still ours (re-making it if it vanished, refusing the
write if another's is there) and that no other connection has committed to the
file since this one last looked (``PRAGMA data_version``): a write based on what
another program has since changed is refused with a :class:`ChangedElsewhereError`.
On Windows the lock file is also kept open, which keeps others from deleting it.
(An OS lock on the lock file would not help on POSIX, where a deleted file's lock
goes with it, and locks on the catalogue itself are SQLite's and do not survive
our own reads of the file.)  The check costs about 40 µs of a write's 16 ms.

A lock whose holder cannot be asked (another computer, crashed) is given up only
deliberately: :func:`take_over`, confirmed by the user, never from a holder that
runs on this computer, noted in ``FILE.amp-backups/lock-takeovers.txt``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import BinaryIO

from amp_desktop.core.i18n import translate
from amp_desktop.core.store.errors import ConflictError
from amp_desktop.core.store.lock_holder import LockedError, LockInfo, alive
from amp_desktop.core.store.processes import boot_id as _boot_id
from amp_desktop.core.store.processes import hostname as _hostname
from amp_desktop.core.store.processes import started as _started
from amp_desktop.core.store.processes import user as _user

UNREADABLE_STALE_AFTER = 10.0  # seconds
BREAK_STALE_AFTER = 10.0  # seconds: a takeover takes milliseconds
BREAK_WAIT = 1.0  # seconds to wait for another process's takeover to finish
_BREAK_PAUSE = 0.005  # seconds between looks at a busy takeover
_MAX_LEVEL = 3  # NAME.lock.break.break.break at the deepest


class ChangedElsewhereError(ConflictError):
    """Another program wrote to the catalogue, or took over its lock, while it was
    open here: a write based on what this window shows is refused."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _read(lock_file: Path) -> tuple[LockInfo | None, str]:
    """The holder recorded in *lock_file* (None if missing or unreadable) and its token."""
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        holder = LockInfo(
            int(data["pid"]),
            str(data["host"]),
            str(data["user"]),
            str(data["since"]),
            str(data.get("boot", "")),
            str(data.get("started", "")),
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
        "boot": _boot_id(),
        "started": _started(os.getpid()),
    }
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # Written, not synced to the disk: a lock is for other processes to
            # see, and they do once it is written (the page cache on this
            # computer; a network share gets it when the file is closed, NFS's
            # close-to-open rule).  A lock that a power cut leaves empty or
            # half-written belonged to a process that is gone: it reads as
            # unreadable and is judged stale by its age (``_is_stale``), as a
            # whole one is by its boot id.  ``fsync`` only cost every open a
            # disk flush (milliseconds on a real disk) before the first paint.
            json.dump(info, handle)
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
        self._seen: int | None = None  # the file's data_version this writer last saw
        self._forced: LockInfo | None = None  # a holder the user agreed to take over from
        self._handle: BinaryIO | None = None  # the lock file, held open on Windows

    def acquire(self) -> None:
        token = os.urandom(8).hex()
        if not self._take(self.lock_file, token, 0):
            raise LockedError(self.path, read_lock(self.path))
        self._token = token
        self.held = True
        self._hold_open()

    def _hold_open(self) -> None:
        """On Windows keep the lock file open: a file open without delete sharing
        cannot be deleted (by a sync client, a clean-up) while this AMP holds it."""
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                self._handle = self.lock_file.open("rb")

    def _let_go(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()

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
        holder = _read(lock_file)[0]
        stale = CatalogueLock._is_stale(holder, lock_file)
        if level == 0 and self._forced is not None and self._forced.same_holder(holder):
            return not _held_here(holder)
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
        return holder.host == _hostname() and not alive(holder)

    def release(self) -> None:
        if self.held:
            self._let_go()
            _remove_own(self.lock_file, self._token)
            self.held = False

    # -- before every write (#11.10) ---------------------------------------------------
    def watch(self, conn: sqlite3.Connection) -> None:
        """Remember what *conn* sees of the file now (the state the window shows)."""
        self._seen = _data_version(conn)

    def check_before_write(self, conn: sqlite3.Connection) -> None:
        """Inside a write transaction, before anything is written: refuse the write
        (:class:`ChangedElsewhereError`) if another program holds the lock now or
        has committed to the file since this writer last looked.  A lock file of
        ours that vanished (a sync client, a clean-up) is made again."""
        if not self.held:
            return
        self._confirm_lock_file()
        version = _data_version(conn)
        seen, self._seen = self._seen, version
        if seen is not None and version != seen:
            raise ChangedElsewhereError(
                translate(
                    "Lock",
                    "Another program saved changes to {file} while it was open here, so "
                    "this change, made on what the file held before, was not saved. Look "
                    "at the catalogue as it is now and make the change again.",
                ).format(file=self.path.name)
            )

    def _confirm_lock_file(self) -> None:
        holder, token = _read(self.lock_file)
        if holder is not None and token == self._token:
            return
        if holder is None and not self.lock_file.exists():
            if _create(self.lock_file, self._token) and _token_of(self.lock_file) == self._token:
                self._let_go()
                self._hold_open()
                return  # ours had been deleted: made again
        elif holder is None and _token_of(self.lock_file) == self._token:
            return  # one read failed (a virus scanner, a share's hiccup)
        other = read_lock(self.path)
        who = other.describe() if other else translate("Lock", "another program")
        raise ChangedElsewhereError(
            translate(
                "Lock",
                "{file} is now open for editing by {who}, so this window can no longer "
                "save to it; the change was not saved. Close the catalogue and open it again.",
            ).format(file=self.path.name, who=who)
        )


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _held_here(holder: LockInfo | None) -> bool:
    return holder is not None and holder.host == _hostname() and alive(holder)


def take_over(path: Path, holder: LockInfo | None = None) -> LockInfo | None:
    """Give up the lock of catalogue *path* that *holder* left (the holder the user
    was shown and agreed to take over from; None: whoever holds it now).

    For a lock whose holder cannot be asked: another computer (crashed, or the
    file was copied from it), a process that no longer runs.  Raises
    :class:`LockedError` if the holder runs on this computer (close it there) or
    another holder has the lock meanwhile.  The take-over is noted in
    ``FILE.amp-backups/lock-takeovers.txt``; the file is free to open afterwards.
    Returns the holder it was taken from (None if the file was not locked).
    """
    path = Path(path)
    current = read_lock(path)
    if current is None and not lock_path(path).exists():
        return None
    if holder is not None and not holder.same_holder(current):
        raise LockedError(path, current)
    if current is not None and _held_here(current):
        raise LockedError(path, current)
    taker = CatalogueLock(path)
    taker._forced = current
    taker.acquire()
    _note_take_over(path, current)
    taker.release()
    return current


def took_over_text(path: Path, holder: LockInfo | None) -> str:
    """One line for the user: the lock of *path* was taken over from *holder*."""
    who = holder.describe() if holder else translate("Lock", "another program")
    return translate("Lock", "Took over {file} from {who}.").format(file=path.name, who=who)


def _note_take_over(path: Path, holder: LockInfo | None) -> None:
    from amp_desktop.core.store.backup import backup_dir

    who = holder.describe() if holder else "?"
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    line = f"{stamp}\t{_user()} on {_hostname()} took over the lock from {who}\n"
    with contextlib.suppress(OSError):
        folder = backup_dir(path)
        folder.mkdir(exist_ok=True)
        with (folder / "lock-takeovers.txt").open("a", encoding="utf-8") as handle:
            handle.write(line)
