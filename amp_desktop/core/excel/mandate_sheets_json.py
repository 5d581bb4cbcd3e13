"""What ``amp import --json`` says of the Agreements and Mandates sheets: the agreements
added and changed and the mandates changed, field by field (as ``changes`` says it of
programmes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from amp_desktop.core.mandate import Agreement, Counterparty, Mandate

if TYPE_CHECKING:
    from amp_desktop.core.excel.preview import ImportPreview

AGREEMENT_FIELDS = ("counterparty", "reference", "title", "valid_from", "valid_to", "notes")


def _agreement_value(agreement: Agreement | None, name: str) -> str | None:
    if agreement is None:
        return None
    value = getattr(agreement, name)
    if isinstance(value, Counterparty):
        return value.value
    return value if value not in ("", None) else None


def _bases_value(mandate: Mandate | None) -> str | None:
    """A mandate's bases as one line of AMP's keys: ``af_agreement #3; project
    2024-01-01..2026-12-31 ESF``."""
    if mandate is None or not mandate.bases:
        return None
    parts = []
    for b in mandate.bases:
        words = [b.kind.value]
        if b.agreement_id is not None:
            words.append(f"#{b.agreement_id}")
        if b.valid_from or b.valid_to:
            words.append(f"{b.valid_from or ''}..{b.valid_to or ''}")
        if b.text:
            words.append(b.text)
        parts.append(" ".join(words))
    return "; ".join(parts)


def _mandate_values(mandate: Mandate | None) -> dict[str, str | None]:
    return {
        "legal_basis": _bases_value(mandate),
        "decision_reference": (mandate.decision_reference or None) if mandate else None,
        "decision_date": mandate.decision_date if mandate else None,
    }


def import_json(preview: ImportPreview, remove_missing: bool = False) -> dict[str, Any]:
    """The keys ``amp import --json`` adds for the Agreements and Mandates sheets, in
    the shape of the programmes' ``added_programmes`` and ``changes``:
    ``added_agreements`` and ``changed_agreements`` (names), ``agreement_changes``
    ``[{"agreement", "field", "old", "new"}]`` and ``mandate_changes``
    ``[{"programme", "field", "old", "new"}]`` — what the import applies (with
    *remove_missing*, the links to the agreements it removes are dropped too)."""
    added = [c for c in preview.agreements if c.before is None and c.after is not None]
    changed = [c for c in preview.agreements if c.before is not None and c.after is not None]
    agreement_changes = []
    for c in (*added, *changed):
        for name in AGREEMENT_FIELDS:
            old, new = _agreement_value(c.before, name), _agreement_value(c.after, name)
            if old != new:
                agreement_changes.append(
                    {"agreement": c.after.label(), "field": name, "old": old, "new": new}
                )
    mandates = (
        preview.mandates_without_removed
        if remove_missing and preview.removed_agreements
        else preview.mandates
    )
    names: dict[Any, str] = {p.id: p.name for p in preview.added}
    names.update(preview.names)
    mandate_changes = []
    for m in mandates:
        before, after = _mandate_values(m.before), _mandate_values(m.after)
        name = names.get(m.programme_id, str(m.programme_id))
        for key, new in after.items():
            if before[key] != new:
                mandate_changes.append(
                    {"programme": name, "field": key, "old": before[key], "new": new}
                )
    return {
        "added_agreements": [c.after.label() for c in added],
        "changed_agreements": [c.after.label() for c in changed if c.before != c.after],
        "agreement_changes": agreement_changes,
        "mandate_changes": mandate_changes,
    }


def change_lines(
    preview: ImportPreview, remove_missing: bool = False
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]]]:
    """The agreements' and the mandates' changes as the preview shows them, one
    ``(agreement or programme, field, old, new)`` per changed field, in the user's
    language (kinds and counterparties by their labels; "" for none) — the window's
    changes and ``amp import``'s report alike."""
    from amp_desktop.core.excel.mandate_sheets_layout import (
        AGREEMENT_HEADERS,
        KIND_LABELS,
        MANDATE_HEADERS,
        PARTY_LABELS,
    )
    from amp_desktop.core.excel.vocabulary import _lang_index

    lang = _lang_index()
    agreement_titles = dict(
        zip(AGREEMENT_FIELDS, (h[lang] for h in AGREEMENT_HEADERS[1:]), strict=True)
    )
    mandate_titles = {
        "legal_basis": MANDATE_HEADERS[2][lang],
        "decision_reference": MANDATE_HEADERS[7][lang],
        "decision_date": MANDATE_HEADERS[8][lang],
    }

    def bases(value: str | None) -> str:
        parts = []
        for part in (value or "").split("; ") if value else ():
            kind, _space, rest = part.partition(" ")
            label = KIND_LABELS.get(kind, (kind, kind))[lang]
            parts.append(f"{label} {rest}".strip())
        return "; ".join(parts)

    def shown(field: str, value: str | None) -> str:
        if field == "legal_basis":
            return bases(value)
        if field == "counterparty" and value:
            return PARTY_LABELS.get(value, (value, value))[lang]
        return value or ""

    made = import_json(preview, remove_missing)

    def lines(changes: list[dict[str, Any]], who: str, titles: dict[str, str]) -> list[Any]:
        return [
            (c[who], titles[c["field"]], shown(c["field"], c["old"]), shown(c["field"], c["new"]))
            for c in changes
        ]

    return (
        lines(made["agreement_changes"], "agreement", agreement_titles),
        lines(made["mandate_changes"], "programme", mandate_titles),
    )
