"""The yearly figures' small counts cannot be worked back from U40455 × exits (6 December)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.store import Catalogue, ChangeSet, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from amp_desktop.core.yearly.document import yearly_report

# Exits of 2025 by Kolada's category: A work 3, B studies 3 (A + B = 6: U40455 shown),
# C back to the referrer 5, D completed 2, E interrupted 5: 18 exits, all women.
_REASONS = ("work",) * 3 + ("studies",) * 3 + ("back_to_referrer",) * 5
_REASONS += ("completed",) * 2 + ("interrupted",) * 5


def _catalogue(path: Path) -> Catalogue:
    catalogue = Catalogue.create(path)
    done = catalogue.add_programme(Programme("B", annual_budget_sek=365_000, places=20))
    pid = done.programmes[0].id
    assert pid is not None
    enrolments = [
        Enrolment(pid, dt.date(2025, 1, 1 + i), dt.date(2025, 6, 1 + i), reason, "K")
        for i, reason in enumerate(_REASONS)
    ]
    made = aggregate(enrolments, "2025-01", "2025-12")
    change = ResultsChange(
        (pid,),
        "2025-01",
        "2025-12",
        (),
        tuple(made.rows()),
        coverage_before=(),
        coverage_after=covering((pid,), "2025-01", "2025-12"),
    )
    catalogue.apply(ChangeSet("results", results=(change,), kind="import"))
    return catalogue


def test_a_small_exit_category_is_not_given_away_by_the_share_to_work_or_studies(
    tmp_path: Path,
) -> None:
    catalogue = _catalogue(tmp_path / "c.amp")
    try:
        report = yearly_report(catalogue, 2025)
    finally:
        catalogue.close()
    assert report.figure("exits_completed").value == 2  # the window's exact figure
    assert report.figure("work_or_studies_share").value == 6 / 18
    hidden = report.hidden()
    for group in ("all", "K"):
        assert hidden[("exits_completed", group)] == "<5"
        # A reader with exits, U40455 (× exits = A + B), C and E would get D = 2 back:
        # one of them must be hidden too.
        shown = [
            key
            for key in ("exits", "work_or_studies_share", "exits_other_authority", "exits_other")
            if (key, group) not in hidden
        ]
        assert len(shown) < 4, (group, shown)
