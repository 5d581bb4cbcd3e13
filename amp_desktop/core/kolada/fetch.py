"""Fetching AMP's KPIs from Kolada for a municipality, its similar municipalities, its
county and the country, with the KPIs' metadata — into one change set.

The metadata confirms each vocabulary id (and gives Kolada's title); an id Kolada
does not know is looked up by the vocabulary's Swedish title and corrected when
exactly one KPI has that title.  The similar municipalities are the group titled
"Liknande kommuner arbetsmarknad, <kommun>, <år>" with the latest year (group ids
change every year).  Nothing is written here: the caller applies the change, so a
failure or Cancel at any point leaves the catalogue as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.changes import implausible, kolada_change
from amp_desktop.core.kolada.client import Group, KoladaClient, KoladaError, batches
from amp_desktop.core.kolada.transport import host_of
from amp_desktop.core.kolada.values import KoladaValue
from amp_desktop.core.kolada.vocabulary import Kpi, kolada_ids, same_title, vocabulary
from amp_desktop.core.progress import NO_PROGRESS, Progress
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.core.store.kolada import (
    MUNICIPALITY_KEY,
    PEERS_ID_KEY,
    PEERS_TITLE_KEY,
    KpiRow,
)
from amp_desktop.core.yearly.compare import COUNTRY, county_of

PEERS_TITLE = "Liknande kommuner arbetsmarknad"
#: Ids Kolada titles otherwise named one by one in a window's message (more: one line).
TITLES_NAMED = 3
_YEAR_AT_END = re.compile(r"(\d{4})\s*$")


@dataclass
class FetchResult:
    """What a fetch found, before it is stored."""

    municipality: str
    municipality_title: str
    peers: Group | None
    values: list[KoladaValue]
    kpis: list[KpiRow]
    corrected: dict[str, tuple[str, str]] = field(default_factory=dict)  # key → (old, new id)
    unconfirmed: list[str] = field(default_factory=list)  # keys whose id Kolada lacks
    #: id → (AMP's Swedish title, Kolada's) where Kolada names the id otherwise: an
    #: unverified id may stand for another figure — the unit head is to look.
    titled: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: key → the Kolada id the vocabulary gives it, for the keys Kolada lacks (named
    #: by their ids, never by AMP's keys).
    lacking_ids: dict[str, str] = field(default_factory=dict)

    def notes(self, every_title: bool = True) -> list[str]:
        """What the user should know; with *every_title* False (a window's message)
        more than :data:`TITLES_NAMED` ids Kolada titles otherwise are one line."""
        out = []
        for key, (old, new) in sorted(self.corrected.items()):
            out.append(
                translate("Kolada", "{key}: Kolada's id is {new}, not {old}.").format(
                    key=key, new=new, old=old
                )
            )
        if len(self.titled) > TITLES_NAMED and not every_title:
            ids = sorted(self.titled)
            out.append(
                translate(
                    "Kolada",
                    "Kolada titles {n} of the ids otherwise than AMP ({ids}…): check that they "
                    "are the same figures — each figure's details give Kolada's title.",
                ).format(n=len(ids), ids=", ".join(ids[:TITLES_NAMED]))
            )
        for kolada_id, (ours, theirs) in sorted(self.titled.items()):
            if len(self.titled) > TITLES_NAMED and not every_title:
                break
            out.append(
                translate(
                    "Kolada",
                    "{id}: Kolada calls it “{theirs}”, AMP “{ours}” — check that it is the "
                    "same figure.",
                ).format(id=kolada_id, theirs=theirs[:120], ours=ours)
            )
        if self.unconfirmed:
            out.append(
                translate("Kolada", "Kolada does not know the ids of: {keys}.").format(
                    keys=", ".join(sorted(self.lacking_ids.get(k, k) for k in self.unconfirmed))
                )
            )
        if not self.values:
            out.append(translate("Kolada", "Kolada has no values for these KPIs and years."))
        if self.peers is None:
            out.append(
                translate("Kolada", "No group “{title}, {name}” found.").format(
                    title=PEERS_TITLE, name=self.municipality_title
                )
            )
        return out


def latest_peers(groups: Iterable[Group], municipality_title: str) -> Group | None:
    """The "Liknande kommuner arbetsmarknad, <kommun>, <år>" group with the latest year."""
    prefix = f"{PEERS_TITLE}, {municipality_title},".casefold()
    best: tuple[int, Group] | None = None
    for group in groups:
        if not group.title.casefold().startswith(prefix):
            continue
        match = _YEAR_AT_END.search(group.title)
        year = int(match.group(1)) if match else 0
        if best is None or year > best[0]:
            best = (year, group)
    return best[1] if best else None


def confirm_kpis(
    client: KoladaClient, kpis: Mapping[str, Kpi], progress: Progress = NO_PROGRESS
) -> tuple[list[KpiRow], dict[str, tuple[str, str]], list[str]]:
    """Metadata rows per key, the corrected ids, and the keys Kolada lacks."""
    with_ids = [k for k in kpis.values() if k.kolada_id]
    found = client.kpi_metadata(kolada_ids(with_ids), progress)
    if not found:  # an empty answer: no search per title (one question per KPI)
        return [], {}, [k.key for k in with_ids]
    rows: list[KpiRow] = []
    corrected: dict[str, tuple[str, str]] = {}
    lacking: list[str] = []
    for kpi in with_ids:
        if kpi.kolada_id in found:
            title, description = found[kpi.kolada_id]
            rows.append((kpi.key, kpi.kolada_id, title, description))
            continue
        matches = {
            i: t
            for i, t in client.search_kpis(kpi.title_sv, progress).items()
            if t.casefold() == kpi.title_sv.casefold()
        }
        if len(matches) == 1:
            (new_id, title), *_ = matches.items()
            rows.append((kpi.key, new_id, title, ""))
            corrected[kpi.key] = (kpi.kolada_id, new_id)
        else:
            lacking.append(kpi.key)
    return rows, corrected, lacking


def fetch(
    client: KoladaClient,
    kpis: Mapping[str, Kpi],
    municipality: str,
    years: Iterable[int],
    progress: Progress | None = None,
) -> FetchResult:
    """Ask Kolada for everything the comparison needs; KoladaError on any failure."""
    progress = progress or NO_PROGRESS
    progress.phase(translate("Kolada", "Asking Kolada about the municipality…"))
    title = client.municipality_title(municipality, progress)
    if not title:
        raise KoladaError(
            translate("Kolada", "Kolada does not know municipality {code}.").format(
                code=municipality
            )
        )
    progress.phase(translate("Kolada", "Checking the KPIs' ids…"))
    rows, corrected, lacking = confirm_kpis(client, kpis, progress)
    if not rows and lacking:
        # Kolada always knows U40455, N40008 and N40011: an answer knowing none of the
        # ids is a broken one, and storing it would forget every id confirmed before
        raise KoladaError(
            translate(
                "Kolada",
                "Kolada ({host}) knows none of AMP's KPIs (an empty answer); nothing was "
                "stored — check the Kolada address or try again later.",
            ).format(host=host_of(client.base_url))
        )
    progress.phase(translate("Kolada", "Finding the similar municipalities…"))
    peers = latest_peers(client.groups(f"{PEERS_TITLE}, {title}", progress), title)
    ids = list(dict.fromkeys(r[1] for r in rows))
    places = [municipality]
    if peers is not None:
        places.append(peers.id)
    county = county_of(municipality)
    if county:
        places.append(county)
    places.append(COUNTRY)
    questions = len(list(batches(ids))) * len(list(batches(places)))
    progress.phase(translate("Kolada", "Fetching Kolada's values…"), total=questions or None)
    values = client.data(ids, places, years, progress) if ids else []
    titled = other_titles(kpis, rows)
    lacking_ids = {key: kpis[key].kolada_id for key in lacking if kpis[key].kolada_id}
    return FetchResult(
        municipality, title, peers, values, rows, corrected, lacking, titled, lacking_ids
    )


def other_titles(kpis: Mapping[str, Kpi], rows: Iterable[KpiRow]) -> dict[str, tuple[str, str]]:
    """``id → (AMP's title, Kolada's)`` for each confirmed id Kolada titles otherwise
    (the ids AMP's vocabulary itself has verified are left out)."""
    checked = {k.key for k in vocabulary().values() if k.verified}
    out: dict[str, tuple[str, str]] = {}
    for key, kolada_id, title, _description in rows:
        ours = kpis[key].title_sv if key in kpis and key not in checked else ""
        if ours and title.strip() and not same_title(ours, title):
            out[kolada_id] = (ours, " ".join(title.split()))
    return out


def fetch_change(
    catalogue: Catalogue, result: FetchResult, *, remember_municipality: bool = False
) -> ChangeSet:
    """The one change that stores *result* (values, metadata, the peers group); with
    *remember_municipality* the fetched municipality becomes the catalogue's (the
    window's field is that setting), else only a catalogue without one takes it."""
    # No group found this time (Kolada's title may have changed): the group known
    # before, and its stored values, stay — the fetch's note says none was found.
    # The group is the catalogue's municipality's: a fetch for another municipality
    # stores its values but leaves the comparison's similar municipalities alone
    # (Malmö's group was shown as Västerås's after a look at Malmö).
    settings: dict[str, str | None] = {}
    own = catalogue.municipality_code()
    becomes = result.municipality if own is None or remember_municipality else own
    if becomes != own:
        settings[MUNICIPALITY_KEY] = becomes
        if own is not None:  # the old municipality's group is no longer the comparison's
            settings[PEERS_ID_KEY] = settings[PEERS_TITLE_KEY] = None
    if result.peers is not None and becomes == result.municipality:
        settings[PEERS_ID_KEY] = result.peers.id
        settings[PEERS_TITLE_KEY] = result.peers.title
    problem = implausible(catalogue, result.values)
    if problem:
        raise KoladaError(problem)
    change = kolada_change(catalogue, result.values, kpis=result.kpis, settings=settings)
    return ChangeSet(
        (
            translate("Kolada", "Fetch 1 Kolada value for {name}")
            if len(change.after) == 1
            else translate("Kolada", "Fetch {n} Kolada values for {name}")
        ).format(n=len(change.after), name=result.municipality_title),
        kind="import",
        kolada=(change,),
    )
