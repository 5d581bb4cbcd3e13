"""Importing programmes: our own export (three-way, by hidden id) and other people's sheets.

For our export the hidden base sheet says what was exported, so for each field
the workbook's value (W), the exported value (B) and AMP's current value (C) are
compared: W = B leaves AMP's value; W ≠ B and C = B takes the workbook's; both
changed differently is a :class:`~amp_desktop.core.excel.preview.Conflict`.
Other people's sheets have no base: the workbook is compared with AMP (B = C),
matching programmes by short code, then by name.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme
from amp_desktop.core.example import programme_from_json
from amp_desktop.core.excel import columns as cols
from amp_desktop.core.excel.export import field_cell_value
from amp_desktop.core.excel.preview import Conflict, ImportPreview, Problem
from amp_desktop.core.excel.read import Formula, Sheet, address, cell_text
from amp_desktop.core.excel.values import parse_field
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.changes import field_text

Base = dict[int, tuple[Programme, dict[tuple[str, str, str], float]]]


def read_base(sheet: Sheet | None) -> tuple[dict[str, str], Base]:
    """The hidden sheet of our export: its about-values and the exported programmes."""
    about: dict[str, str] = {}
    base: Base = {}
    if sheet is None:
        return about, base
    in_programmes = False
    for row in sheet.rows:
        if not row:
            continue
        if not in_programmes:
            if row[0] == "programmes":
                in_programmes = True
            elif len(row) > 1:
                about[str(row[0])] = cell_text(row[1])
            continue
        try:
            data = json.loads("".join(str(c) for c in row[1:] if c is not None))
            programme = programme_from_json(data["programme"]).replace(id=int(row[0]))
        except (ValueError, KeyError, TypeError):
            continue
        demand = {(m, s, k): float(v) for m, s, k, v in data.get("demand", [])}
        base[int(row[0])] = (programme, demand)
    return about, base


def _same_as_exported(raw: Any, exported: Programme, field: str) -> bool:
    """Whether a cell still holds exactly what our export wrote there."""
    written = field_cell_value(exported, field)
    return (
        cell_text(raw).strip() == cell_text(written).strip()
        if not isinstance(raw, Formula)
        else False
    )


def _fields_of(mapping: dict[int, str]) -> list[str]:
    return [field for field in mapping.values() if field not in ("id", "name")]


class _RowReader:
    """Reads one data row into a programme on top of a starting programme."""

    def __init__(self, preview: ImportPreview, sheet: Sheet, foreign: bool, codes: set[str]):
        self.preview = preview
        self.sheet = sheet
        self.foreign = foreign
        self.codes = codes
        self.new_sources: list[str] = []

    def read(
        self, r: int, start: Programme, exported: Programme | None
    ) -> tuple[Programme, dict[str, str]]:
        values: dict[str, Any] = {}
        explicit: set[str] = set()  # fields a cell of their own set
        derived: set[str] = set()  # fields read out of another cell
        where: dict[str, str] = {}
        for col, field in self.preview.mapping.items():
            if field == "id":
                continue
            raw = self.sheet.cell(r, col)
            cell = address(self.sheet.name, r, col)
            where[field] = cell
            if exported is not None and _same_as_exported(raw, exported, field):
                attr = "sources" if field == "referral_sources" else field
                values.setdefault(attr, getattr(exported, attr))
                continue
            if isinstance(raw, Formula):
                self.preview.problems.append(
                    Problem(
                        cell,
                        translate(
                            "Excel", "the cell holds a formula ({formula}); it was not used."
                        ).format(formula=raw.text),
                    )
                )
                continue
            try:
                parsed = parse_field(field, raw, self.foreign, self.codes)
            except ParseError as exc:
                self.preview.problems.append(
                    Problem(
                        cell,
                        translate("Excel", "{message} The cell says “{text}”.").format(
                            message=exc, text=cell_text(raw)[:80]
                        ),
                    )
                )
                continue
            for note in parsed.notes:
                self.preview.problems.append(Problem(cell, note, blocking=False))
            for code in parsed.unknown_sources:
                if code not in self.new_sources:
                    self.new_sources.append(code)
            for key, value in parsed.values.items():
                if key == field:
                    # An empty column does not undo what another cell said
                    # (``24 (budget 10)`` in Places, an empty Budgeted places).
                    if value is None and key in derived:
                        continue
                    values[key] = value
                    explicit.add(key)
                elif key not in explicit:
                    values[key] = value
                    derived.add(key)
        try:
            result = start.replace(**values)
        except (ValueError, TypeError) as exc:
            self.preview.problems.append(Problem(address(self.sheet.name, r, 0), str(exc)))
            result = start
        return result, where


def analyse_programmes(
    catalogue: Catalogue,
    sheet: Sheet,
    header_row: int,
    mapping: dict[int, str],
    *,
    kind: str,
    base_sheet: Sheet | None = None,
    demand_sheet: Sheet | None = None,
) -> ImportPreview:
    """Compare the programmes of *sheet* (header at 0-based *header_row*) with AMP."""
    preview = ImportPreview(kind, sheet.name, header_row + 1)
    preview.headers = [
        cell_text(v) for v in (sheet.rows[header_row] if header_row < len(sheet.rows) else [])
    ]
    preview.mapping = dict(mapping)
    if _personal_ids(preview, sheet, header_row):
        return preview
    about, base = read_base(base_sheet)
    if base and about.get("catalogue_id") not in ("", catalogue.catalogue_id):
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
    reader = _RowReader(preview, sheet, kind != "export", codes)
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
    for r in range(header_row + 1, len(sheet.rows)):
        row = sheet.rows[r]
        if not any(v not in (None, "") for i, v in enumerate(row) if i in mapping):
            continue
        pid = _row_id(sheet.cell(r, id_col)) if id_col is not None else None
        existing = current.get(pid) if pid is not None else None
        exported = base[pid][0] if pid is not None and pid in base else None
        matched_by = "id"
        code = name = ""
        name_col = next((c for c, f in mapping.items() if f == "name"), None)
        code_col = next((c for c, f in mapping.items() if f == "code"), None)
        if existing is None and pid is None:
            code = cell_text(sheet.cell(r, code_col)).strip() if code_col is not None else ""
            name = cell_text(sheet.cell(r, name_col)).strip() if name_col is not None else ""
            if kind != "export" and name_col is not None:
                from amp_desktop.core.parse import parse_name_period

                name = parse_name_period(name).name
            existing = by_code.get(rules.text_key(code)) if code else None
            matched_by = "code" if existing is not None else "name"
            existing = existing or by_name.get(rules.text_key(name))
        if existing is not None and existing.id in seen:
            if matched_by == "code" and rules.text_key(name) != rules.text_key(existing.name):
                # A row of its own whose short code is another programme's.
                message = translate(
                    "Excel",
                    "“{name}” has the short code “{code}”, which is “{other}”'s; "
                    "this row was skipped.",
                ).format(name=name, code=code, other=existing.name)
                column = code_col
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
        kept = _keep_what_breaks_rules(preview, after, existing, where, address(sheet.name, r, 0))
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
        _compare(preview, existing, exported if kind == "export" else None, after)
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
    _keep_names_and_codes_unique(preview, current, where_of)
    known = {code.casefold(): code for code in codes}
    preview.new_sources = []
    for code in reader.new_sources + [
        link.source for p in preview.added + [a for _b, a in preview.changed] for link in p.sources
    ]:
        preview.add_new_source(code, known)
    if demand_sheet is not None:
        from amp_desktop.core.excel.demand import analyse_demand

        analyse_demand(
            catalogue,
            preview,
            demand_sheet,
            base,
            {**{p.name.strip().casefold(): p.id for p in current.values()}, **new_names},  # type: ignore[misc]
        )
    return preview


def _keep_what_breaks_rules(
    preview: ImportPreview,
    after: Programme,
    existing: Programme | None,
    where: dict[str, str],
    row_cell: str,
) -> Programme | None:
    """The row's programme with every field that breaks a rule back at AMP's value
    (as the window promises: a cell with a problem keeps AMP's value), each with a
    problem naming its cell; None for a new row that breaks a rule (not imported)."""
    violations = rules.check_programme(after)
    if not violations:
        return after
    if existing is None:
        for violation in violations:
            preview.problems.append(
                Problem(
                    where.get(violation.field, row_cell),
                    translate("Excel", "{message} The row was not imported.").format(
                        message=violation.message
                    ),
                )
            )
        return None
    for violation in violations:
        preview.problems.append(Problem(where.get(violation.field, row_cell), violation.message))
        attr = "sources" if violation.field == "referral_sources" else violation.field
        if hasattr(existing, attr):
            after = after.replace(**{attr: getattr(existing, attr)})
    # A rule across fields may still be broken: then the row changes nothing.
    return after if not rules.check_programme(after) else existing


def _keep_names_and_codes_unique(
    preview: ImportPreview,
    current: dict[int | None, Programme],
    where_of: dict[int, dict[str, str]],
) -> None:
    """Names and short codes must stay unique in the catalogue the import leaves:
    a row that takes another programme's name or code (in any case) keeps AMP's
    value (a new row is not imported), with the rule's message at its cell."""
    changed = {before.id: after for before, after in preview.changed}
    added = {p.id: p for p in preview.added}
    final = {pid: p for pid, p in current.items() if pid is not None}
    final.update({pid: p for pid, p in changed.items() if pid is not None})
    final.update({pid: p for pid, p in added.items() if pid is not None})
    names = Counter(rules.text_key(p.name) for p in final.values())
    codes = Counter(rules.text_key(p.code) for p in final.values() if p.code.strip())

    def count(programme: Programme, step: int) -> None:
        names[rules.text_key(programme.name)] += step
        if programme.code.strip():
            codes[rules.text_key(programme.code)] += step

    # Later rows first: of two rows that clash, the first in the sheet keeps its value.
    for pid in reversed(list(changed) + list(added)):
        programme = final.get(pid or 0)
        if programme is None:
            continue
        taken_names = {key for key in [rules.text_key(programme.name)] if names[key] > 1}
        code_key = rules.text_key(programme.code)
        taken_codes = {code_key} if programme.code.strip() and codes[code_key] > 1 else set()
        original = current.get(pid)
        # Only the row that moved onto a name or code is at fault, not the holder.
        violations = [
            v
            for v in rules.check_unique(programme, taken_names, taken_codes)
            if original is None or getattr(original, v.field) != getattr(programme, v.field)
        ]
        if not violations:
            continue
        cells = where_of.get(pid or 0, {})
        for violation in violations:
            preview.problems.append(Problem(cells.get(violation.field, ""), violation.message))
        count(programme, -1)
        if original is None:
            preview.added = [p for p in preview.added if p.id != pid]
            del final[pid or 0]
            continue
        kept = programme.replace(**{v.field: getattr(original, v.field) for v in violations})
        final[pid or 0] = kept
        count(kept, +1)
        preview.changed = [
            (before, kept if before.id == pid else after) for before, after in preview.changed
        ]
        if kept == original and not any(c.programme_id == pid for c in preview.conflicts):
            preview.changed = [(b, a) for b, a in preview.changed if b.id != pid]
            preview.unchanged += 1


def _personal_ids(preview: ImportPreview, sheet: Sheet, header_row: int) -> bool:
    """Refuse a sheet with identity numbers: it is a referral list, never programmes."""
    from amp_desktop.core.excel.referrals import looks_like_ids

    width = max((len(row) for row in sheet.rows[header_row : header_row + 50]), default=0)
    for col in range(width):
        if looks_like_ids(sheet.rows, header_row + 1, col):
            preview.problems.append(
                Problem(
                    address(sheet.name, header_row, col),
                    translate(
                        "Excel",
                        "this column holds personal identity numbers: the sheet looks like a "
                        "list of referrals, and nothing from it was read as programmes.",
                    ),
                )
            )
            return True
    return False


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


def _compare(
    preview: ImportPreview, current: Programme, exported: Programme | None, workbook: Programme
) -> None:
    """Three-way (with *exported*) or two-way comparison of one programme."""
    base = exported or current
    result = current
    for name in (*cols.PROGRAMME_COLUMNS[1:],):
        # A cell cannot hold control characters (the export leaves them out): compare
        # without them, or an untouched workbook would change every such text.
        w, b, c = (
            ILLEGAL_CHARACTERS_RE.sub("", field_text(p, name) or "")
            for p in (workbook, base, current)
        )
        if w in (b, c):
            continue
        attr = "sources" if name == "referral_sources" else name
        value = getattr(workbook, attr)
        if c == b:
            result = result.replace(**{attr: value})
            continue
        index = len(preview.conflicts)
        preview.conflicts.append(Conflict(current.id, current.name, name, b, c, w))  # type: ignore[arg-type]
        preview.conflict_values[index] = (current.id, name, value)  # type: ignore[assignment]
    if result != current or any(
        pid == current.id for pid, _n, _v in preview.conflict_values.values()
    ):
        preview.changed.append((current, result))
    else:
        preview.unchanged += 1
