"""What kind of sheet a workbook holds, by the evidence of its columns, and why.

Each kind needs more than one matching column: a *catalogue* a column of
programme names (or short codes) and at least one column only a programme
catalogue has (places, budget, referral sources, target group, …); a *referral
list* a programme column and a referral date, gender, need level or identity
column, or a date and a source; AMP's own *export* its hidden base sheet (and,
to match programmes by AMP's id, this catalogue's identity).  The evidence is
kept as the header texts, so the preview can say what AMP recognised it by.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.excel import vocabulary as vocab
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.read import HEADER_SEARCH_ROWS, cell_text, find_header
from amp_desktop.core.formatting import quoted
from amp_desktop.core.i18n import translate

#: Programme fields only a catalogue of programmes has; a name column and a few
#: generic ones (type, status, description, notes) are not enough on their own.
CATALOGUE_FIELDS = frozenset(
    {
        "places",
        "budgeted_places",
        "annual_budget_sek",
        "referral_sources",
        "target_group",
        "skr_category",
        "average_stay_weeks",
        "age_min",
        "age_max",
        "funding",
    }
)
#: Referral-list columns that, beside a programme column, make a list of referrals.
REFERRAL_FIELDS = frozenset({"date", "gender", "need_level", "personal_id", "birth_date"})
HEADER_ROWS = HEADER_SEARCH_ROWS  # (a header below a long title block: see read.find_header)


@dataclass(frozen=True)
class Evidence:
    """Why a sheet is of a kind: its header row (0-based) and the header texts."""

    kind: str
    sheet: str
    header_row: int
    columns: tuple[str, ...]


def _titles(row: list[Any], mapping: dict[int, str], fields: frozenset[str] | None) -> list[str]:
    return [
        cell_text(row[c]).strip()
        for c, f in sorted(mapping.items())
        if (fields is None or f in fields) and c < len(row)
    ]


def catalogue_evidence(rows: list[list[Any]], sheet: str = "") -> Evidence | None:
    """The evidence that *rows* are a programme catalogue, or None (a header on two
    rows, see :mod:`~amp_desktop.core.excel.header_rows`, read as one)."""
    from amp_desktop.core.excel.header_rows import with_one_header_row

    rows = with_one_header_row(rows[:HEADER_ROWS])
    found = find_header(rows, vocab.PROGRAMME_SYNONYMS, minimum=2)
    if found is None:
        return None
    header_row, mapping = found
    fields = set(mapping.values())
    if not fields & {"name", "code"} or not fields & CATALOGUE_FIELDS:
        return None
    used = frozenset(fields - {"id"})
    return Evidence("catalogue", sheet, header_row, tuple(_titles(rows[header_row], mapping, used)))


#: The columns only a programme catalogue has, whatever else a list of persons has
#: (a participant's own target group, "Målgrupp: Unga", is a case system's column).
PROGRAMME_ONLY_FIELDS = frozenset({"places", "budgeted_places", "annual_budget_sek"})


def has_catalogue_columns(
    rows: list[list[Any]], fields: frozenset[str] = CATALOGUE_FIELDS - {"referral_sources"}
) -> bool:
    """Whether the header of *rows* has a column only a programme catalogue has
    (places, a budget, a target group, …: a list of referrals has none; *fields*:
    those asked for), so the sheet is a catalogue whatever dates and programmes it
    also has."""
    programme = find_header(rows[:HEADER_ROWS], vocab.PROGRAMME_SYNONYMS, minimum=2)
    return programme is not None and bool(set(programme[1].values()) & fields)


def referral_evidence(rows: list[list[Any]], sheet: str = "") -> Evidence | None:
    """The evidence that *rows* are a referral list, or None (a sheet with
    places or a budget is a catalogue, whatever else it has)."""
    found = find_header(rows[:HEADER_ROWS], vocab.OTHER_SYNONYMS, minimum=2)
    if found is None:
        return None
    header_row, mapping = found
    fields = set(mapping.values())
    listed = ("programme" in fields and fields & REFERRAL_FIELDS) or {"date", "source"} <= fields
    if not listed:
        return None
    if has_catalogue_columns(rows):
        return None
    used = frozenset({"programme", "source", *REFERRAL_FIELDS} & fields)
    return Evidence("referrals", sheet, header_row, tuple(_titles(rows[header_row], mapping, used)))


def recognised_text(evidence: Evidence, chosen: bool = False) -> str:
    """One sentence for the preview: what AMP read the sheet as, and by what."""
    columns = ", ".join(evidence.columns)
    if chosen:
        return translate(
            "Excel", "Read as {kind} because you chose it; the columns AMP knows: {columns}."
        ).format(kind=kind_name(evidence.kind), columns=columns or "–")
    if evidence.kind == "referrals":
        return translate("Excel", "Recognised as a referral list by its columns {columns}.").format(
            columns=columns
        )
    return translate(
        "Excel", "Recognised as a programme catalogue by its columns {columns}."
    ).format(columns=columns)


def export_text(trusted: bool) -> str:
    """The sentence for AMP's own export, of this catalogue or of another."""
    if trusted:
        return translate(
            "Excel",
            "Recognised as AMP's own export of this catalogue by its hidden sheet {sheet} "
            "and the catalogue's identity; programmes are matched by AMP's id.",
        ).format(sheet=vocab.BASE_SHEET)
    return translate(
        "Excel",
        "Recognised as an AMP export by its hidden sheet {sheet}, but not of this "
        "catalogue: programmes are matched by name or short code, never by id.",
    ).format(sheet=vocab.BASE_SHEET)


def kind_name(kind: str) -> str:
    return {
        "export": translate("Excel", "an AMP export"),
        "catalogue": translate("Excel", "a programme catalogue"),
        "referrals": translate("Excel", "a referral list"),
    }.get(kind, kind)


def apply_mapping(
    header: list[object], columns: dict[int, str], mapping: dict[str, str]
) -> dict[int, str]:
    """*columns* corrected by *mapping* (header text or column letter → field, "" = ignore)."""
    from openpyxl.utils import column_index_from_string

    out = dict(columns)
    for key, field in mapping.items():
        col = None
        for index, value in enumerate(header):
            if vocab.normalise(cell_text(value)) == vocab.normalise(key):
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


def note_unread_columns(
    preview: ImportPreview,
    header: list[object],
    columns: dict[int, str],
    synonyms: dict[str, str] | None = None,
) -> None:
    """Say in *preview* which titled columns of *header* were not read, *columns*
    being those read (a renamed header AMP does not know would otherwise drop its
    edits without a word); a second column for a field already read ("Budget 2025",
    "Budget 2026") is named with the column that was read instead (*synonyms*: the
    titles' table, a programme sheet's by default)."""
    ignored = {c.header for c in preview.ignored_columns}
    read_at = {field: col for col, field in sorted(columns.items(), reverse=True)}
    unread: list[str] = []
    repeated: list[str] = []
    for col, value in enumerate(header):
        title = vocab.one_line(cell_text(value))  # (a title on two lines: one line)
        if col in columns or not title or cell_text(value) in ignored:
            continue
        field = vocab.match_header(value, synonyms or vocab.PROGRAMME_SYNONYMS)
        if field is not None and field in read_at and field != "id":
            repeated.append(
                translate("Excel", "{title} ({field} was read from column {column})").format(
                    title=quoted(title),
                    field=vocab.field_label(field),
                    column=get_column_letter(read_at[field] + 1),
                )
            )
        else:
            unread.append(quoted(title))
    if unread:
        preview.summary.append(
            translate(
                "Excel",
                "Columns not read (AMP does not know their titles; choose an AMP field "
                "for them): {columns}.",
            ).format(columns=", ".join(unread))
        )
    if repeated:
        preview.summary.append(
            translate(
                "Excel",
                "Columns not read (an earlier column gives the same field; choose the "
                "one to read in the mapping): {columns}.",
            ).format(columns="; ".join(repeated))
        )
