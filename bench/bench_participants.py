"""Results speed (issue #12 item 9): a participant list imported end to end.

1. A 100,000-row participant list as a case system exports it (identity numbers in four
   spellings, names, date cells, Swedish exit reasons, gender, need level, source):
   check, read, count, store — against python-calamine alone reading the same file in
   the same run.  Target ≤ 1.5×, peak memory < 400 MB (``--rows`` to change the size).
   The Results tab's period switch is measured by ``bench_results_tab.py``.

Run: ``.venv/bin/python bench/bench_participants.py [--rows N]``
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from python_calamine import CalamineWorkbook  # noqa: E402
from timing import best_of  # noqa: E402

from amp_desktop.core.domain import Programme  # noqa: E402
from amp_desktop.core.excel import importer, participants_import  # noqa: E402
from amp_desktop.core.excel.importer import analyse  # noqa: E402
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange  # noqa: E402
from tests.participant_lists import participant_rows, write_list  # noqa: E402


def _catalogue(path: Path, n: int) -> list[str]:
    names = [f"Insats {i:04d}" for i in range(n)]
    with Catalogue.create(path) as catalogue:
        changes = tuple(
            ProgrammeChange(
                i + 1, None, Programme(name, places=20, annual_budget_sek=900_000, id=i + 1)
            )
            for i, name in enumerate(names)
        )
        catalogue.apply(ChangeSet("bench", changes))
    return names


def bench_import(folder: Path, rows: int) -> None:
    seed = folder / "seed.amp"
    names = _catalogue(seed, 40)
    listing = write_list(folder / "deltagare.xlsx", participant_rows(names, rows, seed=7))

    def calamine() -> int:
        workbook = CalamineWorkbook.from_path(str(listing))
        return len(workbook.get_sheet_by_name(workbook.sheet_names[0]).to_python())

    def amp() -> int:
        target = folder / "target.amp"
        shutil.copy(seed, target)
        with Catalogue.open(target) as catalogue:
            preview = analyse(catalogue, listing, kind="participants")
            assert not preview.blocking, preview.problems[:3]
            catalogue.apply(preview.changeset("bench"))
            return len(preview.results.after) if preview.results else 0

    reference, n_rows = best_of(calamine, 5)
    ours, n_cells = best_of(amp, 5)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    spent = phases(amp)
    calamine_cpu = min(cpu_of(calamine) for _ in range(3))
    print(
        f"participant list, {rows:,} rows ({n_rows:,} read by calamine), {n_cells:,} result cells"
        f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(f"  calamine read alone:   {reference * 1000:8.0f} ms")
    print(
        f"  AMP import end to end: {ours * 1000:8.0f} ms   ratio {ours / reference:.2f}×  (target ≤ 1.5×)"
    )
    print(f"  peak memory of this process: {peak:.0f} MB (target < 400 MB)")
    print("  where the time goes (one more run, CPU seconds):")
    for name, seconds in spent.items():
        print(f"    {name:<34} {seconds * 1000:6.0f} ms")
    print(
        f"  CPU: calamine alone {calamine_cpu * 1000:.0f} ms, AMP {spent['total'] * 1000:.0f} ms, "
        f"ratio {spent['total'] / calamine_cpu:.2f}×"
    )


def cpu_of(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


#: The steps of an import, by the module attribute each is reached through.
STEPS = (
    (importer, "check_workbook_file", "file check (zip, sheet XML scan)"),
    (participants_import, "find_participant_sheet", "calamine read + header found"),
    (participants_import, "read_participants", "rows read into enrolments"),
    (participants_import, "aggregate", "enrolments counted"),
    (Catalogue, "apply", "stored (one ResultsChange)"),
)


def phases(run: Callable[[], object]) -> dict[str, float]:
    """CPU seconds of each step of one *run*, the rest apart."""
    spent: dict[str, float] = {}
    saved = [(owner, name, getattr(owner, name)) for owner, name, _label in STEPS]

    def timed(function: Callable[..., Any], label: str) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start

        return wrapper

    try:
        for (owner, name, function), (_o, _n, label) in zip(saved, STEPS, strict=True):
            setattr(owner, name, timed(function, label))
        start = time.process_time()
        run()
        total = time.process_time() - start
    finally:
        for owner, name, function in saved:
            setattr(owner, name, function)
    spent["the rest (sorting, scope, preview)"] = total - sum(spent.values())
    spent["total"] = total
    return spent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="amp-bench-"))
    try:
        bench_import(folder, args.rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
