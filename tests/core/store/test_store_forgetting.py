"""Deleted data does not linger: secure_delete, the change log's retention, a delete that
forgets a programme's history, and ``amp history``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue

SECRET = "Hemligt-Projekt-Qwxz"
NOTE = "Anteckning-Zyxw-Pqr"


def _bytes_of(path: Path) -> bytes:
    return path.read_bytes()


def _age_all_actions(path: Path, days: int) -> None:
    """Make every logged action *days* days old (as if long ago)."""
    when = (dt.datetime.now() - dt.timedelta(days=days)).isoformat(timespec="seconds")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE actions SET at = ?", [when])
    finally:
        conn.close()


def test_every_writing_connection_has_secure_delete(example: Catalogue) -> None:
    assert example.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_a_deleted_programme_with_its_history_purged_leaves_no_text(catalogue_path: Path) -> None:
    """The change log kept every old value for ever, and deleted rows stayed in the bytes."""
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(Programme(name="Kvar", places=3))
        pid = catalogue.add_programme(Programme(name=SECRET, places=5, notes=NOTE)).programmes[0].id
        programme = catalogue.programme(pid)
        assert programme is not None
        catalogue.update_programme(programme.replace(places=6))
    assert SECRET.encode() in _bytes_of(catalogue_path)
    with Catalogue.open(catalogue_path) as catalogue:
        change = catalogue.delete_programmes([pid], forget_history=True)
        assert change.forget_history and change.inverse().forget_history is False
        assert catalogue.change_log(pid) == [
            {
                "at": catalogue.change_log(pid)[0]["at"],
                "action": "delete",
                "description": "Delete 1 programme and its history",  # (was "1 programme(s)")
                "programme_id": pid,
                "programme": "",
                "field": "deleted",
                "old": None,
                "new": None,
            }
        ]
        assert catalogue.find("Kvar") is not None
    data = _bytes_of(catalogue_path)
    assert SECRET.encode() not in data and NOTE.encode() not in data


def test_a_plain_delete_keeps_the_history(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        pid = catalogue.add_programme(Programme(name=SECRET, places=5)).programmes[0].id
        catalogue.delete_programmes([pid])
        assert any(e["old"] == SECRET for e in catalogue.change_log(pid))


def test_retention_purges_old_entries_on_open_and_when_set(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        assert catalogue.change_log_retention() is None  # for ever, by default
        pid = catalogue.add_programme(Programme(name="A", places=1)).programmes[0].id
        programme = catalogue.programme(pid)
        assert programme is not None
        catalogue.update_programme(programme.replace(notes=NOTE))
        catalogue.update_programme(programme.replace(notes=""))  # the note is only in the log
    assert NOTE.encode() in _bytes_of(catalogue_path)
    _age_all_actions(catalogue_path, 40)
    with Catalogue.open(catalogue_path) as catalogue:
        assert catalogue.set_change_log_retention(90) == 0  # nothing that old yet
        assert catalogue.change_log_retention() == 90
    _age_all_actions(catalogue_path, 100)
    with Catalogue.open(catalogue_path) as catalogue:  # applied on open
        assert catalogue.change_log() == []
        assert catalogue.find("A") is not None
    assert NOTE.encode() not in _bytes_of(catalogue_path)
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.set_change_log_retention(None)
        assert catalogue.change_log_retention() is None


def test_purge_change_log_before_a_day(example: Catalogue) -> None:
    assert example.change_log(limit=1)
    assert example.purge_change_log(dt.date.today() - dt.timedelta(days=1)) == 0
    removed = example.purge_change_log(dt.date.today() + dt.timedelta(days=1))
    assert removed > 0 and example.change_log() == []


def test_an_old_file_is_cleared_of_what_was_deleted_before(tmp_path: Path) -> None:
    """Files written before secure_delete keep deleted text in free pages: cleared once."""
    path = tmp_path / "old.amp"
    Catalogue.create(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = OFF")
        conn.execute("DELETE FROM meta WHERE key = 'deleted_data_cleared'")
        conn.execute("INSERT INTO programmes(name, notes) VALUES(?, ?)", [SECRET, NOTE * 400])
        conn.execute("DELETE FROM programmes")
    finally:
        conn.close()
    assert SECRET.encode() in _bytes_of(path)
    Catalogue.open(path).close()
    assert SECRET.encode() not in _bytes_of(path)
    Catalogue.open(path, read_only=True).close()  # and read-only opens still work


def test_amp_history_shows_purges_and_sets_the_retention(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["history", str(example_path), "--json", "--limit", "3"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    assert main(["history", str(example_path), "--programme", "OSA"]) == 0
    assert "OSA" in capsys.readouterr().out
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert main(["history", str(example_path), "--purge-before", tomorrow]) == 0
    assert "Removed" in capsys.readouterr().out
    assert main(["history", str(example_path), "--keep-days", "30"]) == 0
    assert "kept 30 days" in capsys.readouterr().out
    assert main(["history", str(example_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["history", str(example_path), "--purge-before", "soon"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
