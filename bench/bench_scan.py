"""The size guard's scan of a sheet's XML (#10 item 8, #11) against python-calamine reading the file.

The guard (`core/excel/scan.py: scan_sheet`) inflates a sheet's XML and bounds what a
reader will allocate before any reader opens it.  Measured on the bench's two lists:
the 100,000-row participant list (`tests.participant_lists`, 47.5 MB of sheet XML)
and the 100,000-row referral list of `bench_excel.py`.  Each figure is the best of
five, in processor time (the machine is shared) and wall-clock time; the scan with
every piece searched tag by tag (as before 8 December) is measured in the same run.

``--million`` adds the 1,000,000-row referral list (its quick bound, 26 columns,
passes the limit: a second pass counts its filled cells and columns), best of three.

Run: ``.venv/bin/python bench/bench_scan.py [--million]``
"""

from __future__ import annotations

import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_excel import MILLION, calamine_alone, make_referral_list, make_seed  # noqa: E402

from amp_desktop.core.excel import scan  # noqa: E402
from amp_desktop.core.excel.safety import MAX_CELLS  # noqa: E402
from tests.participant_lists import participant_rows, write_list  # noqa: E402

RUNS = 5


def best(function: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """The least processor and the least wall-clock seconds of *runs* calls."""
    cpu, wall = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return min(cpu), min(wall)


def scanned(path: Path) -> scan.Extent:
    """The guard's measure of the workbook's (only) sheet."""
    with zipfile.ZipFile(path) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("xl/worksheets/"))
        return scan.scan_sheet(archive, info, MAX_CELLS)


def tag_by_tag(path: Path) -> scan.Extent:
    """The same, with every piece searched tag by tag (no piece cleared at C speed)."""
    with mock.patch.object(scan, "_plain", return_value=False):
        return scanned(path)


def report(name: str, path: Path, runs: int = RUNS) -> None:
    with zipfile.ZipFile(path) as archive:
        size = sum(i.file_size for i in archive.infolist() if "worksheets/" in i.filename)
    assert scanned(path) == tag_by_tag(path)  # the same measure either way
    reference = best(lambda: calamine_alone(path), runs)
    ours = best(lambda: scanned(path), runs)
    before = best(lambda: tag_by_tag(path), runs)
    print(f"{name} ({size / 1e6:.1f} MB of sheet XML), best of {runs}:")
    print(
        f"  python-calamine reading it  {reference[0] * 1000:6.0f} ms CPU  {reference[1] * 1000:6.0f} ms wall"
    )
    for label, (cpu, wall) in (("size guard's scan", ours), ("… searched tag by tag", before)):
        print(
            f"  {label:26s}  {cpu * 1000:6.0f} ms CPU  {wall * 1000:6.0f} ms wall   ratio "
            f"{cpu / reference[0]:.2f} CPU, {wall / reference[1]:.2f} wall"
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        participants = folder / "deltagare.xlsx"
        programmes = [f"Insats {i:04d}" for i in range(40)]
        write_list(participants, participant_rows(programmes, 100_000, seed=7))
        _seed, names = make_seed(folder)
        referrals = folder / "anvisningar.xlsx"
        make_referral_list(referrals, names)
        report("participant list, 100,000 rows", participants)
        report("referral list, 100,000 rows", referrals)
        if "--million" in sys.argv:
            million = folder / "miljon.xlsx"
            make_referral_list(million, names, MILLION)
            report(f"referral list, {MILLION:,} rows", million, 3)


if __name__ == "__main__":
    main()
