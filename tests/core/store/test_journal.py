"""A rollback journal beside a catalogue is replayed only if it is the file's (#11.9)."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, StoreError, journal_mark
from amp_desktop.core.store import journal as journal_module
from amp_desktop.core.store.backup import backup_dir
from amp_desktop.core.store.journal import journal_path, mismatch, read_journal, take_notes
from amp_desktop.core.store.journal_mark import mark_path, read_mark

from .test_crash import HALF_WRITTEN

PAGE = 4096
AMP_MAIN = "import sys; from amp_desktop.cli import main; sys.exit(main())"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _catalogue(path: Path, names: list[str]) -> Path:
    with Catalogue.create(path) as catalogue:
        for name in names:
            catalogue.add_programme(Programme(name=name, places=len(name)))
    return path


def _crash_half_written(path: Path) -> None:
    """Leave a hot journal beside *path*: a writer killed mid-transaction, pages spilled."""
    writer = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "half-written"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    assert journal_path(path).exists()


def _journal_for(after: bytes, before: bytes, nonce: int = 0x5EED) -> bytes:
    """The journal SQLite leaves when it dies after writing every page of a
    transaction that turned *before* into *after* (page 1 included), before
    deleting the journal: the pages of *before* that differ, checksummed.  That
    transaction's journal had the *nonce* AMP noted beside the file
    (:func:`_nonce_noted`); any other is another transaction's journal."""
    records = []
    for number in range(1, len(before) // PAGE + 1):
        old = before[(number - 1) * PAGE : number * PAGE]
        if old != after[(number - 1) * PAGE : number * PAGE]:
            total, i = nonce, PAGE - 200
            while i > 0:
                total += old[i]
                i -= 200
            records.append(struct.pack(">I", number) + old + struct.pack(">I", total & 0xFFFFFFFF))
    header = journal_module.MAGIC + struct.pack(
        ">IIIII", len(records), nonce, len(before) // PAGE, 512, PAGE
    )
    return header.ljust(512, b"\0") + b"".join(records)


@contextlib.contextmanager
def _dying_before_it_forgets() -> Iterator[None]:
    """Commits as by a process that dies after its commit wrote the file and before
    SQLite and AMP delete the journal and the note of its transaction."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(journal_mark, "forget", lambda conn: None)
        yield


def _nonce_noted(path: Path) -> int:
    """The nonce of the journal of the last transaction on *path*, as AMP noted it."""
    mark = read_mark(path)
    assert mark is not None
    return mark.nonce


def _names(path: Path) -> list[str]:
    with Catalogue.open(path, read_only=True) as catalogue:
        return [p.name for p in catalogue.programmes()]


def test_a_genuine_hot_journal_is_replayed_after_a_copy_is_kept(tmp_path: Path) -> None:
    path = _catalogue(tmp_path / "hot.amp", ["Counter"])
    _crash_half_written(path)
    before, journal_bytes = path.read_bytes(), journal_path(path).read_bytes()
    with Catalogue.open(path) as catalogue:
        assert catalogue.find("Counter").places == 7  # type: ignore[union-attr]
        assert catalogue.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 1
    [kept] = backup_dir(path).glob("interrupted-*")
    assert (kept / "hot.amp").read_bytes() == before
    assert (kept / "hot.amp-journal").read_bytes() == journal_bytes
    [note] = take_notes(path)
    assert "interrupted" in note and str(kept) in note and "\n" not in note


def test_a_crash_after_page_one_was_written_is_replayed(tmp_path: Path) -> None:
    """The journal of a commit cut short: the file's change counter is one ahead."""
    path = _catalogue(tmp_path / "c.amp", ["Atlas", "C2C"])
    with Catalogue.open(path) as catalogue, _dying_before_it_forgets():
        before = path.read_bytes()
        atlas = catalogue.find("Atlas")
        assert atlas is not None
        catalogue.update_programme(atlas.replace(places=99))
    after = path.read_bytes()
    assert after[24:28] != before[24:28]
    journal_path(path).write_bytes(_journal_for(after, before, _nonce_noted(path)))
    assert mismatch(path, read_journal(journal_path(path))) is None  # type: ignore[arg-type]
    with Catalogue.open(path) as catalogue:
        assert catalogue.find("Atlas").places == 5  # type: ignore[union-attr]
    assert len(take_notes(path)) == 1


def test_a_journal_beside_an_older_copy_is_set_aside_not_replayed(tmp_path: Path) -> None:
    """Yesterday's copy restored over a file whose crashed session left a journal: the
    journal was replayed into the copy and made it "malformed"."""
    path = _catalogue(tmp_path / "k.amp", [f"Programme {i}" for i in range(40)])
    yesterday = path.read_bytes()
    with Catalogue.open(path) as catalogue:
        for i in range(40, 120):
            catalogue.add_programme(Programme(name=f"Programme {i}", places=i))
    _crash_half_written(path)
    journal_bytes = journal_path(path).read_bytes()
    path.write_bytes(yesterday)  # the restore; the journal stays
    with Catalogue.open(path) as catalogue:
        assert len(catalogue.programmes()) == 40
        assert catalogue.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not journal_path(path).exists()
    [aside] = backup_dir(path).glob("k.amp-journal-*-not-this-file")
    assert aside.read_bytes() == journal_bytes
    [note] = take_notes(path)
    assert "did not belong" in note and str(aside) in note


def test_a_journal_from_another_catalogue_is_set_aside(tmp_path: Path, example_path: Path) -> None:
    """A folder copied from another PC: its journal beside this catalogue."""
    other = _catalogue(tmp_path / "other.amp", ["Counter"])
    _crash_half_written(other)
    count = len(_names(example_path))
    shutil.copyfile(journal_path(other), journal_path(example_path))
    with Catalogue.open(example_path) as catalogue:
        assert len(catalogue.programmes()) == count
    assert not journal_path(example_path).exists()
    assert "did not belong" in take_notes(example_path)[0]


def test_the_rule_accepts_each_genuine_pair_and_rejects_each_crossed_one(tmp_path: Path) -> None:
    """Also two catalogues made the same way one commit apart (their first pages are
    alike but for the change counter): AMP's mark in the header tells them apart."""
    pairs = []
    for i, names in enumerate((["Counter"], ["Counter", "A"], [f"P{k}" for k in range(30)])):
        path = _catalogue(tmp_path / f"p{i}.amp", names)
        _crash_half_written(path)
        pairs.append(path)
    path = _catalogue(tmp_path / "c.amp", [f"Q{k}" for k in range(8)])
    with Catalogue.open(path) as catalogue:
        before = path.read_bytes()
        catalogue.add_programme(Programme(name="C", places=1))
    journal_path(path).write_bytes(_journal_for(path.read_bytes(), before))
    pairs.append(path)
    journals = {p: read_journal(journal_path(p)) for p in pairs}
    for file in pairs:
        for owner, found in journals.items():
            assert found is not None
            verdict = mismatch(file, found)
            assert (verdict is None) == (owner == file), (file.name, owner.name, verdict)


def test_read_only_opening_never_writes_even_beside_a_hot_journal(tmp_path: Path) -> None:
    path = _catalogue(tmp_path / "hot.amp", ["Counter"])
    _crash_half_written(path)
    digests = _digest(path), _digest(journal_path(path))
    with pytest.raises(StoreError, match="interrupted.*for editing once"):
        Catalogue.open(path, read_only=True)
    assert (_digest(path), _digest(journal_path(path))) == digests
    assert not backup_dir(path).exists()


def test_read_only_opening_beside_a_foreign_journal_writes_nothing(
    tmp_path: Path, example_path: Path
) -> None:
    other = _catalogue(tmp_path / "other.amp", ["Counter"])
    _crash_half_written(other)
    shutil.copyfile(journal_path(other), journal_path(example_path))
    digests = _digest(example_path), _digest(journal_path(example_path))
    with pytest.raises(StoreError, match="does not belong"):
        Catalogue.open(example_path, read_only=True)
    assert (_digest(example_path), _digest(journal_path(example_path))) == digests


READING_COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["show", "{file}", "OSA"],
    ["plan", "--year", "2026"],
    ["report", "--pdf", "{out}.pdf"],
    ["export", "{file}", "{out}.xlsx"],
]


@pytest.mark.parametrize("hot", [False, True], ids=["plain", "hot journal"])
def test_reading_commands_leave_the_file_byte_identical(
    tmp_path: Path, example_path: Path, capsys: pytest.CaptureFixture[str], hot: bool
) -> None:
    if hot:
        shutil.copyfile(example_path, tmp_path / "hot.amp")
        example_path = tmp_path / "hot.amp"
        _crash_half_written(example_path)
    files = [example_path, journal_path(example_path)]
    digests = [_digest(f) for f in files if f.exists()]
    for i, command in enumerate(READING_COMMANDS):
        args = [a.format(file=example_path, out=tmp_path / f"out{i}") for a in command]
        if "{file}" not in command:
            args.insert(1, str(example_path))
        if args[0] == "report":  # paints with Qt: in its own process, as users run it
            done = subprocess.run(
                [sys.executable, "-c", AMP_MAIN, *args], capture_output=True, text=True, timeout=120
            )
            status, err = done.returncode, done.stderr
        else:
            status = main(args)
            err = capsys.readouterr().err
        if hot:
            assert status == 2 and err.count("\n") == 1 and "interrupted" in err, (args, err)
        else:
            assert status == 0, (args, err)
        assert [_digest(f) for f in files if f.exists()] == digests, args
    assert not backup_dir(example_path).exists()


def test_an_empty_or_zeroed_journal_is_left_to_sqlite(tmp_path: Path) -> None:
    """Not hot (a header not yet written): nothing to judge, nothing kept or moved."""
    path = _catalogue(tmp_path / "z.amp", ["Counter"])
    journal_path(path).write_bytes(b"\0" * 4096)
    assert read_journal(journal_path(path)) is None
    with Catalogue.open(path, read_only=True) as catalogue:
        assert catalogue.find("Counter") is not None
    with Catalogue.open(path) as catalogue:
        assert catalogue.find("Counter") is not None
    assert not backup_dir(path).exists()
    assert take_notes(path) == []


def test_a_journal_made_by_sqlite_itself_is_read_like_sqlite(tmp_path: Path) -> None:
    """Our reader and SQLite agree on a real journal: header fields and page 1."""
    path = _catalogue(tmp_path / "hot.amp", ["Counter"])
    _crash_half_written(path)
    found = read_journal(journal_path(path))
    assert found is not None
    assert found.header.page_size == PAGE and found.header.sector_size >= 512
    conn = sqlite3.connect(path)  # SQLite replays it
    try:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    assert pages == found.header.initial_pages
    assert found.page_one is not None and found.page_one == path.read_bytes()[:PAGE]


def test_two_copies_of_one_catalogue_are_told_apart_by_the_change_counter(tmp_path: Path) -> None:
    """The same mark (one file copied), different histories: the counter decides."""
    path = _catalogue(tmp_path / "a.amp", ["Counter"])
    copy = tmp_path / "b.amp"
    shutil.copyfile(path, copy)
    with Catalogue.open(copy) as catalogue:
        for name in ("X", "Y"):
            catalogue.add_programme(Programme(name=name, places=1))
    _crash_half_written(path)
    found = read_journal(journal_path(path))
    assert found is not None and found.page_one is not None
    assert found.page_one[60:64] == copy.read_bytes()[60:64] != b"\0\0\0\0"
    assert mismatch(copy, found) is not None
    assert mismatch(path, found) is None


def _one_commit_newer_beside_a_crashed_copys_journal(tmp_path: Path, mid_commit: bool) -> Path:
    """A catalogue copied; the copy's session crashes (killed with pages spilled, or
    in the middle of its commit, page 1 written); the original commits one change
    of its own; the copy's journal is put beside the original."""
    path = _catalogue(tmp_path / "a.amp", ["Atlas", "C2C", "Counter"])
    copy = tmp_path / "copy" / "a.amp"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    if mid_commit:
        with Catalogue.open(copy) as catalogue, _dying_before_it_forgets():
            before = copy.read_bytes()
            atlas = catalogue.find("Atlas")
            assert atlas is not None
            catalogue.update_programme(atlas.replace(places=99))
        journal_path(copy).write_bytes(_journal_for(copy.read_bytes(), before, _nonce_noted(copy)))
    else:
        _crash_half_written(copy)
    with Catalogue.open(path) as catalogue:
        c2c = catalogue.find("C2C")
        assert c2c is not None
        catalogue.update_programme(c2c.replace(places=42))
    shutil.copyfile(journal_path(copy), journal_path(path))
    found = read_journal(journal_path(path))
    assert found is not None
    assert mismatch(path, found) is None  # every look at the journal alone passes
    return path


@pytest.mark.parametrize("mid_commit", [False, True], ids=["killed", "mid-commit"])
def test_a_crashed_copys_journal_beside_a_file_one_commit_newer_is_not_replayed(
    tmp_path: Path, mid_commit: bool
) -> None:
    """#11.9's hole: the journal passed every check and undid the original's commit."""
    path = _one_commit_newer_beside_a_crashed_copys_journal(tmp_path, mid_commit)
    before, journal_bytes = path.read_bytes(), journal_path(path).read_bytes()
    with pytest.raises(StoreError, match="may not be its own") as refused:
        Catalogue.open(path, read_only=True)
    assert "\n" not in str(refused.value)
    assert (path.read_bytes(), journal_path(path).read_bytes()) == (before, journal_bytes)
    assert not backup_dir(path).exists()
    with Catalogue.open(path) as catalogue:  # for editing: set aside, open read-only
        assert catalogue.read_only and catalogue.read_only_reason
        assert catalogue.find("C2C").places == 42  # type: ignore[union-attr]
        assert catalogue.find("Atlas").places == 5  # type: ignore[union-attr]
    assert path.read_bytes() == before
    assert not journal_path(path).exists()
    [kept] = backup_dir(path).glob("not-replayed-*")
    assert (kept / "a.amp").read_bytes() == before
    assert (kept / "a.amp-journal").read_bytes() == journal_bytes
    [note] = take_notes(path)
    assert "may not be its own" in note and str(kept) in note and "\n" not in note
    with Catalogue.open(path) as catalogue:  # the next open edits the file as it was
        assert not catalogue.read_only
        assert [(p.name, p.places) for p in catalogue.programmes()] == [
            ("Atlas", 5),
            ("C2C", 42),
            ("Counter", 7),
        ]
        # and its change log: the killed copy's journal held the log's old pages
        assert catalogue.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0] == 4
        assert catalogue.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert take_notes(path) == []


def test_a_copys_journal_and_note_beside_the_original_are_not_replayed(tmp_path: Path) -> None:
    """Even with the copy's note of its transaction beside it: the note names the copy."""
    path = _one_commit_newer_beside_a_crashed_copys_journal(tmp_path, mid_commit=True)
    shutil.copyfile(mark_path(tmp_path / "copy" / "a.amp"), mark_path(path))
    before = path.read_bytes()
    with Catalogue.open(path) as catalogue:
        assert catalogue.read_only
        assert catalogue.find("C2C").places == 42  # type: ignore[union-attr]
    assert path.read_bytes() == before
    assert "another copy" in take_notes(path)[0]


def test_every_write_notes_its_journal_beside_the_file(tmp_path: Path) -> None:
    """The note names the journal SQLite opened for the transaction, and the file."""
    path = _catalogue(tmp_path / "n.amp", ["Counter"])
    seen: list[tuple[int, int]] = []
    with Catalogue.open(path) as catalogue:
        for places in (1, 2):
            with catalogue.transaction():
                noted = read_mark(path)
                head = journal_path(path).read_bytes()[:28]
                assert noted is not None and noted.file == str(path.resolve())
                seen.append((noted.nonce, struct.unpack(">I", head[12:16])[0]))
                counter = catalogue.find("Counter")
                assert counter is not None
                catalogue.conn.execute("UPDATE programmes SET places = ?", [places])
        assert not mark_path(path).exists()  # there only while a transaction is
    assert [a for a, _ in seen] == [b for _, b in seen]
    assert seen[0][0] != seen[1][0]


def test_a_crash_in_a_transaction_amp_did_not_note_is_not_replayed_on_trust(
    tmp_path: Path,
) -> None:
    """A crash mid-commit of another program's transaction: nothing proves its
    journal is the file's last; the file, whole as it lies, opens read-only."""
    path = _catalogue(tmp_path / "o.amp", ["Atlas", "C2C"])
    before = path.read_bytes()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE programmes SET places = 7 WHERE name = 'Atlas'")
    conn.commit()
    conn.close()
    journal_path(path).write_bytes(_journal_for(path.read_bytes(), before))
    with Catalogue.open(path) as catalogue:
        assert catalogue.read_only
        assert catalogue.find("Atlas").places == 7  # type: ignore[union-attr]
    assert "may not be its own" in take_notes(path)[0]


def test_a_writing_command_beside_an_unproven_journal_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _one_commit_newer_beside_a_crashed_copys_journal(tmp_path, mid_commit=True)
    before = path.read_bytes()
    assert main(["history", str(path), "--keep-days", "30"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may not be its own" in err and "not-replayed-" in err
    assert path.read_bytes() == before
