"""Writing the Agreements and Mandates sheets of AMP's export (their layout and reading:
:mod:`~amp_desktop.core.excel.mandate_sheets`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from amp_desktop.core.excel.literal_text import text_cell, text_value
from amp_desktop.core.excel.mandate_sheets import (
    AGREEMENT_HEADERS,
    KIND_LABELS,
    MANDATE_HEADERS,
    PARTY_LABELS,
    agreement_cell,
    sheet_name,
)
from amp_desktop.core.excel.vocabulary import _lang_index
from amp_desktop.core.mandate import Mandate

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue


def write_sheets(wb: Any, catalogue: Catalogue) -> None:
    """Add the Agreements and Mandates sheets to a write-only workbook *wb*.

    Every export has them, a fresh catalogue's too (headers, and a row per programme
    with the legal basis empty), so that a unit head can fill mandates in Excel first.
    """
    lang = _lang_index()
    agreements = catalogue.agreements()
    mandates = catalogue.mandates()
    by_id = {a.id: a for a in agreements}
    ws = wb.create_sheet(sheet_name("agreements"))
    ws.append([text_cell(ws, h[lang]) for h in AGREEMENT_HEADERS])
    for a in agreements:
        ws.append(
            [
                a.id,
                PARTY_LABELS[a.counterparty.value][lang],
                text_value(ws, a.reference),
                text_value(ws, a.title),
                a.valid_from,
                a.valid_to,
                text_value(ws, a.notes),
            ]
        )
    ws = wb.create_sheet(sheet_name("mandates"))
    ws.append([text_cell(ws, h[lang]) for h in MANDATE_HEADERS])
    for programme in catalogue.programmes():
        assert programme.id is not None
        m = mandates.get(programme.id) or Mandate(programme.id)
        decision = [text_value(ws, m.decision_reference), m.decision_date]
        name = text_value(ws, programme.name)
        if not m.bases:
            ws.append([programme.id, name, None, None, None, None, None, *decision])
        for basis in m.bases:
            linked = by_id.get(basis.agreement_id) if basis.agreement_id is not None else None
            ws.append(
                [
                    programme.id,
                    name,
                    KIND_LABELS[basis.kind.value][lang],
                    text_value(ws, agreement_cell(linked)) if linked else None,
                    basis.valid_from,
                    basis.valid_to,
                    text_value(ws, basis.text),
                    *decision,
                ]
            )
