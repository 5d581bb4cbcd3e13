"""A referral list imported again after a correction: the referrals the catalogue
holds for the list's months and sources that the list no longer holds are listed,
kept by default and removed on request (4 December, evening)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange


def _list(path: Path, rows: list[tuple[dt.date, str, str]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "enhet.amp"
    with Catalogue.create(path) as catalogue:
        catalogue.apply(
            ChangeSet(
                "programmes",
                tuple(
                    ProgrammeChange(i, None, Programme(name, places=10, id=i))
                    for i, name in ((1, "Osa"), (2, "C2C"))
                ),
            )
        )
    return path


MARCH = dt.date(2026, 3, 3)


def _actual(catalogue: Catalogue) -> dict[tuple[str, str, str], float]:
    names = {p.id: p.name for p in catalogue.programmes()}
    return {(names[p], m, s): v for p, m, s, k, v in catalogue.demand_rows() if k == "actual"}


def _import(catalogue: Catalogue, path: Path, *, remove_missing: bool = False) -> ChangeSet:
    preview = analyse(catalogue, path, kind="referrals")
    assert not preview.blocking, preview.problems
    return catalogue.apply(preview.changeset("import", remove_missing=remove_missing))


def test_a_referral_moved_by_a_corrected_list_is_listed_kept_and_removed_on_request(
    catalogue_file: Path, tmp_path: Path
) -> None:
    """List A counted 4 March referrals from AF to Osa; the corrected list B has them
    at C2C. Importing B set C2C's 4 and left Osa's 4: March held 8, silently."""
    first = _list(
        tmp_path / "a.xlsx", [(MARCH, "Osa", "AF")] * 4 + [(dt.date(2026, 2, 2), "Osa", "AF")]
    )
    corrected = _list(tmp_path / "b.xlsx", [(MARCH, "C2C", "AF")] * 4)
    with Catalogue.open(catalogue_file) as catalogue:
        _import(catalogue, first)
        preview = analyse(catalogue, corrected, kind="referrals")
        missing = [
            (c.key.programme_id, c.key.month, c.key.source, c.before, c.after)
            for c in preview.removed_demand
        ]
        assert missing == [(1, "2026-03", "AF", 4.0, None)]  # (February is not the list's)
        assert any(
            "holds referrals the list does not (4 in 1 monthly cell of 2026-03, of" in s
            for s in preview.summary
        )
        kept = catalogue.apply(preview.changeset("import"))
        assert _actual(catalogue) == {
            ("Osa", "2026-02", "AF"): 1.0,
            ("Osa", "2026-03", "AF"): 4.0,
            ("C2C", "2026-03", "AF"): 4.0,
        }
        catalogue.apply(kept.inverse())
        removed = _import(catalogue, corrected, remove_missing=True)
        assert _actual(catalogue) == {("Osa", "2026-02", "AF"): 1.0, ("C2C", "2026-03", "AF"): 4.0}
        catalogue.apply(removed.inverse())  # one undo step puts Osa's March back
        assert _actual(catalogue)[("Osa", "2026-03", "AF")] == 4.0


def test_another_sources_referrals_are_not_the_lists_to_remove(
    catalogue_file: Path, tmp_path: Path
) -> None:
    """A unit whose social services' referrals come from another list keeps them."""
    social = _list(tmp_path / "soc.xlsx", [(MARCH, "Osa", "SOC")] * 2)
    af = _list(tmp_path / "af.xlsx", [(MARCH, "Osa", "AF")] * 3)
    with Catalogue.open(catalogue_file) as catalogue:
        _import(catalogue, social)
        preview = analyse(catalogue, af, kind="referrals")
        assert preview.removed_demand == []
        assert not any("holds referrals the list does not" in s for s in preview.summary)
        catalogue.apply(preview.changeset("import", remove_missing=True))
        assert _actual(catalogue) == {("Osa", "2026-03", "SOC"): 2.0, ("Osa", "2026-03", "AF"): 3.0}


def test_the_cli_lists_them_and_removes_them_with_remove_missing(
    catalogue_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _list(tmp_path / "a.xlsx", [(MARCH, "Osa", "AF")] * 4)
    corrected = _list(tmp_path / "b.xlsx", [(MARCH, "C2C", "AF")] * 4)
    assert main(["import", str(catalogue_file), str(first)]) == 0
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(corrected), "--dry-run", "--json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["missing_demand_cells"] == 1
    assert main(["import", str(catalogue_file), str(corrected)]) == 0
    out = capsys.readouterr().out
    assert "  - Osa: referrals 2026-03 AF: 4: missing from the workbook (kept)" in out
    with Catalogue.open(catalogue_file) as catalogue:
        assert _actual(catalogue)[("Osa", "2026-03", "AF")] == 4.0
    assert main(["import", str(catalogue_file), str(corrected), "--remove-missing"]) == 0
    assert "  - Osa: referrals 2026-03 AF: 4: removed" in capsys.readouterr().out
    with Catalogue.open(catalogue_file) as catalogue:
        assert ("Osa", "2026-03", "AF") not in _actual(catalogue)
