"""The months each participant import covered: a file of version 5 upgrades with none
recorded and nothing guessed; its months with results still count as covered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.backup import list_backups
from amp_desktop.core.store.result_coverage import covering, months_between
from amp_desktop.core.store.schema import APPLICATION_ID, SCHEMA_VERSION, migrations


def _make_version_five(path: Path) -> None:
    """A catalogue as schema version 5 wrote it: one programme with results in
    January and March 2025 (February: nobody enrolled, or not imported — unknown)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(sqlite_utils.Database(conn), stop_before="0006_result_coverage")
    conn.execute("INSERT INTO meta(key, value) VALUES('catalogue_id', 'v5-file')")
    conn.execute("INSERT INTO programmes(name, places) VALUES('Krami', 20)")
    for month in ("2025-01", "2025-03"):
        conn.execute("INSERT INTO results VALUES (1, ?, 'K', '', '', 'starts', 2)", [month])
    conn.close()


def test_a_version_five_file_upgrades_with_no_coverage_guessed(tmp_path: Path) -> None:
    path = tmp_path / "v5.amp"
    _make_version_five(path)
    with Catalogue.open(path) as catalogue:
        assert catalogue.schema_version == SCHEMA_VERSION == 8  # (7: #12 item 9's sums, 8: seams)
        assert catalogue.backup_made is not None and list_backups(path)
        assert catalogue.results_coverage_scope([1], "2025-01", "2025-12") == []
        imported, stored = catalogue.results_covered_months("2025-01", "2025-12")
        assert imported == {} and stored == {1: {"2025-01", "2025-03"}}
        from amp_desktop.core.yearly.document import yearly_report

        missing = yearly_report(catalogue, 2025).figure("exits").missing
        # February is not guessed to be covered; neither is a per-programme gap reported
        assert missing == ["No results imported for 2025-02, 2025-04…12."]


def test_removing_a_programme_removes_its_coverage(catalogue_path: Path) -> None:
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.store import ChangeSet, ResultsChange

    with Catalogue.open(catalogue_path) as catalogue:
        pid = catalogue.add_programme(Programme("Krami", places=2)).programmes[0].id
        assert pid is not None
        rows = covering([pid], "2025-11", "2026-02")
        change = ResultsChange((pid,), "2025-11", "2026-02", (), (), coverage_before=(),
                               coverage_after=rows)  # fmt: skip
        catalogue.apply(ChangeSet("results", results=(change,)))
        assert [m for _, m in catalogue.results_coverage_scope([pid], "0000", "9999")] == [
            "2025-11", "2025-12", "2026-01", "2026-02",
        ]  # fmt: skip
        catalogue.delete_programmes([pid])
        assert catalogue.results_coverage_scope([pid], "0000", "9999") == []
    assert list(months_between("2024-12", "2025-01")) == ["2024-12", "2025-01"]


def test_undoing_a_delete_brings_back_the_programmes_results_and_coverage(
    catalogue_path: Path,
) -> None:
    """Deleting a programme dropped its results and covered months for good: undo
    brought the programme back without them."""
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.store import ChangeSet, ResultsChange

    with Catalogue.open(catalogue_path) as catalogue:
        pid = catalogue.add_programme(Programme("Krami", places=2)).programmes[0].id
        other = catalogue.add_programme(Programme("Kvar", places=3)).programmes[0].id
        assert pid is not None and other is not None
        rows = (
            (pid, "2025-11", "K", "AM2", "", "starts", 3),
            (pid, "2025-12", "M", "", "", "exit_work", 1),
            (other, "2025-11", "K", "", "", "starts", 2),
        )
        covered = covering([pid, other], "2025-11", "2025-12")
        change = ResultsChange((pid, other), "2025-11", "2025-12", (), rows, coverage_before=(),
                               coverage_after=covered)  # fmt: skip
        catalogue.apply(ChangeSet("results", results=(change,)))
        deleted = catalogue.delete_programmes([pid])
        assert catalogue.results_scope([pid, other], "0000-00", "9999-99") == [rows[2]]
        catalogue.apply(deleted.inverse())
        assert catalogue.find("Krami") is not None
        assert catalogue.results_scope([pid, other], "0000-00", "9999-99") == sorted(rows)
        assert catalogue.results_coverage_scope([pid], "0000-00", "9999-99") == [
            (pid, "2025-11"), (pid, "2025-12"),
        ]  # fmt: skip
        # and the redo deletes them again
        catalogue.apply(deleted)
        assert catalogue.results_scope([pid], "0000-00", "9999-99") == []


def test_a_file_of_an_older_version_opens_read_only_untouched(tmp_path: Path) -> None:
    """A version-5 file on a write-protected stick (or held by another AMP) could not be
    opened at all: "must be opened for editing once".  It opens read-only from an
    upgraded copy in memory, says why, and the file keeps every byte."""
    import hashlib

    path = tmp_path / "v5.amp"
    _make_version_five(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with Catalogue.open(path, read_only=True) as catalogue:
        assert catalogue.read_only and catalogue.schema_version == SCHEMA_VERSION
        assert "older AMP" in (catalogue.read_only_reason or "")
        assert [p.name for p in catalogue.programmes()] == ["Krami"]
        assert catalogue.results_coverage_scope([1], "2025-01", "2025-12") == []
        assert catalogue.results_scope([1], "2025-01", "2025-12")[0][5] == "starts"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("v5.amp?*")) and not (tmp_path / "v5.amp.amp-backups").exists()


def test_the_gaps_read_by_programme_are_the_gaps_read_by_scanning(catalogue_path: Path) -> None:
    """``only_gaps`` reads the stored months of the programmes with gaps only (by the
    primary key, not a scan of the period's results): the same gaps for each, for a
    programme covered all year, one whose list began in July, one whose early months
    hold results from an import older than the coverage table, and one no import
    recorded (a file of version 5)."""
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.planning import Period
    from amp_desktop.core.results.uncovered import programme_gaps
    from amp_desktop.core.store import ChangeSet, ResultsChange

    with Catalogue.open(catalogue_path) as catalogue:
        ids = []
        for name in ("Helår", "Från juli", "Äldre import", "Utan täckning"):
            added = catalogue.add_programme(Programme(name, places=5)).programmes[0].id
            assert added is not None
            ids.append(added)
        full, july, older, none = ids
        spans = {full: ("2025-01", "2025-12"), july: ("2025-07", "2025-12"),
                 older: ("2025-05", "2025-12")}  # fmt: skip
        for pid, (first, last) in spans.items():
            rows = tuple((pid, m, "K", "", "", "starts", 1) for m in months_between(first, last))
            change = ResultsChange((pid,), first, last, (), rows, coverage_before=(),
                                   coverage_after=covering([pid], first, last))  # fmt: skip
            catalogue.apply(ChangeSet("results", results=(change,)))
        for pid, month in ((older, "2025-02"), (older, "2025-03"), (none, "2025-04")):
            catalogue.conn.execute(
                "INSERT INTO results VALUES (?, ?, 'M', '', '', 'starts', 2)", [pid, month]
            )
        period = Period.year(2025)
        known = catalogue.results_known(period.first, period.last)
        scanned = programme_gaps(
            period, *catalogue.results_covered_months("2025-01", "2025-12"), known
        )
        imported, stored = catalogue.results_covered_months("2025-01", "2025-12", only_gaps=True)
        assert programme_gaps(period, imported, stored, known) == scanned
        assert sorted(stored) == [july, older]  # the programme covered all year is not read
        assert scanned == {
            july: [f"2025-{m:02d}" for m in range(1, 7)],
            older: ["2025-01", "2025-04"],
        }
