"""Opening and creating catalogue files from the window, with the user's answers.

A catalogue another AMP holds for editing is offered read-only (naming who holds
it); any other problem is explained in a message box and nothing is opened.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from amp_desktop.core.store import EXTENSION, Catalogue, LockedError, StoreError
from amp_desktop.ui import dialogs


def open_catalogue(
    parent: QWidget | None, path: str | Path, backups_kept: int | None = None
) -> Catalogue | None:
    """Open *path* for editing, or read-only if the user accepts; None if not opened.

    *backups_kept* is how many backups to keep if the file must be upgraded.
    """
    path = Path(path)
    try:
        if backups_kept is not None:
            return Catalogue.open(path, backups_kept=backups_kept)
        return Catalogue.open(path)
    except LockedError as exc:
        who = (
            exc.holder.describe()
            if exc.holder
            else QCoreApplication.translate("OpenFlow", "another program")
        )
        text = QCoreApplication.translate(
            "OpenFlow",
            "{file} is open for editing by {who}.\n\n"
            "Only one person can edit a catalogue at a time. You can open it "
            "read-only to look at it.",
        ).format(file=path.name, who=who)
        choice = dialogs.choose(
            parent,
            QCoreApplication.translate("OpenFlow", "Catalogue in use"),
            text,
            [QCoreApplication.translate("OpenFlow", "Open read-only")],
        )
        if choice != 0:
            return None
        return _open_read_only(parent, path)
    except (StoreError, OSError, sqlite3.Error) as exc:
        _cannot_open(parent, exc)
        return None


def _open_read_only(parent: QWidget | None, path: Path) -> Catalogue | None:
    try:
        return Catalogue.open(path, read_only=True)
    except (StoreError, OSError, sqlite3.Error) as exc:
        _cannot_open(parent, exc)
        return None


def _cannot_open(parent: QWidget | None, exc: Exception) -> None:
    dialogs.error(
        parent, QCoreApplication.translate("OpenFlow", "Cannot open the catalogue"), str(exc)
    )


def with_extension(path: str | Path) -> Path:
    """*path* with ``.amp`` added when it has no extension."""
    path = Path(path)
    return path if path.suffix else path.with_suffix(EXTENSION)


def create_catalogue(parent: QWidget | None, path: str | Path) -> Catalogue | None:
    """Make a new empty catalogue at *path*; None (after a message) if that fails."""
    try:
        return Catalogue.create(with_extension(path))
    except (StoreError, LockedError, OSError, sqlite3.Error) as exc:
        dialogs.error(
            parent,
            QCoreApplication.translate("OpenFlow", "Cannot create the catalogue"),
            str(exc),
        )
        return None


def example_path() -> Path:
    """Where the example catalogue lives: the user's data folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / f"example{EXTENSION}"


def ensure_example(path: Path | None = None) -> Path:
    """Create the example catalogue at *path* (default :func:`example_path`) if missing."""
    from amp_desktop.core.example import load_example  # only ever needed once

    path = path or example_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".new")
        partial.unlink(missing_ok=True)
        with Catalogue.create(partial) as catalogue:
            load_example(catalogue)
        partial.replace(path)
    return path


def open_example(parent: QWidget | None, backups_kept: int | None = None) -> Catalogue | None:
    """Open the example catalogue, creating it first if needed."""
    try:
        path = ensure_example()
    except (StoreError, LockedError, OSError, sqlite3.Error) as exc:
        _cannot_open(parent, exc)
        return None
    return open_catalogue(parent, path, backups_kept)
