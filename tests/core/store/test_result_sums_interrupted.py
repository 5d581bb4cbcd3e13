"""The compact yearly sums never disagree with the rows after a process dies mid-way:
killed while an import writes them, or while a version-6 file is upgraded and they
are made from its rows (the file stays version 6 and whole, and the next open
upgrades it)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from tests.core.store.test_result_sums import _check, _version_six
from tests.results_data import store_results

_KILLED = """
import os, sys
from amp_desktop.core.store import Catalogue, result_sums
written = result_sums._write
def killed(*args, **kwargs):
    written(*args, **kwargs)
    os._exit(9)  # the sums written, the transaction not committed
result_sums._write = killed
catalogue = Catalogue.open(sys.argv[1])
if sys.argv[2] == "import":
    from tests.results_data import store_results
    store_results(catalogue, 2025, 1, seed=7, programme_ids=[1, 2])
"""


def _killed(path: Path, what: str) -> None:
    child = subprocess.run([sys.executable, "-c", _KILLED, str(path), what], timeout=120)
    assert child.returncode == 9


def _stored(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with Catalogue.open(path, read_only=True) as catalogue:
        rows = catalogue.conn.execute("SELECT * FROM results ORDER BY 1, 2, 3, 4, 5, 6")
        sums = catalogue.conn.execute("SELECT * FROM result_sums ORDER BY 1, 2")
        return rows.fetchall(), sums.fetchall()


def test_an_import_killed_after_writing_the_sums_leaves_both_as_they_were(tmp_path: Path) -> None:
    path = tmp_path / "killed.amp"
    with Catalogue.create(path) as catalogue:
        programmes = [Programme(name=f"P{pid}", places=5, id=pid) for pid in (1, 2, 3)]
        catalogue.apply(
            ChangeSet("t", tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes))
        )
        store_results(catalogue, 2024, 2, starts_per_month=2, seed=1)
    with Catalogue.open(path) as catalogue:  # (a clean close first: no journal yet)
        _check(catalogue)
    before = _stored(path)
    _killed(path, "import")
    with Catalogue.open(path) as catalogue:  # the interrupted transaction rolled back
        _check(catalogue)
    assert _stored(path) == before


def test_an_upgrade_killed_while_making_the_sums_leaves_a_version_six_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v6.amp"
    _version_six(path)
    _killed(path, "upgrade")
    with Catalogue.open(path) as catalogue:  # upgraded now, whole
        assert catalogue.schema_version == 8  # (7: the sums; 8: where lists meet)
        _check(catalogue)
        assert catalogue.results_sums_layout() is not None
    backups = sorted((tmp_path / "v6.amp-backups").glob("*-v6.amp"))
    assert backups  # (made before the upgrade, each time)
    conn = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            "6",
        )
    finally:
        conn.close()
