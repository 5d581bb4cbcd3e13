"""Rows of a very large sheet read from its XML as they come, only the columns asked for.

python-calamine builds the whole sheet in memory before giving a row (a list of a
million rows and ten columns: about 1 GB in Rust alone), so a sheet that large is
read here instead, streaming: the first rows whole (to tell the kind of sheet and
find its header), then only the columns the caller counts.  Values are what
calamine gives (rows from A1, empty cells ``""``, shared and inline strings,
numbers as floats, dates by their number format, booleans); the caller puts
formulas in (:mod:`~amp_desktop.core.excel.readers`).  Only for sheets the scan
found written the usual way (every cell with its reference first, no prefix).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from amp_desktop.core.excel.scan import column_number

CHUNK = 1 << 20
#: Cells up to this many bytes have their value remembered (dates, codes, numbers
#: repeat); longer ones are decoded each time (AMP's base sheet: 10,000 unique texts
#: of 6 KB were held twice, 130 MB).
CACHED_CELL = 256
_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"([^>]*?(?:/>|>.*?</c>))', re.S)
_SPLIT = re.compile(rb"([^>]*?)(?:/>|>(.*)</c>)\Z", re.S)
_TYPE = re.compile(rb'\st="(\w+)"')
_STYLE = re.compile(rb'\ss="(\d+)"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_TEXT = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)</t>|<rPh\b.*?</rPh>", re.S)
_SI = re.compile(rb"<si>(?:<t(?:\s[^>]*)?>([^<]*)</t></si>|(.*?)</si>)", re.S)
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _text(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    if "&" in text:
        text = html.unescape(text)
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _runs(body: bytes) -> str:
    """The text of a string item or inline string: its ``<t>`` runs, phonetic
    runs left out."""
    return "".join(_text(m.group(1)) for m in _TEXT.finditer(body) if m.group(1) is not None)


def shared_strings(archive: zipfile.ZipFile, part: str | None) -> list[str]:
    """The workbook's shared strings, read a piece at a time (a list of a million
    rows has two million; one call over all of them held the GIL for a second)."""
    if part is None or part not in archive.namelist():
        return []
    strings: list[str] = []
    for block in _blocks(archive, part, b"</si>"):
        strings.extend(
            _text(simple) if simple is not None else _runs(rich)
            for simple, rich in _SI.findall(block)
        )
    return strings


def date_styles(archive: zipfile.ZipFile, part: str | None) -> set[int]:
    """The cell styles whose number format shows a date or time."""
    from defusedxml.ElementTree import fromstring
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if part is None or part not in archive.namelist():
        return set()
    root = fromstring(archive.read(part))
    formats = dict(BUILTIN_FORMATS)
    found: set[int] = set()
    for element in root.iter():
        if element.tag.rpartition("}")[2] == "numFmt":
            try:
                formats[int(element.get("numFmtId", ""))] = element.get("formatCode", "")
            except ValueError:
                continue
    for element in root.iter():
        if element.tag.rpartition("}")[2] != "cellXfs":
            continue
        xfs = [x for x in element if x.tag.rpartition("}")[2] == "xf"]
        for index, xf in enumerate(xfs):
            try:
                code = formats.get(int(xf.get("numFmtId", "0")), "")
            except ValueError:
                continue
            if code and is_date_format(code):
                found.add(index)
    return found


def _date(serial: float) -> Any:
    from openpyxl.utils.datetime import from_excel

    try:
        value = from_excel(serial)
    except (ValueError, OverflowError):
        return serial
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


class _Values:
    """Turns a cell's attributes and body into the value calamine would give."""

    def __init__(self, strings: list[str], dates: set[int]):
        self.strings = strings
        self.dates = dates

    def __call__(self, cell: bytes) -> Any:
        """The value of a cell from what follows its reference (attributes, body)."""
        split = _SPLIT.match(cell)
        if split is None:
            return ""
        attrs, body = split.groups()
        if not body:
            return ""
        found = _TYPE.search(attrs) if b"t=" in attrs else None
        kind = found.group(1) if found else b"n"
        if kind == b"inlineStr":
            if (
                body.startswith(b"<is><t>")
                and body.endswith(b"</t></is>")
                and b"<" not in body[7:-9]
            ):
                return _text(body[7:-9])
            return _runs(body)
        value = _VALUE.search(body)
        if value is None:
            return ""
        raw = value.group(1)
        if kind == b"s":
            index = int(raw)
            return self.strings[index] if 0 <= index < len(self.strings) else ""
        if kind == b"n":
            try:
                number = float(raw)
            except ValueError:
                return _text(raw)
            if self.dates and b"s=" in attrs:
                style = _STYLE.search(attrs)
                if style is not None and int(style.group(1)) in self.dates:
                    return _date(number)
            return number
        if kind == b"b":
            return raw.strip() in (b"1", b"true")
        return _text(raw)


def _blocks(archive: zipfile.ZipFile, part: str, close: bytes = b"</row>") -> Iterator[bytes]:
    """The part's XML in pieces that each end after a *close* tag (no cell or
    string item is split)."""
    pending = b""
    with archive.open(part) as handle:
        while chunk := handle.read(CHUNK):
            data = pending + chunk
            end = data.rfind(close)
            if end < 0:
                pending = data
                continue
            pending = data[end + len(close) :]
            yield data[: end + len(close)]
    if pending:
        yield pending


class RowsOutOfOrder(ValueError):
    """A row comes after a later one (no writer does that; the caller says so)."""


def xml_chunks(
    path: Any,
    part: str,
    strings_part: str | None,
    styles_part: str | None,
    rows_at_a_time: int,
    wanted: Callable[[], set[int] | None],
    head_rows: int | None = None,
) -> Iterator[list[list[Any]]]:
    """The sheet's rows from A1: *head_rows* first (all columns), then about
    *rows_at_a_time* at a time holding only the columns *wanted()* names (0-based;
    None: all)."""
    with zipfile.ZipFile(path) as archive:
        value_of = _Values(shared_strings(archive, strings_part), date_styles(archive, styles_part))
        columns: dict[bytes, int] = {}
        out: list[list[Any]] = []
        row: list[Any] | None = None
        current = -1  # the 0-based row being filled
        done = 0  # rows given in earlier chunks
        head = True
        keep: set[int] | None = None
        width = 0
        cache: dict[bytes, Any] = {}
        pattern = _CELL
        for block in _blocks(archive, part):
            for letters, number, cell in pattern.findall(block):
                col = columns.get(letters)
                if col is None:
                    col = columns[letters] = column_number(letters) - 1
                if keep is not None and col not in keep:
                    continue
                index = int(number) - 1
                if index != current:
                    if index < current:
                        raise RowsOutOfOrder(part)
                    if row is not None:
                        out.append(row)
                    while done + len(out) < index:
                        out.append([""] * width if keep is not None else [])
                    if len(out) >= ((head_rows or rows_at_a_time) if head else rows_at_a_time):
                        if head:
                            _pad(out)
                        yield out
                        if head:  # the caller has read the head and said what it needs
                            head = False
                            keep = wanted()
                            width = max(keep, default=-1) + 1 if keep is not None else 0
                            pattern = _pattern(keep)
                        done += len(out)
                        out = []
                    row = [""] * width if keep is not None else []
                    current = index
                    if keep is not None and col not in keep:
                        continue
                assert row is not None
                value = cache.get(cell, cache)
                if value is cache:
                    if len(cell) > CACHED_CELL:  # a long text, likely unique: not kept
                        value = value_of(cell)
                    else:
                        if len(cache) > 100_000:
                            cache.clear()
                        value = cache[cell] = value_of(cell)
                if col < len(row):
                    row[col] = value
                else:
                    row.extend([""] * (col - len(row)))
                    row.append(value)
        if row is not None:
            out.append(row)
        if head:
            _pad(out)
        if out:
            yield out


def _pattern(keep: set[int] | None) -> re.Pattern[bytes]:
    """The cell pattern for the columns kept (others are passed over in C)."""
    from openpyxl.utils import get_column_letter

    if keep is None or not keep:
        return _CELL
    letters = b"|".join(get_column_letter(c + 1).encode() for c in sorted(keep))
    return re.compile(rb'<c r="(' + letters + rb')(\d+)"([^>]*?(?:/>|>.*?</c>))', re.S)


def _pad(rows: list[list[Any]]) -> None:
    """Rows of one width, as calamine gives them."""
    width = max(map(len, rows), default=0)
    for item in rows:
        if len(item) < width:
            item.extend([""] * (width - len(item)))


_RELATION = re.compile(rb"<Relationship\s[^>]*>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def workbook_parts(archive: zipfile.ZipFile) -> tuple[str | None, str | None]:
    """The shared-strings and styles parts of a workbook, by its relationships."""
    import posixpath

    found: dict[str, str] = {}
    try:
        rels = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        rels = b""
    for tag in _RELATION.findall(rels):
        attrs = {k.decode(): v.decode("utf-8", "replace") for k, v in _ATTR.findall(tag)}
        kind = attrs.get("Type", "").rpartition("/")[2]
        target = attrs.get("Target", "")
        if kind in ("sharedStrings", "styles") and target:
            found[kind] = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
    names = set(archive.namelist())
    strings = found.get("sharedStrings") or "xl/sharedStrings.xml"
    styles = found.get("styles") or "xl/styles.xml"
    return (strings if strings in names else None, styles if styles in names else None)
