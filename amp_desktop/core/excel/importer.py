"""One door for imports: tell the kind of workbook apart and analyse it.

``analyse(catalogue, path)`` returns an :class:`ImportPreview` (nothing is
written); ``preview.changeset(...)`` then gives the one change to apply with
``Catalogue.apply``.  Kinds: ``export`` (our own workbook, with its hidden base
sheet), ``catalogue`` (someone's programme sheet) and ``referrals`` (a case
system's list, one row per referral); how each is recognised is in
:mod:`~amp_desktop.core.excel.recognition`, and the preview says by what.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.header_rows import header_search_hint, join_header_rows
from amp_desktop.core.excel.participant_sheet import participant_evidence
from amp_desktop.core.excel.participants_import import analyse_participants
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.programmes import analyse_programmes
from amp_desktop.core.excel.read import (
    Sheet,
    cell_text,
    find_header,
    read_fast,
    read_sheets,
)
from amp_desktop.core.excel.readers import hidden_rows_note
from amp_desktop.core.excel.recognition import (
    PROGRAMME_ONLY_FIELDS,
    Evidence,
    apply_mapping,
    catalogue_evidence,
    export_text,
    has_catalogue_columns,
    note_unread_columns,
    recognised_text,
    referral_evidence,
)
from amp_desktop.core.excel.referrals import analyse_referrals
from amp_desktop.core.excel.safety import (
    EXPORT_MAX_CELLS,
    ExcelFileError,
    check_workbook_file,
    is_hidden,
    read_hidden_note,
)
from amp_desktop.core.excel.threeway import read_about
from amp_desktop.core.i18n import translate
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue

KINDS = ("export", "catalogue", "referrals", "participants")
__all__ = ["KINDS", "analyse", "apply_mapping", "detect_kind"]


@dataclass
class _Detected:
    kind: str
    sheet: str = ""  # for a referral list: its sheet and rows (read once, they are many)
    rows: Any = None  # a RowStream (readers): the first rows read, the rest as they come


def detect_kind(path: str | Path) -> str:
    """``export``, ``catalogue``, ``referrals`` or ``participants``, from sheets and columns."""
    return _detect(Path(path)).kind


def _detect(path: Path, checked: bool = False) -> _Detected:
    names, workbook = read_fast(path, checked=checked)
    try:
        if cols.BASE_SHEET in names:
            return _Detected("export")
        for name in workbook.visible_first():
            stream = workbook.stream(name)  # the first rows now, the rest as counted
            rows = stream.head
            # A participant list names a start and how it ended; its start date
            # would also pass for a referral list's date, so it is asked first.
            # (A catalogue with its programmes' start and end dates has places or
            # a budget too: it is no participant list; a participant's target group
            # is a case system's column, not a catalogue's.)
            if participant_evidence(rows) is not None and not has_catalogue_columns(
                rows, PROGRAMME_ONLY_FIELDS
            ):
                return _Detected("participants", name, rows)
            if referral_evidence(rows, name) is not None:
                return _Detected("referrals", name, stream)
            if catalogue_evidence(rows, name) is not None:
                return _Detected("catalogue")
    finally:
        workbook.close()
    raise ExcelFileError(
        translate(
            "Excel",
            "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources, or Date and Programme).",
        ).format(name=path.name)
        + " "
        + header_search_hint()
    )


def analyse(
    catalogue: Catalogue,
    path: str | Path,
    kind: str | None = None,
    mapping: dict[str, str] | None = None,
    programme_map: dict[str, str] | None = None,
    reasons: dict[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    every_month: bool = False,
) -> ImportPreview:
    """What importing *path* would do.  *mapping* maps header text or column letter
    to a field (overriding what AMP recognised); *programme_map* maps programme
    names in a referral or participant list to a catalogue programme's name or code;
    *reasons* maps a participant list's exit-reason wordings to category keys;
    *progress* hears how far the reading is and stops it when cancelled;
    *every_month*: a participant list replaces every month it reaches (see
    :func:`~amp_desktop.core.excel.participants_import.analyse_participants`)."""
    path = check_workbook_file(path)  # once: every reader below trusts it
    chosen = kind is not None
    detected = _detect(path, checked=True) if kind is None else _Detected(kind)
    if detected.kind == "participants":
        preview = analyse_participants(
            catalogue,
            path,
            mapping,
            programme_map,
            reasons,
            progress=progress,
            every_month=every_month,
        )
    elif detected.kind == "referrals":
        preview = analyse_referrals(
            catalogue,
            path,
            mapping=mapping,
            programme_map=programme_map,
            rows=detected.rows,
            sheet=detected.sheet or None,
            chosen=chosen,
            progress=progress,
        )
    else:
        preview = _analyse_programmes(catalogue, path, detected.kind, mapping, chosen, progress)
    hidden = hidden_rows_note(path, preview.sheet, preview.header_row)
    if hidden is not None:  # (every kind: rows a filter or a group hides are read too)
        preview.summary.append(hidden)
    return preview


def _analyse_programmes(
    catalogue: Catalogue,
    path: Path,
    kind: str,
    mapping: dict[str, str] | None,
    chosen: bool,
    progress: Progress = NO_PROGRESS,
) -> ImportPreview:
    sheets = read_sheets(path, checked=True)
    by_key = {cols.sheet_key(s.name): s for s in sheets}
    base = next((s for s in sheets if s.name == cols.BASE_SHEET), None)
    # AMP's id is AMP's: only its own export of this very catalogue matches by id.
    about = read_about(base) if base is not None else {}
    trusted = (
        kind == "export"
        and base is not None
        and about.get("catalogue_id") == (catalogue.catalogue_id)
    )
    if trusted and base is not None:
        # Its shape is AMP's and its Demand and base sheets are compared as they
        # stream past: a county's Demand sheet (24.8 million cells) is read back.
        for sheet in (base, by_key.get("demand")):
            if sheet is not None and sheet.streams:
                sheet.limit = EXPORT_MAX_CELLS
    candidates = (
        [by_key["programmes"]]
        if kind == "export" and "programmes" in by_key
        # In AMP's own workbook the Demand, Lists and About sheets are never programmes
        # (read as such when the Programmes sheet was deleted, Demand gave a problem
        # per row); another workbook's sheet may well be called "Anvisningar".
        else [
            s
            for s in sheets
            if s.name != cols.BASE_SHEET
            and (base is None or cols.sheet_key(s.name) in (None, "programmes"))
            and (base is None or not _mandate_sheet(s.name))
        ]
    )
    # The sheets the user sees first: a hidden one may be an old copy or a template.
    candidates.sort(key=lambda sheet: is_hidden(path, sheet.name))
    for sheet in candidates:
        if base is None:  # (AMP's own export has one header row)
            join_header_rows(sheet)
        evidence = _evidence(sheet, kind, bool(mapping) or chosen)
        if evidence is None:
            continue
        header_row = evidence.header_row
        found = find_header(sheet.rows[header_row : header_row + 1], cols.PROGRAMME_SYNONYMS, 1)
        columns = found[1] if found is not None else {}
        if mapping:
            columns = apply_mapping(sheet.rows[header_row], columns, mapping)
        preview = analyse_programmes(
            catalogue,
            sheet,
            header_row,
            columns,
            kind=kind,
            base_sheet=base if kind == "export" else None,
            demand_sheet=by_key.get("demand") if kind == "export" else None,
            trust_ids=trusted,
            progress=progress,
        )
        if kind != "export" and is_hidden(path, sheet.name):
            preview.summary.append(read_hidden_note(sheet.name))
        chosen_by_user = chosen or not evidence.columns
        if not evidence.columns:  # chosen or mapped: the columns it was read by
            titles = tuple(
                cell_text(sheet.rows[header_row][c]).strip()
                for c in sorted(preview.mapping)
                if c < len(sheet.rows[header_row]) and preview.mapping[c] != "id"
            )
            evidence = Evidence(evidence.kind, evidence.sheet, header_row, titles)
        preview.evidence = [cols.BASE_SHEET] if kind == "export" else list(evidence.columns)
        preview.recognised_by = (
            export_text(trusted)
            if kind == "export" and base is not None
            else recognised_text(evidence, chosen=chosen_by_user)
        )
        note_unread_columns(preview, sheet.rows[header_row], preview.mapping)
        if kind == "export":
            from amp_desktop.core.excel import mandate_sheets

            mandate_sheets.read_sheets(catalogue, sheets, preview, trusted, about)
        return preview
    raise ExcelFileError(
        translate(
            "Excel",
            "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources).",
        ).format(name=Path(path).name)
        + " "
        + header_search_hint()
    )


def _mandate_sheet(name: str) -> bool:
    """AMP's own Agreements and Mandates sheets are never programmes (#14)."""
    from amp_desktop.core.excel.mandate_sheets import is_mandate_sheet

    return is_mandate_sheet(name)


def _evidence(sheet: Sheet, kind: str, lenient: bool) -> Evidence | None:
    """Why *sheet* is a programme sheet: its columns (AMP's export and a kind or
    mapping the user chose need only a header AMP knows)."""
    evidence = catalogue_evidence(sheet.rows, sheet.name)
    if evidence is not None:
        return evidence
    if kind != "export" and not lenient:
        return None
    found = find_header(sheet.rows, cols.PROGRAMME_SYNONYMS, minimum=1 if lenient else 2)
    if found is None:
        return None
    titles = tuple(cell_text(sheet.rows[found[0]][c]) for c in sorted(found[1]))
    return Evidence("catalogue", sheet.name, found[0], titles if kind == "export" else ())
