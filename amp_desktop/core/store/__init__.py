"""The catalogue store: one SQLite file per catalogue, changed only through change sets.

Modules, by job: ``catalogue`` (the :class:`Catalogue` facade), ``opening`` (the
open and create paths), ``connection`` (connections, pragmas, probing), ``reads``,
``rows`` (Programme ↔ row), ``builders`` (change sets, nothing written),
``writer`` (applying a change set), ``change_log``, ``errors`` (:class:`StoreError`
and its kin), ``schema``/``version`` (migrations), ``backup``, ``lock``.
"""

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

__all__ = [
    "EXTENSION",
    "Catalogue",
    "ChangeSet",
    "ConflictError",
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
