"""Opening and creating catalogue files from the window, with the user's answers.

A catalogue another AMP holds for editing is offered read-only (naming who holds
it and since when).  When that AMP cannot be asked — it ran on another computer,
or on this one in a session that crashed — the user may also take the catalogue
over, after confirming (never from an AMP that runs on this computer).  What was
done to a journal left beside the file is told once it is open; any other
problem is explained in a message box and nothing is opened.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from amp_desktop.core.i18n import translate
from amp_desktop.core.store import (
    EXTENSION,
    Catalogue,
    LockedError,
    LockInfo,
    ReadOnlyMediumError,
    StoreError,
    lock,
)
from amp_desktop.ui import dialogs


def open_catalogue(
    parent: QWidget | None,
    path: str | Path,
    backups_kept: int | None = None,
    *,
    checks: str = "now",
) -> Catalogue | None:
    """Open *path* for editing, or read-only if the user accepts; None if not opened.

    *backups_kept* is how many backups to keep if the file must be upgraded;
    *checks* as for ``Catalogue.open`` (the window passes ``"later"`` and runs
    them after its first paint: :mod:`~amp_desktop.ui.main_window_checks`).
    """
    path = Path(path)
    catalogue = _open(parent, path, backups_kept, take_over_offered=True, checks=checks)
    notes = _journal_notes(path)
    if catalogue is not None and notes:
        dialogs.inform(parent, translate("OpenFlow", "Catalogue checked"), "\n\n".join(notes))
    return catalogue


def _journal_notes(path: Path) -> list[str]:
    """What was done to a journal beside *path* while it was opened.

    Only a journal found there loads the journal module (``opening.open_file``),
    which keeps the notes; opening a file without one leaves it unloaded (2.5 ms
    of start-up), and then there is nothing to tell.
    """
    journal = sys.modules.get("amp_desktop.core.store.journal")
    return list(journal.take_notes(path)) if journal is not None else []


def _open(
    parent: QWidget | None,
    path: Path,
    backups_kept: int | None,
    *,
    take_over_offered: bool,
    checks: str = "now",
) -> Catalogue | None:
    try:
        if backups_kept is not None:
            return Catalogue.open(path, backups_kept=backups_kept, checks=checks)
        return Catalogue.open(path, checks=checks)
    except LockedError as exc:
        who = exc.holder.describe() if exc.holder else translate("OpenFlow", "another program")
        options = [translate("OpenFlow", "Open read-only")]
        if exc.held_here or not take_over_offered:
            text = QCoreApplication.translate(
                "OpenFlow",
                "{file} is open for editing by {who}.\n\n"
                "Only one person can edit a catalogue at a time. You can open it "
                "read-only to look at it.",
            ).format(file=path.name, who=who)
        else:
            text = QCoreApplication.translate(
                "OpenFlow",
                "{file} is open for editing by {who}.\n\n"
                "Only one person can edit a catalogue at a time. You can open it "
                "read-only to look at it. If that AMP no longer runs (its computer "
                "crashed or was switched off, or the file was copied from it), you "
                "can take the catalogue over.",
            ).format(file=path.name, who=who)
            options.append(translate("OpenFlow", "Take Over…"))
        choice = dialogs.choose(parent, translate("OpenFlow", "Catalogue in use"), text, options)
        if choice == 1:
            return _take_over(parent, path, exc.holder, backups_kept, checks)
        if choice != 0:
            return None
        return _open_read_only(parent, path, checks)
    except ReadOnlyMediumError:
        # A read-only disk or share: open it read-only (the window says why).
        return _open_read_only(parent, path, checks)
    except (StoreError, OSError) as exc:
        _cannot_open(parent, exc)
        return None


def _take_over(
    parent: QWidget | None,
    path: Path,
    holder: LockInfo | None,
    backups_kept: int | None,
    checks: str = "now",
) -> Catalogue | None:
    """Take *path* over from *holder* once the user confirms, then open it for editing."""
    who = holder.describe() if holder else translate("OpenFlow", "another program")
    question = QCoreApplication.translate(
        "OpenFlow",
        "Take {file} over from {who}?\n\n"
        "Do this only if that AMP is no longer running. If it still is, the changes "
        "made there can no longer be saved.",
    ).format(file=path.name, who=who)
    if not dialogs.confirm(
        parent,
        translate("OpenFlow", "Take over the catalogue"),
        question,
        translate("OpenFlow", "Take Over"),
    ):
        return None
    try:
        lock.take_over(path, holder)
    except LockedError as exc:
        dialogs.error(parent, translate("OpenFlow", "Cannot take over the catalogue"), str(exc))
        return None
    except OSError as exc:
        _cannot_open(parent, exc)
        return None
    return _open(parent, path, backups_kept, take_over_offered=False, checks=checks)


def _open_read_only(parent: QWidget | None, path: Path, checks: str = "now") -> Catalogue | None:
    try:
        return Catalogue.open(path, read_only=True, checks=checks)
    except (StoreError, OSError) as exc:
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
    except (StoreError, LockedError, OSError) as exc:
        dialogs.error(
            parent,
            QCoreApplication.translate("OpenFlow", "Cannot create the catalogue"),
            str(exc),
        )
        return None


def example_path() -> Path:
    """Where the example catalogue lives: the user's data folder."""
    from PySide6.QtCore import QStandardPaths  # its enums only when needed

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


def open_example(
    parent: QWidget | None, backups_kept: int | None = None, *, checks: str = "now"
) -> Catalogue | None:
    """Open the example catalogue, creating it first if needed (*checks*: as above)."""
    try:
        path = ensure_example()
    except (StoreError, LockedError, OSError) as exc:
        _cannot_open(parent, exc)
        return None
    return open_catalogue(parent, path, backups_kept, checks=checks)
