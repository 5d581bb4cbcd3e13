"""A participant list's footer row holding an identity number ("Utskrivet … av …,
850312-2387") is skipped and listed with the number masked, in the CLI's JSON too."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.personal import MASK
from tests.participant_lists import write_sheets

D = dt.date


@pytest.mark.parametrize("number", ["19850312-2387", "850312-2387", "8503122387"])
def test_an_identity_number_in_a_footer_is_masked_in_the_json(
    example_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], number: str
) -> None:
    rows = [
        ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["9001011239", "Atlas", D(2024, 2, 1), None, None],
        [None, f"Utskrivet 2024-05-01 av handläggare för {number}", None, None, None],
    ]
    path = write_sheets(tmp_path / "l.xlsx", {"Deltagare": rows})
    assert main(["import", str(example_path), str(path), "--json", "--dry-run"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert [(r["cell"], r["text"]) for r in data["skipped_rows"]] == [
        ("B3", f"Utskrivet 2024-05-01 av handläggare för {MASK}")
    ]
    assert number not in out
