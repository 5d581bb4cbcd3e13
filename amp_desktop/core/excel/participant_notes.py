"""What a participant list's preview notes beside its problems: footer rows, planned
dates, values counted as not stated, identity numbers that cannot be read.

Case systems end a list with "Summa", "Antal: 1234" or "Utskrivet 2024-05-02 av …";
they write "Pågående" where an enrolment has no end yet, and a planned end date for
one still running.  None of that is an enrolment's result, and none of it is a
problem: each is told once, at its first cell, and never guessed further.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import address, cell_text
from amp_desktop.core.excel.totals import is_total_label
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.formatting import quoted
from amp_desktop.core.i18n import translate

#: What an end cell says of an enrolment still running.
_ONGOING = frozenset(
    {"pågående", "pågår", "tillsvidare", "tills vidare", "ongoing", "-", "–", "—", "--"}
)
#: The first words of a list's footer lines below the enrolments.
_FOOTER = re.compile(
    r"^(antal|utskrivet|utskriven av|utskriftsdatum|skrivet ut|rapporten|rapport skapad"
    r"|skapad|k[aä]lla|printed|number of rows|rows|count)(?=$|[\s:,(])"
)


def is_ongoing(value: Any) -> bool:
    """Whether an end cell says the enrolment is still running ("Pågående", "-")."""
    return isinstance(value, str) and normalise(value) in _ONGOING


def not_a_date(value: Any, which: str) -> str:
    """Why a start or end cell is not a date: a date text in a day/month order AMP
    does not guess ("1/3/2024", "01.03.2024", "2024-3-1") is told how to write it."""
    if isinstance(value, dt.time):  # a date cell holding 0, shown as 1900-01-00
        return translate(
            "Results", "the cell holds the time {value}, not a date (an empty date written as 0?)."
        ).format(value=value.isoformat(timespec="minutes"))
    if isinstance(value, str) and _ISO_DATE.match(value.strip()):
        return translate("Results", "“{value}” is not a real date: there is no such day.").format(
            value=value.strip()
        )
    if isinstance(value, str) and _OTHER_DATE.match(value.strip()):
        return translate(
            "Results", "“{value}” is not a date AMP reads: write it YYYY-MM-DD."
        ).format(value=value.strip())
    if which == "start":
        return translate("Results", "the start is not a date.")
    return translate("Results", "the end is not a date.")


_OTHER_DATE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")
#: Written as AMP asks (2024-02-30), but no day there is.
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


#: A case system's report footer that starts with a totals word ("Totalt: 12",
#: "Summa antal: 12", "Totalt 12 rader", "Summa totalt"), its page number ("Sida 1 av
#: 3") or when and how it was taken ("Rapportdatum 2025-03-01", "Urval: …").
_REPORT_FOOTER = re.compile(
    r"^(?:(?:totalt|summa|total|sum|tot\.?)(?:\s*[:=]|\s+(?:antal|totalt|summa)\b|\s+\d)"
    r"|sida\s+\d+|page\s+\d+|rapportdatum|uttagsdatum|uttag gjort|framtagen|urval\s*:)"
)


def footer_label(text: str) -> bool:
    """Whether a programme cell is a footer line of any list: a total or a count, a
    print date, a report's page number or selection."""
    folded = normalise(text)
    return (
        is_total_label(text)
        or _FOOTER.match(folded) is not None
        or _REPORT_FOOTER.match(folded) is not None
    )


def footer_reason() -> str:
    """Why a footer row is skipped, as the preview lists it."""
    return translate("Results", "a footer line, not an enrolment.")


def later_notes(
    sheet: str, col: dict[str, int], planned_starts: list[int], planned_ends: list[int]
) -> list[Problem]:
    """The notes on enrolments starting after today (left out) and on ends after today
    without an exit reason (read as still running), each at its first row."""
    notes = []
    if planned_starts:
        notes.append(
            Problem(
                address(sheet, planned_starts[0], col.get("start") or 0),
                (
                    translate(
                        "Results",
                        "1 enrolment starts after today (a planned start): it is not counted.",
                    )
                    if len(planned_starts) == 1
                    else translate(
                        "Results",
                        "{n} enrolments start after today (a planned start): they are not counted.",
                    )
                ).format(n=len(planned_starts)),
                blocking=False,
            )
        )
    if planned_ends:
        notes.append(
            Problem(
                address(sheet, planned_ends[0], col.get("end") or 0),
                (
                    translate(
                        "Results",
                        "1 enrolment ends after today without an exit reason (a planned end): "
                        "it is read as still running.",
                    )
                    if len(planned_ends) == 1
                    else translate(
                        "Results",
                        "{n} enrolments end after today without an exit reason (a planned end): "
                        "they are read as still running.",
                    )
                ).format(n=len(planned_ends)),
                blocking=False,
            )
        )
    return notes


def not_stated_note(
    sheet: str,
    first_row: int,
    c: int | None,
    label: str,
    known: str,
    values: Sequence[Any],
    read: Callable[[Any], str | None],
    masked: Callable[[str], str] = str,
) -> Problem | None:
    """A note naming the values of column *c* (gender or need level) that were read as
    not stated although the cell is not empty ("Annat", "AM4"), with their rows (each
    as *masked* gives it: the list's names masked)."""
    if c is None:
        return None
    # The distinct cells first (a list rarely has any such).
    wanted = {v for v in set(values) if _filled(v) and read(v) == ""}
    if not wanted:
        return None
    found = [i for i, value in enumerate(values) if value in wanted]
    first = found[0]
    odd = Counter(masked(cell_text(values[i]).strip()) for i in found)
    shown = ", ".join(f"{quoted(text)} ({n})" for text, n in sorted(odd.items())[:8])
    return Problem(
        address(sheet, first_row + first, c),
        translate("Results", "{field}: {values} counted as not stated (AMP keeps {known}).").format(
            field=label,
            values=shown + (", …" if len(odd) > 8 else ""),
            known=known,
        ),
        blocking=False,
    )


def _filled(value: Any) -> bool:
    return value is not None and cell_text(value).strip() != ""


def unread_identity_note(
    sheet: str,
    first_row: int,
    c: int | None,
    values: Sequence[Any],
    facts: Mapping[Any, tuple[Any, ...]],
    starts: Sequence[Any],
) -> Problem | None:
    """A note on the identity cells of rows with a start that are not an identity
    number AMP can read (a wrong check digit or date, "Skyddad identitet"): their
    enrolments are counted, but not as persons."""
    if c is None:
        return None
    wanted = {v for v, who in facts.items() if who[2] is None and _filled(v)}
    if not wanted:
        return None
    unread = [
        i
        for i, (value, start) in enumerate(zip(values, starts, strict=True))
        if start is not None and value in wanted
    ]
    if not unread:
        return None
    return Problem(
        address(sheet, first_row + unread[0], c),
        (
            translate(
                "Results",
                "1 identity cell holds no valid identity number (date or check digit): its "
                "enrolment is counted, but not among the distinct persons.",
            )
            if len(unread) == 1
            else translate(
                "Results",
                "{n} identity cells hold no valid identity number (date or check digit): "
                "their enrolments are counted, but not among the distinct persons.",
            )
        ).format(n=len(unread)),
        blocking=False,
    )
