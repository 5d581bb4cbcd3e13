"""File-system faults: a read-only medium opens read-only, a full disk is one line and
nothing half-written — in the store, the CLI and the window's open flow."""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import (
    Catalogue,
    DiskFullError,
    ReadOnlyMediumError,
    StoreError,
    connection,
    opening,
)
from amp_desktop.core.store.lock import lock_path
from tests.excel_fixtures import vasteras_workbook


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every writing connection may not grow its file: SQLite's own SQLITE_FULL."""
    configure = connection.configure_for_writing

    def no_room(conn: sqlite3.Connection) -> None:
        configure(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

    monkeypatch.setattr(opening, "configure_for_writing", no_room)


@pytest.fixture
def read_only_medium(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file system says the folder is a read-only mount (as ``statvfs`` would)."""
    monkeypatch.setattr(
        connection, "medium_read_only_reason", lambda path: "the disk or share is read-only"
    )
    monkeypatch.setattr(opening, "probe", _probe_with(connection.probe))


def _probe_with(probe):  # type: ignore[no-untyped-def]
    def read_only_probe(path: Path, **how: bool) -> connection.Probe:
        return connection.Probe(probe(path, **how).version, "the disk or share is read-only")

    return read_only_probe


def test_a_full_disk_is_a_store_error_and_nothing_is_written(
    example_path: Path, full_disk: None
) -> None:
    before = _digest(example_path)
    with Catalogue.open(example_path) as catalogue:
        with pytest.raises(DiskFullError, match="cannot be written .*full") as caught:
            catalogue.add_programme(Programme(name="Stor", places=1, description="x" * 9000))
        assert "\n" not in str(caught.value)
        assert catalogue.find("Stor") is None
    assert _digest(example_path) == before
    assert not lock_path(example_path).exists()


def test_amp_import_on_a_full_disk_is_one_line(
    example_path: Path, tmp_path: Path, full_disk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = vasteras_workbook(tmp_path / "list.xlsx")
    blank = tmp_path / "blank.amp"
    Catalogue.create(blank).close()  # made before the disk filled up
    before = _digest(blank)
    status, out, err = _run(capsys, "import", str(blank), str(workbook))
    # 1: "problems found and nothing written" (README), the reason in one line.
    assert status == 1 and "Traceback" not in err
    reason = [line for line in (out + err).splitlines() if "disk is full" in line]
    assert len(reason) == 1 and reason[0].startswith("amp: "), out + err
    assert _digest(blank) == before and not lock_path(blank).exists()


def test_amp_new_on_a_full_disk_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "new.amp"
    monkeypatch.setattr(opening.os, "link", no_space)
    monkeypatch.setattr(opening.os, "replace", no_space)
    status, _, err = _run(capsys, "new", str(target), "--example")
    assert status == 2 and err.count("\n") == 1 and "full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_amp_new_example_that_fills_the_disk_leaves_nothing(
    tmp_path: Path, full_disk: None, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.amp"
    status, _, err = _run(capsys, "new", str(target), "--example")
    assert status == 2 and err.count("\n") == 1 and "full" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_read_only_medium_opens_read_only(
    example_path: Path, tmp_path: Path, read_only_medium: None, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(example_path)
    with pytest.raises(ReadOnlyMediumError, match="can be opened read-only"):
        Catalogue.open(example_path)
    with Catalogue.open(example_path, read_only=True) as catalogue:
        assert catalogue.read_only_reason == "the disk or share is read-only"
        assert len(catalogue.programmes()) == 21
    status, out, _ = _run(capsys, "list", str(example_path))
    assert status == 0 and "OSA" in out
    workbook = vasteras_workbook(tmp_path / "list.xlsx")
    status, _, err = _run(capsys, "import", str(example_path), str(workbook))
    assert status == 2 and err.count("\n") == 1 and "read-only" in err
    assert _digest(example_path) == before and not lock_path(example_path).exists()


def test_the_window_opens_a_read_only_medium_read_only(
    example_path: Path,
    read_only_medium: None,
    dialog_answers,  # type: ignore[no-untyped-def]
) -> None:
    """The window refused even to open such a file."""
    from amp_desktop.ui import open_flow

    catalogue = open_flow.open_catalogue(None, example_path)
    assert catalogue is not None
    try:
        assert catalogue.read_only and catalogue.read_only_reason
        assert dialog_answers.asked == []
    finally:
        catalogue.close()


def test_the_window_says_a_damaged_file_is_damaged_and_keeps_no_lock(
    example_path: Path,
    dialog_answers,  # type: ignore[no-untyped-def]
) -> None:
    from amp_desktop.ui import open_flow

    conn = sqlite3.connect(example_path, isolation_level=None)
    conn.execute("UPDATE programmes SET type = 'tertiary' WHERE id = 1")
    conn.close()
    assert open_flow.open_catalogue(None, example_path) is None
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and "is damaged" in str(details["text"])
    assert not lock_path(example_path).exists()


def test_a_lock_that_cannot_be_made_is_a_read_only_medium(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root passes os.access everywhere; the refusal then comes from the file system."""
    from amp_desktop.core.store.lock import CatalogueLock

    def refused(self: CatalogueLock) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(CatalogueLock, "acquire", refused)
    with pytest.raises(ReadOnlyMediumError):
        Catalogue.open(example_path)
    with pytest.raises(StoreError, match="read-only"):
        Catalogue.create(example_path.with_name("other.amp"))


def _can_mount_read_only(folder: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}'"],
        capture_output=True,
        timeout=30,
    )
    return done.returncode == 0


def test_on_a_real_read_only_mount(example_path: Path, tmp_path: Path) -> None:
    """A read-only bind mount in a private mount namespace: what a CD or a share gives."""
    folder = example_path.parent
    if not _can_mount_read_only(folder):
        pytest.skip("no user namespaces here to mount a folder read-only")
    workbook = vasteras_workbook(tmp_path.parent / f"{tmp_path.name}-list.xlsx")
    amp = Path(sys.executable).with_name("amp")
    before = _digest(example_path)
    script = (
        f"mount --bind -o ro '{folder}' '{folder}' && "
        f"'{amp}' list '{example_path}' > /dev/null && echo LIST-OK; "
        f"'{amp}' import '{example_path}' '{workbook}'; echo import=$?; "
        f"'{amp}' new '{folder}/new.amp'; echo new=$?; "
        f"'{amp}' export '{example_path}' '{folder}/out.xlsx'; echo export=$?"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=120
    )
    assert "LIST-OK" in done.stdout, done.stderr
    assert "import=2" in done.stdout and "new=2" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert _digest(example_path) == before
    assert not lock_path(example_path).exists()


def test_the_window_shows_why_it_is_read_only(
    qtbot,
    example_path: Path,
    read_only_medium: None,
    dialog_answers,  # type: ignore[no-untyped-def]
) -> None:
    """Status line and editor note name the read-only medium, not another AMP."""
    from amp_desktop.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(example_path)
    assert window.is_read_only()
    assert "the disk or share is read-only" in window.statusBar().currentMessage()
    note = window.catalogue_tab.editor._read_only_note.text()  # noqa: SLF001
    assert "the disk or share is read-only" in note and "elsewhere" not in note
    assert dialog_answers.asked == []
    window.close()


def test_on_a_real_full_disk(example_path: Path, tmp_path: Path) -> None:
    """A small tmpfs filled to the last block, in a private mount namespace: no room at all,
    then room for the lock file but not for the import's journal."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if (
        shutil.which("unshare") is None
        or subprocess.run(
            ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs '{disk}'"],
            capture_output=True,
            timeout=30,
        ).returncode
    ):
        pytest.skip("no user namespaces here to mount a small file system")
    workbook = vasteras_workbook(tmp_path / "list.xlsx")
    amp = Path(sys.executable).with_name("amp")
    blank = tmp_path / "blank.amp"
    Catalogue.create(blank).close()
    copy = disk / "blank.amp"
    script = (
        f"mount -t tmpfs -o size=1m tmpfs '{disk}' && cp '{blank}' '{copy}' && "
        f"head -c 8192 /dev/zero > '{disk}/spare' && "
        f"dd if=/dev/zero of='{disk}/fill' bs=4k 2>/dev/null; "
        f"sha256sum '{copy}'; "
        f"'{amp}' import '{copy}' '{workbook}'; echo import-none=$?; "
        f"'{amp}' new '{disk}/new.amp'; echo new=$?; "
        f"rm '{disk}/spare'; "
        f"'{amp}' import '{copy}' '{workbook}'; echo import-some=$?; "
        f"sha256sum '{copy}'; ls '{disk}'"
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, timeout=120
    )
    out, err = done.stdout, done.stderr
    assert "Traceback" not in err, err
    assert "import-none=2" in out and "new=2" in out, out + err
    assert "import-some=1" in out, out + err  # the import's "nothing was written"
    assert err.count("disk is full") + out.count("disk is full") == 3, out + err
    digests = [line.split()[0] for line in out.splitlines() if line.endswith("/blank.amp")]
    assert len(digests) == 2 and digests[0] == digests[1] == _digest(blank)
    assert out.split()[-2:] == ["blank.amp", "fill"], out  # no lock, journal or new file left


def test_a_file_another_program_writes_is_busy_not_no_catalogue(
    example_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A catalogue another program held in a write was "not an AMP catalogue (database
    is locked)", exit 2 (the night's CLI pass): it is busy, to be tried again, exit 3,
    and the file is as it was."""
    from amp_desktop.core.store import BusyError, connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 50)
    before = hashlib.sha256(example_path.read_bytes()).hexdigest()
    writer = sqlite3.connect(example_path, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        writer.execute("UPDATE meta SET value = value WHERE key = 'catalogue_id'")
        with pytest.raises(BusyError, match="being written by another program just now"):
            Catalogue.open(example_path, read_only=True)
        assert main(["list", str(example_path)]) == 3
        err = capsys.readouterr().err
        assert "is being written by another program" in err and "not an AMP" not in err
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert hashlib.sha256(example_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("name", [".", "..", "/"])
def test_a_folder_without_a_name_is_refused_as_a_folder(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Catalogue.open(Path("."))`` raised ``ValueError: PosixPath('.') has an empty
    name`` (the journal's name was made from the file's), a traceback under every
    caller that did not guard it; it is the one message for any folder."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="is a folder, not a catalogue"):
        Catalogue.open(Path(name))
    with pytest.raises(StoreError, match="is a folder, not a catalogue"):
        Catalogue.open(Path(name), read_only=True)
