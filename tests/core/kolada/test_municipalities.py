"""The SCB codes behind the municipality names shown in Preferences and on paper."""

from __future__ import annotations

from collections import Counter

from amp_desktop.core.kolada.municipalities import municipality_name, names

#: Municipalities per county (SCB, 2026): 290 in all.
PER_COUNTY = {
    "01": 26, "03": 8, "04": 9, "05": 13, "06": 13, "07": 8, "08": 12, "09": 1, "10": 5,
    "12": 33, "13": 6, "14": 49, "17": 16, "18": 12, "19": 10, "20": 15, "21": 10, "22": 7,
    "23": 8, "24": 15, "25": 14,
}  # fmt: skip


def test_every_municipality_and_county_once() -> None:
    codes = names()
    municipalities = [c for c in codes if not c.startswith("00")]
    counties = [c for c in codes if c.startswith("00")]
    assert len(municipalities) == 290
    assert Counter(c[:2] for c in municipalities) == PER_COUNTY
    assert sorted(counties) == sorted("00" + c for c in PER_COUNTY)
    assert codes["0019"] == "Västmanlands län"


def test_names_by_code() -> None:
    assert municipality_name("1980") == "Västerås"
    assert municipality_name("0180") == "Stockholm"
    assert municipality_name(" 2584 ") == "Kiruna"
    assert municipality_name("0019") is None  # a county, not a municipality
    assert municipality_name("1999") is None and municipality_name("19") is None
