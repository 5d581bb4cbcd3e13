"""The Results tab's summary line over the table: the period, the counts and the share
to work or studies — or, when there is nothing to show, why."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from amp_desktop.core.formatting import format_number, format_percent
from amp_desktop.core.planning import Period
from amp_desktop.core.results.period import costs_left_out_note

translate = QCoreApplication.translate

#: Programmes without results named in the summary at most (the table shows them all,
#: with "–"): a county's hundreds would push the table off the screen.
NAMED_WITHOUT_RESULTS = 5


def _share(figures: dict[str, Any]) -> str:
    share = figures.get("work_or_studies_share")
    return format_percent(share) if share is not None else "–"


def counted(n: int, one: str, many: str) -> str:
    """*one* for 1 ("1 programme"), else *many* with the number ("12 programmes")."""
    return one if n == 1 else many.format(n=format_number(n))


def _counts(document: dict[str, Any]) -> str:
    everything = document["all"]
    programmes, participants = len(document["programmes"]), everything["participants"]
    starts, exits = everything["starts"], everything["exits"]
    return ", ".join(
        (
            counted(
                programmes,
                translate("ResultsTab", "1 programme"),
                translate("ResultsTab", "{n} programmes"),
            ),
            counted(
                participants,
                translate("ResultsTab", "1 participant"),
                translate("ResultsTab", "{n} participants"),
            ),
            counted(
                starts, translate("ResultsTab", "1 start"), translate("ResultsTab", "{n} starts")
            ),
            counted(exits, translate("ResultsTab", "1 exit"), translate("ResultsTab", "{n} exits")),
        )
    )


def _nothing_to_show(
    document: dict[str, Any], period: str, filters: str, imported: Period | None
) -> str:
    """Why the period shows no figures: no programme matches the filters, no list was
    imported, the lists reach other months, or the programmes shown have none."""
    if not document["programmes"]:
        return translate(
            "ResultsTab", "<b>{period}</b>: no programme matches the filters ({filters})."
        ).format(period=period, filters=html.escape(filters))
    if imported is None:
        return translate(
            "ResultsTab",
            "<b>{period}</b>: no results imported for the period (File → Import from Excel).",
        ).format(period=period)
    shown = document["period"]
    if shown["last"] < imported.first or shown["first"] > imported.last:
        return translate(
            "ResultsTab",
            "<b>{period}</b>: no results imported for the period. The imported lists reach "
            "{months}: choose a period there, or import a list for this one (File → Import "
            "from Excel).",
        ).format(period=period, months=html.escape(imported.label()))
    return translate(
        "ResultsTab", "<b>{period}</b>: none of the programmes shown has results for the period."
    ).format(period=period) + (
        " " + translate("ResultsTab", "Showing: {filters}.").format(filters=html.escape(filters))
        if filters
        else ""
    )


def results_summary(
    document: dict[str, Any], period_label: str, filters: str, imported: Period | None = None
) -> str:
    """One paragraph over the table: the period, counts, and the share — all, women,
    men, primary and secondary apart (never only one figure); for a period without
    figures, why (*imported*: the months the imported lists reach)."""
    everything = document["all"]
    period = html.escape(period_label)
    if everything["participants"] is None:  # no programme's results known for the period
        return _nothing_to_show(document, period, filters, imported)
    by_gender = everything["by_gender"]
    text = translate(
        "ResultsTab",
        "<b>{period}</b>: {counts}; to work or studies {share} (women {women}, men {men})",
    ).format(
        period=period,
        counts=_counts(document),
        share=_share(everything),
        women=_share(by_gender["K"]),
        men=_share(by_gender["M"]),
    )
    types = document["totals"]["type"]
    parts = []
    if "primary" in types:
        parts.append(
            translate("ResultsTab", "primary {share}").format(share=_share(types["primary"]))
        )
    if "secondary" in types:
        parts.append(
            translate("ResultsTab", "secondary {share}").format(share=_share(types["secondary"]))
        )
    if parts:
        text += "; " + ", ".join(parts)
    text += "."
    unknown = [p["name"] for p in document["programmes"] if p["participants"] is None]
    if unknown:
        names = ", ".join(unknown[:NAMED_WITHOUT_RESULTS])
        if len(unknown) > NAMED_WITHOUT_RESULTS:
            names = translate("ResultsTab", "{names} and {n} more").format(
                names=names, n=format_number(len(unknown) - NAMED_WITHOUT_RESULTS)
            )
        text += " " + translate(
            "ResultsTab", "No results imported for the period ({n}): {names}."
        ).format(n=format_number(len(unknown)), names=html.escape(names))
    if filters:
        text += " " + translate("ResultsTab", "Showing: {filters}.").format(
            filters=html.escape(filters)
        )
    if document.get("uncovered_note"):
        text += " " + html.escape(document["uncovered_note"])
    if document.get("costs_left_out"):
        text += " " + html.escape(costs_left_out_note())
    return text
