"""One writer per catalogue: a second opener is told who holds it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue, LockedError
from amp_desktop.core.store.lock import lock_path

OPEN_IN_CHILD = """
import sys
from amp_desktop.core.store import Catalogue, LockedError
try:
    Catalogue.open(sys.argv[1]).close()
except LockedError as exc:
    print("LOCKED", exc.holder.pid, exc)
    sys.exit(3)
print("OPENED")
"""


def test_second_process_is_refused_and_told_who_holds_it(example_path: Path) -> None:
    with Catalogue.open(example_path):
        result = subprocess.run(
            [sys.executable, "-c", OPEN_IN_CHILD, str(example_path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 3, result.stderr
        assert result.stdout.startswith(f"LOCKED {os.getpid()} ")
        assert socket.gethostname() in result.stdout
    # Released on close: now the other process may write.
    result = subprocess.run(
        [sys.executable, "-c", OPEN_IN_CHILD, str(example_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "OPENED"


def test_second_writer_in_the_same_process_is_refused(example_path: Path) -> None:
    with Catalogue.open(example_path):
        with pytest.raises(LockedError) as caught:
            Catalogue.open(example_path)
        assert caught.value.holder is not None
        assert caught.value.holder.pid == os.getpid()
        # Read-only opening is allowed beside the writer.
        with Catalogue.open(example_path, read_only=True) as reader:
            assert reader.find("OSA") is not None


def test_a_lock_left_by_a_dead_process_is_taken_over(example_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock_path(example_path).write_text(
        json.dumps(
            {
                "pid": int(dead.stdout),
                "host": socket.gethostname(),
                "user": "someone",
                "since": "2026-01-01T00:00:00",
            }
        )
    )
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None


def test_a_lock_from_another_host_is_respected(example_path: Path) -> None:
    lock_path(example_path).write_text(
        json.dumps(
            {"pid": 1, "host": "kommun-pc-17", "user": "anna", "since": "2026-11-23T08:00:00"}
        )
    )
    with pytest.raises(LockedError, match="anna on kommun-pc-17"):
        Catalogue.open(example_path)


def test_an_unreadable_lock_is_held_while_young_and_stale_when_old(example_path: Path) -> None:
    lock = lock_path(example_path)
    lock.write_text("")  # another process between creating and writing it
    with pytest.raises(LockedError):
        Catalogue.open(example_path)
    old = lock.stat().st_mtime - 3600
    os.utime(lock, (old, old))  # …or one that crashed there long ago
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.find("OSA") is not None
