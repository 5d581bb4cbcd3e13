"""The catalogue store: one SQLite file per catalogue, changed only through change sets.

Modules, by job: ``catalogue`` (the :class:`Catalogue` facade), ``opening`` (the
open and create paths), ``connection`` (connections, pragmas, probing), ``reads``,
``rows`` (Programme ↔ row), ``builders`` (change sets, nothing written),
``writer`` (applying a change set), ``change_log``, ``errors`` (:class:`StoreError`
and its kin), ``schema``/``version`` (migrations), ``backup``, ``lock``.

The names below are imported from their modules when first asked for (a module
``__getattr__``), not when the package is: ``from amp_desktop.core.store import
StoreError`` then loads ``errors`` alone, and the window's start-up loads only
what opening a catalogue and showing it need (#10 item 8).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amp_desktop.core.lazy import lazy_names

if TYPE_CHECKING:
    from amp_desktop.core.store.catalogue import EXTENSION, Catalogue
    from amp_desktop.core.store.changes import (
        ChangeSet,
        DemandChange,
        DemandKey,
        ProgrammeChange,
        ResultsChange,
        ScenarioChange,
        SourceChange,
    )
    from amp_desktop.core.store.errors import (
        BusyError,
        ConflictError,
        DamagedError,
        DiskFullError,
        NewerVersionError,
        NotACatalogueError,
        ReadOnlyError,
        ReadOnlyMediumError,
        StoreError,
    )
    from amp_desktop.core.store.lock_holder import LockedError, LockInfo

#: Each public name and the module that defines it.
_WHERE = {
    "EXTENSION": "catalogue",
    "Catalogue": "catalogue",
    "ChangeSet": "changes",
    "DemandChange": "changes",
    "DemandKey": "changes",
    "ProgrammeChange": "changes",
    "ResultsChange": "results",
    "ScenarioChange": "changes",
    "SourceChange": "changes",
    "ConflictError": "errors",
    "BusyError": "errors",
    "DamagedError": "errors",
    "DiskFullError": "errors",
    "NewerVersionError": "errors",
    "NotACatalogueError": "errors",
    "ReadOnlyError": "errors",
    "ReadOnlyMediumError": "errors",
    "StoreError": "errors",
    "LockedError": "lock_holder",
    "LockInfo": "lock_holder",
}

__all__ = [
    "EXTENSION",
    "Catalogue",
    "ChangeSet",
    "ConflictError",
    "BusyError",
    "DamagedError",
    "DemandChange",
    "DemandKey",
    "DiskFullError",
    "LockInfo",
    "LockedError",
    "NewerVersionError",
    "NotACatalogueError",
    "ProgrammeChange",
    "ResultsChange",
    "ReadOnlyError",
    "ReadOnlyMediumError",
    "ScenarioChange",
    "SourceChange",
    "StoreError",
]


__getattr__, __dir__ = lazy_names(globals(), _WHERE, __name__)
