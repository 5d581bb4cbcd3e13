"""What the audit reads from a catalogue: mandates, agreements, results, plan statuses.

:func:`gather` makes one :class:`AuditData` for a period; the checks, ``amp audit``,
the catalogue's "needs attention" filter and the audit printout all start from it,
so they show the same findings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from amp_desktop.core.audit.checks import (
    AuditSettings,
    Finding,
    ProgrammeFacts,
    programme_findings,
)
from amp_desktop.core.domain import KoladaCategory, Programme
from amp_desktop.core.mandate import Agreement, Mandate
from amp_desktop.core.planning.model import Plan
from amp_desktop.core.planning.period import Period, month_index

if TYPE_CHECKING:
    from amp_desktop.core.progress import Progress
    from amp_desktop.core.store import Catalogue

TallyKey = tuple[int, str, str]

_AF_CATEGORIES = frozenset({KoladaCategory.AF, KoladaCategory.AF_SOCIAL})


@dataclass
class AuditData:
    """Everything an audit of *period* shows, read once."""

    period: Period
    today: dt.date
    settings: AuditSettings
    programmes: list[Programme]
    mandates: dict[int, Mandate]
    agreements: dict[int, Agreement]
    plan: Plan
    tallies: dict[TallyKey, Counter[str]]
    default_goals: dict[str, float]
    tertial_statuses: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    findings: dict[int, list[Finding]] = field(default_factory=dict)
    #: Programmes whose results are known for the period (``Catalogue.results_known``:
    #: an import covered them, nobody enrolled being a real zero, or results are stored).
    covered: set[int] = field(default_factory=set)

    def mandate(self, programme_id: int) -> Mandate:
        return self.mandates.get(programme_id) or Mandate(programme_id)

    def goal(self, programme: Programme) -> float | None:
        goal = getattr(programme, "goal_work_or_studies_share", None)
        if goal is None:
            goal = self.default_goals.get(programme.type.value)
        return goal


def settings_of(catalogue: Catalogue) -> AuditSettings:
    values = catalogue.audit_settings()
    return AuditSettings(values["audit_ending_within_months"], values["audit_far_tertials_running"])


def tertials_for(period: Period, before: int, today: dt.date) -> list[Period]:
    """The tertials *period* touches and the *before* tertials ahead of them, up to the
    one *today* falls in (a tertial not yet begun has no status to count)."""
    first = month_index(period.first) // 4 - before
    last = min(month_index(period.last) // 4, (today.year * 12 + today.month - 1) // 4)
    return [Period.tertial(n // 3, n % 3 + 1) for n in range(first, last + 1)]


def af_referred(programme: Programme, categories: dict[str, KoladaCategory]) -> bool:
    """Whether Arbetsförmedlingen is among the programme's referral sources."""
    for link in programme.sources:
        code = link.source.strip().upper()
        if code == "AF" or categories.get(code) in _AF_CATEGORIES:
            return True
    return False


def gather(
    catalogue: Catalogue,
    period: Period,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> AuditData:
    """Read what the audit of *period* needs and run the checks on every programme.

    A file that cannot be read (closed, damaged, gone) raises ``StoreError``.
    """
    from amp_desktop.core.store.errors import door

    with door(catalogue.path, "read"):
        return _gather(catalogue, period, today, progress)


def _gather(
    catalogue: Catalogue, period: Period, today: dt.date | None, progress: Progress | None
) -> AuditData:
    from amp_desktop.core.planning import make_plan

    today = today or dt.date.today()
    settings = settings_of(catalogue)
    programmes = catalogue.programmes()
    data = AuditData(
        period,
        today,
        settings,
        programmes,
        catalogue.mandates(),
        {a.id: a for a in catalogue.agreements() if a.id is not None},
        make_plan(catalogue, period, progress=progress),
        catalogue.results_tallies(period.first, period.last),
        catalogue.default_goals(),
    )
    data.covered = catalogue.results_known(period.first, period.last)
    for tertial in tertials_for(period, settings.far_tertials_running - 1, today):
        label = f"{tertial.first[:4]}-T{tertial.tertial_number}"
        if progress is not None:
            progress.check()  # a run superseded by a newer one stops between plans
        for item in make_plan(catalogue, tertial, progress=progress).programmes:
            # No demand recorded at all is no evidence of idle places: it breaks a run.
            status = item.status if item.basis != "none" else "no_demand"
            data.tertial_statuses.setdefault(item.id, []).append((label, status))
    run_checks(data, catalogue)
    return data


def recheck(data: AuditData, catalogue: Catalogue) -> AuditData:
    """*data* with the mandates and agreements read again and the checks run again —
    for a change that touched only those (no plan to make again)."""
    from amp_desktop.core.store.errors import door

    with door(catalogue.path, "read"):
        data.mandates = catalogue.mandates()
        data.agreements = {a.id: a for a in catalogue.agreements() if a.id is not None}
        run_checks(data, catalogue)
    return data


def run_checks(data: AuditData, catalogue: Catalogue) -> None:
    """Fill ``data.findings``: every programme's failing checks."""
    categories = {s.code.upper(): s.kolada_category for s in catalogue.sources()}
    data.findings = {}
    for programme in data.programmes:
        assert programme.id is not None
        facts = ProgrammeFacts(
            programme,
            data.mandate(programme.id),
            data.agreements,
            af_referred(programme, categories),
            programme.id in data.covered,
            data.goal(programme),
            data.tertial_statuses.get(programme.id, []),
        )
        data.findings[programme.id] = programme_findings(
            facts, data.period, data.today, data.settings
        )
