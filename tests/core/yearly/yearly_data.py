"""A small catalogue whose yearly figures for 2025 are worked out by hand in the tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from amp_desktop.core.domain import KoladaCategory, Programme, ReferralSource, SourceLink
from amp_desktop.core.kolada.changes import import_values_file, settings_change
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.store import Catalogue, ChangeSet, DemandKey, ResultsChange
from amp_desktop.core.store.changes import SourceChange
from amp_desktop.core.store.result_coverage import covering

D = dt.date


def build(catalogue: Catalogue) -> dict[str, int]:
    """Programmes A (half a year), B (all year), C (no budget), D (ended 2024);
    referrals, six exits and six persons in 2025."""
    sources = (
        ReferralSource("AF", "Arbetsförmedlingen", KoladaCategory.AF),
        ReferralSource("SOC", "Socialtjänsten", KoladaCategory.SOCIAL_SERVICES),
        ReferralSource("KVV", "Kriminalvården", KoladaCategory.OTHER),
    )
    catalogue.apply(
        ChangeSet("sources", sources=tuple(SourceChange(s.code, None, s) for s in sources))
    )
    ids = {}
    for programme in (
        Programme(
            "A",
            annual_budget_sek=1_200_000,
            start_date="2025-07-01",
            places=5,
            sources=(SourceLink("AF"),),
        ),
        Programme("B", annual_budget_sek=365_000, places=5),
        Programme("C", start_date="2025-03-01", end_date="2025-09-30", places=2),
        Programme("D", annual_budget_sek=999_000, end_date="2024-12-31", places=2),
    ):
        done = catalogue.add_programme(programme)
        ids[programme.name] = done.programmes[0].id
    a, b = ids["A"], ids["B"]
    cells: dict[DemandKey, float | None] = {}
    for month in range(1, 13):
        cells[DemandKey(a, f"2025-{month:02d}", "AF", "actual")] = 3
        cells[DemandKey(a, f"2025-{month:02d}", "AF", "forecast")] = 9  # not counted
        if month <= 6:
            cells[DemandKey(b, f"2025-{month:02d}", "SOC", "actual")] = 2
    cells[DemandKey(b, "2025-03", "KVV", "actual")] = 2
    cells[DemandKey(b, "2025-04", "", "actual")] = 4  # no known source
    catalogue.set_demand(cells, "demand")
    enrolments = [
        Enrolment(b, D(2025, 1, 1), D(2025, 3, 15), "work", "K", person="p1"),
        Enrolment(b, D(2025, 1, 10), D(2025, 4, 4), "studies", "K", person="p2"),
        Enrolment(b, D(2025, 2, 1), D(2025, 5, 3), "municipal_job", "M", person="p3"),
        Enrolment(b, D(2024, 6, 1), D(2025, 6, 1), "back_to_referrer", "M", person="p4"),
        Enrolment(b, D(2023, 1, 2), D(2025, 1, 6), "interrupted", "", person="p5"),
        Enrolment(a, D(2025, 7, 1), D(2025, 9, 1), "work_subsidised", "K", person="p1"),
        Enrolment(b, D(2025, 11, 1), None, None, "M", person="p6"),
    ]
    made = aggregate(enrolments, "2025-01", "2025-12")
    persons = tuple((y, p, g, n) for (y, p, g), n in sorted(made.persons.items()))
    change = ResultsChange(
        (a, b),
        "2025-01",
        "2025-12",
        (),
        tuple(made.rows()),
        (2025,),
        (),
        persons,
        coverage_before=(),
        coverage_after=covering((a, b), "2025-01", "2025-12"),
    )  # as a participant import records it: the list covered all of 2025
    catalogue.apply(ChangeSet("results", results=(change,), kind="import"))
    catalogue.apply(settings_change(catalogue, municipality="1980", population=10_000))
    return ids


KOLADA_2025 = {
    "values": [
        {
            "kpi": "U40455",
            "municipality": m,
            "period": y,
            "values": [{"gender": "T", "count": 1, "status": "", "value": v}],
        }
        for m, y, v in (
            ("1980", 2025, 48.0),
            ("1980", 2024, 41.0),
            ("G1", 2025, 40.0),
            ("0019", 2025, 35.0),
            ("0000", 2025, 35.0),
            ("0000", 2024, 33.0),
            ("0180", 2025, 99.0),  # another municipality: not compared
        )
    ]
    + [
        {
            "kpi": "N40008",
            "municipality": "1980",
            "period": 2025,
            "values": [{"gender": "T", "count": 1, "status": "", "value": 150.0}],
        }
    ],
    "next_url": None,
}


def import_kolada(catalogue: Catalogue, folder: Path) -> ChangeSet:
    path = folder / "kolada.json"
    path.write_text(json.dumps(KOLADA_2025), encoding="utf-8")
    return catalogue.apply(import_values_file(catalogue, path))
