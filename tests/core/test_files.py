"""Replacing a file the user named: what may be replaced, and writing beside it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from amp_desktop.core import files


def test_only_a_file_of_the_same_kind_or_an_empty_one_is_replaceable(tmp_path: Path) -> None:
    kinds = {}
    (tmp_path / "folder").mkdir()
    catalogue = tmp_path / "c.amp"
    catalogue.write_bytes(files.SQLITE_MAGIC + b"\0" * 100)
    notes = tmp_path / "notes.txt"
    notes.write_text("mina anteckningar")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # opening it to look inside would block: checked without opening
    for name in ("folder", "c.amp", "notes.txt", "pipe"):
        with pytest.raises(files.NotReplaceable) as caught:
            files.check_replaceable(tmp_path / name, b"PK\x03\x04")
        kinds[name] = caught.value.kind
    assert kinds == {
        "folder": "folder",
        "c.amp": "database",
        "notes.txt": "other",
        "pipe": "not_regular",
    }
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "old.xlsx").write_bytes(b"PK\x03\x04rest")
    for name in ("empty.xlsx", "old.xlsx", "new.xlsx"):
        assert files.check_replaceable(tmp_path / name, b"PK\x03\x04") == tmp_path / name


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF old")
    target.chmod(0o640)
    with pytest.raises(RuntimeError), files.replacing(target, b"%PDF") as part:
        part.write_bytes(b"%PDF half")
        raise RuntimeError("the disk filled")
    assert target.read_bytes() == b"%PDF old" and sorted(tmp_path.iterdir()) == [target]

    def whole(part: Path) -> None:
        if not part.read_bytes().endswith(b"%%EOF"):
            raise OSError("incomplete")

    with (
        pytest.raises(OSError, match="incomplete"),
        files.replacing(target, b"%PDF", whole) as part,
    ):
        part.write_bytes(b"%PDF cut")
    assert target.read_bytes() == b"%PDF old" and sorted(tmp_path.iterdir()) == [target]
    with files.replacing(target, b"%PDF", whole) as part:
        part.write_bytes(b"%PDF new %%EOF")
    assert target.read_bytes() == b"%PDF new %%EOF"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the old file's permissions
    assert sorted(tmp_path.iterdir()) == [target]
