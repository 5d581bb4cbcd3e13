"""The results table, declared once: the Results tab, ``amp results`` and the printed
results render these columns (``amp results --json`` uses the keys).

Rows are the dictionaries of :func:`amp_desktop.core.results.period.results_document`
(a programme, or a group total with a ``name`` set by the caller).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column, TableSpec


def _key(key: str) -> Callable[[Any], Any]:
    return lambda row: row.get(key)


def _gender(gender: str, key: str) -> Callable[[Any], Any]:
    return lambda row: (row.get("by_gender") or {}).get(gender, {}).get(key)


def goal_text(met: bool | None) -> str:
    """ "Met", "Not met" or "" (no goal, or nobody left)."""
    if met is None:
        return ""
    return translate("Tables", "Met") if met else translate("Tables", "Not met")


RESULTS = TableSpec(
    name="results",
    columns=(
        Column(
            "name", lambda: translate("Tables", "Programme"), f.TEXT, width=3.2, value=_key("name")
        ),
        Column("type", lambda: translate("Tables", "Type"), f.LABEL, width=1.1, value=_key("type")),
        Column(
            "participants",
            lambda: translate("Tables", "Partici-\npants"),
            f.COUNT,
            "persons",
            value=_key("participants"),
            tip=lambda: translate(
                "Tables",
                "Enrolments running at the period's start (or when the programme's "
                "results begin, if later) + starts in the period; where its results "
                "resume after months no list covered, or one list meets another, those "
                "running then beyond those running before",
            ),
        ),
        Column("starts", lambda: translate("Tables", "Starts"), f.COUNT, value=_key("starts")),
        Column("exits", lambda: translate("Tables", "Exits"), f.COUNT, value=_key("exits")),
        Column(
            "work_or_studies",
            lambda: translate("Tables", "To work\nor studies"),
            f.COUNT,
            value=_key("work_or_studies"),
        ),
        Column(
            "work_or_studies_share",
            lambda: translate("Tables", "Share to work\nor studies"),
            f.SHARE,
            "%",
            width=1.2,
            value=_key("work_or_studies_share"),
            tip=lambda: translate(
                "Tables",
                "Exits to work, subsidised work or studies ÷ all exits (Kolada U40455); "
                "a municipal labour-market job is not work",
            ),
        ),
        Column(
            "women_share",
            lambda: translate("Tables", "Women"),
            f.SHARE,
            "%",
            value=_gender("K", "work_or_studies_share"),
        ),
        Column(
            "men_share",
            lambda: translate("Tables", "Men"),
            f.SHARE,
            "%",
            value=_gender("M", "work_or_studies_share"),
        ),
        Column(
            "goal_work_or_studies_share",
            lambda: translate("Tables", "Goal"),
            f.SHARE,
            "%",
            value=_key("goal_work_or_studies_share"),
        ),
        Column(
            "goal_met",
            lambda: translate("Tables", "Goal\nmet"),
            f.TEXT,
            value=lambda row: goal_text(row.get("goal_met")),
        ),
        Column(
            "median_stay_weeks",
            lambda: translate("Tables", "Median stay\n(weeks)"),
            f.WEEKS,
            "weeks",
            value=_key("median_stay_weeks"),
        ),
        Column(
            "mean_stay_weeks",
            lambda: translate("Tables", "Mean stay\n(weeks)"),
            f.DECIMAL,
            "weeks",
            value=_key("mean_stay_weeks"),
        ),
        Column(
            "average_occupancy",
            lambda: translate("Tables", "Average\noccupancy"),
            f.DECIMAL,
            "places",
            value=_key("average_occupancy"),
            tip=lambda: translate("Tables", "Participant-days ÷ days in the period"),
        ),
        Column(
            "places", lambda: translate("Tables", "Places"), f.COUNT, "places", value=_key("places")
        ),
        Column(
            "actual_utilisation",
            lambda: translate("Tables", "Actual\nutilisation"),
            f.SHARE,
            "%",
            value=_key("actual_utilisation"),
        ),
        Column(
            "cost_per_participant_sek",
            lambda: translate("Tables", "Cost per\nparticipant"),
            f.MONEY,
            "SEK",
            width=1.4,
            value=_key("cost_per_participant_sek"),
            missing=f.NOT_KNOWN,  # (the definitions: no budget, or nothing to divide by)
        ),
        Column(
            "cost_per_work_or_studies_sek",
            lambda: translate("Tables", "Cost per exit to\nwork or studies"),
            f.MONEY,
            "SEK",
            width=1.5,
            value=_key("cost_per_work_or_studies_sek"),
            missing=f.NOT_KNOWN,  # (the definitions: no budget, or nothing to divide by)
        ),
    ),
    paper=(
        "name",
        "participants",
        "starts",
        "exits",
        "work_or_studies",
        "work_or_studies_share",
        "women_share",
        "men_share",
        "goal_work_or_studies_share",
        "goal_met",
        "median_stay_weeks",
        "actual_utilisation",
        "cost_per_participant_sek",
        "cost_per_work_or_studies_sek",
    ),
    cli=(
        "name",
        "participants",
        "starts",
        "exits",
        "work_or_studies_share",
        "women_share",
        "men_share",
        "goal_met",
        "median_stay_weeks",
        "actual_utilisation",
        "cost_per_work_or_studies_sek",
    ),
)
