"""The Demand sheet compared programme by programme, as its rows stream past.

:mod:`~amp_desktop.core.excel.demand` reads the sheet's rows in order and hands
each programme's values here; once a programme's last row is read (known from a
first, cheap pass over the id and name columns), its values are compared with
what was exported (the hidden base sheet, read in step, programme by programme)
and with AMP's current demand (read a chunk of programmes at a time), and only
the differences are kept.  A county's export (24.8 million cells) is read back
in memory that does not grow with the file; rows moved or typed out of order
still come right, their programme is held until its last row.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from amp_desktop.core.excel.preview import Conflict, ImportPreview, Problem
from amp_desktop.core.excel.read import Sheet, address
from amp_desktop.core.excel.threeway import base_demand
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import Catalogue, DemandChange, DemandKey

Cell = tuple[str, str, str]  # month, source, kind
Groups = dict[tuple[str, str], dict[str, float]]  # (source, kind) → {month: referrals}
#: A row that could not be read: what is known of it (None = not known).
Pattern = tuple[int | None, str | None, str | None]
#: Programmes whose current demand is read at once (240 rows a programme-year; a
#: hundred at once held 70 MB of rows at a county's ten years).
PROGRAMMES_AT_A_TIME = 10


def _matches(pattern: Pattern, pid: int, source: str, kind: str) -> bool:
    p, s, k = pattern
    return (
        (p is None or p == pid)
        and (s is None or s.casefold() == source.casefold())
        and (k is None or k == kind)
    )


def _grouped(cells: dict[Cell, float]) -> Groups:
    out: Groups = {}
    for (month, source, kind), value in cells.items():
        out.setdefault((source, kind), {})[month] = value
    return out


def text_of(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


class DemandComparer:
    """Holds the rows of the programmes not finished yet and the differences found."""

    def __init__(
        self,
        catalogue: Catalogue,
        preview: ImportPreview,
        sheet_name: str,
        months: dict[int, str],
        base: dict[int, Any],
        base_sheet: Sheet | None,
        last_row: dict[int, int],
        deleted: set[int],
        names: dict[int, str],
    ):
        self.catalogue = catalogue
        self.preview = preview
        self.sheet_name = sheet_name
        self.months = months
        self.columns = {month: column for column, month in months.items()}
        self.month_columns = list(months)
        self.month_names = list(months.values())
        self.read_months = set(months.values())
        self.first, self.last = min(self.read_months), max(self.read_months)
        self.base = base
        self.last_row = last_row
        self.deleted = deleted
        self.removed = {p.id for p in preview.removed}
        self.names = names
        #: Per programme not finished: ``{(source, kind): (first row, [(row, values)])}``.
        self.rows: dict[int, dict[tuple[str, str], tuple[int, list[Any]]]] = {}
        self.unread: dict[int, set[Cell]] = {}  # cells with a problem keep AMP's value
        self.patterns: dict[int, list[Pattern]] = {}  # rows with a problem keep AMP's
        self.anywhere: list[Pattern] = []  # rows whose programme was not read
        self.finished: set[int] = set()
        self.merge_problems: list[tuple[int, Problem]] = []
        #: The differences: (programme, source, kind, month), now, workbook, exported,
        #: and whether a row whose programme was not read may be the one that held it.
        self.found: list[tuple[tuple[int, str, str, str], Any, Any, Any, bool]] = []
        self._cursor: Iterator[tuple[int, Groups]] | None = (
            base_demand(base_sheet, base) if base_sheet is not None and base else None
        )
        self._pending: dict[int, Groups] = {}  # base entries read ahead
        order = sorted(last_row, key=last_row.__getitem__)
        self._order = order
        self._position = {pid: index for index, pid in enumerate(order)}
        self._current: dict[int, Groups] = {}

    # -- what the row pass hands in ---------------------------------------------
    def add(self, pid: int, source: str, kind: str, r: int, values: dict[str, Any]) -> None:
        groups = self.rows.setdefault(pid, {})
        group = groups.get((source, kind))
        if group is None:
            groups[(source, kind)] = (r, [(r, values)])
        else:
            group[1].append((r, values))

    def unread_cell(self, pid: int, month: str, source: str, kind: str) -> None:
        self.unread.setdefault(pid, set()).add((month, source, kind))

    def unreadable(self, pattern: Pattern) -> None:
        pid = pattern[0]
        if pid is None:
            self.anywhere.append(pattern)
        else:
            self.patterns.setdefault(pid, []).append(pattern)

    def row_done(self, pid: int | None, r: int) -> None:
        """After row *r*: finish its programme when that was its last row."""
        if pid is not None and self.last_row.get(pid) == r:
            self.finish(pid)

    # -- the exported demand, in step with the sheet ------------------------------
    def exported(self, pid: int) -> Groups:
        """What was exported for *pid* (kept until the programme is finished)."""
        if self._cursor is None:
            entry = self.base.get(pid)
            return _grouped(entry[1]) if entry is not None else {}
        if pid in self._pending:
            return self._pending[pid]
        if pid not in self.base:
            return {}
        for qid, cells in self._cursor:
            if qid in self.finished:
                continue
            if qid == pid or qid in self.last_row:
                self._pending[qid] = cells  # its rows are still to come
                if qid == pid:
                    return cells
            else:  # no row of the sheet is this programme's: finished now
                self._finish(qid, cells)
        return {}

    def _current_of(self, pid: int) -> Groups:
        """AMP's demand of *pid* in the sheet's months, read with the next programmes."""
        if pid not in self._current:
            at = self._position.get(pid)
            batch = [pid]
            if at is not None:
                batch += [
                    p
                    for p in self._order[at + 1 : at + PROGRAMMES_AT_A_TIME]
                    if p not in self._current and p not in self.finished
                ]
            for p in batch:
                self._current[p] = {}
            for p, month, source, kind, value in self.catalogue.demand_window(
                batch, self.first, self.last
            ):
                self._current[p].setdefault((source, kind), {})[month] = value
        return self._current.pop(pid)

    # -- comparing one programme --------------------------------------------------
    def finish(self, pid: int) -> None:
        if pid in self.finished:
            return
        cells = self.exported(pid)
        self._pending.pop(pid, None)
        self._finish(pid, cells)

    def _finish(self, pid: int, exported: Groups) -> None:
        self.finished.add(pid)
        groups = self.rows.pop(pid, {})
        unread = self.unread.pop(pid, set())
        patterns = self.patterns.pop(pid, [])
        if pid in self.deleted:
            self._current.pop(pid, None)
            return  # its rows were skipped (a note where edited)
        current = self._current_of(pid)
        months = self.months.values()
        read = self.read_months
        unread_groups = {(s, k) for _m, s, k in unread}
        workbook: dict[Cell, float | None] = {}
        repeated: set[tuple[str, str]] = set()
        same: set[tuple[str, str]] = set()  # groups where all three agree
        for group, (first, rows) in groups.items():
            merged = self._merge(first, rows)
            if merged is None:
                # Either row may have been relabelled from another source or kind:
                # the programme's rows not read keep AMP's values too.
                repeated.add(group)
                patterns.append((pid, None, None))
                continue
            if group not in unread_groups and merged == exported.get(group, {}) == current.get(
                group, {}
            ):
                same.add(group)  # the usual case: nothing changed, nothing to compare
                continue
            source, kind = group
            for month in months:
                key = (month, source, kind)
                if key not in unread:
                    workbook[key] = merged.get(month)
        for source, kind in repeated:
            for month in months:
                unread.add((month, source, kind))
        provided = {(s.casefold(), k) for s, k in groups if (s, k) not in repeated}
        # The exported rows no row was read for, where a row with a problem may be one.
        maybe: set[Cell] = set()
        keys = set(workbook)
        for (source, kind), values in exported.items():
            if (source, kind) in same:
                continue
            given = (source.casefold(), kind) in provided
            hidden = not given and any(_matches(p, pid, source, kind) for p in patterns)
            for month in values:
                if month not in read:
                    continue
                key = (month, source, kind)
                keys.add(key)
                if given:
                    continue
                if hidden:
                    unread.add(key)
                else:
                    maybe.add(key)
        removed = pid in self.removed
        for key in keys:
            if key in unread or (removed and key not in workbook):
                continue
            month, source, kind = key
            w = workbook.get(key)
            now = current.get((source, kind), {}).get(month)
            b = exported.get((source, kind), {}).get(month, now) if self.base else now
            if w in (b, now):
                continue
            self.found.append(((pid, source, kind, month), now, w, b, key in maybe))

    def _merge(self, first: int, read: list[Any]) -> dict[str, float | None] | None:
        """The values of the rows for one programme, source and kind, together (the
        export writes an empty Forecast row; a number may be typed in a new row below).
        None, with a problem, when two rows give one month different numbers."""
        if len(read) == 1:
            return {m: v for m, v in read[0][1].items() if v is not None}
        merged: dict[str, tuple[int, float | None]] = {}
        for r, values in read:
            for month, value in values.items():
                if value is None:
                    continue
                if month not in merged or merged[month][1] is None:
                    merged[month] = (r, value)
                elif merged[month][1] != value:
                    self.merge_problems.append(
                        (
                            first,
                            Problem(
                                address(self.sheet_name, r, self.columns[month]),
                                translate(
                                    "Excel",
                                    "row {row} has another number for the same programme, "
                                    "source, kind and month; neither row was read and AMP "
                                    "keeps its values.",
                                ).format(row=merged[month][0] + 1),
                            ),
                        )
                    )
                    return None
        return {month: value for month, (_r, value) in merged.items()}

    # -- the end ----------------------------------------------------------------
    def close(self) -> None:
        """Finish every programme left, then put the differences into the preview in
        the programmes' order (problems of repeated rows after the rows' own)."""
        for pid in sorted(set(self.rows) | set(self.unread) | set(self.patterns)):
            self.finish(pid)
        for pid in list(self._pending):
            self.finish(pid)
        if self._cursor is not None:
            for pid, cells in self._cursor:
                if pid not in self.finished:
                    self._finish(pid, cells)
        elif self.base:
            for pid in self.base:
                if pid not in self.finished:
                    self._finish(pid, _grouped(self.base[pid][1]))
        self.merge_problems.sort(key=lambda item: item[0])
        self.preview.problems.extend(problem for _first, problem in self.merge_problems)
        self.found.sort(key=lambda item: item[0])
        for (pid, source, kind, month), now, w, b, maybe in self.found:
            if maybe and any(_matches(p, pid, source, kind) for p in self.anywhere):
                continue
            key = DemandKey(pid, month, source, kind)
            if now == b:
                self.preview.demand.append(DemandChange(key, now, w))
                continue
            index = len(self.preview.conflicts)
            self.preview.conflicts.append(
                Conflict(
                    pid,
                    self.names.get(pid, ""),
                    f"{month} {source} ({kind})",
                    text_of(b),
                    text_of(now),
                    text_of(w),
                    key,
                )
            )
            self.preview.demand_conflicts[index] = DemandChange(key, now, w)
