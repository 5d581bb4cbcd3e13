"""What an import understood and what it would change: shown before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.domain import Programme, ReferralSource
from amp_desktop.core.parse import known_source
from amp_desktop.core.store import (
    ChangeSet,
    DemandChange,
    DemandKey,
    ProgrammeChange,
    SourceChange,
)

KEEP_AMP = "amp"
TAKE_WORKBOOK = "workbook"


@dataclass(frozen=True)
class Problem:
    """Something that needs the user's eye, with where it is (``Sheet!B4``).

    *blocking* problems stop the command-line import; the window shows them all
    and imports what was understood (a cell with a problem keeps AMP's value).
    """

    where: str
    message: str
    blocking: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def to_json(self) -> dict[str, Any]:
        return {"where": self.where, "message": self.message, "blocking": self.blocking}


@dataclass(frozen=True)
class Conflict:
    """A field changed both in AMP since the export and in the workbook."""

    programme_id: int
    programme: str
    field: str
    exported: str | None
    amp: str | None
    workbook: str | None
    key: DemandKey | None = None  # set for a demand cell

    def to_json(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "field": self.field,
            "exported": self.exported,
            "amp": self.amp,
            "workbook": self.workbook,
        }


@dataclass
class ImportPreview:
    """Everything an import found, and the change it would make once confirmed."""

    kind: str  # "export", "catalogue" or "referrals"
    sheet: str = ""
    header_row: int = 0  # 1-based
    headers: list[str] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)  # column (0-based) → field
    samples: list[dict[str, str]] = field(default_factory=list)  # parsed rows, as text
    problems: list[Problem] = field(default_factory=list)
    added: list[Programme] = field(default_factory=list)
    changed: list[tuple[Programme, Programme]] = field(default_factory=list)  # before, after
    removed: list[Programme] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: Programme edits that depend on a conflict: conflict index → (id, field, value).
    conflict_values: dict[int, tuple[int, str, Any]] = field(default_factory=dict)
    demand: list[DemandChange] = field(default_factory=list)
    demand_conflicts: dict[int, DemandChange] = field(default_factory=dict)
    removed_demand: list[DemandChange] = field(default_factory=list)
    new_sources: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)  # plain notes (e.g. columns dropped)
    unmatched: list[str] = field(default_factory=list)  # programme names not found
    names: dict[int, str] = field(default_factory=dict)  # programme id → name, for display

    @property
    def blocking(self) -> bool:
        return any(p.blocking for p in self.problems)

    def field_changes(self) -> list[dict[str, Any]]:
        """``{"programme", "field", "old", "new"}`` for every changed field."""
        from amp_desktop.core.store.changes import ProgrammeChange as _PC

        out = []
        for before, after in self.changed:
            for name, old, new in _PC(before.id or 0, before, after).field_changes():
                out.append({"programme": after.name, "field": name, "old": old, "new": new})
        for change in self.demand:
            key = change.key
            out.append(
                {
                    "programme": self.names.get(key.programme_id, str(key.programme_id)),
                    "field": f"demand:{key.kind}:{key.month}:{key.source}",
                    "old": _number_text(change.before),
                    "new": _number_text(change.after),
                }
            )
        return out

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            # A programme whose only difference is a conflict counts as a conflict.
            "changed": sum(1 for before, after in self.changed if before != after),
            "removed": len(self.removed),
            "unchanged": self.unchanged,
            "conflicts": len(self.conflicts),
            "problems": len(self.problems),
        }

    def to_json(self, remove_missing: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": {
                self.headers[c] if c < len(self.headers) else str(c): f
                for c, f in self.mapping.items()
            },
            **self.counts(),
        }
        if not remove_missing:
            data["removed"] = 0
        data["missing"] = [p.name for p in self.removed]
        data["conflicts"] = [c.to_json() for c in self.conflicts]
        data["problems"] = [p.to_json() for p in self.problems]
        data["changes"] = self.field_changes()
        data["added_programmes"] = [p.name for p in self.added]
        data["demand_cells"] = len(self.demand)
        data["new_sources"] = self.new_sources
        data["unmatched_programmes"] = self.unmatched
        data["notes"] = self.summary
        return data

    def add_new_source(self, source: str, codes: dict[str, str]) -> str:
        """*source*, listed as a new referral source unless the catalogue has it
        (*codes*: casefolded code → code); one source whatever its case, spelt as
        first seen."""
        if not source or source.casefold() in codes:
            return source
        for code in self.new_sources:
            if code.casefold() == source.casefold():
                return code
        self.new_sources.append(source)
        return source

    def changeset(
        self,
        description: str,
        *,
        remove_missing: bool = False,
        resolutions: dict[int, str] | None = None,
        create_sources: set[str] | None = None,
        kind: str = "import",
    ) -> ChangeSet:
        """The one change that applies this preview.

        *resolutions* maps a conflict's index to :data:`KEEP_AMP` (the default)
        or :data:`TAKE_WORKBOOK`.  *create_sources* limits which new sources are
        created (default: all); links to sources not created are left out.
        """
        resolutions = resolutions or {}
        creating = set(self.new_sources if create_sources is None else create_sources)
        dropped = {c.casefold() for c in self.new_sources if c not in creating}
        changed: dict[Any, tuple[Programme | None, Programme | None]] = {
            after.id: (before, after) for before, after in self.changed
        }
        for index, (pid, name, value) in self.conflict_values.items():
            if resolutions.get(index) != TAKE_WORKBOOK:
                continue
            before, after = changed.get(pid, (None, None))
            if before is None:
                continue
            attr = "sources" if name == "referral_sources" else name
            changed[pid] = (before, after.replace(**{attr: value}))  # type: ignore[union-attr]
        programmes: list[ProgrammeChange] = []
        for programme in self.added:
            programmes.append(ProgrammeChange(programme.id, None, _drop(programme, dropped)))  # type: ignore[arg-type]
        for pid, (before, after) in changed.items():
            kept = _drop(after, dropped)  # type: ignore[arg-type]
            if kept != before:
                programmes.append(ProgrammeChange(pid, before, kept))  # type: ignore[arg-type]
        demand = [d for d in self.demand if d.key.source.casefold() not in dropped]
        for index, change in self.demand_conflicts.items():
            if resolutions.get(index) == TAKE_WORKBOOK:
                demand.append(change)
        if remove_missing:
            demand.extend(self.removed_demand)
            programmes.extend(ProgrammeChange(p.id, p, None) for p in self.removed)  # type: ignore[arg-type]
        sources = tuple(
            SourceChange(code, None, _new_source(code))
            for code in self.new_sources
            if code in creating
        )
        return ChangeSet(description, tuple(programmes), tuple(demand), sources, kind=kind)


def _number_text(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _drop(programme: Programme, dropped: set[str]) -> Programme:
    if not dropped:
        return programme
    links = tuple(link for link in programme.sources if link.source.casefold() not in dropped)
    return programme if links == programme.sources else programme.replace(sources=links)


def _new_source(code: str) -> ReferralSource:
    known = known_source(code)
    if known:
        return ReferralSource(code, known.name, known.kolada_category)
    return ReferralSource(code, code)
