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

from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import address, cell_text
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import is_personal_id
from amp_desktop.core.results.aggregate import Enrolment, age_band
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
_NEED = re.compile(r"^(?:am|nivå|level)?\s*-?\s*([123])$")


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


def _date(value: Any) -> dt.date | None:
    """A cell's date (None when empty); raises ValueError when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:
            raise ValueError
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = str(value).strip()
    if not text:
        return None
    return dt.date.fromisoformat(text[:10])


def identity_facts(value: Any) -> tuple[dt.date | None, str]:
    """The birth date and gender ("K"/"M") an identity number tells, if it is one."""
    if not is_personal_id(value):
        return None, ""
    digits = re.sub(r"\D", "", str(int(value) if isinstance(value, float) else value))
    plus = "+" in str(value)
    if len(digits) == 12:
        century, rest = int(digits[:2]), digits[2:]
    else:
        century, rest = 0, digits
    yy, mm, dd = int(rest[0:2]), int(rest[2:4]), int(rest[4:6])
    dd = dd - 60 if dd > 60 else dd
    gender = "M" if int(rest[8]) % 2 else "K"
    if not century:
        this_year = dt.date.today().year
        century = 20 if 2000 + yy <= this_year else 19
        if plus:
            century -= 1
    try:
        return dt.date(century * 100 + yy, mm, dd), gender
    except ValueError:
        return None, gender


def _age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


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
    c_prog, c_start, c_end = col.get("programme"), col.get("start"), col.get("end")
    c_reason, c_gender = col.get("reason"), col.get("gender")
    c_need, c_age, c_birth = col.get("need_level"), col.get("age_years"), col.get("birth_date")
    first = last = None
    for r in range(header_row + 1, len(rows)):
        row = rows[r]
        width = len(row)

        def cell(c: int | None, row: list[Any] = row, width: int = width) -> Any:
            return row[c] if c is not None and c < width else None

        name = cell_text(cell(c_prog)).strip()
        start_value, end_value = cell(c_start), cell(c_end)
        if not name and start_value in (None, ""):
            continue  # an empty row
        problem = _row_problem(result, sheet, r, col, name, start_value, end_value, cell)
        if problem is not None:
            continue
        start = _date(start_value)
        end = _date(end_value)
        assert start is not None
        if name not in programmes:
            programmes[name] = match_programme(name)
        programme_id = programmes[name]
        if programme_id is None:
            result.unmatched_programmes[name] += 1
            continue
        reason: str | None = None
        wording = cell_text(cell(c_reason)).strip()
        if end is not None:
            key = reason_key(wording)
            reason = reasons.get(key) or (str(recognise_reason(wording) or "") or None)
            if not wording:
                reason = "unknown"
            if reason is None:
                result.unmapped_reasons[wording] += 1
                continue
            result.reasons[wording] = reason
        gender = _GENDERS.get(cell_text(cell(c_gender)).strip().casefold(), "")
        need = _need_level(cell(c_need))
        identity = cell(pid_col)
        birth, id_gender = identity_facts(identity) if identity not in (None, "") else (None, "")
        if c_gender is None:
            gender = id_gender
        band = _age_band(cell(c_age), cell(c_birth), birth, start)
        person = hash((salt, re.sub(r"\D", "", cell_text(identity))[-10:])) if birth else None
        dedupe = (person, programme_id, start, end, wording) if person else (r,)
        if dedupe in seen:
            _problem(result, sheet, r, c_start, translate("Results", "the same enrolment twice."))
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
        start = _date(start_value)
    except ValueError:
        start = None
        checks.append((col.get("start"), translate("Results", "the start is not a date.")))
    try:
        end = _date(end_value)
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


def _need_level(value: Any) -> str:
    text = cell_text(value).strip().casefold()
    match = _NEED.match(text)
    return f"AM{match.group(1)}" if match else ""


def _age_band(age: Any, birth_value: Any, birth: dt.date | None, start: dt.date) -> str:
    if age not in (None, ""):
        try:
            return age_band(int(float(age)))
        except (TypeError, ValueError):
            return ""
    if birth_value not in (None, ""):
        if isinstance(birth_value, (int, float)) and 1900 <= birth_value <= 2100:
            return age_band(start.year - int(birth_value))
        try:
            born = _date(birth_value)
        except ValueError:
            born = None
        if born is not None:
            return age_band(_age(born, start))
    return age_band(_age(birth, start)) if birth else ""
