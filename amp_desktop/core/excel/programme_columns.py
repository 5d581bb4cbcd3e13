"""The columns of a programme sheet that are not read as programmes: someone else's
id column (noted, not read) and identity numbers (the sheet is refused: it is a
referral list)."""

from __future__ import annotations

from amp_desktop.core.excel.preview import IgnoredColumn, ImportPreview, Problem
from amp_desktop.core.excel.read import Sheet, address
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import looks_like_ids


def ignore_id_column(preview: ImportPreview, sheet: Sheet, header_row: int) -> None:
    """A sheet that is not AMP's own export of this catalogue: its id column (if
    any) names someone else's ids; it is not read, and the preview says so."""
    for col, field in list(preview.mapping.items()):
        if field != "id":
            continue
        del preview.mapping[col]
        header = preview.headers[col] if col < len(preview.headers) else ""
        preview.ignored_columns.append(
            IgnoredColumn(
                address(sheet.name, header_row, col),
                header,
                translate(
                    "Excel",
                    "Column “{header}” was not read: only AMP's own export of this catalogue "
                    "matches programmes by AMP's id; these rows are matched by name or short "
                    "code.",
                ).format(header=header),
            )
        )
        preview.summary.append(preview.ignored_columns[-1].reason)


def refuse_personal_ids(preview: ImportPreview, sheet: Sheet, header_row: int) -> bool:
    """Refuse a sheet with identity numbers: it is a referral list, never programmes."""
    width = max((len(row) for row in sheet.rows[header_row : header_row + 50]), default=0)
    for col in range(width):
        if looks_like_ids(sheet.rows, header_row + 1, col):
            preview.problems.append(
                Problem(
                    address(sheet.name, header_row, col),
                    translate(
                        "Excel",
                        "this column holds personal identity numbers: the sheet looks like a "
                        "list of referrals, and nothing from it was read as programmes.",
                    ),
                )
            )
            return True
    return False
