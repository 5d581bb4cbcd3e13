"""How a workbook reader's failure reaches the user: as one line, never as a crash.

Used by both readers (:mod:`~amp_desktop.core.excel.openpyxl_reader` and
:mod:`~amp_desktop.core.excel.readers`): a sheet neither can read becomes one
:class:`~amp_desktop.core.excel.safety.ExcelFileError`; what native code prints on
stderr (a Rust panic inside python-calamine) goes to the log.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.i18n import translate

log = logging.getLogger(__name__)


#: A part of the zip whose compressed bytes are damaged: said in words, not as
#: the library's class name ("they may be damaged (error)" for a zlib.error).
_DAMAGED_ZIP = (zlib.error, zipfile.BadZipFile, EOFError)


def unreadable(path: Path, sheet: str | None, exc: BaseException) -> ExcelFileError:
    if isinstance(exc, _DAMAGED_ZIP):
        if sheet is None:
            reason = translate("Excel", "the file is damaged or incomplete.")
        else:
            text = translate("Excel", "the sheet “{sheet}” is damaged or incomplete.")
            reason = text.format(sheet=sheet)
        return ExcelFileError(
            translate("Excel", "{name} cannot be read: {reason}").format(
                name=path.name, reason=reason
            )
        )
    reason = type(exc).__name__
    if sheet is None:
        return ExcelFileError(
            translate(
                "Excel",
                "{name} cannot be read: neither of AMP's two readers understands its "
                "contents; they may be damaged ({reason}). Open it in Excel or LibreOffice, "
                "save it as an Excel workbook (.xlsx) and try again.",
            ).format(name=path.name, reason=reason)
        )
    return ExcelFileError(
        translate(
            "Excel",
            "{name} cannot be read: neither of AMP's two readers understands the sheet "
            "“{sheet}”; it may be damaged ({reason}). Open the workbook in Excel or "
            "LibreOffice, save it as an Excel workbook (.xlsx) and try again.",
        ).format(name=path.name, sheet=sheet, reason=reason)
    )


@contextmanager
def stderr_logged() -> Iterator[None]:
    """What native code writes to stderr meanwhile (a Rust panic message) goes to
    the log instead of the user's terminal."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no real stderr (a windowed app)
        yield
        return
    with tempfile.TemporaryFile() as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            text = capture.read().decode("utf-8", "replace").strip()
            if text:
                log.info("the workbook reader wrote: %s", text)


def fatal(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, SystemExit, GeneratorExit))
