"""A participant list as an import: read, counted, previewed, applied as one change.

:func:`analyse_participants` reads the sheet :mod:`.participant_sheet` finds
(:mod:`.participants`), counts it (:mod:`amp_desktop.core.results.aggregate`) and returns an
:class:`~amp_desktop.core.excel.preview.ImportPreview` whose ``results`` is the one
:class:`~amp_desktop.core.store.results.ResultsChange` that replaces the results of the
programmes and months the list covers, and leaves the rest.  Nothing is written.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from amp_desktop.core.excel.participant_columns import (
    identity_columns,
    name_columns_by_values,
    one_line,
    with_name_columns,
)
from amp_desktop.core.excel.participant_period import replaced_months
from amp_desktop.core.excel.participant_persons import (
    partly_note,
    persons_written,
    unit_persons_note,
)
from amp_desktop.core.excel.participant_seams import seam_note
from amp_desktop.core.excel.participant_sheet import find_participant_sheet
from amp_desktop.core.excel.participants import ParticipantList, read_participants
from amp_desktop.core.excel.preview import ImportPreview, Problem
from amp_desktop.core.excel.programme_match import programme_matcher
from amp_desktop.core.excel.read import (
    address,
    cell_text,
)
from amp_desktop.core.excel.reason_text import mask_contact_and_dates
from amp_desktop.core.excel.recognition import apply_mapping
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids, only_masks
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.results.aggregate import ENROLLED, aggregate, enrolled_months
from amp_desktop.core.results.categories import reason_key, reason_label
from amp_desktop.core.results.figures import Tally
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.result_coverage import covering
from amp_desktop.core.store.results import ResultRow, ResultsChange
from amp_desktop.core.store.resumption import resumed_of_result_rows


def analyse_participants(
    catalogue: Catalogue,
    path: str | Path,
    mapping: dict[str, str] | None = None,
    programme_map: dict[str, str] | None = None,
    reasons: dict[str, str] | None = None,
    *,
    progress: Progress | None = None,
    every_month: bool = False,
) -> ImportPreview:
    """What importing the participant list *path* would do (*path* already checked).

    *reasons* maps exit-reason wordings to category keys (the user's choices: they are
    saved with the import for the next list).  *every_month*: replace every month the
    list reaches, also those it seems to hold only in part (:mod:`.participant_period`;
    a corrected list the user knows to be whole).
    """
    with _collector_paused():
        return _analyse(catalogue, path, mapping, programme_map, reasons, progress, every_month)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a list is read and counted: the list's
    rows are a million objects, none of them garbage in a cycle, and each of the
    collector's full passes over them took longer than reading a column (a quarter of
    the reading and counting at 100,000 rows)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _reasons_to_keep(
    listed: ParticipantList, chosen: dict[str, str], saved: dict[str, str]
) -> tuple[tuple[str, str | None], ...]:
    """What the catalogue keeps of the exit-reason mapping for the next list (key →
    category): the user's choices for wordings this list has, under their keys with
    names masked (a mapping file may spell a wording as the list does) — none for a
    masked wording chosen two ways, nor for one that is only a masked name."""
    kept: dict[str, str | None] = {}
    clashes: set[str] = set()
    for key, value in chosen.items():
        key = listed.reason_keys.get(key, key)
        if kept.get(key, value) != value:
            clashes.add(key)
        kept[key] = value
    return tuple(
        (key, value)
        for key, value in sorted(kept.items())
        if key in listed.wording_keys
        and key not in clashes
        and saved.get(key) != value
        and not only_masks(key)  # (a masked name tells nothing of the next one)
    )


def _analyse(
    catalogue: Catalogue,
    path: str | Path,
    mapping: dict[str, str] | None,
    programme_map: dict[str, str] | None,
    reasons: dict[str, str] | None,
    progress: Progress | None,
    every_month: bool = False,
) -> ImportPreview:
    progress = progress or NO_PROGRESS
    path = path if isinstance(path, Path) else Path(path)  # (a checked path stays checked)
    progress.phase(translate("Results", "Reading the participant list…"))
    sheet, rows, found, other_lists, hidden_notes = find_participant_sheet(path, mapping)
    header_row, columns = found
    if mapping:
        columns = apply_mapping(rows[header_row], columns, mapping)
    columns = with_name_columns(rows[header_row], columns)
    id_problems = identity_columns(rows, sheet, header_row, columns)
    columns = name_columns_by_values(rows, header_row, columns)
    # (one kept for a wording that was only a masked name, by an older AMP, is not
    # used: it would map another person's reason alike)
    saved = {k: v for k, v in catalogue.reason_mapping().items() if not only_masks(k)}
    # (a mapping file spells a wording as the list does: masked as the list's is)
    chosen = {reason_key(mask_contact_and_dates(k)): v for k, v in (reasons or {}).items()}
    progress.phase(translate("Results", "Counting enrolments…"))
    listed = read_participants(
        rows, sheet, header_row, columns, _masked_matcher(catalogue, programme_map),
        {**saved, **chosen},
    )  # fmt: skip
    preview = ImportPreview("participants", sheet, header_row + 1)
    preview.headers = [cell_text(v) for v in rows[header_row]]
    preview.mapping = columns
    preview.names = {p.id: p.name for p in catalogue.programmes() if p.id is not None}
    _describe(preview, listed, path)
    preview.summary.extend(hidden_notes)
    preview.problems[:0] = [*other_lists, *id_problems]
    if "end" not in columns.values():
        preview.problems.insert(
            0,
            Problem(
                address(sheet, header_row, 0),
                translate(
                    "Results",
                    "no column is read as the end date, so no exit can be counted: map the "
                    "column that holds each enrolment's end date to End date.",
                ),
                whole=True,
            ),
        )
    if listed.first_month is None or listed.last_month is None:
        if not preview.blocking:
            preview.problems.append(
                Problem(
                    address(sheet, header_row, 0),
                    translate("Results", "no enrolment could be read."),
                )
            )
        return preview
    first, note = (
        (listed.first_month, None)
        if every_month
        else replaced_months(catalogue, listed.enrolments, listed.first_month, listed.last_month)
    )
    if note is not None:
        preview.problems.append(note)
    if first is None:
        return preview
    last = listed.last_month
    counted = aggregate(listed.enrolments, first, last, until=listed.read_on)
    scope = tuple(sorted(counted.programme_ids()))
    after = tuple(counted.sorted_rows())
    before = tuple(catalogue.results_scope(scope, first, last))
    seam = seam_note(catalogue, scope, first, after, preview.names, last)
    if seam is not None:
        preview.problems.append(seam)
    persons = persons_written(catalogue, counted, scope, (before, after))
    if persons.unit_unknown:
        preview.problems.append(unit_persons_note(persons.unit_unknown))
    if persons.partly:
        preview.problems.append(partly_note(persons.partly))
    new_reasons = _reasons_to_keep(listed, chosen, saved)
    preview.results = ResultsChange(
        scope,
        first,
        last,
        before,
        after,
        persons.years,
        persons.before,
        persons.after,
        tuple((key, saved.get(key)) for key, _ in new_reasons),
        new_reasons,
        # the months the list covered, so a month without enrolments is a zero, not a gap
        coverage_before=tuple(catalogue.results_coverage_scope(scope, first, last)),
        coverage_after=covering(scope, first, last),
        # where its months meet another list's
        seams_before=tuple(catalogue.results_seams_scope(scope, first, last)),
        seams_after=catalogue.results_import_seams(scope, first, last),
    )
    preview.results_summary = _before_after(
        preview, before, after, catalogue.results_seams(first, last)
    )
    return preview


def _masked_matcher(
    catalogue: Catalogue, programme_map: dict[str, str] | None
) -> Callable[[str], int | None]:
    """The catalogue's programme matcher, a programme cell holding an identity number
    also mapped as it is shown to the user (masked, see :func:`_unmatched`)."""
    match = programme_matcher(catalogue.programmes(), programme_map)
    if not programme_map:
        return match

    def masked_too(name: str) -> int | None:
        found = match(name)
        if found is None and (masked := mask_personal_ids(name)) != name:
            found = match(masked)
        return found

    return masked_too


def _unmatched(listed: ParticipantList) -> tuple[Counter[str], dict[str, str]]:
    """The programme names not in the catalogue as they are shown (an identity number
    in the cell masked; names masked alike counted together), and each one's first cell
    (the names are in the order of their first rows)."""
    counts: Counter[str] = Counter()
    cells: dict[str, str] = {}
    for name, n in listed.unmatched_programmes.items():
        shown = mask_personal_ids(name)
        counts[shown] += n
        cells.setdefault(shown, listed.unmatched_cells.get(name, ""))
    return counts, cells


def _describe(preview: ImportPreview, listed: ParticipantList, path: Path) -> None:
    """Put what was read, dropped, derived and left to map into the preview."""
    fields = sorted(set(preview.mapping.values()))
    preview.recognised_by = translate(
        "Results", "Recognised as a participant list by its columns {columns}."
    ).format(
        columns=", ".join(
            one_line(preview.headers[c])
            for c, f in sorted(preview.mapping.items())
            if f in ("programme", "start", "end", "reason")
        )  # fmt: skip
    )
    preview.evidence = fields
    preview.problems.extend(listed.problems)
    preview.skipped_rows.extend(listed.skipped)
    more = listed.problem_rows - len(listed.problems)
    if more > 0:
        text = (
            translate("Results", "1 more row with a problem is left out.")
            if more == 1
            else translate("Results", "{n} more rows with problems are left out.")
        )
        preview.problems.append(Problem("", text.format(n=format_number(more))))
    preview.problems.extend(listed.notes)
    for header in listed.dropped:
        preview.summary.append(
            translate(
                "Results",
                "Column “{header}” holds personal data: it is used only while reading, never stored.",
            ).format(header=one_line(header))
        )
    preview.summary.extend(listed.derived)
    if listed.first_month:
        read = (
            translate("Results", "1 enrolment read, covering {first} … {last}.")
            if len(listed.enrolments) == 1
            else translate("Results", "{n} enrolments read, covering {first} … {last}.")
        )
        preview.summary.insert(
            0,
            read.format(
                n=format_number(len(listed.enrolments)),
                first=listed.first_month,
                last=listed.last_month,
            ),
        )
    unmatched, unmatched_cells = _unmatched(listed)
    preview.unmatched = sorted(unmatched)
    for name, n in sorted(unmatched.items()):
        # As a referral list's: the user maps it (window: the list below; amp import:
        # "programmes" in the mapping file); its rows are never counted elsewhere.
        message = (
            translate(
                "Results",
                "“{name}” (1 enrolment) is not a programme in the catalogue; map it to one.",
            )
            if n == 1
            else translate(
                "Results",
                "“{name}” ({n} enrolments) is not a programme in the catalogue; map it to one.",
            )
        )
        preview.problems.append(
            Problem(unmatched_cells.get(name, ""), message.format(name=name, n=n))
        )
    preview.unmapped_reasons = dict(listed.unmapped_reasons)
    for wording, n in sorted(listed.unmapped_reasons.items()):
        message = (
            translate("Results", "exit reason “{text}” (1 row): choose which category it is.")
            if n == 1
            else translate(
                "Results", "exit reason “{text}” ({n} rows): choose which category it is."
            )
        )
        preview.problems.append(Problem("", message.format(text=wording, n=n)))
    preview.reasons = {w: reason_label(k) for w, k in sorted(listed.reasons.items())}


def _before_after(
    preview: ImportPreview,
    before: tuple[ResultRow, ...],
    after: tuple[ResultRow, ...],
    seams: Mapping[int, Collection[str]] | None = None,
) -> list[dict[str, Any]]:
    """Per programme: participants, starts and exits of the covered months, before → after.

    Those running when a programme's results resume after a gap, or where two of its
    lists meet (*seams*, stored), count as the store counts them
    (:mod:`amp_desktop.core.store.resumption`) — in the rows stored *before* only: the
    rows *after* are one list's counts, which never resume beyond (whoever runs on a
    month's first day ran at the end of the month before, so after a month without
    results none run; ``test_resumption_dec7r`` checks it), and a county's million
    rows need not be looked through for gaps."""

    def tallies(rows: tuple[ResultRow, ...], stored: bool) -> dict[int, Tally]:
        sums: dict[int, dict[str, int]] = {}
        counted = enrolled_months(rows)  # (the list's first month, or later for some)
        for pid, month, _g, _n, _a, measure, value in rows:
            if measure == ENROLLED and month != counted[pid]:
                continue
            counts = sums.get(pid)
            if counts is None:
                counts = sums[pid] = {}
            counts[measure] = counts.get(measure, 0) + value
        resumed = resumed_of_result_rows(rows, seams) if stored else {}
        for (pid, _group), extra in resumed.items():
            sums[pid][ENROLLED] = sums[pid].get(ENROLLED, 0) + extra
        return {pid: Tally(Counter(counts)) for pid, counts in sums.items()}

    old, new = tallies(before, stored=True), tallies(after, stored=False)
    summary = []
    for pid in sorted(set(old) | set(new), key=lambda i: preview.names.get(i, "")):
        o, n = old.get(pid, Tally()), new.get(pid, Tally())
        summary.append(
            {
                "programme": preview.names.get(pid, str(pid)),
                "participants": [o.participants, n.participants],
                "starts": [o.starts, n.starts],
                "exits": [o.exits, n.exits],
            }
        )
    return summary
