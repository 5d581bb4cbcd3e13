"""The yearly figures of a catalogue as one document: what ``amp yearly``, its JSON,
its Excel sheet, the window and the printed report all show (one computation)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.domain import Programme
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.vocabulary import Kpi, vocabulary, with_metadata
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.kolada import PEERS_ID_KEY, PEERS_TITLE_KEY
from amp_desktop.core.yearly.compare import (
    SOURCE_NOTE,
    TOLERANCES,
    compare_figures,
    places,
)
from amp_desktop.core.yearly.compute import YearInputs, yearly_figures
from amp_desktop.core.yearly.figure import Counts, Figure, hidden_cells

#: The comparison over the years shows at most this many years, ending with the year.
HISTORY_YEARS = 8


@dataclass
class YearlyReport:
    """The figures of one year with what they rest on and Kolada beside them."""

    year: int
    municipality: str | None
    peers: tuple[str, str] | None  # Kolada id and title
    population: int | None
    figures: list[Figure]
    counts: Counts
    notes: list[str] = field(default_factory=list)
    places: dict[str, str] = field(default_factory=dict)
    kolada_years: list[int] = field(default_factory=list)
    #: The years of the comparison (see :func:`comparison_years`) and, for the years
    #: other than :attr:`year`, the marks hiding AMP's own values leaving the unit.
    years: list[int] = field(default_factory=list)
    hidden_by_year: dict[tuple[str, int], str] = field(default_factory=dict)

    def figure(self, key: str) -> Figure:
        for figure in self.figures:
            if figure.key == key:
                return figure
        raise KeyError(key)

    def hidden(self) -> dict[tuple[str, str], str]:
        """What to print instead of each small or giving-away value (see :mod:`.figure`)."""
        return hidden_cells(self.figures, self.counts)

    def hidden_in(self, key: str, year: int) -> str | None:
        """The mark hiding AMP's own value (all) of figure *key* in *year*, if any."""
        if year == self.year:
            return self.hidden().get((key, "all"))
        return self.hidden_by_year.get((key, year))

    @property
    def has_kolada(self) -> bool:
        return any(f.kolada for f in self.figures)

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "municipality": self.municipality,
            "peers": {"id": self.peers[0], "title": self.peers[1]} if self.peers else None,
            "county": self.places.get("county"),
            "country": self.places.get("country"),
            "population": self.population,
            "tolerances": dict(TOLERANCES),
            "kolada_source": SOURCE_NOTE if self.has_kolada else None,
            "notes": list(self.notes),
            "figures": [f.to_json() for f in self.figures],
        }


def read_inputs(
    catalogue: Catalogue, year: int, programmes: list[Programme] | None = None
) -> YearInputs:
    """Everything the year's figures are computed from, read from *catalogue*.

    With *programmes* (already read: a year of the comparison over the years, whose
    values alone are used) the covered months are read for the catalogue, not per
    programme, so the year's results are not scanned twice.
    """
    first, last = f"{year}-01", f"{year}-12"
    if programmes is None:
        imported, stored = catalogue.results_covered_months(first, last)
        covered = {
            pid: imported.get(pid, set()) | stored.get(pid, set()) for pid in {*imported, *stored}
        }
    else:
        imported, covered = {}, {0: catalogue.results_months_covered(first, last)}
    return YearInputs(
        year=year,
        programmes=catalogue.programmes() if programmes is None else programmes,
        results=catalogue.results_by_gender(first, last),
        programmes_with_results=set(covered),
        result_months=set().union(*covered.values()),
        imported={pid: covered[pid] for pid in imported},
        persons=catalogue.persons(year),
        demand=catalogue.demand_rows(first=first, last=last),
        source_categories={s.code.casefold(): s.kolada_category for s in catalogue.sources()},
        population=catalogue.population(),
    )


def comparison_years(year: int, kolada_years: Iterable[int]) -> list[int]:
    """*year* and the years before it that Kolada has values for (:data:`HISTORY_YEARS`)."""
    return sorted({y for y in kolada_years if year - HISTORY_YEARS < y <= year} | {year})


def own_history(
    catalogue: Catalogue,
    kpis: Mapping[str, Kpi],
    report: YearlyReport,
    progress: Progress = NO_PROGRESS,
    programmes: list[Programme] | None = None,
) -> None:
    """Fill in AMP's own value of each figure in each of the report's years, from the
    same computation as the year's own (results, persons, referrals of that year).

    The costs are given for the report's year only: the catalogue keeps each
    programme's budget as it is now, not as it was.  Marks hiding small counts of
    the other years go to ``report.hidden_by_year``.
    """
    by_key = {f.key: f for f in report.figures}
    programmes = catalogue.programmes() if programmes is None else programmes
    for figure in report.figures:
        figure.by_year = {str(report.year): figure.value}
    demand = catalogue.demand_months()
    for year in report.years:
        if year == report.year:
            continue
        progress.check()
        first, last = f"{year}-01", f"{year}-12"
        if (
            not (demand and demand[0] <= last and first <= demand[1])
            and not catalogue.results_months_covered(first, last)
            and not catalogue.persons(year)
        ):
            # Nothing stored for the year: every figure of it is None (the whole
            # computation, a read of the catalogue, would say just that).
            for figure in report.figures:
                if not figure.kpi.unit.startswith("sek"):
                    figure.by_year[str(year)] = None
            continue
        inputs = read_inputs(catalogue, year, programmes)
        others, counts, _ = yearly_figures(inputs, kpis)
        for (key, group), mark in hidden_cells(others, counts).items():
            if group == "all":
                report.hidden_by_year[(key, year)] = mark
        for other in others:
            if other.key in by_key and not other.kpi.unit.startswith("sek"):
                by_key[other.key].by_year[str(year)] = other.value
    for figure in report.figures:
        figure.by_year = dict(sorted(figure.by_year.items()))


def catalogue_kpis(catalogue: Catalogue) -> dict[str, Kpi]:
    """The vocabulary with what the catalogue's last metadata fetch confirmed."""
    return with_metadata(vocabulary(), catalogue.kolada_metadata())


def yearly_report(
    catalogue: Catalogue,
    year: int,
    *,
    municipality: str | None = None,
    tolerances: Mapping[str, float] = TOLERANCES,
    progress: Progress | None = None,
) -> YearlyReport:
    """The figures of *year*, compared with the Kolada values stored in *catalogue*.

    *municipality* overrides the catalogue's own setting for the comparison.
    """
    progress = progress or NO_PROGRESS
    progress.check()
    kpis = catalogue_kpis(catalogue)
    inputs = read_inputs(catalogue, year)
    figures, counts, notes = yearly_figures(inputs, kpis, progress)
    code = municipality or catalogue.municipality_code()
    peers_id = catalogue.setting(PEERS_ID_KEY)
    peers = (peers_id, catalogue.setting(PEERS_TITLE_KEY) or "") if peers_id else None
    ids = places(code, peers_id)
    ids_wanted = [f.kpi.kolada_id for f in figures if f.kpi.kolada_id]
    rows = catalogue.kolada_rows(ids_wanted, list(ids.values()))
    compare_figures(figures, year, rows, ids, tolerances)
    if code is None:
        notes.append(
            translate(
                "Yearly",
                "The catalogue's municipality is not set (Preferences, or amp yearly "
                "--municipality CODE): only the country is compared.",
            )
        )
    if not rows:
        notes.append(
            translate(
                "Yearly",
                "No Kolada values in the catalogue: fetch them (amp kolada fetch) or import "
                "a file saved from Kolada (amp kolada import).",
            )
        )
    years = sorted({row[2] for row in rows})
    report = YearlyReport(year, code, peers, inputs.population, figures, counts, notes, ids, years)
    report.years = comparison_years(year, years)
    own_history(catalogue, kpis, report, progress, inputs.programmes)
    return report
