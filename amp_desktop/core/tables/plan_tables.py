"""The plan's tables, declared once: per programme, group totals, per source, comparison.

The Planning tab's models, the printed capacity overview and ``amp plan`` all
render these (``amp plan --json`` uses the keys).  Rows are
:class:`~amp_desktop.core.planning.ProgrammePlan` and
:class:`~amp_desktop.core.planning.GroupTotal` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column, TableSpec

# -- the columns a programme's plan and a group total share -----------------------------
_PLACES = Column("places", lambda: translate("Tables", "Places"), f.COUNT, "places", width=0.9)
_BUDGETED = Column(
    "budgeted_places", lambda: translate("Tables", "Budgeted\nplaces"), f.COUNT, "places"
)
_REFERRALS = Column(
    "referrals_per_month",
    lambda: translate("Tables", "Referrals\nper month"),
    f.DECIMAL,
    "referrals a month",
    width=1.1,
    tip=lambda: translate(
        "Tables", "Referrals in the period ÷ months; hover a cell for the sources"
    ),
)
_NEEDED = Column(
    "needed_places",
    lambda: translate("Tables", "Places\nneeded"),
    f.DECIMAL,
    "places",
    tip=lambda: translate("Tables", "Places needed: mean over the months the programme runs"),
)
_UTILISATION = Column("utilisation", lambda: translate("Tables", "Utilisation"), f.SHARE, "%")
_GAP = Column(
    "gap",
    lambda: translate("Tables", "Spare +\nshort −"),
    f.SIGNED,
    "places",
    width=0.9,
    tip=lambda: translate("Tables", "Places − needed: + spare places, − places short"),
)
_STATUS = Column("status", lambda: translate("Tables", "Status"), f.STATUS, width=2.2)
_COST_PLACE = Column(
    "cost_per_place_sek", lambda: translate("Tables", "Cost per\nplace"), f.MONEY, "SEK", width=1.4
)
_PROGRAMMES = Column("programmes", lambda: translate("Tables", "Programmes"), f.COUNT)

PROGRAMMES = TableSpec(
    name="programmes",
    columns=(
        Column("id", lambda: translate("Tables", "Id"), f.TEXT, align="right"),
        Column("name", lambda: translate("Tables", "Programme"), f.TEXT, width=3.0),
        Column("unit", lambda: translate("Tables", "Unit"), f.TEXT, width=1.7),
        Column("type", lambda: translate("Tables", "Type"), f.LABEL, width=1.1),
        _PLACES,
        _BUDGETED,
        _REFERRALS,
        Column(
            "average_stay_months",
            lambda: translate("Tables", "Stay\n(months)"),
            f.DECIMAL,
            "months",
        ),
        _NEEDED,
        _UTILISATION,
        _GAP,
        _STATUS,
        _COST_PLACE,
        Column(
            "cost_per_referral_sek",
            lambda: translate("Tables", "Cost per\nreferral"),
            f.MONEY,
            "SEK",
            width=1.4,
            tip=lambda: translate("Tables", "Annual budget ÷ (referrals per month × 12)"),
        ),
        Column("basis", lambda: translate("Tables", "Demand"), f.BASIS),
    ),
    # The screen's column numbers (COL_* in ui/planning/models.py) follow this order.
    screen=(
        "name",
        "unit",
        "places",
        "budgeted_places",
        "referrals_per_month",
        "average_stay_months",
        "needed_places",
        "utilisation",
        "gap",
        "status",
        "cost_per_place_sek",
        "cost_per_referral_sek",
        "basis",
        "type",
    ),
    paper=(
        "name",
        "unit",
        "type",
        "places",
        "budgeted_places",
        "referrals_per_month",
        "average_stay_months",
        "needed_places",
        "utilisation",
        "gap",
        "cost_per_place_sek",
        "status",
    ),
    cli=(
        "id",
        "name",
        "places",
        "budgeted_places",
        "referrals_per_month",
        "average_stay_months",
        "needed_places",
        "utilisation",
        "gap",
        "cost_per_place_sek",
        "status",
    ),
)

TOTALS = TableSpec(
    name="totals",
    columns=(
        Column("label", lambda: translate("Tables", "Group"), f.TEXT, width=3.0),
        _PROGRAMMES,
        _PLACES,
        _BUDGETED,
        _REFERRALS,
        _NEEDED,
        _UTILISATION,
        _GAP,
        Column(
            "annual_budget_sek",
            lambda: translate("Tables", "Annual\nbudget"),
            f.MONEY,
            "SEK",
            width=1.6,
        ),
        _COST_PLACE,
        _STATUS,
    ),
)

#: Per referral source only what belongs to a source: places are not divided among
#: sources, so their columns would stay empty.
SOURCE_TOTALS = TableSpec(
    name="source_totals",
    columns=(
        Column("label", lambda: translate("Tables", "Referral source"), f.TEXT, width=3.0),
        _PROGRAMMES,
        _REFERRALS,
        _NEEDED,
    ),
)

#: Two plans side by side: each of these for the one and the other.  The status is
#: the word alone: two narrow columns compare the category, before and after.
COMPARISON = TableSpec(
    name="comparison",
    columns=(
        Column("name", lambda: translate("Tables", "Programme"), f.TEXT),
        Column("status", lambda: translate("Tables", "Status"), f.STATUS_WORD),
        _PLACES,
        _NEEDED,
        _UTILISATION,
        _GAP,
    ),
)


def group_title(grouping: str) -> str:
    """The title of a totals table's first column: what its rows are grouped by."""
    titles = {
        "unit": translate("Tables", "Unit"),
        "type": translate("Tables", "Type"),
        "source": translate("Tables", "Referral source"),
    }
    return titles.get(grouping, translate("Tables", "Group"))


def totals_title(grouping: str) -> str:
    """The title of the table of totals by *grouping* (``unit``, ``type``, ``source``)."""
    titles = {
        "unit": translate("Tables", "Totals per unit"),
        "type": translate("Tables", "Totals per type"),
        "source": translate("Tables", "Totals per referral source"),
    }
    return titles[grouping]


def all_programmes_label() -> str:
    return translate("Tables", "All programmes")


def total_cells(columns: Sequence[Column], total: Any, label: str | None = None) -> list[str]:
    """A total row under a table of programmes: *total*'s cells in the columns it has
    (its label under the programme's name), the others empty."""
    cells = []
    for column in columns:
        if column.key in ("name", "label"):
            cells.append(total.label if label is None else label)
        elif hasattr(total, column.key) and column.key not in ("id", "unit", "type"):
            cells.append(column.text(total))
        else:
            cells.append("")
    return cells


#: Short one-line titles for a terminal (``amp plan`` at 100 columns), used only when
#: the full titles do not fit; :data:`CLI_LEGEND` spells them out under the table.
CLI_TITLES: dict[str, Callable[[], str]] = {
    "budgeted_places": lambda: translate("Tables", "Budget"),
    "referrals_per_month": lambda: translate("Tables", "Ref./mo"),
    "average_stay_months": lambda: translate("Tables", "Stay"),
    "needed_places": lambda: translate("Tables", "Needed"),
    "gap": lambda: translate("Tables", "Gap"),
    "cost_per_place_sek": lambda: translate("Tables", "Cost/place"),
}
CLI_LEGEND: dict[str, Callable[[], str]] = {
    "budgeted_places": lambda: translate("Tables", "Budget: budgeted places"),
    "referrals_per_month": lambda: translate("Tables", "Ref./mo: referrals per month"),
    "average_stay_months": lambda: translate("Tables", "Stay: average stay in months"),
    "needed_places": lambda: translate("Tables", "Needed: places needed"),
    "gap": lambda: translate("Tables", "Gap: places − needed (+ spare, − short)"),
    "cost_per_place_sek": lambda: translate("Tables", "Cost/place: cost per place"),
}
#: Per table, the columns a terminal too narrow for all of them leaves out, first to
#: last (the JSON and the printed overview keep every one).
CLI_LEAVE_OUT: dict[str, tuple[str, ...]] = {
    "programmes": (
        "budgeted_places",
        "cost_per_place_sek",
        "average_stay_months",
        "referrals_per_month",
    ),
    "totals": ("budgeted_places", "referrals_per_month", "cost_per_place_sek"),
}
