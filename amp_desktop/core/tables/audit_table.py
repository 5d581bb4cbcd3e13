"""The audit table, declared once: ``amp audit`` and the audit printout render these
columns (``amp audit --json`` uses the documented keys of ``docs/audit-json.md``).

Rows are the programme entries of :func:`amp_desktop.core.audit.audit_document`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column, TableSpec


def _path(*keys: str) -> Callable[[Any], Any]:
    def value(row: Any) -> Any:
        for key in keys:
            row = (row or {}).get(key)
        return row

    return value


def yes_no(value: bool | None) -> str:
    """ "Yes", "No" or "" (not known)."""
    if value is None:
        return ""
    return translate("Tables", "Yes") if value else translate("Tables", "No")


def _mandate(row: Any) -> str:
    return yes_no(_path("mandate", "clear")(row))


def _decision(row: Any) -> str:
    return yes_no(_path("mandate", "decision")(row))


def _checks(row: Any) -> int:
    """How many checks fail (each is told below the table, by its key and in words:
    the keys side by side made a line of 200 characters no one could read)."""
    return len(row.get("checks") or [])


AUDIT = TableSpec(
    name="audit",
    columns=(
        Column(
            "name", lambda: translate("Tables", "Programme"), f.TEXT, width=3.0, value=_path("name")
        ),
        Column("unit", lambda: translate("Tables", "Unit"), f.TEXT, width=1.6, value=_path("unit")),
        Column(
            "type", lambda: translate("Tables", "Type"), f.LABEL, width=1.1, value=_path("type")
        ),
        Column(
            "status",
            lambda: translate("Tables", "Status"),
            f.STATUS_WORD,
            width=1.2,
            value=_path("places", "status"),
        ),
        Column(
            "utilisation",
            lambda: translate("Tables", "Utilisation"),
            f.SHARE,
            "%",
            value=_path("places", "utilisation"),
        ),
        Column(
            "cost_per_place_sek",
            lambda: translate("Tables", "Cost/\nplace"),
            f.MONEY,
            "SEK",
            width=1.4,
            value=_path("cost", "cost_per_place_sek"),
        ),
        Column(
            "work_or_studies_share",
            lambda: translate("Tables", "Share to work\nor studies"),
            f.SHARE,
            "%",
            width=1.2,
            value=_path("results", "work_or_studies_share"),
        ),
        Column(
            "goal",
            lambda: translate("Tables", "Goal"),
            f.SHARE,
            "%",
            value=_path("results", "goal_work_or_studies_share"),
        ),
        Column(
            "women_share",
            lambda: translate("Tables", "Women"),
            f.SHARE,
            "%",
            value=_path("results", "women", "work_or_studies_share"),
        ),
        Column(
            "men_share",
            lambda: translate("Tables", "Men"),
            f.SHARE,
            "%",
            value=_path("results", "men", "work_or_studies_share"),
        ),
        Column("mandate", lambda: translate("Tables", "Mandate"), f.TEXT, value=_mandate),
        Column("decision", lambda: translate("Tables", "Decision"), f.TEXT, value=_decision),
        Column("checks", lambda: translate("Tables", "Checks failed"), f.COUNT, value=_checks),
    ),
    cli=(
        "name",
        "type",
        "status",
        "utilisation",
        "cost_per_place_sek",
        "work_or_studies_share",
        "goal",
        "mandate",
        "decision",
        "checks",
    ),
)
