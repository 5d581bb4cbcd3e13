"""A rollback journal left beside a catalogue: judged, kept, and replayed only if it is the file's.

SQLite replays any ``FILE-journal`` it finds beside ``FILE`` ("hot": no process is
writing), trusting that it belongs there.  One that does not — the journal of a
crashed session lying beside a copy restored from yesterday, or a file copied in
from another computer — is written over the catalogue and truncates it to the
journal's size: a catalogue of 2,021 programmes became 196 KB, "malformed".

So before SQLite sees a hot journal, AMP reads it (sqlite.org/fileformat2.html,
"The Rollback Journal") and replays it only if it matches the file:

* its page size is the file's;
* its saved page 1 carries the file's own mark (a random number AMP writes into
  every catalogue's header, :func:`tag`), where both have one;
* its saved image of page 1 (the file as it was before the interrupted
  transaction) is the file's page 1 unchanged, or the same page one transaction
  later: the file change counter (offset 24) one higher, valid (offset 92 = 24),
  the same application id;
* without a page-1 image the transaction never grew the file nor wrote page 1,
  so the file must still be exactly the journal's initial size;
* replayed on a copy first, the result passes ``quick_check`` and is the same
  catalogue (``catalogue_id``) as the file;
* where the file's first page is no longer the one the journal saved, the note
  AMP left as the transaction began (:mod:`journal_mark`) names this journal: a
  crashed *copy's* journal beside a file one commit newer passes every look
  above.  Without that proof the journal is not replayed (unless the file as it
  lies is damaged and the replay on a copy is whole): file and journal are kept in
  ``FILE.amp-backups/not-replayed-STAMP/`` and the file opens read-only this time.

Before a recovery the file and the journal are copied to
``FILE.amp-backups/interrupted-STAMP/``; a journal that does not match is moved to
``FILE.amp-backups/`` (never deleted, never replayed).  A read-only open never
writes: with a hot journal it refuses with a one-line message (open for editing
once to recover).  What was done is kept as a note for the window and the CLI
(:func:`take_notes`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import shutil
import sqlite3
import struct
from pathlib import Path

from amp_desktop.core.i18n import translate
from amp_desktop.core.store import journal_mark
from amp_desktop.core.store.journal_file import (  # importable from here, as before
    MAGIC,
    Journal,
    JournalHeader,
    journal_path,
    read_journal,
)

__all__ = [
    "MAGIC",
    "Journal",
    "JournalHeader",
    "journal_path",
    "mismatch",
    "read_journal",
    "recover",
    "take_notes",
]

TAG_OFFSET = 60  # user_version in the database header: AMP's mark of one catalogue
_SQLITE_HEADER = b"SQLite format 3\x00"
_NOTES: dict[str, list[str]] = {}


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack(">I", data[offset : offset + 4])[0])


def _page_size(page_one: bytes) -> int:
    value = int(struct.unpack(">H", page_one[16:18])[0])
    return 65536 if value == 1 else value


def mismatch(path: Path, journal: Journal) -> str | None:
    """Why *journal* cannot be the file *path*'s own (None if it can)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
            size = path.stat().st_size
            page_size = _page_size(head) if head.startswith(_SQLITE_HEADER) else 0
            handle.seek(0)
            file_page_one = handle.read(page_size) if page_size else b""
    except OSError as exc:
        return str(exc)
    header = journal.header
    if not page_size:
        return translate("Journal", "the file is not an SQLite file")
    if header.page_size != page_size:
        return translate("Journal", "its page size is not the file's")
    saved = journal.page_one
    if saved is not None:
        if not saved.startswith(_SQLITE_HEADER) or _page_size(saved) != page_size:
            return translate("Journal", "its saved first page is not of an SQLite file")
        tags = _u32(saved, TAG_OFFSET), _u32(file_page_one, TAG_OFFSET)
        if all(tags) and tags[0] != tags[1]:
            return translate("Journal", "it was made for another catalogue")
        if saved == file_page_one:
            return None
        counter, before = _u32(file_page_one, 24), _u32(saved, 24)
        if (
            counter == (before + 1) & 0xFFFFFFFF
            and _u32(file_page_one, 92) == counter
            and saved[68:72] == file_page_one[68:72]
        ):
            return None
        return translate(
            "Journal",
            "it was made for another file or another copy of it (change counter {saved}, "
            "the file's {counter})",
        ).format(saved=before, counter=counter)
    in_header = _u32(file_page_one, 28) if _u32(file_page_one, 92) == _u32(file_page_one, 24) else 0
    if size != header.initial_pages * page_size or in_header not in (0, header.initial_pages):
        return translate(
            "Journal", "it was made for a file of {pages} pages, the file has {file_pages}"
        ).format(pages=header.initial_pages, file_pages=size // page_size)
    return None


def tag(conn: sqlite3.Connection) -> None:
    """Mark the file open for writing on *conn* with a random number of its own in
    its first page (SQLite's ``user_version``, unused otherwise), once: the journal's
    copy of that page then tells which catalogue a journal was made for."""
    with contextlib.suppress(sqlite3.Error):
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            conn.execute(f"PRAGMA user_version = {secrets.randbelow(0x7FFFFFFE) + 1}")


def _catalogue_id(path: Path, *, immutable: bool) -> str | None:
    """The catalogue id stored in *path* (read without looking at any journal if
    *immutable*), None if it cannot be read."""
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'catalogue_id'").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _trial_mismatch(path: Path, journal_file: Path, folder: Path) -> str | None:
    """Replay the journal on a copy in *folder*; why the result is not the file's (or None)."""
    trial = folder / ".trial"
    trial.mkdir(parents=True, exist_ok=True)
    try:
        copy = trial / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal_file, journal_path(copy))
        conn = sqlite3.connect(copy)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as exc:
            return str(exc)
        finally:
            conn.close()
        if check != "ok":
            return translate("Journal", "replayed on a copy, it damages the file ({check})").format(
                check=check
            )
        mine, replayed = _catalogue_id(path, immutable=True), _catalogue_id(copy, immutable=True)
        if mine is not None and replayed is not None and mine != replayed:
            return translate("Journal", "replayed on a copy, it makes another catalogue")
        return None
    finally:
        shutil.rmtree(trial, ignore_errors=True)


def is_hot(path: Path) -> bool:
    """True if SQLite would replay a journal beside *path* now (asked read-only:
    nothing is written)."""
    journal_file = journal_path(path)
    try:
        if not journal_file.exists() or journal_file.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        conn.close()
    return False


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _backups(path: Path) -> Path:
    from amp_desktop.core.store.backup import backup_dir

    return backup_dir(path)


def _note(path: Path, text: str) -> None:
    _NOTES.setdefault(str(path.resolve()), []).append(text)


def take_notes(path: Path) -> list[str]:
    """What was done to journals beside *path* since last asked (one line each)."""
    return _NOTES.pop(str(Path(path).resolve()), [])


def recover(path: Path, *, read_only: bool) -> str | None:
    """Deal with a hot journal beside *path* before SQLite sees it.

    Read-only: raise ``StoreError`` (nothing is written).  For editing, under the
    writer lock: keep a copy of the file and the journal, then replay the journal
    if it is the file's, or move it aside if it is not.  A journal that may be the
    file's but is not shown to be its last transaction's (:mod:`journal_mark`) is
    not replayed either: the file and the journal are kept, and the reason to open
    the file read-only this time is returned (None otherwise).  Raises
    ``LockedError`` if another AMP holds the file (its journal may be its own, live).
    """
    from amp_desktop.core.store import StoreError
    from amp_desktop.core.store.lock import CatalogueLock

    journal_file = journal_path(path)
    if not is_hot(path):
        return None
    journal = read_journal(journal_file)
    reason = (
        mismatch(path, journal)
        if journal
        else translate("Journal", "it has no valid journal header")
    )
    unsure = (
        journal_mark.doubt(path, journal.header.nonce, journal.page_one)
        if journal is not None and reason is None
        else None
    )
    if read_only:
        raise StoreError(_read_only_refusal(path, reason, unsure))
    lock = CatalogueLock(path)
    lock.acquire()
    try:
        if not is_hot(path):  # another AMP recovered it meanwhile
            return None
        folder = _backups(path)
        folder.mkdir(exist_ok=True)
        stamp = _stamp()
        if reason is None:
            reason = _trial_mismatch(path, journal_file, folder)
        if reason is not None:
            aside = folder / f"{journal_file.name}-{stamp}-not-this-file"
            journal_file.replace(aside)
            _note(
                path,
                translate(
                    "Journal",
                    "A journal file beside {file} did not belong to it ({reason}); it was "
                    "moved to {aside} and not used. The catalogue was not changed.",
                ).format(file=path.name, reason=reason, aside=aside),
            )
            return None
        if unsure is not None and _whole(path):
            return _keep_unused(path, folder / f"not-replayed-{stamp}", unsure)
        kept = folder / f"interrupted-{stamp}"
        kept.mkdir()
        shutil.copyfile(path, kept / path.name)
        shutil.copyfile(journal_file, kept / journal_file.name)
        conn = sqlite3.connect(path)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
        _note(
            path,
            translate(
                "Journal",
                "The last session that edited {file} was interrupted; its unfinished "
                "change was undone. The file as it was is kept in {kept}.",
            ).format(file=path.name, kept=kept),
        )
        return None
    finally:
        if not journal_file.exists():  # replayed or set aside: its note has done its work
            journal_mark.forget_file(path)
        with contextlib.suppress(OSError):
            lock.release()


def _read_only_refusal(path: Path, reason: str | None, unsure: str | None) -> str:
    if reason is not None:
        message = translate(
            "Journal",
            "{file}: the journal file beside it does not belong to it. Open it for "
            "editing once to set that journal aside; nothing was changed.",
        )
    elif unsure is not None:
        message = translate(
            "Journal",
            "{file}: a journal file beside it may not be its own ({reason}). Open it "
            "for editing once to set that journal aside, with copies kept; nothing "
            "was changed.",
        )
    else:
        message = translate(
            "Journal",
            "{file}: the last session that edited it was interrupted. Open it for "
            "editing once to undo its unfinished change; nothing was changed.",
        )
    return message.format(file=path.name, reason=unsure)


def _whole(path: Path) -> bool:
    """Whether *path* as it lies (its journal unread) passes ``quick_check``."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _keep_unused(path: Path, kept: Path, unsure: str) -> str:
    """Keep the file and its journal in *kept*, move the journal out of SQLite's
    way unused, and note it; returns why the file is opened read-only this time."""
    journal_file = journal_path(path)
    kept.mkdir()
    shutil.copyfile(path, kept / path.name)
    with contextlib.suppress(OSError):
        shutil.copyfile(journal_mark.mark_path(path), kept / journal_mark.mark_path(path).name)
    journal_file.replace(kept / journal_file.name)
    _note(
        path,
        translate(
            "Journal",
            "A journal file beside {file} may not be its own ({reason}), so it was not "
            "used and {file} is open read-only this time; the file and the journal are "
            "kept in {kept}.",
        ).format(file=path.name, reason=unsure, kept=kept),
    )
    return translate("Journal", "a journal file beside it was set aside unused")
