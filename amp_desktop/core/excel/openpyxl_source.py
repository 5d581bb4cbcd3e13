"""What openpyxl is given to open: the file, or a copy it can read, and a sheet's size from its start.

openpyxl reads only transitional OOXML namespaces and fails on some sheets it
need not read (chart sheets, macro sheets); :func:`openpyxl_source` makes an
in-memory copy with strict namespaces made transitional and only worksheets
listed.  :func:`size_from_head` replaces openpyxl's own size lookup, which parsed a
sheet without a ``<dimension>`` whole each time the workbook was opened.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from amp_desktop.core.excel.safety import CheckedWorkbook

#: Strict OOXML (ISO 29500 strict) namespaces and their transitional equivalents,
#: for openpyxl, which reads only the transitional ones.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/spreadsheetml/main", b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/customProperties", b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"),
    (b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"),
    (b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes", b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/drawingml/chart", b"http://schemas.openxmlformats.org/drawingml/2006/chart"),
    (b"http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing", b"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"),
)  # fmt: skip
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\s[^>]*?/>")


def openpyxl_source(path: CheckedWorkbook, prune: bool, worksheets: list[str] | None) -> Any:
    """The file openpyxl should open: the path itself, or an in-memory copy with
    strict namespaces made transitional and (*prune*) only worksheets listed."""
    if not path.strict and not prune:
        return path
    keep = set(worksheets or [])
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for strict, transitional in _STRICT if path.strict else ():
                    data = data.replace(strict, transitional)
                if prune and info.filename == "xl/workbook.xml":
                    data = _SHEET_ENTRY.sub(lambda m: _kept(m.group(), keep), data)
            new.writestr(info.filename, data)
    buffer.seek(0)
    return buffer


def _kept(entry: bytes, keep: set[str]) -> bytes:
    found = re.search(rb'\sname\s*=\s*["\']([^"\']*)["\']', entry)
    if found is None:
        return entry
    from xml.sax.saxutils import unescape

    name = unescape(found.group(1).decode("utf-8", "replace"), {"&quot;": '"', "&apos;": "'"})
    return entry if name in keep else b""


_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s[^>]*?ref\s*=\s*[\"']([A-Z]*\d*(?::[A-Z]*\d*)?)[\"']"
)


def size_from_head(self: Any) -> None:
    """openpyxl's read-only sheet size, from the sheet's first 64 KB.

    openpyxl looks for ``<dimension>`` with a parser that stops only after
    ``</sheetData>``, so a sheet without one (every write-only workbook, AMP's
    export) was parsed whole in Python each time the workbook was opened: an
    export of 100 programmes took 20 s of 50 in it, for every sheet read.  The
    element precedes ``<sheetData>`` by the schema; AMP's readers reset the size
    anyway (the stored one may lie).
    """
    from openpyxl.utils.cell import range_boundaries

    with self._get_source() as source:
        # 4 KB first: the element is near the top, and a workbook of 500 sheets
        # inflated 64 KB of each on opening (#11 item 16).
        head = source.read(1 << 12)
        if b"<sheetData" not in head and _DIMENSION.search(head) is None:
            head += source.read((1 << 16) - len(head))
    data = head.split(b"<sheetData", 1)[0]
    found = _DIMENSION.search(data)
    if found is None:
        return
    try:
        bounds = range_boundaries(found.group(1).decode())
    except (ValueError, TypeError):
        return
    self._min_column, self._min_row, self._max_column, self._max_row = bounds


def number_cell(value: str) -> Any:
    """A number cell's text as openpyxl reads it (``12`` an int, ``1.5``/``1e3`` a
    float), and what openpyxl's own reading raised on, failing the whole sheet with a
    traceback: ``NaN``, ``inf``, ``Infinity`` (libraries write them; no spreadsheet
    does) come back as a float that is no finite number, anything else as its text —
    for the field's reader to refuse at its cell."""
    try:
        if "." in value or "E" in value or "e" in value:
            return float(value)
        return int(value)
    except ValueError:
        try:
            return float(value)
        except ValueError:
            return value
