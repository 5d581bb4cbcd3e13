"""The year's figures computed from the catalogue, its results and its demand.

Definitions, each written once (the share to work or studies is
:mod:`amp_desktop.core.results.categories`' U40455, never re-defined here):

* persons — distinct persons in the year (``result_persons``: only years a
  participant list wholly covered);
* referrals — the year's actual demand; the initiator shares group the referrals by
  their source's Kolada category, over the referrals whose source is known;
* exits by Kolada's categories A–E (:data:`EXIT_GROUPS`), counts and shares;
* stay at exit in bands: the stored stays are whole weeks (``end − start`` days
  ÷ 7, rounded down), so the bands are < 13 weeks (within 3 months), 13–25
  (3–6 months), 26–103 (6–24 months) and ≥ 104 (over 24 months) — 13, 26 and 104
  weeks are 91, 182 and 728 days, at most 2.5 days short of the calendar months;
* gross cost — each programme's annual budget × the days of the year it runs (its
  start and end dates) ÷ the year's days; per inhabitant when the population is set.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from amp_desktop.core.domain import KoladaCategory, Programme
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.vocabulary import Kpi
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.results.categories import work_or_studies_share
from amp_desktop.core.results.figures import Tally
from amp_desktop.core.yearly.figure import UNSTATED, Counts, Figure
from amp_desktop.core.yearly.referrals_cost import (
    cost_figures,
    month_runs,
    months_of,
    names_text,
    referral_figures,
    running_days,
    share,
)

#: Kolada's exit categories (A–E) and AMP's categories in each.
EXIT_GROUPS: dict[str, tuple[str, ...]] = {
    "exits_work": ("work", "work_subsidised"),
    "exits_studies": ("studies",),
    "exits_other_authority": ("back_to_referrer", "other_actor"),
    "exits_completed": ("completed",),
    "exits_other": ("municipal_job", "interrupted", "unknown"),
}
#: The stay bands: key and the first week of the next band (None: no end).
STAY_BANDS: tuple[tuple[str, int | None], ...] = (
    ("stay_under_3_months", 13),
    ("stay_3_6_months", 26),
    ("stay_6_24_months", 104),
    ("stay_over_24_months", None),
)
GENDER_GROUPS = {"K": "K", "M": "M", "": UNSTATED}


def stay_band(weeks: int) -> str:
    """The band of a stay of *weeks* whole weeks."""
    for key, end in STAY_BANDS:
        if end is None or weeks < end:
            return key
    raise AssertionError("unreachable")


@dataclass
class YearInputs:
    """What the figures of one year are computed from (read by :func:`read_inputs`)."""

    year: int
    programmes: list[Programme]
    #: Every programme's measures summed per gender ("K", "M", "" not stated).
    results: Mapping[str, Mapping[str, int]]
    #: The programmes and months an import covered (or that hold results, see
    #: :mod:`amp_desktop.core.store.result_coverage`): a month covered without a result
    #: is nobody enrolled, not a gap.
    programmes_with_results: set[int]
    result_months: set[str]
    persons: dict[str, int]
    demand: list[tuple[int, str, str, str, float]]
    source_categories: dict[str, KoladaCategory]
    population: int | None = None
    notes: list[str] = field(default_factory=list)
    #: The programmes an import recorded covering in the year, and their covered months
    #: (recorded, or holding results); a programme without a record is not checked month
    #: by month (an import older than the record does not say which months it covered).
    imported: Mapping[int, set[str]] = field(default_factory=dict)


def by_gender(results: Mapping[str, Mapping[str, int]]) -> dict[str, Tally]:
    """The year's measures per group (all, K, M, ? not stated)."""
    out = {g: Tally() for g in ("all", "K", "M", UNSTATED)}
    for gender, counts in results.items():
        out[GENDER_GROUPS.get(gender, UNSTATED)].counts.update(counts)
        out["all"].counts.update(counts)
    return out


def yearly_figures(
    inputs: YearInputs, kpis: Mapping[str, Kpi], progress: Progress = NO_PROGRESS
) -> tuple[list[Figure], Counts, list[str]]:
    """The figures in the survey's order, the counts behind them, and general notes."""
    year = inputs.year
    counts = Counts()
    figures: list[Figure] = []
    notes = list(inputs.notes)
    results_missing = what_results_miss(inputs)
    progress.step(1, 4)

    # Persons
    persons = inputs.persons
    person_missing = []
    if not persons:
        person_missing.append(
            translate(
                "Yearly",
                "Distinct persons of {year} are not known: they are counted only from one "
                "participant list that covers all of {year}, holds every programme with "
                "results and has the identity numbers (a person in two programmes counted "
                "once).",
            ).format(year=year)
        )
    women, men, everyone = persons.get("K"), persons.get("M"), persons.get("")
    unstated = (
        everyone - women - men if None not in (everyone, women, men) else None  # type: ignore[operator]
    )
    counts.add("persons", {"all": everyone, "K": women, "M": men, UNSTATED: unstated})
    figures.append(
        Figure(
            kpis["persons"],
            everyone,
            women,
            men,
            translate("Yearly", "Distinct persons in the imported participant lists."),
            person_missing,
            count="persons",
        )
    )
    figures.extend(referral_figures(inputs, kpis, counts))
    progress.step(2, 4)
    figures.extend(_exit_figures(inputs, kpis, counts, results_missing))
    progress.step(3, 4)
    figures.extend(cost_figures(inputs, kpis))
    progress.step(4, 4)
    return figures, counts, notes


def running_months(programme: Programme, year: int) -> set[str]:
    """The months of *year* in which *programme* runs (by its start and end dates)."""
    if not running_days(programme, year):
        return set()
    first = (programme.start_date or "")[:7]
    last = (programme.end_date or "9999-99")[:7]
    return {m for m in months_of(year) if first <= m <= last}


def what_results_miss(inputs: YearInputs) -> list[str]:
    """What the year's results lack: months no import covered, running programmes no
    import covered, and programmes an import covered for only part of the months
    they ran while other programmes were covered."""
    year = inputs.year
    missing_months = set(months_of(year)) - inputs.result_months
    out: list[str] = []
    if len(missing_months) == 12:
        return [translate("Yearly", "No results imported for {year}.").format(year=year)]
    if missing_months:
        out.append(
            translate("Yearly", "No results imported for {months}.").format(
                months=month_runs(missing_months)
            )
        )
    running = [p for p in inputs.programmes if running_days(p, year)]
    lacking = [p.name for p in running if p.id not in inputs.programmes_with_results]
    if lacking:
        out.append(
            translate(
                "Yearly", "Programmes running in {year} without results ({n}): {names}."
            ).format(n=len(lacking), year=year, names=names_text(lacking))
        )
    partly = []
    for programme in running:
        covered = inputs.imported.get(programme.id or 0)
        if covered:  # only where an import said which months (older imports did not)
            gap = (running_months(programme, year) & inputs.result_months) - covered
            if gap:
                partly.append(f"{programme.name} ({month_runs(gap)})")
    if partly:
        out.append(
            translate(
                "Yearly",
                "Programmes no imported list covered in some months they ran ({n}): {names}.",
            ).format(n=len(partly), names=names_text(partly))
        )
    return out


def _exit_figures(
    inputs: YearInputs, kpis: Mapping[str, Kpi], counts: Counts, missing: list[str]
) -> list[Figure]:
    tallies = by_gender(inputs.results)
    known = len(inputs.result_months) > 0
    exits = {g: t.exits for g, t in tallies.items()}
    counts.add("exits", exits)  # type: ignore[arg-type]
    source = translate("Yearly", "Exits in the imported participant lists, by exit reason.")

    def value(group_values: Mapping[str, float | None], group: str) -> float | None:
        return group_values.get(group) if known else None

    out = [
        Figure(
            kpis["exits"],
            value(exits, "all"),
            value(exits, "K"),
            value(exits, "M"),
            source,
            list(missing),
            count="exits",
        )
    ]
    for key, reasons in EXIT_GROUPS.items():
        n = {g: sum(t.exits_by_reason()[r] for r in reasons) for g, t in tallies.items()}
        counts.add(key, n)  # type: ignore[arg-type]
        shares = {g: share(n[g], exits[g]) for g in n}
        out.append(
            Figure(
                kpis[key],
                value(n, "all"),
                value(n, "K"),
                value(n, "M"),
                source,
                list(missing),
                count=key,
            )
        )
        out.append(
            Figure(
                kpis[f"{key}_share"],
                value(shares, "all"),
                value(shares, "K"),
                value(shares, "M"),
                source,
                list(missing),
                share_of=(key, "exits"),
            )
        )
    counts.add_sum(EXIT_GROUPS, "exits")
    u40455 = {g: work_or_studies_share(t.exits_by_reason()) for g, t in tallies.items()}
    counts.add(
        "work_or_studies",
        {g: n1 + n2 for g, n1, n2 in _pairs(counts, "exits_work", "exits_studies")},
    )
    # U40455 is shown beside exits: work + studies must not give a hidden part away.
    counts.add_sum(("exits_work", "exits_studies"), "work_or_studies")
    out.append(
        Figure(
            kpis["work_or_studies_share"],
            value(u40455, "all"),
            value(u40455, "K"),
            value(u40455, "M"),
            translate(
                "Yearly",
                "Exits to work, subsidised work or studies ÷ all exits (a municipal "
                "labour-market job is not work).",
            ),
            list(missing),
            share_of=("work_or_studies", "exits"),
        )
    )
    bands: dict[str, dict[str, int]] = {key: {} for key, _ in STAY_BANDS}
    for group, tally in tallies.items():
        found: Counter[str] = Counter()
        for weeks, exited in tally.stays().items():
            found[stay_band(weeks)] += exited
        for key, _ in STAY_BANDS:
            bands[key][group] = found[key]
    for key, _ in STAY_BANDS:
        counts.add(key, bands[key])  # type: ignore[arg-type]
        shares = {g: share(bands[key][g], exits[g]) for g in bands[key]}
        out.append(
            Figure(
                kpis[key],
                value(shares, "all"),
                value(shares, "K"),
                value(shares, "M"),
                translate(
                    "Yearly",
                    "Exits by their stay in whole weeks (13 weeks = 3 months, 26 = 6, 104 = 24) ÷ "
                    "all exits.",
                ),
                list(missing),
                share_of=(key, "exits"),
            )
        )
    counts.add_sum((key for key, _ in STAY_BANDS), "exits")
    return out


def _pairs(counts: Counts, a: str, b: str) -> list[tuple[str, int, int]]:
    return [
        (g, counts.values.get((a, g)) or 0, counts.values.get((b, g)) or 0)
        for g in ("all", "K", "M", UNSTATED)
    ]
