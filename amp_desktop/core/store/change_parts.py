"""The parts of a change set: a programme, a demand cell, a source, a scenario, a setting.

Each is one thing before and after, with its inverse; :class:`~amp_desktop.core.store.changes.ChangeSet`
holds them (and the results, mandate and Kolada changes defined beside their tables).
They are imported from :mod:`~amp_desktop.core.store.changes` as before; this module
loads when one is first asked for, so that opening a catalogue and showing it makes
none of their dataclasses (#10 item 8).
"""

from __future__ import annotations

from dataclasses import dataclass

from amp_desktop.core.domain import (
    FIELD_NAMES,
    Programme,
    ReferralSource,
    format_months,
    format_sources,
)

__all__ = [
    "DemandChange",
    "DemandKey",
    "ProgrammeChange",
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
