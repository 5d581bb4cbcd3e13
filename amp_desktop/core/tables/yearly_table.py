"""The yearly figures table, declared once: ``amp yearly``, its Excel sheet, the window's
Yearly figures and the printed report render these columns.

Rows are :func:`yearly_rows` dictionaries: a figure's JSON (``Figure.to_json``) with
``hidden`` — per group, the ``<5``/``..`` that replaces a value leaving the unit
(empty for the window and ``amp yearly``, which are the unit's own).  A row's
numbers are written by its unit: a count, a share (%), kronor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.column import Column, TableSpec
from amp_desktop.core.tables.formats import cell_text

_KIND = {"count": f.COUNT, "share": f.SHARE, "sek": f.MONEY, "sek_per_inhabitant": f.MONEY}


def value_kind(unit: str) -> str:
    """The number format (:mod:`~amp_desktop.core.tables.formats`) of a figure's *unit*."""
    return _KIND.get(unit, f.DECIMAL)


def value_text(row: dict[str, Any], value: Any) -> str:
    """*value* written as the row's unit says."""
    if value is None:
        return ""
    return cell_text(_KIND.get(row.get("unit", ""), f.DECIMAL), value, row)


def _own(group: str, key: str) -> Callable[[Any], Any]:
    def text(row: dict[str, Any]) -> str:
        hidden = (row.get("hidden") or {}).get(group)
        return hidden if hidden else value_text(row, row.get(key))

    return text


def _kolada(place: str) -> Callable[[Any], Any]:
    def text(row: dict[str, Any]) -> str:
        entry = (row.get("kolada") or {}).get(place) or {}
        return value_text(row, entry.get("value"))

    return text


def check_text(row: dict[str, Any]) -> str:
    found = row.get("check")
    if not found:
        return ""
    if found["agrees"]:
        return translate("Tables", "Agrees")
    return translate("Tables", "Differs")


def _id(row: dict[str, Any]) -> str:
    kolada_id = row.get("kolada_id") or ""
    if kolada_id and not row.get("kolada_id_verified"):
        return kolada_id + "*"
    return kolada_id


_SHOWN = (
    "kolada_id",
    "title",
    "value",
    "women",
    "men",
    "municipality",
    "peers",
    "county",
    "country",
    "check",
)

YEARLY = TableSpec(
    name="yearly",
    columns=(
        Column(
            "kolada_id",
            lambda: translate("Tables", "Kolada id"),
            f.TEXT,
            width=0.9,
            value=_id,
            tip=lambda: translate("Tables", "* not yet confirmed by Kolada's metadata"),
        ),
        Column(
            "title",
            lambda: translate("Tables", "Figure"),
            f.TEXT,
            width=4.0,
            value=lambda row: row.get("title"),
        ),
        Column(
            "value",
            lambda: translate("Tables", "All"),
            f.TEXT,
            align="right",
            value=_own("all", "value"),
        ),
        Column(
            "women",
            lambda: translate("Tables", "Women"),
            f.TEXT,
            align="right",
            value=_own("K", "women"),
        ),
        Column(
            "men", lambda: translate("Tables", "Men"), f.TEXT, align="right", value=_own("M", "men")
        ),
        Column(
            "municipality",
            lambda: translate("Tables", "Published\n(municipality)"),
            f.TEXT,
            align="right",
            width=1.2,
            value=_kolada("municipality"),
        ),
        Column(
            "peers",
            lambda: translate("Tables", "Similar\nmunicipalities"),
            f.TEXT,
            align="right",
            width=1.2,
            value=_kolada("peers"),
        ),
        Column(
            "county",
            lambda: translate("Tables", "County"),
            f.TEXT,
            align="right",
            value=_kolada("county"),
        ),
        Column(
            "country",
            lambda: translate("Tables", "Country"),
            f.TEXT,
            align="right",
            value=_kolada("country"),
        ),
        Column("check", lambda: translate("Tables", "Check"), f.TEXT, value=check_text),
        Column(
            "definition",
            lambda: translate("Tables", "Definition"),
            f.TEXT,
            width=4.0,
            value=lambda row: row.get("definition"),
        ),
        Column(
            "computed_from",
            lambda: translate("Tables", "Computed from"),
            f.TEXT,
            width=3.0,
            value=lambda row: row.get("computed_from"),
        ),
        Column(
            "missing",
            lambda: translate("Tables", "Missing"),
            f.TEXT,
            width=3.0,
            value=lambda row: " ".join(row.get("missing") or ()),
        ),
    ),
    # the same columns on screen, on paper and in `amp yearly` (the CLI had no County)
    screen=_SHOWN,
    paper=_SHOWN,
    cli=_SHOWN,
)


def yearly_rows(report: Any, *, exact: bool = True) -> list[dict[str, Any]]:
    """The rows of a :class:`~amp_desktop.core.yearly.document.YearlyReport`; with
    *exact* False, small counts hidden as for anything leaving the unit."""
    hidden = {} if exact else report.hidden()
    rows = []
    for figure in report.figures:
        row = figure.to_json()
        row["hidden"] = {g: t for (key, g), t in hidden.items() if key == figure.key}
        if "all" in row["hidden"]:
            row["check"] = None  # what is hidden is never compared (the check would tell it)
        rows.append(row)
    return rows
