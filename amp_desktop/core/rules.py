"""The catalogue's rules, enforced in one place: every write goes through here."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from amp_desktop.core.domain import Programme, ReferralSource
from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable

    from amp_desktop.core.store.changes import ChangeSet

MAX_TEXT = 10_000
MAX_NAME = 200
MAX_CODE = 20
#: A referral source's code (AF, SKE, F-kassan, Individuell ansökan …) and how many
#: sources a catalogue (and so a programme) may have: far above any unit's
#: twenty or so, far below what a wrong column read as sources would create.
MAX_SOURCE_CODE = 40
MAX_SOURCES = 200
#: Upper limits far above any municipality's figures, so that a typo (or a number
#: SQLite cannot store) is caught with a message instead of failing the write.
MAX_PLACES = 100_000
MAX_STAY_WEEKS = 520
MAX_BUDGET_SEK = 10_000_000_000
MAX_REFERRALS = 1_000_000
FIRST_YEAR, LAST_YEAR = 1990, 2100
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class Violation:
    """One broken rule: the field it concerns and a message naming it."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class RuleError(AmpError, ValueError):
    """Raised by the store when a programme breaks one or more rules."""

    def __init__(self, violations: list[Violation]):
        self.violations = violations
        super().__init__("; ".join(v.message for v in violations))


def text_key(text: str) -> str:
    """What makes two names or codes the same: case, surrounding spaces and the
    Unicode form (``é`` typed as one character or as ``e`` + accent) do not count."""
    return unicodedata.normalize("NFC", text).strip().casefold()


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def check_programme(
    programme: Programme, other_names: set[str] | None = None, other_codes: set[str] | None = None
) -> list[Violation]:
    """All the rules *programme* breaks; an empty list means it may be stored.

    *other_names* and *other_codes* are those of the other programmes in the
    catalogue (names and short codes are unique, case-insensitively).
    """
    found: list[Violation] = []

    def bad(field: str, message: str) -> None:
        found.append(Violation(field, message))

    name = programme.name.strip()
    if not name:
        bad("name", translate("Rules", "Name: a programme needs a name."))
    elif len(name) > MAX_NAME:
        bad("name", translate("Rules", "Name: at most 200 characters."))
    code = programme.code.strip()
    if len(code) > MAX_CODE:
        bad("code", translate("Rules", "Short code: at most 20 characters."))
    if other_names is not None or other_codes is not None:
        found.extend(check_unique(programme, other_names or set(), other_codes or set()))
    for field in ("name", "code", "description", "target_group", "notes", "funding", "unit"):
        personal = check_personal(field, getattr(programme, field))
        if personal:
            found.append(personal)
    for field in ("places", "budgeted_places", "annual_budget_sek"):
        value = getattr(programme, field)
        if value is not None and value < 0:
            bad(field, _negative_message(field))
        elif value is not None and value > (
            MAX_BUDGET_SEK if field == "annual_budget_sek" else MAX_PLACES
        ):
            bad(field, _too_large_message(field))
    goal = programme.goal_work_or_studies_share
    if goal is not None and not (math.isfinite(goal) and 0 <= goal <= 1):
        bad(
            "goal_work_or_studies_share",
            translate("Rules", "Goal: a share from 0 to 100 %."),
        )
    if programme.average_stay_weeks is not None:
        if programme.average_stay_weeks <= 0:
            bad(
                "average_stay_weeks",
                translate("Rules", "Average stay (weeks): must be more than 0."),
            )
        elif programme.average_stay_weeks > MAX_STAY_WEEKS:
            bad(
                "average_stay_weeks", translate("Rules", "Average stay (weeks): at most 520 weeks.")
            )
    for field in ("age_min", "age_max"):
        value = getattr(programme, field)
        if value is not None and not 0 <= value <= 120:
            bad(field, _age_message(field))
    if (
        programme.age_min is not None
        and programme.age_max is not None
        and programme.age_min > programme.age_max
    ):
        bad("age_max", translate("Rules", "Maximum age: must not be below the minimum age."))
    for field in ("start_date", "end_date"):
        value = getattr(programme, field)
        if value and not _is_date(value):
            bad(field, _date_message(field))
    if (
        programme.start_date
        and programme.end_date
        and _is_date(programme.start_date)
        and _is_date(programme.end_date)
        and programme.end_date <= programme.start_date
    ):
        bad("end_date", translate("Rules", "End date: must be after the start date."))
    if any(not 1 <= m <= 12 for m in programme.months):
        bad("months", translate("Rules", "Months it runs: months are numbered 1 to 12."))
    for field in ("description", "target_group", "notes", "funding", "unit"):
        if len(getattr(programme, field)) > MAX_TEXT:
            bad(field, translate("Rules", "Text: at most 10,000 characters in a field."))
    seen: set[str] = set()
    if len(programme.sources) > MAX_SOURCES:
        bad("referral_sources", too_many_sources().message)
        return found
    for link in programme.sources:
        if not link.source.strip():
            bad("referral_sources", translate("Rules", "Referral sources: a source has no code."))
        elif link.source.casefold() in seen:
            bad(
                "referral_sources",
                translate("Rules", "Referral sources: a source is listed twice."),
            )
        else:
            found.extend(check_source_code(link.source)[:1])
        seen.add(link.source.casefold())
    return found


def personal_message() -> str:
    return translate(
        "Rules",
        "This looks like a personal identity number. AMP never stores personal data: remove it.",
    )


#: :func:`amp_desktop.core.personal.find_personal_id`, imported the first time a text
#: is checked: its patterns cost the window's start-up 1.5 ms to compile.
_find_personal_id: Callable[[str], str | None] | None = None


def check_personal(field: str, text: str) -> Violation | None:
    """The one check every text that reaches the file goes through: a violation
    for *field* when *text* holds a personal identity number (any spelling)."""
    global _find_personal_id
    if not text:
        return None
    if _find_personal_id is None:
        from amp_desktop.core.personal import find_personal_id

        _find_personal_id = find_personal_id
    if _find_personal_id(text):
        return Violation(field, personal_message())
    return None


def _person_named(field: str, text: str) -> Violation | None:
    """A violation for *field* when *text* is written as a person's name: a referral
    source is who referred, never a person (a case worker's name in a list's
    source column would otherwise become a source kept in the file)."""
    from amp_desktop.core.personal import looks_like_person_name

    if text and looks_like_person_name(text):
        return Violation(
            field,
            translate(
                "Rules",
                "Referral sources: this looks like a person's name; a source is who "
                "referred (Arbetsförmedlingen, Försäkringskassan, social services…), "
                "never a person.",
            ),
        )
    return None


def too_many_sources() -> Violation:
    return Violation(
        "referral_sources",
        translate("Rules", "Referral sources: a catalogue holds at most 200 referral sources."),
    )


def check_source_code(code: str) -> list[Violation]:
    """The rules a referral source's code breaks: not empty, at most 40
    characters, no identity number."""
    if not code.strip():
        return [
            Violation(
                "referral_sources", translate("Rules", "Referral sources: a source has no code.")
            )
        ]
    personal = check_personal("referral_sources", code)
    if personal:
        return [personal]
    if len(code) > MAX_SOURCE_CODE:
        return [
            Violation(
                "referral_sources",
                translate("Rules", "Referral sources: a source's code has at most 40 characters."),
            )
        ]
    return []


def check_new_source_code(code: str) -> list[Violation]:
    """The rules a source about to be made (or changed) breaks: those of
    :func:`check_source_code`, and not a person's name.  (A programme's links and its
    demand name sources the catalogue has: a file from before the rule keeps working.)"""
    found = check_source_code(code)
    if not found and (named := _person_named("referral_sources", code)):
        found.append(named)
    return found


def check_source(source: ReferralSource) -> list[Violation]:
    """The rules a referral source breaks (its code, and its name as any text)."""
    found = check_new_source_code(source.code)
    personal = check_personal("referral_sources", source.name) or _person_named(
        "referral_sources", source.name
    )
    if personal and not found:
        found.append(personal)
    if len(source.name) > MAX_NAME:
        found.append(
            Violation("referral_sources", translate("Rules", "Name: at most 200 characters."))
        )
    return found


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def check_scenario(name: str, data: str | None) -> list[Violation]:
    """A scenario's name and the texts in its data: no identity number."""
    texts = [name]
    if data:
        try:
            texts.extend(_strings(json.loads(data)))
        except ValueError:
            texts.append(data)
    for text in texts:
        personal = check_personal("scenario", text)
        if personal:
            return [personal]
    return []


def check_change(change: ChangeSet) -> list[Violation]:
    """Every rule a change breaks, for all it writes: programmes, referral sources,
    demand (its month, number and source code), scenarios and the description
    the change log keeps.  The store calls :func:`enforce` before writing."""
    found: list[Violation] = []
    for programme_change in change.programmes:
        if programme_change.after is not None:
            found.extend(check_programme(programme_change.after))
    for source_change in change.sources:
        if source_change.after is not None:
            found.extend(check_source(source_change.after))
    sources: dict[str, list[Violation]] = {}
    for demand_change in change.demand:
        key = demand_change.key
        if key.source not in sources:
            sources[key.source] = check_source_code(key.source) if key.source else []
        found.extend(sources[key.source])
        if demand_change.after is not None:
            found.extend(check_demand(key.month, demand_change.after))
    for scenario_change in change.scenarios:
        found.extend(check_scenario(scenario_change.name, scenario_change.after))
    personal = check_personal("description", change.description)
    if personal:
        found.append(personal)
    return list(dict.fromkeys(found))


def enforce(change: ChangeSet) -> None:
    """Raise :class:`RuleError` if *change* breaks a rule (see :func:`check_change`)."""
    found = check_change(change)
    if found:
        raise RuleError(found)


def check_unique(
    programme: Programme, taken_names: set[str], taken_codes: set[str]
) -> list[Violation]:
    """The uniqueness rules alone: *programme*'s name or short code among keys
    (:func:`text_key`) that another programme holds."""
    found: list[Violation] = []
    if programme.name.strip() and text_key(programme.name) in taken_names:
        found.append(
            Violation("name", translate("Rules", "Name: another programme already has this name."))
        )
    if programme.code.strip() and text_key(programme.code) in taken_codes:
        found.append(
            Violation(
                "code",
                translate("Rules", "Short code: another programme already has this code."),
            )
        )
    return found


def _negative_message(field: str) -> str:
    return {
        "places": translate("Rules", "Places: must be 0 or more."),
        "budgeted_places": translate("Rules", "Budgeted places: must be 0 or more."),
        "annual_budget_sek": translate("Rules", "Annual budget (SEK): must be 0 or more."),
    }[field]


def _too_large_message(field: str) -> str:
    return {
        "places": translate("Rules", "Places: at most 100,000."),
        "budgeted_places": translate("Rules", "Budgeted places: at most 100,000."),
        "annual_budget_sek": translate(
            "Rules", "Annual budget (SEK): at most 10,000,000,000 (ten billion)."
        ),
    }[field]


def check_demand(month: str, referrals: float | None) -> list[Violation]:
    """The rules a demand cell breaks: a month ``YYYY-MM`` from 1990 to 2100, and
    referrals (None removes the cell) from 0 to 1,000,000."""
    found: list[Violation] = []
    match = _MONTH.match(month)
    if not match or not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
        found.append(
            Violation(
                "month",
                translate("Rules", "Month: “{month}” is not a month from 1990 to 2100.").format(
                    month=month
                ),
            )
        )
    if referrals is not None:
        found.extend(check_referrals(referrals))
    return found


def check_referrals(referrals: float) -> list[Violation]:
    """The rules a number of referrals breaks: a number from 0 to 1,000,000."""
    if math.isnan(referrals):
        return [Violation("referrals", translate("Rules", "Referrals: must be a number."))]
    if referrals < 0:
        return [Violation("referrals", translate("Rules", "Referrals: must be 0 or more."))]
    if referrals > MAX_REFERRALS:
        return [Violation("referrals", translate("Rules", "Referrals: at most 1,000,000 a month."))]
    return []


def _age_message(field: str) -> str:
    return {
        "age_min": translate("Rules", "Minimum age: must be between 0 and 120."),
        "age_max": translate("Rules", "Maximum age: must be between 0 and 120."),
    }[field]


def _date_message(field: str) -> str:
    return {
        "start_date": translate("Rules", "Start date: write the date as YYYY-MM-DD."),
        "end_date": translate("Rules", "End date: write the date as YYYY-MM-DD."),
    }[field]
