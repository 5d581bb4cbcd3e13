"""The audit printout hides small counts on its own pages by the same totals as on the
results pages it includes: with a single unit (whose total the results pages leave
out), both had their own pattern of hidden cells, so a count hidden on one page could
be read on another (paper helper's review, 6 December)."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_AUDIT, build_report
from amp_desktop.core.results.disclosure import Disclosure
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from tests.results_data import store_results


@pytest.mark.parametrize("single_unit", [True, False])
def test_every_page_of_the_audit_hides_by_the_same_totals(
    example: Catalogue, monkeypatch: pytest.MonkeyPatch, single_unit: bool
) -> None:
    if single_unit:
        programmes = example.programmes()
        example.apply(
            ChangeSet(
                "one unit",
                tuple(
                    ProgrammeChange(p.id or 0, p, p.replace(unit="Jobbcentrum")) for p in programmes
                ),
            )
        )
    store_results(example, 2026, starts_per_month=1, seed=3)
    used: list[tuple[str, ...]] = []
    default = inspect.signature(Disclosure).parameters["groupings"].default

    class Recorded(Disclosure):
        def __init__(self, document: Any, exact: bool = False, groupings: Any = default, **kw: Any):
            used.append(tuple(groupings))
            super().__init__(document, exact, groupings, **kw)

    for name in ("audit_report", "results_report"):  # (the modules, not the functions)
        monkeypatch.setattr(
            importlib.import_module(f"amp_desktop.core.reports.{name}"), "Disclosure", Recorded
        )
    build_report(example, KIND_AUDIT, Period.year(2026))
    assert len(used) == 2, used
    assert used[0] == used[1], used
    assert ("unit" in used[0]) is not single_unit
