"""A second look at the places a Kolada file may name (7 December): every municipality,
county, the country and a group is read; a code a program wrote as a number ("1980.0")
or a group typed in lower case is the place it names, not refused."""

from __future__ import annotations

import pytest

from amp_desktop.core.kolada.municipalities import known_place, names
from amp_desktop.core.kolada.values import read_csv

HEADER = "Nyckeltal id;Kommun-id;År;Kön;Värde;Antal\n"


def test_every_municipality_and_county_and_the_country_are_known_places():
    codes = set(names())
    municipalities = {c for c in codes if not c.startswith("00")}
    counties = codes - municipalities
    assert len(municipalities) == 290
    assert counties == {f"00{n:02d}" for n in (1, *range(3, 11), 12, 13, 14, *range(17, 26))}
    assert {"0180", "0183", "1980", "2580", "0331"} <= municipalities  # (DOMAIN.md; Heby)
    assert all(map(known_place, [*codes, "0000", "G100002"]))


@pytest.mark.parametrize(
    ("code", "stored"),
    [("1980.0", "1980"), ("180.0", "0180"), ("0019.0", "0019"), ("g100002", "G100002")],
)
def test_a_code_written_as_a_number_or_a_group_in_lower_case_is_read_as_its_place(code, stored):
    """ "1980.0" (a CSV saved by a program that read the column as numbers) was refused
    as no municipality's code; "g100002" was stored beside the group "G100002"."""
    text = HEADER + f"U40455;{code};2024;T;41,5;\n"
    assert [v.municipality for v in read_csv(text).values] == [stored]
