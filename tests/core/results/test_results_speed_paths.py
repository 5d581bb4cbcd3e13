"""The quick paths of the participant reader and the counting give what the plain ones
gave: values converted once per distinct value stay apart by type, a person seen with
two genders counts once in all and once under each, and an identity number's century
follows the year it is read in."""

from __future__ import annotations

import datetime as dt

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
