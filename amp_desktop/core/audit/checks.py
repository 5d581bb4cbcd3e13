"""The audit checks: what an auditor would flag about one programme, with stable keys.

Each check is a pure function of what :class:`ProgrammeFacts` says about a programme
(its record, mandate, the agreements, whether results were imported, its plan status
per tertial) and returns :class:`Finding` objects.  Nothing here blocks an edit: the
catalogue shows the findings, ``amp audit`` lists them, the audit printout prints them.

Keys (stable, documented in ``docs/audit-json.md``): :data:`CHECK_KEYS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from amp_desktop.core.domain import FIELD_BY_NAME, Programme, ProgrammeType, Status
from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, Mandate
from amp_desktop.core.planning.period import Period, month_index, month_text

CHECK_KEYS = (
    "no_af_agreement",
    "no_legal_basis",
    "basis_ending",
    "project_ended",
    "no_decision",
    "no_goal",
    "no_results",
    "places_far_from_need",
)

#: Plan statuses that count as places far from need.
FAR_STATUSES = frozenset({"short", "idle"})


@dataclass(frozen=True)
class AuditSettings:
    """The checks' numeric thresholds (catalogue settings, see ``store.mandates``)."""

    ending_within_months: int = 3
    far_tertials_running: int = 2


@dataclass(frozen=True)
class Finding:
    """One failed check: its key, the field it concerns and a message naming both."""

    key: str
    field: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "field": self.field, "message": self.message}


@dataclass(frozen=True)
class ProgrammeFacts:
    """Everything the checks read about one programme.

    ``af_referred``: Arbetsförmedlingen is among its referral sources.
    ``has_results``: results were imported for some month of the period.
    ``tertial_statuses``: ``(tertial label, plan status)`` in time order, for the
    tertials the period touches and the ones before it that a run needs.
    """

    programme: Programme
    mandate: Mandate
    agreements: Mapping[int, Agreement]
    af_referred: bool
    has_results: bool
    goal: float | None
    tertial_statuses: Sequence[tuple[str, str]] = field(default_factory=tuple)


def field_label(name: str) -> str:
    """A field's translated label, for the mandate fields too."""
    labels = {
        "legal_basis": translate("Audit", "Legal basis"),
        "decision": translate("Audit", "Board decision"),
        "goal_work_or_studies_share": translate("Audit", "Goal: share to work or studies"),
        "results": translate("Audit", "Results"),
        "places": FIELD_BY_NAME["places"].label(),
        "referral_sources": translate("Field", "Referral sources"),
    }
    return labels.get(name, name)


def period_dates(period: Period) -> tuple[dt.date, dt.date]:
    """The first and last day of *period*."""
    first = dt.date.fromisoformat(period.first + "-01")
    after = month_index(period.last) + 1
    last = dt.date.fromisoformat(month_text(after) + "-01") - dt.timedelta(days=1)
    return first, last


def active_span(programme: Programme, period: Period) -> tuple[dt.date, dt.date] | None:
    """The days of *period* the programme exists (its start/end dates), or None."""
    first, last = period_dates(period)
    if programme.start_date:
        first = max(first, dt.date.fromisoformat(programme.start_date))
    if programme.end_date:
        last = min(last, dt.date.fromisoformat(programme.end_date))
    if first > last or (programme.status is Status.CLOSED and not programme.end_date):
        return None
    return first, last


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _af_agreements(facts: ProgrammeFacts) -> list[Agreement]:
    return [
        a
        for a in (facts.agreements.get(i) for i in facts.mandate.agreement_ids())
        if a is not None and a.counterparty is Counterparty.AF
    ]


def covered_together(agreements: Sequence[Agreement], first: dt.date, last: dt.date) -> bool:
    """Whether *agreements* together are valid on every day from *first* to *last* —
    one agreement, or one renewed by the next from the day after it ends."""
    day = first
    spans = sorted(
        (
            dt.date.fromisoformat(a.valid_from) if a.valid_from else dt.date.min,
            dt.date.fromisoformat(a.valid_to) if a.valid_to else dt.date.max,
        )
        for a in agreements
    )
    for start, end in spans:
        if start > day:
            break
        if end >= last:
            return True
        day = max(day, end + dt.timedelta(days=1))
    return False


def check_af_agreement(facts: ProgrammeFacts, span: tuple[dt.date, dt.date]) -> list[Finding]:
    if not facts.af_referred:
        return []
    linked = _af_agreements(facts)
    if covered_together(linked, *span):
        return []
    name = facts.programme.name
    if linked:
        a = linked[0]
        message = translate(
            "Audit",
            "“{name}”: Arbetsförmedlingen refers participants, but its agreement “{agreement}” "
            "(Legal basis) is valid only {first} – {last}, not all of {from_} – {to}.",
        ).format(
            name=name,
            agreement=a.label(),
            first=a.valid_from or "…",
            last=a.valid_to or "…",
            from_=span[0].isoformat(),
            to=span[1].isoformat(),
        )
    else:
        message = translate(
            "Audit",
            "“{name}”: Arbetsförmedlingen is among its referral sources, but no agreement "
            "with Arbetsförmedlingen (lag 2009:47) is linked in its legal basis.",
        ).format(name=name)
    return [Finding("no_af_agreement", "legal_basis", message)]


def check_legal_basis(facts: ProgrammeFacts) -> list[Finding]:
    if facts.mandate.bases:
        return []
    if facts.mandate.needs_review:
        message = translate(
            "Audit",
            "“{name}”: no legal basis recorded (Legal basis) — not filled in since the "
            "file was upgraded.",
        )
    else:
        message = translate("Audit", "“{name}”: no legal basis recorded (Legal basis).")
    return [Finding("no_legal_basis", "legal_basis", message.format(name=facts.programme.name))]


def check_ending(facts: ProgrammeFacts, today: dt.date, settings: AuditSettings) -> list[Finding]:
    """Bases and linked agreements that end within the threshold, or that have ended
    while the programme (not closed) still rests on them with nothing valid in their
    place; projects that ended while it is active."""
    if facts.programme.status is Status.CLOSED:
        return []
    horizon = add_months(today, settings.ending_within_months)
    name = facts.programme.name
    bases = facts.mandate.bases
    out: list[Finding] = []
    for basis in bases:
        if not basis.valid_to:
            continue
        end = dt.date.fromisoformat(basis.valid_to)
        if basis.kind is BasisKind.PROJECT and end < today:
            if facts.programme.status is Status.ACTIVE:
                out.append(
                    Finding(
                        "project_ended",
                        "legal_basis",
                        translate(
                            "Audit",
                            "“{name}”: the project it is funded by ended on {date} "
                            "(Legal basis), but the programme is still active.",
                        ).format(name=name, date=basis.valid_to),
                    )
                )
        elif today <= end <= horizon:
            out.append(_ending(name, basis.valid_to, _its_basis()))
        elif end < today and not any(
            b.kind is basis.kind and _valid_on(b.valid_from, b.valid_to, today) for b in bases
        ):
            out.append(_ending(name, basis.valid_to, _its_basis(), ended=True))
    linked = [
        a
        for a in (facts.agreements.get(i) for i in dict.fromkeys(facts.mandate.agreement_ids()))
        if a is not None and a.valid_to
    ]
    for agreement in linked:
        assert agreement.valid_to is not None
        end = dt.date.fromisoformat(agreement.valid_to)
        label = translate("Audit", "the agreement “{agreement}”").format(
            agreement=agreement.label()
        )
        if today <= end <= horizon:
            out.append(_ending(name, agreement.valid_to, label))
        elif end < today and not _renewed(facts, agreement, today):
            out.append(_ending(name, agreement.valid_to, label, ended=True))
    return out


def _valid_on(first: str | None, last: str | None, day: dt.date) -> bool:
    return (not first or dt.date.fromisoformat(first) <= day) and (
        not last or dt.date.fromisoformat(last) >= day
    )


def _renewed(facts: ProgrammeFacts, ended: Agreement, today: dt.date) -> bool:
    """Whether an agreement with the same party, linked too, is valid today — or, for
    AF on a programme AF refers to, whether ``no_af_agreement`` says it already."""
    if ended.counterparty is Counterparty.AF and facts.af_referred:
        return True
    return any(
        a is not None
        and a.counterparty is ended.counterparty
        and _valid_on(a.valid_from, a.valid_to, today)
        for a in (facts.agreements.get(i) for i in facts.mandate.agreement_ids())
    )


def _its_basis() -> str:
    return translate("Audit", "its legal basis")


def _ending(name: str, date: str, what: str, *, ended: bool = False) -> Finding:
    """``basis_ending``: *what* ends on *date* soon — or ended then, and the programme
    (not closed) still rests on it."""
    if ended:
        text = translate(
            "Audit",
            "“{name}”: {what} ended on {date} (Legal basis), but the programme is not closed.",
        )
    else:
        text = translate("Audit", "“{name}”: {what} ends on {date} (Legal basis).")
    return Finding("basis_ending", "legal_basis", text.format(name=name, what=what, date=date))


def check_decision(facts: ProgrammeFacts, period_last: dt.date, today: dt.date) -> list[Finding]:
    """No board decision — or one dated after *today* or after the period: a decision
    not yet taken, or taken too late, is no decision for the period."""
    name = facts.programme.name
    mandate = facts.mandate
    if not mandate.has_decision():
        message = translate(
            "Audit", "“{name}”: no board decision recorded (Board decision: diary number and date)."
        ).format(name=name)
        return [Finding("no_decision", "decision", message)]
    assert mandate.decision_date is not None
    try:
        decided = dt.date.fromisoformat(mandate.decision_date)
    except ValueError:
        decided = None
    if decided is None:
        text = translate(
            "Audit", "“{name}”: the board decision's date “{date}” cannot be read (Board decision)."
        )
    elif decided > today:
        text = translate(
            "Audit",
            "“{name}”: the board decision is dated {date}, after today; it does not count yet "
            "(Board decision: date).",
        )
    elif decided > period_last:
        text = translate(
            "Audit",
            "“{name}”: the board decision is dated {date}, after the period; it does not count "
            "for it (Board decision: date).",
        )
    else:
        return []
    message = text.format(name=name, date=mandate.decision_date)
    return [Finding("no_decision", "decision", message)]


def check_goal(facts: ProgrammeFacts) -> list[Finding]:
    if facts.programme.type is not ProgrammeType.PRIMARY or facts.goal is not None:
        return []
    message = translate(
        "Audit", "“{name}”: a primary programme without a goal (Goal: share to work or studies)."
    ).format(name=facts.programme.name)
    return [Finding("no_goal", "goal_work_or_studies_share", message)]


def check_results(facts: ProgrammeFacts, period: Period) -> list[Finding]:
    if facts.has_results:
        return []
    message = translate("Audit", "“{name}”: no results imported for {period} (Results).").format(
        name=facts.programme.name, period=period.label()
    )
    return [Finding("no_results", "results", message)]


def check_far_from_need(facts: ProgrammeFacts, settings: AuditSettings) -> list[Finding]:
    """Places far from need (short or idle) for *far_tertials_running* tertials running."""
    need = max(1, settings.far_tertials_running)
    run: list[tuple[str, str]] = []
    best: list[tuple[str, str]] = []
    for label, status in facts.tertial_statuses:
        run = [*run, (label, status)] if status in FAR_STATUSES else []
        if len(run) >= need:
            best = run[-need:]
    if not best:
        return []
    from amp_desktop.core.planning.model import status_label

    seen = ", ".join(f"{label} {status_label(status)}" for label, status in best)
    if need == 1:  # "1 tertials running" was printed
        message = translate(
            "Audit", "“{name}”: places far from need for 1 tertial: {seen} (Places)."
        ).format(name=facts.programme.name, seen=seen)
    else:
        message = translate(
            "Audit", "“{name}”: places far from need {n} tertials running: {seen} (Places)."
        ).format(name=facts.programme.name, n=need, seen=seen)
    return [Finding("places_far_from_need", "places", message)]


def programme_findings(
    facts: ProgrammeFacts,
    period: Period,
    today: dt.date,
    settings: AuditSettings | None = None,
) -> list[Finding]:
    """Every failed check of one programme over *period*, in :data:`CHECK_KEYS` order.

    A programme that does not exist in the period (its dates lie outside it, or it
    is closed without an end date) has no findings.  Results are only asked for once
    the period has begun.
    """
    settings = settings or AuditSettings()
    span = active_span(facts.programme, period)
    if span is None:
        return []
    found = [
        *check_af_agreement(facts, span),
        *check_legal_basis(facts),
        *check_ending(facts, today, settings),
        *check_decision(facts, period_dates(period)[1], today),
        *check_goal(facts),
        *(check_results(facts, period) if span[0] <= today else []),
        *check_far_from_need(facts, settings),
    ]
    order = {key: n for n, key in enumerate(CHECK_KEYS)}
    return sorted(found, key=lambda f: order[f.key])
