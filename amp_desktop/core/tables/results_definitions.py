"""What each printed results figure means, in one text for the printout and the Excel sheet.

The sentences that a column of the results table already explains (its tip in
:mod:`amp_desktop.core.tables.results_table`) are taken from there; the rest are
written here, after :mod:`.figures`, where the figures are computed.
"""

from __future__ import annotations

from amp_desktop.core.i18n import translate
from amp_desktop.core.results.suppress import footnote
from amp_desktop.core.tables.column import Column
from amp_desktop.core.tables.results_table import RESULTS


def plain_title(column: Column) -> str:
    """A column's title on one line, a word hyphenated over two lines joined again."""
    return " ".join(column.title().replace("-\n", "").split())


def _tip(key: str) -> str:
    column = RESULTS.column(key)
    tip = column.tip() if column.tip is not None else ""
    return f"{plain_title(column)}: {tip}."


def definitions() -> list[str]:
    """One sentence per figure, in the order the printed table shows them."""
    return [
        _tip("participants"),
        translate("Results", "Starts, exits: enrolments that started or ended in the period."),
        _tip("work_or_studies_share"),
        translate(
            "Results",
            "Women, men: the same share for women and for men; participants whose gender "
            "is not stated count in the programme's figures but in neither.",
        ),
        translate(
            "Results",
            "Goal: the programme's goal for the share, or its type's default; met when the "
            "share is at least the goal.",
        ),
        translate("Results", "Median stay: length of the ended enrolments in whole weeks."),
        translate("Results", "Actual utilisation: participant-days ÷ days ÷ places."),
        translate(
            "Results",
            "Cost: the annual budget × the period's months ÷ 12 (only the days the "
            "programme runs, when it starts or ends in the period), per "
            "participant and per exit to work or studies; a total counts the cost of the "
            "programmes with results in the period only, and has no cost per participant "
            "or exit (–) when one of them has no budget.",
        ),
    ]


def source_note() -> str:
    """Where the figures come from."""
    return translate(
        "Results",
        "The figures come from the case system's participant lists imported into the "
        "catalogue, which keeps only counts, never a person.",
    )


def suppression_note(exact: bool) -> str:
    """How small counts were treated: hidden (the rules), or shown exactly."""
    if exact:
        return translate(
            "Results",
            "Exact figures for internal use: small counts are not hidden. Do not pass this on "
            "outside the unit.",
        )
    return (
        footnote()
        + " "
        + translate(
            "Results",
            "A share, a stay or a cost worked out from a hidden count is shown as “..” too.",
        )
    )
