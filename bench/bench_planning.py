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

import gc
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

#: The switches timed, in this order (the view opens on the year 2026):
#: *new* — periods not shown yet, each after the view has been idle (its look-ahead
#: done, as when a user reads a plan before the next click); *unforeseen* — new
#: periods the look-ahead does not make (ranges of months: planned at the switch);
#: *again* — back to periods shown before; *rapid* — new periods one right after the
#: other, the look-ahead still at work.
NEW = [Period.tertial(2026, n) for n in (1, 2, 3)] + [Period.year(2025), Period.year(2026)]
UNFORESEEN = [
    Period("2025-02", "2025-07"),
    Period("2024-10", "2025-09"),
    Period("2025-03", "2025-10"),
]
RAPID = [
    Period.year(2024),
    Period.tertial(2024, 1),
    Period.tertial(2024, 2),
    Period.tertial(2024, 3),
    Period.tertial(2025, 1),
]


class Switches:
    """Wall and GUI-thread CPU seconds of each switch of one kind."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def line(self) -> str:
        wall = [t * 1000 for t in self.wall]
        cpu = [t * 1000 for t in self.cpu]
        return (
            f"median {statistics.median(wall):4.0f} ms, worst {max(wall):4.0f} ms "
            f"(CPU median {statistics.median(cpu):4.0f}, worst {max(cpu):4.0f} ms)"
        )


def window_switch(catalogue: Catalogue) -> tuple[float, dict[str, Switches]]:
    """Seconds to build and show the Planning view (it reads the months it plans),
    then the period switches (see NEW …) and the reference: a repaint of the tab
    with nothing changed, in the same run."""
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
    figures = {kind: Switches() for kind in ("new", "unforeseen", "again", "rapid", "reference")}
    for kind, periods in (
        ("new", NEW),
        ("unforeseen", UNFORESEEN),
        ("again", NEW),
        ("rapid", RAPID),
    ):
        for period in periods:
            if kind != "rapid":
                idle(app, view)
            wall, cpu = time.perf_counter(), time.thread_time()
            view.set_period(period)
            shown(app, view, period)
            figures[kind].wall.append(time.perf_counter() - wall)
            figures[kind].cpu.append(time.thread_time() - cpu)
    idle(app, view)
    for _ in range(9):  # the reference: the same tab painted again, nothing changed
        wall, cpu = time.perf_counter(), time.thread_time()
        view.update()
        view.repaint()
        app.processEvents()
        figures["reference"].wall.append(time.perf_counter() - wall)
        figures["reference"].cpu.append(time.thread_time() - cpu)
    # One forecast cell typed in the window: saved, undo step, plan recomputed, repainted.
    from amp_desktop.core.planning.forecast import set_forecast_cell

    edits = []
    for value in (7.0, 8.0, 9.0):
        idle(app, view)
        start = time.perf_counter()
        view.session.run(lambda c, v=value: set_forecast_cell(c, 1, "2026-12", "AF", v))
        view.repaint()
        app.processEvents()
        edits.append(time.perf_counter() - start)
    global _EDIT
    _EDIT = statistics.median(edits)
    view.stop_work()
    view.close()
    view.deleteLater()
    return opened, figures


def idle(app: object, view: object) -> None:
    """Wait until the view has nothing more to do in its worker (its look-ahead)."""
    from PySide6.QtCore import QEventLoop

    working = getattr(view, "working", lambda: False)  # (code before the look-ahead: none)
    while working():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)  # type: ignore[attr-defined]


def shown(app: object, view: object, period: Period) -> None:
    """Wait until *view* shows the plan of *period* (made at once, or in the worker
    when its months are not held yet), and repaint it."""
    from PySide6.QtCore import QEventLoop

    while view.plan is None or view.plan.period != period:  # type: ignore[attr-defined]
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # type: ignore[attr-defined]
    view.repaint()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


def report_window(name: str, result: tuple[float, dict[str, Switches]]) -> None:
    opened, figures = result
    reference = statistics.median(figures["reference"].wall)
    print(f"window ({name}), build + first plan (in the worker) + paint: {opened * 1000:.0f} ms")
    labels = {
        "new": "new period, after the look-ahead",
        "unforeseen": "new period not looked ahead for",
        "again": "back to a period shown before",
        "rapid": "new period at once, look-ahead busy",
        "reference": "reference: repaint, nothing changed",
    }
    for kind, label in labels.items():
        switches = figures[kind]
        ratio = statistics.median(switches.wall) / reference
        print(
            f"window ({name}), {label:36s} {switches.line()}"
            + (f" = {ratio:.1f}× the repaint" if kind != "reference" else "")
        )
    print("  (target: every switch < 200 ms; CPU is the GUI thread's, time.thread_time)")
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

        gc.collect()  # (not the big catalogue's garbage in the example's switches)
        example = Catalogue.create(Path(folder) / "example.amp")
        load_example(example)
        report_window("example", window_switch(example))
        example.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
