"""A write-only sheet whose rows are written as XML here, byte for byte as openpyxl writes them.

openpyxl's write-only mode builds a cell object and an XML element for every value
and serialises it through a generic writer: about 5 µs a cell (0.4 µs here), two
thirds of an export's time (a county's Demand sheet has 25 million cells).  :class:`XmlRowsSheet`
is such a sheet (openpyxl writes its head — properties, panes, columns — and its
tail, and puts it into the workbook), but its rows are formatted here and streamed to
the same kind of temporary file: numbers as openpyxl formats them (``%.16g``), text as
inline strings escaped as openpyxl escapes it, ``None`` as no cell.  A value this
writer does not format itself (a date, an error code, NaN, a text openpyxl would
refuse or cut, a styled cell other than text or a number) is handed to openpyxl's own
cell writer, so the sheet is always what openpyxl would have written.  Hyperlinks and
comments are not supported.
"""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Iterable
from io import BytesIO
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell._writer import etree_write_cell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.packaging.relationship import RelationshipList
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import WorkbookAlreadySaved
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter, create_temporary_file
from openpyxl.xml.functions import tostring

#: openpyxl writes integers as floats (``%.16g``): exactly as their digits below this.
_EXACT_INTS = 2**53
#: Longer texts are openpyxl's to cut (it keeps 32,767 characters); callers refuse them.
_LONGEST = 32_767
#: Texts up to this long have their XML remembered (names and codes repeat).
_CACHED_TEXT = 256
_CACHED_TEXTS = 2_000
_MARK = "AMP-ROWS-GO-HERE"
_ROWS_AT_A_TIME = 200


def create_sheet(wb: Any, title: str) -> XmlRowsSheet:
    """A new :class:`XmlRowsSheet` at the end of the write-only workbook *wb*."""
    if not wb.write_only:
        raise ValueError("an XmlRowsSheet belongs in a write-only workbook")
    sheet = XmlRowsSheet(parent=wb, title=title)
    wb._add_sheet(sheet)
    return sheet


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _inline(text: str) -> str:
    """What follows a text cell's reference and style, as openpyxl writes it
    (``xml:space`` when the text starts or ends with white space and is not only
    white space)."""
    stripped = text.strip()
    preserve = ' xml:space="preserve"' if stripped and stripped != text else ""
    return f' t="inlineStr"><is><t{preserve}>{_escape(text)}</t></is></c>'


def _plain_text(text: str) -> bool:
    """Text openpyxl writes as an inline string unchanged (not a formula, an error
    code, too long, or holding a character it refuses)."""
    return (
        0 < len(text) <= _LONGEST
        and not (text[0] == "=" and len(text) > 1)
        and text not in ERROR_CODES
        and ILLEGAL_CHARACTERS_RE.search(text) is None
    )


class _Collected:
    """Stands in for openpyxl's XML stream: keeps what its cell writer writes."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, element: Any) -> None:
        self.parts.append(tostring(element))


class _RowsFile:
    """The sheet's temporary file, as openpyxl's save and clean-up expect of a
    write-only sheet's writer (``out``, ``_rels``, ``cleanup``)."""

    def __init__(self) -> None:
        self.out: str = create_temporary_file()
        self._rels = RelationshipList()

    def cleanup(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.out)
        with contextlib.suppress(ValueError):
            ALL_TEMP_FILES.remove(self.out)


class XmlRowsSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet whose :meth:`append` formats the row's XML itself."""

    def __init__(self, parent: Any, title: str | None = None) -> None:
        super().__init__(parent, title)
        self._started = False
        self._rows_written = 0
        self._done = False
        self._letters: list[str] = []
        self._texts: dict[str, str] = {}
        self._pending: list[str] = []

    @property
    def closed(self) -> bool:
        return self._done

    def _start(self) -> None:
        """The temporary file, and the sheet's head to be written first (on the first
        row, as openpyxl does: columns and panes are set by then)."""
        if not self._started:
            self._started = True
            self._writer = _RowsFile()
            self._pending.append(self._envelope()[0])

    def _flush(self) -> None:
        """The rows formatted so far, to the file (open only meanwhile: a sheet left
        unsaved holds no open file)."""
        with open(self._writer.out, "a", encoding="utf-8", newline="") as handle:
            handle.writelines(self._pending)
        self._pending.clear()

    def _envelope(self) -> tuple[str, str]:
        """The sheet's XML before its rows (up to ``<sheetData>``) and after them
        (from ``</sheetData>``), written by openpyxl."""
        out = BytesIO()
        writer = WorksheetWriter(self, out=out)
        writer.write_top()
        stream = writer.xf.send(True)
        with stream.element("sheetData"):
            stream.write(_MARK)
        writer.xf.send(None)
        writer.write_tail()
        writer.close()
        if self._writer is not None:
            self._writer._rels = writer._rels
        head, mark, tail = out.getvalue().decode("utf-8").partition(_MARK)
        assert mark, "openpyxl wrote no sheetData"
        return head, tail

    def _column_letters(self, count: int) -> list[str]:
        letters = self._letters
        while len(letters) < count:
            letters.append(get_column_letter(len(letters) + 1))
        return letters

    def append(self, row: Iterable[Any]) -> None:
        """Write *row* (values or openpyxl cells; ``None`` leaves a cell out)."""
        if self._done:
            raise WorkbookAlreadySaved("The sheet is closed.")
        if not isinstance(row, list | tuple):
            row = list(row)
        self._start()
        self._rows_written += 1
        number = self._rows_written
        letters = self._column_letters(len(row))
        texts = self._texts
        parts = [f'<row r="{number}">']
        add = parts.append
        for index, value in enumerate(row):
            if value is None:
                continue
            kind = type(value)
            if kind is int:
                if -_EXACT_INTS < value < _EXACT_INTS:
                    add(f'<c r="{letters[index]}{number}" t="n"><v>{value}</v></c>')
                else:
                    add(f'<c r="{letters[index]}{number}" t="n"><v>{value:.16g}</v></c>')
            elif kind is float and math.isfinite(value):
                add(f'<c r="{letters[index]}{number}" t="n"><v>{value:.16g}</v></c>')
            elif kind is str and _plain_text(value):
                xml = texts.get(value)
                if xml is None:
                    xml = _inline(value)
                    if len(value) <= _CACHED_TEXT:
                        if len(texts) >= _CACHED_TEXTS:
                            texts.clear()
                        texts[value] = xml
                add(f'<c r="{letters[index]}{number}"{xml}')
            elif kind is bool:
                add(f'<c r="{letters[index]}{number}" t="b"><v>{int(value)}</v></c>')
            else:
                add(self._other(value, index + 1, number))
        add("</row>")
        self._pending.append("".join(parts))
        if len(self._pending) >= _ROWS_AT_A_TIME:
            self._flush()

    def _other(self, value: Any, column: int, row: int) -> str:
        """A cell this writer does not format itself: a styled text or number here,
        anything else by openpyxl's cell writer."""
        if isinstance(value, Cell):
            cell = value
        else:
            cell = WriteOnlyCell(self, value)  # openpyxl's checks and conversions
        cell.column, cell.row = column, row
        if cell.hyperlink is not None or cell.comment is not None:
            raise ValueError("hyperlinks and comments are not supported here")
        data, content = cell.data_type, cell._value
        if content is None and not cell.has_style:
            return ""
        ref = f"{self._column_letters(column)[column - 1]}{row}"
        style = f' s="{cell.style_id}"' if cell.has_style else ""
        if data == "s" and type(content) is str and content:
            return f'<c r="{ref}"{style}{_inline(content)}'
        if data == "n" and type(content) in (int, float) and math.isfinite(content):
            if type(content) is int and -_EXACT_INTS < content < _EXACT_INTS:
                return f'<c r="{ref}"{style} t="n"><v>{content}</v></c>'
            return f'<c r="{ref}"{style} t="n"><v>{content:.16g}</v></c>'
        stream = _Collected()
        etree_write_cell(stream, self, cell, cell.has_style)
        return b"".join(stream.parts).decode("utf-8")

    def close(self) -> None:
        """Write the rest of the sheet; openpyxl's save puts the file in the workbook."""
        if self._done:
            raise WorkbookAlreadySaved("The sheet is closed.")
        self._done = True
        self._start()
        self._pending.append(self._envelope()[1])
        self._flush()
