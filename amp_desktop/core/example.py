"""The example catalogue: Västerås's 21 programmes of 2021 with fictitious numbers.

The programme text (name, description, places, referral sources, type) is the
report's, parsed with :mod:`amp_desktop.core.parse`.  Units, budgets, average
stays, SKR categories and 24 months of referrals are invented, reproducibly (a
fixed random seed), and say so.  Regenerate the shipped JSON with::

    python -m amp_desktop.core.example resources/example/vasteras-2021-programmes.csv \
        resources/example/vasteras-2021.json
"""

from __future__ import annotations

import csv
import json
import random
import sys
from pathlib import Path
from typing import Any

from amp_desktop.core import parse
from amp_desktop.core.domain import Programme, ProgrammeType, SkrCategory, SourceRole
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import (
    Catalogue,
    ChangeSet,
    DemandChange,
    DemandKey,
    ProgrammeChange,
)

FICTITIOUS_NOTE = (
    "Example data: budget, unit, average stay and referrals are "
    "fictitious. Text, places and referral sources are Västerås's, 2021."
)
FIRST_MONTH = (2025, 1)
MONTHS = 24
ACTUAL_MONTHS = 22  # 2025-01 … 2026-10 actual, then two forecast months
SEED = 2021

_SKR_KEYWORDS = (
    ("sommar", SkrCategory.SUMMER_JOBS),
    ("feriepraktik", SkrCategory.SUMMER_JOBS),
    ("extratjänst", SkrCategory.MUNICIPAL_EMPLOYMENT),
    ("välfärdsjobb", SkrCategory.MUNICIPAL_EMPLOYMENT),
    ("introduktionsanställning", SkrCategory.MUNICIPAL_EMPLOYMENT),
    ("trygghetsanställda", SkrCategory.MUNICIPAL_EMPLOYMENT),
    ("ungresurs", SkrCategory.PUBLIC_PLACEMENT),
    ("etablering/kommun", SkrCategory.PUBLIC_PLACEMENT),
    ("etablering/privat", SkrCategory.MATCHING),
    ("matcha", SkrCategory.MATCHING),
    ("krami", SkrCategory.JOB_SEARCH),
    ("via", SkrCategory.ORIENTATION_COURSE),
    ("sesam", SkrCategory.ORIENTATION_COURSE),
    ("esf/salt", SkrCategory.ORIENTATION_COURSE),
    ("jobbfokus", SkrCategory.SKILLS_MAPPING),
)


def _skr_category(name: str) -> SkrCategory:
    lowered = name.casefold()
    for keyword, category in _SKR_KEYWORDS:
        if lowered.startswith(keyword) or keyword in lowered:
            return category
    return SkrCategory.WORK_TRAINING


def _unit(name: str, description: str, kind: ProgrammeType) -> str:
    text = f"{name} {description}".casefold()
    if any(word in text for word in ("ungdom", "unga vuxna")):
        return "Ungdomsenheten"
    return "Jobbcentrum" if kind is ProgrammeType.PRIMARY else "Utvecklingscentrum"


def _target_group(description: str) -> str:
    """The first clause of a description that states ages, e.g. "Ungdomar mellan 16-25 år"."""
    return description.split(".")[0].split(",")[0].strip()


def _code(name: str, taken: set[str]) -> str:
    letters = "".join(ch for ch in name.split("(")[0] if ch.isalnum())[:4].upper()
    code, n = letters, 2
    while code in taken:
        code, n = f"{letters}{n}", n + 1
    taken.add(code)
    return code


def programme_from_row(row: dict[str, str], taken_codes: set[str], rng: random.Random) -> Programme:
    """One catalogue programme from a row of the Västerås table."""
    period = parse.parse_name_period(row["Insats"])
    places = parse.parse_places(row["Antal platser"])
    sources = parse.parse_sources(row["Anvisning"])
    kind = parse.parse_type(row["Typ av insats"])
    description = row["Beskrivning"].strip()
    ages = parse.parse_age_limits(description)
    category = _skr_category(period.name)
    seasonal = category is SkrCategory.SUMMER_JOBS
    notes = [note for note in (places.note, sources.note, period.note) if note]
    notes.append(FICTITIOUS_NOTE)
    stay = (
        rng.choice((4, 6, 8))
        if seasonal
        else rng.choice((13, 17, 19, 26, 30))
        if kind is ProgrammeType.PRIMARY
        else rng.choice((26, 39, 52))
    )
    funded = places.budgeted_places if places.budgeted_places is not None else places.places
    per_place = rng.randrange(60_000, 130_000, 5_000) if not seasonal else 12_000
    return Programme(
        name=period.name,
        code=_code(period.name, taken_codes),
        description=description,
        target_group=_target_group(description) if ages else "",
        age_min=ages[0] if ages else None,
        age_max=ages[1] if ages else None,
        places=places.places,
        budgeted_places=places.budgeted_places,
        annual_budget_sek=funded * per_place,
        type=kind,
        skr_category=category,
        unit=_unit(period.name, description, kind),
        funding="ESF"
        if "esf" in period.name.casefold()
        else "Samordningsförbundet"
        if "samordningsförbundet" in description.casefold()
        else "Kommunen",
        start_date=period.start_date,
        end_date=period.end_date,
        average_stay_weeks=float(stay),
        months=(6, 7, 8) if seasonal else (),
        notes="\n".join(notes),
        sources=sources.links,
    )


def _month(index: int) -> str:
    year, month = FIRST_MONTH
    total = year * 12 + month - 1 + index
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def demand_for(programme: Programme, rng: random.Random) -> list[dict[str, Any]]:
    """24 months of fictitious referrals, by source, actual then forecast."""
    stay_months = (programme.average_stay_weeks or 26) * 12 / 52
    load = rng.choice((0.35, 0.6, 0.85, 0.95, 1.0, 1.1, 1.3))
    monthly = max(programme.places * load / max(stay_months, 1.0), 0.5)
    mains = programme.main_sources() or ("IND",)
    fallbacks = programme.fallback_sources()
    rows = []
    for index in range(MONTHS):
        month = _month(index)
        if programme.months:
            # Seasonal: applications come in the two months before the season.
            calendar_month = int(month[5:])
            if calendar_month not in (4, 5, 6):
                continue
            expected = programme.places * load / 3
        else:
            expected = monthly
        trend = 1.0 + (0.25 if "SKE" in mains else -0.2 if "AF" in mains else 0.0) * index / MONTHS
        kind = "actual" if index < ACTUAL_MONTHS else "forecast"
        shares = [(s, 0.85 / len(mains)) for s in mains]
        shares += [(s, 0.15 / len(fallbacks)) for s in fallbacks]
        if not fallbacks:
            shares = [(s, 1.0 / len(mains)) for s in mains]
        for source, share in shares:
            mean = expected * trend * share
            value: float = max(0, round(rng.gauss(mean, mean**0.5 if mean > 0 else 0)))
            if kind == "forecast":
                value = round(mean, 1)
            if value:
                rows.append({"month": month, "source": source, "kind": kind, "referrals": value})
    return rows


def build_example(csv_path: Path) -> dict[str, Any]:
    """The example catalogue as JSON-able data, the same every time."""
    rng = random.Random(SEED)
    taken: set[str] = set()
    programmes = []
    with csv_path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            programme = programme_from_row(row, taken, rng)
            data = programme.to_json()
            data.pop("id")
            data.pop("average_stay_months")
            data["demand"] = demand_for(programme, rng)
            programmes.append(data)
    return {
        "about": FICTITIOUS_NOTE,
        "title": "Västerås 2021 (example)",
        "programmes": programmes,
    }


def programme_from_json(data: dict[str, Any]) -> Programme:
    """A programme from the example's JSON (the documented ``to_json`` shape)."""
    from amp_desktop.core.domain import FIELD_NAMES, SourceLink, coerce_programme

    values = {name: data[name] for name in FIELD_NAMES if name in data}
    values["months"] = tuple(values.get("months") or ())
    links = tuple(
        SourceLink(s["source"], SourceRole(s["role"])) for s in data.get("referral_sources", ())
    )
    return coerce_programme(Programme(**values, sources=links))


def example_json_path() -> Path:
    """The shipped example catalogue data."""
    from amp_desktop.resources import resource_path

    return resource_path("example", "vasteras-2021.json")


def load_example(catalogue: Catalogue, json_path: Path | None = None) -> ChangeSet:
    """Fill *catalogue* with the example programmes and demand, as one change."""
    data = json.loads((json_path or example_json_path()).read_text(encoding="utf-8"))
    programme_changes = []
    demand_changes = []
    next_id = catalogue.next_programme_id()
    # The shipped data says it in English; the catalogue says it in the user's language.
    note = translate(
        "Example",
        "Example data: budget, unit, average stay and referrals are fictitious. "
        "Text, places and referral sources are Västerås's, 2021.",
    )
    for offset, item in enumerate(data["programmes"]):
        programme_id = next_id + offset
        programme = programme_from_json(item).replace(id=programme_id)
        programme = programme.replace(notes=programme.notes.replace(FICTITIOUS_NOTE, note))
        programme_changes.append(ProgrammeChange(programme_id, None, programme))
        for cell in item["demand"]:
            key = DemandKey(
                programme_id,
                cell["month"],
                cell["source"],
                cell["kind"],
            )
            demand_changes.append(DemandChange(key, None, float(cell["referrals"])))
    links = [link for change in programme_changes for link in change.after.sources]  # type: ignore[union-attr]
    sources = catalogue._missing_sources(dict.fromkeys(links))  # noqa: SLF001
    unique_sources = tuple({change.code.casefold(): change for change in sources}.values())
    return catalogue.apply(
        ChangeSet(
            translate("Example", "Open the example catalogue"),
            tuple(programme_changes),
            tuple(demand_changes),
            unique_sources,
            kind="example",
        )
    )


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    data = build_example(source)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
