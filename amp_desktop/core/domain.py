"""Programmes, referral sources and their fields: the vocabulary of the catalogue."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core.i18n import translate


class ProgrammeType(enum.StrEnum):
    """Primary programmes aim at work or studies directly; secondary ones later."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


class Status(enum.StrEnum):
    """Where a programme stands in its life."""

    ACTIVE = "active"
    PLANNED = "planned"
    PAUSED = "paused"
    CLOSED = "closed"


class SourceRole(enum.StrEnum):
    """A main source refers first; a fallback fills places the main one leaves."""

    MAIN = "main"
    FALLBACK = "fallback"


class SkrCategory(enum.StrEnum):
    """SKR's nine categories of municipal labour-market programmes."""

    WORK_TRAINING = "work_training"
    JOB_SEARCH = "job_search"
    ORIENTATION_COURSE = "orientation_course"
    MATCHING = "matching"
    PUBLIC_PLACEMENT = "public_placement"
    STUDY_GUIDANCE = "study_guidance"
    MUNICIPAL_EMPLOYMENT = "municipal_employment"
    SUMMER_JOBS = "summer_jobs"
    SKILLS_MAPPING = "skills_mapping"


class KoladaCategory(enum.StrEnum):
    """Who initiated a referral, as Kolada counts it (U40806–U40810, U40824)."""

    AF = "af"
    FK = "fk"
    SELF = "self"
    SOCIAL_SERVICES = "social_services"
    AF_SOCIAL = "af_social_services"
    OTHER = "other"


KOLADA_KPI = {
    KoladaCategory.AF: "U40806",
    KoladaCategory.FK: "U40807",
    KoladaCategory.SELF: "U40808",
    KoladaCategory.SOCIAL_SERVICES: "U40809",
    KoladaCategory.OTHER: "U40810",
    KoladaCategory.AF_SOCIAL: "U40824",
}


def enum_label(value: enum.Enum | str | None) -> str:
    """The translated, human label of an enum value (English source text)."""
    if value is None or value == "":
        return ""
    key = value.value if isinstance(value, enum.Enum) else str(value)
    labels = _enum_labels()
    return labels.get(key, key)


def _enum_labels() -> dict[str, str]:
    return {
        "primary": translate("Domain", "Primary"),
        "secondary": translate("Domain", "Secondary"),
        "active": translate("Domain", "Active"),
        "planned": translate("Domain", "Planned"),
        "paused": translate("Domain", "Paused"),
        "closed": translate("Domain", "Closed"),
        "main": translate("Domain", "Main"),
        "fallback": translate("Domain", "Fallback"),
        "work_training": translate("Domain", "Work trial/training"),
        "job_search": translate("Domain", "Job search/coaching"),
        "orientation_course": translate("Domain", "Orientation/guidance course"),
        "matching": translate("Domain", "Matching"),
        "public_placement": translate("Domain", "Placement with a public employer"),
        "study_guidance": translate("Domain", "Study/vocational guidance"),
        "municipal_employment": translate("Domain", "Municipal labour-market employment"),
        "summer_jobs": translate("Domain", "Summer jobs"),
        "skills_mapping": translate("Domain", "Mapping of prior skills"),
        "af": translate("Domain", "Arbetsförmedlingen"),
        "fk": translate("Domain", "Försäkringskassan"),
        "self": translate("Domain", "The person themself"),
        "social_services": translate("Domain", "Social services"),
        "af_social_services": translate("Domain", "Arbetsförmedlingen with social services"),
        "other": translate("Domain", "Other"),
    }


@dataclass(frozen=True)
class FieldSpec:
    """What the catalogue knows about one programme field."""

    name: str
    kind: str  # "text", "int", "float", "money", "date", "enum", "months", "share"
    label_en: str
    choices: tuple[str, ...] = ()

    def label(self) -> str:
        """The field's translated label."""
        return _field_labels().get(self.name, self.label_en)


def _field_labels() -> dict[str, str]:
    return {
        "id": translate("Field", "Id"),
        "name": translate("Field", "Name"),
        "code": translate("Field", "Short code"),
        "description": translate("Field", "Description"),
        "target_group": translate("Field", "Target group"),
        "age_min": translate("Field", "Minimum age"),
        "age_max": translate("Field", "Maximum age"),
        "places": translate("Field", "Places"),
        "budgeted_places": translate("Field", "Budgeted places"),
        "annual_budget_sek": translate("Field", "Annual budget (SEK)"),
        "type": translate("Field", "Type"),
        "skr_category": translate("Field", "SKR category"),
        "unit": translate("Field", "Unit"),
        "funding": translate("Field", "Funding"),
        "start_date": translate("Field", "Start date"),
        "end_date": translate("Field", "End date"),
        "average_stay_weeks": translate("Field", "Average stay (weeks)"),
        "months": translate("Field", "Months it runs"),
        "status": translate("Field", "Status"),
        "notes": translate("Field", "Notes"),
        "goal_work_or_studies_share": translate("Field", "Goal: share to work or studies"),
        "referral_sources": translate("Field", "Referral sources"),
    }


def _choices(enum_type: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(str(member.value) for member in enum_type)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "text", "Name"),
    FieldSpec("code", "text", "Short code"),
    FieldSpec("description", "text", "Description"),
    FieldSpec("target_group", "text", "Target group"),
    FieldSpec("age_min", "int", "Minimum age"),
    FieldSpec("age_max", "int", "Maximum age"),
    FieldSpec("places", "int", "Places"),
    FieldSpec("budgeted_places", "int", "Budgeted places"),
    FieldSpec("annual_budget_sek", "money", "Annual budget (SEK)"),
    FieldSpec("type", "enum", "Type", _choices(ProgrammeType)),
    FieldSpec("skr_category", "enum", "SKR category", _choices(SkrCategory)),
    FieldSpec("unit", "text", "Unit"),
    FieldSpec("funding", "text", "Funding"),
    FieldSpec("start_date", "date", "Start date"),
    FieldSpec("end_date", "date", "End date"),
    FieldSpec("average_stay_weeks", "float", "Average stay (weeks)"),
    FieldSpec("months", "months", "Months it runs"),
    FieldSpec("status", "enum", "Status", _choices(Status)),
    FieldSpec("notes", "text", "Notes"),
    FieldSpec("goal_work_or_studies_share", "share", "Goal: share to work or studies"),
)
FIELD_BY_NAME = {spec.name: spec for spec in FIELDS}
FIELD_NAMES = tuple(spec.name for spec in FIELDS)


@dataclass(frozen=True)
class SourceLink:
    """One referral source of a programme, by the source's code, with its role."""

    source: str
    role: SourceRole = SourceRole.MAIN

    def to_json(self) -> dict[str, str]:
        return {"source": self.source, "role": self.role.value}


@dataclass(frozen=True)
class ReferralSource:
    """Someone who may refer participants, e.g. AF (Arbetsförmedlingen)."""

    code: str
    name: str = ""
    kolada_category: KoladaCategory = KoladaCategory.OTHER
    id: int | None = None


@dataclass(frozen=True)
class Programme:
    """One labour-market programme (*insats*) of the catalogue.

    ``months`` lists the months (1–12) a seasonal programme runs; an empty tuple
    means all year.  Dates are ISO ``YYYY-MM-DD`` strings.  ``id`` is None until the
    store has given the programme its stable id.
    """

    name: str
    code: str = ""
    description: str = ""
    target_group: str = ""
    age_min: int | None = None
    age_max: int | None = None
    places: int = 0
    budgeted_places: int | None = None
    annual_budget_sek: int | None = None
    type: ProgrammeType = ProgrammeType.PRIMARY
    skr_category: SkrCategory | None = None
    unit: str = ""
    funding: str = ""
    start_date: str | None = None
    end_date: str | None = None
    average_stay_weeks: float | None = None
    months: tuple[int, ...] = ()
    status: Status = Status.ACTIVE
    notes: str = ""
    sources: tuple[SourceLink, ...] = field(default_factory=tuple)
    #: The goal for the share of exits to work or studies (U40455), a fraction.
    goal_work_or_studies_share: float | None = None
    id: int | None = None

    def replace(self, **changes: Any) -> Programme:
        """A copy with *changes* applied (fields are coerced to their types)."""
        return coerce_programme(dataclasses.replace(self, **changes))

    def value(self, name: str) -> Any:
        """The value of field *name* (``referral_sources`` gives the links)."""
        if name == "referral_sources":
            return self.sources
        return getattr(self, name)

    @property
    def average_stay_months(self) -> float | None:
        """Average stay in months (a month is 52/12 weeks)."""
        if self.average_stay_weeks is None:
            return None
        return self.average_stay_weeks * 12.0 / 52.0

    def main_sources(self) -> tuple[str, ...]:
        return tuple(s.source for s in self.sources if s.role is SourceRole.MAIN)

    def fallback_sources(self) -> tuple[str, ...]:
        return tuple(s.source for s in self.sources if s.role is SourceRole.FALLBACK)

    def to_json(self) -> dict[str, Any]:
        """The programme as documented JSON (English snake_case keys)."""
        data: dict[str, Any] = {"id": self.id}
        for spec in FIELDS:
            value = getattr(self, spec.name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
            data[spec.name] = value
        data["average_stay_months"] = self.average_stay_months
        data["referral_sources"] = [link.to_json() for link in self.sources]
        return data


def format_months(months: tuple[int, ...]) -> str:
    """Months as stored and shown in sheets: ``"6,7,8"`` (empty = all year)."""
    return ",".join(str(m) for m in months)


def format_sources(sources: tuple[SourceLink, ...]) -> str:
    """Sources as written in a cell: ``"AF (SKE, AME)"`` — fallbacks in brackets."""
    main = [s.source for s in sources if s.role is SourceRole.MAIN]
    fallback = [s.source for s in sources if s.role is SourceRole.FALLBACK]
    text = ", ".join(main)
    if fallback:
        text = f"{text} ({', '.join(fallback)})" if text else f"({', '.join(fallback)})"
    return text


def coerce_programme(programme: Programme) -> Programme:
    """Bring loosely typed values (strings for enums, lists) to their types."""
    changes: dict[str, Any] = {}
    if not isinstance(programme.type, ProgrammeType):
        changes["type"] = ProgrammeType(programme.type)
    if not isinstance(programme.status, Status):
        changes["status"] = Status(programme.status)
    if programme.skr_category is not None and not isinstance(programme.skr_category, SkrCategory):
        changes["skr_category"] = (
            SkrCategory(programme.skr_category) if programme.skr_category else None
        )
    if not isinstance(programme.months, tuple):
        changes["months"] = tuple(sorted({int(m) for m in programme.months}))
    if not isinstance(programme.sources, tuple) or any(
        not isinstance(s.role, SourceRole) for s in programme.sources
    ):
        changes["sources"] = tuple(
            SourceLink(s.source, SourceRole(s.role)) for s in programme.sources
        )
    return dataclasses.replace(programme, **changes) if changes else programme


def budget_in_period(
    annual_budget_sek: int | None,
    first_month: str,
    last_month: str,
    start_date: str | None = None,
    end_date: str | None = None,
) -> float | None:
    """The part of an annual budget that falls in the months *first_month* to
    *last_month* (``YYYY-MM``): the budget × the months ÷ 12, pro rata for a programme
    that starts or ends inside them — × the share of their days between its
    *start_date* and *end_date*.  For a calendar year that is the budget × the days it
    runs ÷ the year's days (#13 item 1, the gross cost).  The one definition of a
    programme's cost in a period: the yearly figures, the audit and the Results tab's
    cost per result all use it.  None without a budget; 0 for a programme that does
    not run in the period (or whose dates cannot be read)."""
    if annual_budget_sek is None:
        return None
    first = dt.date.fromisoformat(first_month + "-01")
    year, month = divmod(int(last_month[:4]) * 12 + int(last_month[5:7]), 12)  # the month after
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    try:
        start = max(first, dt.date.fromisoformat(start_date)) if start_date else first
        end = min(last, dt.date.fromisoformat(end_date)) if end_date else last
    except ValueError:
        return 0.0
    if end < start:
        return 0.0
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    period_days = (last - first).days + 1
    running_days = (end - start).days + 1
    if running_days == period_days:
        return annual_budget_sek * months / 12
    return annual_budget_sek * months * running_days / (12 * period_days)
