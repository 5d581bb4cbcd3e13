"""A file a user saved from Kolada, as text: read within a size limit, its encoding
found (UTF-8 with or without a BOM, the UTF-16 of Excel's "Unicode text", Windows-1252
of Excel's plain CSV), and refused with one line when it is something else — a web
page saved by mistake (a login or error page), an Excel workbook, or not text at all.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from amp_desktop.core.errors import os_reason
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.records import KoladaFileError

#: The largest file read.  What AMP compares (its KPIs, a municipality, its peers, its
#: county and the country, every year) is well under a megabyte; a kolada.se export of
#: one KPI for every municipality and year is a few.  A bigger file is not read at all
#: (16 MB of CSV is half a million values: about 330 MB and 8 s CPU to import).
MAX_FILE_BYTES = 16 * 1024 * 1024
_MB = 1024 * 1024


def _refuse(message: str) -> KoladaFileError:
    return KoladaFileError(message)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; KoladaFileError when it cannot be read or is over *limit*."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise KoladaFileError(
            translate("Kolada", "Cannot read the file: {reason}.").format(reason=os_reason(exc))
        ) from None
    if len(raw) > limit:
        raise _refuse(
            translate(
                "Kolada",
                "The file is over {limit} MB, too big for a file saved from Kolada; "
                "save only the KPIs and municipalities you compare.",
            ).format(limit=limit // _MB),
        )
    return raw


def _looks_utf16(raw: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 text without a BOM (every other byte zero)."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(raw: bytes) -> str:
    """*raw* as text (see the module's docstring); KoladaFileError when it is not text."""
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(
            translate(
                "Kolada",
                "This is an Excel workbook, not CSV or JSON; in Excel, save it as "
                "“CSV UTF-8” and import that file.",
            ),
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding: str | None = "utf-16"
    else:
        encoding = _looks_utf16(raw)
    try:
        if encoding:
            text = raw.decode(encoding)
        else:
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")  # Excel's plain "CSV"
    except UnicodeDecodeError:
        text = "\x00"
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise _refuse(translate("Kolada", "This is not a text file (CSV or JSON)."))
    head = text.lstrip()[:512].casefold()
    if head.startswith("<") and ("<html" in head or "<!doctype" in head or "<head" in head):
        raise _refuse(
            translate(
                "Kolada",
                "This is a web page (HTML), not Kolada's data — perhaps a login or "
                "error page was saved; save the JSON answer or the CSV export again.",
            ),
        )
    if not text.strip():
        raise _refuse(translate("Kolada", "The file is empty."))
    return text
