"""The editor's "Mandate and decision" group: a programme's legal bases, the board
decision behind it, and what the audit's checks find about it.

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
from amp_desktop.core.store import ChangeSet
from amp_desktop.ui.basis_rows import AGREEMENT_KINDS, REPEATABLE, BasisRow
from amp_desktop.ui.operations import CatalogueSession


class MandateBox(QGroupBox):
    """Legal bases (one or more) and the board decision of the programme shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Mandate and decision"), parent)
        self.setObjectName("mandate_box")
        self._session: CatalogueSession | None = None
        self._programme_id: int | None = None
        self._loading = False
        self._read_only = False
        self.checks: dict[BasisKind, QCheckBox] = {}
        #: The bases after the first of their kind (a second ESF project, say), a row
        #: each under the kind's; "+" beside the kind adds one.
        self.more_rows: dict[BasisKind, list[BasisRow]] = {kind: [] for kind in REPEATABLE}
        self.add_buttons: dict[BasisKind, QToolButton] = {}
        #: The first basis of each kind shown: what the fields do not edit is kept.
        self._first: dict[BasisKind, LegalBasis] = {}
        self.agreement_combos: dict[BasisKind, QComboBox] = {}
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # details under long kinds
        for kind in BasisKind:
            check = QCheckBox(basis_label(kind))
            check.setObjectName(f"basis_{kind.value}")
            check.toggled.connect(lambda _on: self._commit())
            self.checks[kind] = check
            detail = self._detail(kind)
            form.addRow(check, detail) if detail is not None else form.addRow(check)
        self.decision_reference = self._line("decision_reference", self.tr("e.g. AMN 2024/123"))
        self.decision_date = self._line("decision_date", self.tr("YYYY-MM-DD"))
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

    def _detail(self, kind: BasisKind) -> QWidget | None:
        detail = self._detail_fields(kind)
        if kind not in REPEATABLE or detail is None:
            return detail
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(detail, 1)
        add = QToolButton()
        add.setObjectName(f"add_{kind.value}")
        add.setText("+")
        tip = self.tr("Another basis of this kind (e.g. a second ESF project)")
        add.setToolTip(tip)
        add.setAccessibleName(tip)
        add.clicked.connect(lambda: self.add_row(kind))
        row.addWidget(add)
        self.add_buttons[kind] = add
        return holder

    def _detail_fields(self, kind: BasisKind) -> QWidget | None:
        if kind in AGREEMENT_KINDS:
            combo = QComboBox()
            combo.setObjectName(f"agreement_{kind.value}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.activated.connect(lambda _i: self._commit())
            self.agreement_combos[kind] = combo
            return combo
        if kind is BasisKind.PROJECT:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            self.project_from = self._line("project_from", self.tr("from YYYY-MM-DD"))
            self.project_to = self._line("project_to", self.tr("to YYYY-MM-DD"))
            row.addWidget(self.project_from)
            row.addWidget(self.project_to)
            return holder
        if kind is BasisKind.OTHER:
            self.other_text = self._line("other_text", self.tr("What the programme rests on"))
            return self.other_text
        return None

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
        for widget in (
            *self.checks.values(),
            *self.agreement_combos.values(),
            *self.add_buttons.values(),
        ):
            widget.setEnabled(not read_only)
        for rows in self.more_rows.values():
            for basis_row in rows:
                basis_row.set_read_only(read_only)
        for line in self._lines():
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
        after = rows[-1] if rows else self.checks[kind]
        basis_row = BasisRow(kind, self)
        basis_row.fill_agreements(self._agreements(), self.tr("(which agreement?)"))
        basis_row.set_read_only(self._read_only)
        if basis is not None:
            basis_row.set_basis(basis)
        basis_row.edited.connect(self._commit)
        basis_row.remove_requested.connect(lambda: self._remove_row(basis_row))
        position: tuple[int, object] = self._form.getWidgetPosition(after)  # type: ignore[assignment]
        self._form.insertRow(position[0] + 1, "", basis_row)
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
        self._form.removeRow(basis_row)  # (deletes the row and its empty label)

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
    def _lines(self) -> list[QLineEdit]:
        return [
            self.decision_reference,
            self.decision_date,
            self.project_from,
            self.project_to,
            self.other_text,
        ]

    def _agreements(self) -> list[Agreement]:
        return self._session.catalogue.agreements() if self._session else []

    def _fill_agreements(self) -> None:
        agreements = self._agreements()
        self._loading = True
        try:
            for kind, combo in self.agreement_combos.items():
                current = combo.currentData()
                combo.clear()
                combo.addItem(self.tr("(which agreement?)"), None)
                for agreement in agreements:
                    if agreement.counterparty is AGREEMENT_KINDS[kind]:
                        combo.addItem(agreement.label(), agreement.id)
                combo.setCurrentIndex(max(0, combo.findData(current)))
            for rows in self.more_rows.values():
                for basis_row in rows:
                    basis_row.fill_agreements(agreements, self.tr("(which agreement?)"))
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
            self._first = by_kind
            self._show_rows(more)
            for kind, check in self.checks.items():
                check.setChecked(kind in by_kind)
            for kind, combo in self.agreement_combos.items():
                first = by_kind.get(kind)
                combo.setCurrentIndex(max(0, combo.findData(first.agreement_id if first else None)))
            project = by_kind.get(BasisKind.PROJECT)
            self.project_from.setText((project.valid_from or "") if project else "")
            self.project_to.setText((project.valid_to or "") if project else "")
            other = by_kind.get(BasisKind.OTHER)
            self.other_text.setText(other.text if other else "")
            self.decision_reference.setText(mandate.decision_reference if mandate else "")
            self.decision_date.setText((mandate.decision_date or "") if mandate else "")
            self._set_message("")
        finally:
            self._loading = False

    def _read(self, programme_id: int) -> Mandate | str:
        """The mandate the fields say, or a message naming what cannot be read."""
        dates = (self.project_from.text().strip() or None, self.project_to.text().strip() or None)
        decided = self.decision_date.text().strip() or None
        for problem, label in (
            (check_dates(*dates), self.tr("Project dates")),
            (check_dates(decided, None), self.tr("Decision date")),
        ):
            if problem:
                return f"{label}: {problem}"
        bases = []
        for kind, check in self.checks.items():
            if not check.isChecked():
                continue
            combo = self.agreement_combos.get(kind)
            shown = self._first.get(kind) or LegalBasis(kind)
            if kind is BasisKind.PROJECT:
                bases.append(replace(shown, valid_from=dates[0], valid_to=dates[1]))
            elif kind is BasisKind.OTHER:
                bases.append(replace(shown, text=self.other_text.text().strip()))
            elif combo is not None:
                bases.append(replace(shown, agreement_id=combo.currentData()))
            else:
                bases.append(shown)
            for basis_row in self.more_rows.get(kind, ()):  # the kind's others
                more = basis_row.basis()
                if isinstance(more, str):
                    return more
                if more is not None:
                    bases.append(more)
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
