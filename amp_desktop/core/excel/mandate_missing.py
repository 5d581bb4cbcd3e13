"""The agreements an Agreements sheet has no row of: listed, and the mandate changes
that drop the links to them, applied only when the import removes what is missing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from amp_desktop.core.i18n import translate

if TYPE_CHECKING:
    from amp_desktop.core.excel.preview import ImportPreview
    from amp_desktop.core.mandate import Agreement
    from amp_desktop.core.store import Catalogue


def note_missing(
    catalogue: Catalogue,
    current: dict[int | None, Agreement],
    seen: set[int],
    preview: ImportPreview,
) -> None:
    """List the catalogue's agreements the Agreements sheet has no row of, and the
    mandate changes that also drop the links to them (for ``--remove-missing``)."""
    from amp_desktop.core.store.mandates import AgreementChange, MandateChange

    missing = [a for i, a in current.items() if i is not None and i not in seen]
    preview.removed_agreements = [AgreementChange(a.id, a, None) for a in missing if a.id]
    if not missing:
        return
    preview.summary.append(
        translate(
            "Excel",
            "Agreements missing from the workbook (kept unless what is missing is removed): {names}.",
        ).format(names=", ".join(a.label() for a in missing))
    )
    gone = {a.id for a in missing}
    by_programme = {c.programme_id: c for c in preview.mandates}
    stored = catalogue.mandates()
    changes = []
    for pid in sorted(set(stored) | set(by_programme)):
        change = by_programme.get(pid)
        before = stored.get(pid)
        after = change.after if change is not None else before
        if after is not None and gone & set(after.agreement_ids()):
            bases = tuple(
                replace(b, agreement_id=None) if b.agreement_id in gone else b for b in after.bases
            )
            changes.append(MandateChange(pid, before, replace(after, bases=bases)))
        elif change is not None:
            changes.append(change)
    preview.mandates_without_removed = changes
