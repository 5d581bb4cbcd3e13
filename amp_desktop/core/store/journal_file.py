"""Reading a rollback journal as SQLite would replay it: its headers and saved page 1.

The layout is SQLite's (sqlite.org/fileformat2.html, "The Rollback Journal"): a
header per segment (magic, record count, nonce, initial page count, sector and
page size), then records of page number, page image and checksum; SQLite stops
replaying at the first record whose checksum is wrong.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = bytes.fromhex("d9d505f920a163d7")


@dataclass(frozen=True)
class JournalHeader:
    """The first header of a rollback journal."""

    records: int
    nonce: int
    initial_pages: int
    sector_size: int
    page_size: int


@dataclass(frozen=True)
class Journal:
    """What SQLite would replay from a journal: its header and the saved page 1, if any."""

    header: JournalHeader
    page_one: bytes | None
    records: int


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _checksum(nonce: int, page: bytes) -> int:
    total = nonce
    i = len(page) - 200
    while i > 0:
        total += page[i]
        i -= 200
    return total & 0xFFFFFFFF


def _segments(handle: BinaryIO, size: int) -> Iterator[tuple[JournalHeader, int]]:
    """Each header in the journal and the offset of its first record."""
    offset = 0
    first: JournalHeader | None = None
    while offset + 28 <= size:
        handle.seek(offset)
        raw = handle.read(28)
        if raw[:8] != MAGIC:
            return
        records, nonce, initial, sector, page_size = struct.unpack(">IIIII", raw[8:28])
        if first is not None:
            sector, page_size = first.sector_size, first.page_size  # as SQLite reads them
        if sector < 32 or sector & (sector - 1) or page_size < 512 or page_size & (page_size - 1):
            return
        header = JournalHeader(records, nonce, initial, sector, page_size)
        if first is None:
            first = header
        start = offset + sector
        count = records if records != 0xFFFFFFFF else (size - start) // (page_size + 8)
        yield header, start
        end = start + count * (page_size + 8)
        if count == 0 or end <= offset:
            return
        offset = (end + sector - 1) // sector * sector


def read_journal(journal: Path) -> Journal | None:
    """The journal as SQLite would replay it; None if it has no valid header (not hot)."""
    try:
        size = journal.stat().st_size
        with journal.open("rb") as handle:
            header: JournalHeader | None = None
            page_one: bytes | None = None
            played = 0
            for segment, start in _segments(handle, size):
                if header is None:
                    header = segment
                page_size = header.page_size
                count = (
                    segment.records
                    if segment.records != 0xFFFFFFFF
                    else (size - start) // (page_size + 8)
                )
                handle.seek(start)
                valid = True
                for _ in range(count):
                    record = handle.read(page_size + 8)
                    if len(record) < page_size + 8:
                        valid = False
                        break
                    number = struct.unpack(">I", record[:4])[0]
                    image = record[4 : 4 + page_size]
                    (checksum,) = struct.unpack(">I", record[4 + page_size :])
                    if checksum != _checksum(segment.nonce, image):
                        valid = False
                        break  # SQLite stops replaying at the first bad record
                    played += 1
                    if number == 1 and page_one is None:
                        page_one = image
                if not valid:
                    break
    except OSError:
        return None
    if header is None:
        return None
    return Journal(header, page_one, played)
