"""The distinct persons a participant list's import writes, and those it leaves unknown.

Distinct persons (Kolada U40800: a person in two programmes counted once) can only be
counted from one list: AMP keeps counts, never who was counted.  So an import writes a
year's counts only for a year the list wholly covers, and the whole unit's only when
the list holds every programme with results that year; a year whose results it changes
in part loses its counts (unknown, never stale), a year it leaves as it was keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.i18n import translate
from amp_desktop.core.results.aggregate import ALL_PROGRAMMES, Aggregates
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.results import PersonsRow, ResultRow


class PersonsWritten(NamedTuple):
    """What an import does to the distinct persons: the years it replaces, the counts
    it replaces and writes, the years whose whole-unit count it leaves unknown, and the
    years whose counts it leaves unknown because it changes them in part."""

    years: tuple[int, ...]
    before: tuple[PersonsRow, ...]
    after: tuple[PersonsRow, ...]
    unit_unknown: list[int]
    partly: list[int]


def persons_written(
    catalogue: Catalogue,
    counted: Aggregates,
    scope: tuple[int, ...],
    rows: tuple[Sequence[ResultRow], Sequence[ResultRow]],
) -> PersonsWritten:
    """The distinct persons of an import of *counted* (the months *counted* covers)
    for the programmes *scope*, whose result *rows* are (before, after).

    A year the list wholly covers gets its counts again, the whole unit's only when no
    programme outside the list has results that year (a person in two programmes is
    counted once only from one list holding them both).  A year it covers in part
    keeps its counts when the import leaves that year's results as they were (next
    year's list reaching back to those still enrolled); else they are not known after
    it: a list of part of a year may hold persons nobody counted.
    """
    first, last = counted.first, counted.last
    whole = set(counted.covered_years())
    before_rows, after_rows = rows
    partly = [
        year
        for year in range(int(first[:4]), int(last[:4]) + 1)
        if year not in whole and _of_year(before_rows, year) != _of_year(after_rows, year)
    ]
    years = tuple(sorted(whole | set(partly)))
    unit_unknown = [
        year
        for year in sorted(whole)
        if catalogue.programmes_with_results(f"{year}-01", f"{year}-12") - set(scope)
    ]
    after = tuple(
        sorted(
            (year, pid, gender, n)
            for (year, pid, gender), n in counted.persons.items()
            if year in whole and not (pid == ALL_PROGRAMMES and year in unit_unknown)
        )
    )
    before = tuple(catalogue.results_persons(years, (*scope, ALL_PROGRAMMES)))
    counted_before = {row[0] for row in before}
    return PersonsWritten(
        years, before, after, unit_unknown, [y for y in partly if y in counted_before]
    )


def _of_year(rows: Sequence[ResultRow], year: int) -> list[ResultRow]:
    prefix = f"{year}-"
    return sorted(row for row in rows if row[1].startswith(prefix))


def unit_persons_note(years: list[int]) -> Problem:
    """The preview's note for the years :func:`persons_written` leaves the whole unit's
    count unknown."""
    return _note(
        translate(
            "Results",
            "The list holds only some of the programmes with results in {years}: the distinct "
            "persons of the whole unit (a person in two programmes counted once) are not known "
            "for {years} after it. Import one list of every programme to count them.",
        ),
        years,
    )


def partly_note(years: list[int]) -> Problem:
    """The preview's note for the years whose counts :func:`persons_written` leaves
    unknown because the list changes their results without covering them whole."""
    return _note(
        translate(
            "Results",
            "The list changes the results of {years} without covering all of it: the "
            "distinct persons of {years} counted before are not known after it. Import "
            "the list of the whole year again to count them.",
        ),
        years,
    )


def _note(text: str, years: list[int]) -> Problem:
    return Problem("", text.format(years=", ".join(map(str, years))), blocking=False)
