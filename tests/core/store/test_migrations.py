"""Schema versions: upgrading a first-version file, refusing newer and foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from amp_desktop.core.store import Catalogue, NewerVersionError, NotACatalogueError, StoreError
from amp_desktop.core.store.backup import list_backups
from amp_desktop.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrations


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_version_one(path: Path) -> None:
    """A catalogue as the first schema version wrote it, with one programme."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db = sqlite_utils.Database(conn)
    migrations.apply(db, stop_before="0002_demand_and_scenarios")
    conn.execute("INSERT INTO meta(key, value) VALUES('catalogue_id', 'v1-file')")
    conn.execute(
        "INSERT INTO sources(code, name, kolada_category) VALUES('AF', 'Arbetsförmedlingen', 'af')"
    )
    conn.execute(
        "INSERT INTO programmes(name, places, type, status, months) "
        "VALUES('Krami', 20, 'primary', 'active', '')"
    )
    conn.execute(
        "INSERT INTO programme_sources(programme_id, source, role, position) "
        "VALUES(1, 'AF', 'main', 0)"
    )
    conn.close()


def test_first_version_file_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.amp"
    _make_version_one(path)
    with Catalogue.open(path) as catalogue:
        # 6 since #13 item 1 (the months each participant import covered), 7 since
        # #12 item 9 (the results' compact yearly sums), 8 since #12 item 4 (where two
        # participant lists meet)
        assert catalogue.schema_version == SCHEMA_VERSION == 8
        krami = catalogue.find("Krami")
        assert krami is not None and krami.places == 20 and krami.main_sources() == ("AF",)
        assert catalogue.demand_rows() == []  # the new table exists
        assert catalogue.backup_made is not None
    backups = list_backups(path)
    assert backups == [catalogue.backup_made]
    conn = sqlite3.connect(backups[0])
    try:
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert version == ("1",)
    assert "demand" not in tables


def test_opening_a_current_file_makes_no_backup(example_path: Path) -> None:
    with Catalogue.open(example_path) as catalogue:
        assert catalogue.backup_made is None
    assert list_backups(example_path) == []


def test_backups_keep_the_last_n(tmp_path: Path) -> None:
    from amp_desktop.core.store.backup import make_backup

    path = tmp_path / "c.amp"
    Catalogue.create(path).close()
    conn = sqlite3.connect(path)
    try:
        made = [make_backup(conn, path, "test", keep=3) for _ in range(5)]
    finally:
        conn.close()
    assert list_backups(path) == made[-3:]


def test_a_file_from_a_newer_amp_is_refused_untouched(example_path: Path) -> None:
    conn = sqlite3.connect(example_path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    before = _digest(example_path)
    with pytest.raises(NewerVersionError, match="newer version of AMP"):
        Catalogue.open(example_path)
    assert _digest(example_path) == before
    assert not list_backups(example_path)


@pytest.mark.parametrize("content", [b"", b"Insats;Platser\nOSA;60\n", b"x" * 5000])
def test_files_that_are_not_catalogues_are_refused_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "not.amp"
    path.write_bytes(content)
    with pytest.raises(NotACatalogueError):
        Catalogue.open(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotACatalogueError):
        Catalogue.open(path)
    assert _digest(path) == before


def test_a_missing_file_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "missing.amp"
    with pytest.raises(StoreError, match="does not exist"):
        Catalogue.open(path)
    assert not path.exists()


def test_schema_version_matches_the_migrations(catalogue_path: Path) -> None:
    import sqlite_utils as su

    from amp_desktop.core.store.schema import migrations as all_migrations

    conn = sqlite3.connect(catalogue_path)
    try:
        assert all_migrations.pending(su.Database(conn)) == []
        applied = len(all_migrations.applied(su.Database(conn)))
    finally:
        conn.close()
    assert applied == SCHEMA_VERSION


def test_nested_transactions_roll_back_only_the_inner_part(example_path: Path) -> None:
    with Catalogue.open(example_path) as catalogue:
        with catalogue.transaction():
            catalogue.conn.execute("UPDATE programmes SET places = 1 WHERE name = 'OSA'")
            with pytest.raises(RuntimeError), catalogue.transaction():
                catalogue.conn.execute("UPDATE programmes SET places = 2 WHERE name = 'JOB'")
                raise RuntimeError
        assert catalogue.find("OSA").places == 1  # type: ignore[union-attr]
        assert catalogue.find("JOB").places == 50  # type: ignore[union-attr]
