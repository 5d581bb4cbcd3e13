"""The results document: programmes, totals per unit, type and need level, by hand."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.planning.period import Period
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.period import ResultsFilter, results_document

D = dt.date
A = Programme("Arbetsträning", unit="Jobbcentrum", places=10, annual_budget_sek=1_200_000,
              type=ProgrammeType.SECONDARY, id=1)  # fmt: skip
B = Programme("Jobbspår", unit="Jobbcentrum", places=5, annual_budget_sek=600_000, id=2)
C = Programme("Studiestöd", unit="Vux", places=5, id=3)


def _tallies(enrolments, period):  # type: ignore[no-untyped-def]
    agg = aggregate(enrolments, "2025-01", "2025-12")
    out: dict[tuple[int, str, str], Counter[str]] = {}
    for pid, month, gender, need, _age, measure, value in agg.rows():
        if not period.first <= month <= period.last:
            continue
        if measure == "enrolled" and month != period.first:
            continue
        out.setdefault((pid, gender, need), Counter())[measure] += value
    return out


ENROLMENTS = [
    Enrolment(1, D(2025, 1, 1), D(2025, 6, 30), "work", "K", "AM2"),
    Enrolment(1, D(2025, 2, 1), D(2025, 3, 31), "interrupted", "M", "AM3"),
    Enrolment(2, D(2025, 1, 1), D(2025, 2, 28), "studies", "M", "AM1"),
    Enrolment(2, D(2025, 3, 1), D(2025, 4, 30), "municipal_job", "K", "AM1"),
    Enrolment(3, D(2025, 5, 1), None, None, "K", ""),
]


def test_programmes_are_listed_by_name_with_their_figures() -> None:
    period = Period.year(2025)
    doc = results_document([C, B, A], _tallies(ENROLMENTS, period), period)
    assert [p["name"] for p in doc["programmes"]] == ["Arbetsträning", "Jobbspår", "Studiestöd"]
    a, b, c = doc["programmes"]
    assert (a["participants"], a["exits"], a["work_or_studies_share"]) == (2, 2, 0.5)
    assert (b["work_or_studies"], b["work_or_studies_share"]) == (1, 0.5)  # extratjänst ≠ work
    assert c["exits"] == 0 and c["work_or_studies_share"] is None
    assert a["by_gender"]["K"]["work_or_studies_share"] == 1.0
    assert a["by_gender"]["M"]["work_or_studies_share"] == 0.0
    assert a["cost_per_work_or_studies_sek"] == pytest.approx(1_200_000)
    assert c["cost_per_participant_sek"] is None  # no budget


def test_primary_and_secondary_and_need_levels_are_totalled_apart() -> None:
    period = Period.year(2025)
    doc = results_document([A, B, C], _tallies(ENROLMENTS, period), period)
    primary, secondary = doc["totals"]["type"]["primary"], doc["totals"]["type"]["secondary"]
    assert (primary["participants"], primary["exits"], primary["work_or_studies"]) == (3, 2, 1)
    assert (secondary["participants"], secondary["work_or_studies"]) == (2, 1)
    assert secondary["cost_sek"] == pytest.approx(1_200_000)
    assert set(doc["totals"]["need_level"]) == {"AM1", "AM2", "AM3", ""}
    assert doc["totals"]["need_level"]["AM1"]["exits"] == 2
    assert doc["totals"]["unit"]["Jobbcentrum"]["participants"] == 4
    assert doc["all"]["participants"] == 5
    # Changed deliberately (3 December, evening): this was 1,800,000 / 2, the budgets of
    # A and B over all the results, C's (no budget) among them: a cost lower than it is.
    # With a programme without a budget a total's costs per result are not known.
    assert doc["all"]["cost_sek"] == pytest.approx(1_800_000)
    assert doc["all"]["cost_per_work_or_studies_sek"] is None
    assert secondary["cost_per_work_or_studies_sek"] == pytest.approx(1_200_000 / 1)


def test_a_filter_keeps_the_programmes_it_names() -> None:
    period = Period.tertial(2025, 1)
    doc = results_document(
        [A, B, C], _tallies(ENROLMENTS, period), period, ResultsFilter(type="secondary")
    )
    assert [p["name"] for p in doc["programmes"]] == ["Arbetsträning"]
    assert set(doc["totals"]["type"]) == {"secondary"}
    # Jan–Apr: the work exit is in June, outside the tertial.
    assert doc["programmes"][0]["exits_by_reason"]["interrupted"] == 1
    assert doc["programmes"][0]["exits_by_reason"]["work"] == 0


def test_goals_come_from_the_type_default_when_the_programme_has_none() -> None:
    period = Period.year(2025)
    doc = results_document(
        [A, B], _tallies(ENROLMENTS, period), period, default_goals={"primary": 0.48}
    )
    a, b = doc["programmes"]
    assert a["goal_work_or_studies_share"] is None and a["goal_met"] is None
    assert b["goal_work_or_studies_share"] == 0.48 and b["goal_met"] is True


def test_a_total_costs_only_the_programmes_whose_results_it_sums() -> None:
    """A primary programme without results added its budget to the primary total,
    divided by the other programmes' participants (226,076 kr per participant in a
    demo); a unit whose programmes have no results was a row of zeros."""
    period = Period.year(2025)
    silent = Programme("Tyst", unit="Ingen data", places=8, annual_budget_sek=900_000, id=4)
    doc = results_document([A, B, C, silent], _tallies(ENROLMENTS, period), period)
    primary = doc["totals"]["type"]["primary"]
    assert primary["cost_sek"] == pytest.approx(600_000)  # B's; C has no budget
    # Changed deliberately (3 December, evening): this was 600,000 / 3, B's budget over
    # B's and C's participants (C has no budget): see the test above.
    assert primary["cost_per_participant_sek"] is None
    assert "Ingen data" not in doc["totals"]["unit"]
    assert doc["all"]["cost_sek"] == pytest.approx(1_800_000)
    # its own row says it has none, as before
    (row,) = [p for p in doc["programmes"] if p["name"] == "Tyst"]
    assert row["participants"] == 0 and row["cost_per_participant_sek"] is None


def test_a_total_without_every_budget_has_no_cost_per_result() -> None:
    """A programme without a budget lowered its type's and the unit's cost per
    participant and per result: the known budgets were divided by its participants
    too (figures helper: 85,714 kr per participant against 100,000)."""
    period = Period.year(2025)
    budgeted = results_document([A, B], _tallies(ENROLMENTS, period), period)
    assert budgeted["totals"]["type"]["primary"]["cost_per_participant_sek"] == pytest.approx(
        600_000 / budgeted["totals"]["type"]["primary"]["participants"]
    )
    assert budgeted["all"]["cost_per_participant_sek"] == pytest.approx(1_800_000 / 4)
    with_c = results_document([A, B, C], _tallies(ENROLMENTS, period), period)
    for group in (
        with_c["totals"]["type"]["primary"],
        with_c["totals"]["unit"]["Vux"],
        with_c["all"],
    ):
        assert group["cost_per_participant_sek"] is None
        assert group["cost_per_work_or_studies_sek"] is None
    # the totals without C keep theirs
    assert with_c["totals"]["type"]["secondary"]["cost_per_participant_sek"] == pytest.approx(
        1_200_000 / 2
    )
    assert with_c["totals"]["unit"]["Jobbcentrum"]["cost_per_participant_sek"] == pytest.approx(
        1_800_000 / 4
    )
