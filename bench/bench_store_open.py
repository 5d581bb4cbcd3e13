"""What checking a catalogue on open costs, at 1,000 programmes × 360,000 demand cells.

``Catalogue.open`` probes every file before it is used (#11.14): SQLite's
``PRAGMA quick_check``, one query that every stored value maps, and the demand
months along their index.  Measured here on the planning benchmark's file
(1,000 programmes, 36 months × 10 sources of demand), against the reference of
reading the catalogue's programmes once (what the window does at start anyway).

Run: ``.venv/bin/python bench/bench_store_open.py [--runs N]``
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    import bench_planning

    from amp_desktop.core.store import Catalogue, connection, rows

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "county.amp"
        bench_planning.build(path).close()
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        with Catalogue.open(path, read_only=True) as catalogue:
            reference = _median_ms(catalogue.programmes, args.runs)
        quick = _median_ms(lambda: raw.execute("PRAGMA quick_check(3)").fetchall(), args.runs)
        values = _median_ms(lambda: raw.execute(rows.VALUE_CHECK).fetchall(), args.runs)
        months = _median_ms(lambda: raw.execute(rows.DEMAND_MONTHS).fetchall(), args.runs)
        probe = _median_ms(lambda: connection.probe(path), args.runs)
        opened = _median_ms(lambda: Catalogue.open(path).close(), args.runs)
        raw.close()
        size = path.stat().st_size / 1e6
    print(f"file: {size:.1f} MB (1,000 programmes, 360,000 demand cells)")
    print(f"quick_check            {quick:7.1f} ms")
    print(f"value check            {values:7.1f} ms")
    print(f"demand months check    {months:7.1f} ms")
    print(f"probe (all checks)     {probe:7.1f} ms")
    print(f"open for writing+close {opened:7.1f} ms")
    print(f"reference: read 1,000 programmes {reference:.1f} ms; probe = {probe / reference:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
