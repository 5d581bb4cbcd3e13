"""The one identity-number check: every spelling of a personnummer or
samordningsnummer is found, ordinary numbers, dates and phone numbers are not."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from amp_desktop.core.excel.participant_values import identity_facts
from amp_desktop.core.personal import (
    MASK,
    capitalised_words,
    find_personal_id,
    has_personal_id,
    is_personal_id,
    mask_names,
    mask_personal_ids,
    names_among,
)

#: 850312-2387 (a woman born 12 March 1985) in every way it is written.
SPELLINGS = [
    "8503122387",
    "850312-2387",
    "850312+2387",  # 100 years or older
    "850312 2387",
    "850312\u00a02387",  # no-break space
    "850312–2387",  # en dash (Excel's autocorrect)
    "850312—2387",  # em dash
    "850312 – 2387",
    "850312−2387",  # minus sign
    "198503122387",
    "19850312-2387",
    "19850312 2387",
    "1985-03-12-2387",  # the date written with hyphens, then the last four
    "1985-03-12 - 2387",
    "1985.03.12-2387",
    "85-03-12-2387",
    "85.03.12-2387",
    "85/03/12-2387",
    "1985-03-12–2387",
]


@pytest.mark.parametrize("pnr", SPELLINGS)
def test_every_spelling_is_an_identity_number(pnr):
    assert is_personal_id(pnr)
    assert find_personal_id(f"Kontakt: {pnr}, tack") == pnr
    assert has_personal_id(f"Ring {pnr}.")
    assert mask_personal_ids(f"Ring {pnr} i dag") == f"Ring {MASK} i dag"
    born = dt.date(1885 if "+" in pnr else 1985, 3, 12)
    assert identity_facts(pnr, this_year=2026) == (born, "K")
    wrong = pnr[:-1] + str((int(pnr[-1]) + 1) % 10)  # the check digit is wrong
    assert not is_personal_id(wrong) and find_personal_id(f"x {wrong} y") is None


@pytest.mark.parametrize(
    "number", ["850372-2384", "8503722384", "1985-03-72-2384", "85.03.72-2384"]
)
def test_a_samordningsnummer_has_sixty_added_to_the_day(number):
    assert is_personal_id(number)
    assert identity_facts(number, this_year=2026) == (dt.date(1985, 3, 12), "K")


def test_a_number_cell_is_checked_too():
    assert is_personal_id(8503122387) and is_personal_id(8503122387.0)
    assert is_personal_id(198503122387)
    assert not is_personal_id(8503122388)


ORDINARY = [
    "1 250 000",  # a budget
    "1250000",
    "12 500 000 kr",
    "2 500 000,50",
    "1000000000",  # ten digits, not a date
    "2025-03-14",  # a date alone
    "1985-03-12",
    "85.03.12",
    "20250314",
    "12345678",  # an 8-digit phone number
    "08-123 456 78",
    "08-12345678",
    "070-123 45 67",  # a mobile number as it is written
    "070 123 45 67",
    "+46 70 123 45 67",
    "2024-01-15 1000 kr",  # a date and an amount
    "Start 2024-01-15 2387",
    "2024-01-01-2024-12-31",  # a period
    "Period 2023-05-08-2024-05-08",
    "Dnr 2024-000123",
    "Dnr KS 2024/0312",
    "Version 1.85.03.12",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_numbers_dates_and_phone_numbers_are_not(text):
    assert not is_personal_id(text)
    assert find_personal_id(f"Se {text} här") is None
    assert mask_personal_ids(text) == text


def test_no_date_with_an_amount_or_a_period_is_taken_for_one():
    """Every day of six years written before an amount or as a period start."""
    first = dt.date(2020, 1, 1)
    for day in range(0, 6 * 366, 3):
        start = first + dt.timedelta(days=day)
        end = start + dt.timedelta(days=200)
        for text in (f"Start {start} 1000 kr", f"{start}-{end}", f"{start:%y.%m.%d} 2500"):
            assert find_personal_id(text) is None, text


def _hyphenated(rng) -> str:  # type: ignore[no-untyped-def]
    from tests.excel_fixtures import fake_personal_id

    pnr = fake_personal_id(rng)  # YYYYMMDD-XXXX
    return f"{pnr[:4]}-{pnr[4:6]}-{pnr[6:]}"


def test_a_column_of_hyphenated_date_identity_numbers_is_dropped(example_path, tmp_path):
    """An unlabelled column of "1985-03-12-2387" numbers in a referral list is found
    by its format and check digit, and dropped: nothing of it reaches the file."""
    import random

    import openpyxl

    from amp_desktop.core.excel.importer import analyse
    from amp_desktop.core.store import Catalogue

    rng = random.Random(3)
    ids = [_hyphenated(rng) for _ in range(30)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part", "Kund"])
    for pnr in ids:
        ws.append([dt.datetime(2024, 1, 10), "Atlas", "AF", pnr])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        assert any("personal identity numbers" in s and "dropped" in s for s in preview.summary)
        catalogue.apply(preview.changeset("import"))
    data = example_path.read_bytes()
    assert all(pnr[-4:].encode() + b"\x00" not in data and pnr.encode() not in data for pnr in ids)


def test_a_participant_list_tells_people_apart_in_any_spelling():
    """The same person as "850312-2387" and "1985-03-12-2387" is one person."""
    from amp_desktop.core.excel.participants import SYNONYMS, read_participants
    from amp_desktop.core.excel.read import find_header

    rows = [
        ["Personnummer", "Insats", "Startdatum", "Slutdatum"],
        ["1985-03-12-2387", "Jobbspår", dt.date(2025, 1, 10), dt.date(2025, 3, 1)],
        ["850312-2387", "Jobbspår", dt.date(2025, 4, 1), None],
    ]
    found = find_header(rows, SYNONYMS)
    assert found is not None
    result = read_participants(rows, "Deltagare", found[0], found[1], lambda _n: 1, None)
    assert result.problems == [] and result.dropped == ["Personnummer"]
    assert [e.gender for e in result.enrolments] == ["K", "K"]
    assert result.enrolments[0].person == result.enrolments[1].person
    assert "2387" not in repr(result.enrolments)


def _masker(names: list[object], texts: set[str]):  # type: ignore[no-untyped-def]
    """How a list masks its exit reasons: capitalised words that are names in it."""
    anywhere = names_among(set().union(*map(capitalised_words, texts)), names)
    return lambda text, own=frozenset(): mask_names(text, anywhere, own)


def test_the_names_of_a_list_are_masked_in_a_free_text() -> None:
    names = ["Ahmed Svensson", None, "Per Berg-Lund", "ANNA LINDQVIST"]
    texts = {"Ahmed: se anteckning hos Svensson", "Enligt Per, avslutad per 31/1", "Lund kommun"}
    mask = _masker(names, texts | {"Anna och Annika", "Lindqvists beslut"})
    assert mask("Ahmed: se anteckning hos Svensson") == f"{MASK}: se anteckning hos {MASK}"
    # Lower case is a word, not a name; a name inside a longer word is not masked.
    assert mask("Enligt Per, avslutad per 31/1") == f"Enligt {MASK}, avslutad per 31/1"
    assert mask("Anna och Annika") == f"{MASK} och Annika"
    assert mask("Lindqvists beslut") == f"{MASK} beslut"  # the genitive
    assert mask("Lund kommun") == f"{MASK} kommun"  # part of a double name
    # A person's own name, in any case (the names of the row the reason is on).
    assert mask("enligt ahmed och per", own={"ahmed"}) == f"enligt {MASK} och per"


def test_names_are_matched_in_any_unicode_form() -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa Öberg")
    mask = _masker([decomposed], {"Åsa: se Öbergs anteckning"})
    assert mask("Åsa: se Öbergs anteckning") == f"{MASK}: se {MASK} anteckning"
    mask = _masker(["Åsa Öberg"], {decomposed + " slutade"})
    assert mask(decomposed + " slutade") == f"{MASK} {MASK} slutade"


def test_many_words_are_looked_for_at_once() -> None:
    words = {f"word{chr(97 + i % 26)}{i}" for i in range(5_000)} | {"svensson"}
    names = [f"Anna Svensson {i}" for i in range(10_000)]
    assert names_among(words, names) == {"svensson"}
    assert names_among({"anna", "annika", "svenssons"}, names) == {"anna", "svensson"}


def test_nothing_is_masked_without_a_name_in_the_texts() -> None:
    mask = _masker(["Ahmed Svensson"], {"Arbete", "Studier"})
    assert mask("Arbete") == "Arbete" and mask("Ahmed") == "Ahmed"  # only *texts* are searched
    assert _masker([], {"Ahmed slutade"})("Ahmed slutade") == "Ahmed slutade"
