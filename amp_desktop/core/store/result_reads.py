"""The results reads of an open catalogue: the Results tab's, the CLI's, print's and an
import's way into :mod:`.results`, :mod:`.result_coverage` and :mod:`.result_seams`
(mixed into :class:`~amp_desktop.core.store.catalogue.Catalogue` by
:mod:`.feature_reads`)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import Path

from amp_desktop.core.store import result_coverage, result_seams, result_sums
from amp_desktop.core.store.errors import door
from amp_desktop.core.store.result_coverage import CoverageRow
from amp_desktop.core.store.result_seams import SeamRow
from amp_desktop.core.store.result_sums import SumsLayout
from amp_desktop.core.store.results import (
    DEFAULT_GOAL_KEYS,
    MonthlyRow,
    PersonsRow,
    ResultRow,
    TallyKey,
    every_result,
    months_with_results,
    persons,
    persons_rows,
    reason_mapping,
    results_extent,
    scope_rows,
    tallies,
    write_default_goals,
)


class ResultsReads:
    """The results reads of an open catalogue (mixed into :class:`Catalogue`)."""

    conn: sqlite3.Connection
    path: Path
    transaction: Callable[[], AbstractContextManager[None]]

    def set_default_goals(self, goals: Mapping[str, float | None]) -> None:
        """Set the default goal for the share to work or studies per type ("primary",
        "secondary"; a fraction, None for none), a catalogue setting as the change
        log's retention is: written at once, not an undo step."""
        for programme_type, goal in goals.items():
            if programme_type not in DEFAULT_GOAL_KEYS or not (goal is None or 0 < goal <= 1):
                raise ValueError(f"{programme_type}: {goal}")
        with door(self.path, "write"), self.transaction():
            write_default_goals(self.conn, goals)

    def results_tallies(
        self, first: str, last: str, *, need_level: str | None = None, gender: str | None = None
    ) -> dict[TallyKey, Counter[str]]:
        """Summed measures per programme, gender and need level (see :func:`tallies`)."""
        return tallies(self.conn, first, last, need_level=need_level, gender=gender)

    def results_every(self, first: str = "0000-00", last: str = "9999-99") -> Iterator[MonthlyRow]:
        """Every stored result of *first* … *last*, summed by the caller (see
        :func:`every_result`)."""
        return every_result(self.conn, first, last)

    def results_extent(self) -> tuple[str | None, str | None, int]:
        return results_extent(self.conn)

    def results_sums_layout(self) -> SumsLayout | None:
        """How the compact yearly sums are laid out, or None when the results must be
        read from the rows (see :mod:`.result_sums`)."""
        return result_sums.layout(self.conn)

    def results_year_sums(self, year: int) -> list[tuple[int, bytes]]:
        """Every programme's compact sums of *year* (see :mod:`.result_sums`)."""
        return result_sums.year_sums(self.conn, year)

    def results_scope(self, programme_ids: Iterable[int], first: str, last: str) -> list[ResultRow]:
        return scope_rows(self.conn, programme_ids, first, last)

    def results_persons(
        self, years: Iterable[int], programme_ids: Iterable[int]
    ) -> list[PersonsRow]:
        return persons_rows(self.conn, years, programme_ids)

    def reason_mapping(self) -> dict[str, str]:
        return reason_mapping(self.conn)

    def results_coverage_scope(
        self, programme_ids: Iterable[int], first: str, last: str
    ) -> list[CoverageRow]:
        """The months of *programme_ids* in *first* … *last* an import covered."""
        return result_coverage.scope_coverage(self.conn, programme_ids, first, last)

    def results_seams_scope(
        self, programme_ids: Iterable[int], first: str, last: str
    ) -> list[SeamRow]:
        """The seams of *programme_ids* in *first* … *last* and the month after."""
        return result_seams.scope_seams(self.conn, programme_ids, first, last)

    def results_import_seams(
        self, programme_ids: Iterable[int], first: str, last: str
    ) -> tuple[SeamRow, ...]:
        """The seams an import of *programme_ids* over *first* … *last* leaves (see
        :func:`.result_seams.import_seams`)."""
        return result_seams.import_seams(self.conn, programme_ids, first, last)

    def results_seams(self, first: str = "0000-00", last: str = "9999-99") -> dict[int, set[str]]:
        """Per programme, the months of *first* … *last* where one list meets another
        (see :func:`.result_seams.seams_in`)."""
        return result_seams.seams_in(self.conn, first, last)

    def results_covered_months(
        self, first: str, last: str, only_gaps: bool = False
    ) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
        """Per programme, the months an import covered and the months holding results
        (see :func:`.result_coverage.covered_months`)."""
        return result_coverage.covered_months(self.conn, first, last, only_gaps)

    def results_known(self, first: str, last: str) -> set[int]:
        """The programmes whose results are known for some month of the period (see
        :func:`.result_coverage.programmes_known`)."""
        return result_coverage.programmes_known(self.conn, first, last)

    def programmes_with_results(self, first: str, last: str) -> set[int]:
        """The programmes with results stored for some month of *first* … *last* (a
        month a list covered in which nobody took part holds none)."""
        cursor = self.conn.execute(
            "SELECT DISTINCT programme_id FROM results WHERE month BETWEEN ? AND ?",
            [first, last],
        )
        return {pid for (pid,) in cursor}

    def results_months_covered(self, first: str, last: str) -> set[str]:
        """The months an import covered or holding results, for any programme."""
        return result_coverage.months_covered(self.conn, first, last)

    def results_months(self) -> dict[int, tuple[str, str]]:
        return months_with_results(self.conn)

    def persons(self, year: int, programme_id: int = 0) -> dict[str, int]:
        return persons(self.conn, year, programme_id)

    def default_goals(self) -> dict[str, float]:
        """The catalogue's default goal for the share to work or studies, per type."""
        out: dict[str, float] = {}
        for programme_type, key in DEFAULT_GOAL_KEYS.items():
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
            if row and row[0]:
                try:
                    out[programme_type] = float(row[0])
                except ValueError:
                    continue
        return out
