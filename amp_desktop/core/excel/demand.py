"""Importing the Demand sheet of our export: referrals per programme, source, kind, month."""

from __future__ import annotations

import re
from typing import Any

from amp_desktop.core import parse
from amp_desktop.core.excel.columns import OTHER_SYNONYMS, enum_value
from amp_desktop.core.excel.preview import Conflict, ImportPreview, Problem
from amp_desktop.core.excel.read import Formula, Sheet, address, cell_text, find_header
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError
from amp_desktop.core.store import Catalogue, DemandChange, DemandKey

_MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _month_columns(header: list[Any]) -> dict[int, str]:
    out = {}
    for col, value in enumerate(header):
        text = cell_text(value).strip()[:7] if value is not None else ""
        if _MONTH_RE.match(text):
            out[col] = text
    return out


def _number(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse.parse_decimal(value)
    if number is None or number < 0:
        raise ParseError(translate("Excel", "Referrals: expected a number of 0 or more."))
    return number


def analyse_demand(
    catalogue: Catalogue,
    preview: ImportPreview,
    sheet: Sheet,
    base: dict[int, Any],
    ids_by_name: dict[str, int],
) -> None:
    """Add the demand changes (and conflicts) of *sheet* to *preview*."""
    synonyms = {**OTHER_SYNONYMS, "amp id": "id", "amp-id": "id", "id": "id"}
    found = find_header(sheet.rows, synonyms)
    if found is None:
        return
    header_row, mapping = found
    months = _month_columns(sheet.rows[header_row])
    if not months:
        return
    col = {field: c for c, field in mapping.items()}
    removed = {p.id for p in preview.removed}
    workbook: dict[DemandKey, float | None] = {}
    unread: set[DemandKey] = set()  # cells with a problem keep AMP's value
    for r in range(header_row + 1, len(sheet.rows)):
        pid = _programme_id(sheet, r, col, ids_by_name)
        if pid is None:
            if any(sheet.cell(r, c) not in (None, "") for c in months):
                preview.problems.append(
                    Problem(
                        address(sheet.name, r, col.get("programme", 1)),
                        translate(
                            "Excel",
                            "the programme of this row is not in the catalogue or the workbook.",
                        ),
                    )
                )
            continue
        source = cell_text(sheet.cell(r, col["source"])).strip() if "source" in col else ""
        known = parse.known_source(source)
        codes = {s.code.casefold(): s.code for s in catalogue.sources()}
        source = codes.get(source.casefold()) or (known.code if known else source)
        kind = (
            enum_value(sheet.cell(r, col["kind"]), ("actual", "forecast"))
            if "kind" in col
            else "actual"
        )
        if kind is None:
            preview.problems.append(
                Problem(
                    address(sheet.name, r, col["kind"]),
                    translate("Excel", "Kind: write Actual or Forecast."),
                )
            )
            continue
        if source and source.casefold() not in codes and source not in preview.new_sources:
            preview.new_sources.append(source)
        for column, month in months.items():
            raw = sheet.cell(r, column)
            unread.add(DemandKey(pid, month, source, kind))  # until read below
            if isinstance(raw, Formula):
                preview.problems.append(
                    Problem(
                        address(sheet.name, r, column),
                        translate(
                            "Excel", "the cell holds a formula ({formula}); it was not used."
                        ).format(formula=raw.text),
                    )
                )
                continue
            try:
                workbook[DemandKey(pid, month, source, kind)] = _number(raw)
                unread.discard(DemandKey(pid, month, source, kind))
            except ParseError as exc:
                preview.problems.append(
                    Problem(address(sheet.name, r, column), f"{exc} ({cell_text(raw)[:40]})")
                )
    first, last = min(months.values()), max(months.values())
    current = {
        DemandKey(p, m, s, k): v for p, m, s, k, v in catalogue.demand_rows(None, first, last)
    }
    exported: dict[DemandKey, float] = {}
    for pid, (_programme, cells) in base.items():
        for (m, s, k), v in cells.items():
            exported[DemandKey(pid, m, s, k)] = v
    keys = set(workbook) | {k for k in exported if k.month in months.values()}
    names = {p.id: p.name for p in catalogue.programmes()}
    for key in sorted(keys, key=lambda k: (k.programme_id, k.source, k.kind, k.month)):
        if key in unread or (key.programme_id in removed and key not in workbook):
            continue
        w: float | None = workbook.get(key)
        now: float | None = current.get(key)
        b: float | None = exported.get(key, now) if base else now
        if w in (b, now):
            continue
        if now == b:
            preview.demand.append(DemandChange(key, now, w))
            continue
        index = len(preview.conflicts)
        label = f"{key.month} {key.source} ({key.kind})"
        preview.conflicts.append(
            Conflict(
                key.programme_id,
                names.get(key.programme_id, ""),
                label,
                _text(b),
                _text(now),
                _text(w),
                key,
            )
        )
        preview.demand_conflicts[index] = DemandChange(key, now, w)


def _text(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _programme_id(
    sheet: Sheet, r: int, col: dict[str, int], ids_by_name: dict[str, int]
) -> int | None:
    if "id" in col:
        value = sheet.cell(r, col["id"])
        try:
            number = float(value)
            if number.is_integer() and int(number) in ids_by_name.values():
                return int(number)
        except (TypeError, ValueError):
            pass
    if "programme" in col:
        name = cell_text(sheet.cell(r, col["programme"])).strip().casefold()
        return ids_by_name.get(name)
    return None
