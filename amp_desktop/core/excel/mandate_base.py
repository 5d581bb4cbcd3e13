"""What AMP's export held of the mandates and agreements, kept in its hidden sheet, so
that the import of the workbook tells what the colleague changed from what AMP
changed since (as the Programmes and Demand sheets are compared with the base)."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from amp_desktop.core.mandate import Agreement, Mandate

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue


def mandate_key(mandate: Mandate | None) -> list[Any]:
    """What the Mandates sheet holds of *mandate*, as the export's hidden sheet keeps
    it (JSON): its bases, the decision's reference and date."""
    if mandate is None:
        return [[], "", None]
    bases = [
        [b.kind.value, b.agreement_id, b.valid_from, b.valid_to, b.text] for b in mandate.bases
    ]
    return [bases, mandate.decision_reference or "", mandate.decision_date or None]


def agreement_key(agreement: Agreement) -> list[Any]:
    """What the Agreements sheet holds of *agreement*, as the hidden sheet keeps it."""
    a = agreement
    return [a.counterparty.value, a.reference, a.title, a.valid_from, a.valid_to, a.notes]


def base_keys(about: Mapping[str, str], name: str) -> dict[int, Any] | None:
    """The mandates or agreements (*name*) the export held, by id, from its hidden
    sheet's *about*; None for an export made before they were kept there."""
    try:
        data = json.loads(about[name])
        return {int(key): value for key, value in data.items()}
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def held(catalogue: Catalogue) -> dict[str, str]:
    """The mandates and agreements as exported, for the hidden sheet: an import of the
    workbook tells what the colleague changed from what AMP changed since."""
    mandates = {str(pid): mandate_key(m) for pid, m in catalogue.mandates().items()}
    agreements = {str(a.id): agreement_key(a) for a in catalogue.agreements() if a.id is not None}
    dump = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    return {"mandates": dump(mandates), "agreements": dump(agreements)}
