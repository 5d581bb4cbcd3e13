"""Which sheet of a workbook is the participant list, and where its header is.

:func:`participant_evidence` tells a participant list from the other kinds (it names a
programme, a start date and an end date or exit reason); :func:`find_participant_sheet`
picks the one sheet to read and says what it leaves (another list, a hidden copy).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from amp_desktop.core.excel.participant_columns import header_cell
from amp_desktop.core.excel.participant_free_text import import_file_name, mask_name_runs
from amp_desktop.core.excel.participants import SYNONYMS
from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import (
    HEADER_SCAN_ROWS,
    address,
    calamine_rows,
    find_header,
    has_rows,
    read_fast,
)
from amp_desktop.core.excel.readers import hidden_rows_note
from amp_desktop.core.excel.safety import ExcelFileError, read_hidden_note
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids

#: The columns that make a sheet a participant list: a programme, a start and how it ended.
REQUIRED = ("programme", "start")
ONE_OF = ("end", "reason")


def participant_evidence(rows: list[list[Any]]) -> tuple[int, dict[int, str]] | None:
    """The header row and mapping of a participant list, or None if *rows* are not one."""
    head = [list(map(header_cell, row)) for row in rows[:HEADER_SCAN_ROWS]]
    found = find_header(head, SYNONYMS, minimum=3)
    if found is None:
        return None
    fields = set(found[1].values())
    if all(f in fields for f in REQUIRED) and any(f in fields for f in ONE_OF):
        return found
    return None


def find_participant_sheet(
    path: Path, mapping: dict[str, str] | None
) -> tuple[str, list[list[Any]], tuple[int, dict[int, str]], list[Problem], list[str]]:
    """The sheet that is the participant list, its rows and header, a problem for each
    other sheet that is one too (AMP reads one sheet and never adds sheets up), and a
    note for each sheet hidden in Excel that is one too (or that is the one read).

    A sheet the user sees wins over a hidden one (an old copy, a template); then the
    sheet whose header names the most fields, then the one with the most rows: a
    report's parameter sheet in front ("Insats, Från, Till") is not the list.
    """
    names, workbook = read_fast(path, checked=True)
    hidden = workbook.hidden_sheets
    best: tuple[str, list[list[Any]], tuple[int, dict[int, str]]] | None = None
    lists: list[tuple[str, int, frozenset[str]]] = []
    fallback = None

    def rank(name: str, rows: list[list[Any]], found: tuple[int, dict[int, str]]) -> Any:
        return (has_rows(rows, found[0]), name not in hidden, len(found[1]), len(rows) - found[0])

    try:
        for name in names:
            rows = calamine_rows(workbook, name, path)
            found = participant_evidence(rows)
            if found is None:
                if mapping and fallback is None:
                    header = find_header(rows, SYNONYMS, minimum=1)
                    fallback = (name, rows, header) if header is not None else None
                continue
            if has_rows(rows, found[0]):  # (an empty template with the header is no list)
                lists.append((name, found[0], frozenset(found[1].values())))
            if best is None or rank(name, rows, found) > rank(*best):
                best = (name, rows, found)
    finally:
        workbook.close()
    if best is not None:
        fields = frozenset(best[2][1].values())
        others = [
            Problem(
                address(shown_sheet_name(name), header_row, 0),
                translate(
                    "Results",
                    "this sheet is a participant list too, but AMP reads one sheet (“{sheet}”): "
                    "put every enrolment in one sheet, or delete the sheets not to be read.",
                ).format(sheet=shown_sheet_name(best[0])),
                whole=True,
            )
            for name, header_row, their_fields in lists
            if name != best[0]
            and their_fields == fields
            and (name not in hidden or best[0] in hidden)  # a list split over hidden sheets
        ]
        notes = [
            translate(
                "Results",
                "Sheet “{sheet}” is hidden in the workbook and is a participant list too; "
                "it was not read.",
            ).format(sheet=shown_sheet_name(name))
            for name, _row, their_fields in lists
            if name != best[0]
            and name in hidden
            and not (best[0] in hidden and their_fields == fields)
        ]
        if best[0] in hidden:
            notes.insert(0, read_hidden_note(shown_sheet_name(best[0])))
        shown, rows_note = _shown_name(path, best[0], best[2][0])
        return (shown, best[1], best[2], others, [*notes, *rows_note])
    if fallback is not None:
        shown, rows_note = _shown_name(path, fallback[0], fallback[2][0])
        return (shown, fallback[1], fallback[2], [], rows_note)
    raise ExcelFileError(
        translate(
            "Results",
            "{name}: no sheet has a header row with a programme, a start date and an end "
            "date or exit reason.",
        ).format(name=import_file_name("participants", path.name))
    )


def shown_sheet_name(sheet: str) -> str:
    """A participant list's sheet name as the import shows it: an identity number or a
    person's name in it masked (some units name a person's sheet so)."""
    return mask_name_runs(mask_personal_ids(sheet))


def _shown_name(path: Path, sheet: str, header_row: int) -> tuple[str, list[str]]:
    """The name of the sheet read as the import shows it (:func:`shown_sheet_name`)
    and, when masked, the note on its rows hidden in Excel, which the import cannot
    look up under the masked name."""
    shown = shown_sheet_name(sheet)
    if shown == sheet:
        return sheet, []
    note = hidden_rows_note(path, sheet, header_row + 1)
    return shown, [] if note is None else [note]
