"""Reading a cell of the Agreements and Mandates sheets: its text, its date, and the
sheet's columns found by their headers in either language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.parse import written_date


def plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def date_text(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return written_date(plain_text(value))


def columns_of(header: Sequence[Any], headers: Sequence[tuple[str, str]]) -> dict[int, int]:
    """Declared column index → sheet column index, by header text in either language."""
    wanted = {normalise(n): i for i, names in enumerate(headers) for n in names}
    return {wanted[normalise(h)]: c for c, h in enumerate(header) if normalise(h) in wanted}


def cell_at(row: Sequence[Any], columns: dict[int, int], index: int) -> Any:
    c = columns.get(index)
    return row[c] if c is not None and c < len(row) else None
