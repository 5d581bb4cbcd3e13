"""AMP's own export read back: the hidden base sheet and the three-way comparison.

For our export the hidden base sheet says what was exported, so for each field
the workbook's value (W), the exported value (B) and AMP's current value (C) are
compared: W = B leaves AMP's value; W ≠ B and C = B takes the workbook's; both
changed differently is a :class:`~amp_desktop.core.excel.preview.Conflict`.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterator
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


def read_about(sheet: Sheet | None) -> dict[str, str]:
    """The about-values of the hidden sheet of our export (its first rows)."""
    about: dict[str, str] = {}
    for row in sheet.iter_rows() if sheet is not None else ():
        if not row:
            continue
        if row[0] == "programmes":
            break
        if len(row) > 1:  # (a long value, as the mandates, in several cells)
            about[str(row[0])] = "".join(cell_text(c) for c in row[1:] if c is not None)
    return about


def _base_entries(sheet: Sheet) -> Iterator[tuple[int, dict[str, Any]]]:
    """The exported programmes of the hidden sheet, in its order: ``(id, JSON)``."""
    in_programmes = False
    for row in sheet.iter_rows():
        if not row:
            continue
        if not in_programmes:
            in_programmes = row[0] == "programmes"
            continue
        try:
            data = json.loads("".join(str(c) for c in row[1:] if c is not None))
            yield int(row[0]), data
        except (ValueError, KeyError, TypeError):
            continue


def read_base(sheet: Sheet | None, *, demand: bool = True) -> tuple[dict[str, str], Base]:
    """The hidden sheet of our export: its about-values and the exported programmes,
    each with its exported demand unless not *demand* (then ``{}``: a county's is
    read programme by programme with :func:`base_demand`)."""
    base: Base = {}
    if sheet is None:
        return {}, base
    for pid, data in _base_entries(sheet):
        try:
            programme = programme_from_json(data["programme"]).replace(id=pid)
        except (ValueError, KeyError, TypeError):
            continue
        base[pid] = (programme, base_cells(data) if demand else {})
    return read_about(sheet), base


def base_cells(data: dict[str, Any]) -> dict[tuple[str, str, str], float]:
    """One exported programme's demand, ``{(month, source, kind): referrals}``."""
    return {
        (month, source, kind): value
        for (source, kind), values in base_groups(data).items()
        for month, value in values.items()
    }


def base_groups(data: dict[str, Any]) -> dict[tuple[str, str], dict[str, float]]:
    """One exported programme's demand by source and kind, ``{month: referrals}``
    (from the compact runs of :func:`~amp_desktop.core.excel.demand_sheets.demand_runs`)."""
    out: dict[tuple[str, str], dict[str, float]] = {}
    try:
        for m, s, k, v in data.get("demand", []):
            out.setdefault((s, k), {})[m] = float(v)
        for source, kind, first, values in data.get("runs", []):
            start = int(first[:4]) * 12 + int(first[5:7]) - 1
            group = out.setdefault((source, kind), {})
            for offset, value in enumerate(values):
                if value is not None:
                    group[_month_name(start + offset)] = float(value)
    except (ValueError, KeyError, TypeError):
        return {}
    return out


_MONTH_NAMES: dict[int, str] = {}


def _month_name(index: int) -> str:
    """``"2026-03"`` for the month *index* (year × 12 + month − 1), remembered."""
    name = _MONTH_NAMES.get(index)
    if name is None:
        name = _MONTH_NAMES[index] = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return name


def base_demand(
    sheet: Sheet, wanted: Container[int]
) -> Iterator[tuple[int, dict[tuple[str, str], dict[str, float]]]]:
    """The exported demand (by source and kind, see :func:`base_groups`) of the
    programmes in *wanted*, one programme at a time in the hidden sheet's order,
    read as it comes (a county's is 24 million cells)."""
    for pid, data in _base_entries(sheet):
        if pid in wanted and isinstance(data, dict) and "programme" in data:
            yield pid, base_groups(data)


def same_as_exported(raw: Any, exported: Programme, field: str) -> bool:
    """Whether a cell still holds exactly what our export wrote there."""
    written = field_cell_value(exported, field)
    return (
        _line_breaks(cell_text(raw).strip()) == _line_breaks(cell_text(written).strip())
        if not isinstance(raw, Formula)
        else False
    )


def _line_breaks(text: str) -> str:
    r"""*text* with its line breaks as ``\n``: LibreOffice saves a cell's "\r\n" (from
    Excel's ``_x000D_``) as "\n", which is no edit."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


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
            _line_breaks(ILLEGAL_CHARACTERS_RE.sub("", field_text(p, name) or ""))
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
