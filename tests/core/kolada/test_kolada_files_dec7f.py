"""Files saved from Kolada with a place no municipality has, or a number no figure can
be: refused in one line naming the line or value, nothing stored (7 December, files)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.core.kolada.changes import read_import
from amp_desktop.core.kolada.values import KoladaFileError, read_csv, read_json

HEADER = "Nyckeltal id;Kommun-id;År;Kön;Värde;Antal\n"


def _answer(municipality: object, value: str = "41.5", count: str = "null") -> str:
    item = (
        f'{{"kpi": "U40455", "municipality": {json.dumps(municipality)}, "period": 2024, '
        f'"values": [{{"gender": "T", "count": {count}, "status": "", "value": {value}}}]}}'
    )
    return f'{{"values": [{item}]}}'


@pytest.mark.parametrize("code", ["9999", "1990", "0002", "00190", "Västerås", "G1x"])
def test_a_csv_line_for_a_code_no_municipality_has_is_refused_naming_it(code):
    """A hand-edited CSV's "9999" was stored as a place the figures never show."""
    text = HEADER + f"U40455;1980;2024;T;41,5;\nU40455;{code};2024;T;12,0;\n"
    with pytest.raises(KoladaFileError) as raised:
        read_csv(text)
    assert str(raised.value) == (
        f"Line 3: no Swedish municipality or county has the code “{code}” "
        "(column “Kommun-id”); nothing was imported."
    )


def test_a_json_value_for_a_code_no_municipality_has_is_refused_naming_it():
    with pytest.raises(KoladaFileError) as raised:
        read_json(_answer("9999"))
    assert str(raised.value) == (
        "Value 1 of the file is for “9999” (“municipality”), which no Swedish "
        "municipality or county has; nothing was imported."
    )


@pytest.mark.parametrize(
    ("code", "stored"),
    [
        ("1980", "1980"),
        ("180", "0180"),  # a code Excel shortened gets its zero back
        ("0019", "0019"),  # Västmanlands län
        ("0009", "0009"),  # Gotlands län
        ("0000", "0000"),  # the country
        ("G100002", "G100002"),  # a group (their ids change every year)
    ],
)
def test_every_place_kolada_publishes_is_still_read(code, stored):
    assert [v.municipality for v in read_json(_answer(code)).values] == [stored]
    text = HEADER + f"U40455;{code};2024;T;41,5;\n"
    assert [v.municipality for v in read_csv(text).values] == [stored]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1e400", "1e400"),
        ("-1E400", "-1E400"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1" + "0" * 5000, "1" + "0" * 39),
    ],
)
def test_a_json_value_no_number_can_be_is_refused_not_stored_as_missing(written, shown):
    """1e400 is infinite as a float, NaN is JSON's "not a number": both were read as
    "not published" and stored so, silently (a 5,000-digit number was a traceback)."""
    with pytest.raises(KoladaFileError) as raised:
        read_json(_answer("1980", written))
    assert str(raised.value) == (
        f"The value of U40455 for 1980 in 2024: “{shown}” is not a number."
    )


@pytest.mark.parametrize("count", ["1e300", "12,5", "-3"])
def test_a_csv_count_that_is_no_count_is_refused(count):
    """A count of 1e300 passed the reader and failed the store with a traceback."""
    with pytest.raises(KoladaFileError) as raised:
        read_csv(HEADER + f"U40455;1980;2024;T;41,5;{count}\n")
    assert str(raised.value) == (
        f"Line 2: the count “{count}” is not a whole number of 0 or more (column “Antal”)."
    )


def test_a_json_count_too_long_for_a_number_is_left_out():
    (value,) = read_json(_answer("1980", count="1" + "0" * 30)).values
    assert (value.value, value.count) == (41.5, None)


def test_the_import_of_a_file_with_an_unknown_place_changes_nothing(example, tmp_path):
    saved = tmp_path / "kolada.csv"
    saved.write_text(HEADER + "U40455;1980;2024;T;41,5;\nU40455;1234;2024;T;12;\n")
    before = example.kolada_rows()
    with pytest.raises(KoladaFileError, match="Line 3: .*“1234”"):
        read_import(example, saved)
    assert example.kolada_rows() == before


def test_a_good_file_still_imports(example, tmp_path: Path):
    saved = tmp_path / "kolada.csv"
    saved.write_text(HEADER + "U40455;1980;2024;T;41,5;120\nU40455;0000;2024;T;35;\n")
    found = read_import(example, saved)
    example.apply(found.change)
    assert sorted(r[:6] for r in example.kolada_rows()) == [
        ("U40455", "0000", 2024, "T", 35.0, None),
        ("U40455", "1980", 2024, "T", 41.5, 120),
    ]
