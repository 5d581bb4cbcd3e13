"""The audit of a period as plain data: per programme the five questions auditors ask,
with the checks that fail, and totals per unit and type — ``amp audit --json``
(documented in ``docs/audit-json.md``) and the audit printout render it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from amp_desktop.core.audit.checks import active_span
from amp_desktop.core.audit.gather import AuditData
from amp_desktop.core.formatting import text_sort_key
from amp_desktop.core.mandate import basis_label, counterparty_label
from amp_desktop.core.planning.model import ProgrammePlan
from amp_desktop.core.results.figures import Tally, group_figures, period_cost
from amp_desktop.core.results.period import results_document

FORMAT = "amp-audit"
VERSION = 1

#: Plan statuses counted on the first page, in its order.
SUMMARY_STATUSES = ("short", "tight", "balanced", "idle")
#: Checks that make a mandate unclear.
MANDATE_CHECKS = frozenset({"no_af_agreement", "no_legal_basis", "basis_ending", "project_ended"})


def _places(
    plan: ProgrammePlan | None, results: dict[str, Any], tertials: Iterable[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "status": plan.status if plan else None,
        "places": plan.places if plan else None,
        "needed_places": plan.needed_places if plan else None,
        "utilisation": plan.utilisation if plan else None,
        "gap": plan.gap if plan else None,
        "actual_utilisation": results.get("actual_utilisation"),
        "tertials": [{"tertial": label, "status": status} for label, status in tertials],
    }


def _cost(
    data: AuditData, programme: Any, plan: ProgrammePlan | None, results: dict[str, Any]
) -> dict[str, Any]:
    return {
        "annual_budget_sek": programme.annual_budget_sek,
        "period_cost_sek": period_cost(
            programme.annual_budget_sek, data.period, programme.start_date, programme.end_date
        ),
        "cost_per_place_sek": plan.cost_per_place_sek if plan else None,
        "cost_per_participant_sek": results.get("cost_per_participant_sek"),
        "cost_per_work_or_studies_sek": results.get("cost_per_work_or_studies_sek"),
    }


def _results(results: dict[str, Any]) -> dict[str, Any]:
    keep = ("participants", "starts", "exits", "work_or_studies", "work_or_studies_share")
    out = {key: results.get(key) for key in keep}
    out["goal_work_or_studies_share"] = results.get("goal_work_or_studies_share")
    out["goal_met"] = results.get("goal_met")
    by_gender = results.get("by_gender") or {}
    out["women"] = {k: (by_gender.get("K") or {}).get(k) for k in keep}
    out["men"] = {k: (by_gender.get("M") or {}).get(k) for k in keep}
    return out


def _need_levels(data: AuditData, programme_id: int) -> dict[str, dict[str, Any]]:
    by_need: dict[str, Tally] = {}
    for (pid, _gender, need), counts in data.tallies.items():
        if pid == programme_id:
            by_need.setdefault(need, Tally()).add(Tally(Counter(counts)))
    keep = ("participants", "exits", "work_or_studies", "work_or_studies_share")
    out = {}
    for need, tally in sorted(by_need.items()):
        figures = group_figures(tally)
        out[need] = {k: figures[k] for k in keep}
    return out


def _mandate(data: AuditData, programme_id: int) -> dict[str, Any]:
    mandate = data.mandate(programme_id)
    bases = []
    for basis in mandate.bases:
        item = basis.to_json()
        item["label"] = basis_label(basis.kind)
        agreement = data.agreements.get(basis.agreement_id or -1)
        item["agreement"] = agreement.label() if agreement else None
        bases.append(item)
    return {
        "bases": bases,
        "decision_reference": mandate.decision_reference,
        "decision_date": mandate.decision_date,
        "needs_review": mandate.needs_review,
    }


def programme_entry(data: AuditData, programme: Any, results: dict[str, Any]) -> dict[str, Any]:
    """One programme's answers to the five questions, and its failing checks."""
    plan = data.plan.programme(programme.id)
    findings = data.findings.get(programme.id, [])
    keys = {f.key for f in findings}
    # A programme that does not run in the period is not checked: its mandate and
    # decision are not known to be clear (null), and the first page does not count it.
    in_period = active_span(programme, data.period) is not None
    if "no_results" in keys:  # nothing imported for it: not known, never a silent zero
        results = {"goal_work_or_studies_share": results.get("goal_work_or_studies_share")}
    return {
        "id": programme.id,
        "name": programme.name,
        "unit": programme.unit,
        "type": programme.type.value,
        "status": programme.status.value,
        "in_period": in_period,
        "places": _places(plan, results, data.tertial_statuses.get(programme.id, [])),
        "cost": _cost(data, programme, plan, results),
        "results": _results(results),
        "reported_apart": {
            "type": programme.type.value,
            "need_levels": _need_levels(data, programme.id),
        },
        "mandate": {
            **_mandate(data, programme.id),
            "clear": not (keys & MANDATE_CHECKS) if in_period else None,
            "decision": "no_decision" not in keys if in_period else None,
        },
        "checks": [f.to_json() for f in findings],
    }


def _summary(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """The counts of the first page for a group of programme entries: the programmes
    that run in the period (a closed one neither costs nor is short), and every result
    imported for the period (what participants went on to happened all the same)."""
    running = [e for e in entries if e["in_period"]]
    without_goal = [e for e in running if e["results"]["goal_work_or_studies_share"] is None]
    statuses = Counter(e["places"]["status"] for e in running)
    cost = sum(e["cost"]["period_cost_sek"] or 0.0 for e in running)
    # (the cost is the known budgets': a programme without one is said, never a 0)
    without_budget = sum(1 for e in running if e["cost"]["period_cost_sek"] is None)
    exits = sum(e["results"]["exits"] or 0 for e in entries)
    work = sum(e["results"]["work_or_studies"] or 0 for e in entries)
    return {
        "programmes": len(running),
        "statuses": {s: statuses.get(s, 0) for s in SUMMARY_STATUSES},
        # No places, stay unknown, off season or no demand: in none of the four.
        "not_assessed": len(running) - sum(statuses.get(s, 0) for s in SUMMARY_STATUSES),
        # Null when none of them has a goal: "none below" would be a silent zero.
        "below_goal": (
            sum(1 for e in running if e["results"]["goal_met"] is False)
            if len(without_goal) < len(running)
            else None
        ),
        "without_goal": len(without_goal),
        "without_clear_mandate": sum(1 for e in running if not e["mandate"]["clear"]),
        "without_decision": sum(1 for e in running if not e["mandate"]["decision"]),
        "with_failing_checks": sum(1 for e in running if e["checks"]),
        "cost_sek": cost,
        "without_budget": without_budget,
        "exits": exits,
        "work_or_studies": work,
        "work_or_studies_share": work / exits if exits else None,
    }


def _grouped(entries: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        groups.setdefault(entry[key], []).append(entry)
    return {k: _summary(v) for k, v in sorted(groups.items(), key=lambda kv: text_sort_key(kv[0]))}


def results_of(data: AuditData) -> dict[str, Any]:
    """The period's results document (as ``amp results``) the audit's figures come from."""
    return results_document(data.programmes, data.tallies, data.period, None, data.default_goals)


def audit_document(data: AuditData, results: dict[str, Any] | None = None) -> dict[str, Any]:
    """The documented JSON of ``amp audit --json`` (a dict; ``json.dumps`` it);
    *results* is :func:`results_of` *data* when the caller has it already."""
    results = results if results is not None else results_of(data)
    by_id = {row["id"]: row for row in results["programmes"]}
    ordered = sorted(data.programmes, key=lambda p: text_sort_key(p.name))
    entries = [programme_entry(data, p, by_id.get(p.id, {})) for p in ordered]
    counts = Counter(f["key"] for e in entries for f in e["checks"])
    return {
        "format": FORMAT,
        "version": VERSION,
        "period": data.period.to_json(),
        "today": data.today.isoformat(),
        "settings": {
            "ending_within_months": data.settings.ending_within_months,
            "far_tertials_running": data.settings.far_tertials_running,
        },
        "programmes": entries,
        "totals": {"unit": _grouped(entries, "unit"), "type": _grouped(entries, "type")},
        "all": _summary(entries),
        "check_counts": dict(sorted(counts.items())),
        "agreements": [
            {
                "id": a.id,
                "counterparty": a.counterparty.value,
                "counterparty_label": counterparty_label(a.counterparty),
                "reference": a.reference,
                "title": a.title,
                "valid_from": a.valid_from,
                "valid_to": a.valid_to,
                "notes": a.notes,
            }
            for a in data.agreements.values()
        ],
    }
