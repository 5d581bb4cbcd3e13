"""The Swedish cell-text parser, on every row of the Västerås table and edge cases."""

from __future__ import annotations

import csv

import pytest

from amp_desktop.core import parse
from amp_desktop.core.domain import ProgrammeType, SourceLink, SourceRole
from amp_desktop.resources import resource_path

MAIN, FALLBACK = SourceRole.MAIN, SourceRole.FALLBACK

# Expected parse of every row: name → (places, budgeted, note, sources, type).
EXPECTED = {
    "Atlas": (30, None, "", [("Arenan", MAIN), ("AF", MAIN), ("SKE", MAIN)], "secondary"),
    "C2C": (30, None, "", [("IND", MAIN)], "primary"),
    "Etablering/Kommun": (24, 10, "", [("AF", MAIN), ("AME", FALLBACK)], "primary"),
    "ESF/SALT (ESF projekt 2020-07-01--2022-12-319)": (
        50,
        None,
        "max 84 under hela projektperioden",
        [("SKE", MAIN)],
        "secondary",
    ),
    "Etablering/Privat": (24, 10, "", [("AF", MAIN), ("AME", FALLBACK)], "primary"),
    "Extratjänst": (50, None, "", [("AF", MAIN)], "primary"),
    "Introduktionsanställning": (10, 0, "", [("AF", MAIN), ("AME", FALLBACK)], "primary"),
    "JOB": (50, 40, "", [("AF", MAIN)], "secondary"),
    "Jobbfokus/Spira": (
        60,
        None,
        "",
        [("AF", MAIN), ("Särskola", MAIN), ("LSS", MAIN), ("Regionen", MAIN)],
        "secondary",
    ),
    "Krami": (20, None, "", [("AF", MAIN)], "primary"),
    "OSA": (60, None, "", [("AF", MAIN), ("SKE", FALLBACK)], "primary"),
    "Personligt biträde (ARB)": (20, 15, "", [("AF", MAIN), ("FK", FALLBACK)], "secondary"),
    "SESAM": (50, None, "", [("SKE", MAIN)], "primary"),
    "SKE-Rehab": (60, None, "", [("SKE", MAIN)], "secondary"),
    "SKE/Rusta/Matcha": (80, None, "", [("SKE", MAIN)], "primary"),
    "Sommarlovsentreprenörer (SLE)": (40, None, "", [("IND", MAIN)], "secondary"),
    "Sommarsysselsättning /Allegro - Feriepraktik": (660, None, "", [("IND", MAIN)], "secondary"),
    "Trygghetsanställda": (40, None, "", [("AF", MAIN), ("SKE", FALLBACK)], "secondary"),
    "Ungresurs rekryteringsplatser": (10, None, "", [("AME", MAIN), ("SKE", FALLBACK)], "primary"),
    "VIA": (10, None, "", [("IND", MAIN), ("SKE", MAIN), ("AF", MAIN)], "secondary"),
    "Välfärdsjobb": (50, None, "", [("SKE", MAIN)], "primary"),
}


def _rows() -> list[dict[str, str]]:
    path = resource_path("example", "vasteras-2021-programmes.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_row_is_covered() -> None:
    assert sorted(row["Insats"] for row in _rows()) == sorted(EXPECTED)


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row["Insats"])
def test_row_parses_as_expected(row: dict[str, str]) -> None:
    places, budgeted, note, sources, kind = EXPECTED[row["Insats"]]
    parsed_places = parse.parse_places(row["Antal platser"])
    assert (parsed_places.places, parsed_places.budgeted_places) == (places, budgeted)
    assert parsed_places.note == note
    parsed_sources = parse.parse_sources(row["Anvisning"])
    assert list(parsed_sources.links) == [SourceLink(code, role) for code, role in sources]
    assert parsed_sources.unknown == ()
    assert parse.parse_type(row["Typ av insats"]) is ProgrammeType(kind)


def test_fallback_explanation_is_kept_as_note() -> None:
    parsed = parse.parse_sources("AF (AME om platser från AF ej fylls)")
    assert parsed.links == (SourceLink("AF", MAIN), SourceLink("AME", FALLBACK))
    assert parsed.note == "om platser från AF ej fylls"


def test_unknown_sources_are_reported_not_dropped() -> None:
    parsed = parse.parse_sources("AF, Stadsmissionen")
    assert parsed.unknown == ("Stadsmissionen",)
    assert SourceLink("Stadsmissionen", MAIN) in parsed.links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 200 000 kr", 1_200_000),
        ("1\u00a0200\u00a0000 kr", 1_200_000),
        ("1\u202f200\u202f000", 1_200_000),
        ("1.200.000", 1_200_000),
        ("1 200 000:-", 1_200_000),
        ("450 tkr", 450_000),
        ("1,5 mkr", 1_500_000),
        ("", None),
        (1200000, 1_200_000),
        (655.0, 655),
        ("\u2212500 kr", -500),
    ],
)
def test_money(text: object, expected: int | None) -> None:
    assert parse.parse_money(text) == expected


@pytest.mark.parametrize("text", ["tolv tusen", "12,50 kr", "1.200,5 kr", "kr"])
def test_money_that_is_not_certain_is_refused(text: str) -> None:
    with pytest.raises(parse.ParseError):
        parse.parse_money(text)


@pytest.mark.parametrize("text", ["", "budget 10", "24 (budget", "tjugo", 2.5])
def test_places_refuses_what_it_cannot_read(text: object) -> None:
    with pytest.raises(parse.ParseError):
        parse.parse_places(text)


def test_name_with_project_period_and_a_bad_end_date() -> None:
    period = parse.parse_name_period("ESF/SALT (ESF projekt 2020-07-01--2022-12-319)")
    assert period.name == "ESF/SALT"
    assert period.start_date == "2020-07-01"
    assert period.end_date is None  # "2022-12-319" is not a date: not guessed
    assert "2022-12-319" in period.note


def test_numbers_dates_months_and_ages() -> None:
    assert parse.parse_decimal("2,5") == 2.5
    assert parse.parse_int("1 200") == 1200
    assert parse.parse_int(12.0) == 12
    with pytest.raises(parse.ParseError):
        parse.parse_int("2,5")
    assert parse.parse_months("6, 7,8") == (6, 7, 8)
    with pytest.raises(parse.ParseError):
        parse.parse_months("13")
    assert parse.parse_date("2026-01-31") == "2026-01-31"
    with pytest.raises(parse.ParseError):
        parse.parse_date("31/1 2026")
    assert parse.parse_age_limits("Ungdomar mellan 16-25 år, som") == (16, 25)
    assert parse.parse_age_limits("Åldersspann 19-29 år.") == (19, 29)
    assert parse.parse_age_limits("inga åldrar") is None


def test_two_bracket_groups_are_two_fallbacks_not_one_glued_name() -> None:
    """``AF (SKE) (FK)`` became one invented fallback source ``SKEFK``."""
    parsed = parse.parse_sources("AF (SKE) (FK)")
    assert [(link.source, link.role) for link in parsed.links] == [
        ("AF", SourceRole.MAIN),
        ("SKE", SourceRole.FALLBACK),
        ("FK", SourceRole.FALLBACK),
    ]
    assert parsed.unknown == ()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-3-1", "2024-03-01"),
        ("2024-03-1", "2024-03-01"),
        (" 2024.3.31 ", "2024-03-31"),
        ("2024/12/1", "2024-12-01"),
        ("20240301", "2024-03-01"),
        ("2024-3-1 08:30", "2024-03-01"),
        ("2024-03-01T08:30:15.5", "2024-03-01"),
    ],
)
def test_a_date_written_year_first_is_read_with_or_without_leading_zeros(
    text: str, iso: str
) -> None:
    """One reader for every typed date (editor, programme sheets, participant lists):
    "2024-3-1" was refused although it can be only one day."""
    assert parse.parse_date(text) == iso
    assert parse.date_of_text(text).isoformat() == iso


@pytest.mark.parametrize(
    "text", ["1/3/2024", "01.04.2024", "2024-3/1", "2024-2-30", "2024-13-1", "24-3-1", "2024-3"]
)
def test_a_date_that_is_not_year_first_or_not_a_day_is_refused(text: str) -> None:
    with pytest.raises(parse.ParseError, match="YYYY-MM-DD"):
        parse.parse_date(text)


@pytest.mark.parametrize(
    ("typed", "lang", "read"),
    [
        # English: the point is the decimal sign, a comma before three digits groups.
        ("1,200,000", "en", 1_200_000.0),
        ("1,200.5", "en", 1200.5),
        ("2.5", "en", 2.5),
        ("1.200", "en", 1.2),
        ("1,000", "en", 1000.0),
        ("1 200.5", "en", 1200.5),
        ("+5", "en", 5.0),
        ("-1,200", "en", -1200.0),
        # Swedish: the comma is the decimal sign, a space or point groups.
        ("1,000", "sv", 1.0),
        ("1 200,5", "sv", 1200.5),
        ("1.200", "sv", 1200.0),
        ("2.5", "sv", 2.5),
        # In either language, of a comma and a point the later is the decimal sign.
        ("1.200,5", "sv", 1200.5),
        ("1.200,5", "en", 1200.5),
        ("1,200.5", "sv", 1200.5),
    ],
)
def test_typed_numbers_are_read_in_the_window_language(typed: str, lang: str, read: float) -> None:
    assert parse.parse_decimal(parse.typed_number_text(typed, lang)) == read


@pytest.mark.parametrize("typed", ["1,,5", "1.200.000", "many", "1,200.5.3"])
def test_typed_numbers_that_are_not_numbers_are_refused_in_english(typed: str) -> None:
    with pytest.raises(parse.ParseError):
        parse.parse_decimal(parse.typed_number_text(typed, "en"))


def test_typed_money_in_english_keeps_its_unit() -> None:
    assert parse.parse_money(parse.typed_number_text("1,200,000 kr", "en")) == 1_200_000
    assert parse.parse_money(parse.typed_number_text("450 tkr", "en")) == 450_000
    assert parse.parse_share(parse.typed_number_text("48.5 %", "en")) == 0.485


@pytest.mark.parametrize("typed", ["+", "+ ", "+-5", "+−5"])
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_a_plus_without_a_number_is_refused_not_read_as_empty(typed: str, lang: str) -> None:
    """A lone "+" came back as "", which every reader takes for an empty field: typed
    into the editor it cleared the budget, into the forecast grid the referrals."""
    for read in (parse.parse_money, parse.parse_int, parse.parse_decimal, parse.parse_share):
        with pytest.raises(parse.ParseError):
            read(parse.typed_number_text(typed, lang))


@pytest.mark.parametrize("text", ["2026-02-30", "2025-02-29", "2026-04-31", "2026-13-01"])
def test_a_date_written_as_asked_but_not_in_the_calendar_says_so(text: str) -> None:
    """ "2026-02-30" is written YYYY-MM-DD: being told to write it so was no help."""
    with pytest.raises(parse.ParseError) as raised:
        parse.parse_date(text)
    assert str(raised.value) == (
        f"Date: there is no {text} in the calendar; check the month and the day (YYYY-MM-DD)."
    )
    assert parse.parse_date("2024-02-29") == "2024-02-29"  # (a leap year has it)
