"""Birth dates, phone numbers and e-mail addresses typed into a participant list's exit
reasons are masked before the wording is shown or its mapping kept in the catalogue."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from tests.participant_lists import write_sheets

REASONS = ["Född 1985-03-12, slut", "slut, ring 070-123 45 67", "slut anna.berg@example.se"]


def test_dates_phones_and_mails_in_exit_reasons_never_reach_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "cat.amp"
    assert main(["new", str(catalogue), "--example"]) == 0
    rows: list[list[object]] = [["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]]
    rows += [["Atlas", dt.date(2024, 1, 8), dt.date(2024, 2, 1), r] for r in REASONS]
    listing = write_sheets(tmp_path / "lista.xlsx", {"Deltagare": rows})
    capsys.readouterr()
    assert main(["import", str(catalogue), str(listing), "--json", "--dry-run"]) == 1
    shown = json.loads(capsys.readouterr().out)["unmapped_reasons"]
    assert sorted(shown) == ["Född […], slut", "slut […]", "slut, ring […]"]
    mapping = tmp_path / "map.json"  # spelt as the list spells them
    mapping.write_text(json.dumps({"reasons": dict.fromkeys(REASONS, "completed")}))
    assert main(["import", str(catalogue), str(listing), "--mapping", str(mapping)]) == 0
    data = catalogue.read_bytes()
    for text in ("1985-03-12", "070-123", "anna.berg", "example.se"):
        assert text.encode() not in data
    capsys.readouterr()
    # the mapping is kept, under the masked wordings: the next list needs no file
    assert main(["import", str(catalogue), str(listing), "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unmapped_reasons"] == {}
