"""Which sheet of a workbook is the participant list, and where its header is.

:func:`participant_evidence` tells a participant list from the other kinds (it names a
programme, a start date and an end date or exit reason); :func:`find_participant_sheet`
picks the one sheet to read and says what it leaves (another list, a hidden copy).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from operator import itemgetter
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from amp_desktop.core.excel.header_rows import header_search_hint
from amp_desktop.core.excel.participant_columns import header_cell
from amp_desktop.core.excel.participant_free_text import import_file_name, mask_name_runs
from amp_desktop.core.excel.participants import SYNONYMS
from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import (
    HEADER_SCAN_ROWS,
    HEADER_SEARCH_ROWS,
    address,
    calamine_rows,
    find_header,
    has_rows,
    read_fast,
    title_block_only,
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
    if found is None and len(rows) > HEADER_SCAN_ROWS and title_block_only(head):
        below = rows[HEADER_SCAN_ROWS:HEADER_SEARCH_ROWS]
        found = find_header([*head, *(list(map(header_cell, row)) for row in below)], SYNONYMS, 3)
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
        merged = fill_merged_down(path, best[0], best[1], best[2])
        return (shown, best[1], best[2], others, [*notes, *rows_note, *merged])
    if fallback is not None:
        shown, rows_note = _shown_name(path, fallback[0], fallback[2][0])
        merged = fill_merged_down(path, fallback[0], fallback[1], fallback[2])
        return (shown, fallback[1], fallback[2], [], [*rows_note, *merged])
    raise ExcelFileError(
        translate(
            "Results",
            "{name}: no sheet has a header row with a programme, a start date and an end "
            "date or exit reason.",
        ).format(name=import_file_name("participants", path.name))
        + " "
        + header_search_hint()
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


#: A merged range in a sheet's XML (``<mergeCell ref="B2:B3"/>``, any prefix).
_MERGE_CELL = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\""
)
#: The columns a merged cell is filled down in: a hand-made list merges a person's
#: identity number and name (and the programme) over the rows of their enrolments;
#: a sheet's merged cells are looked for when a row has the identity or programme
#: empty (a name merged alone loses nothing: a name is read for masking only).
_MERGED_FIELDS = frozenset({"personal_id", "person_name", "programme"})
_LOOKED_AT = ("personal_id", "programme")
#: The rows whose identity cells are looked at (each is a distinct string: 100,000
#: cost 17 ms); a programme column (a few strings, repeated) is looked at whole.
_IDENTITY_ROWS = 20_000
_EMPTY = frozenset({None, ""})


def fill_merged_down(
    path: Path, sheet: str, rows: list[list[Any]], found: tuple[int, dict[int, str]]
) -> list[str]:
    """Give each row of an identity, name or programme cell merged over several rows
    below the header the merged cell's value (Excel keeps it in the first row only:
    the second enrolment of a person whose name is merged over two rows had no one's
    identity, and a row continuing the one above lost its end date and exit reason
    unseen, read as an empty row; it is now a problem at its own cell), and the note
    that says so.  A date merged over rows is left in its first row: two rows with
    one start are one enrolment written on two rows, which AMP does not guess at.

    The sheet's XML is read for its merged cells only when a row has an empty
    identity cell (in its first 20,000 rows) or programme cell: an ordinary list has
    none, and 100,000 rows are looked at in about 6 ms (CPU)."""
    header_row, mapping = found
    body = rows[header_row + 1 :]
    columns = [c for c, f in mapping.items() if f in _MERGED_FIELDS]
    looked_at = [
        (c, body[:_IDENTITY_ROWS] if f == "personal_id" else body)
        for c, f in mapping.items()
        if f in _LOOKED_AT
    ]
    if not body or not any(_has_empty(cells, c) for c, cells in looked_at):
        return []
    filled = []
    # (a row of a merged range with nothing else in it, a spacer or below the list, is
    # left empty: filled, it would be a problem for its empty start)
    others = [c for c, f in mapping.items() if f not in _MERGED_FIELDS]
    for top, col, bottom in _merged_ranges(path, sheet):
        if top <= header_row or bottom >= len(rows) or col not in columns:
            continue  # (a start or end merged over rows: one date, the rows' problem)
        if col >= len(rows[top]):
            continue
        value = rows[top][col]
        for r in range(top + 1, bottom + 1):
            row = rows[r]
            if all(c >= len(row) or row[c] in _EMPTY for c in others):
                continue
            if len(row) <= col:
                row.extend([None] * (col + 1 - len(row)))
            if row[col] is None or row[col] == "":
                row[col] = value
        filled.append(
            f"{get_column_letter(col + 1)}{top + 1}:{get_column_letter(col + 1)}{bottom + 1}"
        )
    if not filled:
        return []
    shown = ", ".join(filled[:10]) + (", …" if len(filled) > 10 else "")
    return [
        translate(
            "Results",
            "Cells merged over several rows were read as holding their value in each of "
            "those rows ({cells}): check that each row is one enrolment.",
        ).format(cells=shown)
    ]


def _has_empty(body: list[list[Any]], col: int) -> bool:
    """Whether a row of *body* has column *col* empty (looked at in C)."""
    try:
        return not _EMPTY.isdisjoint(map(itemgetter(col), body))
    except IndexError:
        return True  # a shorter row: its cells at the end are empty


def _merged_ranges(path: Path, sheet: str) -> list[tuple[int, int, int]]:
    """The ranges merged over two rows or more in *sheet*, as ``(first row, column,
    last row)`` 0-based (the first column of a range holds its value), in order."""
    part = getattr(path, "sheets", {}).get(sheet)
    if part is None:
        return []
    try:
        with zipfile.ZipFile(path) as package:
            data = package.read(part.part)
    except (OSError, KeyError, zipfile.BadZipFile, zlib.error):
        return []  # (the readers have read it: what they read stands)
    ranges = []
    for first_col, first_row, _last_col, last_row in _MERGE_CELL.findall(data):
        top, bottom = int(first_row) - 1, int(last_row) - 1
        if bottom > top:
            ranges.append((top, column_index_from_string(first_col.decode()) - 1, bottom))
    return sorted(ranges)
