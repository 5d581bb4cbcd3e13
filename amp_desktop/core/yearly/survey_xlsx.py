"""The yearly figures as an Excel sheet for the survey: the survey's order, with ids,
titles and definitions, text written as text (never a formula), numbers as numbers.

What leaves the unit hides small counts (``<5``, ``..``) unless *exact*; the file is
written beside the target and moved into place whole (:mod:`amp_desktop.core.files`),
so a failure or Cancel leaves the target as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from amp_desktop.core import files
from amp_desktop.core.errors import os_reason
from amp_desktop.core.excel.literal_text import ExportError, text_value
from amp_desktop.core.excel.safety import ZIP_MAGIC
from amp_desktop.core.i18n import translate
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.results.suppress import footnote
from amp_desktop.core.yearly.compare import SOURCE_NOTE
from amp_desktop.core.yearly.document import YearlyReport
from amp_desktop.core.yearly.figure import PLACES


def _number(row: dict[str, Any], value: float | None) -> float | None:
    """A share as a percentage (the survey's and Kolada's way), else the value."""
    if value is None:
        return None
    return round(value * 100, 1) if row["unit"] == "share" else round(value, 1)


def unit_text(unit: str) -> str:
    """The sheet's word for a figure's unit (never the vocabulary's key, ``sek``)."""
    words = {
        "share": "%",
        "count": translate("Yearly", "count"),
        "sek": translate("Yearly", "SEK"),
        "sek_per_inhabitant": translate("Yearly", "SEK per inhabitant"),
    }
    return words.get(unit, unit)


def write_survey(
    report: YearlyReport,
    path: str | Path,
    *,
    exact: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write *report* to workbook *path* (sheet "Survey"); returns the path."""
    progress = progress or NO_PROGRESS
    path = Path(path)
    try:
        files.check_replaceable(path, ZIP_MAGIC)
    except files.NotReplaceable:
        raise ExportError(
            translate("Yearly", "{path} is not a workbook AMP may replace.").format(path=path)
        ) from None
    except OSError:
        pass
    try:
        with files.replacing(path, ZIP_MAGIC) as part:
            # the sheet is made once the folder is known to take the file: a write-only
            # sheet left unsaved complains on stderr when it is collected
            _write(report, part, exact, progress)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(
            translate("Yearly", "Cannot write {path}: {reason}.").format(
                path=path, reason=os_reason(exc)
            )
        ) from None
    return path


#: The columns' widths (characters): the titles and the texts readable when the sheet
#: opens (Excel's default of 8.43 cut every title off at the next column's value).
WIDTHS = (28, 10, 8, 60, 10, 10, 10, 10, 13, 13, 10, 10, 80, 60, 60)
#: The row under which the sheet scrolls (the title, the municipality, the header).
HEADER_ROW = 3


def _write(report: YearlyReport, part: Path, exact: bool, progress: Progress) -> None:
    hidden = {} if exact else report.hidden()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("Yearly", "Survey"))
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    headers = [
        translate("Yearly", "Key"),
        translate("Yearly", "Kolada id"),
        translate("Yearly", "Id verified"),
        translate("Yearly", "Title"),
        translate("Yearly", "Unit"),
        translate("Yearly", "All"),
        translate("Yearly", "Women"),
        translate("Yearly", "Men"),
        translate("Yearly", "Published (municipality)"),
        translate("Yearly", "Similar municipalities"),
        translate("Yearly", "County"),
        translate("Yearly", "Country"),
        translate("Yearly", "Definition"),
        translate("Yearly", "Computed from"),
        translate("Yearly", "Missing"),
    ]
    for number, (width, header) in enumerate(zip(WIDTHS, headers, strict=True), start=1):
        # set before the first row is written (a write-only sheet writes them first)
        ws.column_dimensions[get_column_letter(number)].width = max(width, len(header) + 2)
    ws.append(
        [text_value(ws, translate("Yearly", "Yearly figures {year}").format(year=report.year))]
    )
    ws.append(
        [
            text_value(ws, translate("Yearly", "Municipality")),
            text_value(ws, report.municipality or ""),
        ]
    )
    ws.append([text_value(ws, h) for h in headers])
    for done, figure in enumerate(report.figures):
        progress.step(done, len(report.figures))
        row = figure.to_json()
        unit = unit_text(row["unit"])
        own: list[Any] = []
        for group, key in (("all", "value"), ("K", "women"), ("M", "men")):
            text = hidden.get((figure.key, group))
            own.append(text_value(ws, text) if text else _number(row, row[key]))
        kolada = row["kolada"] or {}
        published = [_number(row, (kolada.get(p) or {}).get("value")) for p in PLACES]
        ws.append(
            [
                text_value(ws, row["key"]),
                text_value(ws, row["kolada_id"] or ""),
                text_value(
                    ws,
                    translate("Yearly", "yes")
                    if row["kolada_id_verified"]
                    else translate("Yearly", "no"),
                ),
                text_value(ws, row["title"]),
                text_value(ws, unit),
                *own,
                *published,
                text_value(ws, row["definition"]),
                text_value(ws, row["computed_from"]),
                text_value(ws, " ".join(row["missing"])),
            ]
        )
    ws.append([])
    if not exact:
        ws.append([text_value(ws, footnote())])
    if report.has_kolada:
        ws.append([text_value(ws, SOURCE_NOTE)])
    for note in report.notes:
        ws.append([text_value(ws, note)])
    wb.save(part)
    progress.check()
