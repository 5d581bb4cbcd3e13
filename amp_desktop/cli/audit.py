"""``amp audit``: per programme the five questions auditors ask, with the checks that fail."""

from __future__ import annotations

import argparse
from typing import Any

from amp_desktop.cli.common import (
    add_period_options,
    open_catalogue,
    period_from_args,
    print_json,
)
from amp_desktop.cli.text_tables import aligned_table
from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import bases_text
from amp_desktop.core.store import Catalogue


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audit = subparsers.add_parser(
        "audit",
        help=translate(
            "CliHelp",
            "mandate, decision, goal, places, cost and results per programme, with checks",
        ),
        description=translate(
            "CliHelp",
            "Per programme: do places match need, what a place costs, the share to "
            "work or studies against the goal (women and men apart), primary and secondary and "
            "need levels apart, the legal basis and the board decision — and the checks that "
            "fail. The period is the current calendar year unless given. The JSON is described "
            "in docs/audit-json.md.",
        ),
    )
    audit.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    add_period_options(audit, scenario=False)
    audit.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    audit.set_defaults(func=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    from amp_desktop.core.audit import audit_document, gather
    from amp_desktop.core.results.coverage import coverage

    period = period_from_args(args)
    with open_catalogue(args.file) as catalogue:
        document = audit_document(gather(catalogue, period))
        names = {row["id"]: row["name"] for row in document["programmes"]}
        known = catalogue.results_known(period.first, period.last) & set(names)
        covering = coverage(catalogue, period, known)
    if args.json:
        print_json(document)
    else:
        print_audit(document)
        # (utilisation and cost per participant over months lists did not cover read wrong)
        note = covering.note(names)
        if note:
            print()
            print(note)
    return 0


def print_audit(document: dict[str, Any]) -> None:
    """The audit as text: the table, the totals, then each programme's failing checks."""
    from amp_desktop.core.tables.audit_table import AUDIT

    print(translate("Audit", "Audit for {period}").format(period=document["period"]["label"]))
    print()
    columns = AUDIT.for_cli()
    aligned_table(columns, [[c.text(p) for c in columns] for p in document["programmes"]])
    summary = document["all"]
    print()
    print(
        (
            translate(
                "Audit",
                "1 programme: {short} short, {tight} tight, {balanced} balanced, {idle} idle; "
                "{goal}; {mandate} without a clear mandate; {decision} without a board decision.",
            )
            if summary["programmes"] == 1
            else translate(
                "Audit",
                "{n} programmes: {short} short, {tight} tight, {balanced} balanced, {idle} idle; "
                "{goal}; {mandate} without a clear mandate; {decision} without a board decision.",
            )
        ).format(
            n=summary["programmes"],
            goal=goal_text(summary),
            mandate=summary["without_clear_mandate"],
            decision=summary["without_decision"],
            **summary["statuses"],
        )
    )
    if summary["not_assessed"]:
        print(
            translate(
                "Audit", "{n} not assessed (no places, stay or demand in the period)."
            ).format(n=summary["not_assessed"])
        )
    print(_cost_and_share(document))
    failing = [p for p in document["programmes"] if p["checks"]]
    if failing:
        print()
        print(translate("Audit", "Checks that fail"))
        for programme in failing:
            for check in programme["checks"]:
                print(f"  {check['key']}: {check['message']}")


def goal_text(summary: dict[str, Any]) -> str:
    """``3 below their goal``; that no goals are set, never a silent 0; and how many
    have no goal."""
    below, without = summary["below_goal"], summary["without_goal"]
    if below is None:
        return translate("Audit", "no goals set for the share to work or studies")
    if without:
        return translate("Audit", "{below} below their goal ({n} without a goal)").format(
            below=below, n=without
        )
    return translate("Audit", "{below} below their goal").format(below=below)


def _cost_and_share(document: dict[str, Any]) -> str:
    """The first page's cost and share to work or studies, primary and secondary apart
    (exact figures: the printout hides small counts, the command line does not)."""
    from amp_desktop.core.formatting import format_percent
    from amp_desktop.core.reports.audit_report import cost_in_period

    def part(summary: dict[str, Any] | None) -> tuple[str, str]:
        if summary is None:
            return "–", "–"
        share = summary["work_or_studies_share"]
        return cost_in_period(summary), format_percent(share) if share is not None else "–"

    everyone = part(document["all"])
    primary = part(document["totals"]["type"].get("primary"))
    secondary = part(document["totals"]["type"].get("secondary"))
    text = translate(
        "Audit",
        "Cost in the period {cost} (primary {primary_cost}, secondary {secondary_cost}); "
        "share to work or studies {share} (primary {primary_share}, secondary "
        "{secondary_share}).",
    ).format(
        cost=everyone[0],
        share=everyone[1],
        primary_cost=primary[0],
        primary_share=primary[1],
        secondary_cost=secondary[0],
        secondary_share=secondary[1],
    )
    missing = document["all"].get("without_budget")
    if missing:
        text += " " + (
            translate("Audit", "1 programme running in the period has no budget: not in the cost.")
            if missing == 1
            else translate(
                "Audit", "{n} programmes running in the period have no budget: not in the cost."
            ).format(n=missing)
        )
    return text


def mandate_json(catalogue: Catalogue, programme_id: int) -> dict[str, Any]:
    """A programme's mandate as ``amp show --json`` carries it, with its agreements."""
    mandate = catalogue.mandate(programme_id)
    agreements = {a.id: a for a in catalogue.agreements() if a.id is not None}
    data = mandate.to_json()
    data["agreements"] = [
        {
            "id": aid,
            "counterparty": agreements[aid].counterparty.value,
            "reference": agreements[aid].reference,
            "title": agreements[aid].title,
            "valid_from": agreements[aid].valid_from,
            "valid_to": agreements[aid].valid_to,
        }
        for aid in dict.fromkeys(mandate.agreement_ids())
        if aid in agreements
    ]
    data["bases_text"] = bases_text(mandate.bases, agreements)  # type: ignore[arg-type]
    return data


def mandate_lines(mandate: dict[str, Any]) -> list[tuple[str, str]]:
    """The mandate lines of ``amp show`` (label, text)."""
    if not mandate:
        return []
    decision = " ".join(
        x for x in (mandate.get("decision_reference"), mandate.get("decision_date")) if x
    )
    return [
        (translate("Audit", "Legal basis"), str(mandate.get("bases_text") or "")),
        (translate("Audit", "Board decision"), decision),
    ]
