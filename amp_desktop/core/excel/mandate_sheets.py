"""The Agreements and Mandates sheets of AMP's workbook: written by the export, read
back by the import of that workbook, so legal bases, board decisions and agreements
make the round trip.  This module reads them; :mod:`.mandate_sheets_export` writes them.

``Agreements``: one row per agreement (AMP id, with whom, reference, title, valid
from/to, notes).  ``Mandates``: one row per legal basis of a programme (a programme
without a basis has one row with the kind empty): AMP id, programme, kind of basis,
agreement (its reference; ``#id`` when it has none, ``reference #id`` when
another agreement has the same reference), valid from/to, text, and the
board decision's diary number and date.  Kinds and counterparties are written in the
user's language and read in either, or as AMP's keys.  A programme missing from the
Mandates sheet keeps what it has; agreements missing from an Agreements sheet are
listed (``preview.removed_agreements``) and deleted only when the import removes
what is missing (``--remove-missing``), their links dropped from the mandates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from amp_desktop.core.excel.mandate_base import agreement_key, base_keys, mandate_key
from amp_desktop.core.excel.mandate_cells import cell_at, columns_of, date_text, plain_text
from amp_desktop.core.excel.mandate_missing import note_missing
from amp_desktop.core.excel.mandate_sheets_layout import (
    AGREEMENT_HEADERS,
    KIND_LABELS,
    MANDATE_HEADERS,
    PARTY_LABELS,
    SHEETS,
    agreement_cell,
    kind_key,
    party_key,
    shared_references,
    sheet_name,
)
from amp_desktop.core.excel.vocabulary import _lang_index, normalise
from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import (
    Agreement,
    BasisKind,
    Counterparty,
    LegalBasis,
    Mandate,
    check_dates,
)

__all__ = [
    "AGREEMENT_HEADERS",
    "KIND_LABELS",
    "MANDATE_HEADERS",
    "PARTY_LABELS",
    "SHEETS",
    "agreement_cell",
    "is_mandate_sheet",
    "kind_key",
    "party_key",
    "read_sheets",
    "shared_references",
    "sheet_name",
]

if TYPE_CHECKING:
    from amp_desktop.core.excel.preview import ImportPreview
    from amp_desktop.core.excel.read import Sheet
    from amp_desktop.core.store import Catalogue


# -- reading ----------------------------------------------------------------------------
def _find(sheets: Sequence[Sheet], key: str) -> Sheet | None:
    names = {normalise(n) for n in SHEETS[key]}
    return next((s for s in sheets if normalise(s.name) in names), None)


class _Reader:
    """Reads both sheets into the preview's agreement and mandate changes.

    With what the export held (*base*, AMP's own export of this catalogue), a value the
    workbook left as exported keeps what AMP has now, and one changed on both sides
    keeps AMP's with a note: an old export sent back never undoes what was entered
    since (its Programmes and Demand sheets are compared the same way).
    """

    def __init__(
        self,
        catalogue: Catalogue,
        preview: ImportPreview,
        trusted: bool,
        base: Mapping[str, str] | None = None,
    ):
        self.catalogue = catalogue
        self.preview = preview
        self.trusted = trusted
        self.base_mandates = base_keys(base, "mandates") if trusted and base else None
        self.base_agreements = base_keys(base, "agreements") if trusted and base else None
        self.current = {a.id: a for a in catalogue.agreements()}
        self.next_id = max((i for i in self.current if i is not None), default=0) + 1
        self.by_cell: dict[str, int] = {}  # the Agreement cell text → agreement id
        self.agreement_changes: list[Any] = []
        self.seen: set[int] = set()  # the catalogue's agreements the sheet has a row of
        self.plain: dict[str, set[int]] = {}  # a reference → the agreements that have it
        self.ambiguous: set[str] = set()  # references several agreements have

    def problem(
        self, sheet: str, row: int, column: int | None, message: str, *, blocking: bool = False
    ) -> None:
        from amp_desktop.core.excel.preview import Problem

        letter = chr(ord("A") + column) if column is not None and column < 26 else ""
        self.preview.problems.append(Problem(f"{sheet}!{letter}{row}", message, blocking=blocking))

    def agreements(self, sheet: Sheet) -> None:
        from amp_desktop.core.store.mandates import AgreementChange

        rows = sheet.rows
        if not rows:
            return
        columns = columns_of(rows[0], AGREEMENT_HEADERS)
        by_reference = {normalise(a.reference): a for a in self.current.values() if a.reference}
        for n, row in enumerate(rows[1:], 2):
            if not any(plain_text(v) for v in row):
                continue
            party = party_key(cell_at(row, columns, 1))
            if party is None:
                self.problem(
                    sheet.name,
                    n,
                    columns.get(1),
                    translate("Excel", "Not a counterparty AMP knows; the row was not read."),
                )
                continue
            workbook_id = plain_text(cell_at(row, columns, 0))
            reference = plain_text(cell_at(row, columns, 2))
            found = None
            if self.trusted and workbook_id.isdigit():
                found = self.current.get(int(workbook_id))
            if found is None and reference:
                found = by_reference.get(normalise(reference))
            new = Agreement(
                Counterparty(party),
                reference,
                plain_text(cell_at(row, columns, 3)),
                date_text(cell_at(row, columns, 4)),
                date_text(cell_at(row, columns, 5)),
                plain_text(cell_at(row, columns, 6)),
                found.id if found else self.next_id,
            )
            bad = check_dates(new.valid_from, new.valid_to)
            if bad:
                self.problem(sheet.name, n, columns.get(4), bad)
                continue
            was = (
                self.base_agreements.get(found.id)
                if found is not None and found.id is not None and self.base_agreements
                else None
            )
            if found is not None and was is not None and agreement_key(new) != agreement_key(found):
                if agreement_key(new) == was:
                    new = found  # the workbook left it as exported: AMP's stays
                elif agreement_key(found) != was:
                    self.problem(
                        sheet.name,
                        n,
                        columns.get(2),
                        translate(
                            "Excel",
                            "The agreement “{agreement}” was changed both in AMP and in the "
                            "workbook since the export: AMP's is kept.",
                        ).format(agreement=found.label()),
                    )
                    new = found
            if found is None:
                self.next_id += 1
            elif found.id is not None:
                self.seen.add(found.id)
            assert new.id is not None
            if reference:
                self.plain.setdefault(normalise(reference), set()).add(new.id)
            if workbook_id:
                self.by_cell[normalise(f"#{workbook_id}")] = new.id
                if reference:
                    self.by_cell[normalise(f"{reference} #{workbook_id}")] = new.id
            if new != found:
                self.agreement_changes.append(AgreementChange(new.id, found, new))
        self._name_the_catalogues_own()

    def _name_the_catalogues_own(self) -> None:
        """The cell texts that name the catalogue's agreements too (those the sheet has
        no row of), and the references that name more than one agreement: a cell with
        one of those alone is a problem, never a guess."""
        for a in self.current.values():
            if a.id is None:
                continue
            if a.reference and a.id not in self.seen:
                self.plain.setdefault(normalise(a.reference), set()).add(a.id)
            if not a.reference:
                self.by_cell.setdefault(normalise(f"#{a.id}"), a.id)
            else:
                self.by_cell.setdefault(normalise(f"{a.reference} #{a.id}"), a.id)
        for key, ids in self.plain.items():
            if len(ids) == 1:
                self.by_cell.setdefault(key, next(iter(ids)))
            else:
                self.ambiguous.add(key)

    def mandates(self, sheet: Sheet) -> list[Any]:
        from amp_desktop.core.store.mandates import MandateChange

        rows = sheet.rows
        if not rows:
            return []
        columns = columns_of(rows[0], MANDATE_HEADERS)
        programmes = self.catalogue.programmes()
        ids_by_name = {normalise(p.name): p.id for p in programmes}
        names = {p.id: p.name for p in programmes}
        ids_by_name.update({normalise(p.name): p.id for p in self.preview.added})
        known_ids = set(ids_by_name.values())
        found: dict[int, Mandate] = {}
        self.held: set[int] = set()  # programmes whose mandate keeps what AMP has
        for n, row in enumerate(rows[1:], 2):
            if not any(plain_text(v) for v in row):
                continue
            pid = self._programme(row, columns, ids_by_name, known_ids)
            workbook_id = plain_text(cell_at(row, columns, 0))
            if pid is None and self.trusted and workbook_id.isdigit():
                continue  # deleted since the export: the programme sheet says so
            if pid is None:
                self.problem(
                    sheet.name,
                    n,
                    columns.get(1),
                    translate("Excel", "No programme of this name in the catalogue; row skipped."),
                )
                continue
            mandate = found.get(pid) or Mandate(pid)
            reference = plain_text(cell_at(row, columns, 7)) or mandate.decision_reference
            date = date_text(cell_at(row, columns, 8)) or mandate.decision_date
            bad = check_dates(date, None)
            if bad:
                # A cell AMP cannot read keeps the programme's mandate as it is (never a
                # basis, a link or a date dropped): a problem at its cell that stops.
                self.problem(sheet.name, n, columns.get(8), bad, blocking=True)
                self.held.add(pid)
                date = mandate.decision_date
            mandate = replace(mandate, decision_reference=reference, decision_date=date)
            basis, unread = self._basis(sheet.name, n, row, columns)
            if unread or (basis is not None and self._wrong_party(sheet.name, n, columns, basis)):
                self.held.add(pid)
            if basis is not None:
                mandate = replace(mandate, bases=(*mandate.bases, basis))
            found[pid] = mandate
        changes = []
        stored = self.catalogue.mandates()
        for pid, new in found.items():
            if pid in self.held:
                continue
            before = stored.get(pid)
            if self.base_mandates is not None and mandate_key(new) != mandate_key(before):
                was = self.base_mandates.get(pid, mandate_key(None))
                if mandate_key(new) == was:
                    continue  # the workbook left it as exported: AMP's stays
                if mandate_key(before) != was:
                    name = names.get(pid, str(pid))
                    self.problem(
                        sheet.name,
                        1,
                        None,
                        translate(
                            "Excel",
                            "The mandate of “{name}” was changed both in AMP and in the "
                            "workbook since the export: AMP's is kept.",
                        ).format(name=name),
                    )
                    continue
            if before is not None and before.needs_review and new == Mandate(pid):
                continue  # still empty: stays flagged
            if new != before and not (before is None and new == Mandate(pid)):
                changes.append(MandateChange(pid, before, new))
        return changes

    def _wrong_party(self, sheet: str, n: int, columns: dict[int, int], basis: LegalBasis) -> bool:
        """Whether *basis*, an agreement with Arbetsförmedlingen under lag 2009:47, links
        an agreement with someone else: a problem at its cell, never applied."""
        if basis.kind is not BasisKind.AF_AGREEMENT or basis.agreement_id is None:
            return False
        agreement = self._agreement(basis.agreement_id)
        if agreement is None or agreement.counterparty is Counterparty.AF:
            return False
        from amp_desktop.core.mandate import counterparty_label

        message = translate(
            "Excel",
            "The agreement “{agreement}” is with {party}, not Arbetsförmedlingen: a basis "
            "“agreement with AF (2009:47)” must link an agreement with Arbetsförmedlingen; "
            "this programme's mandate was not read.",
        ).format(agreement=agreement.label(), party=counterparty_label(agreement.counterparty))
        self.problem(sheet, n, columns.get(3), message, blocking=True)
        return True

    def _agreement(self, agreement_id: int) -> Agreement | None:
        """The agreement as the import leaves it (the sheet's row, else the catalogue's)."""
        for change in self.agreement_changes:
            if change.id == agreement_id and change.after is not None:
                return change.after  # type: ignore[no-any-return]
        return self.current.get(agreement_id)

    def _programme(
        self, row: Sequence[Any], columns: dict[int, int], by_name: dict[str, Any], ids: set[Any]
    ) -> int | None:
        workbook_id = plain_text(cell_at(row, columns, 0))
        if self.trusted and workbook_id.isdigit() and int(workbook_id) in ids:
            return int(workbook_id)
        pid = by_name.get(normalise(cell_at(row, columns, 1)))
        return int(pid) if pid is not None else None

    def _basis(
        self, sheet: str, n: int, row: Sequence[Any], columns: dict[int, int]
    ) -> tuple[LegalBasis | None, bool]:
        """The row's legal basis (None without one), and whether a cell of it could not
        be read (a problem at that cell, which stops the import)."""
        kind_text = plain_text(cell_at(row, columns, 2))
        if not kind_text:
            return None, False
        kind = kind_key(kind_text)
        if kind is None:
            names = "; ".join(names[_lang_index()] for names in KIND_LABELS.values())
            message = translate("Excel", "Not a legal basis AMP knows; write one of: {names}.")
            self.problem(sheet, n, columns.get(2), message.format(names=names), blocking=True)
            return None, True
        unread = False
        cell = plain_text(cell_at(row, columns, 3))
        agreement_id = self.by_cell.get(normalise(cell)) if cell else None
        if cell and agreement_id is None and normalise(cell) in self.ambiguous:
            self.problem(
                sheet,
                n,
                columns.get(3),
                translate(
                    "Excel",
                    "Several agreements have the reference “{cell}”; write it with the AMP id "
                    "of the one meant, as “{cell} #id”.",
                ).format(cell=cell),
                blocking=True,
            )
            unread = True
        elif cell and agreement_id is None:
            self.problem(
                sheet,
                n,
                columns.get(3),
                translate(
                    "Excel", "No agreement “{cell}” in the Agreements sheet or the catalogue."
                ).format(cell=cell),
                blocking=True,
            )
            unread = True
        first, last = date_text(cell_at(row, columns, 4)), date_text(cell_at(row, columns, 5))
        bad = check_dates(first, last)
        if bad:
            self.problem(sheet, n, columns.get(4), bad, blocking=True)
            unread = True
            first = last = None
        basis = LegalBasis(
            BasisKind(kind), agreement_id, first, last, plain_text(cell_at(row, columns, 6))
        )
        return basis, unread


def read_sheets(
    catalogue: Catalogue,
    sheets: Sequence[Sheet],
    preview: ImportPreview,
    trusted: bool,
    base: Mapping[str, str] | None = None,
) -> None:
    """Put the changes the Agreements and Mandates sheets make into *preview*
    (``preview.agreements``, ``preview.mandates``); problems at their cells.  *base*:
    the about-values of the export's hidden sheet (what it held, see :class:`_Reader`)."""
    reader = _Reader(catalogue, preview, trusted, base)
    agreements = _find(sheets, "agreements")
    if agreements is not None:
        reader.agreements(agreements)
    mandates_sheet = _find(sheets, "mandates")
    mandate_changes = reader.mandates(mandates_sheet) if mandates_sheet is not None else []
    preview.agreements = list(reader.agreement_changes)
    preview.mandates = list(mandate_changes)
    if agreements is not None:  # a workbook without the sheet says nothing of them
        note_missing(catalogue, reader.current, reader.seen, preview)
    if preview.agreements or preview.mandates:
        preview.summary.append(
            translate("Excel", "Agreements changed: {a}; programme mandates changed: {m}.").format(
                a=len(preview.agreements), m=len(preview.mandates)
            )
        )


def is_mandate_sheet(name: str) -> bool:
    """Whether *name* is the Agreements or Mandates sheet (in either language)."""
    return _find_name(name) is not None


def _find_name(name: str) -> str | None:
    wanted = normalise(name)
    return next((k for k, names in SHEETS.items() if wanted in {normalise(n) for n in names}), None)
