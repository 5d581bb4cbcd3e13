"""Mandates and agreements in the file: migration, change sets, undo, log, conflicts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils

from amp_desktop.core.domain import Programme
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.rules import RuleError
from amp_desktop.core.store import Catalogue, ConflictError
from amp_desktop.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrations


def _make_version_three(path: Path) -> None:
    """A catalogue as schema version 3 wrote it, with two programmes."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(sqlite_utils.Database(conn), stop_before="0004_mandates")
    conn.execute("INSERT INTO meta(key, value) VALUES('catalogue_id', 'v3-file')")
    for name in ("Krami", "Jobbtorget"):
        conn.execute(f"INSERT INTO programmes(name, places) VALUES('{name}', 10)")
    conn.close()


def test_an_older_file_gets_empty_mandates_flagged_for_review(tmp_path: Path) -> None:
    path = tmp_path / "v3.amp"
    _make_version_three(path)
    with Catalogue.open(path) as catalogue:
        assert catalogue.schema_version == SCHEMA_VERSION
        assert catalogue.backup_made is not None
        found = catalogue.mandates()
        assert sorted(found) == [1, 2]
        for mandate in found.values():
            assert mandate.bases == () and mandate.decision_reference == ""
            assert mandate.decision_date is None and mandate.needs_review
        assert catalogue.agreements() == []


def _programme(catalogue: Catalogue, name: str = "Krami") -> int:
    change = catalogue.add_programme(Programme(name, places=10))
    return change.programmes[0].id


def test_mandate_is_one_undoable_logged_change(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    added = catalogue.save_agreement(
        Agreement(Counterparty.AF, "AF-2024-17", "Lokal överenskommelse", "2024-01-01")
    )
    aid = added.agreements[0].id
    assert catalogue.agreement(aid) == added.agreements[0].after
    mandate = Mandate(
        pid,
        (LegalBasis(BasisKind.AF_AGREEMENT, aid), LegalBasis(BasisKind.OTHER, text="Avtal X")),
        "AMN 2024/12",
        "2024-02-15",
    )
    change = catalogue.set_mandate(mandate)
    assert catalogue.mandate(pid) == mandate
    assert pid in change.programme_ids
    log = catalogue.change_log(pid)
    assert log[0]["field"] == "mandate" and "AMN 2024/12" in log[0]["new"]
    catalogue.apply(change.inverse())
    assert catalogue.mandate(pid) == Mandate(pid)
    assert catalogue.set_mandate(Mandate(pid)).is_empty()


def test_deleting_an_agreement_unlinks_it_and_undo_links_it_again(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    aid = catalogue.save_agreement(Agreement(Counterparty.FINSAM, "SF-1")).agreements[0].id
    catalogue.set_mandate(Mandate(pid, (LegalBasis(BasisKind.FINSAM, aid),)))
    deleted = catalogue.delete_agreement(aid)
    assert catalogue.agreements() == []
    assert catalogue.mandate(pid).bases == (LegalBasis(BasisKind.FINSAM),)
    catalogue.apply(deleted.inverse())
    assert catalogue.mandate(pid).bases == (LegalBasis(BasisKind.FINSAM, aid),)


def test_undoing_a_programme_delete_brings_its_mandate_back(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    mandate = Mandate(pid, (LegalBasis(BasisKind.EMPLOYER),), "D-1", "2025-01-10")
    catalogue.set_mandate(mandate)
    deleted = catalogue.delete_programmes([pid])
    assert catalogue.mandates() == {}
    catalogue.apply(deleted.inverse())
    assert catalogue.mandate(pid) == mandate


def test_bad_dates_are_refused_and_nothing_is_written(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    with pytest.raises(RuleError):
        catalogue.set_mandate(Mandate(pid, decision_date="15/2 2024"))
    with pytest.raises(RuleError):
        catalogue.set_mandate(
            Mandate(pid, (LegalBasis(BasisKind.PROJECT, None, "2025-06-01", "2024-01-01"),))
        )
    with pytest.raises(RuleError):
        catalogue.save_agreement(Agreement(Counterparty.AF, valid_from="2025-13-01"))
    assert catalogue.mandates() == {} and catalogue.agreements() == []


def test_a_stale_mandate_change_is_a_conflict(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    stale = catalogue.mandate_change(Mandate(pid, decision_reference="A"))
    catalogue.set_mandate(Mandate(pid, decision_reference="B"))
    with pytest.raises(ConflictError):
        catalogue.apply(stale)
    assert catalogue.mandate(pid).decision_reference == "B"


def test_agreement_edit_keeps_its_id(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    first = catalogue.save_agreement(Agreement(Counterparty.REGION, "R-1")).agreements[0].after
    assert first is not None and first.id == 1
    edited = replace(first, valid_to="2026-12-31")
    catalogue.save_agreement(edited)
    assert catalogue.agreements() == [edited]
    assert catalogue.save_agreement(edited).is_empty()


@pytest.mark.parametrize("written", ["20240301", "2024-W10-1", "2024-3-1"])
def test_a_date_not_in_the_form_amp_keeps_is_refused_at_the_door(make_catalogue, written) -> None:  # type: ignore[no-untyped-def]
    """ "20240301" and the week date "2024-W10-1" passed (Python's ISO reader takes both)
    and were kept as written, to be printed and exported so; the window and the
    workbook write a typed date as 2024-03-01 before it reaches the door."""
    catalogue = make_catalogue()
    pid = _programme(catalogue)
    with pytest.raises(RuleError):
        catalogue.set_mandate(Mandate(pid, decision_date=written))
    with pytest.raises(RuleError):
        catalogue.save_agreement(Agreement(Counterparty.AF, valid_to=written))
    assert catalogue.mandates() == {} and catalogue.agreements() == []
    catalogue.set_mandate(Mandate(pid, decision_date="2024-03-01"))
    assert catalogue.mandates()[pid].decision_date == "2024-03-01"
