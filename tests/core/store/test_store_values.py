"""Hand-edited values that look right but are not: refused on open, in one line."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue, StoreError


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("start_date", "2024-02-30"),  # the right shape, no such day
        ("end_date", "2024-13-45"),
        ("months", "6,13"),
        ("goal_work_or_studies_share", 1.5),
        ("goal_work_or_studies_share", "48 %"),
    ],
)
def test_a_value_no_amp_writes_is_one_line_and_nothing_changes(  # type: ignore[no-untyped-def]
    example_path, tmp_path, capsys, column, value
) -> None:
    conn = sqlite3.connect(example_path)
    conn.execute(f"UPDATE programmes SET {column} = ? WHERE name = 'Krami'", [value])
    conn.commit()
    conn.close()
    before = hashlib.sha256(example_path.read_bytes()).hexdigest()
    # Refused on open, or at the latest when the programmes are read.
    with pytest.raises(StoreError) as raised, Catalogue.open(example_path) as catalogue:
        catalogue.programmes()
    assert "\n" not in str(raised.value) and column in str(raised.value)
    capsys.readouterr()
    assert main(["export", str(example_path), str(tmp_path / "out.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert hashlib.sha256(example_path.read_bytes()).hexdigest() == before
