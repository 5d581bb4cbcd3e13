"""Names typed into a participant list's free-text exit reasons: masked before the
wording is shown or its mapping kept, so that no name reaches the catalogue file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.results.categories import reason_key
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date


@pytest.fixture()
def catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "cat.amp"
    assert main(["new", str(path), "--example"]) == 0  # has Atlas and Krami
    return path


def _row(*names: str, reason: str, day: int = 8) -> list[object]:
    """An enrolment in Atlas that ended on 1 February 2024 for *reason*."""
    return [*names, "Atlas", D(2024, 1, day), D(2024, 2, 1), reason]


def _refused(catalogue: Path, listing: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``amp import --dry-run`` says of *listing*, which has reasons to map."""
    capsys.readouterr()
    assert main(["import", str(catalogue), str(listing), "--dry-run"]) == 1
    return capsys.readouterr().out


def _file_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*.amp*") if p.is_file())


def _exits(catalogue: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    """Atlas's exits by reason in 2024, as ``amp results --json`` says."""
    assert main(["results", str(catalogue), "--year", "2024", "--json"]) == 0
    (atlas,) = [
        p for p in json.loads(capsys.readouterr().out)["programmes"] if p["name"] == "Atlas"
    ]
    return {k: v for k, v in atlas["exits_by_reason"].items() if v}


def test_a_name_typed_into_an_exit_reason_never_reaches_the_file(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Förnamn", "Efternamn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        _row("Ahmed", "Svensson", reason="Ahmed: se anteckning"),
        _row("Karin", "Lindqvist", reason="Enligt Lindqvists handläggare", day=9),
        _row("Bo", "Berg", reason="Arbete", day=9),
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    out = _refused(catalogue_file, listing, capsys)
    assert "exit reason “[…]: se anteckning” (1 row)" in out
    assert "exit reason “Enligt […] handläggare” (1 row)" in out, out
    assert "Ahmed" not in out and "Lindqvist" not in out
    # A mapping file may copy the wordings as the list spells them, or as shown;
    # a wording this list does not have is not kept.
    mapping = tmp_path / "m.json"
    reasons = {
        "Ahmed: se anteckning": "other_actor",
        "Enligt […] handläggare": "completed",
        "Bertil Ek slutade": "interrupted",
    }
    mapping.write_text(json.dumps({"reasons": reasons}), encoding="utf-8")
    assert main(["import", str(catalogue_file), str(listing), "--mapping", str(mapping)]) == 0
    assert "Applied as one change." in capsys.readouterr().out
    data = b"".join(p.read_bytes() for p in tmp_path.rglob("*.amp*") if p.is_file())
    for name in ("Ahmed", "ahmed", "Lindqvist", "lindqvist", "Bertil", "bertil"):
        assert name.encode() not in data, name
    with Catalogue.open(catalogue_file) as catalogue:
        assert catalogue.reason_mapping() == {
            reason_key("[…]: se anteckning"): "other_actor",
            reason_key("Enligt […] handläggare"): "completed",
        }
    # The next list with the same wordings is mapped by what was kept.
    assert main(["import", str(catalogue_file), str(listing), "--dry-run"]) == 0


def test_a_person_s_own_name_is_masked_in_any_case_and_under_any_name_header(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Fullständigt namn", "Handläggare", "Insats", "Startdatum", "Slutdatum", "Orsak"]
    rows = [
        _row("Ahmed Svensson", "Karin Ek", reason="se anteckning ahmed"),
        _row("Bo Berg", "Karin Ek", reason="Enligt Karin: se journal", day=9),
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    out = _refused(catalogue_file, listing, capsys)
    assert "Column “Fullständigt namn” holds personal data" in out
    assert "Column “Handläggare” holds personal data" in out
    assert "exit reason “se anteckning […]” (1 row)" in out
    assert "exit reason “Enligt […]: se journal” (1 row)" in out
    reasons = {"se anteckning […]": "other_actor", "Enligt […]: se journal": "interrupted"}
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"reasons": reasons}), encoding="utf-8")
    assert main(["import", str(catalogue_file), str(listing), "--mapping", str(mapping)]) == 0
    data = _file_bytes(tmp_path)
    for name in ("Ahmed", "ahmed", "Karin", "karin", "Svensson", "Berg"):
        assert name.encode() not in data, name


def test_two_wordings_masked_alike_but_mapped_apart_count_as_mapped_and_are_not_kept(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Ahmed Svensson", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Ahmed: se anteckning"],
        ["Karin Ek", "Atlas", D(2024, 1, 9), D(2024, 2, 1), "Karin: se anteckning"],
        ["Eva Ek", "Atlas", D(2024, 1, 10), D(2024, 2, 1), "Karin: se anteckning"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    mapping = tmp_path / "m.json"
    reasons = {"Ahmed: se anteckning": "other_actor", "Karin: se anteckning": "completed"}
    mapping.write_text(json.dumps({"reasons": reasons}), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing), "--mapping", str(mapping)]) == 0
    capsys.readouterr()
    assert _exits(catalogue_file, capsys) == {"other_actor": 1, "completed": 2}
    with Catalogue.open(catalogue_file) as catalogue:
        assert catalogue.reason_mapping() == {}  # "[…]: se anteckning" was chosen two ways


def test_a_mapping_kept_under_a_name_by_an_earlier_amp_still_maps_the_wording(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(catalogue_file) as conn:  # as AMP kept it before names were masked
        conn.execute(
            "INSERT INTO exit_reasons(wording, reason) VALUES ('ahmed: se anteckning', 'other_actor')"
        )
    conn.close()
    header = ["Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [["Ahmed Svensson", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Ahmed: se anteckning"]]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing)]) == 0
    capsys.readouterr()
    assert _exits(catalogue_file, capsys) == {"other_actor": 1}
