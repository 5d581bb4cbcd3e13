"""User text into cells, literally and exactly: never a formula, never changed.

Plain text (starting with a letter, nothing to escape) is written as it is; any
other text as a literal-text cell (``data_type = "s"`` and ``quotePrefix``: a
description ``=HYPERLINK(...)`` stays text).  A carriage return or another control
character is written as OOXML's escape (``_x000D_``) and a literal ``_x000D_`` as
``_x005F_x000D_``: Excel, LibreOffice and python-calamine read both back, and
AMP's openpyxl reader unescapes them (a raw carriage return came back as a line
feed).  A text longer than a cell holds is refused, never cut.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate

CELL_LIMIT = 32_767


class ExportError(ExcelFileError, OSError):
    """A workbook that cannot be written; the message is for the user.

    An :class:`OSError` too, so that callers reporting a failed write (the
    command line, the window) show its message.
    """


# What XML cannot carry as it is (a carriage return comes back as a line feed,
# other control characters are not allowed) and an underscore that starts what
# would read as an escape.
_NEEDS_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]")


def excel_text(value: str) -> str:
    """*value* in the cell-text escapes of OOXML (``_xHHHH_``), read back exactly."""
    return _NEEDS_ESCAPE.sub(
        lambda m: "_x005F_" if m.group() == "_" else f"_x{ord(m.group()):04X}_", value
    )


def _plain(value: str) -> bool:
    """Text no spreadsheet reads as anything else: it starts with a letter, and
    needs no escape."""
    return (
        value[:1].isalpha()
        and not ILLEGAL_CHARACTERS_RE.search(value)
        and not _NEEDS_ESCAPE.search(value)
    )


def check_length(text: str, what: str) -> None:
    if len(text) > CELL_LIMIT:
        raise ExportError(
            translate(
                "Excel",
                "{what} has {n} characters, more than an Excel cell holds ({limit}); "
                "nothing was exported. Shorten it in AMP and export again.",
            ).format(what=what, n=format_number(len(text)), limit=format_number(CELL_LIMIT))
        )


def text_value(ws: Any, value: str | None) -> Any:
    """*value* ready for ``append``: plain text as is, anything else guarded.

    Wrapping every string in a styled cell costs openpyxl an exception per cell;
    only text that could be read as a formula, number, date or error needs it.
    """
    if not value:
        return None
    return value if _plain(value) else text_cell(ws, value)


def text_cell(ws: Any, value: str | None, **style: Any) -> WriteOnlyCell:
    """A cell holding *value* as literal text, never a formula or an error."""
    if value is None or value == "":
        cell = WriteOnlyCell(ws, None)
    else:
        text = excel_text(value)
        check_length(text, translate("Excel", "The text “{start}…”").format(start=value[:40]))
        cell = WriteOnlyCell(ws, text)
        cell.data_type = "s"  # after assigning: assigning "=…" made it a formula
        cell.quotePrefix = True
    for key, item in style.items():
        setattr(cell, key, item)
    return cell
