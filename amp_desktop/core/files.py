"""Replacing a file the user named, safely: what may be replaced, and how.

Used for every file AMP writes over at the user's word (Excel exports, PDFs):
nothing but a file of the same kind, or an empty one, is ever replaced — a
catalogue chosen by mistake would be the user's only copy of their data — and
the new file is written beside the old one and moved into place only when it is
whole, so a failed write leaves the old file as it was.  What a killed write left
behind (``OUT.xlsx.XXXXXXXX.part``) is removed by the next write to the same file.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\0"
#: A temporary file older than this is no longer being written (a county-sized
#: export takes minutes; an hour is far beyond any write).
STALE_PART_SECONDS = 3600


class NotReplaceable(OSError):
    """*path* must not be replaced; ``kind`` says why, for the caller's message:
    ``"folder"``, ``"not_regular"`` (a device, a pipe), ``"database"`` (an AMP
    catalogue or another SQLite file) or ``"other"`` (another kind of file)."""

    def __init__(self, path: Path, kind: str):
        super().__init__(f"{path}: {kind}")
        self.path = path
        self.kind = kind


def check_replaceable(path: str | Path, magic: bytes) -> Path:
    """The file to write for *path* (symbolic links followed); raises
    :class:`NotReplaceable` unless it is missing, empty or starts with *magic*."""
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(status.st_mode):
        raise NotReplaceable(target, "folder")
    if not stat.S_ISREG(status.st_mode):  # checked before opening: a pipe would block
        raise NotReplaceable(target, "not_regular")
    if status.st_size == 0:
        return target
    with target.open("rb") as handle:
        head = handle.read(max(len(magic), len(SQLITE_MAGIC)))
    if head.startswith(SQLITE_MAGIC):
        raise NotReplaceable(target, "database")
    if not head.startswith(magic):
        raise NotReplaceable(target, "other")
    return target


def remove_stale_parts(target: Path, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Remove the temporary files a killed write to *target* left beside it: only
    names :func:`replacing` makes (``NAME.`` + 8 random characters + ``.part``),
    only regular files of this user, only those not touched for *older_than*
    seconds.  Returns what was removed; what cannot be removed is left."""
    pattern = re.compile(re.escape(target.name) + r"\.[A-Za-z0-9_]{8}\.part")
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            status = entry.stat(follow_symlinks=False)
            mine = not hasattr(os, "getuid") or status.st_uid == os.getuid()
            if stat.S_ISREG(status.st_mode) and mine and now - status.st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def replacing(
    path: str | Path, magic: bytes, verify: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """A new temporary file beside *path* to write to, moved over *path* when the
    ``with`` block ends without an error (and *verify*, given the temporary file,
    raises none); otherwise it is removed and *path* is left as it was.

    *path* is checked first (:func:`check_replaceable`).  The new file gets the
    old one's permissions (a new one: the usual ones, not the temporary file's
    owner-only ones).
    """
    target = check_replaceable(path, magic)
    remove_stale_parts(target)
    handle, name = tempfile.mkstemp(prefix=f"{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    part = Path(name)
    try:
        yield part
        if verify is not None:
            verify(part)
        with part.open("rb") as written:
            os.fsync(written.fileno())
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(part, mode)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
