"""What figures over a period must say of the months the imported lists did not cover:
for every programme (no list covered them) and for some (their lists cover less of
the period than the others').  One note, said alike by ``amp results``, the printed
results and the Results tab."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from amp_desktop.core.planning.period import Period
from amp_desktop.core.results.uncovered import (
    months_without_results,
    programme_gaps,
    programme_gaps_note,
    uncovered_note,
)
from amp_desktop.core.store import Catalogue


@dataclass(frozen=True)
class Coverage:
    """The months of *period* the catalogue's imports covered (*covered*: for any
    programme) and, per programme, those its own lists left out (*gaps*)."""

    period: Period
    covered: frozenset[str]
    gaps: dict[int, list[str]]

    def months_without(self) -> list[str]:
        """The months no list covered for any programme."""
        return months_without_results(self.period, self.covered)

    def note(self, names: Mapping[int, str], at_most: int | None = None) -> str | None:
        """What to say under the figures (None: nothing), programmes by *names*, at
        most *at_most* of them named (and how many more)."""
        said = [
            uncovered_note(self.period, self.covered),
            programme_gaps_note(self.period, self.gaps, names, self.covered, at_most),
        ]
        return "\n".join(text for text in said if text) or None


def coverage(catalogue: Catalogue, period: Period, known: Iterable[int]) -> Coverage:
    """The coverage of *period* for the programmes whose results are *known*
    (``Catalogue.results_known``)."""
    covered = frozenset(catalogue.results_months_covered(period.first, period.last))
    imported, stored = catalogue.results_covered_months(period.first, period.last, only_gaps=True)
    return Coverage(period, covered, programme_gaps(period, imported, stored, set(known)))
