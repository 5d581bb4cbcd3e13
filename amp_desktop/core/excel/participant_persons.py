"""The distinct persons a participant list's import writes, and those it leaves unknown.

Distinct persons (Kolada U40800: a person in two programmes counted once) can only be
counted from one list: AMP keeps counts, never who was counted.  So an import writes a
year's counts only for a year the list wholly covers, and the whole unit's only when
the list holds every programme with results that year; any other count it would
replace is left unknown, never kept stale.
"""

from __future__ import annotations

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.i18n import translate
from amp_desktop.core.results.aggregate import ALL_PROGRAMMES, Aggregates
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.results import PersonsRow


def persons_written(
    catalogue: Catalogue, counted: Aggregates, scope: tuple[int, ...], first: str, last: str
) -> tuple[tuple[int, ...], tuple[PersonsRow, ...], tuple[PersonsRow, ...], list[int]]:
    """The years whose distinct persons the import replaces, the counts it replaces and
    those it writes, and the years whose count for the whole unit it leaves unknown.

    Every year the replaced months touch loses the persons counted before for the
    programmes of the list and for the whole unit: a list of part of a year may add
    persons nobody counted.  A year the list wholly covers gets its counts again, the
    whole unit's only when no programme outside the list has results that year (a
    person in two programmes is counted once only from one list holding them both).
    """
    touched = tuple(range(int(first[:4]), int(last[:4]) + 1))
    whole = set(counted.covered_years())
    unit_unknown = [
        year
        for year in sorted(whole)
        if catalogue.results_known(f"{year}-01", f"{year}-12") - set(scope)
    ]
    after = tuple(
        sorted(
            (year, pid, gender, n)
            for (year, pid, gender), n in counted.persons.items()
            if year in whole and not (pid == ALL_PROGRAMMES and year in unit_unknown)
        )
    )
    before = tuple(catalogue.results_persons(touched, (*scope, ALL_PROGRAMMES)))
    return touched, before, after, unit_unknown


def unit_persons_note(years: list[int]) -> Problem:
    """The preview's note for the years :func:`persons_written` leaves the whole unit's
    count unknown."""
    return Problem(
        "",
        translate(
            "Results",
            "The list holds only some of the programmes with results in {years}: the distinct "
            "persons of the whole unit (a person in two programmes counted once) are not known "
            "for {years} after it. Import one list of every programme to count them.",
        ).format(years=", ".join(str(year) for year in years)),
        blocking=False,
    )
