"""The layout of the Agreements and Mandates sheets: their names and headers in both
languages, the names of kinds of basis and of counterparties, and how a Mandates cell
names an agreement (read by :mod:`.mandate_sheets`, written by
:mod:`.mandate_sheets_export`)."""

from __future__ import annotations

from collections.abc import Sequence

from amp_desktop.core.excel.vocabulary import _lang_index, normalise
from amp_desktop.core.mandate import (
    Agreement,
    BasisKind,
    Counterparty,
    basis_label,
    counterparty_label,
)

SHEETS = {"agreements": ("Agreements", "Avtal"), "mandates": ("Mandates", "Mandat")}

AGREEMENT_HEADERS = (
    ("AMP id", "AMP-id"),
    ("With", "Med"),
    ("Reference", "Diarienummer/referens"),
    ("Title", "Benämning"),
    ("Valid from", "Gäller från"),
    ("Valid to", "Gäller till"),
    ("Notes", "Anteckningar"),
)
MANDATE_HEADERS = (
    ("AMP id", "AMP-id"),
    ("Programme", "Insats"),
    ("Legal basis", "Rättslig grund"),
    ("Agreement", "Avtal"),
    ("Valid from", "Gäller från"),
    ("Valid to", "Gäller till"),
    ("Text", "Text"),
    ("Decision diary number", "Beslut diarienummer"),
    ("Decision date", "Beslutsdatum"),
)
KIND_LABELS: dict[str, tuple[str, str]] = {
    "af_agreement": ("Agreement with AF (2009:47)", "Överenskommelse med AF (2009:47)"),
    "income_support": ("Work placement, SoL 4:4", "Praktik vid försörjningsstöd (SoL 4:4)"),
    "finsam": ("Coordination association (FINSAM)", "Samordningsförbund (Finsam)"),
    "employer": ("Municipality as employer", "Kommunen som arbetsgivare"),
    "project": ("Project funding (ESF)", "Projektmedel (ESF)"),
    "other": ("Other", "Annat"),
}
PARTY_LABELS: dict[str, tuple[str, str]] = {
    "af": ("Arbetsförmedlingen", "Arbetsförmedlingen"),
    "fk": ("Försäkringskassan", "Försäkringskassan"),
    "finsam": ("Coordination association", "Samordningsförbund"),
    "region": ("Region", "Region"),
    "other": ("Other", "Annan"),
}


def sheet_name(key: str) -> str:
    return SHEETS[key][_lang_index()]


def _lookup(labels: dict[str, tuple[str, str]], text: object) -> str | None:
    wanted = normalise(text)
    for key, names in labels.items():
        if wanted in {normalise(key), *(normalise(n) for n in names)}:
            return key
    return None


def kind_key(text: object) -> str | None:
    """The kind of legal basis a cell names: the sheet's name, the window's or a key."""
    key = _lookup(KIND_LABELS, text)
    if key is None:
        wanted = normalise(text)
        key = next((k.value for k in BasisKind if normalise(basis_label(k)) == wanted), None)
    return key


def party_key(text: object) -> str | None:
    """Whom an agreement is with, as a cell names it: the sheet's name, the window's or a key."""
    key = _lookup(PARTY_LABELS, text)
    if key is None:
        wanted = normalise(text)
        key = next(
            (p.value for p in Counterparty if normalise(counterparty_label(p)) == wanted), None
        )
    return key


def agreement_cell(agreement: Agreement, shared: frozenset[str] = frozenset()) -> str:
    """How the Mandates sheet names an agreement: its reference; ``#id`` when it has
    none; ``reference #id`` when another agreement has the same reference (*shared*:
    :func:`shared_references`), e.g. a renewal that kept the diary number."""
    if not agreement.reference:
        return f"#{agreement.id}"
    if normalise(agreement.reference) in shared:
        return f"{agreement.reference} #{agreement.id}"
    return agreement.reference


def shared_references(agreements: Sequence[Agreement]) -> frozenset[str]:
    """The references (normalised) that more than one of *agreements* has."""
    seen: set[str] = set()
    shared: set[str] = set()
    for a in agreements:
        key = normalise(a.reference)
        if key:
            (shared if key in seen else seen).add(key)
    return frozenset(shared)
