"""``amp results`` for a programme whose results were never imported: not known
(null, "–"), as ``amp audit`` says it, never 0 participants and 0.0 % utilisation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.participant_lists import participant_rows, write_list


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    out, _err = capsys.readouterr()
    return status, out


@pytest.fixture
def osa_imported(example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The example with a participant list of 2025 imported for OSA alone."""
    listing = write_list(tmp_path / "deltagare.xlsx", participant_rows(["OSA"], 40, seed=3))
    status, out = _run(capsys, "import", str(example_path), str(listing), "--kind", "participants")
    assert status == 0, out
    return example_path


def test_json_is_null_for_a_programme_without_imported_results_as_the_audit(
    osa_imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, "results", str(osa_imported), "--year", "2025", "--json")
    assert status == 0
    results = {p["name"]: p for p in json.loads(out)["programmes"]}
    osa, c2c = results["OSA"], results["C2C"]
    assert osa["participants"] > 0 and osa["actual_utilisation"] > 0
    for key in ("participants", "starts", "exits", "work_or_studies", "actual_utilisation",
                "average_occupancy", "cost_per_participant_sek"):  # fmt: skip
        assert c2c[key] is None, key
    assert set(c2c["exits_by_reason"].values()) == {None}
    assert c2c["by_gender"]["K"]["participants"] is None
    assert (c2c["places"], c2c["name"], c2c["unit"]) == (30, "C2C", "Ungdomsenheten")
    status, out = _run(capsys, "audit", str(osa_imported), "--year", "2025", "--json")
    audit = {p["name"]: p["results"] for p in json.loads(out)["programmes"]}
    for name, programme in results.items():  # the same programmes are not known
        assert (programme["participants"] is None) == (audit[name]["participants"] is None), name
        if programme["participants"] is not None:
            assert programme["participants"] == audit[name]["participants"], name


def test_the_table_says_not_known_not_zero(
    osa_imported: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, "results", str(osa_imported), "--year", "2025")
    assert status == 0
    lines = out.splitlines()
    c2c = next(line for line in lines if line.startswith("C2C "))
    assert "0.0%" not in c2c and " 0 " not in f"{c2c} " and "–" in c2c, c2c
    osa = next(line for line in lines if line.startswith("OSA "))
    assert "–" not in osa and "%" in osa, osa
    assert "– no results imported for 2025 (amp import)." in lines


def test_nothing_imported_at_all_is_not_known_either(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(capsys, "results", str(example_path), "--year", "2025", "--json")
    document = json.loads(out)
    assert {p["participants"] for p in document["programmes"]} == {None}
    assert document["all"]["participants"] is None and document["all"]["cost_sek"] is None
    status, out = _run(capsys, "results", str(example_path), "--year", "2025")
    assert status == 0 and "0.0%" not in out, out


def test_a_programme_an_import_covered_with_nobody_in_it_is_a_real_zero(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Coverage, not a row of results, says the figures are known (as amp audit): a
    programme in the list whose only enrolment ended before the period had nobody."""
    import datetime as dt

    rows = participant_rows(["OSA"], 60, seed=5)
    rows.append([*rows[1][:2], "Atlas", dt.date(2025, 1, 7), dt.date(2025, 1, 20), *rows[1][5:]])
    listing = write_list(tmp_path / "deltagare.xlsx", rows)
    assert _run(capsys, "import", str(example_path), str(listing), "--kind", "participants")[0] == 0
    with Catalogue.open(example_path, read_only=True) as catalogue:
        atlas = catalogue.find("Atlas")
        assert atlas is not None
        imported, _stored = catalogue.results_covered_months("2025-09", "2025-10")
    assert imported.get(atlas.id)  # the list covered those months for Atlas too
    period = ("--from", "2025-09", "--to", "2025-10", "--json")
    status, out = _run(capsys, "results", str(example_path), *period)
    results = {p["name"]: p for p in json.loads(out)["programmes"]}
    assert (results["Atlas"]["participants"], results["Atlas"]["actual_utilisation"]) == (0, 0.0)
    assert results["C2C"]["participants"] is None
    status, out = _run(capsys, "audit", str(example_path), *period)
    audit = {p["name"]: p["results"] for p in json.loads(out)["programmes"]}
    assert (audit["Atlas"]["participants"], audit["C2C"]["participants"]) == (0, None)
