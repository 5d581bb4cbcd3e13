"""AMP's own export read back: the hidden base sheet and the three-way comparison.

For our export the hidden base sheet says what was exported, so for each field
the workbook's value (W), the exported value (B) and AMP's current value (C) are
compared: W = B leaves AMP's value; W ≠ B and C = B takes the workbook's; both
changed differently is a :class:`~amp_desktop.core.excel.preview.Conflict`.
"""

from __future__ import annotations

import json
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from amp_desktop.core.domain import Programme
from amp_desktop.core.example import programme_from_json
from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.export import field_cell_value
from amp_desktop.core.excel.preview import Conflict, ImportPreview
from amp_desktop.core.excel.read import Formula, Sheet, cell_text
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
        demand.update(_runs(data.get("runs", [])))
        base[int(row[0])] = (programme, demand)
    return about, base


def _runs(runs: list[list[Any]]) -> dict[tuple[str, str, str], float]:
    """The compact demand of the base sheet (see :func:`~amp_desktop.core.excel.demand_sheets.demand_runs`)."""
    out: dict[tuple[str, str, str], float] = {}
    for source, kind, first, values in runs:
        start = int(first[:4]) * 12 + int(first[5:7]) - 1
        for offset, value in enumerate(values):
            if value is not None:
                index = start + offset
                out[(f"{index // 12:04d}-{index % 12 + 1:02d}", source, kind)] = float(value)
    return out


def same_as_exported(raw: Any, exported: Programme, field: str) -> bool:
    """Whether a cell still holds exactly what our export wrote there."""
    written = field_cell_value(exported, field)
    return (
        cell_text(raw).strip() == cell_text(written).strip()
        if not isinstance(raw, Formula)
        else False
    )


def compare(
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
