"""A case system's participant list read into enrolments, in memory only.

One row per enrolment: programme, start date, end date (empty while ongoing), exit
reason in the system's words, and often gender, need level, referral source, age or
birth year, an identity number and names.  Names are never read.  An identity number
is read only to tell persons apart, and — when the list has no gender or age column —
to derive gender (its second-to-last digit) and age band (its date) while reading;
neither it nor a birth date nor an exact date ever leaves this module: what comes out
is :class:`~amp_desktop.core.results.aggregate.Enrolment` records, whose person key
is a salted hash made for this reading only, for :func:`amp_desktop.core.results.aggregate.aggregate` to count.

Every row that cannot be read with certainty is a problem at its cell and is left out:
an end before the start, a date outside 1990–2100, an unknown gender, an exit reason
without an end date, the same enrolment twice.  Programme names the catalogue does
not know and exit reasons AMP cannot map are listed for the user to map.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.excel.participant_values import (
    age_band_of,
    cell_date,
    identity_facts,
    need_level,
)
from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import address, cell_text
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.i18n import translate
from amp_desktop.core.results.aggregate import Enrolment
from amp_desktop.core.results.categories import REASON_KEYS, reason_key, recognise_reason

FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2100, 12, 31)
MAX_PROBLEMS = 50

#: field → (English header, Swedish header, other spellings), as lists are written.
HEADERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "programme": ("Programme", "Insats", ("program", "insatskod", "aktivitet", "verksamhet")),
    "start": (
        "Start date",
        "Startdatum",
        (
            "inskriven",
            "inskrivningsdatum",
            "inskrivning",
            "start",
            "startdatum insats",
            "enrolled",
            "enrolment date",
            "from",
            "från",
            "från och med",
        ),
    ),  # fmt: skip
    "end": (
        "End date",
        "Slutdatum",
        (
            "utskriven",
            "utskrivningsdatum",
            "avslutsdatum",
            "avslutad",
            "slut",
            "avslut",
            "exit date",
            "exited",
            "to",
            "till",
            "till och med",
        ),
    ),  # fmt: skip
    "reason": (
        "Exit reason",
        "Avslutsorsak",
        (
            "orsak till avslut",
            "avslutsanledning",
            "utskrivningsorsak",
            "anledning till avslut",
            "orsak",
            "reason",
            "reason for exit",
            "outcome",
            "resultat vid avslut",
        ),
    ),  # fmt: skip
    "gender": ("Gender", "Kön", ("sex", "kon")),
    "need_level": (
        "Need level",
        "Bedömningsnivå",
        ("nivå", "behovsnivå", "am-nivå", "am nivå", "level", "bedömning"),
    ),
    "source": ("Referral source", "Anvisande part", ("anvisare", "remittent", "source")),
    "age_years": ("Age", "Ålder", ("ålder vid start", "age at start")),
    "personal_id": ("Personal identity number", "Personnummer", ("pnr", "personnr", "id-nummer")),
    "person_name": ("Name", "Namn", ("förnamn", "efternamn", "first name", "last name")),
    "birth_date": ("Date of birth", "Födelsedatum", ("födelseår", "birth year", "född")),
}
SYNONYMS: dict[str, str] = {
    normalise(text): key for key, (en, sv, others) in HEADERS.items() for text in (en, sv, *others)
}
#: Fields read from a list; the others are recognised so that they are dropped.
READ_FIELDS = ("programme", "start", "end", "reason", "gender", "need_level", "source", "age_years")

_GENDERS = {
    "k": "K", "kvinna": "K", "kvinnor": "K", "f": "K", "female": "K", "woman": "K", "w": "K",
    "m": "M", "man": "M", "män": "M", "male": "M",
}  # fmt: skip


@dataclass
class ParticipantList:
    """What was read from a participant list; nothing personal is kept."""

    sheet: str
    header_row: int  # 0-based
    mapping: dict[int, str]
    enrolments: list[Enrolment] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    problem_rows: int = 0
    dropped: list[str] = field(default_factory=list)  # headers of personal columns
    derived: list[str] = field(default_factory=list)  # notes: gender/age from the id
    unmatched_programmes: Counter[str] = field(default_factory=Counter)
    unmapped_reasons: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)  # wording → category key
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def first_month(self) -> str | None:
        return self.first_day.strftime("%Y-%m") if self.first_day else None

    @property
    def last_month(self) -> str | None:
        return self.last_day.strftime("%Y-%m") if self.last_day else None


def read_participants(
    rows: list[list[Any]],
    sheet: str,
    header_row: int,
    mapping: Mapping[int, str],
    match_programme: Callable[[str], int | None],
    reason_map: Mapping[str, str] | None = None,
) -> ParticipantList:
    """Read the rows below *header_row* into enrolments (see the module docstring).

    *mapping* gives each column's field (``personal_id``, ``person_name`` and
    ``birth_date`` columns are dropped after the identity is used as told above);
    *match_programme* finds a programme's id from its name or code; *reason_map*
    maps a wording's :func:`amp_desktop.core.results.categories.reason_key` to a category key (the
    catalogue's saved mapping with the user's choices on top).
    """
    result = ParticipantList(sheet, header_row, dict(mapping))
    col = {f: c for c, f in mapping.items()}
    headers = rows[header_row] if header_row < len(rows) else []
    for c, f in mapping.items():
        if f in ("personal_id", "person_name", "birth_date"):
            result.dropped.append(cell_text(headers[c]) if c < len(headers) else f)
    reasons = {reason_key(k): v for k, v in (reason_map or {}).items() if v in REASON_KEYS}
    pid_col = col.get("personal_id")
    if pid_col is not None and "gender" not in col:
        result.derived.append(
            translate("Results", "Gender is read from the identity number's second-to-last digit.")
        )
    if pid_col is not None and "age_years" not in col:
        result.derived.append(
            translate("Results", "Age bands are read from the identity number's date.")
        )
    salt = os.urandom(16)
    seen: set[tuple[Any, ...]] = set()
    programmes: dict[str, int | None] = {}
    # A column the list lacks reads as None: its index is past every row's end.
    absent = 1 << 30
    c_prog, c_start, c_end = (col.get(f, absent) for f in ("programme", "start", "end"))
    c_reason, c_gender, c_need = (col.get(f, absent) for f in ("reason", "gender", "need_level"))
    c_age, c_birth = col.get("age_years", absent), col.get("birth_date", absent)
    c_pid = absent if pid_col is None else pid_col
    has_gender = c_gender != absent
    # Each distinct cell value is converted once (a list repeats its dates, wordings,
    # genders and levels); values are keyed with their type so that 1, 1.0 and True
    # stay apart.
    dates: dict[tuple[type, Any], dt.date | None | ValueError] = {}
    texts: dict[tuple[type, Any], str] = {}
    wordings: dict[str, str | None] = {}
    levels: dict[tuple[type, Any], str] = {}
    identities: dict[tuple[type, Any], tuple[dt.date | None, str, int | None]] = {}
    this_year = dt.date.today().year

    def date_of(value: Any) -> dt.date | None | ValueError:
        key = (type(value), value)
        if key not in dates:
            try:
                dates[key] = cell_date(value)
            except ValueError as error:
                dates[key] = error
        return dates[key]

    def text_of(value: Any) -> str:
        key = (type(value), value)
        text = texts.get(key)
        if text is None:
            text = texts[key] = cell_text(value).strip()
        return text

    def identity_of(value: Any) -> tuple[dt.date | None, str, int | None]:
        key = (type(value), value)
        facts = identities.get(key)
        if facts is None:
            if value in (None, ""):
                facts = (None, "", None)
            else:
                birth, id_gender = identity_facts(value, this_year=this_year)
                person = hash((salt, re.sub(r"\D", "", cell_text(value))[-10:])) if birth else None
                facts = (birth, id_gender, person)
            identities[key] = facts
        return facts

    first = last = None
    for r in range(header_row + 1, len(rows)):
        row = rows[r]
        width = len(row)
        name = text_of(row[c_prog] if c_prog < width else None)
        start_value = row[c_start] if c_start < width else None
        end_value = row[c_end] if c_end < width else None
        if not name and start_value in (None, ""):
            continue  # an empty row
        start, end = date_of(start_value), date_of(end_value)
        wording = text_of(row[c_reason] if c_reason < width else None)
        gender_text = text_of(row[c_gender] if c_gender < width else None)
        if (
            start is None
            or isinstance(start, ValueError)
            or isinstance(end, ValueError)
            or not FIRST_DAY <= start <= LAST_DAY
            or (end is not None and not (start <= end <= LAST_DAY))
            or not name
            or (end is None and wording)
            or (gender_text and gender_text.casefold() not in _GENDERS)
        ):

            def cell(c: int | None, row: list[Any] = row, width: int = width) -> Any:
                return row[c] if c is not None and c < width else None

            _row_problem(result, sheet, r, col, name, start_value, end_value, cell)
            continue
        if name not in programmes:
            programmes[name] = match_programme(name)
        programme_id = programmes[name]
        if programme_id is None:
            result.unmatched_programmes[name] += 1
            continue
        reason: str | None = None
        if end is not None:
            if wording in wordings:
                reason = wordings[wording]
            else:
                reason = reasons.get(reason_key(wording)) or (
                    str(recognise_reason(wording) or "") or None
                )
                if not wording:
                    reason = "unknown"
                wordings[wording] = reason
            if reason is None:
                result.unmapped_reasons[wording] += 1
                continue
            result.reasons[wording] = reason
        gender = _GENDERS.get(gender_text.casefold(), "")
        need_value = row[c_need] if c_need < width else None
        need_key = (type(need_value), need_value)
        need = levels.get(need_key)
        if need is None:
            need = levels[need_key] = need_level(need_value)
        birth, id_gender, person = identity_of(row[c_pid] if c_pid < width else None)
        if not has_gender:
            gender = id_gender
        band = age_band_of(
            row[c_age] if c_age < width else None,
            row[c_birth] if c_birth < width else None,
            birth,
            start,
        )
        dedupe = (person, programme_id, start, end, wording) if person else (r,)
        if dedupe in seen:
            _problem(
                result,
                sheet,
                r,
                col.get("start"),
                translate("Results", "the same enrolment twice."),
            )
            continue
        seen.add(dedupe)
        result.enrolments.append(
            Enrolment(programme_id, start, end, reason, gender, need, band, person)
        )
        first = start if first is None or start < first else first
        latest = end or start
        last = latest if last is None or latest > last else last
    result.first_day, result.last_day = first, last
    return result


def _row_problem(
    result: ParticipantList,
    sheet: str,
    r: int,
    col: dict[str, int],
    name: str,
    start_value: Any,
    end_value: Any,
    cell: Callable[[int | None], Any],
) -> Problem | None:
    """The first thing wrong with row *r*, recorded; None when it can be read."""
    checks: list[tuple[int | None, str]] = []
    try:
        start = cell_date(start_value)
    except ValueError:
        start = None
        checks.append((col.get("start"), translate("Results", "the start is not a date.")))
    try:
        end = cell_date(end_value)
    except ValueError:
        end = None
        checks.append((col.get("end"), translate("Results", "the end is not a date.")))
    if not checks:
        if start is None:
            checks.append((col.get("start"), translate("Results", "the start date is empty.")))
        elif not (FIRST_DAY <= start <= LAST_DAY) or (end and not FIRST_DAY <= end <= LAST_DAY):
            where = col.get("start") if not FIRST_DAY <= start <= LAST_DAY else col.get("end")
            checks.append((where, translate("Results", "a date must be between 1990 and 2100.")))
        elif end is not None and end < start:
            checks.append((col.get("end"), translate("Results", "the end is before the start.")))
    if not checks and not name:
        checks.append((col.get("programme"), translate("Results", "the programme is empty.")))
    if not checks and end is None and cell_text(cell(col.get("reason"))).strip():
        checks.append(
            (col.get("reason"), translate("Results", "an exit reason without an end date."))
        )
    gender_text = cell_text(cell(col.get("gender"))).strip()
    if not checks and gender_text and gender_text.casefold() not in _GENDERS:
        checks.append(
            (
                col.get("gender"),
                translate("Results", "“{value}” is not a gender AMP knows (K or M).").format(
                    value=gender_text
                ),
            )
        )
    if not checks:
        return None
    where, message = checks[0]
    return _problem(result, sheet, r, where, message)


def _problem(result: ParticipantList, sheet: str, r: int, c: int | None, message: str) -> Problem:
    problem = Problem(address(sheet, r, c or 0), message)
    result.problem_rows += 1
    if len(result.problems) < MAX_PROBLEMS:
        result.problems.append(problem)
    return problem
