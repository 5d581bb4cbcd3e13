"""The year's referral-initiator shares and gross cost, and the helpers every yearly
figure shares (see :mod:`.compute` for the definitions)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from amp_desktop.core.domain import KoladaCategory, Programme, budget_in_period
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.vocabulary import Kpi
from amp_desktop.core.results.suppress import is_small
from amp_desktop.core.yearly.figure import Counts, Figure

if TYPE_CHECKING:
    from amp_desktop.core.yearly.compute import YearInputs

#: The referral-initiator share of each Kolada category.
REFERRAL_KEYS: dict[KoladaCategory, str] = {
    KoladaCategory.AF: "referral_af",
    KoladaCategory.FK: "referral_fk",
    KoladaCategory.SELF: "referral_self",
    KoladaCategory.SOCIAL_SERVICES: "referral_social_services",
    KoladaCategory.OTHER: "referral_other",
    KoladaCategory.AF_SOCIAL: "referral_af_social_services",
}


def months_of(year: int) -> list[str]:
    return [f"{year}-{m:02d}" for m in range(1, 13)]


def month_runs(months: Iterable[str]) -> str:
    """``2025-01…03, 2025-07`` for a set of months of one year."""
    ordered = sorted(months)
    runs: list[list[str]] = []
    for month in ordered:
        if runs and int(month[5:]) == int(runs[-1][-1][5:]) + 1:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}…{r[-1][5:]}" for r in runs)


def share(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def names_text(names: list[str], most: int = 5) -> str:
    shown = ", ".join(sorted(names)[:most])
    if len(names) > most:
        shown += " " + translate("Yearly", "and {n} more").format(n=len(names) - most)
    return shown


def referral_figures(inputs: YearInputs, kpis: Mapping[str, Kpi], counts: Counts) -> list[Figure]:
    by_category: Counter[KoladaCategory] = Counter()
    unknown = 0.0
    total = 0.0
    months: set[str] = set()
    for _pid, month, source, kind, referrals in inputs.demand:
        if kind != "actual":
            continue
        months.add(month)
        total += referrals
        category = inputs.source_categories.get(source.casefold()) if source else None
        if category is None:
            unknown += referrals
        else:
            by_category[category] += round(referrals)
    missing: list[str] = []
    lacking = set(months_of(inputs.year)) - months
    if len(lacking) == 12:
        missing.append(
            translate("Yearly", "No actual referrals in the catalogue for {year}.").format(
                year=inputs.year
            )
        )
    elif lacking:
        missing.append(
            translate("Yearly", "No actual referrals for {months}.").format(
                months=month_runs(lacking)
            )
        )
    share_missing = list(missing)
    if unknown:
        # (the note travels with the figures to the printout and the survey sheet: a
        # count of 1–4 is not written there, nor here, as every small count)
        share_missing.append(
            translate(
                "Yearly",
                "Fewer than 5 referrals have no known source and are left out of the shares.",
            )
            if is_small(round(unknown))
            else translate(
                "Yearly", "{n} referrals have no known source and are left out of the shares."
            ).format(n=round(unknown))
        )
    known = sum(by_category.values())
    total_value = round(total) if months else None
    counts.values[("referrals_known", "all")] = known
    counts.values[("referrals", "all")] = total_value  # (U40803: <5 hidden as any count)
    out = [
        Figure(
            kpis["referrals"],
            total_value,
            computed_from=translate("Yearly", "Actual referrals (demand) of every programme."),
            missing=missing + [translate("Yearly", "Referrals are not kept by gender.")],
            count="referrals",
        )
    ]
    for category, key in REFERRAL_KEYS.items():
        name = f"referrals:{category.value}"
        counts.values[(name, "all")] = by_category[category]
        out.append(
            Figure(
                kpis[key],
                share(by_category[category], known) if months else None,
                computed_from=translate(
                    "Yearly",
                    "Actual referrals from sources whose Kolada category is this one ÷ all "
                    "actual referrals with a known source.",
                ),
                missing=list(share_missing),
                share_of=(name, "referrals_known"),
            )
        )
    counts.sums.append(
        (
            tuple((f"referrals:{c.value}", "all") for c in REFERRAL_KEYS),
            ("referrals_known", "all"),
        )
    )
    return out


def running_days(programme: Programme, year: int) -> int:
    """The days of *year* between the programme's start and end dates (inclusive)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    try:
        start = dt.date.fromisoformat(programme.start_date) if programme.start_date else first
        end = dt.date.fromisoformat(programme.end_date) if programme.end_date else last
    except ValueError:
        return 0
    start, end = max(start, first), min(end, last)
    return (end - start).days + 1 if end >= start else 0


def cost_figures(inputs: YearInputs, kpis: Mapping[str, Kpi]) -> list[Figure]:
    year = inputs.year
    cost = 0.0
    no_budget: list[str] = []
    counted = 0
    for programme in inputs.programmes:
        days = running_days(programme, year)
        if not days:
            continue
        if programme.annual_budget_sek is None:
            no_budget.append(programme.name)
            continue
        counted += 1
        # The one definition of a period's cost (the audit and the Results tab use it).
        share = budget_in_period(
            programme.annual_budget_sek,
            f"{year}-01",
            f"{year}-12",
            programme.start_date,
            programme.end_date,
        )
        cost += share or 0.0
    missing: list[str] = []
    if no_budget:
        missing.append(
            translate("Yearly", "Programmes without an annual budget ({n}): {names}.").format(
                n=len(no_budget), names=names_text(no_budget)
            )
        )
    gross = cost if counted else None
    if gross is None and not no_budget:
        missing.append(translate("Yearly", "No programme runs in {year}.").format(year=year))
    per_missing = list(missing)
    if inputs.population is None:
        per_missing.append(
            translate(
                "Yearly",
                "The municipality's population is not set (Preferences, or amp yearly --population).",
            )
        )
    per = gross / inputs.population if gross is not None and inputs.population else None
    source = translate(
        "Yearly",
        "The programmes' annual budgets × the days of the year each runs ÷ the year's days.",
    )
    return [
        Figure(kpis["gross_cost_sek"], gross, computed_from=source, missing=missing),
        Figure(
            kpis["gross_cost_per_inhabitant"],
            per,
            computed_from=source + " " + translate("Yearly", "Divided by the population set."),
            missing=per_missing,
        ),
        Figure(
            kpis["net_cost_per_inhabitant"],
            None,
            computed_from="",
            missing=[
                translate(
                    "Yearly",
                    "AMP keeps no income of the programmes, so it cannot compute the net cost; "
                    "compare Kolada's published value.",
                )
            ],
        ),
    ]
