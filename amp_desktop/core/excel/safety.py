"""Checks made on a workbook file before anything opens it, and safe opening.

Every way a file can be unusable (wrong format, password, truncated, zip bomb,
XML entity attack) becomes an :class:`ExcelFileError` whose message names the
file and the problem in words a unit head understands.  Nothing here writes.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

from amp_desktop.core.i18n import translate

#: Limits for what an .xlsx may inflate to (a catalogue workbook is a few MB).
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 500 * 1024 * 1024
MAX_RATIO = 200
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
        if info.filename.endswith((".xml", ".rels")) and _declares_entities(archive, info):
            raise _fail(
                path,
                translate(
                    "Excel",
                    "it contains XML entity declarations, which workbooks never need and "
                    "attacks use; it was not opened.",
                ),
            )


def _declares_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    # A DOCTYPE must come before the root element, so the first bytes suffice.
    with archive.open(info) as handle:
        start = handle.read(4096).upper()
    return b"<!DOCTYPE" in start or b"<!ENTITY" in start


def open_workbook(path: str | Path, *, read_only: bool = True) -> Any:
    """Open a checked workbook with openpyxl (defusedxml guards the XML parser)."""
    import openpyxl

    path = check_workbook_file(path)
    try:
        return openpyxl.load_workbook(path, read_only=read_only, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises a zoo; see ENGINEERING.md
        raise _fail(
            path,
            translate("Excel", "the workbook's contents are damaged ({reason}).").format(
                reason=type(exc).__name__
            ),
        ) from None
