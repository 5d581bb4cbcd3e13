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
import resource
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from python_calamine import CalamineWorkbook  # noqa: E402
from timing import best_of  # noqa: E402

from amp_desktop.core.domain import Programme  # noqa: E402
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
    print(
        f"participant list, {rows:,} rows ({n_rows:,} read by calamine), {n_cells:,} result cells"
    )
    print(f"  calamine read alone:   {reference * 1000:8.0f} ms")
    print(
        f"  AMP import end to end: {ours * 1000:8.0f} ms   ratio {ours / reference:.2f}×  (target ≤ 1.5×)"
    )
    print(f"  peak memory of this process: {peak:.0f} MB (target < 400 MB)")


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
