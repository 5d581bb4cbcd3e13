"""Workbooks made in code for the Excel tests (no binary fixtures in the repository)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import random
from pathlib import Path

from openpyxl import Workbook

from amp_desktop.resources import resource_path

FAKE_NAMES = ("Anna Andersson", "Bo Berg", "Cecilia Ek", "David Lund", "Eva Holm", "Fredrik Ström")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vasteras_rows() -> list[dict[str, str]]:
    path = resource_path("example", "vasteras-2021-programmes.csv")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def vasteras_workbook(path: Path, name_header: str = "Program och insatser 2021") -> Path:
    """The Västerås table as a unit head keeps it: title rows, then the header."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Insatser 2021"
    ws.append(["Arbetsmarknadsinsatser, Västerås stad"])
    ws.append(["Sammanställning inför nämnden, 2021"])
    ws.append([])
    ws.append([name_header, "Beskrivning", "Antal platser", "Anvisning", "Typ av insats"])
    for row in vasteras_rows():
        ws.append(
            [
                row["Insats"],
                row["Beskrivning"],
                row["Antal platser"],
                row["Anvisning"],
                row["Typ av insats"],
            ]
        )
    wb.save(path)
    return path


def luhn_digit(nine: str) -> str:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def fake_personal_id(rng: random.Random) -> str:
    """A made-up but check-digit-valid personnummer, YYYYMMDD-XXXX."""
    year = rng.randint(1960, 2004)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = f"{rng.randint(0, 999):03d}"
    nine = f"{year % 100:02d}{month:02d}{day:02d}{serial}"
    return f"{year}{month:02d}{day:02d}-{serial}{luhn_digit(nine)}"


def referral_list(
    path: Path, programmes: list[str], rows: int = 100, seed: int = 7, sources=("AF", "SKE")
) -> tuple[Path, list[str], list[str]]:
    """A case system's export: date, programme, source, gender, level, pnr, name."""
    rng = random.Random(seed)
    wb = Workbook()
    ws = wb.active
    ws.title = "Anvisningar"
    ws.append(
        ["Personnummer", "Namn", "Anvisningsdatum", "Insats", "Anvisande part", "Kön", "Behovsnivå"]
    )
    ids, names = [], []
    for _ in range(rows):
        pnr = fake_personal_id(rng)
        name = f"{rng.choice(FAKE_NAMES)} {rng.randint(100, 999)}"
        ids.append(pnr)
        names.append(name)
        date = dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
        ws.append(
            [
                pnr,
                name,
                date,
                rng.choice(programmes),
                rng.choice(sources),
                rng.choice(("Kvinna", "Man")),
                rng.choice(("AM1", "AM2", "AM3")),
            ]
        )
        ws.cell(ws.max_row, 3).number_format = "yyyy-mm-dd"
    wb.save(path)
    return path, ids, names
