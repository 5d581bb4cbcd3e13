"""Row mapping: a :class:`Programme` to the ``programmes`` row and back.

A stored value that does not map (an unknown type, text where a number belongs,
as a hand edit leaves) raises :class:`~amp_desktop.core.store.errors.BadValue`,
which the door reports as a damaged file; :data:`VALUE_CHECK` finds such rows
with one query when the file is opened.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from amp_desktop.core.domain import (
    FIELD_NAMES,
    KoladaCategory,
    Programme,
    ProgrammeType,
    ReferralSource,
    SkrCategory,
    SourceLink,
    SourceRole,
    Status,
    format_months,
)
from amp_desktop.core.store.errors import BadValue

# Enum members by stored value: a dict lookup is several times cheaper than calling
# the enum class, and a catalogue is read a thousand rows at a time.
_TYPES: dict[str, ProgrammeType] = {member.value: member for member in ProgrammeType}
_STATUSES: dict[str, Status] = {member.value: member for member in Status}
_SKR: dict[str, SkrCategory] = {member.value: member for member in SkrCategory}
_ROLES: dict[str, SourceRole] = {member.value: member for member in SourceRole}
_KOLADA: dict[str, KoladaCategory] = {member.value: member for member in KoladaCategory}

#: The programme columns read: Programme's fields in their order, then the id.
COLUMNS = tuple(f.name for f in dataclasses.fields(Programme) if f.name not in ("id", "sources"))
SELECT_PROGRAMMES = f"SELECT {', '.join(COLUMNS)}, id FROM programmes"
_FAST_INIT = not hasattr(Programme, "__post_init__") and "__slots__" not in vars(Programme)


def _quoted(values: object) -> str:
    return ", ".join(f"'{v}'" for v in values)  # type: ignore[attr-defined]


_DATE = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
_INTEGER_OR_NULL = ("age_min", "age_max", "budgeted_places", "annual_budget_sek")
_TEXT = ("name", "code", "description", "target_group", "unit", "funding", "months", "notes")

#: ``(table, row, column, value)`` of the first stored value no AMP writes, if any:
#: run once on open, so a hand-edited file is refused before anything reads it.
#: Demand is not scanned here (90 ms at 360,000 cells): its months are checked
#: along the month index (:data:`DEMAND_MONTHS`), its referrals as they are read
#: (:data:`REFERRALS`).
VALUE_CHECK = " UNION ALL ".join(
    [
        f"SELECT * FROM (SELECT 'programme', id, 'type', type FROM programmes "
        f"WHERE type NOT IN ({_quoted(_TYPES)}) LIMIT 1)",
        f"SELECT * FROM (SELECT 'programme', id, 'status', status FROM programmes "
        f"WHERE status NOT IN ({_quoted(_STATUSES)}) LIMIT 1)",
        f"SELECT * FROM (SELECT 'programme', id, 'skr_category', skr_category FROM programmes "
        f"WHERE skr_category NOT IN ({_quoted([*_SKR, ''])}) LIMIT 1)",
        "SELECT * FROM (SELECT 'programme', id, 'places', places FROM programmes "
        "WHERE typeof(places) != 'integer' LIMIT 1)",
        *(
            f"SELECT * FROM (SELECT 'programme', id, '{c}', {c} FROM programmes "
            f"WHERE typeof({c}) NOT IN ('integer', 'null') LIMIT 1)"
            for c in _INTEGER_OR_NULL
        ),
        "SELECT * FROM (SELECT 'programme', id, 'average_stay_weeks', average_stay_weeks "
        "FROM programmes WHERE typeof(average_stay_weeks) NOT IN ('integer', 'real', 'null') "
        "LIMIT 1)",
        *(
            f"SELECT * FROM (SELECT 'programme', id, '{c}', {c} FROM programmes "
            f"WHERE typeof({c}) != 'text' LIMIT 1)"
            for c in _TEXT
        ),
        "SELECT * FROM (SELECT 'programme', id, 'months', months FROM programmes "
        "WHERE months GLOB '*[^0-9,]*' LIMIT 1)",
        *(
            f"SELECT * FROM (SELECT 'programme', id, '{c}', {c} FROM programmes "
            # date(x, '+0 days') = x: a real calendar day (a modifier makes SQLite
            # normalise 2024-02-30 to 2024-03-01; 2024-13-45 gives NULL).
            f"WHERE {c} IS NOT NULL AND NOT (typeof({c}) = 'text' AND {c} GLOB {_DATE} "
            f"AND date({c}, '+0 days') IS {c}) LIMIT 1)"
            for c in ("start_date", "end_date")
        ),
        "SELECT * FROM (SELECT 'programme', id, 'goal_work_or_studies_share', "
        "goal_work_or_studies_share FROM programmes WHERE goal_work_or_studies_share IS NOT NULL "
        "AND NOT (typeof(goal_work_or_studies_share) IN ('integer', 'real') "
        "AND goal_work_or_studies_share BETWEEN 0 AND 1) LIMIT 1)",
        f"SELECT * FROM (SELECT 'programme', programme_id, 'role', role FROM programme_sources "
        f"WHERE role NOT IN ({_quoted(_ROLES)}) LIMIT 1)",
        f"SELECT * FROM (SELECT 'source', code, 'kolada_category', kolada_category FROM sources "
        f"WHERE kolada_category NOT IN ({_quoted(_KOLADA)}) LIMIT 1)",
    ]
)


#: The first stored month of demand that is not ``YYYY-MM``, if any: the distinct
#: months are walked down the month index one jump each (a few dozen jumps, not a
#: scan of every cell).
DEMAND_MONTHS = (
    "WITH RECURSIVE m(month) AS (SELECT MIN(month) FROM demand UNION ALL "
    "SELECT (SELECT MIN(month) FROM demand WHERE month > m.month) FROM m "
    "WHERE m.month IS NOT NULL) "
    "SELECT 'demand', '', 'month', month FROM m WHERE month IS NOT NULL "
    "AND month NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' LIMIT 1"
)

#: The referrals column as read: a value that is not a number stops the read
#: (through :func:`not_a_number`, registered on every connection as ``amp_bad``).
REFERRALS = (
    "CASE WHEN typeof(referrals) IN ('real', 'integer') THEN referrals ELSE amp_bad(referrals) END"
)


def not_a_number(value: object) -> float:
    """Called by SQLite for a referrals value that is not a number: stop the read."""
    raise BadValue("demand", "", "referrals", value)


def num_text(value: float | None) -> str | None:
    """A number as the change log writes it: ``3`` rather than ``3.0``."""
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def row_from_programme(programme: Programme) -> dict[str, Any]:
    """The ``programmes`` row of *programme* (without its id and links)."""
    row: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(programme, name)
        if name == "months":
            value = format_months(value)
        elif hasattr(value, "value"):
            value = value.value
        row[name] = value
    return row


def link(source: str, role: str, known: dict[tuple[str, str], SourceLink]) -> SourceLink:
    """One shared :class:`SourceLink` per ``(source, role)`` pair (see ``reads``)."""
    found = known.get((source, role))
    if found is None:
        member = _ROLES.get(role)
        if member is None:
            raise BadValue("source link", source, "role", role)
        found = known[source, role] = SourceLink(source, member)
    return found


def source_from_row(code: str, name: str, category: str) -> ReferralSource:
    member = _KOLADA.get(category)
    if member is None:
        raise BadValue("source", code, "kolada_category", category)
    return ReferralSource(code, name, member)


def programme_from_record(record: tuple[Any, ...], links: tuple[SourceLink, ...]) -> Programme:
    """The programme of one row of :data:`SELECT_PROGRAMMES`.

    Same value as ``Programme(**fields)``, made several times faster: the frozen
    dataclass's ``__init__`` sets each of its 21 fields through
    ``object.__setattr__``, here they go into the instance dict at once.
    """
    values = dict(zip(COLUMNS, record[:-1], strict=True))
    pid = record[-1]
    stored_months = values["months"]
    months = _MONTHS.get(stored_months)
    if months is None:
        months = _months(pid, stored_months)
    values["months"] = months
    kind, status, skr = values["type"], values["status"], values["skr_category"]
    values["type"] = _TYPES.get(kind) or _bad(pid, "type", kind)
    values["status"] = _STATUSES.get(status) or _bad(pid, "status", status)
    values["skr_category"] = (_SKR.get(skr) or _bad(pid, "skr_category", skr)) if skr else None
    values["sources"] = links
    values["id"] = pid
    if not _FAST_INIT:
        return Programme(**values)
    programme = object.__new__(Programme)
    object.__setattr__(programme, "__dict__", values)  # frozen: set past its __setattr__
    return programme


#: The months of each stored ``months`` text read so far (a catalogue has a few
#: distinct ones, read a thousand times): shared tuples, as the texts are equal.
_MONTHS: dict[object, tuple[int, ...]] = {}


def _months(pid: object, stored: object) -> tuple[int, ...]:
    """The months of a stored ``months`` value; remembered when it is one AMP writes."""
    try:
        months = tuple(int(m) for m in stored.split(",") if m) if stored else ()  # type: ignore[attr-defined]
    except (ValueError, AttributeError):
        raise BadValue("programme", pid, "months", stored) from None
    if any(not 1 <= m <= 12 for m in months):
        raise BadValue("programme", pid, "months", stored)
    if len(_MONTHS) < 4096:
        _MONTHS[stored] = months
    return months


def _bad(pid: object, column: str, value: object) -> Any:
    raise BadValue("programme", pid, column, value)


def placeholders(values: Iterable[object]) -> str:
    """``?,?,?``: one SQL parameter mark per value (for ``IN (…)``)."""
    return ",".join("?" for _ in values)
