"""The unit's yearly figures beside Kolada's: the municipality, its similar
municipalities, its county and the country, over the years stored; and the check
that AMP's figure and the municipality's published one agree within a tolerance.

Kolada publishes shares as percentages; AMP's shares are fractions, so a share's
published value is divided by 100 here.  The county of municipality ``1980`` is
``0019`` ("00" + the county code, the code's first two digits); the country is
``0000``; the similar municipalities are the group the last fetch found
(``kolada_peers_id``), whose value Kolada gives as its members' unweighted mean.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.vocabulary import Kpi
from amp_desktop.core.yearly.figure import PLACES, Figure

COUNTRY = "0000"
#: How far AMP's figure may lie from the published one before the check says so.
TOLERANCES = {"share": 0.02, "count": 0.05, "sek": 0.05, "sek_per_inhabitant": 0.05}
SOURCE_NOTE = "Källa: Kolada"

ValueRow = tuple[str, str, int, str, float | None, int | None, str]


def county_of(municipality: str) -> str | None:
    """The Kolada id of *municipality*'s county (``1980`` → ``0019``)."""
    if len(municipality) == 4 and municipality.isdigit() and municipality != COUNTRY:
        return "00" + municipality[:2]
    return None


def places(municipality: str | None, peers: str | None) -> dict[str, str]:
    """``place → Kolada id`` of the comparison (only those known)."""
    out: dict[str, str] = {}
    if municipality:
        out["municipality"] = municipality
        if peers:
            out["peers"] = peers
        county = county_of(municipality)
        if county:
            out["county"] = county
    out["country"] = COUNTRY
    return out


def _scaled(kpi: Kpi, value: float | None) -> float | None:
    if value is None:
        return None
    return value / 100 if kpi.is_share else value


def comparison(
    kpi: Kpi, year: int, rows: Iterable[ValueRow], ids: Mapping[str, str]
) -> dict[str, Any] | None:
    """``{place: {"id", "value", "women", "men", "by_year"}}`` for *kpi*; None without values."""
    if not kpi.kolada_id:
        return None
    place_of = {kolada_id: place for place, kolada_id in ids.items()}
    found: dict[str, dict[str, Any]] = {}
    for kpi_id, municipality, row_year, gender, value, _count, _status in rows:
        if kpi_id != kpi.kolada_id or municipality not in place_of:
            continue
        place = place_of[municipality]
        entry = found.setdefault(
            place, {"id": municipality, "value": None, "women": None, "men": None, "by_year": {}}
        )
        scaled = _scaled(kpi, value)
        if gender == "T":
            entry["by_year"][str(row_year)] = scaled
        if row_year == year:
            entry[{"T": "value", "K": "women", "M": "men"}[gender]] = scaled
    if not found:
        return None
    for entry in found.values():
        entry["by_year"] = dict(sorted(entry["by_year"].items()))
    return {place: found.get(place) for place in PLACES}


def check(figure: Figure, tolerances: Mapping[str, float] = TOLERANCES) -> dict[str, Any] | None:
    """AMP's value against the municipality's published one, or None when either is missing.

    Shares differ when they are more than the tolerance apart (in fraction points,
    0.02 = 2 percentage points); counts and kronor when the difference is more
    than the tolerance's part of the published value.
    """
    published = ((figure.kolada or {}).get("municipality") or {}).get("value")
    if figure.value is None or published is None:
        return None
    tolerance = tolerances.get(figure.kpi.unit, 0.05)
    difference = figure.value - published
    if figure.kpi.is_share:
        agrees = abs(difference) <= tolerance + 1e-12
    else:
        agrees = abs(difference) <= tolerance * abs(published) + 1e-9
    return {
        "published": published,
        "difference": difference,
        "tolerance": tolerance,
        "relative": not figure.kpi.is_share,
        "agrees": agrees,
    }


def check_text(figure: Figure) -> str:
    """One line about the check ("" when there is nothing to check)."""
    found = figure.check
    if not found:
        return ""
    if found["agrees"]:
        return translate("Yearly", "Agrees with the published value.")
    return translate(
        "Yearly",
        "Differs from the municipality's published value by more than the tolerance: "
        "check the figures reported to SKR.",
    )


def compare_figures(
    figures: Iterable[Figure],
    year: int,
    rows: list[ValueRow],
    ids: Mapping[str, str],
    tolerances: Mapping[str, float] = TOLERANCES,
) -> None:
    """Fill in each figure's ``kolada`` and ``check`` from the stored values *rows*."""
    for figure in figures:
        figure.kolada = comparison(figure.kpi, year, rows, ids)
        figure.check = check(figure, tolerances)
