"""The one computation behind the Results tab: a period's results document, filtered,
with each programme's code (Qt-free, so the worker can run it)."""

from __future__ import annotations

from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.results.period import ResultsFilter, results_document
from amp_desktop.core.store import Catalogue


def compute_results(
    catalogue: Catalogue,
    programmes: list[Programme],
    period: Period,
    selection: ResultsFilter,
) -> dict[str, Any]:
    """The results document the tab shows (the one computation, with its filters)."""
    tallies = catalogue.results_tallies(
        period.first, period.last, need_level=selection.need_level, gender=selection.gender
    )
    document = results_document(programmes, tallies, period, selection, catalogue.default_goals())
    codes = {p.id: p.code for p in programmes}
    for row in document["programmes"]:
        row["code"] = codes.get(row["id"], "")
    return document
