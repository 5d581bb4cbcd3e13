"""Change sets: what one user action did, so it can be shown, logged and undone."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from amp_desktop.core.lazy import lazy_names
from amp_desktop.core.store.errors import ConflictError

if TYPE_CHECKING:
    from amp_desktop.core.store.change_parts import (
        DemandChange,
        DemandKey,
        ProgrammeChange,
        ScenarioChange,
        SettingChange,
        SourceChange,
        field_text,
    )
    from amp_desktop.core.store.kolada import KoladaChange
    from amp_desktop.core.store.mandates import AgreementChange, MandateChange
    from amp_desktop.core.store.results import ResultsChange

#: The parts of a change set, imported from their modules when first asked for
#: (``from amp_desktop.core.store.changes import MandateChange`` works as before):
#: opening a catalogue and showing its programmes loads none of those modules, nor
#: their dataclasses — only :class:`ChangeSet` is made then (#10 item 8).
_WHERE = {
    "AgreementChange": "mandates",
    "DemandChange": "change_parts",
    "DemandKey": "change_parts",
    "KoladaChange": "kolada",
    "MandateChange": "mandates",
    "ProgrammeChange": "change_parts",
    "ResultsChange": "results",
    "ScenarioChange": "change_parts",
    "SettingChange": "change_parts",
    "SourceChange": "change_parts",
    "field_text": "change_parts",
}

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


__getattr__, __dir__ = lazy_names(globals(), _WHERE, "amp_desktop.core.store")


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
