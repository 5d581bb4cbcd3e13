"""Personal data a participant list holds where AMP does not look first: a listed
person's name in an exit reason AMP recognises, an identity number in the programme
cell, and a 10-digit identity number in a number cell that lost its leading zero."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.participant_values import _identity, identities, identity_facts
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.personal import MASK
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date


def _kept(folder: Path) -> bytes:
    """Every byte AMP wrote beside the catalogue, and the catalogue's rows as SQL text."""
    data = [p.read_bytes() for p in folder.rglob("*.amp*") if p.is_file()]
    for path in folder.rglob("*.amp"):
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            data.append("\n".join(conn.iterdump()).encode())
    return b"".join(data)


def test_a_listed_name_in_an_exit_reason_amp_recognises_is_masked_where_it_is_shown(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["850101-1236", "Anna Svensson", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["121212+1212", "Bertil Lindqvist", "Atlas", D(2024, 1, 9), D(2024, 3, 1),
         "Flyttade – Anna Svensson"],
        ["9001722389", "Cecilia Berg", "Krami", D(2024, 2, 1), D(2024, 3, 3),
         "Avbrott, ringt Bertil"],
    ]  # fmt: skip
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    preview = _preview(example_path, listing)
    assert preview.reasons == {
        "Arbete": "Work",
        f"Avbrott, ringt {MASK}": "Interrupted",
        f"Flyttade – {MASK} {MASK}": "Interrupted",
    }
    capsys.readouterr()
    args = ["import", str(example_path), str(listing), "--json"]
    for run in ([*args, "--dry-run"], args):
        assert main(run) == 0
        out, err = capsys.readouterr()
        assert json.loads(out)["exit_reasons"][f"Flyttade – {MASK} {MASK}"] == "Interrupted"
        for text in ("Anna", "Svensson", "Bertil", "Lindqvist", "Cecilia"):
            assert text not in out + err, text
    data = _kept(tmp_path)
    for text in ("Anna", "Svensson", "Bertil", "8501011236", "850101-1236"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data, text


def _preview(catalogue: Path, listing: Path) -> ImportPreview:
    """The preview of importing *listing* into *catalogue*, the catalogue closed after."""
    opened = Catalogue.open(catalogue)
    try:
        return analyse(opened, listing, "participants")
    finally:
        opened.close()


def test_an_identity_number_in_the_programme_cell_is_listed_masked_and_mapped_so(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["Atlas 850101-1236", D(2024, 1, 9), D(2024, 2, 1), "Arbete"],
        ["Atlas 19900101-1239", D(2024, 1, 10), D(2024, 2, 1), "Arbete"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    before = example_path.read_bytes()
    capsys.readouterr()
    args = ["import", str(example_path), str(listing), "--json"]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["unmatched_programmes"] == [f"Atlas {MASK}"]
    problems = [p["message"] for p in json.loads(out)["problems"]]
    assert f"“Atlas {MASK}” (2 enrolments) is not a programme in the catalogue; map it to one." in (
        problems
    )
    for text in ("850101", "8501011236", "19900101", "900101-1239"):
        assert text not in out + err, text
    assert example_path.read_bytes() == before
    # Mapped as it is shown (the window's mapping table, a mapping file).
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"programmes": {f"Atlas {MASK}": "Atlas"}}), encoding="utf-8")
    assert main([*args, "--mapping", str(mapping)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["results"][0]["exits"] == [0, 3]
    for text in ("850101", "8501011236", "19900101", "900101-1239"):
        assert text not in out + err, text
        assert text.encode() not in _kept(tmp_path), text


def test_a_ten_digit_identity_number_in_a_number_cell_keeps_its_leading_zero() -> None:
    # 050101-1233 typed into a number cell is 501011233: a person born in 2005.
    assert identity_facts(501011233, this_year=2026) == (D(2005, 1, 1), "M")
    assert identity_facts(501011233.0, this_year=2026) == (D(2005, 1, 1), "M")
    assert identity_facts(501011234, this_year=2026) == (None, "")  # check digit wrong
    assert identity_facts(12345678, this_year=2026) == (None, "")  # too short to be one
    salt = b"s" * 16
    values: set[object] = {501011233, "0501011233", "050101-1233", "20050101-1233"}
    read = identities(values, salt, 2026)
    assert read == {value: _identity(value, salt, 2026) for value in values}
    assert len({who[2] for who in read.values()}) == 1  # one person, however written
    assert read[501011233][:2] == (D(2005, 1, 1), "M")


def test_a_number_cell_identity_that_lost_its_zero_gives_gender_age_and_a_person(
    example_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        [501011233, "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["050101-1233", "Krami", D(2024, 3, 1), D(2024, 4, 1), "Arbete"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    preview = _preview(example_path, listing)
    assert not [p for p in preview.problems if "identity" in p.message]
    assert preview.results is not None
    genders = {row[2] for row in preview.results.after}
    assert genders == {"M"}
    bands = {row[4] for row in preview.results.after}
    assert "" not in bands


@pytest.mark.parametrize("header", ["Kund", "Brukare", "Klient", "Sökande", "Individ"])
def test_names_under_a_header_amp_does_not_know_are_found_by_their_values(
    header, example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    names = ["Anna Svensson", "Bertil Lindqvist", "Svensson, Cilla", "Dan af Klint", "Eva Ek"]
    rows = [
        [name, "Västra Hisingen", "Atlas", D(2024, 1, 8 + i), D(2024, 2, 1), "Konstigt: Svensson"]
        for i, name in enumerate(names)
    ]
    header_row = [header, "Stadsdel", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header_row, *rows]})
    preview = _preview(example_path, listing)
    assert preview.mapping[0] == "person_name"
    assert 1 not in preview.mapping  # the same place on every row: no person's name
    assert (
        f"Column “{header}” holds personal data: it is used only while reading, never stored."
        in (preview.summary)
    )
    assert preview.unmapped_reasons == {f"Konstigt: {MASK}": 5}
    mapping = tmp_path / "m.json"
    mapping.write_text(
        json.dumps({"reasons": {"Konstigt: Svensson": "completed"}}), encoding="utf-8"
    )
    capsys.readouterr()
    assert main(["import", str(example_path), str(listing), "--mapping", str(mapping)]) == 0
    out, err = capsys.readouterr()
    assert "Applied as one change." in out
    data = _kept(tmp_path).lower()
    for text in ("svensson", "lindqvist", "klint", "cilla", "bertil"):
        assert text.encode() not in data, text
        assert text not in (out + err).casefold(), text


def test_a_problem_repeating_a_cell_masks_the_list_s_names(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = ["Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön", "Nivå"]
    rows = [
        ["Anna Svensson", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete", "K", "AM1"],
        ["Bertil Lindqvist", "Atlas", D(2024, 1, 9), D(2024, 2, 1), "Arbete", "M", "Bertil"],
        # A row shifted one column: the name where the gender is.
        [None, "Atlas", D(2024, 1, 10), D(2024, 2, 1), "Arbete", "Anna Svensson", "AM2"],
        ["Cilla Ek", "Atlas", D(2024, 1, 11), D(2024, 2, 1), "Arbete", "Kvinnna", "AM2"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    messages = [p.message for p in _preview(example_path, listing).problems]
    assert f"“{MASK} {MASK}” is not a gender AMP knows (K or M)." in messages
    assert "“Kvinnna” is not a gender AMP knows (K or M)." in messages  # a typo is shown
    assert any(f"“{MASK}” (1) counted as not stated" in m for m in messages)
    for text in ("Anna", "Svensson", "Bertil"):
        assert not [m for m in messages if text in m], text
