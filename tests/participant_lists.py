"""Participant lists as a case system exports them, made by code for tests and benches.

Realistic rows: an identity number (valid check digit; hyphen, none, 12 digits or a
samordningsnummer), a name, the programme, start and end as date cells, an exit reason
in Swedish, gender, need level and referral source.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from amp_desktop.core.personal import luhn_ok

HEADERS_SV = [
    "Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön",
    "Bedömningsnivå", "Anvisande part",
]  # fmt: skip
REASONS_SV = [
    "Arbete utan stöd", "Arbete med stöd", "Extratjänst", "Studier", "Åter till AF",
    "Målet uppnått – vidare till annan aktör", "Uppdraget slutfört", "Avbrott – flytt",
    "Okänt",
]  # fmt: skip
FIRST_NAMES = ["Anna", "Bo", "Cecilia", "David", "Elin", "Farid", "Greta", "Hassan"]
LAST_NAMES = ["Andersson", "Berg", "Carlsson", "Dahl", "Ek", "Forsberg"]


def identity_number(rng: random.Random, spelling: int = 0) -> str:
    """A valid-looking identity number (Luhn), spelt one of four ways."""
    year = rng.randint(1960, 2005)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if spelling == 3:
        day += 60  # samordningsnummer
    serial = rng.randint(0, 999)
    base = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    check = next(d for d in range(10) if luhn_ok(base + str(d)))
    ten = base + str(check)
    if spelling == 1:
        return ten
    if spelling == 2:
        return f"{year // 100}{ten[:6]}-{ten[6:]}"
    return f"{ten[:6]}-{ten[6:]}"


def participant_rows(
    programmes: list[str], n: int, *, seed: int = 1, year: int = 2025
) -> list[list[Any]]:
    """*n* enrolments in *programmes* during *year* (a few still running)."""
    rng = random.Random(seed)
    people = [identity_number(rng, rng.randrange(4)) for _ in range(max(1, n * 3 // 4))]
    rows: list[list[Any]] = [list(HEADERS_SV)]
    first = dt.date(year, 1, 1)
    for _ in range(n):
        start = first + dt.timedelta(days=rng.randrange(300))
        ongoing = rng.random() < 0.2
        end = None if ongoing else start + dt.timedelta(days=rng.randrange(1, 60))
        rows.append(
            [
                rng.choice(people),
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                rng.choice(programmes),
                start,
                end,
                None if ongoing else rng.choice(REASONS_SV),
                rng.choice("KM"),
                rng.choice(["AM1", "AM2", "AM3"]),
                rng.choice(["AF", "SKE", "FK"]),
            ]
        )
    return rows


def write_list(path: Path, rows: list[list[Any]], sheet: str = "Deltagare") -> Path:
    """Write *rows* as a workbook (dates as date cells), the way Excel saves one."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_sheets(
    path: Path, sheets: dict[str, list[list[Any]]], merged: dict[str, list[str]] | None = None
) -> Path:
    """Write a workbook of several sheets, in order, with merged ranges (a report's
    title over the columns), the way a case system's report export looks."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for cells in (merged or {}).get(title, []):
            ws.merge_cells(cells)
    wb.save(path)
    return path
