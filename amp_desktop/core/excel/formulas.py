"""Which cells of a sheet hold formulas, for readers that give only the cached values.

python-calamine (the fast reader of referral lists) returns a formula cell's
cached value as if it were data and has no way to say it was a formula.  This
module reads the sheet's XML: nothing when the workbook check already found the
sheet has no formula (it inflates every sheet for its size guard), else a scan of
the raw bytes for an ``<f`` element (0.2 s for a 100,000-row, 39 MB sheet), and
only when there is one, a streaming parse that notes each formula cell.
The workbook must have passed :func:`~amp_desktop.core.excel.safety.check_workbook_file`.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring, iterparse

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CELL_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
_CHUNK = 1 << 20
_AFTER_F = frozenset(b" \t\r\n>/")


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding sheet *sheet* (by the workbook's relationships)."""
    workbook = fromstring(archive.read("xl/workbook.xml"))
    rid = None
    for element in workbook.iter():
        if _local(element.tag) == "sheet" and element.get("name") == sheet:
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            break
    if rid is None:
        return None
    rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter():
        if _local(rel.tag) == "Relationship" and rel.get("Id") == rid:
            target = str(rel.get("Target", ""))
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _has_formula(archive: zipfile.ZipFile, part: str) -> bool:
    """Whether the part's bytes hold an ``<f>`` (or ``<x:f>``) element at all."""
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            data = tail + chunk
            for mark in (b"<f", b":f"):
                at = data.find(mark)
                while at != -1 and at + 2 < len(data):
                    if data[at + 2] in _AFTER_F and (mark == b"<f" or _prefixed(data, at)):
                        return True
                    at = data.find(mark, at + 1)
            tail = data[-16:]
    return False


def _prefixed(data: bytes, at: int) -> bool:
    """Whether the ``:f`` at *at* ends an element name such as ``<x:f``."""
    start = data.rfind(b"<", max(0, at - 12), at)
    return start != -1 and data[start + 1 : at].isalnum()


def _column(letters: str) -> int:
    number = 0
    for char in letters:
        number = number * 26 + ord(char) - 64
    return number - 1


def _checked_without_formulas(path: str | Path, sheet: str) -> bool:
    """Whether the workbook check (which inflates every sheet anyway) already
    found that *sheet* has no formula: then nothing is inflated twice."""
    sheets = getattr(path, "sheets", None)
    part = sheets.get(sheet) if isinstance(sheets, dict) else None
    extent = getattr(part, "extent", None)
    return extent is not None and getattr(extent, "formulas", None) is False


def formula_cells(path: str | Path, sheet: str) -> dict[tuple[int, int], str]:
    """``{(row, col): formula text}`` (0-based) for the formula cells of *sheet*;
    empty when it has none (or the sheet cannot be found: the reader reports that)."""
    if _checked_without_formulas(path, sheet):
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            part = _sheet_part(archive, sheet)
            if part is None or part not in archive.namelist():
                return {}
            if not _has_formula(archive, part):
                return {}
            with archive.open(part) as stream:
                return _parse(stream)
    except (OSError, zipfile.BadZipFile, KeyError, SyntaxError, ValueError):
        return {}


def _parse(stream: object) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    row, col = -1, -1
    for event, element in iterparse(stream, events=("start", "end")):
        name = _local(element.tag)
        if event == "start":
            if name == "row":
                given = element.get("r")
                row = int(given) - 1 if given and given.isdigit() else row + 1
                col = -1
            elif name == "c":
                match = _CELL_REF.match(element.get("r") or "")
                if match:
                    col, row = _column(match.group(1)), int(match.group(2)) - 1
                else:
                    col += 1
            continue
        if name == "c":
            formula = _formula(element)
            if formula is not None:
                found[(row, col)] = formula
            element.clear()
        elif name == "row":
            element.clear()
    return found


def _formula(cell: Element) -> str | None:
    for child in cell:
        if _local(child.tag) == "f":
            text = child.text or ""
            return f"={text}" if text else "="
    return None
