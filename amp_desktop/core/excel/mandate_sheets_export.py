"""Writing the Agreements and Mandates sheets of AMP's export (their layout and reading:
:mod:`~amp_desktop.core.excel.mandate_sheets`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from amp_desktop.core.excel import vocabulary as cols
from amp_desktop.core.excel.demand_sheets import header_row
from amp_desktop.core.excel.literal_text import CELL_LIMIT, check_length, excel_text, text_value
from amp_desktop.core.excel.mandate_sheets import (
    AGREEMENT_HEADERS,
    KIND_LABELS,
    MANDATE_HEADERS,
    PARTY_LABELS,
    agreement_cell,
    shared_references,
    sheet_name,
)
from amp_desktop.core.excel.vocabulary import _lang_index
from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import Agreement, Mandate

if TYPE_CHECKING:
    from amp_desktop.core.store import Catalogue

#: Rows of the Agreements and Mandates sheets that get the drop-down lists, at least.
VALIDATED_ROWS = 1000
#: Column widths (characters) of the two sheets, in the headers' order: wide enough
#: for a title, a legal basis's name and a diary number to be read without widening.
AGREEMENT_WIDTHS = (8, 24, 26, 40, 12, 12, 40)
MANDATE_WIDTHS = (8, 32, 34, 28, 12, 12, 40, 24, 14)


def list_columns(catalogue: Catalogue | None = None) -> list[tuple[str, list[str]]]:
    """The Lists sheet's columns for these sheets' drop-downs, in the workbook's
    language: (header, names) for the Mandates sheet's "Legal basis" and the
    Agreements sheet's "With" — exactly the names the import reads in that language —
    and, with *catalogue*, its agreements as the Mandates sheet's "Agreement" cells
    name them (:func:`agreement_cell`: ``reference #id`` where references repeat)."""
    lang = _lang_index()
    columns = [
        (MANDATE_HEADERS[2][lang], [names[lang] for names in KIND_LABELS.values()]),
        (AGREEMENT_HEADERS[1][lang], [names[lang] for names in PARTY_LABELS.values()]),
    ]
    if catalogue is not None:
        columns.append((MANDATE_HEADERS[3][lang], agreement_cells(catalogue.agreements())))
    return columns


def agreement_cells(agreements: Sequence[Agreement]) -> list[str]:
    """Each agreement as a Mandates "Agreement" cell names it."""
    shared = shared_references(agreements)
    return [agreement_cell(a, shared) for a in agreements]


def _drop_down(ws: Any, column: str, list_column: int, count: int, rows: int) -> None:
    """A drop-down on *column* of *ws* from the Lists sheet's column *list_column*.

    By range, not an inline list: an inline list is split at commas, and one name
    ("Work placement, SoL 4:4") has one."""
    letter = get_column_letter(list_column)
    validation = DataValidation(
        type="list",
        formula1=f"'{cols.sheet_name('lists')}'!${letter}$2:${letter}${count + 1}",
        allow_blank=True,
    )
    validation.add(f"{column}2:{column}{max(rows, VALIDATED_ROWS)}")
    ws.data_validations.append(validation)


def _layout(ws: Any, widths: Sequence[int], freeze: str) -> None:
    """Widths and a frozen header (and columns), as the Programmes sheet has; set
    before the first row, as a write-only sheet needs."""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = freeze


def _text(ws: Any, value: str | None, what: Callable[[], str]) -> Any:
    """*value* for a cell, refused (:class:`ExportError`, nothing exported) when longer
    than a cell holds: 40,000 characters of an agreement's notes were cut to 32,767
    without a word, and importing the untouched file then changed the notes.  *what*
    names the cell for the message."""
    if value and len(value) > CELL_LIMIT // 7:  # an escape is at most 7 characters
        check_length(excel_text(value), what())
    return text_value(ws, value)


def _of_agreement(header: str, agreement: Agreement) -> Callable[[], str]:
    return lambda: translate("Excel", "The {field} of the agreement “{name}”").format(
        field=header, name=agreement.label()[:60]
    )


def _of_programme(header: str, name: str) -> Callable[[], str]:
    return lambda: translate("Excel", "The {field} of “{programme}”").format(
        field=header, programme=name[:60]
    )


def write_sheets(wb: Any, catalogue: Catalogue, lists_column: int | None = None) -> None:
    """Add the Agreements and Mandates sheets to a write-only workbook *wb*.

    Every export has them, a fresh catalogue's too (headers, and a row per programme
    with the legal basis empty), so that a unit head can fill mandates in Excel first.
    With *lists_column*, the Lists sheet holds :func:`list_columns` of *catalogue* from
    that column on, and the "With", "Legal basis" and "Agreement" columns get
    drop-downs from there (the last only when the catalogue has agreements)."""
    lang = _lang_index()
    agreements = catalogue.agreements()
    mandates = catalogue.mandates()
    programmes = catalogue.programmes()
    by_id = {a.id: a for a in agreements}
    shared = shared_references(agreements)
    ws = wb.create_sheet(sheet_name("agreements"))
    _layout(ws, AGREEMENT_WIDTHS, "B2")
    if lists_column is not None:
        _drop_down(ws, "B", lists_column + 1, len(PARTY_LABELS), len(agreements) + 1)
    ws.append(header_row(ws, (h[lang] for h in AGREEMENT_HEADERS)))
    for a in agreements:
        ws.append(
            [
                a.id,
                PARTY_LABELS[a.counterparty.value][lang],
                _text(ws, a.reference, _of_agreement(AGREEMENT_HEADERS[2][lang], a)),
                _text(ws, a.title, _of_agreement(AGREEMENT_HEADERS[3][lang], a)),
                a.valid_from,
                a.valid_to,
                _text(ws, a.notes, _of_agreement(AGREEMENT_HEADERS[6][lang], a)),
            ]
        )
    ws = wb.create_sheet(sheet_name("mandates"))
    _layout(ws, MANDATE_WIDTHS, "C2")
    if lists_column is not None:
        rows = sum(len(m.bases) for m in mandates.values()) + len(programmes) + 1
        _drop_down(ws, "C", lists_column, len(KIND_LABELS), rows)
        if agreements:  # the catalogue's agreements, when the Lists sheet has them
            _drop_down(ws, "D", lists_column + 2, len(agreements), rows)
    ws.append(header_row(ws, (h[lang] for h in MANDATE_HEADERS)))
    for programme in programmes:
        assert programme.id is not None
        m = mandates.get(programme.id) or Mandate(programme.id)
        of_decision = _of_programme(MANDATE_HEADERS[7][lang], programme.name)
        reference = _text(ws, m.decision_reference, of_decision)
        decision = [reference, m.decision_date]
        name = text_value(ws, programme.name)  # its length checked on the Programmes sheet
        if not m.bases:
            ws.append([programme.id, name, None, None, None, None, None, *decision])
        for basis in m.bases:
            linked = by_id.get(basis.agreement_id) if basis.agreement_id is not None else None
            ws.append(
                [
                    programme.id,
                    name,
                    KIND_LABELS[basis.kind.value][lang],
                    text_value(ws, agreement_cell(linked, shared)) if linked else None,
                    basis.valid_from,
                    basis.valid_to,
                    _text(ws, basis.text, _of_programme(MANDATE_HEADERS[6][lang], programme.name)),
                    *decision,
                ]
            )
