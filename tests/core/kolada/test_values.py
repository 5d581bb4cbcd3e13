"""Files saved from Kolada: the v3 JSON, v2's, and kolada.se's CSV (long and wide)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.core.kolada.values import KoladaFileError, read_csv, read_json, read_values_file

V3 = {
    "values": [
        {
            "kpi": "U40455",
            "municipality": "1980",
            "period": 2023,
            "values": [
                {"gender": "T", "count": 1, "status": "", "value": 31.2},
                {"gender": "K", "count": 1, "status": "", "value": 29.0},
                {"gender": "M", "count": 1, "status": "", "value": None},
            ],
        }
    ],
    "count": 1,
    "next_url": None,
}


def test_v3_json() -> None:
    page = read_json(json.dumps(V3))
    assert [(v.kpi, v.municipality, v.year, v.gender, v.value) for v in page.values] == [
        ("U40455", "1980", 2023, "T", 31.2),
        ("U40455", "1980", 2023, "K", 29.0),
        ("U40455", "1980", 2023, "M", None),
    ]
    assert page.next_url is None


def test_v2_json_with_gender_f_and_next_page() -> None:
    v2 = {
        "values": [
            {
                "kpi": "N40008",
                "municipality": "2580",
                "period": "2021",
                "values": [{"gender": "F", "count": 1, "status": "", "value": 1200}],
            }
        ],
        "next_page": "http://api.kolada.se/v2/data?page=2",
    }
    page = read_json(json.dumps(v2))
    assert [(v.gender, v.value, v.year) for v in page.values] == [("K", 1200.0, 2021)]
    assert page.next_url == "http://api.kolada.se/v2/data?page=2"


def test_a_list_of_saved_pages() -> None:
    second = json.loads(json.dumps(V3))
    second["values"][0]["period"] = 2024
    page = read_json(json.dumps([V3, second]))
    assert {v.year for v in page.values} == {2023, 2024}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{ nope", "not valid JSON"),
        ('{"rows": []}', "no list of values"),
        ('{"values": [{"kpi": "U40455", "municipality": "1980", "values": []}]}', "no year"),
        (
            '{"values": [{"kpi": "U40455", "municipality": "1980", "period": 2023,'
            ' "values": [{"gender": "X", "value": 1}]}]}',
            "unknown gender",
        ),
    ],
)
def test_bad_json_is_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(KoladaFileError, match=message) as raised:
        read_json(text)
    assert "\n" not in str(raised.value)


def test_long_csv_swedish_semicolons_decimal_commas() -> None:
    text = (
        "Nyckeltal id;Nyckeltal;Kommun-id;Kommun;År;Kön;Värde\n"
        "U40455;Resultat vid avslut;1980;Västerås;2023;Totalt;31,2\n"
        "U40455;Resultat vid avslut;1980;Västerås;2023;Kvinnor;29,0\n"
        "U40455;Resultat vid avslut;180;Stockholm;2023;Män;\n"
    )
    page = read_csv(text)
    assert [(v.municipality, v.gender, v.value) for v in page.values] == [
        ("1980", "T", 31.2),
        ("1980", "K", 29.0),
        ("0180", "M", None),  # the leading zero a spreadsheet dropped is put back
    ]


def test_wide_csv_with_a_column_per_year_and_the_id_in_the_title() -> None:
    text = (
        "Nyckeltal,Kommun id,Kommun,2021,2022,2023\n"
        '"N40008 Kostnad arbetsmarknadsåtgärder, kr/inv",1980,Västerås,1100,"1 250",1300.5\n'
    )
    page = read_csv(text)
    assert [(v.kpi, v.year, v.value, v.gender) for v in page.values] == [
        ("N40008", 2021, 1100.0, "T"),
        ("N40008", 2022, 1250.0, "T"),
        ("N40008", 2023, 1300.5, "T"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("a;b;c\n1;2;3\n", "KPI id column"),
        ("kpi;municipality;year\nU40455;1980;2023\n", "neither a value column"),
        ("kpi;municipality;year;value\nU40455;1980;20x3;3\n", "Line 2: the year"),
        ("kpi;municipality;gender;year;value\nU40455;1980;Okänt;2023;3\n", "Line 2"),
        (
            "kpi;municipality;year;value\nU40455;1980;2023;3\nU40455;1980;2024;abc\n",
            "Line 3: “abc”",
        ),
        ("Nyckeltal,Kommun id,2023\nU40455,1980,n/a\n", "Line 2: “n/a” is not a number"),
        ("kpi;municipality;year;value;count\nU40455;1980;2023;3;tre\n", "Line 2: “tre”"),
    ],
)
def test_bad_csv_is_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(KoladaFileError, match=message):
        read_csv(text)


def test_a_value_that_is_no_number_refuses_the_file_where_kolada_marks_are_none() -> None:
    """ "abc" as a value was stored as a missing value: a damaged file looked like a
    year without figures."""
    answer = json.loads(json.dumps(V3))
    answer["values"][0]["values"][1]["value"] = "abc"
    with pytest.raises(KoladaFileError, match="U40455 for 1980 in 2023: “abc” is not a number"):
        read_json(json.dumps(answer))
    for mark in ("", "-", "..", "…", None):
        answer["values"][0]["values"][1]["value"] = mark
        assert read_json(json.dumps(answer)).values[1].value is None


def test_files_are_read_by_content(tmp_path: Path) -> None:
    saved = tmp_path / "answer.txt"
    saved.write_text(json.dumps(V3), encoding="utf-8")
    assert len(read_values_file(saved).values) == 3
    exported = tmp_path / "export.csv"
    exported.write_bytes(
        "Nyckeltal id;Kommun-id;År;Värde\nU40455;1980;2023;31,2\n".encode("cp1252")
    )
    assert [v.value for v in read_values_file(exported).values] == [31.2]
    with pytest.raises(KoladaFileError, match="Cannot read"):
        read_values_file(tmp_path / "missing.json")
