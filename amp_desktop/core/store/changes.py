"""Change sets: what one user action did, so it can be shown, logged and undone."""

from __future__ import annotations

from dataclasses import dataclass, field

from amp_desktop.core.domain import (
    FIELD_NAMES,
    Programme,
    ReferralSource,
    format_months,
    format_sources,
)
from amp_desktop.core.store.errors import ConflictError
from amp_desktop.core.store.kolada import KoladaChange
from amp_desktop.core.store.mandates import AgreementChange, MandateChange
from amp_desktop.core.store.results import ResultsChange

__all__ = [
    "AgreementChange",
    "ChangeSet",
    "ConflictError",
    "DemandChange",
    "DemandKey",
    "KoladaChange",
    "MandateChange",
    "ProgrammeChange",
    "ResultsChange",
    "ScenarioChange",
    "SettingChange",
    "SourceChange",
    "field_text",
]


@dataclass(frozen=True)
class ProgrammeChange:
    """A programme before and after; None before = added, None after = removed."""

    id: int
    before: Programme | None
    after: Programme | None

    def inverse(self) -> ProgrammeChange:
        return ProgrammeChange(self.id, self.after, self.before)

    def field_changes(self) -> list[tuple[str, str | None, str | None]]:
        """``(field, old, new)`` for every field that differs, as display text."""
        out = []
        for name in (*FIELD_NAMES, "referral_sources"):
            old = field_text(self.before, name)
            new = field_text(self.after, name)
            if old != new:
                out.append((name, old, new))
        return out

    @property
    def name(self) -> str:
        programme = self.after or self.before
        return programme.name if programme else ""


def field_text(programme: Programme | None, name: str) -> str | None:
    """A field's value as the change log writes it (None when there is none)."""
    if programme is None:
        return None
    value = programme.value(name)
    if name == "referral_sources":
        return format_sources(value)
    if name == "months":
        return format_months(value)
    if value is None:
        return None
    if hasattr(value, "value"):
        return str(value.value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class DemandKey:
    """One cell of demand: a programme's referrals in a month from a source."""

    programme_id: int
    month: str  # "YYYY-MM"
    source: str  # source code, "" when the source is not known
    kind: str  # "actual" or "forecast"


@dataclass(frozen=True)
class DemandChange:
    """Referrals of one demand cell before and after (None = no row)."""

    key: DemandKey
    before: float | None
    after: float | None

    def inverse(self) -> DemandChange:
        return DemandChange(self.key, self.after, self.before)


@dataclass(frozen=True)
class SourceChange:
    """A referral source before and after (None before = created)."""

    code: str
    before: ReferralSource | None
    after: ReferralSource | None

    def inverse(self) -> SourceChange:
        return SourceChange(self.code, self.after, self.before)


@dataclass(frozen=True)
class ScenarioChange:
    """A saved what-if scenario's JSON before and after (None = not saved)."""

    name: str
    before: str | None
    after: str | None

    def inverse(self) -> ScenarioChange:
        return ScenarioChange(self.name, self.after, self.before)


@dataclass(frozen=True)
class SettingChange:
    """A catalogue setting in the file's ``meta`` table before and after (None = not set).

    Default goals, audit thresholds, the change log's retention…: settings of the
    catalogue, changed, logged and undone like any other change.
    """

    key: str
    before: str | None
    after: str | None

    def inverse(self) -> SettingChange:
        return SettingChange(self.key, self.after, self.before)

    def is_empty(self) -> bool:
        return self.before == self.after


@dataclass(frozen=True)
class ChangeSet:
    """Everything one action changes.  Applying it is one transaction.

    Sources are applied first when they are created and last when removed, so a
    programme never points at a source that is not there.
    """

    description: str = ""
    programmes: tuple[ProgrammeChange, ...] = ()
    demand: tuple[DemandChange, ...] = ()
    sources: tuple[SourceChange, ...] = ()
    kind: str = "edit"
    extra: dict[str, str] = field(default_factory=dict, compare=False)
    scenarios: tuple[ScenarioChange, ...] = ()
    #: Deleted programmes take their change-log history with them (asked for
    #: explicitly: the log is the catalogue's audit trail).  Not carried by inverse.
    forget_history: bool = False
    #: Results of programmes and months replaced by a participant list (counts only).
    results: tuple[ResultsChange, ...] = ()
    #: Programmes' legal bases and board decisions, and the agreements they link to.
    mandates: tuple[MandateChange, ...] = ()
    agreements: tuple[AgreementChange, ...] = ()
    #: Kolada's published values, KPI metadata and the yearly settings (#13).
    kolada: tuple[KoladaChange, ...] = ()
    #: Catalogue settings kept in the file's ``meta`` table.
    settings: tuple[SettingChange, ...] = ()

    def inverse(self, kind: str = "undo") -> ChangeSet:
        return ChangeSet(
            self.description,
            tuple(c.inverse() for c in reversed(self.programmes)),
            tuple(c.inverse() for c in reversed(self.demand)),
            tuple(c.inverse() for c in reversed(self.sources)),
            kind,
            scenarios=tuple(c.inverse() for c in reversed(self.scenarios)),
            results=tuple(c.inverse() for c in reversed(self.results)),
            mandates=tuple(c.inverse() for c in reversed(self.mandates)),
            agreements=tuple(c.inverse() for c in reversed(self.agreements)),
            kolada=tuple(c.inverse() for c in reversed(self.kolada)),
            settings=tuple(c.inverse() for c in reversed(self.settings)),
        )

    def is_empty(self) -> bool:
        return not (
            self.programmes
            or self.demand
            or self.sources
            or self.scenarios
            or self.mandates
            or self.agreements
            or any(not c.is_empty() for c in self.results)
            or any(not c.is_empty() for c in self.kolada)
            or any(not c.is_empty() for c in self.settings)
        )

    @property
    def programme_ids(self) -> frozenset[int]:
        """Programmes whose row, demand or results this change touches."""
        ids = {c.id for c in self.programmes}
        ids.update(c.key.programme_id for c in self.demand)
        ids.update(c.programme_id for c in self.mandates)
        for results_change in self.results:
            ids.update(results_change.programme_ids)
        return frozenset(ids)

    def counts(self) -> dict[str, int]:
        """How many programmes were added, changed and removed."""
        added = sum(1 for c in self.programmes if c.before is None)
        removed = sum(1 for c in self.programmes if c.after is None)
        return {
            "added": added,
            "changed": len(self.programmes) - added - removed,
            "removed": removed,
            "demand": len(self.demand),
            "sources": len(self.sources),
        }
