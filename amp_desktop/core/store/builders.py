"""Change-set builders: what an action would change, read from the file, nothing written.

Each function takes an open catalogue's reads and returns the :class:`ChangeSet`
that :meth:`Catalogue.apply` then writes (the facade's ``add_programme`` and its
siblings do both).  An empty change set means there is nothing to do.
"""

from __future__ import annotations

from collections.abc import Iterable

from amp_desktop.core import rules
from amp_desktop.core.domain import KoladaCategory, Programme, ReferralSource, SourceLink
from amp_desktop.core.i18n import translate
from amp_desktop.core.store.changes import (
    ChangeSet,
    DemandChange,
    DemandKey,
    MandateChange,
    ProgrammeChange,
    ResultsChange,
    ScenarioChange,
    SourceChange,
)
from amp_desktop.core.store.errors import ConflictError
from amp_desktop.core.store.reads import CatalogueReader


def missing_sources(
    reads: CatalogueReader, links: Iterable[SourceLink]
) -> tuple[SourceChange, ...]:
    """The referral sources *links* name that the catalogue lacks, to be created."""
    from amp_desktop.core.parse import known_source

    out = []
    for link in links:
        if reads.source(link.source) is None:
            known = known_source(link.source)
            source = ReferralSource(
                link.source,
                known.name if known else link.source,
                known.kolada_category if known else KoladaCategory.OTHER,
            )
            out.append(SourceChange(link.source, None, source))
    return tuple(out)


def add_programme(reads: CatalogueReader, programme: Programme, kind: str = "add") -> ChangeSet:
    """Add *programme* under the next free id (with the sources it lacks)."""
    new = programme.replace(id=reads.next_programme_id())
    assert new.id is not None
    return ChangeSet(
        translate("Store", "Add “{name}”").format(name=new.name),
        (ProgrammeChange(new.id, None, new),),
        sources=missing_sources(reads, new.sources),
        kind=kind,
    )


def update_programme(
    reads: CatalogueReader, programme: Programme, based_on: Programme | None = None
) -> ChangeSet:
    """Store *programme* over the one with its id; empty if nothing differs.

    *based_on* is the programme as it was shown when *programme* was made from it:
    if the file holds anything else now, the edit is refused (ConflictError).
    """
    assert programme.id is not None
    before = reads.programme(programme.id)
    if before is None:
        raise ConflictError(translate("Store", "The programme no longer exists."))
    if based_on is not None and before != based_on:
        raise ConflictError(
            translate(
                "Store",
                "“{name}” was changed elsewhere after it was shown here, so this edit "
                "was not saved. It is shown as it is now; make the edit again.",
            ).format(name=before.name)
        )
    if before == programme:
        return ChangeSet()
    return ChangeSet(
        translate("Store", "Edit “{name}”").format(name=programme.name),
        (ProgrammeChange(programme.id, before, programme),),
        sources=missing_sources(reads, programme.sources),
    )


def delete_programmes(
    reads: CatalogueReader, ids: Iterable[int], *, forget_history: bool = False
) -> ChangeSet:
    """Remove programmes with their demand, restorable by the inverse change.

    With *forget_history* their change-log history goes too, and the action is
    logged without their names or values.
    """
    id_list = sorted(set(ids))
    before = reads.programmes(id_list)
    demand = tuple(
        DemandChange(DemandKey(pid, month, source, kind), value, None)
        for pid, month, source, kind, value in reads.demand_rows(id_list)
    )
    if forget_history and len(before) == 1:  # (not by name: the name is to be forgotten)
        description = translate("Store", "Delete 1 programme and its history")
    elif forget_history:
        description = translate("Store", "Delete {n} programmes and their history").format(
            n=len(before)
        )
    elif len(before) == 1:
        description = translate("Store", "Delete “{name}”").format(name=before[0].name)
    else:
        description = translate("Store", "Delete {n} programmes").format(n=len(before))
    return ChangeSet(
        description,
        tuple(ProgrammeChange(p.id, p, None) for p in before if p.id is not None),
        demand,
        kind="delete",
        forget_history=forget_history,
        mandates=_mandates_removed(reads, id_list),
        results=_results_removed(reads, id_list),
    )


def _results_removed(reads: CatalogueReader, ids: list[int]) -> tuple[ResultsChange, ...]:
    """The results and covered months of programmes being deleted (the file drops
    them with the programme), so undo brings them back too."""
    from amp_desktop.core.store import result_coverage, result_seams, results

    first, last = "0000-00", "9999-99"
    rows = tuple(results.scope_rows(reads.conn, ids, first, last))
    covered = tuple(result_coverage.scope_coverage(reads.conn, ids, first, last))
    seams = tuple(result_seams.scope_seams(reads.conn, ids, first, last))
    if not rows and not covered and not seams:
        return ()
    return (
        ResultsChange(
            tuple(ids),
            first,
            last,
            rows,
            (),
            coverage_before=covered,
            coverage_after=(),
            seams_before=seams,
            seams_after=(),
        ),
    )


def _mandates_removed(reads: CatalogueReader, ids: list[int]) -> tuple[MandateChange, ...]:
    """The mandates of programmes being deleted, so undo brings them back too."""
    from amp_desktop.core.store import mandates

    found = [mandates.mandate(reads.conn, pid) for pid in ids]
    return tuple(MandateChange(m.programme_id, m, None) for m in found if m is not None)


def duplicate_programme(reads: CatalogueReader, programme_id: int) -> ChangeSet:
    """A copy of a programme under a free name "… (copy)", without its short code."""
    original = reads.programme(programme_id)
    if original is None:
        raise ConflictError(translate("Store", "The programme no longer exists."))
    names = {rules.text_key(p.name) for p in reads.programmes()}
    base = translate("Store", "{name} (copy)").format(name=original.name)
    # Room for " 99" after a name already at the limit (shortened with "…").
    excess = len(base) + 3 - rules.MAX_NAME
    if excess > 0:
        shorter = original.name[: len(original.name) - excess - 1].rstrip() + "…"
        base = translate("Store", "{name} (copy)").format(name=shorter)
    name, n = base, 2
    while rules.text_key(name) in names:
        name, n = f"{base} {n}", n + 1
    return add_programme(reads, original.replace(name=name, code="", id=None), kind="duplicate")


def set_demand(
    reads: CatalogueReader,
    cells: dict[DemandKey, float | None],
    description: str,
    kind: str = "edit",
) -> ChangeSet:
    """Set demand cells (None removes a cell) as one change."""
    changes = []
    for key, value in cells.items():
        old = reads.demand_value(key)
        if old != value:
            changes.append(DemandChange(key, old, value))
    if not changes:
        return ChangeSet()
    return ChangeSet(description, demand=tuple(changes), kind=kind)


def save_scenario(reads: CatalogueReader, name: str, data: str) -> ChangeSet:
    """Save (or replace) scenario *name*; empty if it holds *data* already."""
    before = reads.scenario_data(name)
    if before == data:
        return ChangeSet()
    description = translate("Store", "Save scenario “{name}”").format(name=name)
    return ChangeSet(description, kind="scenario", scenarios=(ScenarioChange(name, before, data),))


def delete_scenario(reads: CatalogueReader, name: str) -> ChangeSet:
    """Delete scenario *name*; empty if there is none."""
    before = reads.scenario_data(name)
    if before is None:
        return ChangeSet()
    description = translate("Store", "Delete scenario “{name}”").format(name=name)
    return ChangeSet(description, kind="scenario", scenarios=(ScenarioChange(name, before, None),))
