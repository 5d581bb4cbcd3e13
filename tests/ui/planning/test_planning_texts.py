"""The Planning tab's summary lines and tooltips write numbers as the table declarations
do (one formatter, #10.1): no text picks its own decimals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables.formats import COUNT, DECIMAL, SHARE, WEEKS, cell_text
from amp_desktop.ui.planning.models import COL_STAY, PlanTableModel
from amp_desktop.ui.planning.widgets import PlanSummary


def test_the_stay_tooltip_writes_weeks_as_the_catalogue_does(
    qtbot, qtmodeltester, example: Catalogue
) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(example, Period.year(2026))
    model = PlanTableModel()
    model.set_plan(plan)
    qtmodeltester.check(model)
    row, item = next(
        (i, p)
        for i, p in enumerate(plan.programmes)
        if p.average_stay_weeks is not None and float(p.average_stay_weeks).is_integer()
    )
    index = model.index(row, COL_STAY)
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    weeks = cell_text(WEEKS, item.average_stay_weeks)
    assert tip == f"{weeks} weeks" and "." not in weeks  # 39 weeks, not 39.0 weeks


def test_the_summary_line_writes_the_totals_as_their_cells(qtbot, example: Catalogue) -> None:  # type: ignore[no-untyped-def]
    plan = make_plan(example, Period.year(2026))
    summary = PlanSummary()
    qtbot.addWidget(summary)
    summary.show_plan(plan)
    total = plan.total
    assert total is not None
    text = summary.text()
    for kind, value in (
        (COUNT, total.places),
        (DECIMAL, total.needed_places),
        (SHARE, total.utilisation),
        (DECIMAL, total.referrals_per_month),
    ):
        assert cell_text(kind, value) in text
