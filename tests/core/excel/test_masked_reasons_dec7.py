"""An exit reason that is nothing but a masked name ("Bertil Lindqvist" → "[…] […]")
tells nothing of the next list's reason masked alike: the user's choice for it holds
for this list only and is never kept for the next (found by the second look of
7 December: a mapping kept for "[…] […]" silently mapped another list's different
reason, "Anna Svensson", to the same category)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from amp_desktop.cli import main
from amp_desktop.core.personal import MASK, only_masks
from amp_desktop.core.results.categories import reason_key
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date
M2 = f"{MASK} {MASK}"
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    capsys.readouterr()
    status = main(args)
    out, _err = capsys.readouterr()
    return status, json.loads(out)


def test_a_reason_that_is_only_a_masked_name_is_mapped_for_this_list_only(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    first = [
        ["850101-1236", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Bertil Lindqvist"],
        ["9001011239", "Atlas", D(2024, 1, 9), D(2024, 2, 1), "Flyttade – Cilla Ek"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [HEADER, *first]})
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps({"reasons": {M2: "work", f"Flyttade – {M2}": "interrupted"}}), "utf-8"
    )
    args = ["import", str(example_path), str(listing), "--json", "--mapping", str(mapping)]
    status, shown = _run(args, capsys)
    assert status == 0, shown
    assert shown["exit_reasons"] == {M2: "Work", f"Flyttade – {M2}": "Interrupted"}
    with Catalogue.open(example_path) as catalogue:
        kept = catalogue.reason_mapping()
    assert reason_key(M2) not in kept  # (nothing to know the next one by)
    assert kept[reason_key(f"Flyttade – {M2}")] == "interrupted"  # (its words tell)
    again = [["850101-1236", "Krami", D(2024, 3, 1), D(2024, 4, 1), "Anna Svensson"]]
    listing = write_sheets(tmp_path / "l2.xlsx", {"L": [HEADER, *again]})
    status, shown = _run(["import", str(example_path), str(listing), "--json"], capsys)
    assert status == 1  # asked again, not mapped to work
    assert shown["unmapped_reasons"] == {M2: 1}


def test_only_masks_tells_a_masked_name_from_a_reason_with_a_name_in_it() -> None:
    assert only_masks(M2) and only_masks(f"{MASK}, {MASK}.") and only_masks("[...] [...]")
    assert not only_masks(f"Flyttade – {M2}") and not only_masks("Arbete")
    assert not only_masks("")  # (no reason at all is not a masked one)


def test_a_masked_name_an_older_amp_kept_maps_nothing(example_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(example_path) as conn:  # (as the AMP of the morning kept it)
        conn.execute("INSERT INTO exit_reasons(wording, reason) VALUES ('[...] [...]', 'work')")
    again = [["850101-1236", "Krami", D(2024, 3, 1), D(2024, 4, 1), "Anna Svensson"]]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [HEADER, *again]})
    status, shown = _run(["import", str(example_path), str(listing), "--json"], capsys)
    assert status == 1
    assert shown["unmapped_reasons"] == {M2: 1}
