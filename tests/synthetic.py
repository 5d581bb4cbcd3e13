"""A made-up plan of any size, for report tests and the report benchmark."""

from __future__ import annotations

from amp_desktop.core.domain import Programme, ProgrammeType, SourceLink
from amp_desktop.core.planning import Period, Plan, plan_from_data

UNITS = ("Jobbcentrum", "Ungdomsenheten", "Utvecklingscentrum", "Stöd och matchning")
SOURCES = ("AF", "SKE", "FK", "IND")


def synthetic_plan(count: int, long_every: int = 9) -> Plan:
    """*count* programmes with made-up demand; every *long_every*-th has a name long
    enough to wrap in a report."""
    programmes = []
    rows = []
    for number in range(1, count + 1):
        name = f"Insats {number:04d}"
        if number % long_every == 0:
            name += " arbetsträning med handledning i kommunal verksamhet och studiestöd"
        programmes.append(
            Programme(
                id=number,
                name=name,
                places=5 + number % 40,
                budgeted_places=(number % 30) or None,
                annual_budget_sek=400_000 + 12_345 * number,
                type=ProgrammeType.PRIMARY if number % 3 else ProgrammeType.SECONDARY,
                unit=UNITS[number % len(UNITS)],
                average_stay_weeks=8.0 + number % 30,
                sources=(SourceLink(SOURCES[number % len(SOURCES)]),),
            )
        )
        for month in range(1, 13):
            source = SOURCES[(number + month) % len(SOURCES)]
            rows.append((number, f"2026-{month:02d}", source, "actual", float(number % 7 + 1)))
    return plan_from_data(programmes, rows, Period.year(2026))
