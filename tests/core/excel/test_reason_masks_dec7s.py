"""A second look at the masking of names in exit reasons (7 December): reasons a case
system writes in capitals stay readable and apart (masked, "Tappad Kontakt" and
"Offentlig Sektor" were one "[…] […]" that one mapping took together), and names
written otherwise than "Anna Svensson" are masked too."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.participant_free_text import mask_name_runs
from amp_desktop.core.personal import MASK
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date
_HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]


@pytest.mark.parametrize(
    "reason",
    [
        "Tappad Kontakt",
        "Saknar Kontakt",
        "Kontakt Bruten",
        "Personliga Skäl",
        "Ingen Anledning Angiven",
        "Ej Aktuell Längre",
        "Offentlig Sektor",
        "Anställd Privat Sektor",
        "Utskriven Ur Insats",
        "Psykisk Ohälsa",
        "Medicinska Skäl",
        "Dömd Fängelse",
        "Lost Contact",
        "Personal Reasons",
        "Full Time Work",
        "Part Time Work",
        "PERSONLIGA SKÄL",
    ],
)
def test_a_reason_written_in_capitals_is_not_taken_for_a_name(reason):
    assert mask_name_runs(reason) == reason


@pytest.mark.parametrize(
    "reason",
    [
        "Åter till AF",
        "Åter Till AF",
        "Arbete Hos Arbetsgivare",
        "Studier Komvux",
        "Flytt Till Annan Kommun",
        "ARBETE",
        "ARBETE UTAN STÖD",
        "Eget Företag",
        "EGET FÖRETAG",
        "per år",
        "klara sig själv",
        "hans arbete",
        "per person",
        "bo hos föräldrar",
        "Arbete hos Svensson",  # a surname alone is not told from an employer
    ],
)
def test_reasons_as_case_systems_write_them_are_still_shown_as_they_are(reason):
    assert mask_name_runs(reason) == reason


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        ("ANNA SVENSSON", f"{MASK} {MASK}"),
        ("anna svensson", f"{MASK} {MASK}"),
        ("Flyttade - anna-karin lindberg", f"Flyttade - {MASK} {MASK}"),
        ("Svensson, Anna", f"{MASK}, {MASK}"),
        ("Flyttade – Svensson, Anna", f"Flyttade – {MASK}, {MASK}"),
        ("A. Svensson", f"{MASK}. {MASK}"),
        ("Avbrott, ringt B. Lindqvist", f"Avbrott, ringt {MASK}. {MASK}"),
    ],
)
def test_a_name_written_surname_first_with_an_initial_or_in_lower_case_is_masked(reason, shown):
    """ "Svensson, Anna" showed "Svensson", "A. Svensson" and "anna svensson" all of it."""
    assert mask_name_runs(reason) == shown


def test_two_unrecognised_reasons_in_capitals_are_mapped_apart(example_path, tmp_path, capsys):
    """Both were shown as "[…] […]" (2): mapped once, lost contact and a job in the
    public sector became one outcome."""
    rows = [
        ["850101-1236", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Tappad Kontakt"],
        ["9001011239", "Atlas", D(2024, 1, 9), D(2024, 2, 1), "Offentlig Sektor"],
        ["121212-1212", "Atlas", D(2024, 1, 10), D(2024, 2, 1), "Offentlig Sektor"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [_HEADER, *rows]})
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, listing, "participants")
    assert preview.unmapped_reasons == {"Offentlig Sektor": 2, "Tappad Kontakt": 1}
    mapping = tmp_path / "m.json"
    reasons = {"Tappad Kontakt": "interrupted", "Offentlig Sektor": "work"}
    mapping.write_text(json.dumps({"reasons": reasons}), encoding="utf-8")
    capsys.readouterr()
    args = ["import", str(example_path), str(listing), "--json", "--mapping", str(mapping)]
    assert main(args) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["exit_reasons"] == {"Offentlig Sektor": "Work", "Tappad Kontakt": "Interrupted"}
