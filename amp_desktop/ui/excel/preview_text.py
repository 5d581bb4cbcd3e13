"""The import wizard's sentences: what AMP read the workbook as, and the notes list.

Kept apart from the widgets so the wording is in one place and easy to test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from amp_desktop.core.excel.preview import ImportPreview, split_where
from amp_desktop.core.formatting import format_number

translate = QCoreApplication.translate


def kind_text(kind: str) -> str:
    return {
        "export": translate("ImportDialog", "a workbook exported from AMP"),
        "catalogue": translate("ImportDialog", "a sheet of programmes"),
        "referrals": translate("ImportDialog", "a list of referrals"),
        "participants": translate("ImportDialog", "a list of participants"),
    }.get(kind, kind)


def understood_text(preview: ImportPreview, file_name: str) -> str:
    """Page 1's opening: the kind, sheet and header row AMP found."""
    return translate(
        "ImportDialog",
        "AMP read {file} as {kind}: sheet “{sheet}”, header in row {row}. Correct the fields below if a column was read wrongly.",
    ).format(
        file=file_name,
        kind=kind_text(preview.kind),
        sheet=preview.sheet_shown,
        row=preview.header_row,
    )


def changes_text(preview: ImportPreview) -> str:
    """Page 2's opening: how much would change."""
    counts = preview.counts()
    if preview.kind == "participants":
        results = preview.results
        # The same list imported again: nothing to write (nor a source to create).
        if results is not None and preview.changeset("").is_empty():
            return translate(
                "ImportDialog",
                "AMP holds these results already, {first} to {last}: "
                "importing the list again changes nothing.",
            ).format(first=results.first, last=results.last)
        text = (
            translate(
                "ImportDialog",
                "Results (counts only) to replace for 1 programme, {first} to {last}.",
            )
            if len(preview.results_summary) == 1
            else translate(
                "ImportDialog",
                "Results (counts only) to replace for {programmes} programmes, {first} to {last}.",
            )
        )
        return text.format(
            programmes=len(preview.results_summary),
            first=results.first if results else "–",
            last=results.last if results else "–",
        )
    if preview.kind == "referrals":
        programmes = len({change.key.programme_id for change in preview.demand})
        return translate(
            "ImportDialog",
            "Monthly referral counts: {demand} to change, {unchanged} unchanged. Programmes: {programmes}.",
        ).format(demand=len(preview.demand), unchanged=counts["unchanged"], programmes=programmes)
    text = translate(
        "ImportDialog",
        "{added} to add, {changed} to change, {missing} missing from the workbook, {unchanged} unchanged, {demand} changes to referrals, {conflicts} conflicts.",
    ).format(
        added=counts["added"],
        changed=counts["changed"],
        missing=len(preview.removed),
        unchanged=counts["unchanged"],
        demand=len(preview.demand),
        conflicts=counts["conflicts"],
    )
    return " ".join([text, *_mandate_texts(preview)])


def _mandate_texts(preview: ImportPreview) -> list[str]:
    """The sentences on the mandates and agreements an export changes (#14), counted
    as the changes below list them: one per programme or agreement; none when it
    changes neither."""
    from amp_desktop.core.excel.mandate_sheets_json import change_lines

    agreements, mandates = (len({line[0] for line in lines}) for lines in change_lines(preview))
    texts = []
    if mandates:
        texts.append(translate("ImportDialog", "Mandates to change: {n}.").format(n=mandates))
    if agreements:
        texts.append(
            translate("ImportDialog", "Agreements to add or change: {n}.").format(n=agreements)
        )
    return texts


def notes_of(preview: ImportPreview) -> list[str]:
    """The plain notes (what AMP did on its own, such as columns it did not read),
    then each skipped totals row with its cell; the problems with cells follow."""
    notes = list(preview.summary)
    notes += [row.described() for row in preview.skipped_rows]
    return notes


def ignored_columns(preview: ImportPreview) -> dict[str, str]:
    """Column letter → why AMP did not read it (an id column of a foreign sheet,
    personal data)."""
    out = {}
    for column in preview.ignored_columns:
        cell = split_where(column.where)[1]
        out[cell.rstrip("0123456789")] = column.reason
    return out


def problems_heading(preview: ImportPreview, notes: int) -> str:
    """The title over the notes and problems, with how many of each."""
    problems = sum(1 for p in preview.problems if p.blocking)
    notes += len(preview.problems) - problems
    if not problems and not notes:
        return translate("ImportDialog", "No problems or notes.")
    if not problems:
        return translate("ImportDialog", "No problems; notes ({m}):").format(m=notes)
    if preview.refused:
        return translate(
            "ImportDialog",
            "Problems ({n}): the workbook cannot be imported until they are put right. "
            "Notes ({m}):",
        ).format(n=problems, m=notes)
    if preview.kind == "participants":  # a row with a problem is not counted at all
        return translate(
            "ImportDialog", "Problems ({n}): those rows are left out of the results. Notes ({m}):"
        ).format(n=problems, m=notes)
    text = translate(
        "ImportDialog", "Problems ({n}): those cells keep the value they have in AMP. Notes ({m}):"
    )
    return text.format(n=problems, m=notes)


def remove_missing_text(preview: ImportPreview) -> str:
    """The "remove missing" option's label: the programmes and the agreements the
    workbook lacks, or the referral cells a referral list lacks ("" when it lacks
    none, and the option is hidden)."""
    programmes, agreements = len(preview.removed), len(preview.removed_agreements)
    if preview.kind == "referrals" and preview.removed_demand:
        cells = len(preview.removed_demand)
        if cells == 1:
            return translate(
                "ImportDialog",
                "Remove the referrals of 1 monthly cell that the list does not hold "
                "(its months, its sources)",
            )
        return translate(
            "ImportDialog",
            "Remove the referrals of {n} monthly cells that the list does not hold "
            "(its months, its sources)",
        ).format(n=format_number(cells))
    if programmes and agreements:
        return translate(
            "ImportDialog",
            "Remove the programmes ({n}) and the agreements ({m}) missing from the workbook",
        ).format(n=programmes, m=agreements)
    if agreements == 1:
        return translate(
            "ImportDialog", "Remove the agreement missing from the workbook's Agreements sheet"
        )
    if agreements:
        return translate(
            "ImportDialog", "Remove the {n} agreements missing from the workbook's Agreements sheet"
        ).format(n=agreements)
    if programmes == 1:
        return translate("ImportDialog", "Remove the programme missing from the workbook")
    if programmes:
        return translate(
            "ImportDialog", "Remove the {n} programmes missing from the workbook"
        ).format(n=programmes)
    return ""
