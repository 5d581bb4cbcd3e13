"""The catalogue's tables, declared once: the Catalogue tab, the printed list, ``amp list``.

Rows are :class:`~amp_desktop.core.domain.Programme` objects; cells are written by
their format kind (the text :func:`~amp_desktop.core.tables.fields.display_text` gives).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column, TableSpec


def _field(name: str) -> Callable[[Any], Any]:
    return lambda programme: programme.value(name)


CATALOGUE = TableSpec(
    name="catalogue",
    columns=(
        Column("id", lambda: translate("Tables", "Id"), f.TEXT, align="right", width=0.4),
        Column("name", lambda: translate("Tables", "Programme"), f.TEXT, width=2.0),
        Column("code", lambda: translate("Tables", "Code"), f.TEXT),
        Column("description", lambda: translate("Tables", "Description"), f.TEXT, width=5.0),
        Column("target_group", lambda: translate("Tables", "Target group"), f.TEXT, width=2.2),
        Column("unit", lambda: translate("Tables", "Unit"), f.TEXT, width=1.6),
        Column("type", lambda: translate("Tables", "Type"), f.LABEL),
        Column("status", lambda: translate("Tables", "Status"), f.LABEL),
        Column(
            "referral_sources",
            lambda: translate("Tables", "Referral sources\n(fallback)"),
            f.SOURCES,
            width=1.6,
            value=_field("referral_sources"),
        ),
        Column("places", lambda: translate("Tables", "Places"), f.COUNT, "places", width=0.8),
        Column(
            "budgeted_places", lambda: translate("Tables", "Budgeted\nplaces"), f.COUNT, "places"
        ),
        Column("annual_budget_sek", lambda: translate("Tables", "Annual\nbudget"), f.MONEY, "SEK"),
        Column(
            "average_stay_weeks", lambda: translate("Tables", "Stay\n(weeks)"), f.WEEKS, "weeks"
        ),
        Column("skr_category", lambda: translate("Tables", "SKR category"), f.LABEL),
    ),
    # The Catalogue tab's column numbers (COL_* in ui/catalogue_model.py) follow this.
    screen=(
        "name",
        "code",
        "unit",
        "type",
        "status",
        "referral_sources",
        "places",
        "budgeted_places",
        "annual_budget_sek",
        "average_stay_weeks",
        "skr_category",
    ),
    paper=(
        "name",
        "description",
        "target_group",
        "places",
        "budgeted_places",
        "referral_sources",
        "type",
        "unit",
    ),
    # ``amp list``: one line per programme, the id first (what ``amp show`` takes).
    cli=(
        "id",
        "name",
        "code",
        "places",
        "budgeted_places",
        "type",
        "unit",
        "referral_sources",
    ),
)
