"""The export's Demand sheet and its hidden base sheet, written a chunk of programmes at
a time: the Demand sheet for a person (one row per programme, source and kind, a column
per month), the base sheet for AMP (exactly what was exported, compact, for the
three-way comparison of :mod:`~amp_desktop.core.excel.threeway`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.literal_text import CELL_LIMIT, excel_text, text_cell, text_value
from amp_desktop.core.months import months_between

CHUNK = 30_000  # a cell holds at most 32,767 characters
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")


def header_row(ws: Any, headers: Iterable[str]) -> list[WriteOnlyCell]:
    return [text_cell(ws, h, font=HEADER_FONT, fill=HEADER_FILL) for h in headers]


def start_demand(ws: Any, months: list[str]) -> None:
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 32
    ws.freeze_panes = "E2"
    headers = [cols.header(f) for f in ("id", "programme", "source", "kind")]
    ws.append(header_row(ws, headers + months))


def write_demand(
    ws: Any,
    programmes: list[Programme],
    months: list[str],
    demand: list[tuple[int, str, str, str, float]],
) -> None:
    """The Demand sheet's rows for *programmes* (one per source and kind)."""
    names = {p.id: p.name for p in programmes}
    column = {month: index for index, month in enumerate(months)}
    rows: dict[tuple[int, str, str], list[Any]] = {}
    for pid, month, source, kind, value in demand:
        cells = rows.setdefault((pid, source, kind), [None] * len(months))
        cells[column[month]] = int(value) if float(value).is_integer() else value
    for (pid, source, kind), values in rows.items():
        ws.append(
            [
                pid,
                text_value(ws, names.get(pid, "")),
                text_value(ws, source),
                text_value(ws, cols.enum_text(kind)),
                *values,
            ]
        )


def start_base(ws: Any, about: dict[str, str], held: dict[str, str] | None = None) -> None:
    """The hidden sheet's head: the *about* values, then what else the export *held*
    (the mandates and agreements as JSON, cut into cells), then the programmes."""
    ws.sheet_state = "hidden"
    for key, value in about.items():
        ws.append([text_cell(ws, key), text_cell(ws, value)])
    for key, text in (held or {}).items():
        ws.append([text_cell(ws, key), *(text_value(ws, chunk) for chunk in cell_chunks(text))])
    ws.append([text_cell(ws, "programmes")])


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def demand_runs(
    demand: list[tuple[int, str, str, str, float]],
) -> dict[int, list[list[Any]]]:
    """Each programme's exported demand, compactly: ``[source, kind, first month,
    [referrals per month from there, None where there is no value]]``.  A county's
    ten years took 830 MB as one ``[month, source, kind, referrals]`` per cell."""
    series: dict[int, dict[tuple[str, str], dict[str, float]]] = {}
    for pid, month, source, kind, referrals in demand:
        series.setdefault(pid, {}).setdefault((source, kind), {})[month] = referrals
    runs: dict[int, list[list[Any]]] = {}
    spans: dict[tuple[str, str], list[str]] = {}  # most series span the same months
    for pid, by_key in series.items():
        out = runs.setdefault(pid, [])
        for (source, kind), values in by_key.items():
            ends = (min(values), max(values))
            span = spans.get(ends) or spans.setdefault(ends, months_between(*ends))
            numbers = [_number(values[m]) if m in values else None for m in span]
            out.append([source, kind, span[0], numbers])
    return runs


def cell_chunks(text: str) -> list[str]:
    """*text* cut into pieces that each fit a cell once written (an underscore that
    starts an escape, U+FFFE or U+FFFF takes seven characters in the cell: a piece
    of :data:`CHUNK` characters of them would not fit, and the export was refused)."""
    chunks = []
    start = 0
    while start < len(text):
        size = CHUNK
        while size * 7 > CELL_LIMIT:  # (seven characters a character at most)
            over = len(excel_text(text[start : start + size])) - CELL_LIMIT
            if over <= 0:
                break
            # (a character less is at least one less in the cell; this many always fit)
            size = max(size - over, CELL_LIMIT // 7)
        chunks.append(text[start : start + size])
        start += size
    return chunks


def write_base(
    ws: Any, programmes: list[Programme], demand: list[tuple[int, str, str, str, float]]
) -> None:
    by_programme = demand_runs(demand)
    for programme in programmes:
        data = {"programme": programme.to_json(), "runs": by_programme.get(programme.id or 0, [])}  # type: ignore[arg-type]
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        ws.append([programme.id, *(text_value(ws, chunk) for chunk in cell_chunks(text))])
