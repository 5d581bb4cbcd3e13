"""The catalogue store: one SQLite file per catalogue, changed only through change sets."""

from amp_desktop.core.store.catalogue import (
    EXTENSION,
    Catalogue,
    NewerVersionError,
    NotACatalogueError,
    ReadOnlyError,
    StoreError,
)
from amp_desktop.core.store.changes import (
    ChangeSet,
    ConflictError,
    DemandChange,
    DemandKey,
    ProgrammeChange,
    ScenarioChange,
    SourceChange,
)
from amp_desktop.core.store.lock import LockedError, LockInfo

__all__ = [
    "EXTENSION",
    "Catalogue",
    "ChangeSet",
    "ConflictError",
    "DemandChange",
    "DemandKey",
    "LockInfo",
    "LockedError",
    "NewerVersionError",
    "NotACatalogueError",
    "ProgrammeChange",
    "ReadOnlyError",
    "ScenarioChange",
    "SourceChange",
    "StoreError",
]
