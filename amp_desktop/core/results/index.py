"""The catalogue's results held in memory, so that any period's figures are summed in
milliseconds instead of a GROUP BY over the file (the Results tab's period switch).

:class:`ResultsIndex` keeps, per programme, gender and need level, one number per
month that packs all the month's measures side by side in fixed-width bit fields,
wide enough for the sum of every stored value.  Adding two such numbers adds every
measure at once, so a period's sums of a group are one ``sum()`` of a slice of
months, and the sums per programme, need level, unit and type are additions of
those — the stay histogram included, so the median stay is the same as from the
rows.  ``enrolled`` is kept apart and counts only in each programme's first month with
results in the period (and beyond it after a gap or where two lists meet:
:func:`~amp_desktop.core.store.resumption.resumed_in_lines`), as in
:func:`amp_desktop.core.store.results.tallies`; the figures are then made by the same
:func:`~amp_desktop.core.results.period.document_of_sums` as for ``amp results`` and
the printed results, and are the same numbers.  Months are read from the store when
a period first needs them (:meth:`ResultsIndex.missing`, :func:`~amp_desktop.core.results.index_reading.read_months`): a year
at a time from the store's compact yearly sums, kept in this very layout
(:mod:`amp_desktop.core.store.result_sums`: a year of a county's results in ~0.1 s),
or, where the file has none (an older file upgraded in memory to be read only), from
the rows (:meth:`ResultsIndex.load`, ~1 s a year).
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import compress
from typing import Any, Protocol

from amp_desktop.core.domain import Programme
from amp_desktop.core.planning.period import Period, month_index, month_text
from amp_desktop.core.results.aggregate import ENROLLED
from amp_desktop.core.results.figures import MeasurePositions, figures_of_values
from amp_desktop.core.results.packed import field_reader
from amp_desktop.core.results.period import ResultsFilter, chosen_programmes, document_of_sums
from amp_desktop.core.store.resumption import gaps, resumed_in_lines, running_by_position

#: ``(programme, month, gender, need level, measure, value)`` as the store gives them.
Row = tuple[int, str, str, str, str, int]
#: One group's months: ``[gender, need level, packed measures per month, enrolled per
#: month]``.  The months are lists while rows are loaded and tuples once they are: a
#: tuple of numbers is left alone by Python's cycle collector (a list is not: over
#: a county's million months each full collection took 0.1-0.4 s, a freeze of the
#: window whenever it came).
Line = list[Any]


class SumsLayout(Protocol):
    """How the store's compact yearly sums are laid out
    (:class:`amp_desktop.core.store.result_sums.SumsLayout`)."""

    @property
    def measures(self) -> Sequence[str]: ...
    @property
    def first_year(self) -> int: ...
    @property
    def last_year(self) -> int: ...
    @property
    def total(self) -> int: ...
    @property
    def width(self) -> int: ...


class ResultsSource(Protocol):
    """What the index reads from (an open :class:`~amp_desktop.core.store.Catalogue`;
    one without ``results_sums_layout`` and ``results_year_sums`` is read by rows)."""

    def results_extent(self) -> tuple[str | None, str | None, int]: ...

    def results_every(self, first: str = ..., last: str = ...) -> Iterable[Row]: ...


class SumsUnreadable(ValueError):
    """A compact sum this Python cannot read (the rows are read instead)."""


class ResultsIndex:
    """The stored results of months *first* … *last* as packed monthly sums per
    programme, gender and need level; *total* is the sum of every stored value."""

    def __init__(self, first: str, last: str, total: int, measures: Sequence[str] = ()):
        self.first = month_index(first)  # month index of the first month held
        self.months = month_index(last) - self.first + 1
        bits = total.bit_length()
        self.width = 32 if bits <= 32 else 64 if bits <= 64 else (bits + 7) // 8 * 8
        #: Field i holds measures[i] (*measures*: the positions of the store's compact
        #: sums, which are then read with :meth:`load_sums`).
        self.measures: list[str] = list(measures) or [ENROLLED]
        self._shift = {m: i * self.width for i, m in enumerate(self.measures) if i}
        #: Whether the months are read from the store's compact sums (else by rows).
        self.compact = bool(measures)
        #: The store's layout of those sums when this index was made (:func:`new_index`).
        self.layout: SumsLayout | None = None
        self._lines: dict[tuple[int, str, str | None], Line] = {}
        #: programme → its groups' lines
        self.programmes: dict[int, list[Line]] = {}
        #: programme → a line per gender, its need levels together; and per need level
        #: and gender, every programme together (the sums of the unfiltered figures)
        self._genders: dict[int, list[Line]] = {}
        self._needs: dict[tuple[str, str], Line] = {}
        self._loaded = bytearray(self.months)
        #: programme → the months (positions) where one of its lists meets another
        #: (``amp_desktop.core.store.result_seams``)
        self.seams: dict[int, set[int]] = {}

    # -- reading ----------------------------------------------------------------------
    def missing(self, first: str, last: str) -> list[tuple[str, str]]:
        """The runs of months of *first* … *last* held by the store but not yet read."""
        a = max(month_index(first) - self.first, 0)
        b = min(month_index(last) - self.first, self.months - 1)
        runs: list[tuple[str, str]] = []
        m = a
        while m <= b:
            if self._loaded[m]:
                m += 1
                continue
            end = m
            while end + 1 <= b and not self._loaded[end + 1]:
                end += 1
            runs.append((month_text(self.first + m), month_text(self.first + end)))
            m = end + 1
        return runs

    def unread(self) -> list[tuple[str, str]]:
        """Every run of months not yet read."""
        return self.missing(month_text(self.first), month_text(self.first + self.months - 1))

    def load(self, rows: Iterable[Row], first: str, last: str) -> None:
        """Add *rows*, the store's results of months *first* … *last* (each age band
        apart, in the store's order), and mark those months read."""
        self._thaw()
        shift, width = self._shift, self.width
        month_at: dict[str, int] = {}
        key: tuple[int, str, str, str] | None = None
        packed = enrolled = 0
        for programme, month, gender, need, measure, value in rows:
            if key is None or (programme, month, gender, need) != key:
                if key is not None:
                    self._put(key, month_at, packed, enrolled)
                key, packed, enrolled = (programme, month, gender, need), 0, 0
            if measure == ENROLLED:
                enrolled += value
                continue
            at = shift.get(measure)
            if at is None:
                at = shift[measure] = len(self.measures) * width
                self.measures.append(measure)
            packed += value << at
        if key is not None:
            self._put(key, month_at, packed, enrolled)
        a = max(month_index(first) - self.first, 0)
        b = min(month_index(last) - self.first, self.months - 1)
        for m in range(a, b + 1):
            self._loaded[m] = 1
        self._settle()

    def load_sums(self, year: int, blobs: Iterable[tuple[int, bytes]]) -> None:
        """Add the store's compact sums of *year* (``(programme, blob)``, see
        :mod:`amp_desktop.core.store.result_sums`), a whole year not read yet, and mark
        its months read.  Raises :class:`SumsUnreadable`, the index unchanged, when a
        blob cannot be read."""
        decoded = []
        try:
            for programme, blob in blobs:
                lines, by_gender, _totals = marshal.loads(blob)
                decoded.append((programme, lines, by_gender))
        except (ValueError, EOFError, TypeError) as exc:
            raise SumsUnreadable(str(exc)) from None
        a = month_index(f"{year:04d}-01") - self.first
        if a < 0 or a + 12 > self.months or any(self._loaded[a : a + 12]):
            raise ValueError(f"{year} is not a whole year unread")
        b = a + 12
        # (The months held are tuples here, as after every load: see _settle.)
        empty = (0,) * self.months
        lines_of, programmes, genders = self._lines, self.programmes, self._genders
        per_need: dict[tuple[str, str], tuple[list[tuple[int, ...]], list[tuple[int, ...]]]] = {}
        for programme, lines, by_gender in decoded:
            for gender, need, packed, enrolled in lines:
                line = lines_of.get((programme, gender, need))
                if line is None:
                    line = lines_of[(programme, gender, need)] = [gender, need, empty, empty]
                    programmes.setdefault(programme, []).append(line)
                held, held_enrolled = line[2], line[3]
                line[2] = held[:a] + packed + held[b:]
                line[3] = held_enrolled[:a] + enrolled + held_enrolled[b:]
                parts = per_need.get((need, gender))
                if parts is None:
                    parts = per_need[(need, gender)] = ([], [])
                parts[0].append(packed)
                parts[1].append(enrolled)
            for gender, packed, enrolled in by_gender:
                line = lines_of.get((programme, gender, None))
                if line is None:
                    line = lines_of[(programme, gender, None)] = [gender, "", empty, empty]
                    genders.setdefault(programme, []).append(line)
                held, held_enrolled = line[2], line[3]
                line[2] = held[:a] + packed + held[b:]
                line[3] = held_enrolled[:a] + enrolled + held_enrolled[b:]
        for (need, gender), (packs, enrolments) in per_need.items():
            line = self._needs.get((need, gender))
            if line is None:
                line = self._needs[(need, gender)] = [gender, need, empty, empty]
            packed = tuple(map(sum, zip(*packs, strict=True)))
            enrolled = tuple(map(sum, zip(*enrolments, strict=True)))
            held, held_enrolled = line[2], line[3]  # (nothing in this year's months yet)
            line[2] = held[:a] + packed + held[b:]
            line[3] = held_enrolled[:a] + enrolled + held_enrolled[b:]
        self._loaded[a:b] = b"\1" * 12

    def _every_line(self) -> Iterator[Line]:
        yield from self._lines.values()
        yield from self._needs.values()

    def _thaw(self) -> None:
        """The months as lists, to add rows to."""
        for line in self._every_line():
            line[2], line[3] = list(line[2]), list(line[3])

    def _settle(self) -> None:
        """The months as tuples, which the cycle collector need not look into."""
        for line in self._every_line():
            line[2], line[3] = tuple(line[2]), tuple(line[3])

    def _put(
        self, key: tuple[int, str, str, str], month_at: dict[str, int], packed: int, enrolled: int
    ) -> None:
        programme, month, gender, need = key
        at = month_at.get(month)
        if at is None:
            at = month_at[month] = month_index(month) - self.first
        for line in (
            self._line(programme, gender, need, self.programmes),
            self._line(programme, gender, None, self._genders),
            self._need_line(need, gender),
        ):
            line[2][at] += packed
            line[3][at] += enrolled

    def _line(
        self, programme: int, gender: str, need: str | None, listed: dict[int, list[Line]]
    ) -> Line:
        line = self._lines.get((programme, gender, need))
        if line is None:
            line = self._lines[(programme, gender, need)] = self._empty(gender, need or "")
            listed.setdefault(programme, []).append(line)
        return line

    def _need_line(self, need: str, gender: str) -> Line:
        line = self._needs.get((need, gender))
        if line is None:
            line = self._needs[(need, gender)] = self._empty(gender, need)
        return line

    def _empty(self, gender: str, need: str) -> Line:
        return [gender, need, [0] * self.months, [0] * self.months]

    def size_bytes(self) -> int:
        """About how much memory the packed sums take."""
        total = 0
        for _gender, _need, packed, enrolled in [*self._lines.values(), *self._needs.values()]:
            total += sys.getsizeof(packed) + sys.getsizeof(enrolled)
            total += sum(sys.getsizeof(n) for n in packed if n)
        return total

    # -- a period ---------------------------------------------------------------------
    def unpack(self, packed: int) -> dict[str, int]:
        """The non-zero measures of a packed sum."""
        values = field_reader(self.width, len(self.measures))(packed)
        return dict(compress(zip(self.measures, values, strict=True), values))

    def document(
        self,
        programmes: Iterable[Programme],
        period: Period,
        selection: ResultsFilter | None = None,
        default_goals: Mapping[str, float] | None = None,
    ) -> dict[str, Any]:
        """What :func:`~amp_desktop.core.results.period.results_document` gives over the
        store's tallies of *period* under *selection*, from memory (its months read:
        see :meth:`missing`)."""
        if self.missing(period.first, period.last):
            raise ValueError(f"months of {period} not read")
        selection = selection or ResultsFilter()
        chosen = chosen_programmes(programmes, selection)
        a = max(month_index(period.first) - self.first, 0)
        b = max(min(month_index(period.last) - self.first + 1, self.months), 0)
        need_wanted, gender_wanted = selection.need_level, selection.gender
        by_programme: dict[int, dict[str, int]] = {}
        totals: dict[int, int] = {}
        by_need: dict[str, dict[str, int]] = {}
        groups: dict[str, dict[str, dict[str, int]]] = {"unit": {}, "type": {}}
        nothing: list[Line] = []
        # Unfiltered by need level and over every programme held, the sums of the need
        # levels together per programme, and of the programmes per need level, are
        # kept already: a quarter of the lines to sum.
        quick = need_wanted is None and set(self.programmes) <= {p.id for p in chosen}
        lines = self.programmes
        source = self._genders if quick else self.programmes
        # ``enrolled`` counts in each programme's first month with results in the period
        # (``amp_desktop.core.results.aggregate``): the period's first month for most;
        # those that begin later add theirs to the need levels' sums below.
        # After a gap in its results, or where two of its lists meet, those beyond the
        # running before count too
        # (``amp_desktop.core.store.resumption``), added to both sums.
        late: dict[tuple[str, str], int] = {}
        running = running_by_position(self.measures, self._values_of())
        for programme in chosen:
            programme_id = programme.id or 0
            held = self._months_held(programme_id, a, b)
            counted = held[0] if held else b
            if quick and a < counted < b:
                for gender, need, _packed, enrolled in self.programmes[programme_id]:
                    if enrolled[counted] and gender_wanted in (None, gender):
                        late[need, gender] = late.get((need, gender), 0) + enrolled[counted]
            seams = self.seams.get(programme_id, ())
            beyond = (
                resumed_in_lines(lines.get(programme_id, []), held, running, seams)
                if gaps(held, seams)
                else {}
            )
            sums: dict[str, int] = {}
            for (gender, need), n in beyond.items():
                if need_wanted in (None, need) and gender_wanted in (None, gender):
                    sums[gender] = sums.get(gender, 0) + n
                    if quick:
                        late[need, gender] = late.get((need, gender), 0) + n
                    else:
                        needs = by_need.setdefault(need, {})
                        needs[gender] = needs.get(gender, 0) + n
            for gender, need, packed, enrolled in source.get(programme_id, nothing):
                if need_wanted is not None and need != need_wanted:
                    continue
                if gender_wanted is not None and gender != gender_wanted:
                    continue
                summed = sum(packed[a:b]) + enrolled[counted] if counted < b else 0
                if not summed:
                    continue
                sums[gender] = sums.get(gender, 0) + summed
                if not quick:
                    needs = by_need.setdefault(need, {})
                    needs[gender] = needs.get(gender, 0) + summed
            if sums:
                by_programme[programme_id] = sums
                totals[programme_id] = sum(sums.values())
            for kind, value in (("unit", programme.unit), ("type", programme.type.value)):
                group = groups[kind].setdefault(value, {})
                for gender, summed in sums.items():
                    group[gender] = group.get(gender, 0) + summed
        if quick:
            for (need, gender), (_g, _n, packed, enrolled) in self._needs.items():
                if gender_wanted is not None and gender != gender_wanted:
                    continue
                summed = sum(packed[a:b]) + enrolled[a] if a < b else 0
                summed += late.get((need, gender), 0)
                if summed:
                    needs = by_need.setdefault(need, {})
                    needs[gender] = needs.get(gender, 0) + summed
        unpack = self.unpack

        def opened(by_gender: Mapping[str, int]) -> dict[str, dict[str, int]]:
            return {gender: unpack(summed) for gender, summed in by_gender.items()}

        # A programme's packed sums are read by position, without a dict of measures.
        at = MeasurePositions(self.measures)
        values_of = self._values_of()
        days = at.days

        def figures_of(packed: int) -> tuple[dict[str, Any], int]:
            values = values_of(packed)
            return figures_of_values(values, at), values[days]

        return document_of_sums(
            chosen,
            by_programme,
            {need: opened(sums) for need, sums in by_need.items()},
            {kind: {v: opened(s) for v, s in values.items()} for kind, values in groups.items()},
            period,
            default_goals,
            totals,
            figures_of,
        )

    def _months_held(self, programme: int, a: int, b: int) -> list[int]:
        """The months of *a* … *b* − 1 that hold any result of *programme*: the first
        is the month whose ``enrolled`` counts in the period."""
        # (column-wise, in C: month by month it added half to a 36-month period's figures)
        columns = [line[at][a:b] for line in self._genders.get(programme, ()) for at in (2, 3)]
        return list(compress(range(a, b), map(any, zip(*columns, strict=True)))) if columns else []

    def _values_of(self) -> Callable[[int], list[int]]:
        """Packed sum → every field's value in order, and one 0 after them
        (:class:`~amp_desktop.core.results.figures.MeasurePositions`)."""
        return field_reader(self.width, len(self.measures) + 1)
