"""The record a writing AMP leaves beside a catalogue: which journal is its transaction's.

A rollback journal holds the pages a transaction changed as they were before it,
and a nonce SQLite draws for that transaction.  Nothing in it says which *copy*
of a catalogue it was made for: two copies of one file are byte-identical until
each commits, so the journal of a crashed copy lying beside the other copy one
commit later passes every look at the journal alone (the file's first page is
then one change counter ahead, exactly as after a crash in the middle of a
commit) — and replaying it would undo that commit, or mix pages of the two.

So as every write transaction begins, before any of its pages can reach the
file, AMP notes beside the file (``FILE.transaction``) the nonce of the journal
SQLite has just opened, a digest of the file's first page as the transaction
found it, and the file's full name and file number (a copy has others).  A
journal whose saved first page differs from the file's is replayed only if the
note beside the file names that journal's nonce and that first page, for this
file rather than a copy (:func:`doubt`); when the file's first page is still the
one the journal saved, the file has not been written since the journal was made
and the note is not needed.  The note is written with ``fsync``, so it outlives
a power cut as the journal does.  It is a few bytes, there only while a
transaction is (:func:`forget`), like the journal itself.  A transaction not begun by AMP's writer (the one-time ``VACUUM``,
another program) leaves no note: its crash is not replayed on trust.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from amp_desktop.core.i18n import translate

_NONCE_AT = 12  # the nonce in a rollback journal's header (sqlite.org/fileformat2.html)


@dataclass(frozen=True)
class Mark:
    """One write transaction as it began: its journal's nonce, the file's first page."""

    nonce: int
    page_one: str  # sha256 of the file's first page when the transaction began
    file: str = ""  # the file the transaction wrote: its full name
    inode: int = 0  # and its file number (0 where the system gives none)


def mark_path(path: Path) -> Path:
    return path.with_name(path.name + ".transaction")


def _digest(page: bytes) -> str:
    import hashlib  # at the first write, not at start-up (OpenSSL's set-up: 1.5 ms)

    return hashlib.sha256(page).hexdigest()


def _main_file(conn: sqlite3.Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def record(conn: sqlite3.Connection) -> None:
    """Inside a write transaction on *conn*, before it writes anything: make SQLite
    open its journal (by rewriting ``user_version`` as it is) and note that
    journal's nonce beside the file.

    Never fails the transaction: without a note a crash of it is only not
    replayed on trust (:func:`doubt` says so), never replayed wrongly.
    """
    path = _main_file(conn)
    if path is None:
        return
    target = mark_path(path)
    try:
        value = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA user_version = {value}")  # journals page 1: the journal opens
        with path.with_name(path.name + "-journal").open("rb") as handle:
            head = handle.read(28)
        with path.open("rb") as handle:
            start = handle.read(100)
            page_size = struct.unpack(">H", start[16:18])[0]
            handle.seek(0)
            page_one = handle.read(65536 if page_size == 1 else page_size)
    except (OSError, sqlite3.Error, struct.error):
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)  # an old note must not vouch for this journal
        return
    if len(head) < 28:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        return
    (nonce,) = struct.unpack(">I", head[_NONCE_AT : _NONCE_AT + 4])
    file, inode = _identity(path)
    text = json.dumps(
        {"nonce": nonce, "page_one": _digest(page_one), "file": file, "inode": inode}
    ).encode()
    with contextlib.suppress(OSError):
        _write_durably(target, text)


def forget(conn: sqlite3.Connection) -> None:
    """After the transaction on *conn* committed or rolled back (its journal gone):
    delete its note, so nothing is left beside the file."""
    path = _main_file(conn)
    if path is not None:
        forget_file(path)


def forget_file(path: Path) -> None:
    """Delete the note beside catalogue *path*, if there."""
    with contextlib.suppress(OSError):
        mark_path(path).unlink(missing_ok=True)


def _identity(path: Path) -> tuple[str, int]:
    """The full name and file number of *path*: a copy has others, though its bytes
    are the same (the file number stays when a share is reached by another name)."""
    try:
        return str(path.resolve()), path.stat().st_ino
    except OSError:
        return str(path), 0


def _write_durably(target: Path, text: bytes) -> None:
    new = not target.exists()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, text)
        os.fsync(fd)
    finally:
        os.close(fd)
    if new and hasattr(os, "O_DIRECTORY"):  # the new name survives a power cut too
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def read_mark(path: Path) -> Mark | None:
    """The note beside catalogue *path*, None if there is none or it cannot be read."""
    try:
        data = json.loads(mark_path(path).read_bytes())
        return Mark(
            int(data["nonce"]),
            str(data["page_one"]),
            str(data.get("file", "")),
            int(data.get("inode", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def doubt(path: Path, nonce: int, saved_page_one: bytes | None) -> str | None:
    """Why a journal (its first header's *nonce*, its saved first page) is not shown
    to be the one the last transaction on *path* left; None if it is."""
    try:
        with path.open("rb") as handle:
            start = handle.read(100)
            page_size = struct.unpack(">H", start[16:18])[0]
            handle.seek(0)
            file_page_one = handle.read(65536 if page_size == 1 else page_size)
    except (OSError, struct.error) as exc:
        return str(exc)
    if saved_page_one is not None and saved_page_one == file_page_one:
        return None  # the file has not been written since the journal was made
    mark = read_mark(path)
    if mark is None:
        return translate("Journal", "nothing beside the file says which change made it")
    file, inode = _identity(path)
    if mark.file != file and not (inode and mark.inode == inode):
        return translate("Journal", "the note beside it was made for another copy of the file")
    found = saved_page_one if saved_page_one is not None else file_page_one
    if mark.nonce != nonce or mark.page_one != _digest(found):
        return translate("Journal", "it is not the journal of the last change made to this file")
    return None
