"""Reading programmes: the months are shared per stored text, the values are those
``Programme(**fields)`` gives, and months no AMP writes are refused on every read."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, DamagedError


def test_read_programmes_equal_those_made_field_by_field(
    make_catalogue,  # type: ignore[no-untyped-def]
) -> None:
    catalogue = make_catalogue("months.amp")
    for number, months in enumerate([(), (6, 7, 8), (6, 7, 8), (1, 12), ()], start=1):
        catalogue.add_programme(Programme(name=f"Insats {number}", places=number, months=months))
    read = catalogue.programmes()
    for programme in read:
        fields = {f.name: getattr(programme, f.name) for f in dataclasses.fields(Programme)}
        made = Programme(**fields)
        assert programme == made and vars(programme) == vars(made)
        assert hash(programme) == hash(made) and repr(programme) == repr(made)
    assert [p.months for p in read] == [(), (6, 7, 8), (6, 7, 8), (1, 12), ()]
    assert read[1].months is read[2].months  # one tuple per stored text
    with pytest.raises(dataclasses.FrozenInstanceError):
        read[0].name = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("months", ["6,13", "jun", "0"])
def test_months_no_amp_writes_are_refused_each_time(example_path: Path, months: str) -> None:
    conn = sqlite3.connect(example_path, isolation_level=None)
    conn.execute("UPDATE programmes SET months = ? WHERE id = 2", [months])
    conn.close()
    with Catalogue.open(example_path, read_only=True, checks="later") as catalogue:
        for _ in range(2):  # a refused text is not remembered as good
            with pytest.raises(DamagedError, match="months"):
                catalogue.programmes()
