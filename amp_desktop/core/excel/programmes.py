"""Importing programmes: our own export (three-way, by hidden id) and other people's sheets.

Our export is compared three ways with its hidden base sheet
(:mod:`~amp_desktop.core.excel.threeway`); other people's sheets have no base:
the workbook is compared with AMP (B = C), matching programmes by short code,
then by name, never by an id column; totals rows are skipped
(:mod:`~amp_desktop.core.excel.totals`); each row is read by
:mod:`~amp_desktop.core.excel.programme_rows`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.import_rules import keep_names_and_codes_unique, keep_what_breaks_rules
from amp_desktop.core.excel.preview import ImportPreview, Problem, SkippedRow
from amp_desktop.core.excel.programme_columns import ignore_id_column, refuse_personal_ids
from amp_desktop.core.excel.programme_match import loose_key
from amp_desktop.core.excel.programme_rows import (
    RowReader,
    name_only,
    note_kept_empty,
    note_scaled_columns,
    repeats_header,
    unnamed_row_reason,
)
from amp_desktop.core.excel.read import Sheet, address, cell_text
from amp_desktop.core.excel.threeway import Base, compare, read_base
from amp_desktop.core.excel.totals import TotalsFinder
from amp_desktop.core.formatting import quoted
from amp_desktop.core.i18n import translate
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.changes import field_text

__all__ = ["Base", "analyse_programmes", "read_base"]


def _fields_of(mapping: dict[int, str]) -> list[str]:
    return [field for field in mapping.values() if field not in ("id", "name")]


def analyse_programmes(
    catalogue: Catalogue,
    sheet: Sheet,
    header_row: int,
    mapping: dict[int, str],
    *,
    kind: str,
    base_sheet: Sheet | None = None,
    demand_sheet: Sheet | None = None,
    trust_ids: bool = False,
    progress: Progress = NO_PROGRESS,
) -> ImportPreview:
    """Compare the programmes of *sheet* (header at 0-based *header_row*) with AMP.

    Only with *trust_ids* (AMP's own export of this catalogue) are rows matched
    by an id column; any other sheet's id column is ignored, and said so.
    """
    preview = ImportPreview(kind, sheet.name, header_row + 1)
    preview.headers = [
        cell_text(v) for v in (sheet.rows[header_row] if header_row < len(sheet.rows) else [])
    ]
    preview.mapping = dict(mapping)
    if refuse_personal_ids(preview, sheet, header_row):
        return preview
    if not trust_ids:
        ignore_id_column(preview, sheet, header_row)
        mapping = preview.mapping
    # The exported demand is read by analyse_demand, a programme at a time, from a
    # base sheet that streams (a county's is 24 million cells).
    streamed = base_sheet is not None and demand_sheet is not None and base_sheet.streams
    about, base = read_base(base_sheet, demand=not streamed)
    if base_sheet is not None and not trust_ids:
        preview.summary.append(
            translate(
                "Excel",
                "The workbook was exported from another catalogue; programmes are matched by name.",
            )
        )
        base = {}
    current = {p.id: p for p in catalogue.programmes()}
    preview.names = {pid: p.name for pid, p in current.items()}  # type: ignore[misc]
    codes = {s.code for s in catalogue.sources()}
    by_code = {rules.text_key(p.code): p for p in current.values() if p.code}
    by_name = {rules.text_key(p.name): p for p in current.values()}
    by_loose = _loosely(current.values())
    reader = RowReader(preview, sheet, kind != "export", codes)
    id_col = next((c for c, f in mapping.items() if f == "id"), None)
    if "name" not in mapping.values() and id_col is None:
        preview.problems.append(
            Problem(
                address(sheet.name, header_row, 0),
                translate("Excel", "no column holds the programmes' names."),
            )
        )
        return preview
    next_id = catalogue.next_programme_id()
    seen: set[int] = set()
    names_seen: dict[str, str] = {}
    where_of: dict[int, dict[str, str]] = {}  # programme id → its row's cells
    new_names: dict[str, int] = {}
    totals = TotalsFinder(mapping, set(by_name))
    totals_skipped: list[SkippedRow] = []
    name_col = next((c for c, f in mapping.items() if f == "name"), None)
    for r in range(header_row + 1, len(sheet.rows)):
        row = sheet.rows[r]
        if not any(v not in (None, "") for i, v in enumerate(row) if i in mapping):
            continue
        pid = _row_id(sheet.cell(r, id_col)) if id_col is not None else None
        if pid is None:
            label = cell_text(sheet.cell(r, name_col)).strip() if name_col is not None else ""
            first_cell = address(sheet.name, r, name_col or 0)
            label_key = rules.text_key(label)
            if kind != "export" and repeats_header(row, preview.headers, mapping):
                reason = translate("Excel", "the header row again; it was skipped.")
                preview.skipped_rows.append(SkippedRow(first_cell, label, reason))
                continue
            unnamed = (
                None if kind == "export" or label_key in by_name else unnamed_row_reason(label)
            )
            if unnamed is not None:  # "-", "?", "n/a" as its name: no programme named
                preview.skipped_rows.append(SkippedRow(first_cell, label, unnamed))
                continue
            skipped = totals.reason(label, row)
            if skipped is not None:
                preview.skipped_rows.append(SkippedRow(first_cell, label, skipped))
                totals_skipped.append(preview.skipped_rows[-1])
                continue
        existing = current.get(pid) if pid is not None else None
        exported = base[pid][0] if pid is not None and pid in base else None
        matched_by = "id"
        code = name = ""
        code_col = next((c for c, f in mapping.items() if f == "code"), None)
        if existing is None and pid is None:
            code = cell_text(sheet.cell(r, code_col)).strip() if code_col is not None else ""
            name = cell_text(sheet.cell(r, name_col)).strip() if name_col is not None else ""
            if kind != "export" and name_col is not None:
                from amp_desktop.core.parse import parse_name_period

                name = parse_name_period(name).name
            existing = by_code.get(rules.text_key(code)) if code else None
            named = by_name.get(rules.text_key(name)) if name else None
            if kind != "export" and named is not None and existing is not named:
                # The row names a programme and gives another's short code (another
                # unit's own "Kortnamn"): the row is the one it names, its code a
                # problem at the cell — not the other programme changed.
                existing = None
            matched_by = "code" if existing is not None else "name"
            existing = existing or named
            if existing is None and kind != "export" and name:
                # "Etablering / Kommun" is "Etablering/Kommun", as in a referral list
                found = by_loose.get(loose_key(name))
                existing = found if found is not None and found.id is not None else None
        if existing is None and kind != "export" and name_only(row, mapping, name_col):
            reason = translate(
                "Excel",
                "only a name and no other cell: a heading or a note, not a programme; it "
                "was skipped (fill in another of its cells to import it).",
            )
            preview.skipped_rows.append(
                SkippedRow(address(sheet.name, r, name_col or 0), name, reason)
            )
            continue
        if existing is not None and existing.id in seen:
            if matched_by == "code" and rules.text_key(name) != rules.text_key(existing.name):
                # A row of its own whose short code is another programme's.
                message = translate(
                    "Excel",
                    "“{name}” has the short code “{code}”, which is “{other}”'s; "
                    "this row was skipped.",
                ).format(name=name, code=code, other=existing.name)
                column = code_col
            elif (
                matched_by == "id"
                and id_col is not None
                and name_col is not None
                and (
                    rules.text_key(cell_text(sheet.cell(r, name_col)))
                    != rules.text_key(existing.name)
                )
            ):
                # Another programme's AMP id typed or copied into this row: said at the id.
                message = translate(
                    "Excel",
                    "“{name}” has the AMP id {id}, which is “{other}”'s; this row was skipped.",
                ).format(
                    name=cell_text(sheet.cell(r, name_col)).strip(), id=pid, other=existing.name
                )
                column = id_col
            else:
                message = translate(
                    "Excel", "“{name}” appears twice in the workbook; this row was skipped."
                ).format(name=existing.name)
                column = name_col if matched_by != "id" or name_col is not None else id_col
            preview.problems.append(Problem(address(sheet.name, r, column or 0), message))
            continue
        if existing is None and exported is not None:
            # Deleted in AMP since the export: re-add only if the workbook edited it.
            after, where = reader.read(r, exported, exported)
            if after == exported:
                continue
        else:
            start = existing or Programme(name="")
            after, where = reader.read(r, start, exported if existing is not None else None)
        if kind != "export" and existing is not None and same_name(after.name, existing.name):
            # Another unit's "c2c" or "Etablering / Kommun" names the programme; it
            # does not rename it.
            after = after.replace(name=existing.name)
        kept = keep_what_breaks_rules(preview, after, existing, where, address(sheet.name, r, 0))
        if kept is None:
            continue
        after = kept
        if existing is None:
            after = after.replace(id=next_id)
            next_id += 1
            new_names[after.name.strip().casefold()] = after.id  # type: ignore[assignment]
            preview.names[after.id] = after.name  # type: ignore[index]
        else:
            seen.add(existing.id)  # type: ignore[arg-type]
        key = rules.text_key(after.name)
        if key in names_seen:
            preview.problems.append(
                Problem(
                    where.get("name", address(sheet.name, r, 0)),
                    translate("Excel", "another row already has the name “{name}”.").format(
                        name=after.name
                    ),
                )
            )
            continue
        names_seen[key] = where.get("name", "")
        where_of[after.id or 0] = where
        preview.samples.append(
            {f: (field_text(after, f) or "") for f in ("name", *_fields_of(mapping))}
        )
        if existing is None:
            preview.added.append(after)
            continue
        compare(preview, existing, exported if kind == "export" else None, after)
    missing = [
        p
        for p in current.values()
        if p.id not in seen and (kind != "export" or not base or p.id in base)
    ]
    preview.removed = missing
    for p in missing:
        preview.removed_demand.extend(
            _removal(catalogue, p.id)  # type: ignore[arg-type]
        )
    keep_names_and_codes_unique(preview, current, where_of)
    _list_new_sources(preview, codes)
    if demand_sheet is not None:
        from amp_desktop.core.excel.demand import analyse_demand

        analyse_demand(
            catalogue,
            preview,
            demand_sheet,
            base,
            {**{p.name.strip().casefold(): p.id for p in current.values()}, **new_names},  # type: ignore[misc]
            trust_ids=trust_ids,
            base_sheet=base_sheet if streamed else None,
            progress=progress,
        )
    note_kept_empty(preview, reader.kept_empty, reader.kept_values)
    note_scaled_columns(preview, reader.scales)
    if totals_skipped:
        text = (
            translate("Excel", "1 totals row was skipped: {rows}.")
            if len(totals_skipped) == 1
            else translate("Excel", "{n} totals rows were skipped: {rows}.")
        )
        preview.summary.append(
            text.format(
                n=len(totals_skipped),
                rows=", ".join(quoted(r.text) if r.text else r.where for r in totals_skipped),
            )
        )
    return preview


def _list_new_sources(preview: ImportPreview, codes: set[str]) -> None:
    """The sources the programmes the import keeps (and the workbook's side of a
    conflict) link to that the catalogue does not have, each once."""
    known = {code.casefold(): code for code in codes}
    linked = [
        link.source for p in preview.added + [a for _b, a in preview.changed] for link in p.sources
    ]
    for _pid, name, value in preview.conflict_values.values():
        if name == "referral_sources":
            linked.extend(link.source for link in value)
    for code in linked:
        preview.add_new_source(code, known)
    if preview.refused_sources:
        preview.problems.append(
            Problem(
                "",
                (
                    translate(
                        "Excel",
                        "1 referral source was not created ({reason}); the programmes' links "
                        "to it were left out.",
                    )
                    if len(preview.refused_sources) == 1
                    else translate(
                        "Excel",
                        "{n} referral sources were not created ({reason}); the programmes' links "
                        "to them were left out.",
                    )
                ).format(
                    n=len(preview.refused_sources),
                    reason=next(iter(preview.refused_sources.values())).rstrip("."),
                ),
            )
        )


def _loosely(programmes: Iterable[Programme]) -> dict[str, Programme | None]:
    """The programmes by the looser reading of their names (None: two read alike)."""
    out: dict[str, Programme | None] = {}
    for programme in programmes:
        key = loose_key(programme.name)
        out[key] = programme if key not in out else None
    return out


def same_name(text: str, name: str) -> bool:
    """Whether *text* is *name* written otherwise (case, spaces, dashes)."""
    return text != name and loose_key(text) == loose_key(name)


def _row_id(value: Any) -> int | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() and number > 0 else None


def _removal(catalogue: Catalogue, pid: int) -> list[Any]:
    from amp_desktop.core.store import DemandChange, DemandKey

    return [
        DemandChange(DemandKey(p, month, source, kind), value, None)
        for p, month, source, kind, value in catalogue.demand_rows([pid])
    ]
