"""``Catalogue.open(checks="later")``: the checks on a file's content run before any
write, a file that fails them is never written and is left read-only with the
message opening gives, and every other caller (the CLI) still refuses it at open."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, DamagedError, StoreError
from amp_desktop.core.store.lock import lock_path

#: Hand edits that the programmes' read does not meet: only the checks find them.
UNREAD = {
    "non-numeric places": "UPDATE programmes SET places = 'many' WHERE id = 4",
    "fractional places": "UPDATE programmes SET places = 2.5 WHERE id = 4",
    "a date that is not one": "UPDATE programmes SET start_date = 'soon' WHERE id = 8",
    "bytes for a name": "UPDATE programmes SET name = X'414243' WHERE id = 9",
}
PAGE = 4096


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(sql)
    conn.close()


def _refusal(path: Path) -> str:
    with pytest.raises(StoreError) as caught:
        Catalogue.open(path)
    return str(caught.value)


def test_a_whole_file_passes_the_checks_later_and_is_written(example_path: Path) -> None:
    with Catalogue.open(example_path, checks="later") as catalogue:
        assert catalogue.complete_checks() is None
        assert not catalogue.read_only and catalogue.check_failure is None
        catalogue.add_programme(Programme(name="Ny insats", places=3))
        assert catalogue.find("Ny insats") is not None


def test_a_write_first_runs_the_checks_left_for_later(
    example_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amp_desktop.core.store import connection

    ran: list[Path] = []
    real = connection.check_content
    monkeypatch.setattr(connection, "check_content", lambda c, p: ran.append(p) or real(c, p))
    with Catalogue.open(example_path, checks="later") as catalogue:
        assert ran == []  # not at open
        catalogue.add_programme(Programme(name="Ny insats", places=3))
        assert ran == [example_path]
        catalogue.add_programme(Programme(name="Ny insats 2", places=3))
        assert catalogue.complete_checks() is None
        assert ran == [example_path]  # once


@pytest.mark.parametrize("edit", sorted(UNREAD))
def test_a_write_before_the_checks_is_refused_on_a_damaged_file(
    example_path: Path, edit: str
) -> None:
    _edit(example_path, UNREAD[edit])
    message = _refusal(example_path)
    before = _digest(example_path)
    catalogue = Catalogue.open(example_path, checks="later")
    try:
        assert len(catalogue.programmes()) > 0  # shown…
        with pytest.raises(DamagedError) as caught:  # …but never written
            catalogue.add_programme(Programme(name="Ny insats", places=3))
        assert str(caught.value) == message and "\n" not in message
        assert catalogue.read_only and catalogue.check_failure is caught.value
        assert catalogue.read_only_reason == "the file is damaged"
        assert not lock_path(example_path).exists()  # refused as everywhere else
        with pytest.raises(DamagedError, match="is damaged"):  # and every later write
            catalogue.add_programme(Programme(name="Ny insats", places=3))
    finally:
        catalogue.close()
    assert _digest(example_path) == before


def test_the_checks_later_find_what_opening_finds(example_path: Path) -> None:
    _edit(example_path, UNREAD["non-numeric places"])
    with Catalogue.open(example_path, checks="later") as catalogue:
        failure = catalogue.complete_checks()
        assert isinstance(failure, DamagedError)
        assert str(failure) == _refusal(example_path)
        assert catalogue.complete_checks() is failure


def test_every_damaged_page_is_refused_by_the_checks_later(example_path: Path) -> None:
    """Whatever opening refused outright, the checks later refuse: no write lands."""
    data = example_path.read_bytes()
    for page in range(len(data) // PAGE):
        start = page * PAGE + (100 if page == 0 else 0)
        broken = bytearray(data)
        for offset in range(start, start + 8):
            broken[offset] ^= 0xA5
        example_path.write_bytes(bytes(broken))
        lock_path(example_path).unlink(missing_ok=True)
        with pytest.raises(StoreError):
            Catalogue.open(example_path)
        try:
            catalogue = Catalogue.open(example_path, checks="later")
        except StoreError:
            continue  # the header checks still run at open
        try:
            with pytest.raises(StoreError):  # by the checks, or a read the write makes
                catalogue.add_programme(Programme(name="Ny insats", places=3))
            assert catalogue.complete_checks() is not None, f"page {page + 1}"
            assert catalogue.read_only
        finally:
            catalogue.close()
        assert example_path.read_bytes() == bytes(broken), f"page {page + 1}"


@pytest.mark.parametrize(
    "setting",
    [
        "INSERT INTO meta(key, value) VALUES('change_log_keep_days', '30') "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        "DELETE FROM meta WHERE key = 'deleted_data_cleared'",
    ],
    ids=["history purged on open", "free pages not yet cleared"],
)
def test_opening_that_writes_checks_first(example_path: Path, setting: str) -> None:
    _edit(example_path, setting + "; " + UNREAD["non-numeric places"])
    message = _refusal(example_path)
    before = _digest(example_path)
    with pytest.raises(DamagedError) as caught:
        Catalogue.open(example_path, checks="later")
    assert str(caught.value) == message
    assert _digest(example_path) == before and not lock_path(example_path).exists()


def test_read_only_opening_leaves_the_checks_for_later_too(example_path: Path) -> None:
    _edit(example_path, UNREAD["non-numeric places"])
    with Catalogue.open(example_path, read_only=True, checks="later") as catalogue:
        assert isinstance(catalogue.complete_checks(), DamagedError)


def test_checks_are_now_or_later(example_path: Path) -> None:
    with pytest.raises(ValueError, match="checks"):
        Catalogue.open(example_path, checks="never")


def test_the_cli_still_refuses_a_damaged_file_at_open(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(example_path, UNREAD["non-numeric places"])
    before = _digest(example_path)
    assert main(["list", str(example_path)]) == 2
    assert "is damaged" in capsys.readouterr().err
    assert _digest(example_path) == before
