"""The audit printout: a first page a board member reads in a minute, then one section
per question the audits ask, programme by programme, with the checks that fail.

Made from :func:`~amp_desktop.core.audit.audit_document` (the figures ``amp audit``
and the catalogue's "Needs attention" filter show) and, for the results, from the
printed results' own tables, so small counts are hidden exactly as there
(:class:`~amp_desktop.core.results.disclosure.Disclosure`) unless *exact*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from amp_desktop.core.audit.checks import CHECK_KEYS
from amp_desktop.core.formatting import format_number, format_percent, format_sek
from amp_desktop.core.i18n import translate
from amp_desktop.core.reports.document import (
    Column,
    PageBreak,
    Paragraph,
    Report,
    Section,
    Table,
    printed_columns,
)
from amp_desktop.core.reports.headings import no_programmes, running_title, subtitle
from amp_desktop.core.reports.results_report import NOT_KNOWN, printed_groupings, results_report
from amp_desktop.core.results.disclosure import ALL_ROW, Disclosure
from amp_desktop.core.results.period import known_only
from amp_desktop.core.results.suppress import COMPLEMENT_TEXT
from amp_desktop.core.tables.audit_table import AUDIT
from amp_desktop.core.tables.column import Column as TableColumn
from amp_desktop.core.tables.formats import TEXT

KIND_AUDIT = "audit"

PLACES_KEYS = ("name", "unit", "status", "utilisation")
MANDATE_KEYS = ("name", "mandate", "decision")


def check_title(key: str, far_tertials_running: int = 2) -> str:
    """A check's short, translated name (the first page and the section headings);
    *far_tertials_running* is the catalogue's threshold of ``places_far_from_need``."""
    if key == "places_far_from_need":
        if far_tertials_running == 1:  # "1 tertials running" was printed
            return translate("Audit", "Places far from need for 1 tertial")
        return translate("Audit", "Places far from need {n} tertials running").format(
            n=far_tertials_running
        )
    titles = {
        "no_af_agreement": translate("Audit", "Referred by AF without a valid AF agreement"),
        "no_legal_basis": translate("Audit", "No legal basis recorded"),
        "basis_ending": translate("Audit", "Legal basis or agreement ends soon or has ended"),
        "project_ended": translate("Audit", "Project funding ended, programme still active"),
        "no_decision": translate("Audit", "No board decision recorded"),
        "no_goal": translate("Audit", "Primary programme without a goal"),
        "no_results": translate("Audit", "No results imported for the period"),
    }
    return titles.get(key, key)


def _share(results: Mapping[str, Any], disclosure: Disclosure, ref: tuple[str, str]) -> str:
    """The share on the first page; "–" when not known (no results, no exits): the
    row was left blank beside "No results imported for the period"."""
    if ref not in disclosure.rows:
        return NOT_KNOWN
    if disclosure.share_hidden(ref):
        return COMPLEMENT_TEXT
    return format_percent(results.get("work_or_studies_share")) or NOT_KNOWN


def cost_in_period(summary: Mapping[str, Any]) -> str:
    """The cost, "–" when no programme running has a budget (it read "SEK 0")."""
    if summary["programmes"] and summary["without_budget"] >= summary["programmes"]:
        return NOT_KNOWN
    return format_sek(summary["cost_sek"])


def _below_goal(summary: Mapping[str, Any]) -> str:
    """How many are below their goal — or that none has a goal, never a silent 0."""
    if summary["below_goal"] is None:
        return translate("Audit", "no goals set") if summary["programmes"] else "–"
    return format_number(summary["below_goal"])


def _first_page(
    document: Mapping[str, Any], results: Mapping[str, Any], disclosure: Disclosure
) -> list[Section]:
    groups = [
        (translate("Audit", "All"), document["all"], ALL_ROW, results["all"]),
        *(
            (
                translate("Audit", "Primary")
                if key == "primary"
                else translate("Audit", "Secondary"),
                document["totals"]["type"].get(key),
                ("type", key),
                results["totals"]["type"].get(key) or {},
            )
            for key in ("primary", "secondary")
        ),
    ]
    groups = [g for g in groups if g[1] is not None]

    def row(label: str, cell: Any) -> tuple[str, ...]:
        return (label, *(cell(g) for g in groups))

    def count_if_any(label: str, key: str) -> list[tuple[str, ...]]:
        """The row counting *key*, only when a programme of the unit has it."""
        if not document["all"][key]:
            return []
        return [row(label, lambda g: format_number(g[1][key]))]

    statuses = ("short", "tight", "balanced", "idle")
    from amp_desktop.core.planning.model import status_label

    rows = [
        row(translate("Audit", "Programmes"), lambda g: format_number(g[1]["programmes"])),
        *(
            row(status_label(s), lambda g, s=s: format_number(g[1]["statuses"][s]))
            for s in statuses
        ),
        *count_if_any(
            translate("Audit", "Not assessed (no places, stay or demand)"), "not_assessed"
        ),
        row(translate("Audit", "Below their goal"), lambda g: _below_goal(g[1])),
        *count_if_any(translate("Audit", "Without a goal"), "without_goal"),
        row(
            translate("Audit", "Without a clear mandate"),
            lambda g: format_number(g[1]["without_clear_mandate"]),
        ),
        row(
            translate("Audit", "Without a board decision"),
            lambda g: format_number(g[1]["without_decision"]),
        ),
        row(translate("Audit", "Cost in the period"), lambda g: cost_in_period(g[1])),
        *count_if_any(translate("Audit", "Without a budget (not in the cost)"), "without_budget"),
        row(
            translate("Audit", "Share to work or studies"),
            lambda g: _share(g[3], disclosure, g[2]),
        ),
    ]
    columns = (
        Column("", "left", 2.4),
        *(Column(g[0], "right", 1.0) for g in groups),
    )
    table = Table(columns, rows, title=translate("Audit", "At a glance"))
    counts = document["check_counts"]
    far = document["settings"]["far_tertials_running"]
    checks = Table(
        (
            Column(translate("Audit", "Check"), "left", 3.4),
            Column(translate("Audit", "Programmes"), "right", 1.0),
        ),
        [
            (check_title(key, far), format_number(counts[key]))
            for key in CHECK_KEYS
            if counts.get(key)
        ],
        title=translate("Audit", "Programmes failing each check"),
        empty=translate("Audit", "No check fails for any programme."),
    )
    return [table, checks]


def _places_table(document: Mapping[str, Any]) -> Table:
    columns = AUDIT.layout(PLACES_KEYS)
    extra = (
        TableColumn(
            "places",
            lambda: translate("Tables", "Places"),
            "count",
            value=lambda r: r["places"]["places"],
        ),
        TableColumn(
            "needed",
            lambda: translate("Tables", "Places needed"),
            "decimal",
            value=lambda r: r["places"]["needed_places"],
        ),
        TableColumn(
            "tertials", lambda: translate("Audit", "Per tertial"), TEXT, width=2.4, value=_tertials
        ),
    )
    all_columns = (*columns, *extra)
    return Table(
        printed_columns(all_columns),
        [
            tuple(c.text({**p, "_period_first": document["period"]["last"]}) for c in all_columns)
            for p in document["programmes"]
        ],
        title=translate("Audit", "1. Do places match need?"),
        marks=[p["places"]["status"] or "" for p in document["programmes"]],
        mark_column=2,
        empty=no_programmes(),
    )


def _tertials(row: Mapping[str, Any]) -> str:
    from amp_desktop.core.planning.model import status_label

    year = (row.get("_period_first") or "")[:4]
    out = []
    for t in row["places"]["tertials"]:
        label = t["tertial"][-2:] if t["tertial"][:4] == year else t["tertial"]
        word = "–" if t["status"] == "no_demand" else status_label(t["status"])
        out.append(f"{label} {word}")
    return ", ".join(out)


def _cost_table(document: Mapping[str, Any], disclosure: Disclosure) -> Table:
    keys = (
        ("annual_budget_sek", translate("Audit", "Annual budget")),
        ("period_cost_sek", translate("Audit", "Cost in the period")),
        ("cost_per_place_sek", translate("Audit", "Cost per place")),
        ("cost_per_participant_sek", translate("Audit", "Cost per participant")),
        ("cost_per_work_or_studies_sek", translate("Audit", "Cost per exit to work or studies")),
    )
    columns = (Column(translate("Tables", "Programme"), "left", 3.0),) + tuple(
        Column(title, "right", 1.3) for _key, title in keys
    )
    rows = []
    for p in document["programmes"]:
        ref = ("programme", str(p["id"]))
        cells = [p["name"]]
        for key, _title in keys:
            hidden = disclosure.text(ref, key) if ref in disclosure.rows else None
            cells.append(hidden if hidden is not None else _cost_text(p["cost"], key))
        rows.append(tuple(cells))
    return Table(
        columns, rows, title=translate("Audit", "2. What does a place cost?"), empty=no_programmes()
    )


def _cost_text(cost: Mapping[str, Any], key: str) -> str:
    """A cost cell: a programme without a budget says so, a cost not known is "–"
    (the rows were blank, as if the printer had left the figures out)."""
    value = cost[key]
    if value is not None:
        return format_sek(value)
    if key == "annual_budget_sek":
        return translate("Audit", "no budget")
    return NOT_KNOWN


def _mandate_table(document: Mapping[str, Any]) -> Table:
    def bases(row: Mapping[str, Any]) -> str:
        out = []
        for b in row["mandate"]["bases"]:
            detail = [x for x in (b.get("agreement"), b.get("text")) if x]
            if b.get("valid_from") or b.get("valid_to"):
                detail.append(f"{b.get('valid_from') or ''}–{b.get('valid_to') or ''}")
            out.append(b["label"] + (f" ({', '.join(detail)})" if detail else ""))
        return "; ".join(out)

    def decision(row: Mapping[str, Any]) -> str:
        m = row["mandate"]
        return " ".join(x for x in (m["decision_reference"], m["decision_date"]) if x)

    columns = (
        *AUDIT.layout(("name",)),
        TableColumn(
            "bases", lambda: translate("Audit", "Legal basis"), TEXT, width=4.0, value=bases
        ),
        TableColumn(
            "board", lambda: translate("Audit", "Board decision"), TEXT, width=1.8, value=decision
        ),
        *AUDIT.layout(("mandate",)),
    )
    return Table(
        printed_columns(columns),
        [tuple(c.text(p) for c in columns) for p in document["programmes"]],
        title=translate("Audit", "5. Does it have a mandate and a decision?"),
        empty=no_programmes(),  # was a lone "–" under the heading
    )


def _checks_table(document: Mapping[str, Any]) -> Table:
    far = document["settings"]["far_tertials_running"]
    rows: list[tuple[str, ...]] = [
        (check_title(c["key"], far), str(c["message"]))
        for p in document["programmes"]
        for c in p["checks"]
    ]
    return Table(
        (
            Column(translate("Audit", "Check"), "left", 2.2),
            Column(translate("Audit", "What was found"), "left", 6.0),
        ),
        rows,
        title=translate("Audit", "Checks that fail, programme by programme"),
        empty=translate("Audit", "No check fails for any programme."),
    )


def _with_results_only(
    document: Mapping[str, Any], results: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """*results* without the programmes nothing was imported for (``no_results``: rows
    of silent zeros in the printed tables), and their names (the printed results name
    them above their tables)."""
    known = [p["id"] for p in document["programmes"] if p["results"]["participants"] is not None]
    return known_only(dict(results), known)


def audit_report(
    document: Mapping[str, Any],
    results: Mapping[str, Any],
    *,
    exact: bool = False,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
    covered_months: Iterable[str] | None = None,
    coverage_note: str | None = None,
) -> Report:
    """The audit printout of *document* (:func:`audit_document`) and *results*
    (:func:`results_of`, the same period); *covered_months* and *coverage_note* as
    for :func:`~amp_desktop.core.reports.results_report.results_report`."""
    printed_on = printed_on or dt.date.today()
    label = document["period"]["label"]
    results, without_results = _with_results_only(document, results)
    disclosure = Disclosure(results, exact, printed_groupings(results))  # (as its results pages)
    title = translate("Audit", "Audit of the programmes")
    printed_results = results_report(
        results,
        label,
        exact=exact,
        without_results=without_results,
        covered_months=covered_months,
        coverage_note=coverage_note,
    )
    sections: list[Section] = [
        *_first_page(document, results, disclosure),
        PageBreak(),
        _places_table(document),
        _cost_table(document, disclosure),
        Paragraph(
            translate(
                "Audit",
                "Share to work or studies against the goal, women and men apart; primary "
                "and secondary programmes and need levels apart (as in the printed results).",
            ),
            translate("Audit", "3–4. What results, reported apart?"),
            keep_with_next=True,  # it was left at the foot of page 3, its tables on 4
        ),
        *printed_results.sections,
        _mandate_table(document),
        _checks_table(document),
    ]
    return Report(
        kind=KIND_AUDIT,
        title=title,
        subtitle=subtitle(
            municipality,
            unit,
            [translate("Audit", "Period: {period}").format(period=label)],
            printed_on,
        ),
        sections=sections,
        running_title=running_title(title, municipality, label),
    )


__all__ = ["KIND_AUDIT", "audit_report", "check_title"]
