"""A programme's mandate: its legal basis, the board decision behind it, and agreements.

A municipality may run a labour-market programme only within its legal competence
(DOMAIN.md, "The legal frame").  Each programme records one or more
:class:`LegalBasis` entries (an agreement with Arbetsförmedlingen under lag 2009:47,
work placement for people on income support under socialtjänstlagen 4 kap. 4 §, a
coordination association (FINSAM), the municipality as employer, project funding
with the project's dates, or something else in words) and the board decision that
started it (diary number and date).  An :class:`Agreement` is its own record (with
whom, reference, valid from/to) that bases link to by id.

A file made before mandates were recorded gets an empty mandate per programme with
``needs_review`` set: empty, flagged, never guessed.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from amp_desktop.core.i18n import translate


class BasisKind(enum.StrEnum):
    """The kinds of legal basis a programme can rest on."""

    AF_AGREEMENT = "af_agreement"  # lag (2009:47) om vissa kommunala befogenheter
    INCOME_SUPPORT = "income_support"  # socialtjänstlagen 4 kap. 4 §
    FINSAM = "finsam"  # a coordination association (samordningsförbund)
    EMPLOYER = "employer"  # the municipality as employer (summer jobs, resursjobb)
    PROJECT = "project"  # project funding (ESF), with the project's dates
    OTHER = "other"  # anything else, in words


class Counterparty(enum.StrEnum):
    """Who an agreement is with."""

    AF = "af"
    FK = "fk"
    FINSAM = "finsam"
    REGION = "region"
    OTHER = "other"


def basis_label(kind: BasisKind | str) -> str:
    """The translated name of a kind of legal basis."""
    labels = {
        "af_agreement": translate("Mandate", "Agreement with Arbetsförmedlingen (lag 2009:47)"),
        "income_support": translate("Mandate", "Work placement on income support (SoL 4 kap. 4 §)"),
        "finsam": translate("Mandate", "Coordination association (FINSAM)"),
        "employer": translate("Mandate", "The municipality as employer"),
        "project": translate("Mandate", "Project funding (e.g. ESF)"),
        "other": translate("Mandate", "Other"),
    }
    key = kind.value if isinstance(kind, BasisKind) else str(kind)
    return labels.get(key, key)


def counterparty_label(party: Counterparty | str) -> str:
    """The translated name of whom an agreement is with."""
    labels = {
        "af": translate("Mandate", "Arbetsförmedlingen"),
        "fk": translate("Mandate", "Försäkringskassan"),
        "finsam": translate("Mandate", "A coordination association (samordningsförbund)"),
        "region": translate("Mandate", "A region"),
        "other": translate("Mandate", "Other"),
    }
    key = party.value if isinstance(party, Counterparty) else str(party)
    return labels.get(key, key)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _is_kept_date(text: str) -> bool:
    """Whether *text* is a date as AMP keeps it: ``2024-03-01``, not ``20240301``
    or ``2024-W10-1`` (both of which Python's ISO reader takes)."""
    try:
        return dt.date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


@dataclass(frozen=True)
class Agreement:
    """An agreement with AF, FK, a coordination association or a region.

    Dates are ISO ``YYYY-MM-DD``; None means open-ended on that side.
    """

    counterparty: Counterparty
    reference: str = ""
    title: str = ""
    valid_from: str | None = None
    valid_to: str | None = None
    notes: str = ""
    id: int | None = None

    def label(self) -> str:
        """How the agreement is named in lists and messages."""
        name = self.title or self.reference or counterparty_label(self.counterparty)
        if self.reference and self.title:
            name = f"{self.title} ({self.reference})"
        return name

    def covers(self, first: dt.date, last: dt.date) -> bool:
        """Whether it is valid on every day from *first* to *last*."""
        start, end = _date(self.valid_from), _date(self.valid_to)
        return (start is None or start <= first) and (end is None or end >= last)

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        """Whether it is valid on some day from *first* to *last*."""
        start, end = _date(self.valid_from), _date(self.valid_to)
        return (start is None or start <= last) and (end is None or end >= first)


@dataclass(frozen=True)
class LegalBasis:
    """One basis a programme rests on.

    ``agreement_id`` names the agreement (for an AF agreement or FINSAM);
    ``valid_from``/``valid_to`` are the project's dates (or any basis's limits);
    ``text`` is the free text of "other", or a note.
    """

    kind: BasisKind
    agreement_id: int | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    text: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "agreement_id": self.agreement_id,
            "valid_from": self.valid_from,
            "valid_to": self.valid_to,
            "text": self.text,
        }


@dataclass(frozen=True)
class Mandate:
    """A programme's legal bases and the board decision that started it.

    ``needs_review`` marks a mandate the file's upgrade created empty: nobody has
    filled it in yet.
    """

    programme_id: int
    bases: tuple[LegalBasis, ...] = ()
    decision_reference: str = ""  # the board decision's diary number (diarienummer)
    decision_date: str | None = None
    needs_review: bool = False

    def has_decision(self) -> bool:
        return bool(self.decision_reference.strip()) and self.decision_date is not None

    def agreement_ids(self) -> tuple[int, ...]:
        return tuple(b.agreement_id for b in self.bases if b.agreement_id is not None)

    def to_json(self) -> dict[str, object]:
        return {
            "bases": [b.to_json() for b in self.bases],
            "decision_reference": self.decision_reference,
            "decision_date": self.decision_date,
            "needs_review": self.needs_review,
        }


def empty_mandate(programme_id: int) -> Mandate:
    """The mandate of a programme with nothing recorded."""
    return Mandate(programme_id)


def check_dates(first: str | None, last: str | None) -> str | None:
    """A message if *first*/*last* are not dates as AMP keeps them (``YYYY-MM-DD``;
    :func:`amp_desktop.core.parse.written_date` writes a typed one so) or run
    backwards, else None."""
    if not all(_is_kept_date(text) for text in (first, last) if text):
        return translate("Mandate", "Dates must be written YYYY-MM-DD.")
    start, end = _date(first), _date(last)
    if start and end and end < start:
        return translate("Mandate", "The end date is before the start date.")
    return None


def bases_text(bases: tuple[LegalBasis, ...], agreements: dict[int, Agreement]) -> str:
    """The bases as one line: kind, its agreement or dates, its text."""
    parts = []
    for basis in bases:
        text = basis_label(basis.kind)
        detail = []
        if basis.agreement_id is not None:
            agreement = agreements.get(basis.agreement_id)
            detail.append(agreement.label() if agreement else f"#{basis.agreement_id}")
        if basis.valid_from or basis.valid_to:
            detail.append(f"{basis.valid_from or ''}–{basis.valid_to or ''}")
        if basis.text:
            detail.append(basis.text)
        if detail:
            text += " (" + ", ".join(detail) + ")"
        parts.append(text)
    return "; ".join(parts)
