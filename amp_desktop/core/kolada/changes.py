"""The change sets that put Kolada's values, KPI metadata and the yearly settings into a
catalogue (one :class:`~amp_desktop.core.store.kolada.KoladaChange`, undoable, logged)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.municipalities import municipality_name
from amp_desktop.core.kolada.values import KoladaFileError, KoladaValue, latest, read_values_file
from amp_desktop.core.kolada.vocabulary import kolada_ids, vocabulary, with_metadata
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.core.store.kolada import (
    MUNICIPALITY_KEY,
    PEERS_ID_KEY,
    PEERS_TITLE_KEY,
    POPULATION_KEY,
    KoladaChange,
    KpiRow,
    ValueRow,
    settings_values,
)
from amp_desktop.core.yearly.compare import places as compared_places


def _row(value: KoladaValue) -> ValueRow:
    return (
        value.kpi,
        value.municipality,
        value.year,
        value.gender,
        value.value,
        value.count,
        value.status,
    )


def kolada_change(
    catalogue: Catalogue,
    values: Iterable[KoladaValue] = (),
    *,
    kpis: Iterable[KpiRow] | None = None,
    settings: Mapping[str, str | None] | None = None,
) -> KoladaChange:
    """Replace the stored values with the same key as *values*, the KPI metadata with
    *kpis* (when given: all rows), and the *settings*."""
    chosen = latest(values)
    keys = tuple(sorted(chosen))
    after = tuple(sorted((_row(v) for v in chosen.values()), key=repr))
    kpi_after: tuple[KpiRow, ...] = ()
    kpi_keys: tuple[str, ...] = ()
    kpi_before: tuple[KpiRow, ...] = ()
    if kpis is not None:
        kpi_after = tuple(sorted(kpis))
        existing = catalogue.kolada_kpi_rows()
        kpi_keys = tuple(sorted({r[0] for r in kpi_after} | {r[0] for r in existing}))
        kpi_before = tuple(sorted(existing))
    wanted = settings_values(settings or {})
    return KoladaChange(
        keys,
        tuple(catalogue.kolada_value_rows(keys)),
        after,
        kpi_before,
        kpi_after,
        kpi_keys,
        tuple(catalogue.settings_rows(k for k, _ in wanted)),
        wanted,
    )


#: The values a published figure can have, by the vocabulary's unit (Kolada writes a
#: share as a percentage): anything beyond them is a broken file or answer.
_PLAUSIBLE = {
    "share": (0.0, 100.0),
    "count": (0.0, 1e7),
    "sek": (-1e12, 1e12),
    "sek_per_inhabitant": (-1e6, 1e6),
}


def implausible(catalogue: Catalogue, values: Iterable[KoladaValue]) -> str | None:
    """One line naming the first of *values* that its figure cannot have (a share of
    1e308 %), None when every one is plausible."""
    kpis = with_metadata(vocabulary(), catalogue.kolada_metadata()).values()
    units = {k.kolada_id: k.unit for k in vocabulary().values() if k.kolada_id}
    units.update({k.kolada_id: k.unit for k in kpis if k.kolada_id})
    for value in values:
        bounds = _PLAUSIBLE.get(units.get(value.kpi, ""))
        if value.value is None or bounds is None:
            continue
        if not bounds[0] <= value.value <= bounds[1]:
            return translate(
                "Kolada",
                "{kpi}, {place} {year}: {value} is not a value this figure can have; nothing "
                "was imported.",
            ).format(
                kpi=value.kpi,
                place=value.municipality,
                year=value.year,
                value=f"{value.value:g}",
            )
    return None


@dataclass
class ValuesImport:
    """The change that stores a saved file's values, and what the user should know."""

    change: ChangeSet
    notes: list[str] = field(default_factory=list)


def amp_kpi_ids(catalogue: Catalogue) -> set[str]:
    """The Kolada ids AMP compares: the vocabulary's, and those a metadata fetch found."""
    kpis = vocabulary()
    return set(kolada_ids(kpis.values())) | set(
        kolada_ids(with_metadata(kpis, catalogue.kolada_metadata()).values())
    )


def _listed(items: Iterable[str], most: int = 5) -> str:
    chosen = sorted(items)
    return ", ".join(chosen[:most]) + ("…" if len(chosen) > most else "")


def read_import(
    catalogue: Catalogue, path: str | Path, progress: Progress = NO_PROGRESS
) -> ValuesImport:
    """The change that stores the values of a file saved from Kolada (JSON or CSV):
    those of AMP's KPIs (the others are named in a note; a file with none of them is
    refused), with a note when the file is one page of a longer answer.

    Raises :class:`KoladaFileError` for a file that is not one; nothing is changed.
    """
    page = read_values_file(Path(path), progress)
    if not page.values:
        raise KoladaFileError(translate("Kolada", "The file holds no Kolada values."))
    progress.check()
    known = amp_kpi_ids(catalogue)
    values = [v for v in page.values if v.kpi in known]
    others = {v.kpi for v in page.values} - known
    if not values:
        raise KoladaFileError(
            translate(
                "Kolada",
                "None of the file's KPIs ({kpis}) is one of AMP's figures; nothing was imported.",
            ).format(kpis=_listed(others))
        )
    problem = implausible(catalogue, values)
    if problem:
        raise KoladaFileError(problem)
    notes: list[str] = []
    if others:
        notes.append(
            translate("Kolada", "Not imported, not among AMP's figures: {kpis}.").format(
                kpis=_listed(others)
            )
        )
    if page.next_url:
        notes.append(
            translate(
                "Kolada",
                "The file is one page of a longer Kolada answer: the next page is not in it, "
                "so values may be missing (save every page, or fetch from Kolada).",
            )
        )
    # Values for one municipality group (Kolada's ids start with G) are the similar
    # municipalities' when the catalogue knows no such group yet (a fetch finds it by
    # its title); without this the file's group values were stored but never shown.
    # A file with other municipalities' values but not the catalogue's holds another
    # municipality's group (Malmö's, in Västerås's catalogue): not taken as the peers.
    groups = {v.municipality for v in values if v.municipality[:1] in ("G", "g")}
    own = catalogue.municipality_code()
    municipalities = {v.municipality for v in values if valid_municipality(v.municipality)}
    municipalities = {m for m in municipalities if not m.startswith("00")}
    ours = own is None or not municipalities or own in municipalities
    settings: dict[str, str | None] = {}
    if len(groups) == 1 and not catalogue.setting(PEERS_ID_KEY) and ours:
        settings[PEERS_ID_KEY] = groups.pop()
    places = sorted({v.municipality for v in values})
    notes.extend(_not_compared(catalogue, places, settings.get(PEERS_ID_KEY)))
    change = kolada_change(catalogue, values, settings=settings)
    return ValuesImport(
        ChangeSet(
            (
                translate("Kolada", "Import 1 Kolada value for {places}")
                if len(change.after) == 1
                else translate("Kolada", "Import {n} Kolada values for {places}")
            ).format(n=len(change.after), places=_listed(places)),
            kind="import",
            kolada=(change,),
        ),
        notes,
    )


def _not_compared(catalogue: Catalogue, places: list[str], peers: str | None) -> list[str]:
    """A note when none of *places* is one the yearly figures compare (the catalogue's
    municipality, its similar municipalities, county, country): stored, never shown."""
    code = catalogue.municipality_code()
    if code is None:  # the figures say the municipality is not set
        return []
    compared = compared_places(code, peers or catalogue.setting(PEERS_ID_KEY))
    if set(places) & set(compared.values()):
        return []
    return [
        translate(
            "Kolada",
            "The file's values are for {places}, which the yearly figures do not compare "
            "(they compare {code}, its similar municipalities, its county and the "
            "country): is the catalogue's municipality right?",
        ).format(places=_listed(places), code=code)
    ]


def import_values_file(catalogue: Catalogue, path: str | Path) -> ChangeSet:
    """The change of :func:`read_import` (its notes left out)."""
    return read_import(catalogue, path).change


def settings_change(
    catalogue: Catalogue, *, municipality: str | None = None, population: int | None = None
) -> ChangeSet:
    """The change that sets the catalogue's municipality and/or population (empty if same)."""
    wanted: dict[str, str | None] = {}
    if municipality is not None:
        wanted[MUNICIPALITY_KEY] = municipality or None
        before = catalogue.municipality_code()
        if before is not None and before != wanted[MUNICIPALITY_KEY]:
            # the similar municipalities were the old municipality's group: forgotten
            # (undo brings them back), the next fetch finds the new one's
            wanted[PEERS_ID_KEY] = None
            wanted[PEERS_TITLE_KEY] = None
    if population is not None:
        wanted[POPULATION_KEY] = str(population) if population > 0 else None
    change = kolada_change(catalogue, settings=wanted)
    if change.is_empty():
        return ChangeSet()
    return ChangeSet(
        translate("Kolada", "Set the municipality and population"), kind="edit", kolada=(change,)
    )


def valid_municipality(code: str) -> bool:
    """An SCB municipality code: four digits, not the country's 0000."""
    return len(code) == 4 and code.isdigit() and code != "0000"


def municipality_problem(code: str) -> str:
    """Why *code* cannot be the catalogue's municipality ("" when it can): not four
    digits, or no municipality has it (``resources/kolada/municipalities.csv``)."""
    if not valid_municipality(code):
        return translate(
            "Kolada", "Write the municipality's four-digit SCB code, e.g. 1980 for Västerås."
        )
    if municipality_name(code) is None:
        return translate("Kolada", "No Swedish municipality has the SCB code {code}.").format(
            code=code
        )
    return ""
