"""One door for imports: tell the kind of workbook apart and analyse it.

``analyse(catalogue, path)`` returns an :class:`ImportPreview` (nothing is
written); ``preview.changeset(...)`` then gives the one change to apply with
``Catalogue.apply``.  Kinds: ``export`` (our own workbook, with its hidden base
sheet), ``catalogue`` (someone's programme sheet) and ``referrals`` (a case
system's list, one row per referral).
"""

from __future__ import annotations

from pathlib import Path

from amp_desktop.core.excel import columns as cols
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.read import Sheet, find_header, read_fast, read_sheets
from amp_desktop.core.excel.safety import ExcelFileError, check_workbook_file
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import Catalogue

KINDS = ("export", "catalogue", "referrals")


def _referral_header(rows: list[list[object]]) -> bool:
    found = find_header(rows, cols.OTHER_SYNONYMS)
    if found is None:
        return False
    fields = set(found[1].values())
    programme_fields = find_header(rows, cols.PROGRAMME_SYNONYMS)
    places = programme_fields is not None and "places" in programme_fields[1].values()
    return "date" in fields and ("programme" in fields or "source" in fields) and not places


def detect_kind(path: str | Path) -> str:
    """``export``, ``catalogue`` or ``referrals``, from sheets and columns."""
    return _detect(Path(path))[0]


def _detect(path: Path, checked: bool = False) -> tuple[str, list[list[object]] | None]:
    """The kind, and for a referral list its rows (read once, they are many)."""
    from amp_desktop.core.excel.read import calamine_rows

    names, workbook = read_fast(path, checked=checked)
    try:
        if cols.BASE_SHEET in names:
            return "export", None
        for name in names:
            rows = calamine_rows(workbook, name, path)
            if _referral_header(rows[:40]):
                return "referrals", rows
            if find_header(rows[:40], cols.PROGRAMME_SYNONYMS) is not None:
                return "catalogue", None
    finally:
        workbook.close()
    raise ExcelFileError(
        translate(
            "Excel",
            "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources, or Date and Programme).",
        ).format(name=path.name)
    )


def analyse(
    catalogue: Catalogue,
    path: str | Path,
    kind: str | None = None,
    mapping: dict[str, str] | None = None,
    programme_map: dict[str, str] | None = None,
) -> ImportPreview:
    """What importing *path* would do.  *mapping* maps header text or column letter
    to a field (overriding what AMP recognised); *programme_map* maps programme
    names in a referral list to a catalogue programme's name or code."""
    path = check_workbook_file(path)  # once: every reader below trusts it
    rows = None
    if kind is None:
        kind, rows = _detect(path, checked=True)
    if kind == "referrals":
        from amp_desktop.core.excel.referrals import analyse_referrals

        return analyse_referrals(
            catalogue, path, mapping=mapping, programme_map=programme_map, rows=rows
        )
    sheets = read_sheets(path, checked=True)
    by_key = {cols.sheet_key(s.name): s for s in sheets}
    base = next((s for s in sheets if s.name == cols.BASE_SHEET), None)
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
        ]
    )
    synonyms = dict(cols.PROGRAMME_SYNONYMS)
    for sheet in candidates:
        found = find_header(sheet.rows, synonyms, minimum=1 if mapping else 2)
        if found is None:
            continue
        header_row, columns = found
        if mapping:
            columns = apply_mapping(sheet.rows[header_row], columns, mapping)
        preview = _programmes(
            catalogue, sheet, header_row, columns, kind, base, by_key.get("demand")
        )
        _note_unread_columns(preview, sheet.rows[header_row], columns)
        return preview
    raise ExcelFileError(
        translate(
            "Excel",
            "{name}: no sheet has a header row AMP recognises (such as Name, Places, Referral sources).",
        ).format(name=Path(path).name)
    )


def _note_unread_columns(
    preview: ImportPreview, header: list[object], columns: dict[int, str]
) -> None:
    """Say which titled columns were not read (a renamed header AMP does not know
    would otherwise drop its edits without a word)."""
    from amp_desktop.core.excel.read import cell_text

    unread = [
        cell_text(value).strip()
        for col, value in enumerate(header)
        if col not in columns and cell_text(value).strip()
    ]
    if unread:
        preview.summary.append(
            translate(
                "Excel",
                "Columns not read (AMP does not know their titles; choose an AMP field "
                "for them): {columns}.",
            ).format(columns=", ".join(f"“{title}”" for title in unread))
        )


def _programmes(
    catalogue: Catalogue,
    sheet: Sheet,
    header_row: int,
    columns: dict[int, str],
    kind: str,
    base: Sheet | None,
    demand: Sheet | None,
) -> ImportPreview:
    from amp_desktop.core.excel.programmes import analyse_programmes

    return analyse_programmes(
        catalogue,
        sheet,
        header_row,
        columns,
        kind=kind,
        base_sheet=base if kind == "export" else None,
        demand_sheet=demand if kind == "export" else None,
    )


def apply_mapping(
    header: list[object], columns: dict[int, str], mapping: dict[str, str]
) -> dict[int, str]:
    """*columns* corrected by *mapping* (header text or column letter → field, "" = ignore)."""
    from openpyxl.utils import column_index_from_string

    from amp_desktop.core.excel.read import cell_text

    out = dict(columns)
    for key, field in mapping.items():
        col = None
        for index, value in enumerate(header):
            if cols.normalise(cell_text(value)) == cols.normalise(key):
                col = index
                break
        if col is None and key.isalpha() and key.isupper() and len(key) <= 3:
            col = column_index_from_string(key) - 1
        if col is None:
            continue
        for other, existing in list(out.items()):
            if existing == field and other != col:
                del out[other]
        if field:
            out[col] = field
        else:
            out.pop(col, None)
    return out
