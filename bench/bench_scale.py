"""Benchmark: how the cost of a plan, an export and its read-back grow from 1,000 to 10,000 programmes.

Run: ``.venv/bin/python bench/bench_scale.py [--keep DIR] [--rounds N] [--no-ten-years]
[--only plan|readback] [--reuse-exports]``.

Generates two catalogues with ten years (2017–2026, 120 months) × 20 referral
sources of demand for every programme — 2.4 and 24 million demand rows — then, each
in a fresh process of its own (so that its peak memory is its own):

1. ``amp plan FILE --year 2026 --json`` (to ``/dev/null``) on both, alternating,
   *N* rounds: the median times, their ratio (target: at most 12×, the programmes
   grow 10×) and each process's peak resident memory (target: under 600 MB);
2. ``make_plan`` for 2026 in a process (what the window's scenario comparison and
   the printed report get: the whole plan, months included, in memory);
3. ``amp plan FILE --from 2017-01 --to 2026-12 --json`` on the big one — ten years
   written programme by programme (target: under 1 GB);
4. ``export_workbook`` of all ten years on both (the export streams: target under
   1 GB), then ``analyse`` of each export untouched (target: no change) and with one
   Demand cell edited in its XML (target: exactly that change) — AMP reads back what
   AMP wrote (#11 item 20: the 10,000-programme Demand sheet has 24.8 million cells);
   processor and wall time, peak memory, and their growth 1,000 → 10,000.

The catalogues are written as the store writes them, but the demand goes in through
a bench-only path: one ``executemany`` in one transaction, the month index dropped
before and built again after (as it was).  ``--keep DIR`` keeps them in *DIR* and
reuses them on the next run (default ``/tmp/county-bench``; the exports too with
``--reuse-exports``).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from amp_desktop.core.domain import Programme, ProgrammeType, ReferralSource, SourceLink
from amp_desktop.core.planning import Period
from amp_desktop.core.store import (
    Catalogue,
    ChangeSet,
    ProgrammeChange,
    SourceChange,
    StoreError,
)

SIZES = (1_000, 10_000)
MONTHS = Period("2017-01", "2026-12").months()
FORECAST_MONTHS = 6  # the last half year is forecast, the rest actual
SOURCES = (
    "AF", "SKE", "FK", "IND", "LSS", "AME", "Arenan", "Regionen", "KVV", "MIG",
    "SOC", "SFI", "BUP", "VUX", "GYM", "HAB", "PSY", "KRIM", "FHV", "UNG",
)  # fmt: skip
UNITS = ("Jobbcentrum", "Ungdomsenheten", "Utvecklingscentrum", "Arbetsrehab", "Navet")
WORDS = ("Jobb", "Språk", "Start", "Steg", "Ung", "Vägen", "Praktik", "Rehab", "Matcha", "Östra")
RATIO_TARGET = 12.0
YEAR_MEMORY_MB = 600
TEN_YEARS_MEMORY_MB = 1000
EXPORT_MEMORY_MB = 1000
DEFAULT_FOLDER = Path("/tmp/county-bench")
INDEX = "CREATE INDEX demand_month ON demand(month, programme_id, source, kind, referrals)"

CHILD = """
import resource, sys, time
mode, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if mode == "cli":
    from amp_desktop.cli import main
    code = main(["plan", path, *sys.argv[3:], "--json"])
else:
    from amp_desktop.core.planning import Period, make_plan
    from amp_desktop.core.store import Catalogue
    with Catalogue.open(path, read_only=True) as catalogue:
        plan = make_plan(catalogue, Period.parse(sys.argv[3]))
    code = 0 if len(plan.programmes) else 1
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds} {peak}", file=sys.stderr)
sys.exit(code)
"""

READBACK = """
import json, resource, sys, time
cpu, start = time.process_time(), time.perf_counter()
from amp_desktop.core.store import Catalogue
with Catalogue.open(sys.argv[2], read_only=True) as catalogue:
    if sys.argv[1] == "export":
        from amp_desktop.core.excel.export import export_workbook
        export_workbook(catalogue, sys.argv[3])
        found = {}
    else:
        from amp_desktop.core.excel.importer import analyse
        preview = analyse(catalogue, sys.argv[3])
        found = {
            "kind": preview.kind,
            "empty": preview.changeset("x").is_empty(),
            "demand": [[c.key.programme_id, c.key.month, c.key.source, c.key.kind, c.before,
                        c.after] for c in preview.demand[:5]],
            "changes": len(preview.demand) + len(preview.changed) + len(preview.added),
            "conflicts": len(preview.conflicts),
            "problems": len(preview.problems),
        }
found.update(cpu=time.process_time() - cpu, seconds=time.perf_counter() - start,
             peak=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(found))
"""


def generate(path: Path, count: int) -> float:
    """A catalogue of *count* programmes with 120 months × 20 sources each; seconds."""
    start = time.perf_counter()
    rng = random.Random(count)
    programmes = [
        Programme(
            id=pid,
            name=f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {pid:05d}",
            code=f"P{pid:05d}",
            places=rng.randrange(5, 120),
            budgeted_places=rng.choice((None, rng.randrange(5, 100))),
            annual_budget_sek=rng.randrange(200_000, 9_000_000, 50_000),
            type=rng.choice(list(ProgrammeType)),
            unit=rng.choice(UNITS),
            average_stay_weeks=float(rng.choice((2, 6, 13, 19, 26, 39, 52))),
            months=(6, 7, 8) if pid % 25 == 0 else (),
            sources=(SourceLink(rng.choice(SOURCES)),),
        )
        for pid in range(1, count + 1)
    ]
    with Catalogue.create(path) as catalogue:
        catalogue.apply(
            ChangeSet(
                "bench",
                tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes),
                sources=tuple(SourceChange(s, None, ReferralSource(s, s)) for s in SOURCES),
            )
        )
        # Columns of one programme's rows; each programme takes its values from its
        # own place in a pool of random referrals (0–5 a month and source).
        months = [m for m in MONTHS for _ in SOURCES]
        sources = [s for _ in MONTHS for s in SOURCES]
        last_actual = len(MONTHS) - FORECAST_MONTHS
        kinds = [
            "actual" if i < last_actual else "forecast" for i in range(len(MONTHS)) for _ in SOURCES
        ]
        pool = [float(rng.randrange(0, 6)) for _ in range(100_003)]
        pool += pool[: len(months)]
        rows = itertools.chain.from_iterable(
            zip(
                itertools.repeat(pid),
                months,
                sources,
                kinds,
                itertools.islice(pool, (pid * 7919) % 100_003, None),
            )
            for pid in range(1, count + 1)
        )
        with catalogue.transaction():
            catalogue.conn.execute("DROP INDEX demand_month")
            catalogue.conn.executemany(
                "INSERT INTO demand(programme_id, month, source, kind, referrals) "
                "VALUES(?, ?, ?, ?, ?)",
                rows,
            )
            catalogue.conn.execute(INDEX)
    return time.perf_counter() - start


def current(path: Path) -> bool:
    """Whether a kept catalogue opens as it is (not from an older schema)."""
    try:
        Catalogue.open(path, read_only=True).close()
    except StoreError:
        return False
    return True


def measure(mode: str, path: Path, *args: str) -> tuple[float, float]:
    """(seconds from process start to done, peak resident MB) of one child process."""
    env = {**os.environ, "AMP_LANG": "en"}
    with open(os.devnull, "w") as sink:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(path), *args],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    seconds, peak = done.stderr.split()[-2:]
    return float(seconds), float(peak)


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER TARGET"


def run_readback(task: str, catalogue: Path, workbook: Path) -> dict:
    """One export or read-back in a fresh process: its figures (and what it found)."""
    env = {**os.environ, "AMP_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-c", READBACK, task, str(catalogue), str(workbook)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    result: dict = json.loads(done.stdout.splitlines()[-1])
    return result


def edit_one_cell(source: Path, target: Path) -> tuple[int, str, float]:
    """*source* with the Demand sheet's cell F2 (programme 1, AF, the second month)
    set to 99, streaming, every other part as AMP wrote it; (id, month, value before)."""
    cell = re.compile(rb'<c r="F2" t="n"><v>([^<]*)</v></c>')
    before = 0.0
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for info in old.infolist():
            with old.open(info) as reading, new.open(info.filename, "w", force_zip64=True) as out:
                first = info.filename == "xl/worksheets/sheet2.xml"  # the Demand sheet
                while chunk := reading.read(1 << 20):
                    if first:
                        found = cell.search(chunk)
                        assert found is not None, "F2 not in the first MB of the Demand sheet"
                        before = float(found.group(1))
                        chunk = cell.sub(b'<c r="F2" t="n"><v>99</v></c>', chunk, count=1)
                        first = False
                    out.write(chunk)
    return 1, MONTHS[1], before


def bench_readback(paths: dict[int, Path], reuse: bool) -> None:
    """Export each catalogue (ten years), read it back untouched and with one edit."""
    figures: dict[str, dict[int, dict]] = {"export": {}, "untouched": {}, "edited": {}}
    for size, catalogue in paths.items():
        workbook = catalogue.with_suffix(".xlsx")
        if not (reuse and workbook.exists()):
            figures["export"][size] = run_readback("export", catalogue, workbook)
        edited = catalogue.with_name(f"{catalogue.stem}-edited.xlsx")
        pid, month, before = edit_one_cell(workbook, edited)
        figures["untouched"][size] = untouched = run_readback("analyse", catalogue, workbook)
        figures["edited"][size] = changed = run_readback("analyse", catalogue, edited)
        with zipfile.ZipFile(workbook) as archive:
            demand_xml = archive.getinfo("xl/worksheets/sheet2.xml").file_size
        print(
            f"{size:>6,} programmes: export {workbook.stat().st_size / 1e6:,.0f} MB "
            f"(Demand sheet {demand_xml / 1e6:,.0f} MB of XML); untouched: "
            f"{'no change' if untouched['empty'] else 'CHANGES'} "
            f"{verdict(untouched['empty'] and untouched['problems'] == 0)}; one cell edited: "
            f"{changed['changes']} change(s) {changed['demand'][:1]} "
            f"{verdict(changed['changes'] == 1 and changed['demand'][0][:2] == [pid, month] and changed['demand'][0][4:] == [before, 99.0])}"
        )
    for task, by_size in figures.items():
        for size, found in by_size.items():
            target = (
                f" (target < {EXPORT_MEMORY_MB} MB) {verdict(found['peak'] < EXPORT_MEMORY_MB)}"
            )
            print(
                f"  {task:<9} {size:>6,}: processor {found['cpu']:7.1f} s, wall "
                f"{found['seconds']:7.1f} s, peak {found['peak']:6,.0f} MB"
                + (target if task == "export" else "")
            )
        if len(by_size) == 2:
            small, big = (by_size[s] for s in SIZES)
            print(
                f"  {task:<9} growth 1,000 → 10,000: processor {big['cpu'] / small['cpu']:.1f}×, "
                f"wall {big['seconds'] / small['seconds']:.1f}×, peak {big['peak'] / small['peak']:.1f}×"
            )


def bench_plan(paths: dict[int, Path], rounds: int, ten_years: bool) -> None:
    """`amp plan --json` for one year on both sizes, `make_plan`, ten years on the big one."""
    year: dict[int, list[tuple[float, float]]] = {size: [] for size in SIZES}
    for _ in range(rounds):
        for size in SIZES:
            year[size].append(measure("cli", paths[size], "--year", "2026"))
    small, big = (statistics.median(t for t, _ in year[s]) for s in SIZES)
    peak = max(m for s in SIZES for _, m in year[s])
    for size in SIZES:
        times = [t for t, _ in year[size]]
        print(
            f"amp plan --year 2026 --json, {size:>6,} programmes: median {statistics.median(times):6.2f} s "
            f"({min(times):.2f}–{max(times):.2f}), peak {max(m for _, m in year[size]):.0f} MB"
        )
    ratio = big / small
    print(
        f"growth 1,000 → 10,000 programmes: {ratio:.2f}× (target ≤ {RATIO_TARGET:.0f}×) "
        f"{verdict(ratio <= RATIO_TARGET)}; peak {peak:.0f} MB "
        f"(target < {YEAR_MEMORY_MB} MB) {verdict(peak < YEAR_MEMORY_MB)}"
    )
    held = {size: measure("make_plan", paths[size], "2026") for size in SIZES}
    print(
        "make_plan 2026, the whole plan in memory: "
        + ", ".join(f"{s:,}: {t:.2f} s, peak {m:.0f} MB" for s, (t, m) in held.items())
        + f"; growth {held[SIZES[1]][0] / held[SIZES[0]][0]:.2f}×"
    )
    if ten_years:
        seconds, peak = measure("cli", paths[SIZES[1]], "--from", "2017-01", "--to", "2026-12")
        print(
            f"amp plan --from 2017-01 --to 2026-12 --json, {SIZES[1]:,} programmes: "
            f"{seconds:.1f} s, peak {peak:.0f} MB (target < {TEN_YEARS_MEMORY_MB} MB) "
            f"{verdict(peak < TEN_YEARS_MEMORY_MB)}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--keep",
        type=Path,
        default=DEFAULT_FOLDER,
        help=f"keep (and reuse) the catalogues in DIR (default {DEFAULT_FOLDER})",
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-ten-years", action="store_true", help="skip the ten-year run")
    parser.add_argument("--only", choices=("plan", "readback"), help="run only this part")
    parser.add_argument(
        "--reuse-exports", action="store_true", help="read back the exports kept in DIR"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        paths = {}
        for size in SIZES:
            path = paths[size] = folder / f"scale-{size}.amp"
            if path.exists() and not current(path):
                with contextlib.suppress(StoreError):
                    Catalogue.open(path).close()  # kept from an older AMP: upgraded
                if not current(path):
                    path.unlink()  # or made again
            if not path.exists():
                seconds = generate(path, size)
                rows = size * len(MONTHS) * len(SOURCES)
                print(
                    f"generated {size:,} programmes × {len(MONTHS)} months × {len(SOURCES)} "
                    f"sources ({rows:,} demand rows) in {seconds:.1f} s "
                    f"({path.stat().st_size / 1e6:,.0f} MB)"
                )
        if args.only != "readback":
            bench_plan(paths, args.rounds, not args.no_ten_years)
        if args.only != "plan":
            bench_readback(paths, args.reuse_exports)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
