"""The quick paths of the participant reader and the counting give what the plain ones
gave: values converted once per distinct value stay apart by type, a person seen with
two genders counts once in all and once under each, and an identity number's century
follows the year it is read in."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.excel.participants import SYNONYMS, identity_facts, read_participants
from amp_desktop.core.excel.read import find_header
from amp_desktop.core.results.aggregate import ALL_PROGRAMMES, Enrolment, aggregate

D = dt.date


def _read(rows):  # type: ignore[no-untyped-def]
    found = find_header(rows, SYNONYMS)
    assert found is not None
    header_row, mapping = found
    return read_participants(rows, "L", header_row, mapping, {"jobbspår": 1}.get)


def test_equal_values_of_other_types_are_read_each_as_itself() -> None:
    rows = [
        ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"],
        ["jobbspår", True, None, None, "K"],  # a truth value is not a date
        ["jobbspår", 1, None, None, "K"],  # serial 1 is 1899-12-31: out of range
        ["jobbspår", 1.0, None, None, "K"],
        ["jobbspår", 45_658, 45_658.0, "Arbete", "k"],  # 2025-01-01, twice
        ["jobbspår", "45658", None, None, "K"],  # text that is no ISO date
        ["jobbspår", D(2025, 1, 1), None, None, "X"],  # not a gender
        ["jobbspår", D(2025, 1, 1), None, None, "K"],
    ]
    result = _read(rows)
    messages = [(p.where, p.message) for p in result.problems]
    assert messages == [
        ("L!B2", "the start is not a date."),
        ("L!B3", "a date must be between 1990 and 2100."),
        ("L!B4", "a date must be between 1990 and 2100."),
        ("L!B6", "the start is not a date."),
        ("L!E7", "“X” is not a gender AMP knows (K or M)."),
    ]
    assert [(e.start, e.end, e.reason, e.gender) for e in result.enrolments] == [
        (D(2025, 1, 1), D(2025, 1, 1), "work", "K"),
        (D(2025, 1, 1), None, None, "K"),
    ]


def test_a_person_seen_with_two_genders_counts_once_in_all() -> None:
    made = [
        Enrolment(1, D(2024, 2, 1), D(2024, 3, 1), "work", "K", person="a"),
        Enrolment(1, D(2024, 5, 1), None, None, "M", person="a"),
        Enrolment(2, D(2024, 6, 1), None, None, "", person="a"),
        Enrolment(2, D(2024, 6, 1), None, None, "M", person="b"),
        Enrolment(2, D(2024, 7, 1), None, None, "M"),  # no person: not counted
    ]
    counted = aggregate(made, "2024-01", "2024-12")
    assert counted.persons == {
        (2024, 1, ""): 1,
        (2024, 1, "K"): 1,
        (2024, 1, "M"): 1,
        (2024, 2, ""): 2,
        (2024, 2, "M"): 1,
        (2024, ALL_PROGRAMMES, ""): 2,
        (2024, ALL_PROGRAMMES, "K"): 1,
        (2024, ALL_PROGRAMMES, "M"): 2,
    }


def test_a_ten_digit_number_takes_the_century_of_the_year_it_is_read_in() -> None:
    assert identity_facts("100101-2382", this_year=2030) == (D(2010, 1, 1), "K")
    assert identity_facts("100101-2382", this_year=2009) == (D(1910, 1, 1), "K")
    assert identity_facts("20100101-2382", this_year=2009) == (D(2010, 1, 1), "K")


def test_a_participant_list_is_checked_once_per_import(
    make_catalogue, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.domain import Programme
    from amp_desktop.core.excel import importer, readers
    from amp_desktop.core.excel.safety import check_workbook_file
    from tests.participant_lists import participant_rows, write_list

    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10))
    listing = write_list(tmp_path / "deltagare.xlsx", participant_rows(["Jobbspår"], 20))
    checks: list[object] = []

    def counted(path):  # type: ignore[no-untyped-def]
        checks.append(path)
        return check_workbook_file(path)

    monkeypatch.setattr(importer, "check_workbook_file", counted)
    monkeypatch.setattr(readers, "check_workbook_file", counted)
    preview = importer.analyse(catalogue, listing, kind="participants")
    assert preview.results is not None and preview.results.after
    assert len(checks) == 1  # the checked path is handed on, not checked again


def test_identity_numbers_read_by_position_tell_what_the_general_reading_tells() -> None:
    import random

    from amp_desktop.core.excel.participant_values import _identity, identities
    from tests.participant_lists import identity_number

    rng = random.Random(4)
    values: set[object] = {identity_number(rng, rng.randrange(4)) for _ in range(400)}
    values |= {
        "850312-2387", "8503122387", "19850312-2387", "198503122387", "850312+2387",
        "19850312+2387", "850372-2384",  # a samordningsnummer (day + 60)
        "850312-2388", "8503122388",  # a wrong check digit
        "000230-2388", "20000230-2388",  # 30 February: a number, no date, no person
        "850312-238", "850312--2387", "85031223877", "21850312-2387", "17850312-2387",
        "8503l22387", "８５０３１２２３８７", "850312 2387", " 850312-2387", "850312–2387",
        "1985-03-12-2387", "85.03.12-2387", 8503122387.0, 198503122387, True, None, "",
        "100101-2382", "100101+2382",  # the century from the year read, a plus a hundred more
    }  # fmt: skip
    salt = b"s" * 16
    fast = identities(values, salt, 2026)
    assert fast == {value: _identity(value, salt, 2026) for value in values}
    assert fast["850312-2387"][2] == fast["19850312-2387"][2] == fast["8503122387"][2]
    assert fast["850312-2387"][:2] == (D(1985, 3, 12), "K")
    assert fast["850372-2384"][0] == D(1985, 3, 12)
    assert fast["850312-2388"] == fast[None] == (None, "", None, None)
    assert fast["000230-2388"] == fast["20000230-2388"] == (None, "K", None, None)
    assert fast["100101+2382"][0] == D(1910, 1, 1)


def test_reading_column_by_column_keeps_the_order_of_problems_and_duplicates() -> None:
    rows = [
        ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"],
        ["850312-2387", "jobbspår", D(2025, 1, 1), D(2025, 2, 1), "Arbete", "K"],
        ["850312-2387", "jobbspår", D(2025, 1, 1), D(2025, 2, 1), "Arbete", "K"],  # twice
        [None, "jobbspår", D(2025, 3, 1), D(2025, 2, 1), "Arbete", "K"],  # end before start
        [None, "okänd", D(2025, 3, 1), None, None, "M"],  # not in the catalogue
        [None, "jobbspår", D(2025, 3, 1), D(2025, 4, 1), "Blå lapp", "M"],  # to map
        [None, None, None, None, None, None],  # empty: skipped
        ["19850312-2387", "jobbspår", D(2025, 1, 1), D(2025, 2, 1), "Arbete", "K"],  # 3rd
        [None, "jobbspår", D(2025, 5, 1)],  # a short row: running
    ]
    result = _read(rows)
    assert [(p.where, p.message) for p in result.problems] == [
        ("L!C3", "the same enrolment twice."),
        ("L!D4", "the end is before the start."),
        ("L!C8", "the same enrolment twice."),
    ]
    assert dict(result.unmatched_programmes) == {"okänd": 1}
    assert dict(result.unmapped_reasons) == {"Blå lapp": 1}
    assert [(e.start, e.end, e.reason, e.gender, e.age_band) for e in result.enrolments] == [
        (D(2025, 1, 1), D(2025, 2, 1), "work", "K", "30-49"),
        (D(2025, 5, 1), None, None, "", ""),
    ]
    assert (result.first_month, result.last_month) == ("2025-01", "2025-05")


def test_the_rows_in_order_are_the_rows_sorted() -> None:
    made = [
        Enrolment(2, D(2024, 2, 1), D(2024, 3, 20), "work", "K", "AM1", "25-29", "a"),
        Enrolment(1, D(2024, 1, 15), None, None, "M", "", "", "b"),
        Enrolment(1, D(2024, 1, 15), D(2024, 1, 15), "studies", "", "AM3", "50-", "c"),
    ]
    counted = aggregate(made, "2024-01", "2024-06")
    assert counted.sorted_rows() == sorted(counted.rows()) and len(counted.sorted_rows()) > 10


def test_the_cycle_collector_waits_while_a_list_is_read_and_runs_again_after(
    make_catalogue, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import gc

    from amp_desktop.core.domain import Programme
    from amp_desktop.core.excel import importer, participants_import
    from tests.participant_lists import participant_rows, write_list

    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10))
    listing = write_list(tmp_path / "deltagare.xlsx", participant_rows(["Jobbspår"], 20))
    seen: list[bool] = []
    real = participants_import.read_participants

    def reading(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(participants_import, "read_participants", reading)
    assert gc.isenabled()
    importer.analyse(catalogue, listing, kind="participants")
    assert seen == [False] and gc.isenabled()

    def failing(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise ValueError("a fault while reading")

    monkeypatch.setattr(participants_import, "read_participants", failing)
    with pytest.raises(ValueError, match="a fault while reading"):
        importer.analyse(catalogue, listing, kind="participants")
    assert gc.isenabled()  # on again after a failure too
