"""Participant lists as case systems really write them: their cells and wordings."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.excel.participant_sheet import participant_evidence
from amp_desktop.core.excel.participants import SYNONYMS, read_participants
from amp_desktop.core.excel.read import find_header
from amp_desktop.core.results.categories import ExitReason, recognise_reason

D = dt.date


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Saying "no work" is not work, whatever word follows.
        ("Inget arbete", None),
        ("Ingen anställning", None),
        ("Utan arbete", None),
        ("Studier utan CSN", None),
        # Looking for a job, or being coached towards one, is not a job.
        ("Jobbsökande", None),
        ("Aktivt jobbsökande", None),
        ("Jobbcoachning", None),
        # A labour-market training of the Employment Service gives no student finance.
        ("Arbetsmarknadsutbildning", None),
        # Unsubsidised work is work; "without a wage subsidy" is too.
        ("Osubventionerad anställning", ExitReason.WORK),
        ("Arbete utan lönebidrag", ExitReason.WORK),
        ("Arbete utan stöd", ExitReason.WORK),
        ("Anställning (ej subventionerad)", None),
        ("Har fått jobb", ExitReason.WORK),
        ("Sommarjobb", ExitReason.WORK),
        ("Nystartsjobb", ExitReason.WORK_SUBSIDISED),
        ("Yrkesutbildning", ExitReason.STUDIES),
        # Short and past-tense wordings of the case systems.
        ("Avbrutit", ExitReason.INTERRUPTED),
        ("Uteblev", ExitReason.INTERRUPTED),
        ("Avslutad enl. plan", ExitReason.COMPLETED),
        ("Remitterad åter", ExitReason.BACK_TO_REFERRER),
    ],
)
def test_real_wordings_are_not_guessed_as_work_or_studies(text, reason) -> None:  # type: ignore[no-untyped-def]
    assert recognise_reason(text) == reason


def _read(rows):  # type: ignore[no-untyped-def]
    found = find_header(rows, SYNONYMS)
    assert found is not None
    header_row, mapping = found
    return read_participants(rows, "Lista", header_row, mapping, PROGRAMMES.get)


PROGRAMMES = {"Atlas": 1, "Krami": 2}
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön", "Nivå"]
ANNA, BO = "19850312-2387", "9001011239"


def _row(*cells: object) -> list[object]:
    defaults: list[object] = [ANNA, "Atlas", D(2024, 2, 1), D(2024, 3, 1), "Studier", "K", "AM1"]
    return [*cells, *defaults[len(cells) :]]


def test_a_footer_below_the_list_is_skipped_not_a_problem() -> None:
    rows = [
        HEADER,
        _row(),
        _row(BO, "Krami", D(2024, 2, 5), None, None, "M"),
        [None, "Summa", None, None, None, None, None],
        [None, "Antal: 2", None, None, None, None, None],
        [None, "Utskrivet 2024-05-02 av Kalle Handläggare", None, None, None, None, None],
        ["Totalt 2 rader"],  # in a column not read: an empty row
    ]
    result = _read(rows)
    assert result.problems == []
    assert [(s.where, s.text) for s in result.skipped] == [
        ("Lista!B4", "Summa"),
        ("Lista!B5", "Antal: 2"),
        ("Lista!B6", "Utskrivet 2024-05-02 av Kalle Handläggare"),
    ]
    assert len(result.enrolments) == 2
    # A footer word that is a row's programme with a start is a programme not known.
    started = _read([HEADER, _row(BO, "Summa", D(2024, 2, 5), None, None, "M")])
    assert started.unmatched_programmes == {"Summa": 1}


def test_an_end_cell_saying_ongoing_is_an_enrolment_still_running() -> None:
    rows = [HEADER] + [
        _row(f"row {i}", "Atlas", D(2024, 2, 1 + i), word, None)
        for i, word in enumerate(["Pågående", "pågår", "Tillsvidare", "-", "–"])
    ]
    result = _read(rows)
    assert result.problems == []
    assert [e.end for e in result.enrolments] == [None] * 5


def test_what_has_not_happened_by_today_is_not_a_result() -> None:
    today = dt.date.today()
    rows = [
        HEADER,
        _row(ANNA, "Atlas", D(2024, 2, 1), D(2024, 3, 1)),
        # A planned end: still running.
        _row(BO, "Atlas", D(2024, 2, 1), today + dt.timedelta(days=90), None),
        # A planned start: not counted.
        _row(BO, "Krami", today + dt.timedelta(days=10), None, None),
        # An end after today with an exit reason: a problem at its cell.
        _row("850372-2384", "Atlas", D(2024, 2, 1), today + dt.timedelta(days=5), "Arbete"),
        _row(BO, "Atlas", D(2100, 1, 1), D(2100, 2, 1)),  # in range, but to come
    ]
    result = _read(rows)
    assert [(p.where, p.message) for p in result.problems] == [
        ("Lista!D5", "the enrolment ends after today but has an exit reason.")
    ]
    assert [(e.start, e.end) for e in result.enrolments] == [
        (D(2024, 2, 1), D(2024, 3, 1)),
        (D(2024, 2, 1), None),
    ]
    # The list covers what happened: never months to come.
    assert result.last_day is not None and result.last_day <= today
    assert [(n.where, n.blocking) for n in result.notes] == [
        ("Lista!C4", False),
        ("Lista!D3", False),
    ]
    assert "2 enrolments start after today" in result.notes[0].message
    assert "1 enrolment ends after today" in result.notes[1].message


def test_gender_words_for_neither_woman_nor_man_are_counted_as_not_stated() -> None:
    words = ["Kvinna", "man", "Flicka", "Pojke", "Okänt", "Annat", "Ej angivet", "", "x"]
    rows = [HEADER] + [
        _row(None, "Atlas", D(2024, 2, 1 + i), D(2024, 3, 1), "Studier", word)
        for i, word in enumerate(words)
    ]
    result = _read(rows)
    assert [(p.where, p.message) for p in result.problems] == [
        ("Lista!F10", "“x” is not a gender AMP knows (K or M).")
    ]
    assert [e.gender for e in result.enrolments] == ["K", "M", "K", "M", "", "", "", ""]
    [note] = result.notes
    assert (note.where, note.blocking) == ("Lista!F6", False)
    assert "“Annat” (1), “Ej angivet” (1), “Okänt” (1)" in note.message


def test_a_need_level_amp_does_not_keep_is_noted_not_silently_dropped() -> None:
    levels = ["AM1", "AM 2", "am3", 1, "Nivå 2", "AM4", "AM4", "Ej bedömd", None]
    rows = [HEADER] + [
        _row(None, "Atlas", D(2024, 2, 1 + i), D(2024, 3, 1), "Studier", "K", level)
        for i, level in enumerate(levels)
    ]
    result = _read(rows)
    assert result.problems == []
    assert [e.need_level for e in result.enrolments] == [
        "AM1", "AM2", "AM3", "AM1", "AM2", "", "", "", "",
    ]  # fmt: skip
    [note] = result.notes
    assert note.where == "Lista!G7"
    assert "“AM4” (2), “Ej bedömd” (1)" in note.message


def test_identity_cells_that_are_no_identity_number_are_noted() -> None:
    rows = [
        HEADER,
        _row(199001011239.0),  # a number cell, 12 digits: Bo
        _row(9001011239, "Atlas", D(2024, 4, 1), D(2024, 4, 9)),  # Bo again, 10 digits
        _row("900101–1239", "Atlas", D(2024, 5, 1), D(2024, 5, 9)),  # Bo, an en dash
        _row("Skyddad identitet", "Atlas", D(2024, 2, 2)),
        _row("9001011238", "Atlas", D(2024, 2, 3)),  # a wrong check digit
        [None, "Summa"],  # a footer: not an identity cell of an enrolment
    ]
    result = _read(rows)
    assert result.problems == []
    persons = [e.person for e in result.enrolments]
    assert persons[0] == persons[1] == persons[2] is not None
    assert persons[3] is None and persons[4] is None
    [note] = result.notes
    assert (note.where, note.blocking) == ("Lista!A5", False)
    assert note.message.startswith("2 identity cells hold no valid identity number")
    assert "9001011238" not in note.message


def test_a_date_written_day_first_is_told_how_to_write_it() -> None:
    rows = [
        HEADER,
        _row(ANNA, "Atlas", "1/3/2024"),
        _row(ANNA, "Atlas", "2024-03-01 00:00", "01.04.2024"),
        _row(ANNA, "Atlas", "20240301", "20240401"),  # ISO without hyphens: read
        _row(ANNA, "Atlas", dt.datetime(2024, 3, 2, 8, 30), 45_383.5),  # a time; a serial
    ]
    result = _read(rows)
    assert [(p.where, p.message) for p in result.problems] == [
        ("Lista!C2", "“1/3/2024” is not a date AMP reads: write it YYYY-MM-DD."),
        ("Lista!D3", "“01.04.2024” is not a date AMP reads: write it YYYY-MM-DD."),
    ]
    assert [(e.start, e.end) for e in result.enrolments] == [
        (D(2024, 3, 1), D(2024, 4, 1)),
        (D(2024, 3, 2), D(2024, 4, 1)),
    ]


def test_an_age_written_with_its_unit_is_read_and_a_wild_one_is_not() -> None:
    rows = [["Insats", "Startdatum", "Slutdatum", "Ålder"]] + [
        ["Atlas", D(2024, 2, 1 + i), None, age]
        for i, age in enumerate(["39 år", " 17 År ", 1990, "inf", "1e400", "abc"])
    ]
    result = _read(rows)
    assert result.problems == []
    assert [e.age_band for e in result.enrolments] == ["30-49", "16-24", "", "", "", ""]


def test_a_date_cell_holding_zero_is_told_as_such_and_an_unpadded_date_is_read() -> None:
    rows = [
        HEADER,
        # A date cell holding 0 ("1900-01-00" in Excel) reads as a time of day.
        _row(ANNA, "Atlas", D(2024, 2, 1), dt.time(0, 0)),
        # Changed deliberately (3 December, late night): a date written year first
        # without leading zeros ("2024-3-1") was refused; it can be only one day.
        _row(ANNA, "Atlas", "2024-3-1", "2024.4.30"),
    ]
    result = _read(rows)
    assert [(p.where, p.message) for p in result.problems] == [
        ("Lista!D2", "the cell holds the time 00:00, not a date (an empty date written as 0?)."),
    ]
    assert [(e.start, e.end) for e in result.enrolments] == [(D(2024, 3, 1), D(2024, 4, 30))]


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        # A planned end is not when the enrolment ended, wherever the word stands.
        (
            ["Insats", "Startdatum", "Slutdatum planerat", "Slutdatum", "Avslutsorsak"],
            {0: "programme", 1: "start", 3: "end", 4: "reason"},
        ),
        (
            ["Insats", "Startdatum", "Planerat slutdatum", "Utskriven", "Avslutad till"],
            {0: "programme", 1: "start", 3: "end", 4: "reason"},
        ),
        (
            ["Insats", "Startdatum", "Slutdatum (beräknat)", "Avslutsorsak"],
            {0: "programme", 1: "start", 3: "reason"},
        ),
        # "Exited to" is the reason, not the date; "Datum för …" is the date.
        (
            ["Insats", "Utskriven till", "Datum för inskrivning", "Datum för utskrivning"],
            {0: "programme", 1: "reason", 2: "start", 3: "end"},
        ),
    ],
)
def test_headers_of_planned_dates_and_of_where_to_are_not_the_end_date(header, fields) -> None:  # type: ignore[no-untyped-def]
    assert participant_evidence([header]) == (0, fields)
