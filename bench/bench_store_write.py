"""What the journal note (#11.9) costs each write: one programme edit, end to end.

Every write transaction notes beside the file which journal is its own
(``core/store/journal_mark.py``: a few bytes, fsynced) and deletes the note after
the commit.  Measured here on the example catalogue: the median of *runs* edits of
one programme's places through ``Catalogue.update_programme`` (the change log, the
journal and SQLite's own fsyncs included), against the same edits in the same run
with the note switched off, the two taking turns.  Wall and CPU time; the difference is the note's cost.

Run: ``.venv/bin/python bench/bench_store_write.py [--runs N]``
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _edits(path: Path, runs: int) -> dict[bool, tuple[float, float]]:
    """Median wall and CPU milliseconds of one programme edit with the note (True)
    and without (False), the two taking turns so that both meet the same disk."""
    from amp_desktop.core.store import Catalogue, journal_mark

    record, forget = journal_mark.record, journal_mark.forget
    times: dict[bool, tuple[list[float], list[float]]] = {True: ([], []), False: ([], [])}
    with Catalogue.open(path) as catalogue:
        programme = catalogue.programmes()[0]
        for i in range(2 * runs):
            noted = i % 2 == 0
            journal_mark.record = record if noted else lambda conn: None  # type: ignore[assignment]
            journal_mark.forget = forget if noted else lambda conn: None  # type: ignore[assignment]
            edited = dataclasses.replace(programme, places=programme.places + 1 + i % 3)
            wall, cpu = time.perf_counter(), time.process_time()
            catalogue.update_programme(edited)
            times[noted][0].append(time.perf_counter() - wall)
            times[noted][1].append(time.process_time() - cpu)
            programme = catalogue.programmes([programme.id or 0])[0]
    journal_mark.record, journal_mark.forget = record, forget  # type: ignore[assignment]
    return {
        noted: (statistics.median(walls) * 1000, statistics.median(cpus) * 1000)
        for noted, (walls, cpus) in times.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    from amp_desktop.core.example import load_example
    from amp_desktop.core.store import Catalogue

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "example.amp"
        with Catalogue.create(path) as catalogue:
            load_example(catalogue)
        measured = _edits(path, args.runs)
    with_note, without = measured[True], measured[False]
    print(f"one programme edit, median of {args.runs}: wall / CPU ms")
    print(f"  with the journal note:    {with_note[0]:6.2f} / {with_note[1]:6.2f}")
    print(f"  without (reference):      {without[0]:6.2f} / {without[1]:6.2f}")
    print(
        f"  the note costs {with_note[0] - without[0]:+.2f} ms wall, "
        f"{with_note[1] - without[1]:+.2f} ms CPU; ratio {with_note[0] / without[0]:.2f} (wall)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
