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
without an end date, an end after today with an exit reason, the same enrolment
twice.  Programme names the catalogue does not know and exit reasons AMP cannot map
are listed for the user to map.  What is no enrolment's result is noted, never a
problem (:mod:`.participant_notes`): a footer line ("Summa", "Antal: 1234") is skipped,
"Pågående" in the end column is an enrolment still running, a start after today is
left out and an end after today without a reason is a planned end.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from openpyxl.utils import get_column_letter

from amp_desktop.core.excel.participant_notes import (
    footer_label,
    footer_reason,
    is_ongoing,
    later_notes,
    not_a_date,
    not_stated_note,
    unread_identity_note,
)
from amp_desktop.core.excel.participant_values import (
    BAD_END,
    FIRST_DAY,
    LAST_DAY,
    age_band_of,
    band_of_age,
    cell_date,
    columns,
    converted,
    end_date,
    exit_wordings,
    gender_of,
    identities,
    name_masker,
    need_level,
    reason_wording,
    start_date,
)
from amp_desktop.core.excel.participant_values import identity_facts as identity_facts
from amp_desktop.core.excel.preview import Problem, SkippedRow
from amp_desktop.core.excel.programme_match import names_no_programme
from amp_desktop.core.excel.read import address, cell_text
from amp_desktop.core.excel.vocabulary import normalise
from amp_desktop.core.i18n import translate
from amp_desktop.core.personal import mask_personal_ids
from amp_desktop.core.results.aggregate import Enrolment
from amp_desktop.core.results.categories import REASON_KEYS, reason_key

MAX_PROBLEMS = 50

#: field → (English header, Swedish header, other spellings), as lists are written.
HEADERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "programme": ("Programme", "Insats", (
        "program", "insatskod", "aktivitet", "verksamhet", "insatsnamn", "insatsens namn",
        "namn på insats", "arbetsmarknadsinsats", "insats/aktivitet", "insatstyp",
    )),
    "start": ("Start date", "Startdatum", (
        "inskriven", "inskrivningsdatum", "inskrivning", "inskr.datum", "inskrivningsdag",
        "startdag", "start", "startdatum insats", "enrolled", "enrolment date", "from", "från",
        "från och med", "fr.o.m", "fr o m", "datum för inskrivning", "datum för start",
        "insats start", "insatsstart", "verkställd from", "verkställd fr.o.m",
        "verkställd fr o m", "verkställd från", "påbörjad", "påbörjades",
    )),
    "end": ("End date", "Slutdatum", (
        "utskriven", "utskrivningsdatum", "utskr.datum", "utskrivningsdag", "avslutsdatum",
        "avslutsdag", "slutdag", "avslutad", "slut", "avslut", "exit date", "exited", "to",
        "till", "till och med", "t.o.m", "t o m", "datum för utskrivning", "datum för avslut",
        "insats slut", "insatsslut", "verkställd tom", "verkställd t.o.m",
        "verkställd t o m", "verkställd till", "avslutades",
    )),
    "reason": ("Exit reason", "Avslutsorsak", (
        "orsak till avslut", "avslutsanledning", "utskrivningsorsak", "anledning till avslut",
        "orsak", "reason", "reason for exit", "outcome", "resultat vid avslut", "avslutad till",
        "utskriven till", "avslut till", "exited to", "avslutskod", "anledning",
    )),
    "gender": ("Gender", "Kön", ("sex", "kon", "k/m", "m/k", "kvinna/man", "man/kvinna")),
    "need_level": ("Need level", "Bedömningsnivå", (
        "nivå", "behovsnivå", "am-nivå", "am nivå", "level", "bedömning",
    )),
    "source": ("Referral source", "Anvisande part", ("anvisare", "remittent", "source")),
    "age_years": ("Age", "Ålder", ("ålder vid start", "age at start")),
    "personal_id": ("Personal identity number", "Personnummer", (
        "pnr", "personnr", "id-nummer", "pers.nr", "persnr", "p-nr", "samordningsnr",
        "samordningsnummer",
    )),
    "person_name": ("Name", "Namn", (
        "förnamn", "efternamn", "first name", "last name", "klient", "klientnamn", "brukare",
        "deltagare", "deltagarnamn",
    )),
    "birth_date": ("Date of birth", "Födelsedatum", ("födelseår", "birth year", "född")),
}  # fmt: skip
SYNONYMS: dict[str, str] = {
    normalise(text): key for key, (en, sv, others) in HEADERS.items() for text in (en, sv, *others)
}
#: Fields read from a list; the others are recognised so that they are dropped.
READ_FIELDS = ("programme", "start", "end", "reason", "gender", "need_level", "source", "age_years")


@dataclass
class ParticipantList:
    """What was read from a participant list; nothing personal is kept."""

    sheet: str
    header_row: int  # 0-based
    mapping: dict[int, str]
    enrolments: list[Enrolment] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    problem_rows: int = 0
    notes: list[Problem] = field(default_factory=list)  # non-blocking, at their first cell
    skipped: list[SkippedRow] = field(default_factory=list)  # footer rows
    dropped: list[str] = field(default_factory=list)  # headers of personal columns
    derived: list[str] = field(default_factory=list)  # notes: gender/age from the id
    unmatched_programmes: Counter[str] = field(default_factory=Counter)
    unmatched_cells: dict[str, str] = field(default_factory=dict)  # name → its first cell
    unmapped_reasons: Counter[str] = field(default_factory=Counter)
    reasons: dict[str, str] = field(default_factory=dict)  # wording → category key
    #: A wording's reason key → its key with the list's names masked (where that differs).
    reason_keys: dict[str, str] = field(default_factory=dict)
    #: The reason keys of the list's wordings, as shown (names masked).
    wording_keys: set[str] = field(default_factory=set)
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    #: The day the list was read ("today"): a year not over by then is not wholly covered.
    read_on: dt.date | None = None

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
    *,
    today: dt.date | None = None,
) -> ParticipantList:
    """Read the rows below *header_row* into enrolments (see the module docstring).

    *mapping* gives each column's field (``personal_id``, ``person_name`` and
    ``birth_date`` columns are dropped after the identity is used as told above);
    *match_programme* finds a programme's id from its name or code; *reason_map*
    maps a wording's :func:`amp_desktop.core.results.categories.reason_key` to a category key (the
    catalogue's saved mapping with the user's choices on top).  What has not happened
    by *today* (by default the real today) is no result: an enrolment starting later
    is left out; an end later without an exit reason is a planned end (the enrolment
    is still running), one with an exit reason a problem.
    """
    today = today or dt.date.today()
    result = ParticipantList(sheet, header_row, dict(mapping), read_on=today)
    col = {f: c for c, f in mapping.items()}
    headers = rows[header_row] if header_row < len(rows) else []
    for c, f in mapping.items():
        if f in ("personal_id", "person_name", "birth_date"):
            # (a column without a header, found by its values: by its letter)
            header = cell_text(headers[c]).strip() if c < len(headers) else ""
            result.dropped.append(header or get_column_letter(c + 1))
    names_at = sorted(c for c, f in mapping.items() if f == "person_name")
    # (*reason_map*'s wordings masked as the list's are: by the caller, see
    # participants_import, where a mapping file's reasons come in)
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
    body = rows[header_row + 1 :]
    first_r = header_row + 1
    # Column by column: each distinct cell value is converted once (a list repeats
    # its programmes, dates, wordings, genders and levels; a person's identity number
    # recurs in each of their enrolments), then one pass over the rows.
    column = columns(body)
    names = converted(column(col.get("programme")), _text)
    raw_starts = column(col.get("start"))
    starts = converted(raw_starts, start_date)
    ends = converted(column(col.get("end")), end_date)
    wordings = converted(column(col.get("reason")), reason_wording)
    name_cells = [column(c) for c in names_at]
    exits = exit_wordings(wordings, reasons, name_cells)
    names_masked = name_masker(name_cells)  # (a problem repeating a cell: names masked)
    result.reason_keys, result.wording_keys = exits.keys, exits.shown_keys
    gender_cells, need_cells = column(col.get("gender")), column(col.get("need_level"))
    genders = converted(gender_cells, gender_of)
    needs = converted(need_cells, need_level)
    id_cells = column(pid_col)
    facts = identities(set(id_cells), salt, dt.date.today().year)
    persons = list(map(facts.__getitem__, id_cells))
    ages, births = col.get("age_years"), col.get("birth_date")
    age_cells = column(ages) if ages is not None or births is not None else None
    birth_cells = column(births) if age_cells is not None else None
    has_gender = "gender" in col
    programmes = {name: match_programme(name) for name in set(names)}
    unnamed = {n for n, found in programmes.items() if found is None and names_no_programme(n)}
    if unnamed:  # "-", "?", "n/a" in the programme cell: no programme named, as if empty
        names = ["" if name in unnamed else name for name in names]
    categories, shown = exits.categories, exits.shown
    day_numbers = {d: d.year * 10_000 + d.month * 100 + d.day for d in set(starts) if d}
    # Whether any start or end lies after today (most lists: none, and no row is asked).
    to_come = max(day_numbers, default=today) > today or any(
        end is not None and end > today for end in set(ends)
    )
    seen: set[tuple[Any, ...]] = set()
    planned_starts: list[int] = []
    planned_ends: list[int] = []
    enrolments = result.enrolments
    unmatched, unmapped, used = result.unmatched_programmes, result.unmapped_reasons, result.reasons
    for i, (name, start, end, wording, gender, need, identity) in enumerate(
        zip(names, starts, ends, wordings, genders, needs, persons, strict=True)
    ):
        if start is None or end is BAD_END or gender is None or not name:
            raw = raw_starts[i]
            if not name and (raw is None or raw == "") and end is None and not wording:
                continue  # an empty row (one with an end or a reason is a problem)
            if name and start is None and footer_label(name) and not programmes[name]:
                where = address(sheet, first_r + i, col.get("programme") or 0)
                shown_name = mask_personal_ids(name)  # (shown, and in the CLI's JSON)
                result.skipped.append(SkippedRow(where, shown_name, footer_reason()))
                continue  # "Summa", "Antal: 1234", "Utskrivet … av …"
            _row_problem(result, sheet, first_r + i, col, name, raw, body[i], names_masked)
            continue
        if to_come and start > today:
            planned_starts.append(first_r + i)
            continue
        if to_come and end is not None and end > today:
            if wording:
                _problem(
                    result, sheet, first_r + i, col.get("end"),
                    translate("Results", "the enrolment ends after today but has an exit reason."),
                )  # fmt: skip
                continue
            planned_ends.append(first_r + i)
            end = None
        if end is None:
            if wording:
                _row_problem(
                    result, sheet, first_r + i, col, name, raw_starts[i], body[i], names_masked
                )
                continue
            reason = None
        elif end < start:
            _row_problem(
                result, sheet, first_r + i, col, name, raw_starts[i], body[i], names_masked
            )
            continue
        programme_id = programmes[name]
        if programme_id is None:
            if not unmatched[name]:
                result.unmatched_cells[name] = address(sheet, first_r + i, col["programme"])
            unmatched[name] += 1
            continue
        if end is not None:
            reason = categories[wording]
            if reason is None:
                unmapped[shown[wording]] += 1
                continue
            used[shown[wording]] = reason
        birth, id_gender, person, born = identity
        if not has_gender:
            gender = id_gender
        if age_cells is not None:
            assert birth_cells is not None
            band = age_band_of(age_cells[i], birth_cells[i], birth, start)
        elif born is not None:
            band = band_of_age((day_numbers[start] - born) // 10_000)
        else:
            band = ""
        dedupe = (person, programme_id, start, end, wording) if person else (first_r + i,)
        if dedupe in seen:
            _problem(
                result, sheet, first_r + i, col.get("start"),
                translate("Results", "the same enrolment twice."),
            )  # fmt: skip
            continue
        seen.add(dedupe)
        enrolments.append(Enrolment(programme_id, start, end, reason, gender, need, band, person))
    result.notes.extend(later_notes(sheet, col, planned_starts, planned_ends))
    for label, known, key, cells, read in (
        (translate("Results", "Gender"), "K, M", "gender", gender_cells, gender_of),
        (translate("Results", "Need level"), "AM1, AM2, AM3", "need_level", need_cells, need_level),
    ):
        note = not_stated_note(
            sheet, first_r, col.get(key), label, known, cells, read, names_masked
        )
        if note is not None:
            result.notes.append(note)
    note = unread_identity_note(sheet, first_r, pid_col, id_cells, facts, starts)
    if note is not None:
        result.notes.append(note)
    if enrolments:
        result.first_day = min(map(attrgetter("start"), enrolments))
        result.last_day = max(e.end or e.start for e in enrolments)
    return result


def _text(value: Any) -> str:
    return cell_text(value).strip()


def _row_problem(
    result: ParticipantList,
    sheet: str,
    r: int,
    col: dict[str, int],
    name: str,
    start_value: Any,
    row: list[Any],
    shown: Callable[[str], str] = str,
) -> Problem | None:
    """The first thing wrong with row *r*, recorded; None when it can be read (a cell's
    text the problem repeats as *shown* gives it)."""

    def cell(c: int | None) -> Any:
        return row[c] if c is not None and c < len(row) else None

    end_value = cell(col.get("end"))
    checks: list[tuple[int | None, str]] = []
    try:
        start = cell_date(start_value)
    except ValueError:
        start = None
        checks.append((col.get("start"), not_a_date(start_value, "start")))
    try:
        end = None if is_ongoing(end_value) else cell_date(end_value)
    except ValueError:
        end = None
        checks.append((col.get("end"), not_a_date(end_value, "end")))
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
    if not checks and gender_text and gender_of(gender_text) is None:
        checks.append(
            (
                col.get("gender"),
                translate("Results", "“{value}” is not a gender AMP knows (K or M).").format(
                    value=shown(gender_text)
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
