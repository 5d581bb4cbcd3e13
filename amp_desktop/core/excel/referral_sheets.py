"""Which sheet of a workbook is the referral list: the sheets the user sees first, a
referral list's columns before a header AMP merely knows, and the other sheets that are
the same list (a year split by month), which AMP does not add up."""

from __future__ import annotations

from pathlib import Path

from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.header_rows import header_search_hint
from amp_desktop.core.excel.participant_sheet import participant_evidence
from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import (
    address,
    calamine_stream,
    find_header,
    has_rows,
    read_fast,
)
from amp_desktop.core.excel.readers import RowStream
from amp_desktop.core.excel.recognition import Evidence, referral_evidence
from amp_desktop.core.excel.safety import ExcelFileError, is_hidden
from amp_desktop.core.i18n import translate


def find_sheet(
    path: Path, rows: RowStream | None, sheet: str | None, mapped: bool
) -> tuple[Evidence, tuple[int, dict[int, str]], str, RowStream]:
    """The referral sheet: the first whose columns are evidence of a referral list, in
    the sheets the user sees first; else (a participant list has such columns too, and
    with a *mapped* list any header AMP knows will do) the first of those."""
    if rows is not None and sheet is not None and not mapped:
        # The caller found it the first sheet with a list's evidence: not read again.
        found = find_header(rows.head, cols.OTHER_SYNONYMS, minimum=2)
        evidence = referral_evidence(rows.head, sheet)
        if found is not None and evidence is not None:
            return evidence, found, sheet, rows
    _names, workbook = read_fast(path, checked=True)  # analyse() checked it
    weaker: tuple[Evidence, tuple[int, dict[int, str]], str, RowStream] | None = None
    try:
        for name in workbook.visible_first():
            if rows is None or name != sheet:
                stream = calamine_stream(workbook, name)
            else:
                stream = rows
            evidence = referral_evidence(stream.head, name)
            found = find_header(stream.head, cols.OTHER_SYNONYMS, minimum=1 if mapped else 2)
            if found is None or (evidence is None and not mapped):
                continue
            if evidence is not None and participant_evidence(stream.head) is None:
                return evidence, found, name, stream
            if weaker is None:
                weaker = (
                    evidence or Evidence("referrals", name, found[0], ()),
                    found,
                    name,
                    stream,
                )
    finally:
        workbook.close()
    if weaker is not None:
        return weaker
    raise ExcelFileError(
        translate(
            "Excel", "{name}: no sheet has a header row with Date, Programme and Source."
        ).format(name=path.name)
        + " "
        + header_search_hint()
    )


#: The other sheets looked at for the same list: a year split by month has 12 (each
#: costs its head's read; a workbook of 500 sheets must not cost 500 — #11 item 16).
SPLIT_SHEETS_LOOKED_AT = 24


def other_lists(path: Path, read: str, fields: frozenset[str]) -> tuple[list[Problem], list[str]]:
    """The other referral lists of the workbook, as (problems, notes).

    A problem for each other sheet that is a referral list with the same columns as
    sheet *read* (a year's list split by month): AMP reads one sheet.  Sheets hidden in
    Excel count only when *read* is hidden too (a list split over hidden sheets); any
    other hidden referral list gets a note that it was not read (an old copy, a
    template).  The first :data:`SPLIT_SHEETS_LOOKED_AT` other sheets are looked at.
    """
    sheets = getattr(path, "sheets", None)  # what the workbook check found, if it could
    if sheets and not any(
        name != read and part.kind == "worksheet" for name, part in sheets.items()
    ):
        return [], []  # the usual list: one sheet, nothing to open again
    names, workbook = read_fast(path, checked=True)
    read_hidden = is_hidden(path, read)
    problems, notes = [], []
    # The sheets the user sees first: hidden helper sheets in front must not use up
    # the sheets looked at (a year by month behind 30 of them was read as January).
    others = sorted((n for n in names if n != read), key=lambda n: is_hidden(path, n))
    try:
        for name in others[:SPLIT_SHEETS_LOOKED_AT]:
            head = calamine_stream(workbook, name).head
            found = find_header(head, cols.OTHER_SYNONYMS, minimum=2)
            if (
                found is None
                or referral_evidence(head, name) is None
                or participant_evidence(head) is not None
                or not has_rows(head, found[0])
            ):
                continue
            hidden = is_hidden(path, name)
            if frozenset(found[1].values()) == fields and (read_hidden or not hidden):
                problems.append(
                    Problem(
                        address(name, found[0], 0),
                        translate(
                            "Excel",
                            "this sheet is a referral list too, but AMP reads one sheet "
                            "(“{sheet}”): put every referral in one sheet, or delete the sheets "
                            "not to be read.",
                        ).format(sheet=read),
                        whole=True,
                    )
                )
            elif hidden:
                notes.append(
                    translate(
                        "Excel",
                        "Sheet “{sheet}” is hidden in the workbook and is a referral list too; "
                        "it was not read.",
                    ).format(sheet=name)
                )
    finally:
        workbook.close()
    return problems, notes
