"""Checks made on a workbook file before anything opens it, and safe opening.

Every way a file can be unusable (wrong format, password, truncated, zip bomb,
XML entity attack) becomes an :class:`ExcelFileError` whose message names the
file and the problem in words a unit head understands.  Formats AMP does not read
(.xls, .xlsb, .ods, Numbers, a web page saved as .xls) are told apart by their
bytes, before any reader opens them.  What each sheet holds is measured (see
:mod:`~amp_desktop.core.excel.scan`) and kept with the checked path, so a sheet
too large to read is refused only when it is read, naming it.  Nothing here writes.
"""

from __future__ import annotations

import logging
import posixpath
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.excel.scan import EntityFound, Extent, check_entities, scan_sheet
from amp_desktop.core.i18n import translate

log = logging.getLogger(__name__)

#: Limits for what an .xlsx may inflate to (AMP's own county-sized export included).
MAX_MEMBERS = 10_000
MAX_UNCOMPRESSED = 1536 * 1024 * 1024
MAX_RATIO = 200
#: Cells a sheet may span (rows × columns from its first to its last cell holding a
#: value): readers allocate the whole rectangle, so one stray value at XFD1048576
#: would ask for hundreds of GB.  A million-row list of 12 columns fits.
MAX_CELLS = 12_000_000
#: The same for the Demand and base sheets of AMP's own export of the catalogue it
#: is imported into, read streaming from their XML (their shape is AMP's, memory does
#: not grow with them): a county's ten years are 50 million cells (24.8 million filled).
EXPORT_MAX_CELLS = 250_000_000
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
_SHEET_FOLDERS = ("xl/worksheets/", "xl/macrosheets/", "xl/dialogsheets/", "xl/chartsheets/")


@dataclass(frozen=True)
class SheetPart:
    """One sheet of a checked workbook: its zip member, kind (``worksheet``,
    ``chartsheet``, ``dialogsheet``, ``macrosheet``) and what it holds."""

    name: str
    part: str
    kind: str
    extent: Extent | None
    hidden: bool = False  # hidden in Excel (the workbook's ``state="hidden"``)


class CheckedWorkbook(type(Path())):  # type: ignore[misc]
    """A workbook path that passed :func:`check_workbook_file`, with its sheets.

    A sheet's extent is measured when the sheet is first read (see
    :func:`sheet_extent`), so a workbook of 500 sheets costs what its used sheet
    costs; ``sheets[name].extent`` is None until then."""

    sheets: dict[str, SheetPart]
    strict: bool
    #: The limit each measured sheet was measured against (a larger one measures again).
    scanned: dict[str, int]


class ExcelFileError(AmpError, ValueError):
    """A workbook that cannot be read; the message is for the user."""


def shown_name(path: Path) -> str:
    """The file as a message names it: its name, or for ``.``, ``..`` and ``/`` (which
    have none) the folder they stand for, else the path as given."""
    if path.name not in ("", ".", ".."):
        return path.name
    try:
        return path.resolve().name or str(path)
    except (OSError, RuntimeError):  # (a loop of links)
        return str(path)


def _fail(path: Path, reason: str) -> ExcelFileError:
    return ExcelFileError(
        translate("Excel", "{name} cannot be read: {reason}").format(
            name=shown_name(path), reason=reason
        )
    )


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(512)
    except FileNotFoundError:
        raise _fail(path, translate("Excel", "the file does not exist.")) from None
    except IsADirectoryError:
        raise _fail(path, translate("Excel", "it is a folder, not a file.")) from None
    except PermissionError:
        raise _fail(path, translate("Excel", "you do not have permission to open it.")) from None
    except OSError as exc:
        raise _fail(path, str(exc)) from None


def check_workbook_file(path: str | Path) -> CheckedWorkbook:
    """Check that *path* is an .xlsx workbook that is safe to open; returns it
    with what its sheets hold.  Raises :class:`ExcelFileError` naming the problem."""
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
        if path.name.startswith(("~$", ".~lock.")):  # (Excel's, LibreOffice's)
            raise _fail(path, _lock_file_reason())
        raise _fail(path, _not_a_zip(head))
    try:
        with zipfile.ZipFile(path) as archive:
            return _check_archive(path, archive)
    except zipfile.BadZipFile:
        raise _fail(
            path, translate("Excel", "the file is damaged or incomplete (was it cut short?).")
        ) from None
    except EntityFound:
        raise _entities(path) from None
    except (OSError, zlib.error, EOFError, NotImplementedError):
        raise _fail(path, translate("Excel", "the file is damaged or incomplete.")) from None


def _entities(path: Path) -> ExcelFileError:
    return _fail(
        path,
        translate(
            "Excel",
            "it contains XML entity declarations, which workbooks never need and "
            "attacks use; it was not opened.",
        ),
    )


def _lock_file_reason() -> str:
    return translate(
        "Excel",
        "it is the lock file Excel or LibreOffice keeps beside a workbook while it is "
        "open (it holds no data); choose the workbook itself.",
    )


def _not_a_zip(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or (
        text.startswith(b"<?xml") and b"urn:schemas-microsoft-com:office:spreadsheet" in head
    ):
        return translate(
            "Excel",
            "it is a web page or an XML file with an Excel file name (many case systems "
            "export such “.xls” files). Open it in Excel or LibreOffice and save it as an "
            "Excel workbook (.xlsx).",
        )
    return translate(
        "Excel",
        "it is not an Excel workbook (.xlsx); it looks like text or another "
        "format (a CSV file renamed?). Open it in Excel or LibreOffice and save "
        "it as an Excel workbook (.xlsx).",
    )


def _check_archive(path: Path, archive: zipfile.ZipFile) -> CheckedWorkbook:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    _check_format(path, archive, names)
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
    workbook = b""
    for small in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if small in names:
            check_entities(archive, archive.getinfo(small))
    if "xl/workbook.xml" in names:
        workbook = archive.read("xl/workbook.xml")
    parts = _sheet_parts(archive, workbook) if workbook else {}
    sheet_parts = {sheet.part for sheet in parts.values()}
    for info in infos:
        # A sheet is scanned (entities included) when it is read: 500 sheets of
        # 10,000 cells took 75 s although one was used (#11 item 16).  No reader
        # opens a sheet that is not read.
        if info.filename in sheet_parts:
            continue
        if info.filename.endswith((".xml", ".rels", ".vml")):
            check_entities(archive, info)
    checked = CheckedWorkbook(path)
    checked.strict = STRICT_NAMESPACE in workbook
    checked.sheets = dict(parts)
    checked.scanned = {}
    return checked


def is_hidden(path: Path, sheet: str) -> bool:
    """Whether *sheet* of a checked workbook is hidden in Excel."""
    part = getattr(path, "sheets", {}).get(sheet)
    return bool(part is not None and part.hidden)


def read_hidden_note(sheet: str) -> str:
    """The preview's line for a list read from a sheet hidden in Excel."""
    return translate(
        "Excel", "The list was read from sheet “{sheet}”, which is hidden in the workbook."
    ).format(sheet=sheet)


def sheet_extent(path: CheckedWorkbook, sheet: str, limit: int | None = None) -> Extent | None:
    """What *sheet* of a checked workbook holds, measured on first use against
    *limit* (:data:`MAX_CELLS` by default; exact when its quick bound passes it);
    None when the sheet is unknown.  Raises :class:`ExcelFileError` for entity
    declarations or a damaged part."""
    limit = MAX_CELLS if limit is None else limit
    found = path.sheets.get(sheet)
    if found is None:
        return None
    cached = found.extent
    if cached is not None and (
        (cached.cells <= limit and cached.values <= limit)
        or (cached.exact and path.scanned.get(sheet, 0) >= limit)
    ):
        return cached  # within the limit, or counted exactly up to it
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(found.part)
            extent = scan_sheet(archive, info, limit)
    except KeyError:
        return None  # the workbook names a part it lacks: the readers say so
    except EntityFound:
        raise _entities(path) from None
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
        raise _fail(path, translate("Excel", "the file is damaged or incomplete.")) from None
    path.sheets[sheet] = SheetPart(found.name, found.part, found.kind, extent, found.hidden)
    path.scanned[sheet] = limit
    return extent


def _check_format(path: Path, archive: zipfile.ZipFile, names: set[str]) -> None:
    """Refuse, with what to do, the zip-based formats AMP does not read."""
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
    if "xl/workbook.bin" in names:
        raise _fail(
            path,
            translate(
                "Excel",
                "it is an Excel binary workbook (.xlsb), which AMP does not read. Open it "
                "in Excel and save it as an Excel workbook (.xlsx).",
            ),
        )
    if any(n.startswith(("Index/", "Index.zip")) for n in names) and "xl/workbook.xml" not in names:
        raise _fail(
            path,
            translate(
                "Excel",
                "it is an Apple Numbers document. In Numbers, export it to Excel (.xlsx).",
            ),
        )


def _sheet_parts(archive: zipfile.ZipFile, workbook: bytes) -> dict[str, SheetPart]:
    """Sheet name → its part and kind, from the workbook and its relationships."""
    from defusedxml.ElementTree import fromstring

    def local(tag: str) -> str:
        return tag.rpartition("}")[2]

    try:
        rels_xml = archive.read("xl/_rels/workbook.xml.rels")
        targets = {}
        for rel in fromstring(rels_xml).iter():
            if local(rel.tag) == "Relationship":
                target = rel.get("Target", "")
                part = (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join("xl", target))
                )
                targets[rel.get("Id")] = part
        sheets = {}
        for element in fromstring(workbook).iter():
            if local(element.tag) != "sheet":
                continue
            rid = next((v for k, v in element.attrib.items() if local(k) == "id"), None)
            part = targets.get(rid, "")
            folder = part.rpartition("/")[0].rpartition("/")[2]
            kind = {
                "worksheets": "worksheet",
                "chartsheets": "chartsheet",
                "dialogsheets": "dialogsheet",
                "macrosheets": "macrosheet",
            }.get(folder, "worksheet")
            name = element.get("name", "")
            hidden = element.get("state", "visible") in ("hidden", "veryHidden")
            sheets[name] = SheetPart(name, part, kind, None, hidden)
        return sheets
    except (KeyError, SyntaxError, ValueError):
        return {}  # the readers say what is wrong with it


def sheet_too_large(
    path: Path, sheet: str, extent: Extent, limit: int | None = None
) -> ExcelFileError:
    """The message for a sheet whose cells holding values span more than AMP reads."""
    from openpyxl.utils import get_column_letter

    limit = MAX_CELLS if limit is None else limit
    if extent.values > limit and extent.exact:
        return _fail(
            path,
            translate(
                "Excel",
                "the sheet “{sheet}” has more than {limit:,} filled cells, more than AMP "
                "reads from one sheet. Keep only the rows and columns AMP needs (for a "
                "referral list: date, programme and source) and try again.",
            ).format(sheet=sheet, limit=limit),
        )
    return _fail(
        path,
        translate(
            "Excel",
            "the sheet “{sheet}” reaches cell {cell}, far beyond any list AMP reads (it "
            "would need more memory than this computer has). Delete the stray cells "
            "there (Ctrl+End in Excel goes to them) and save the workbook again.",
        ).format(
            sheet=sheet,
            cell=f"{get_column_letter(min(max(extent.columns, 1), 16384))}{extent.rows}",
        ),
    )


def readable_extent(path: Path, sheet: str, limit: int | None = None) -> Extent | None:
    """The extent of *sheet* in a checked workbook, or raise
    :class:`ExcelFileError` if it is more than AMP reads (*limit* cells; only AMP's
    own export streamed from its XML may ask for :data:`EXPORT_MAX_CELLS`); None
    when unknown."""
    checked = path if isinstance(path, CheckedWorkbook) else check_workbook_file(path)
    limit = MAX_CELLS if limit is None else limit
    extent = sheet_extent(checked, sheet, limit)
    if extent is None:
        return None
    if extent.cells > limit or extent.values > limit:
        raise sheet_too_large(path, sheet, extent, limit)
    return extent


@contextmanager
def library_warnings_logged() -> Iterator[None]:
    """Warnings the readers give (openpyxl: "Data Validation extension is not
    supported", "Defined names … cannot be located") go to the log, never to the
    user's terminal; they never stop a read either (not even with ``-W error``)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        finally:
            for warning in caught:
                log.info("while reading a workbook: %s", warning.message)


def open_workbook(path: str | Path, *, read_only: bool = True, checked: bool = False) -> Any:
    """Open a workbook with openpyxl (defusedxml guards the XML parser), checked
    first unless the caller has just *checked* it with :func:`check_workbook_file`."""
    import openpyxl

    path = Path(path) if checked else check_workbook_file(path)
    try:
        with library_warnings_logged():
            return openpyxl.load_workbook(path, read_only=read_only, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises a zoo; see ENGINEERING.md
        raise _fail(
            path,
            translate("Excel", "the workbook's contents are damaged ({reason}).").format(
                reason=type(exc).__name__
            ),
        ) from None
