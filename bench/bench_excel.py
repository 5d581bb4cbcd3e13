"""Excel speed (issue #3): referral-list import and catalogue export against references.

1. Import a 100,000-row referral list end to end (check, read, aggregate, store)
   vs python-calamine alone reading the same file.  Target ≤ 1.5×.
2. Export 1,000 programmes with 36 months of demand vs openpyxl ``write_only``
   writing the same cells without styles.  Target ≤ 1.5×.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_excel.py``
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from timing import best_of

from amp_desktop.core.domain import Programme, SourceLink
from amp_desktop.core.example import load_example
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue, ChangeSet, DemandChange, DemandKey, ProgrammeChange

ROWS = 100_000
PROGRAMMES = 1_000
MONTHS = 36
REPEAT = 3


def make_referral_list(path: Path, names: list[str]) -> None:
    rng = random.Random(3)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Anvisningar")
    ws.append(
        ["Personnummer", "Namn", "Anvisningsdatum", "Insats", "Anvisande part", "Kön", "Behovsnivå"]
    )
    for n in range(ROWS):
        ws.append(
            [
                f"19{rng.randint(60, 99)}0101-{rng.randint(1000, 9999)}",
                f"Person {n}",
                dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)),
                rng.choice(names),
                rng.choice(("AF", "SKE", "Arbetsförmedlingen", "FK")),
                rng.choice(("Kvinna", "Man")),
                rng.choice(("AM1", "AM2", "AM3")),
            ]
        )
    wb.save(path)


def bench_referrals(folder: Path) -> tuple[float, float]:
    seed = folder / "seed.amp"
    with Catalogue.create(seed) as catalogue:
        load_example(catalogue)
        names = [p.name for p in catalogue.programmes()]
    path = folder / "referrals.xlsx"
    make_referral_list(path, names)

    def calamine_alone() -> None:
        CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

    def end_to_end() -> None:
        target = folder / "run.amp"
        shutil.copy(seed, target)
        with Catalogue.open(target) as catalogue:
            preview = analyse(catalogue, path)
            assert preview.kind == "referrals" and not preview.blocking, preview.problems[:3]
            catalogue.apply(preview.changeset("bench"))

    end_to_end()  # warm up imports
    return best_of(end_to_end, REPEAT)[0], best_of(calamine_alone, REPEAT)[0]


def make_big_catalogue(path: Path) -> Catalogue:
    catalogue = Catalogue.create(path)
    rng = random.Random(5)
    programmes, demand = [], []
    for pid in range(1, PROGRAMMES + 1):
        programme = Programme(
            name=f"Insats {pid}",
            code=f"I{pid}",
            description="Beskrivning " * 10,
            places=rng.randint(5, 60),
            annual_budget_sek=rng.randint(1, 90) * 50_000,
            average_stay_weeks=26.0,
            unit=f"Enhet {pid % 7}",
            sources=(SourceLink("AF"), SourceLink("SKE")),
            id=pid,
        )
        programmes.append(ProgrammeChange(pid, None, programme))
        for month in range(MONTHS):
            key_month = f"{2024 + month // 12}-{month % 12 + 1:02d}"
            for source in ("AF", "SKE"):
                demand.append(
                    DemandChange(
                        DemandKey(pid, key_month, source, "actual"), None, float(rng.randint(0, 9))
                    )
                )
    from amp_desktop.core.excel.preview import _new_source
    from amp_desktop.core.store import SourceChange

    sources = tuple(SourceChange(c, None, _new_source(c)) for c in ("AF", "SKE"))
    catalogue.apply(ChangeSet("bench", tuple(programmes), tuple(demand), sources))
    return catalogue


def bench_export(folder: Path) -> tuple[float, float]:
    catalogue = make_big_catalogue(folder / "big.amp")
    out = folder / "export.xlsx"
    exported, _ = best_of(lambda: export_workbook(catalogue, out), REPEAT)
    catalogue.close()
    wb = load_workbook(out, read_only=True)
    sheets = [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb.worksheets]
    wb.close()

    def plain() -> None:
        book = Workbook(write_only=True)
        for title, rows in sheets:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(folder / "plain.xlsx")

    return exported, best_of(plain, REPEAT)[0]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours, reference = bench_referrals(folder)
        print(
            f"referral list, {ROWS:,} rows: import end to end {ours:.2f} s; "
            f"python-calamine alone {reference:.2f} s; ratio {ours / reference:.2f} (target ≤ 1.5)"
        )
        ours, reference = bench_export(folder)
        print(
            f"export, {PROGRAMMES:,} programmes × {MONTHS} months: AMP {ours:.2f} s; "
            f"openpyxl write_only, same cells, no styles {reference:.2f} s; "
            f"ratio {ours / reference:.2f} (target ≤ 1.5)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
