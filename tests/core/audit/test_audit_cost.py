"""The cost of a programme in a period: pro rata for one that starts or ends in it, one
definition in the audit's JSON, its printout, the yearly figures and the Results tab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from amp_desktop.core.audit import audit_document, gather
from amp_desktop.core.domain import Programme, budget_in_period
from amp_desktop.core.formatting import format_sek
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_AUDIT, build_report
from amp_desktop.core.results.period import results_document
from amp_desktop.core.store import Catalogue
from amp_desktop.core.yearly.document import yearly_report
from tests.results_data import store_results

TODAY = dt.date(2026, 12, 2)
BUDGET = 1_200_000


def test_the_budget_in_a_period_is_pro_rata_to_the_days_it_runs() -> None:
    assert budget_in_period(BUDGET, "2026-01", "2026-12") == BUDGET
    assert budget_in_period(BUDGET, "2026-01", "2026-04") == BUDGET / 3  # a tertial: 4 of 12
    # From 1 July: 184 of the year's 365 days (#13 item 1's gross cost), not all 12 months.
    assert budget_in_period(BUDGET, "2026-01", "2026-12", "2026-07-01") == pytest.approx(
        BUDGET * 184 / 365
    )
    # Ends on 28 February in the first tertial: 59 of its 120 days of 4 months' budget.
    half = budget_in_period(BUDGET, "2026-01", "2026-04", None, "2026-02-28")
    assert half == pytest.approx(BUDGET / 3 * 59 / 120)
    assert budget_in_period(BUDGET, "2026-01", "2026-12", "2027-01-01") == 0
    assert budget_in_period(None, "2026-01", "2026-12") is None


def test_a_programme_starting_mid_year_costs_its_months_everywhere(
    make_catalogue: Callable[..., Catalogue], qapp: object
) -> None:
    catalogue = make_catalogue()
    late = catalogue.add_programme(
        Programme("Sommarstart", places=10, average_stay_weeks=8, annual_budget_sek=BUDGET,
                  start_date="2026-07-01")
    )  # fmt: skip
    whole = catalogue.add_programme(
        Programme("Helår", places=10, average_stay_weeks=8, annual_budget_sek=365_000)
    )
    ids = [p.id for p in catalogue.programmes()]
    store_results(catalogue, 2026, programme_ids=[i for i in ids if i is not None])
    year = Period.year(2026)
    expected = BUDGET * 184 / 365
    assert late is not None and whole is not None
    # amp audit --json
    document = audit_document(gather(catalogue, year, today=TODAY))
    by_name = {p["name"]: p for p in document["programmes"]}
    assert by_name["Sommarstart"]["cost"]["period_cost_sek"] == pytest.approx(expected)
    assert document["all"]["cost_sek"] == pytest.approx(expected + 365_000)
    # the printout: the first page and the cost section
    report = build_report(catalogue, KIND_AUDIT, year, printed_on=TODAY).to_json()
    glance = {r[0]: r[1:] for r in report["sections"][0]["rows"]}
    assert glance["Cost in the period"][0] == format_sek(expected + 365_000)
    cost = next(s for s in report["sections"] if s.get("table", "").startswith("2."))
    row = next(r for r in cost["rows"] if r[0] == "Sommarstart")
    assert format_sek(expected) in row
    # the yearly figures
    gross = yearly_report(catalogue, 2026).figure("gross_cost_sek").value
    assert gross == pytest.approx(expected + 365_000)
    # the Results tab's cost per result
    results = results_document(
        catalogue.programmes(),
        catalogue.results_tallies(year.first, year.last),
        year,
        None,
        catalogue.default_goals(),
    )
    row = next(r for r in results["programmes"] if r["name"] == "Sommarstart")
    assert row["participants"] and row["work_or_studies"]
    assert row["cost_per_participant_sek"] == pytest.approx(expected / row["participants"])
    assert row["cost_per_work_or_studies_sek"] == pytest.approx(expected / row["work_or_studies"])
    primary = results["totals"]["type"]["primary"]
    assert primary["cost_sek"] == pytest.approx(expected + 365_000)
