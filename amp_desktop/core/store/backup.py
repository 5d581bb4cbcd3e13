"""Timestamped backups of a catalogue, made with SQLite's backup API."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP = 10


def backup_dir(path: Path) -> Path:
    """Where the backups of catalogue *path* are kept: ``<name>.amp-backups/``."""
    return path.with_name(path.name + "-backups")


def make_backup(conn: sqlite3.Connection, path: Path, label: str, keep: int = KEEP) -> Path:
    """Copy the open database *conn* of *path* consistently; keep the last *keep*."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix or '.amp'}"
    out = sqlite3.connect(target)
    try:
        conn.backup(out)
    finally:
        out.close()
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix or '.amp'}"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink()
    return target


def list_backups(path: Path) -> list[Path]:
    """Backups of *path*, oldest first."""
    folder = backup_dir(path)
    return sorted(folder.glob(f"{path.stem}-*{path.suffix or '.amp'}")) if folder.exists() else []
