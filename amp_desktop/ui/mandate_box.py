"""The editor's "Mandate and decision" group: a programme's legal bases, the board
decision behind it, and what the audit's checks find about it.

A kind ticked shows the fields of its basis (:class:`~.basis_rows.BasisRow`: which
agreement, valid from/to, its text) — every field the Mandates sheet carries.
Each finished field is saved at once through the session (one undo step), as the
other fields of the editor are.  A date that cannot be read is not saved; the message
is shown under the group.  The checks never block an edit: they are only shown.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.domain import Programme
from amp_desktop.core.mandate import (
    Agreement,
    BasisKind,
    LegalBasis,
    Mandate,
    basis_label,
    check_dates,
)
from amp_desktop.core.parse import written_date
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui.basis_rows import AGREEMENT_KINDS, REPEATABLE, BasisRow
from amp_desktop.ui.mandate_slot import follow_in_tab_order
from amp_desktop.ui.operations import CatalogueSession


class MandateBox(QGroupBox):
    """Legal bases (one or more) and the board decision of the programme shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Man&date and decision"), parent)
        self.setObjectName("mandate_box")
        self._session: CatalogueSession | None = None
        self._programme_id: int | None = None
        self._loading = False
        self._read_only = False
        self.checks: dict[BasisKind, QCheckBox] = {}
        #: The fields of each kind's first basis, under its tick box (shown while ticked).
        self.first_rows: dict[BasisKind, BasisRow] = {}
        #: The bases after the first of their kind (a second ESF project, say), a row
        #: each under the kind's; "+" beside the kind adds one.
        self.more_rows: dict[BasisKind, list[BasisRow]] = {kind: [] for kind in REPEATABLE}
        self.add_buttons: dict[BasisKind, QToolButton] = {}
        self.agreement_combos: dict[BasisKind, QComboBox] = {}
        self._bases = QVBoxLayout()
        self._bases.setSpacing(4)
        for kind in BasisKind:
            check = QCheckBox(basis_label(kind))
            check.setObjectName(f"basis_{kind.value}")
            check.toggled.connect(lambda on, kind=kind: self._ticked(kind, on))
            self.checks[kind] = check
            fields = BasisRow(kind, self, first=True)
            fields.edited.connect(self._commit)
            fields.add_requested.connect(lambda kind=kind: self.add_row(kind))
            fields.hide()
            self.first_rows[kind] = fields
            self.add_buttons[kind] = fields.button
            if kind in AGREEMENT_KINDS:
                self.agreement_combos[kind] = fields.combo
            self._bases.addWidget(check)
            self._bases.addWidget(fields)
        self.project_from = self.first_rows[BasisKind.PROJECT].first
        self.project_from.setObjectName("project_from")
        self.project_to = self.first_rows[BasisKind.PROJECT].last
        self.project_to.setObjectName("project_to")
        self.other_text = self.first_rows[BasisKind.OTHER].text
        self.other_text.setObjectName("other_text")
        self.decision_reference = self._line("decision_reference", self.tr("e.g. AMN 2024/123"))
        self.decision_date = self._line("decision_date", self.tr("YYYY-MM-DD"))
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Decision, diary number:"), self.decision_reference)
        form.addRow(self.tr("Decision date:"), self.decision_date)
        self.agreements_button = QPushButton(self.tr("Agreements…"))
        self.agreements_button.setObjectName("agreements_button")
        self.agreements_button.clicked.connect(self.open_agreements)
        self.message = QLabel()
        self.message.setObjectName("mandate_message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.findings = QLabel()
        self.findings.setObjectName("mandate_findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self._bases)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.agreements_button)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.findings)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        line.editingFinished.connect(self._commit)
        return line

    def _ticked(self, kind: BasisKind, on: bool) -> None:
        """A kind ticked shows its fields (unticked: hides them, and it is no basis)."""
        self.first_rows[kind].setVisible(on)
        self._commit()

    # -- public API --------------------------------------------------------------------------
    def set_session(self, session: CatalogueSession | None) -> None:
        if self._session is not None:
            self._session.changed.disconnect(self._on_changed)
        self._session = session
        if session is not None:
            session.changed.connect(self._on_changed)
        self._programme_id = None
        self._fill_agreements()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for check in self.checks.values():
            check.setEnabled(not read_only)
        for basis_row in self._rows():
            basis_row.set_read_only(read_only)
        for line in (self.decision_reference, self.decision_date):
            line.setReadOnly(read_only)

    def set_programme(self, programme: Programme | None) -> None:
        shown = programme.id if programme else None
        if shown != self._programme_id:
            for kind in REPEATABLE:  # another programme's rows, empty ones too, go
                while self.more_rows[kind]:
                    self._drop_row(self.more_rows[kind][-1])
        self._programme_id = shown
        self._show(self.current_mandate())

    def add_row(self, kind: BasisKind, basis: LegalBasis | None = None) -> BasisRow:
        """A row for one more basis of *kind* under the kind's (ticking the kind)."""
        rows = self.more_rows[kind]
        after = rows[-1] if rows else self.first_rows[kind]
        basis_row = BasisRow(kind, self)
        basis_row.fill_agreements(self._agreements(), self._none_text(kind))
        basis_row.set_read_only(self._read_only)
        if basis is not None:
            basis_row.set_basis(basis)
        basis_row.edited.connect(self._commit)
        basis_row.remove_requested.connect(lambda: self._remove_row(basis_row))
        self._bases.insertWidget(self._bases.indexOf(after) + 1, basis_row)
        follow_in_tab_order(after.button, basis_row)
        rows.append(basis_row)
        if basis is None and not self._loading:
            self.checks[kind].setChecked(True)  # saves the kind if it was not yet ticked
            basis_row.focus_first_field()
        return basis_row

    def _remove_row(self, basis_row: BasisRow) -> None:
        self._drop_row(basis_row)
        self._commit()

    def _drop_row(self, basis_row: BasisRow) -> None:
        self.more_rows[basis_row.kind].remove(basis_row)
        basis_row.hide()
        self._bases.removeWidget(basis_row)
        basis_row.deleteLater()

    def set_findings(self, messages: list[str]) -> None:
        """What the audit's checks find about the programme shown (never blocking)."""
        if messages:
            self.findings.setText(self.tr("Needs attention:") + "\n• " + "\n• ".join(messages))
        self.findings.setVisible(bool(messages))

    def current_mandate(self) -> Mandate | None:
        if self._session is None or self._programme_id is None:
            return None
        return self._session.catalogue.mandate(self._programme_id)

    def open_agreements(self) -> None:
        if self._session is None:
            return
        from amp_desktop.ui import dialogs
        from amp_desktop.ui.agreements_dialog import AgreementsDialog

        dialog = AgreementsDialog(self._session, self.window())
        dialogs.run_modal(dialog)

    # -- showing and saving --------------------------------------------------------------------
    def _rows(self) -> list[BasisRow]:
        return [*self.first_rows.values(), *(r for rows in self.more_rows.values() for r in rows)]

    def _none_text(self, kind: BasisKind) -> str:
        if kind in AGREEMENT_KINDS:
            return self.tr("(which agreement?)")
        return self.tr("(no agreement)")

    def _agreements(self) -> list[Agreement]:
        return self._session.catalogue.agreements() if self._session else []

    def _fill_agreements(self) -> None:
        agreements = self._agreements()
        self._loading = True
        try:
            for basis_row in self._rows():
                basis_row.fill_agreements(agreements, self._none_text(basis_row.kind))
        finally:
            self._loading = False

    def _show(self, mandate: Mandate | None) -> None:
        self._loading = True
        try:
            by_kind: dict[BasisKind, LegalBasis] = {}
            more: list[LegalBasis] = []
            for basis in mandate.bases if mandate else ():
                if basis.kind in by_kind:
                    more.append(basis)
                else:
                    by_kind[basis.kind] = basis
            self._show_rows(more)
            for kind, check in self.checks.items():
                check.setChecked(kind in by_kind)
                first = by_kind.get(kind)
                self.first_rows[kind].set_basis(first or LegalBasis(kind), stored=first is not None)
                self.first_rows[kind].setVisible(first is not None)
            self.decision_reference.setText(mandate.decision_reference if mandate else "")
            self.decision_date.setText((mandate.decision_date or "") if mandate else "")
            self._set_message("")
        finally:
            self._loading = False

    def _read(self, programme_id: int) -> Mandate | str:
        """The mandate the fields say, or a message naming what cannot be read."""
        decided = written_date(self.decision_date.text())
        problem = check_dates(decided, None)
        if problem:
            return f"{self.tr('Decision date')}: {problem}"
        bases = []
        for kind, check in self.checks.items():
            if not check.isChecked():
                continue
            for basis_row in (self.first_rows[kind], *self.more_rows[kind]):
                basis = basis_row.basis(required=basis_row.is_first)
                if isinstance(basis, str):
                    return basis
                if basis is not None:
                    bases.append(basis)
        return Mandate(programme_id, tuple(bases), self.decision_reference.text().strip(), decided)

    def _commit(self) -> None:
        if self._loading or self._read_only or self._session is None:
            return
        if self._programme_id is None:
            return
        read = self._read(self._programme_id)
        if isinstance(read, str):
            self._set_message(read)
            return
        self._set_message("")
        before = self.current_mandate()
        if before is not None and replace(
            before, needs_review=False, bases=_in_order(before.bases)
        ) == replace(read, bases=_in_order(read.bases)):
            return  # nothing changed (leaving a field does not clear an upgrade's flag)
        self._session.run(
            lambda catalogue: catalogue.set_mandate(read), parent=self, title=self.tr("Not saved")
        )

    def _on_changed(self, change: ChangeSet) -> None:
        if change.agreements:
            self._fill_agreements()
        if change.agreements or any(c.programme_id == self._programme_id for c in change.mandates):
            self._show(self.current_mandate())

    def _show_rows(self, more: list[LegalBasis]) -> None:
        """A row per further basis: rows kept (the field being typed in keeps its
        focus), filled rows no longer stored removed (an undo), empty ones kept."""
        for kind in REPEATABLE:
            wanted = [b for b in more if b.kind is kind]
            rows = self.more_rows[kind]
            filled = [r for r in rows if r.basis() is not None]
            for basis_row in filled[len(wanted) :]:
                self._drop_row(basis_row)
            for basis_row, basis in zip(filled, wanted, strict=False):
                basis_row.set_basis(basis)
            for basis in wanted[len(filled) :]:
                self.add_row(kind, basis)

    def _set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _in_order(bases: tuple[LegalBasis, ...]) -> tuple[LegalBasis, ...]:
    """*bases* by kind in the editor's order (a kind's own order kept)."""
    order = list(BasisKind)
    return tuple(sorted(bases, key=lambda b: order.index(b.kind)))
