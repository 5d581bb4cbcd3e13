"""Benchmark: the plan of 1,000 programmes × 36 months × 10 sources against one SQL GROUP BY.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_planning.py``.
Prints the time of :func:`make_plan` over the whole demand table (and over one
year), the time of one ``SELECT programme_id, month, source, SUM(referrals) …
GROUP BY programme_id, month, source`` over the same table in the same run — the
demand at the resolution the plan reports (per programme, month and referral
source) — and their ratio (target: within 2×).  For information also the coarser
``GROUP BY programme_id, month`` (no sources, 36,000 rows) and the two halves of
``make_plan`` alone: reading the 360,000 cells with no arithmetic, and the
arithmetic on cells already in memory (see docs/performance.md).  Then
the time the Planning window takes to switch period and repaint (target: under
200 ms) for the example catalogue and for the big one.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import best_of

from amp_desktop.core.domain import Programme, ProgrammeType, ReferralSource, SourceLink
from amp_desktop.core.planning import Period, make_plan, plan_from_cells, split_demand
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, SourceChange

PROGRAMMES = 1_000
MONTHS = Period("2024-01", "2026-12").months()
SOURCES = ("AF", "SKE", "FK", "IND", "LSS", "AME", "Arenan", "Regionen", "KVV", "MIG")
UNITS = ("Jobbcentrum", "Ungdomsenheten", "Utvecklingscentrum", "Arbetsrehab", "Navet")


def build(path: Path) -> Catalogue:
    rng = random.Random(4)
    catalogue = Catalogue.create(path)
    programmes = []
    for pid in range(1, PROGRAMMES + 1):
        seasonal = pid % 25 == 0
        programmes.append(
            Programme(
                name=f"Programme {pid:04d}",
                code=f"P{pid:04d}",
                places=rng.randrange(5, 120),
                budgeted_places=rng.choice((None, rng.randrange(5, 100))),
                annual_budget_sek=rng.randrange(200_000, 9_000_000, 50_000),
                type=rng.choice(list(ProgrammeType)),
                unit=rng.choice(UNITS),
                average_stay_weeks=float(rng.choice((2, 6, 13, 19, 26, 39, 52))),
                months=(6, 7, 8) if seasonal else (),
                sources=(SourceLink(rng.choice(SOURCES)),),
                id=pid,
            )
        )
    catalogue.apply(
        ChangeSet(
            "bench",
            tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes),
            sources=tuple(SourceChange(s, None, ReferralSource(s, s)) for s in SOURCES),
        )
    )
    rows = []
    for pid in range(1, PROGRAMMES + 1):
        for index, month in enumerate(MONTHS):
            kind = "actual" if index < 34 else "forecast"
            for source in SOURCES:
                rows.append((pid, month, source, kind, float(rng.randrange(0, 6))))
    with catalogue.transaction():
        catalogue.conn.executemany(
            "INSERT INTO demand(programme_id, month, source, kind, referrals) VALUES(?, ?, ?, ?, ?)",
            rows,
        )
    return catalogue


def group_by(catalogue: Catalogue) -> None:
    catalogue.conn.execute(
        "SELECT programme_id, month, SUM(referrals) FROM demand GROUP BY programme_id, month"
    ).fetchall()


def group_by_source(catalogue: Catalogue) -> None:
    """The GROUP BY at the plan's own resolution (programme, month and source)."""
    catalogue.conn.execute(
        "SELECT programme_id, month, source, SUM(referrals) FROM demand "
        "GROUP BY programme_id, month, source"
    ).fetchall()


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
_APP = None  # one QApplication for the whole run
_EDIT = 0.0  # median seconds of a forecast edit in the window, set by window_switch


def window_switch(catalogue: Catalogue) -> tuple[float, float, float, float, float]:
    """Seconds to build and show the Planning view (it reads the months it plans), then
    median and worst time to switch the period and repaint: to a period not shown
    before, and back to one shown before."""
    from PySide6.QtWidgets import QApplication

    from amp_desktop.ui.operations import CatalogueSession
    from amp_desktop.ui.planning import PlanningView
    from amp_desktop.ui.settings import Settings

    global _APP
    app = _APP = QApplication.instance() or QApplication(sys.argv)
    start = time.perf_counter()
    view = PlanningView(CatalogueSession(catalogue), Settings())
    view.resize(1280, 800)
    view.show()
    shown(app, view, view.period())  # the first plan is made in the worker
    opened = time.perf_counter() - start
    periods = [Period.tertial(2026, n) for n in (1, 2, 3)] + [Period.year(2025), Period.year(2026)]
    first: list[float] = []
    again: list[float] = []
    for times in (first, again):  # the second round finds the plans kept by the view
        for period in periods:
            start = time.perf_counter()
            view.set_period(period)
            shown(app, view, period)
            times.append(time.perf_counter() - start)
    # One forecast cell typed in the window: saved, undo step, plan recomputed, repainted.
    from amp_desktop.core.planning.forecast import set_forecast_cell

    edits = []
    for value in (7.0, 8.0, 9.0):
        start = time.perf_counter()
        view.session.run(lambda c, v=value: set_forecast_cell(c, 1, "2026-12", "AF", v))
        view.repaint()
        app.processEvents()
        edits.append(time.perf_counter() - start)
    global _EDIT
    _EDIT = statistics.median(edits)
    view.close()
    view.deleteLater()
    return opened, statistics.median(first), max(first), statistics.median(again), max(again)


def shown(app: object, view: object, period: Period) -> None:
    """Wait until *view* shows the plan of *period* (made at once, or in the worker
    when its months are not held yet), and repaint it."""
    from PySide6.QtCore import QEventLoop

    while view.plan is None or view.plan.period != period:  # type: ignore[attr-defined]
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # type: ignore[attr-defined]
    view.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


def report_window(name: str, figures: tuple[float, float, float, float, float]) -> None:
    opened, new_median, new_worst, again_median, again_worst = (f * 1000 for f in figures)
    print(f"window ({name}), build + first plan (in the worker) + paint: {opened:.0f} ms")
    print(
        f"window ({name}), switch period + repaint: new period median {new_median:.0f} ms, "
        f"worst {new_worst:.0f} ms; shown before median {again_median:.0f} ms, worst "
        f"{again_worst:.0f} ms (target < 200 ms)"
    )
    print(f"window ({name}), edit one forecast cell → repainted: median {_EDIT * 1000:.0f} ms")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        catalogue = build(Path(folder) / "bench.amp")
        rows = catalogue.conn.execute("SELECT COUNT(*) FROM demand").fetchone()[0]
        print(
            f"catalogue: {PROGRAMMES} programmes, {rows:,} demand rows, built in "
            f"{time.perf_counter() - start:.1f} s"
        )
        whole = Period(MONTHS[0], MONTHS[-1])
        reference = best_of(lambda: group_by(catalogue), 5)[0]
        by_source = best_of(lambda: group_by_source(catalogue), 5)[0]
        plan_all = best_of(lambda: make_plan(catalogue, whole), 5)[0]
        plan_year = best_of(lambda: make_plan(catalogue, Period.year(2026)), 5)[0]
        read = best_of(lambda: list(catalogue.demand_cells(whole.first, whole.last)), 5)[0]
        programmes = catalogue.programmes()
        actual, forecast = split_demand(catalogue.demand_cells(whole.first, whole.last))
        arithmetic = best_of(lambda: plan_from_cells(programmes, actual, forecast, whole), 5)[0]
        print(
            f"SQL GROUP BY programme, month, source:   {by_source * 1000:7.1f} ms (the reference)"
        )
        print(
            f"make_plan, all 36 months:                {plan_all * 1000:7.1f} ms "
            f"({plan_all / by_source:.2f}× the reference; target ≤ 2×)"
        )
        print(
            f"make_plan, 2026 (+ look-back):           {plan_year * 1000:7.1f} ms "
            f"({plan_year / by_source:.2f}×)"
        )
        print(
            f"SQL GROUP BY programme, month:           {reference * 1000:7.1f} ms "
            f"(make_plan is {plan_all / reference:.2f}× this; no sources, for information)"
        )
        print(
            f"…of which reading the 360,000 cells only: {read * 1000:6.1f} ms "
            f"({read / reference:.2f}× the GROUP BY; no arithmetic)"
        )
        print(
            f"…and the arithmetic on cells in memory:  {arithmetic * 1000:7.1f} ms "
            f"({arithmetic / reference:.2f}× the GROUP BY; no reading)"
        )
        report_window("1,000 programmes", window_switch(catalogue))
        catalogue.close()
        from amp_desktop.core.example import load_example

        example = Catalogue.create(Path(folder) / "example.amp")
        load_example(example)
        report_window("example", window_switch(example))
        example.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
