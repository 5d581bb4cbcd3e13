"""The one matcher of a list's programme cells: names and codes as the catalogue
compares them, other spacing, the user's mapping, and two programmes read alike."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.programme_match import programme_matcher
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import referral_list
from tests.participant_lists import write_sheets

PROGRAMMES = [
    Programme("SKE/Rusta/Matcha", code="SKER2", id=1),
    Programme("Välfärdsjobb", code="VÄLF", id=2),
    Programme("Jobb - Start", id=3),
    Programme("Jobb-Start", id=4),  # reads like 3 once the spaces are evened out
    Programme("SESAM", code="Välfärdsjobb", id=5),  # a code never hides a name
    Programme("SKE-Rehab", id=6),
]


@pytest.mark.parametrize(
    ("cell", "programme_id"),
    [
        ("SKE/Rusta/Matcha", 1),
        ("  ske/rusta/matcha ", 1),
        ("SKE / Rusta / Matcha", 1),
        ("SKE /Rusta/ Matcha", 1),
        ("SKE\u00a0/\u00a0Rusta / Matcha", 1),
        ("SKE – Rusta", None),
        ("Jobb – Start", None),  # an en dash pasted from Word: both read so
        ("SKE\u2011Rusta/Matcha", None),  # a no-break hyphen is no slash
        (unicodedata.normalize("NFD", "Välfärdsjobb"), 2),  # ä as a + ¨ (a Mac's file)
        ("välf", 2),
        ("Jobb - Start", 3),
        ("Jobb-Start", 4),
        ("Jobb -Start", None),  # both read so: the user says which
        ("Jobb  -  Start", None),
        ("SKE – Rehab", 6),
        ("SKE\u2011Rehab", 6),
        ("", None),
        (None, None),
    ],
)
def test_a_cell_names_the_programme_it_reads_as(cell, programme_id) -> None:  # type: ignore[no-untyped-def]
    assert programme_matcher(PROGRAMMES)(cell) == programme_id


def test_the_user_s_mapping_comes_first() -> None:
    match = programme_matcher(PROGRAMMES, {"Rusta": "SKER2", "Jobb -Start": "Jobb-Start"})
    assert match("rusta") == 1 and match("Jobb -Start") == 4 and match("Jobb - Start") == 3


def test_a_referral_list_finds_programmes_written_with_other_spaces(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cells = ["SKE / Rusta / Matcha", unicodedata.normalize("NFD", "Välfärdsjobb")]
    path, _ids, _people = referral_list(tmp_path / "list.xlsx", cells, rows=40)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
        assert not preview.blocking, preview.problems
        names = {p.id: p.name for p in catalogue.programmes()}
    counted = Counter[str]()
    for change in preview.demand:
        counted[names[change.key.programme_id]] += change.after
    assert set(counted) == {"SKE/Rusta/Matcha", "Välfärdsjobb"} and counted.total() == 40


def test_a_participant_list_finds_them_too(make_catalogue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    rows = [
        ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"],
        ["SKE / Rusta / Matcha", dt.date(2024, 1, 8), dt.date(2024, 2, 1), "Arbete"],
        [unicodedata.normalize("NFD", "Välfärdsjobb"), dt.date(2024, 1, 9), None, None],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": rows})
    preview = analyse(make_catalogue(example=True), listing, "participants")
    assert not preview.problems
    assert sorted(row["programme"] for row in preview.results_summary) == [
        "SKE/Rusta/Matcha",
        "Välfärdsjobb",
    ]
