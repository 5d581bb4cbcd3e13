"""Killing a writing process at random moments never damages the catalogue."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue

from .crash_writer import DEMAND_ROWS

KILLS = 10


def _check_whole_actions(path: Path) -> int:
    """Assert integrity and that every action is all there or absent; returns actions."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        counter = conn.execute("SELECT places FROM programmes WHERE name='Counter'").fetchone()[0]
        made = {
            int(name[1:]): pid
            for pid, name in conn.execute(
                "SELECT id, name FROM programmes WHERE name GLOB 'P[0-9]*'"
            )
        }
        logged = {
            int(d.split()[1])
            for (d,) in conn.execute(
                "SELECT description FROM actions WHERE description LIKE 'crash %'"
            )
        }
        assert set(made) == logged == set(range(1, counter + 1))
        for pid in made.values():
            rows = conn.execute(
                "SELECT COUNT(*) FROM demand WHERE programme_id = ?", [pid]
            ).fetchone()[0]
            assert rows == DEMAND_ROWS
        return counter
    finally:
        conn.close()


def test_sigkill_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "crash.amp"
    with Catalogue.create(path) as catalogue:
        catalogue.add_programme(Programme(name="Counter", places=0))
    rng = random.Random(20261123)
    done = 0
    for _ in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.core.store.crash_writer", str(path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).parents[3],
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait()  # reap it, so its lock is seen as stale
        writer.stdout.close()
        actions = _check_whole_actions(path)
        assert actions >= done
        done = actions
    assert done > 0  # the writer did get actions through between kills


HALF_WRITTEN = """
import sys, time
from amp_desktop.core.store import Catalogue
catalogue = Catalogue.open(sys.argv[1])
catalogue.conn.execute("PRAGMA cache_size = 5")  # spill changed pages into the file
catalogue.conn.execute("BEGIN IMMEDIATE")
for i in range(3000):
    catalogue.conn.execute(
        "INSERT INTO actions(at, kind, description) VALUES('now', 'edit', ?)", ["x" * 500])
catalogue.conn.execute("UPDATE programmes SET places = 99")
print("half-written", flush=True)
time.sleep(60)
"""


def test_a_killed_transaction_with_pages_in_the_file_is_rolled_back(tmp_path: Path) -> None:
    path = tmp_path / "hot.amp"
    with Catalogue.create(path) as catalogue:
        catalogue.add_programme(Programme(name="Counter", places=1))
    writer = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITTEN, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "half-written"
    assert path.with_name("hot.amp-journal").exists()  # a hot journal is left behind
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    writer.stdout.close()
    with Catalogue.open(path) as catalogue:
        assert catalogue.find("Counter").places == 1  # type: ignore[union-attr]
        actions = catalogue.conn.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        assert actions == 1
        assert catalogue.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
