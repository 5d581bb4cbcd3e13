"""Checks made on a workbook file before anything opens it, and safe opening.

Every way a file can be unusable (wrong format, password, truncated, zip bomb,
XML entity attack) becomes an :class:`ExcelFileError` whose message names the
file and the problem in words a unit head understands.  Nothing here writes.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from amp_desktop.core.i18n import translate

#: Limits for what an .xlsx may inflate to (a catalogue workbook is a few MB).
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_RATIO = 200
#: Cells a sheet may span (rows × columns of its used range): readers allocate the
#: whole rectangle, so one stray cell at XFD1048576 would ask for hundreds of GB.
MAX_CELLS = 5_000_000
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ExcelFileError(ValueError):
    """A workbook that cannot be read; the message is for the user."""


def _fail(path: Path, reason: str) -> ExcelFileError:
    return ExcelFileError(
        translate("Excel", "{name} cannot be read: {reason}").format(name=path.name, reason=reason)
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(8)
    except FileNotFoundError:
        raise _fail(path, translate("Excel", "the file does not exist.")) from None
    except IsADirectoryError:
        raise _fail(path, translate("Excel", "it is a folder, not a file.")) from None
    except PermissionError:
        raise _fail(path, translate("Excel", "you do not have permission to open it.")) from None
    except OSError as exc:
        raise _fail(path, str(exc)) from None


def check_workbook_file(path: str | Path) -> Path:
    """Check that *path* is an .xlsx workbook that is safe to open; returns it.

    Raises :class:`ExcelFileError` naming the problem otherwise.
    """
    path = Path(path)
    head = _head(path)
    if not head:
        raise _fail(path, translate("Excel", "the file is empty."))
    if head.startswith(OLE2_MAGIC):
        raise _fail(
            path,
            translate(
                "Excel",
                "it is either protected with a password or an old Excel 97–2003 (.xls) "
                "workbook. Remove the password, or save it as an Excel workbook (.xlsx), "
                "and try again.",
            ),
        )
    if not head.startswith(ZIP_MAGIC):
        raise _fail(
            path,
            translate(
                "Excel",
                "it is not an Excel workbook (.xlsx); it looks like text or another "
                "format (a CSV file renamed?). Open it in Excel or LibreOffice and save "
                "it as an Excel workbook (.xlsx).",
            ),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(path, archive)
    except zipfile.BadZipFile:
        raise _fail(
            path, translate("Excel", "the file is damaged or incomplete (was it cut short?).")
        ) from None
    except (OSError, zlib.error, EOFError):
        raise _fail(path, translate("Excel", "the file is damaged or incomplete.")) from None
    return path


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "mimetype" in names and archive.read("mimetype").startswith(
        b"application/vnd.oasis.opendocument"
    ):
        raise _fail(
            path,
            translate(
                "Excel",
                "it is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook "
                "(.xlsx) and try again.",
            ),
        )
    if len(infos) > MAX_MEMBERS:
        raise _fail(path, translate("Excel", "it has too many parts to be a workbook."))
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_UNCOMPRESSED or (total > 10 * 1024 * 1024 and total / packed > MAX_RATIO):
        raise _fail(
            path,
            translate(
                "Excel",
                "it would unpack to an unreasonable size (a “zip bomb”); it was not opened.",
            ),
        )
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise _fail(path, translate("Excel", "it is a zip file but not an Excel workbook."))
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        # A DOCTYPE must come before the root element, so the first bytes suffice.
        with archive.open(info) as handle:
            start = handle.read(8192)
        if b"<!DOCTYPE" in start.upper() or b"<!ENTITY" in start.upper():
            raise _fail(
                path,
                translate(
                    "Excel",
                    "it contains XML entity declarations, which workbooks never need and "
                    "attacks use; it was not opened.",
                ),
            )
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            _check_extent(path, archive, info, start)


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s[^>]*?ref=\"(?:[A-Z]+\d+:)?([A-Z]+)(\d+)\"")
_ROW = re.compile(rb"<(?:\w+:)?row\s[^>]*?r=\"(\d+)\"")
# A cell reference of two or three letters (column AA or later); "r=" is also in
# <row r="12">, but a row number starts with a digit.  Plain prefix: fast to scan.
_WIDE_CELL = re.compile(rb"r=\"([A-Z]{2,3})\d")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _check_extent(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, start: bytes
) -> None:
    """Refuse a sheet whose used range is far larger than any list AMP reads: a stray
    cell at the far end of a sheet makes readers allocate the whole rectangle (and
    can kill the program).  The sheet's ``<dimension>`` tells; without one, the
    cells are scanned (rows in order; wide columns are rare, so few matches)."""
    found = _DIMENSION.search(start)
    if found:
        columns, rows = _column_number(found.group(1)), int(found.group(2))
    else:
        columns, rows = 26, 0
        tail = b""
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 20):
                data = tail + chunk
                for match in _WIDE_CELL.finditer(data):
                    columns = max(columns, _column_number(match.group(1)))
                last = list(_ROW.finditer(data[-4096:])) or list(_ROW.finditer(data))
                if last:
                    rows = max(rows, int(last[-1].group(1)))
                tail = data[-64:]
    if rows * columns > MAX_CELLS:
        from openpyxl.utils import get_column_letter

        raise _fail(
            path,
            translate(
                "Excel",
                "a sheet reaches cell {cell}, far beyond any list AMP reads (it would need "
                "more memory than this computer has). Delete the stray cells there "
                "(Ctrl+End in Excel goes to them) and save the workbook again.",
            ).format(cell=f"{get_column_letter(min(columns, 16384))}{rows}"),
        )


def open_workbook(path: str | Path, *, read_only: bool = True, checked: bool = False) -> Any:
    """Open a workbook with openpyxl (defusedxml guards the XML parser), checked
    first unless the caller has just *checked* it with :func:`check_workbook_file`."""
    import openpyxl

    path = Path(path) if checked else check_workbook_file(path)
    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises a zoo; see ENGINEERING.md
        raise _fail(
            path,
            translate("Excel", "the workbook's contents are damaged ({reason}).").format(
                reason=type(exc).__name__
            ),
        ) from None
