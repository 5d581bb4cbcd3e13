"""Damaged and hand-edited files: one line, exit status 2, the lock released, the file untouched.

Variants are made by code: bytes flipped in the header of every page, the file cut
short at many lengths, and values edited by hand through sqlite3 (an unknown type,
a schema version "2b", text where places belong, …).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue, DamagedError, StoreError
from amp_desktop.core.store.backup import backup_dir
from amp_desktop.core.store.lock import lock_path

PAGE = 4096

HAND_EDITS: dict[str, str] = {
    "unknown type": "UPDATE programmes SET type = 'tertiary' WHERE id = 3",
    "unknown status": "UPDATE programmes SET status = 'gone' WHERE id = 1",
    "unknown SKR category": "UPDATE programmes SET skr_category = 'x' WHERE id = 2",
    "non-numeric places": "UPDATE programmes SET places = 'many' WHERE id = 4",
    "fractional places": "UPDATE programmes SET places = 2.5 WHERE id = 4",
    "text budget": "UPDATE programmes SET annual_budget_sek = 'lots' WHERE id = 5",
    "text age": "UPDATE programmes SET age_min = 'young' WHERE id = 5",
    "text stay": "UPDATE programmes SET average_stay_weeks = 'long' WHERE id = 6",
    "months as words": "UPDATE programmes SET months = 'jun,jul' WHERE id = 7",
    "a date that is not one": "UPDATE programmes SET start_date = 'soon' WHERE id = 8",
    "bytes for a name": "UPDATE programmes SET name = X'414243' WHERE id = 9",
    "unknown source role": "UPDATE programme_sources SET role = 'boss' WHERE programme_id = 1",
    "unknown Kolada category": "UPDATE sources SET kolada_category = 'x' WHERE code = 'AF'",
    "text referrals": "UPDATE demand SET referrals = 'some' WHERE programme_id = "
    "(SELECT MIN(programme_id) FROM demand)",
    "a month that is not one": "UPDATE demand SET month = '2026' WHERE programme_id = "
    "(SELECT MIN(programme_id) FROM demand) AND month = (SELECT MIN(month) FROM demand)",
    "schema version 2b": "UPDATE meta SET value = '2b' WHERE key = 'schema_version'",
    "empty schema version": "UPDATE meta SET value = '' WHERE key = 'schema_version'",
    "programmes table gone": "DROP TABLE programme_sources; DROP TABLE demand; "
    "DROP TABLE programmes",
    "meta table gone": "DROP TABLE meta",
}

#: Found when they are read (a scan of all demand on open would cost 90 ms).
READ_WHEN_USED = {"text referrals"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_page_headers(data: bytes) -> Iterator[tuple[str, bytes]]:
    """The file with the b-tree header of one page overwritten, for every page."""
    for page in range(len(data) // PAGE):
        start = page * PAGE + (100 if page == 0 else 0)  # page 1 starts after the header
        broken = bytearray(data)
        for offset in range(start, start + 8):
            broken[offset] ^= 0xA5
        yield f"page {page + 1} header", bytes(broken)


def _truncations(data: bytes) -> Iterator[tuple[str, bytes]]:
    pages = len(data) // PAGE
    for keep in (50, 99, 100, 1000, PAGE + 7, PAGE * 2):
        yield f"cut at {keep} bytes", data[:keep]
    for keep_pages in range(2, pages, max(1, pages // 6)):
        yield f"cut to {keep_pages} pages", data[: keep_pages * PAGE]


def _hand_edited(example_path: Path, tmp: Path) -> Iterator[tuple[str, bytes]]:
    for name, sql in HAND_EDITS.items():
        copy = tmp / "edit.amp"
        shutil.copy(example_path, copy)
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.executescript(sql)
        finally:
            conn.close()
        yield name, copy.read_bytes()
        copy.unlink()


def variants(example_path: Path, tmp: Path) -> list[tuple[str, bytes]]:
    """Every damaged or hand-edited variant of the example catalogue."""
    data = example_path.read_bytes()
    return [
        *_flip_page_headers(data),
        *_truncations(data),
        *_hand_edited(example_path, tmp),
    ]


def _write_variant(tmp: Path, name: str, data: bytes) -> Path:
    folder = tmp / "v"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / "damaged.amp"
    path.write_bytes(data)
    return path


def test_every_damaged_variant_is_one_line_and_exit_2(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """17 of 46 damaged variants printed a traceback (the window died and left its lock)."""
    made = variants(example_path, tmp_path)
    assert len(made) >= 46
    refused = 0
    for name, data in made:
        path = _write_variant(tmp_path, name, data)
        for command in (["list", str(path)], ["import", str(path), str(tmp_path / "none.xlsx")]):
            status = main(command)
            out, err = capsys.readouterr()
            assert "Traceback" not in err, name
            if command[0] == "list" and status == 0:
                continue  # a flip that SQLite's checks cannot see (and nothing maps badly)
            if command[0] == "list":
                refused += 1
                assert status == 2, (name, err)
                assert err.startswith("amp: ") and err.count("\n") == 1, (name, err)
            assert not lock_path(path).exists(), name
            assert path.read_bytes() == data, name
        # The window's path: open for writing raises one StoreError and holds no lock.
        try:
            Catalogue.open(path).close()
        except StoreError as exc:
            assert "\n" not in str(exc), name
        assert not lock_path(path).exists(), name
        assert path.read_bytes() == data, name
    assert refused >= 40


@pytest.mark.parametrize("name", list(HAND_EDITS))
def test_a_hand_edited_value_is_named_in_one_line(
    example_path: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(example_path, isolation_level=None)
    conn.executescript(HAND_EDITS[name])
    conn.close()
    before = _digest(example_path)
    if name in READ_WHEN_USED:  # demand is checked as the plan reads it, not on open
        command = ["plan", str(example_path), "--from", "2000-01", "--to", "2099-12"]
    else:
        command = ["list", str(example_path)]
        with pytest.raises(StoreError):
            Catalogue.open(example_path, read_only=True)
    assert main(command) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(example_path) in err and "Traceback" not in err
    assert _digest(example_path) == before


def test_a_damaged_file_points_to_its_newest_backup(example_path: Path, tmp_path: Path) -> None:
    folder = backup_dir(example_path)
    folder.mkdir()
    older, newer = folder / "example-20260101-old.amp", folder / "example-20260201-new.amp"
    older.write_bytes(b"old")
    newer.write_bytes(b"new")
    data = bytearray(example_path.read_bytes())
    for offset in range(PAGE, PAGE + 8):  # page 2's header
        data[offset] ^= 0xA5
    example_path.write_bytes(bytes(data))
    with pytest.raises(DamagedError) as caught:
        Catalogue.open(example_path)
    assert "is damaged" in str(caught.value) and str(newer) in str(caught.value)
    assert caught.value.backup == newer
    assert not lock_path(example_path).exists()


def test_a_damaged_file_through_the_real_command_prints_no_traceback(
    example_path: Path, tmp_path: Path
) -> None:
    data = example_path.read_bytes()
    for name, broken in (
        ("page 3", next(v for n, v in _flip_page_headers(data) if n == "page 3 header")),
        (
            "2b",
            next(v for n, v in _hand_edited(example_path, tmp_path) if n == "schema version 2b"),
        ),
    ):
        path = _write_variant(tmp_path, name, broken)
        done = subprocess.run(
            [str(Path(sys.executable).with_name("amp")), "list", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2 and done.stdout == "", name
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, name
        assert path.read_bytes() == broken and not lock_path(path).exists()


def _plan_reads(catalogue: Catalogue) -> Callable[[], object]:
    return lambda: list(catalogue.demand_cells("0000-01", "9999-12"))


def test_damage_met_while_reading_is_a_store_error(example_path: Path) -> None:
    """Pages that go bad after the file was opened: the read raises StoreError, not sqlite3."""
    with Catalogue.open(example_path, read_only=True) as catalogue:
        catalogue.conn.close()  # as good as a file gone under it
        for read in (catalogue.programmes, catalogue.sources, _plan_reads(catalogue)):
            with pytest.raises(StoreError):
                read()
