"""A participant list's dates at their edges: a leap day read, a day that does not exist
told as such (it was told to write YYYY-MM-DD, as it was written)."""

from __future__ import annotations

import datetime as dt

from amp_desktop.core.excel.participants import SYNONYMS, read_participants
from amp_desktop.core.excel.read import find_header

D = dt.date
HEADER = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]


def _read(rows):  # type: ignore[no-untyped-def]
    found = find_header(rows, SYNONYMS)
    assert found is not None
    header_row, mapping = found
    return read_participants(
        rows, "Deltagare", header_row, mapping, lambda name: 1, today=D(2026, 12, 4)
    )


def test_a_leap_day_is_read_and_a_day_that_does_not_exist_is_told_so() -> None:
    listed = _read(
        [
            HEADER,
            ["Jobbspår", "2024-02-29", "2024-03-07", "Arbete utan stöd", "K"],
            ["Jobbspår", "2025-02-29", "2025-03-07", "Arbete utan stöd", "K"],
            ["Jobbspår", "2024-01-05", "2024-04-31", "Arbete utan stöd", "M"],
            ["Jobbspår", "29/02/2024", "2024-03-07", "Arbete utan stöd", "M"],
        ]
    )
    assert [(e.start, e.end) for e in listed.enrolments] == [(D(2024, 2, 29), D(2024, 3, 7))]
    messages = {p.where: p.message for p in listed.problems}
    assert messages == {
        "Deltagare!B3": "“2025-02-29” is not a real date: there is no such day.",
        "Deltagare!C4": "“2024-04-31” is not a real date: there is no such day.",
        "Deltagare!B5": "“29/02/2024” is not a date AMP reads: write it YYYY-MM-DD.",
    }
