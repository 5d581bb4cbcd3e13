"""The printed results: per programme, primary and secondary apart, with the share chart.

Made from :func:`~amp_desktop.core.results.period.results_document` — the one
computation the Results tab and ``amp results`` show — and written through the
results table's declaration (:data:`~amp_desktop.core.tables.results_table.RESULTS`),
so every figure is the same text as there.  What leaves the unit hides small counts
(:class:`~amp_desktop.core.results.disclosure.Disclosure`) unless *exact*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from amp_desktop.core.domain import enum_label
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning.period import Period
from amp_desktop.core.reports.document import (
    Column,
    Paragraph,
    Report,
    Section,
    ShareBar,
    ShareChart,
    Table,
    printed_columns,
)
from amp_desktop.core.reports.headings import running_title, subtitle
from amp_desktop.core.results.categories import REASON_KEYS, reason_label
from amp_desktop.core.results.disclosure import (
    ALL_ROW,
    REASON_PREFIX,
    Disclosure,
    RowRef,
    programme_ref,
)
from amp_desktop.core.results.suppress import COMPLEMENT_TEXT
from amp_desktop.core.results.uncovered import uncovered_note
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column as TableColumn
from amp_desktop.core.tables.results_definitions import definitions, source_note, suppression_note
from amp_desktop.core.tables.results_table import RESULTS

KIND_RESULTS = "results"

#: The columns of the programme tables (the results table's paper layout), then of
#: the unit and need-level totals.
PROGRAMME_KEYS = RESULTS.paper
UNIT_KEYS = (
    "name",
    "participants",
    "starts",
    "exits",
    "work_or_studies",
    "work_or_studies_share",
    "women_share",
    "men_share",
    "median_stay_weeks",
    "cost_per_participant_sek",
    "cost_per_work_or_studies_sek",
)
NEED_KEYS = UNIT_KEYS[:-2]
GROUPINGS = ("type", "unit", "need_level")


def printed_groupings(document: Mapping[str, Any]) -> list[str]:
    """The totals the printed results show (a single unit's total is the whole's: left
    out); every page that prints these results hides small counts by them alike."""
    units = document["totals"]["unit"]
    return [g for g in GROUPINGS if g != "unit" or len(units) > 1]


NOT_KNOWN = f.NOT_KNOWN


def group_label(grouping: str, value: str) -> str:
    """A total row's name: the type's label, the unit, the need level or "Not stated"."""
    if grouping == "type":
        return enum_label(value)
    return value or translate("Results", "Not stated")


def row_cells(
    columns: Sequence[TableColumn],
    figures: Mapping[str, Any],
    ref: RowRef,
    disclosure: Disclosure,
    name: str | None = None,
) -> tuple[str, ...]:
    """The printed cells of one row: the declaration's text, or what hides it.

    A cost not known (no budget, or no exit to divide by) is "–", as the definitions
    under the tables say: a blank read as a figure the printer left out.
    """
    row = {**figures, "name": figures.get("name") if name is None else name}
    cells = []
    for column in columns:
        hidden = disclosure.text(ref, column.key)
        if hidden is None and column.format == f.MONEY and column.raw(row) is None:
            hidden = NOT_KNOWN
        cells.append(column.text(row) if hidden is None else hidden)
    return tuple(cells)


def _type_table(document: Mapping[str, Any], programme_type: str, disclosure: Disclosure) -> Table:
    columns = RESULTS.layout(PROGRAMME_KEYS)
    members = [p for p in document["programmes"] if p["type"] == programme_type]
    primary = programme_type == "primary"
    table = Table(
        columns=printed_columns(columns),
        rows=[row_cells(columns, p, programme_ref(p["id"]), disclosure) for p in members],
        title=translate("Report", "Primary programmes")
        if primary
        else translate("Report", "Secondary programmes"),
        empty=translate("Report", "No primary programmes.")
        if primary
        else translate("Report", "No secondary programmes."),
    )
    total = document["totals"]["type"].get(programme_type)
    if members and total is not None:
        label = (
            translate("Report", "All primary programmes")
            if primary
            else translate("Report", "All secondary programmes")
        )
        table.total = row_cells(columns, total, ("type", programme_type), disclosure, label)
    return table


def _group_table(
    document: Mapping[str, Any], grouping: str, keys: Sequence[str], disclosure: Disclosure
) -> Table:
    columns = RESULTS.layout(keys)
    groups = document["totals"][grouping]
    header = (
        translate("Report", "Need level")
        if grouping == "need_level"
        else translate("Report", "Unit")
    )
    title = (
        translate("Report", "Totals per need level")
        if grouping == "need_level"
        else translate("Report", "Totals per unit")
    )
    return Table(
        columns=printed_columns(columns, header),
        rows=[
            row_cells(columns, figures, (grouping, value), disclosure, group_label(grouping, value))
            for value, figures in groups.items()
        ],
        title=title,
        total=row_cells(columns, document["all"], ALL_ROW, disclosure, _all_label()),
    )


def _all_label() -> str:
    return translate("Report", "All programmes")


def _reasons_table(document: Mapping[str, Any], disclosure: Disclosure) -> Table:
    keys = ("exits", *(REASON_PREFIX + key for key in REASON_KEYS))
    headers = [RESULTS.column("name").one_line(), RESULTS.column("exits").one_line()]
    headers += [reason_label(key) for key in REASON_KEYS]
    columns = tuple(
        Column(h, "left" if i == 0 else "right", 2.6 if i == 0 else 1.0)
        for i, h in enumerate(headers)
    )

    def cells(figures: Mapping[str, Any], ref: RowRef, name: str) -> tuple[str, ...]:
        out = [name]
        for key in keys:
            hidden = disclosure.text(ref, key)
            if key == "exits":
                value = figures["exits"]
            else:
                value = figures["exits_by_reason"][key[len(REASON_PREFIX) :]]
            out.append(hidden if hidden is not None else f.cell_text(f.COUNT, value))
        return tuple(out)

    programmes = document["programmes"]
    return Table(
        columns=columns,
        rows=[cells(p, programme_ref(p["id"]), p["name"]) for p in programmes],
        title=translate("Report", "Exits by reason"),
        total=cells(document["all"], ALL_ROW, _all_label()) if programmes else None,
        empty=translate("Report", "The catalogue has no programmes."),
    )


def _share_text(share: float | None, hidden: bool) -> str:
    if hidden:
        return COMPLEMENT_TEXT
    return "–" if share is None else f.cell_text(f.SHARE, share)


def _chart(document: Mapping[str, Any], disclosure: Disclosure) -> tuple[ShareChart, list[str]]:
    """The chart of the programmes with a share to draw, and the names of the others."""
    bars = []
    left_out = []
    ordered = sorted(document["programmes"], key=lambda p: p["type"] != "primary")
    for programme in ordered:
        ref = programme_ref(programme["id"])
        shares = {}
        texts = {}
        for gender in ("K", "M"):
            share = programme["by_gender"][gender]["work_or_studies_share"]
            hidden = disclosure.share_hidden(ref, gender)
            shares[gender] = None if hidden else share
            texts[gender] = _share_text(share, hidden)
        if shares["K"] is None and shares["M"] is None:
            left_out.append(programme["name"])
            continue
        bars.append(
            ShareBar(
                label=programme["name"],
                women=shares["K"],
                men=shares["M"],
                goal=programme["goal_work_or_studies_share"],
                women_text=texts["K"],
                men_text=texts["M"],
            )
        )
    chart = ShareChart(
        title=translate("Report", "Share to work or studies against the goal, women and men"),
        bars=bars,
        women_label=translate("Report", "Women"),
        men_label=translate("Report", "Men"),
        goal_label=translate("Report", "Goal"),
    )
    return chart, left_out


def _chart_sections(document: Mapping[str, Any], disclosure: Disclosure) -> list[Section]:
    chart, left_out = _chart(document, disclosure)
    sections: list[Section] = [chart] if chart.bars else []
    if left_out:
        text = translate(
            "Report",
            "Not in the chart, for want of exits to show a share for women or men: %1.",
        ).replace("%1", ", ".join(left_out))
        sections.append(Paragraph(text, "" if chart.bars else chart.title))
    return sections


def results_report(
    document: Mapping[str, Any],
    period_label: str,
    *,
    exact: bool = False,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
    without_results: Sequence[str] = (),
    covered_months: Iterable[str] | None = None,
    coverage_note: str | None = None,
) -> Report:
    """The printed results of *document* (see :func:`results_document`); the programmes
    named in *without_results* had none imported for the period (left out of it);
    *coverage_note* (:meth:`.coverage.Coverage.note`) says which months lists did not
    cover, for every programme or some; or *covered_months*
    (``Catalogue.results_months_covered``) names those no list covered
    (:func:`.uncovered_note`)."""
    printed_on = printed_on or dt.date.today()
    groupings = printed_groupings(document)
    disclosure = Disclosure(document, exact, groupings)
    title = translate("Report", "Results per programme")
    extra = [translate("Report", "Period: %1").replace("%1", period_label)]
    if exact:
        extra.append(translate("Report", "Exact figures, for internal use only"))
    sections: list[Section] = []
    everything = document["all"]
    if not everything["participants"] and not everything["exits"]:  # not pages of zeros
        sections.append(
            Paragraph(
                translate(
                    "Report",
                    "No results for this period. Import a participant list from the case "
                    "system (File → Import from Excel, or amp import).",
                )
            )
        )
    else:
        if without_results:
            note = translate(
                "Report",
                "No results imported for the period, so not in the tables below ({n}): {names}.",
            ).format(n=len(without_results), names=", ".join(without_results))
            sections.append(Paragraph(note))
        if coverage_note is None and covered_months is not None:
            period = Period(document["period"]["first"], document["period"]["last"])
            coverage_note = uncovered_note(period, covered_months)
        for line in (coverage_note or "").splitlines():
            sections.append(Paragraph(line))
        sections.append(_type_table(document, "primary", disclosure))
        sections.append(_type_table(document, "secondary", disclosure))
        if "unit" in groupings:
            sections.append(_group_table(document, "unit", UNIT_KEYS, disclosure))
        if document["totals"]["need_level"]:
            sections.append(_group_table(document, "need_level", NEED_KEYS, disclosure))
        if document["programmes"]:
            sections.append(_reasons_table(document, disclosure))
            sections.extend(_chart_sections(document, disclosure))
    notes = [*definitions(), source_note()]
    sections.append(Paragraph(" ".join(notes), translate("Report", "Definitions")))
    sections.append(Paragraph(suppression_note(exact), translate("Report", "Small counts")))
    return Report(
        kind=KIND_RESULTS,
        title=title,
        subtitle=subtitle(municipality, unit, extra, printed_on),
        sections=sections,
        running_title=running_title(title, municipality, period_label),
    )
